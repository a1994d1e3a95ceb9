import { expect, test, type Browser, type Page } from "@playwright/test";
import { newEmail, PASSWORD, signUp } from "./helpers";

// Sentences of the URL shortener's interviewer guide (follow-ups, hints, red flags, expectations):
// the interviewer's screen shows them; nothing the candidate's browser receives may contain them.
const GUIDE = [
  "A single link receives 500 thousand requests per second after a celebrity posts it",
  "If the candidate spends a long time on the create path",
  "Synchronous analytics writes on the redirect path",
];
const PRIVATE_NOTE = "Candidate skipped the read-write ratio; nudge at minute five";

const saved = (page: Page) => expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 15_000 });

/** A person in their own browser context, with every websocket frame their page receives kept. */
async function person(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const frames: string[] = [];
  page.on("websocket", (socket) => {
    socket.on("framereceived", ({ payload }) => frames.push(typeof payload === "string" ? payload : payload.toString("latin1")));
  });
  return { context, page, frames };
}

async function typeNotes(page: Page, phase: string, text: string) {
  const editor = page.getByRole("textbox", { name: `Notes: ${phase}` });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

async function drawBox(page: Page) {
  const board = page.getByTestId("whiteboard");
  await board.hover(); // an empty board loads its editor when pointed at
  await expect(board.locator("canvas.interactive")).toBeVisible({ timeout: 30_000 });
  await board.getByTitle(/Rectangle/).first().click();
  const box = (await board.locator("canvas.interactive").boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + 260, box.y + 220, { steps: 8 });
  await page.mouse.up();
}

async function gradeAll(page: Page, level: string) {
  for (const dimension of ["Requirements", "Capacity estimation", "High-level design", "Deep-dive", "Trade-offs", "Operational excellence", "Communication", "Driving the interview"]) {
    await page.getByRole("radio", { name: new RegExp(`^${dimension}[^:]*: ${level}`) }).check({ force: true });
  }
}

/** What the server sends a browser for a page: the HTML document and the React Server Components payload. */
async function pagePayloads(page: Page, url: string) {
  const html = await (await page.request.get(url)).text();
  const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  return html + rsc;
}

test("a peer interview: invite, presence, live notes and board, a private guide, the clock, blind grades, and round 2", async ({ browser }) => {
  test.setTimeout(240_000);
  const ivy = await person(browser);
  const cam = await person(browser);
  await signUp(ivy.page, newEmail("ivy"), "Ivy Interviewer");

  // 1. Ivy creates a room from the question page; Cam opens the invite link signed out and signs up.
  await ivy.page.goto("/questions/url-shortener");
  await ivy.page.getByRole("link", { name: "Practice with a partner" }).click();
  await expect(ivy.page.getByRole("radio", { name: /Practice with a partner/ })).toBeChecked();
  await ivy.page.getByRole("button", { name: "Create the room" }).click();
  await expect(ivy.page.getByTestId("lobby")).toBeVisible();
  const roomUrl = ivy.page.url();
  await expect(ivy.page.getByRole("button", { name: "Waiting for the candidate" })).toBeDisabled();
  await expect(ivy.page.getByLabel("Invite link")).toHaveValue(/^http.*\/join\/[A-Za-z0-9_-]{32}$/);
  const invite = await ivy.page.getByLabel("Invite link").inputValue();

  await cam.page.goto(invite);
  await expect(cam.page).toHaveURL(/\/signup\?callbackUrl=/);
  await cam.page.getByLabel("Name").fill("Cam Candidate");
  await cam.page.getByLabel("Email").fill(newEmail("cam"));
  await cam.page.getByLabel("Password").fill(PASSWORD);
  await cam.page.getByRole("button", { name: "Create account" }).click();
  await expect(cam.page.getByTestId("join-offer")).toContainText("Ivy Interviewer invited you");
  await cam.page.getByRole("button", { name: "Join as the candidate" }).click();
  await expect(cam.page).toHaveURL(roomUrl);

  // 2. Presence: each sees the other online, in their role.
  await expect(ivy.page.getByTestId("participant").filter({ hasText: "Cam Candidate" })).toHaveAttribute("data-status", "online");
  await expect(cam.page.getByTestId("participant").filter({ hasText: "Ivy Interviewer" })).toHaveAttribute("data-status", "online");
  await expect(cam.page.getByTestId("participant").filter({ hasText: "Ivy Interviewer" })).toContainText("Interviewer");
  await expect(cam.page.getByRole("button", { name: "Start the interview" })).toHaveCount(0);
  await ivy.page.getByRole("button", { name: "Start the interview" }).first().click();
  await expect(cam.page.getByTestId("phase-remaining")).toHaveText(/^0[45]:\d\d$/);

  // 4. The interviewer's panel holds the guide; the candidate's page never does.
  const panel = ivy.page.getByTestId("interviewer-panel");
  for (const sentence of GUIDE) await expect(panel).toContainText(sentence);
  await panel.getByRole("tab", { name: "Private notes" }).click();
  await panel.getByRole("textbox", { name: "Private note", exact: true }).fill(PRIVATE_NOTE);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("list", { name: "Private notes" })).toContainText("Clarify requirements · minute 0");
  await expect(cam.page.getByTestId("interviewer-panel")).toHaveCount(0);

  // 3. Cam's notes reach Ivy's screen, Ivy's drawing reaches Cam's board.
  await typeNotes(cam.page, "Clarify requirements", "Who shortens links, and how many redirects a second?");
  await expect(ivy.page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("how many redirects a second", { timeout: 3000 });
  await ivy.page.getByRole("button", { name: "Show whiteboard" }).click();
  await cam.page.getByRole("button", { name: "Show whiteboard" }).click();
  await drawBox(ivy.page);
  await expect(cam.page.getByTestId("whiteboard")).toHaveAttribute("data-elements", "1", { timeout: 5000 });
  await saved(ivy.page);
  await saved(cam.page);

  // 5. The candidate says they are ready; the interviewer moves on and the candidate's clock follows.
  await cam.page.getByRole("button", { name: "Ready for the next phase" }).click();
  await expect(ivy.page.getByTestId("candidate-ready")).toBeVisible();
  await expect(cam.page.getByRole("button", { name: /^Next phase/ })).toHaveCount(0);
  await ivy.page.getByRole("button", { name: "Next phase: Capacity estimation" }).click();
  await expect(cam.page.getByTestId("phase-remaining")).toHaveAccessibleName(/^Capacity estimation: 0[45]:\d\d left$/);
  await expect(ivy.page.getByTestId("candidate-ready")).toHaveCount(0);
  await typeNotes(cam.page, "Capacity estimation", "About 20 thousand redirects a second at peak.");
  await saved(cam.page);
  await Promise.all([ivy.page.reload(), cam.page.reload()]);
  await expect(cam.page.getByTestId("phase-remaining")).toHaveAccessibleName(/^Capacity estimation: 0[45]:\d\d left$/);
  await expect(ivy.page.getByTestId("phase-remaining")).toHaveAccessibleName(/^Capacity estimation/);
  await expect(ivy.page.getByRole("textbox", { name: "Notes: Capacity estimation" })).toContainText("20 thousand redirects");
  await expect(ivy.page.getByTestId("participant").filter({ hasText: "Cam Candidate" })).toHaveAttribute("data-status", "online");

  // Nothing the candidate's browser received, as HTML, RSC payload or websocket frame, holds the guide or the private note.
  const camPayloads = (await pagePayloads(cam.page, roomUrl)) + (await cam.page.content());
  expect((await pagePayloads(ivy.page, roomUrl)).includes(GUIDE[0]!)).toBe(true); // the check can see it where it is
  for (const secret of [...GUIDE, PRIVATE_NOTE]) {
    expect(camPayloads.includes(secret), `the candidate's page holds "${secret}"`).toBe(false);
    expect(cam.frames.some((frame) => frame.includes(secret)), `a frame to the candidate holds "${secret}"`).toBe(false);
  }
  expect(cam.frames.some((frame) => frame.includes("20 thousand redirects")) || cam.frames.length > 0).toBe(true);
  const api = await cam.page.request.get(`${roomUrl.replace("/practice/", "/api/practice/")}`);
  expect(await api.text()).not.toContain(GUIDE[1]!);
  // Nor does the question's own page in the bank, or its API: the answer side is refused while the round runs.
  const bank = (await pagePayloads(cam.page, "/questions/url-shortener")) + (await (await cam.page.request.get("/api/questions/url-shortener")).text());
  for (const secret of GUIDE) expect(bank.includes(secret), `the bank page holds "${secret}"`).toBe(false);
  const withheld = await cam.page.request.get("/api/questions/url-shortener/reference");
  expect(withheld.status()).toBe(403);
  expect((await withheld.json()).error.message).toMatch(/hidden while you are the candidate/);
  expect(await (await ivy.page.request.get("/api/questions/url-shortener/reference")).text()).toContain(GUIDE[1]!);

  // 6. Ivy finishes; both are led to grading; grades stay blind until the second is in.
  await ivy.page.getByRole("button", { name: "Finish", exact: true }).click();
  await ivy.page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(ivy.page).toHaveURL(/\/grade$/);
  await expect(cam.page).toHaveURL(/\/grade$/, { timeout: 15_000 });
  await expect(ivy.page.getByRole("heading", { name: /Grade Cam Candidate/ })).toBeVisible();
  await expect(ivy.page.getByText(PRIVATE_NOTE)).toBeVisible();
  await gradeAll(ivy.page, "2 Lean no hire");
  await ivy.page.getByRole("textbox", { name: "What went well" }).fill("Asked about scale early.");
  await ivy.page.getByRole("textbox", { name: "What to work on" }).fill("Tie the estimate to the design.");
  await ivy.page.getByRole("button", { name: "Submit grade" }).click();
  await expect(ivy.page.getByText(/Your grade is submitted/)).toBeVisible();

  const sessionApi = roomUrl.replace("/practice/", "/api/practice/");
  const blind = await (await cam.page.request.get(`${sessionApi}/peer-grade`)).json();
  expect(blind).toMatchObject({ grade: null, submitted: true, revealed: false });
  await cam.page.reload();
  await expect(cam.page.getByTestId("blind-status")).toContainText("Ivy Interviewer has graded too");
  await expect(cam.page.getByText("Tie the estimate to the design.")).toHaveCount(0);
  await gradeAll(cam.page, "3 Hire");
  await cam.page.getByRole("textbox", { name: /What I will do differently/ }).fill("Estimate before drawing.");
  await cam.page.getByRole("button", { name: "Save grade" }).click();
  await expect(cam.page.getByRole("heading", { name: "Self grade and interviewer's grade" })).toBeVisible();
  await expect(cam.page.getByTestId("peer-feedback")).toContainText("Tie the estimate to the design.");
  const revealed = await (await cam.page.request.get(`${sessionApi}/peer-grade`)).json();
  expect(revealed).toMatchObject({ revealed: true, grade: { overallScore: 2 } });

  // The candidate rates the interviewer, who sees it.
  await cam.page.getByRole("radio", { name: "3 · Mostly" }).first().check({ force: true });
  await cam.page.getByRole("radio", { name: "4 · Very" }).nth(1).check({ force: true });
  await cam.page.getByRole("button", { name: "Send rating" }).click();
  await expect(cam.page.getByText("You rated Ivy Interviewer")).toBeVisible();
  await ivy.page.reload();
  await expect(ivy.page.getByTestId("interviewer-rating")).toContainText("3 · Mostly");

  // 7. Swap roles: Cam interviews round 2 on a question she picks; both histories show both rounds.
  await cam.page.getByRole("link", { name: "Swap roles: you interview next" }).click();
  await expect(cam.page.getByRole("heading", { name: "Swap roles: round 2" })).toBeVisible();
  await cam.page.getByRole("radio", { name: /rate limiter/ }).check();
  await cam.page.getByRole("button", { name: "Start the next round" }).click();
  await expect(cam.page.getByTestId("lobby")).toBeVisible();
  const round2 = cam.page.url();
  await expect(cam.page.getByTestId("interviewer-panel")).toBeVisible();
  await ivy.page.goto(roomUrl);
  await ivy.page.getByRole("link", { name: "Go to round 2" }).click();
  await expect(ivy.page).toHaveURL(round2);
  await expect(ivy.page.getByTestId("interviewer-panel")).toHaveCount(0);
  await cam.page.getByRole("button", { name: "Start the interview" }).first().click();
  await expect(ivy.page.getByTestId("phase-remaining")).toHaveText(/^0[45]:\d\d$/);
  await cam.page.getByRole("button", { name: "Finish", exact: true }).click();
  await cam.page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(cam.page).toHaveURL(/\/grade$/);

  for (const { page, roles } of [
    { page: ivy.page, roles: ["Peer (candidate)", "Peer (interviewer)"] },
    { page: cam.page, roles: ["Peer (interviewer)", "Peer (candidate)"] },
  ]) {
    await page.goto("/history");
    const rows = page.getByTestId("history-row");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText("rate limiter");
    await expect(rows.nth(0)).toContainText(roles[0]!);
    await expect(rows.nth(0)).toContainText("Round 2 of 2");
    await expect(rows.nth(1)).toContainText("Design a URL shortener");
    await expect(rows.nth(1)).toContainText(roles[1]!);
  }
  await ivy.page.getByTestId("history-row").nth(1).getByRole("link").click();
  await expect(ivy.page.getByRole("navigation", { name: "Rounds of this room" })).toBeVisible();
  await expect(ivy.page.getByTestId("review-private-notes")).toContainText(PRIVATE_NOTE);
  await expect(ivy.page.getByTestId("grades-table")).toContainText("Interviewer (Ivy Interviewer)");
  await ivy.context.close();
  await cam.context.close();
});

test("invite links: a replaced one says so, a full room says so, and strangers get 404 on every room route", async ({ browser }) => {
  test.setTimeout(120_000);
  const host = await person(browser);
  await signUp(host.page, newEmail("host"), "Hana Host");
  const created = await host.page.request.post("/api/rooms", {
    data: { questionSlug: "rate-limiter", role: "interviewer", plan: [{ key: "clarify", minutes: 5 }, { key: "trade_offs", minutes: 5 }] },
  });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  await host.page.goto(`/practice/${id}`);
  const link = host.page.getByLabel("Invite link");
  await expect(link).toHaveValue(/^http.*\/join\/[A-Za-z0-9_-]{32}$/);
  const oldLink = await link.inputValue();
  await host.page.getByRole("button", { name: /New link/ }).click();
  await expect(link).not.toHaveValue(oldLink);
  const newLink = await link.inputValue();
  expect(newLink.split("/").pop()).not.toBe(oldLink.split("/").pop());

  const guest = await person(browser);
  await signUp(guest.page, newEmail("guest"), "Gus Guest");
  await guest.page.goto(oldLink);
  await expect(guest.page.getByRole("heading", { name: "This invite link no longer works" })).toBeVisible();
  const forged = await guest.page.goto(oldLink.replace(/[^/]{32}$/, "x".repeat(32)));
  expect(forged?.status()).toBe(404);

  // A stranger (not in the room, no valid link) gets 404 from the page and every API route.
  const routes: [string, string, unknown?][] = [
    ["GET", ""],
    ["POST", "/start"],
    ["POST", "/pause", { paused: true }],
    ["POST", "/advance", { fromPhase: 0 }],
    ["POST", "/ready"],
    ["POST", "/finish"],
    ["POST", "/abandon"],
    ["POST", "/invite"],
    ["POST", "/seats"],
    ["POST", "/next-round", { questionSlug: "url-shortener" }],
    ["GET", "/grade"],
    ["PUT", "/grade", { rubricVersion: 1, levels: {} }],
    ["GET", "/peer-grade"],
    ["PUT", "/peer-grade", { rubricVersion: 1, levels: {} }],
    ["GET", "/rating"],
    ["PUT", "/rating", { helpfulness: 3, questionQuality: 3 }],
  ];
  for (const [method, path, body] of routes) {
    const response = await guest.page.request.fetch(`/api/practice/${id}${path}`, { method, data: body });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  }
  for (const path of ["", "/grade", "/next-round"]) expect((await guest.page.goto(`/practice/${id}${path}`))?.status()).toBe(404);
  expect((await guest.page.request.get(`/api/history/${id}/updates`)).status()).toBe(404);
  expect((await guest.page.goto(`/history/${id}`))?.status()).toBe(404);

  // The guest joins through the current link; three observers fill the room; the next visitor is told it is full.
  await guest.page.goto(newLink);
  await guest.page.getByRole("button", { name: "Join as the candidate" }).click();
  await expect(guest.page).toHaveURL(new RegExp(`/practice/${id}$`));
  const joinAgain = await guest.page.request.post("/api/rooms/join", { data: { token: newLink.split("/").pop() } });
  expect(joinAgain.status()).toBe(409);
  for (let i = 0; i < 3; i++) {
    const watcher = await person(browser);
    await signUp(watcher.page, newEmail("watch"), `Watcher ${i}`);
    const joined = await watcher.page.request.post("/api/rooms/join", { data: { token: newLink.split("/").pop() } });
    expect(await joined.json()).toMatchObject({ role: "observer" });
    if (i === 0) {
      await watcher.page.goto(`/practice/${id}`);
      await expect(watcher.page.getByLabel("Invite link")).toHaveCount(0);
      await expect(watcher.page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toHaveCount(0); // still in the lobby
    }
    await watcher.context.close();
  }
  const late = await person(browser);
  await signUp(late.page, newEmail("late"), "Lee Late");
  await late.page.goto(newLink);
  await expect(late.page.getByRole("heading", { name: "This room is full" })).toBeVisible();
  await late.context.close();
  await guest.context.close();
  await host.context.close();
});
