import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finishSession } from "@/lib/sessions/finish-session";
import { joinRoom } from "@/lib/sessions/join-room";
import { startClock } from "@/lib/sessions/start-clock";
import { readQuestionReference, REFERENCE_HIDDEN } from "@/lib/questions/read-reference";
import { createTestRoom } from "../factories/rooms";
import { seedQuestions, startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

describe.each(backends())("the reference answer during a peer round on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
  });
  afterAll(() => db.drop());

  it("is withheld from the candidate and observers of a live round on that question until it finishes, never from the interviewer", async () => {
    const interviewer = await createUser(db.db);
    const candidate = await createUser(db.db);
    const observer = await createUser(db.db);
    const room = await createTestRoom(db.db, interviewer.id, "interviewer");
    await joinRoom(db.db, candidate.id, room.token);
    await joinRoom(db.db, observer.id, room.token);

    // In the lobby already: the candidate knows the question from the room.
    for (const who of [candidate, observer]) {
      await expect(readQuestionReference(db.db, "url-shortener", who.id)).rejects.toMatchObject({ code: "FORBIDDEN", message: REFERENCE_HIDDEN });
    }
    await startClock(db.db, room.id, interviewer.id);
    await expect(readQuestionReference(db.db, "url-shortener", candidate.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await readQuestionReference(db.db, "url-shortener", interviewer.id)).interviewerGuide.hints.length).toBeGreaterThan(0);
    // Other questions stay readable for the candidate.
    expect((await readQuestionReference(db.db, "rate-limiter", candidate.id)).keyPoints.clarify.length).toBeGreaterThan(0);

    await finishSession(db.db, room.id, interviewer.id);
    for (const who of [candidate, observer]) expect((await readQuestionReference(db.db, "url-shortener", who.id)).deepDives.length).toBeGreaterThanOrEqual(3);
  });

  it("stays readable in the user's own solo practice of the same question", async () => {
    const user = await createUser(db.db);
    await startTestSession(db.db, user.id, "url-shortener");
    expect((await readQuestionReference(db.db, "url-shortener", user.id)).keyPoints.estimate.length).toBeGreaterThan(0);
  });
});
