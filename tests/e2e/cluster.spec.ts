import { expect, test, type Browser, type Page } from "@playwright/test";
import { freePort, startBalancer, type Balancer } from "../factories/balancer";
import { e2eDatabase } from "./e2e-database.mjs";
import { PASSWORD, newEmail } from "./helpers";
import { spawnServer, stop, tempDir, type SpawnedServer } from "./spawn-server";

// Two full app instances (the production build, as `npm start` runs it) on one PostgreSQL and
// one Redis, with the documented nginx configuration round-robin in front of them.

const LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres";
const saved = (page: Page) => expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved", { timeout: 20_000 });

test.describe.configure({ mode: "serial" });

let database: NonNullable<ReturnType<typeof e2eDatabase>>;
let instances: SpawnedServer[] = [];
let balancer: Balancer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  process.env.DATABASE_URL ||= LOCAL_POSTGRES;
  database = e2eDatabase("_cluster")!;
  await database.create();
  const balancerPort = await freePort();
  const shared = {
    DATABASE_URL: database.url,
    REDIS_URL: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    REDIS_KEY_PREFIX: `sdp-e2e-cluster-${Date.now()}:`,
    NEXTAUTH_SECRET: "cluster-test-secret-0123456789abcdef",
    NEXTAUTH_URL: `http://127.0.0.1:${balancerPort}`,
    TRUST_PROXY_HOPS: "1",
  };
  // Both boot at once against the empty database: migrations and the bank import must not collide.
  instances = await Promise.all([spawnServer({ ...shared, DATA_DIR: tempDir("cluster-a") }), spawnServer({ ...shared, DATA_DIR: tempDir("cluster-b") })]);
  balancer = await startBalancer(
    instances.map((instance) => instance.port),
    balancerPort,
  );
});

test.afterAll(async () => {
  await balancer?.stop();
  await Promise.all(instances.map((instance) => stop(instance, "SIGKILL")));
  await database?.drop();
});

async function signUpAt(browser: Browser, origin: string, name: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${origin}/signup`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(newEmail("cluster"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("signed-in-as")).toContainText(name);
  return { context, page };
}

async function typeNotes(page: Page, phase: string, text: string) {
  await page.getByRole("textbox", { name: `Notes: ${phase}` }).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}

test("through the balancer: sign in, practise, reload on whichever instance, and carry on when one is stopped", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await signUpAt(browser, balancer.url, "Bal Ancer");
  await page.goto(`${balancer.url}/questions/url-shortener`);
  await page.getByRole("link", { name: "Start practice" }).click();
  await page.getByRole("button", { name: "Start the clock" }).click();
  const notes = page.getByRole("textbox", { name: "Notes: Clarify requirements" });
  await typeNotes(page, "Clarify requirements", "Typed through the balancer.");
  await saved(page);

  // A second tab of the same person follows the first live, wherever each one's socket landed.
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("Typed through the balancer.");
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await expect(notes).toContainText("Typed through the balancer.");
    await typeNotes(page, "Clarify requirements", ` Reload ${i}.`);
    await saved(page);
    await expect(second.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText(`Reload ${i}.`, { timeout: 5000 });
  }
  // Round-robin spreads the connections over both instances; which one a socket lands on depends
  // on how many other requests went before it, so reload until both have served one (a few times at most).
  await second.reload();
  for (let i = 0; i < 8 && new Set(balancer.socketUpstreams()).size < instances.length; i++) {
    await page.reload();
    await expect(notes).toContainText("Reload 2.");
  }
  await expect(notes).toContainText("Reload 2.");
  expect([...balancer.socketUpstreams()].sort()).toEqual(instances.map((instance) => instance.port).sort());

  // One instance is stopped as a deploy would stop it; the tabs keep saving through the other.
  const [first] = instances;
  await stop(first!, "SIGTERM");
  expect(first!.child.exitCode).toBe(0);
  await typeNotes(page, "Clarify requirements", " After the stop.");
  await saved(page);
  await expect(second.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("After the stop.", { timeout: 15_000 });
  await page.reload();
  await expect(notes).toContainText("Typed through the balancer. Reload 0. Reload 1. Reload 2. After the stop.");

  // Back again, as after a deploy: the next test uses both.
  instances[0] = await spawnServer({ ...first!.env, DATA_DIR: tempDir("cluster-a2") }, first!.port);
  await context.close();
});

test("a peer room with the interviewer on one instance and the candidate on the other", async ({ browser }) => {
  test.setTimeout(180_000);
  const [a, b] = instances;
  const ivy = await signUpAt(browser, a!.url, "Ivy Interviewer");
  const cam = await signUpAt(browser, b!.url, "Cam Candidate");

  await ivy.page.goto(`${a!.url}/questions/url-shortener`);
  await ivy.page.getByRole("link", { name: "Practice with a partner" }).click();
  await ivy.page.getByRole("button", { name: "Create the room" }).click();
  await expect(ivy.page.getByTestId("lobby")).toBeVisible();
  const roomPath = new URL(ivy.page.url()).pathname;
  const invite = new URL(await ivy.page.getByLabel("Invite link").inputValue());

  // Cam opens the invite on the other instance.
  await cam.page.goto(`${b!.url}${invite.pathname}`);
  await cam.page.getByRole("button", { name: "Join as the candidate" }).click();
  await expect(cam.page).toHaveURL(`${b!.url}${roomPath}`);

  // Presence, the clock and the documents all cross between instances through Redis.
  await expect(ivy.page.getByTestId("participant").filter({ hasText: "Cam Candidate" })).toHaveAttribute("data-status", "online", { timeout: 15_000 });
  await expect(cam.page.getByTestId("participant").filter({ hasText: "Ivy Interviewer" })).toHaveAttribute("data-status", "online");
  await ivy.page.getByRole("button", { name: "Start the interview" }).first().click();
  await expect(cam.page.getByTestId("phase-remaining")).toHaveText(/^0[45]:\d\d$/, { timeout: 10_000 });

  await typeNotes(cam.page, "Clarify requirements", "Asked on instance B.");
  await expect(ivy.page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("Asked on instance B.", { timeout: 3000 });
  await typeNotes(ivy.page, "Clarify requirements", " Answered on instance A.");
  await expect(cam.page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("Answered on instance A.", { timeout: 3000 });

  await cam.page.getByRole("button", { name: "Ready for the next phase" }).click();
  await expect(ivy.page.getByTestId("candidate-ready")).toBeVisible({ timeout: 10_000 });
  await ivy.page.getByRole("button", { name: "Next phase: Capacity estimation" }).click();
  await expect(cam.page.getByTestId("phase-remaining")).toHaveAccessibleName(/^Capacity estimation/, { timeout: 10_000 });
  await saved(ivy.page);
  await saved(cam.page);
  await ivy.context.close();
  await cam.context.close();
});
