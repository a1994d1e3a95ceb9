import { expect, test, type Browser, type Page } from "@playwright/test";
import { newEmail, openPeerRoom, signUp } from "./helpers";

async function person(browser: Browser, name: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await signUp(page, newEmail(name.split(" ")[0]!.toLowerCase()), name);
  return { context, page };
}

const chatOf = (page: Page) => page.getByTestId("room-chat");
const messagesOf = (page: Page) => page.getByTestId("chat-message");

async function say(page: Page, text: string, how: "enter" | "button" = "enter") {
  const input = chatOf(page).getByRole("textbox", { name: "Message" });
  await input.fill(text);
  if (how === "enter") await input.press("Enter");
  else await chatOf(page).getByRole("button", { name: "Send" }).click();
}

test("a room's chat and meeting link: live for both, in order, after a reload, refused when oversize, and in the review", async ({ browser }) => {
  test.setTimeout(120_000);
  const ivy = await person(browser, "Ivy Interviewer");
  const cam = await person(browser, "Cam Candidate");

  const roomUrl = await openPeerRoom(ivy.page, [[cam.page, "the candidate"]]);
  await expect(chatOf(cam.page)).toContainText("Everyone in the room sees this chat. Private remarks go in your private notes.");

  // "Use another call app": a link that is not a web address is refused; a good one shows for Cam at once.
  const meeting = ivy.page.getByTestId("meeting-link");
  await meeting.getByRole("textbox", { name: /Meeting link/ }).fill("meet.example.org/abc-defg-hij");
  await meeting.getByRole("button", { name: "Share" }).click();
  await expect(meeting.getByRole("alert")).toContainText("must be a web address starting with https://");
  await meeting.getByRole("textbox", { name: /Meeting link/ }).fill("https://meet.example.org/abc-defg-hij");
  await meeting.getByRole("button", { name: "Share" }).click();
  const camLink = cam.page.getByTestId("meeting-link-url");
  await expect(camLink).toHaveAttribute("href", "https://meet.example.org/abc-defg-hij");
  await expect(camLink).toHaveAttribute("rel", "noopener noreferrer nofollow");

  // Messages from both, in the order they were stored, on both screens; links are links, HTML is text.
  await say(ivy.page, "Hello! The spec is at [the doc](https://docs.example.org/spec) <b>read it</b>");
  await expect(messagesOf(ivy.page)).toHaveCount(1);
  await expect(chatOf(ivy.page).getByRole("textbox", { name: "Message" })).toHaveValue("");
  await say(cam.page, "Got it, reading https://docs.example.org/spec now", "button");
  for (const page of [ivy.page, cam.page]) {
    await expect(messagesOf(page)).toHaveCount(2);
    await expect(messagesOf(page).nth(0)).toContainText("Ivy Interviewer");
    await expect(messagesOf(page).nth(0)).toContainText("<b>read it</b>");
    await expect(messagesOf(page).nth(1)).toContainText("Cam Candidate");
  }
  const docLink = messagesOf(cam.page).nth(0).getByRole("link", { name: "the doc" });
  await expect(docLink).toHaveAttribute("href", "https://docs.example.org/spec");
  await expect(docLink).toHaveAttribute("target", "_blank");
  await expect(messagesOf(cam.page).nth(0).locator("b")).toHaveCount(0);

  // Too long: refused with the reason, the text kept to shorten, nothing sent.
  await say(cam.page, "x".repeat(1001));
  await expect(chatOf(cam.page).getByRole("alert")).toHaveText("That message is 1,001 characters long; the chat takes at most 1,000. Shorten it, or put longer text in the notes.");
  await expect(chatOf(cam.page).getByRole("textbox", { name: "Message" })).toHaveValue("x".repeat(1001));
  await expect(messagesOf(ivy.page)).toHaveCount(2);

  // A reload brings back the same chat, in the same order, and the link.
  await Promise.all([ivy.page.reload(), cam.page.reload()]);
  for (const page of [ivy.page, cam.page]) {
    await expect(messagesOf(page)).toHaveCount(2);
    await expect(messagesOf(page).nth(0)).toContainText("The spec is at the doc");
    await expect(messagesOf(page).nth(1)).toContainText("Got it, reading");
  }
  await expect(ivy.page.getByTestId("meeting-link-url")).toHaveText("https://meet.example.org/abc-defg-hij");

  // The round runs and finishes; the chat is read-only then and shows in the review.
  await ivy.page.getByRole("button", { name: "Start the interview" }).first().click();
  await expect(cam.page.getByTestId("phase-remaining")).toBeVisible();
  await say(cam.page, "Starting with requirements");
  await expect(messagesOf(ivy.page)).toHaveCount(3);
  await ivy.page.getByRole("button", { name: "Finish", exact: true }).click();
  await ivy.page.getByRole("button", { name: "Yes, finish" }).click();
  await expect(cam.page).toHaveURL(/\/grade$/, { timeout: 15_000 });
  await cam.page.goto(roomUrl);
  await expect(cam.page.getByTestId("chat-read-only")).toHaveText("This round is over; its chat is read-only.");

  await cam.page.goto(roomUrl.replace("/practice/", "/history/"));
  const transcript = cam.page.getByTestId("review-chat");
  await expect(transcript.getByRole("listitem")).toHaveCount(3);
  await expect(transcript.getByRole("listitem").nth(0)).toContainText("Ivy Interviewer: Hello! The spec is at the doc");
  await expect(transcript.getByRole("listitem").nth(2)).toContainText("Cam Candidate: Starting with requirements");
  await expect(cam.page.getByTestId("replay-chat").getByRole("listitem")).toHaveCount(3); // the replay starts at the end
});

