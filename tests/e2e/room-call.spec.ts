import { expect, test, type Browser, type Page } from "@playwright/test";
import { newEmail, openPeerRoom, signUp } from "./helpers";

// Chromium's fake camera and microphone, granted without a prompt: real WebRTC between two
// browser contexts, media flowing over the machine's own network interface.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

declare global {
  interface Window {
    __peerConnections?: RTCPeerConnection[];
  }
}

async function person(browser: Browser, name: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Keep a handle on every peer connection the page makes, to read its state and statistics.
  await context.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const all: RTCPeerConnection[] = [];
    window.__peerConnections = all;
    window.RTCPeerConnection = class extends Native {
      constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
        super(...args);
        all.push(this);
      }
    };
  });
  const page = await context.newPage();
  await signUp(page, newEmail(name.split(" ")[0]!.toLowerCase()), name);
  return { context, page };
}

const tileOf = (page: Page, name: string) => page.locator(`[data-testid="call-tile"][data-name="${name}"]`);

/** Bytes of audio and video received so far on the page's open peer connections, and their states. */
const received = (page: Page) =>
  page.evaluate(async () => {
    let audio = 0;
    let video = 0;
    const states: string[] = [];
    for (const pc of window.__peerConnections ?? []) {
      if (pc.connectionState === "closed") continue;
      states.push(pc.connectionState);
      (await pc.getStats()).forEach((report: { type: string; kind?: string; bytesReceived?: number }) => {
        if (report.type !== "inbound-rtp") return;
        if (report.kind === "audio") audio += report.bytesReceived ?? 0;
        if (report.kind === "video") video += report.bytesReceived ?? 0;
      });
    }
    return { audio, video, states };
  });

async function expectMediaFlowing(page: Page) {
  const first = await received(page);
  expect(first.states).toEqual(["connected"]);
  await expect.poll(async () => {
    const later = await received(page);
    return later.audio > first.audio && later.video > first.video && first.audio > 0 && first.video > 0;
  }, { timeout: 15_000 }).toBe(true);
}

