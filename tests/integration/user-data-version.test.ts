import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveSelfGrade } from "@/lib/grading/save-self-grade";
import { setChecklistTick } from "@/lib/readiness/set-checklist-tick";
import { selectRoadmap } from "@/lib/readiness/select-roadmap";
import { abandonSession } from "@/lib/sessions/abandon-session";
import { advancePhase } from "@/lib/sessions/advance-phase";
import { finishSession } from "@/lib/sessions/finish-session";
import { getUserDataVersion } from "@/lib/users/queries";
import { seedAllContent } from "../factories/readiness";
import { allLevels, realRubric } from "../factories/rubric";
import { startTestSession } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

// Cached history and readiness pages are keyed by this version: every write must move it.
describe.each(backends())("user data version on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedAllContent(db.db);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("moves on every change to a user's sessions, grades, ticks and roadmap", async () => {
    const user = await createUser(db.db);
    const version = () => getUserDataVersion(db.db, user.id);
    const changes: [string, () => Promise<unknown>][] = [];
    let sessionId = "";
    changes.push(["start a session", async () => (sessionId = (await startTestSession(db.db, user.id)).id)]);
    changes.push(["advance a phase", () => advancePhase(db.db, sessionId, user.id, 0)]);
    changes.push(["finish it", () => finishSession(db.db, sessionId, user.id)]);
    changes.push(["grade it", () => saveSelfGrade(db.db, sessionId, user.id, { rubricVersion: realRubric().version, levels: allLevels(realRubric(), 3), notes: {}, keyPoints: {}, reflection: "" })]);
    changes.push(["tick a checklist item", () => setChecklistTick(db.db, user.id, { checklistKey: "final-day-before", itemKey: "light-review" }, true)]);
    changes.push(["untick it", () => setChecklistTick(db.db, user.id, { checklistKey: "final-day-before", itemKey: "light-review" }, false)]);
    changes.push(["choose a roadmap", () => selectRoadmap(db.db, user.id, { roadmapKey: "junior", startDate: new Date().toISOString().slice(0, 10) })]);
    changes.push(["abandon a session", async () => abandonSession(db.db, (await startTestSession(db.db, user.id)).id, user.id)]);
    for (const [what, change] of changes) {
      const before = await version();
      await change();
      expect(await version(), what).toBeGreaterThan(before!);
    }
  });
});