test("an observer reads the chat, writes in it only while the interviewer allows it, and everyone sees what they wrote", async ({ browser }) => {
  test.setTimeout(120_000);
  const ivy = await person(browser, "Ivy Interviewer");
  const cam = await person(browser, "Cam Candidate");
  const oli = await person(browser, "Oli Observer");

  await openPeerRoom(ivy.page, [
    [cam.page, "the candidate"],
    [oli.page, "an observer"],
  ]);

  // Reading: the observer sees the others' messages live, and why they cannot write.
  await say(ivy.page, "Welcome, Oli: watch how the estimate drives the design.");
  await expect(messagesOf(oli.page).last()).toContainText("watch how the estimate drives the design");
  await expect(chatOf(oli.page).getByTestId("chat-read-only")).toHaveText("You can read the chat. The interviewer decides whether observers may write in it.");
  await expect(chatOf(oli.page).getByRole("textbox", { name: "Message" })).toHaveCount(0);
  // Only the interviewer holds the switch.
  await expect(chatOf(cam.page).getByLabel("Let observers write in the chat")).toHaveCount(0);

  // Allowed: the box appears on the observer's screen without a reload, and what they write reaches both.
  await chatOf(ivy.page).getByLabel("Let observers write in the chat").check();
  await expect(chatOf(oli.page).getByRole("textbox", { name: "Message" })).toBeVisible();
  await say(oli.page, "Thanks! I'll keep quiet until the trade-offs.");
  for (const page of [ivy.page, cam.page]) await expect(messagesOf(page).last()).toContainText("I'll keep quiet until the trade-offs");
  await expect(messagesOf(cam.page).last()).toContainText("Oli Observer");

  // Withdrawn: the box goes again, and stays gone after a reload.
  await chatOf(ivy.page).getByLabel("Let observers write in the chat").uncheck();
  await expect(chatOf(oli.page).getByRole("textbox", { name: "Message" })).toHaveCount(0);
  await oli.page.reload();
  await expect(chatOf(oli.page).getByTestId("chat-read-only")).toBeVisible();
  await expect(messagesOf(oli.page)).toHaveCount(2);
  for (const person of [ivy, cam, oli]) await person.context.close();
});