test("two people talk in the room's call: connected, media both ways, mute shown, a reload rejoins, leaving ends the tile", async ({ browser }) => {
  test.setTimeout(120_000);
  const ivy = await person(browser, "Ivy Interviewer");
  const cam = await person(browser, "Cam Candidate");

  await openPeerRoom(ivy.page, [[cam.page, "the candidate"]]);

  // The permission prompt is explained before it comes; both join with their cameras on.
  for (const { page } of [ivy, cam]) {
    const panel = page.getByTestId("call-panel");
    await expect(panel).toContainText("your browser asks to use your microphone");
    await panel.getByLabel("Turn on my camera").check();
    await expect(panel).toContainText("microphone and camera");
    await panel.getByRole("button", { name: "Join call" }).click();
  }
  await expect(tileOf(ivy.page, "Cam Candidate")).toHaveAttribute("data-link", "connected", { timeout: 20_000 });
  await expect(tileOf(cam.page, "Ivy Interviewer")).toHaveAttribute("data-link", "connected", { timeout: 20_000 });
  await expect(tileOf(ivy.page, "Cam Candidate").getByLabel("Cam Candidate's video")).toBeVisible();
  await expectMediaFlowing(ivy.page);
  await expectMediaFlowing(cam.page);

  // Mute shows on the other side, and goes again on unmute.
  await cam.page.getByRole("button", { name: "Mute", exact: true }).click();
  await expect(cam.page.getByRole("button", { name: "Unmute" })).toHaveAttribute("aria-pressed", "true");
  await expect(tileOf(ivy.page, "Cam Candidate").getByTestId("call-muted")).toHaveText("Muted");
  await cam.page.getByRole("button", { name: "Unmute" }).click();
  await expect(tileOf(ivy.page, "Cam Candidate").getByTestId("call-muted")).toHaveCount(0);

  // Camera off: the others see initials instead of video.
  await cam.page.getByRole("button", { name: "Turn camera off" }).click();
  await expect(tileOf(ivy.page, "Cam Candidate")).toContainText("camera off");
  await expect(tileOf(ivy.page, "Cam Candidate").locator("video")).toHaveCount(0);
  await cam.page.getByRole("button", { name: "Turn camera on" }).click();
  await expect(tileOf(ivy.page, "Cam Candidate").locator("video")).toHaveCount(1);

  // The tiles move to a bar above the workspace and back, never over the notes.
  await cam.page.getByRole("button", { name: "Move to the top bar" }).click();
  await expect(cam.page.getByTestId("call-bar").getByTestId("call-tile")).toHaveCount(2);
  await cam.page.getByRole("button", { name: "Move to the side panel" }).click();
  await expect(cam.page.getByTestId("call-panel").getByTestId("call-tile")).toHaveCount(2);

  // A reload rejoins the call by itself; Ivy sees one Cam, connected again, with media flowing.
  await cam.page.reload();
  await expect(tileOf(cam.page, "Ivy Interviewer")).toHaveAttribute("data-link", "connected", { timeout: 20_000 });
  await expect(tileOf(ivy.page, "Cam Candidate")).toHaveCount(1);
  await expect(tileOf(ivy.page, "Cam Candidate")).toHaveAttribute("data-link", "connected");
  await expectMediaFlowing(cam.page);
  await expectMediaFlowing(ivy.page);

  // Leaving ends Cam's tile on Ivy's screen; the room itself goes on.
  await cam.page.getByRole("button", { name: "Leave call" }).click();
  await expect(tileOf(ivy.page, "Cam Candidate")).toHaveCount(0);
  await expect(ivy.page.getByTestId("call-tile")).toHaveCount(1);
  await expect(cam.page.getByRole("button", { name: "Join call" })).toBeVisible();
  await cam.page.reload();
  await expect(cam.page.getByRole("button", { name: "Join call" })).toBeVisible(); // left stays left
  await expect(tileOf(ivy.page, "Cam Candidate")).toHaveCount(0);
  await ivy.context.close();
  await cam.context.close();
});

test("when the networks block a direct connection, both are told so plainly and the session goes on without the call", async ({ browser, playwright }) => {
  test.setTimeout(150_000);
  // A browser that offers WebRTC no address of its own (the policy an administrator sets to force
  // media through a proxy; with no proxy and no TURN server there is no path between the two).
  const blocked = await playwright.chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--webrtc-ip-handling-policy=disable_non_proxied_udp"],
  });
  const ivy = await person(browser, "Ivy Interviewer");
  const cam = await person(blocked, "Cam Candidate");

  await openPeerRoom(ivy.page, [[cam.page, "the candidate"]]);

  for (const { page } of [ivy, cam]) await page.getByTestId("call-panel").getByRole("button", { name: "Join call" }).click();
  await expect(tileOf(ivy.page, "Cam Candidate")).toHaveAttribute("data-link", "failed", { timeout: 45_000 });
  await expect(ivy.page.getByTestId("call-panel")).toContainText(
    "Could not reach Cam Candidate: your networks block a direct connection; ask your admin to configure a TURN server.",
  );
  await expect(tileOf(cam.page, "Ivy Interviewer")).toHaveAttribute("data-link", "failed", { timeout: 30_000 });
  await expect(cam.page.getByTestId("call-panel")).toContainText("Could not reach Ivy Interviewer");

  // The interview itself is unaffected: the clock starts and notes travel over the room's socket.
  await ivy.page.getByRole("button", { name: "Start the interview" }).first().click();
  await expect(cam.page.getByTestId("phase-remaining")).toHaveText(/^\d\d:\d\d$/);
  const notes = cam.page.getByRole("textbox", { name: "Notes: Clarify requirements" });
  await notes.click();
  await cam.page.keyboard.type("Reads dominate writes by about a hundred to one.");
  await expect(ivy.page.getByRole("textbox", { name: "Notes: Clarify requirements" })).toContainText("a hundred to one", { timeout: 5000 });
  await ivy.context.close();
  await cam.context.close();
  await blocked.close();
});
