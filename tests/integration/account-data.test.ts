import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checklistTicks, grades, practiceSessions, sessionParticipants, userSettings, users } from "@/db/schema";
import { getSessionReview } from "@/lib/history/get-session-review";
import { listHistory } from "@/lib/history/queries";
import { historyQuerySchema } from "@/lib/history/schemas";
import { authenticateWithPassword } from "@/lib/users/authenticate";
import { getAccountSettings, updateAccountSettings } from "@/lib/users/account-settings";
import { changePassword } from "@/lib/users/change-password";
import { deleteAccount, FORMER_MEMBER_NAME } from "@/lib/users/delete-account";
import { collectAccountExport, zipAccountExport } from "@/lib/users/export-data";
import { accountSettingsPatchSchema } from "@/lib/users/schemas";
import { listParticipants } from "@/lib/sessions/room-queries";
import { getSessionVersion } from "@/lib/users/session-version";
import { createRecordedSession, MIN, recordPeerRound, seedHistoryRubric } from "../factories/history";
import { seedQuestions } from "../factories/sessions";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser, GOOD_PASSWORD, uniqueEmail, uniqueIp } from "../factories/users";

const NEW_PASSWORD = "a much longer new passphrase 42";
const levels = (level: number) => ({ requirements: level, estimation: level, high_level_design: level, deep_dive: level, trade_offs: level, communication: level });

describe.each(backends())("a user's own data on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedQuestions(db.db);
    await seedHistoryRubric(db.db);
  });
  afterAll(() => db.drop());

  it("saves the display name, target level and sounds, each on its own", async () => {
    const user = await createUser(db.db, { name: "Ada" });
    expect(await getAccountSettings(db.db, user.id)).toMatchObject({ name: "Ada", targetLevel: null, sounds: false, hasPassword: true });
    await updateAccountSettings(db.db, user.id, accountSettingsPatchSchema.parse({ targetLevel: "senior" }));
    const after = await updateAccountSettings(db.db, user.id, accountSettingsPatchSchema.parse({ name: "  Ada L.  ", sounds: true }));
    expect(after).toMatchObject({ name: "Ada L.", targetLevel: "senior", sounds: true });
    expect(accountSettingsPatchSchema.safeParse({}).success).toBe(false);
    expect(accountSettingsPatchSchema.safeParse({ targetLevel: "principal" }).error?.issues[0]?.message).toContain("mid-level, senior or staff");
    expect(accountSettingsPatchSchema.safeParse({ name: " " }).success).toBe(false);
    expect(accountSettingsPatchSchema.safeParse({ email: "x@y.z" }).success).toBe(false);
  });

  it("changes the password only with the current one, and ends every session", async () => {
    const email = uniqueEmail();
    const user = await createUser(db.db, { email });
    const before = await getSessionVersion(db.db, user.id);
    await expect(changePassword(db.db, user.id, { currentPassword: "not my password", newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "That is not your current password.",
    });
    expect(await getSessionVersion(db.db, user.id)).toBe(before);
    await changePassword(db.db, user.id, { currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD });
    expect(await getSessionVersion(db.db, user.id)).toBe(before! + 1);
    expect(await authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, uniqueIp())).toBeNull();
    expect(await authenticateWithPassword(db.db, { email, password: NEW_PASSWORD }, uniqueIp())).toMatchObject({ id: user.id });
  });

  it("exports every session with notes, board and grades, the ticks and the settings, as JSON and Markdown in a zip", async () => {
    const user = await createUser(db.db, { name: "Exporter" });
    const partner = await createUser(db.db, { name: "Partner" });
    await updateAccountSettings(db.db, user.id, { targetLevel: "staff" });
    const startedAt = new Date("2026-11-02T10:00:00Z");
    const solo = await createRecordedSession(db.db, user.id, {
      startedAt,
      edits: [
        { atMinute: 1, phase: "clarify", text: "- 100M URLs a month" },
        { atMinute: 12, box: "load-balancer" },
      ],
      selfGrade: { levels: levels(3), reflection: "Spent too long on estimates.", overallScore: 3 },
    });
    // A second session of the same question on the same day gets its own file.
    await createRecordedSession(db.db, user.id, { startedAt: new Date(startedAt.getTime() + 60 * MIN) });
    await recordPeerRound(db.db, user.id, partner.id, { finishedAt: new Date("2026-11-03T12:00:00Z"), peerLevels: levels(2), selfLevels: levels(3) });
    await db.db.insert(checklistTicks).values({ userId: user.id, checklistKey: "fundamentals", itemKey: "caching" });

    const data = await collectAccountExport(db.db, user.id, new Date("2026-12-01T09:00:00Z"));
    expect(data.account).toMatchObject({ name: "Exporter", settings: { targetLevel: "staff" } });
    expect(data.sessions).toHaveLength(3);
    const first = data.sessions.find((session) => session.id === solo.id)!;
    expect(first.notes.clarify).toBe("- 100M URLs a month");
    expect(first.board.elements.map((element) => element.id)).toEqual(["load-balancer"]);
    expect(first.grades.self).toMatchObject({ reflection: "Spent too long on estimates.", overallScore: 3 });
    const peer = data.sessions.find((session) => session.mode === "peer")!;
    expect(peer.grades.peer).toMatchObject({ graderName: "Partner", overallScore: 2 });
    expect(data.readiness.checklistTicks).toEqual([expect.objectContaining({ checklist: "fundamentals", item: "caching" })]);

    const files = unzipSync(zipAccountExport(data));
    const names = Object.keys(files).sort();
    expect(names).toContain("data.json");
    const markdown = names.filter((name) => name.startsWith("sessions/"));
    expect(markdown).toHaveLength(3);
    expect(new Set(markdown).size).toBe(3);
    expect(JSON.parse(strFromU8(files["data.json"]!)).sessions).toHaveLength(3);
    const soloFile = markdown.find((name) => strFromU8(files[name]!).includes("100M URLs a month"))!;
    expect(strFromU8(files[soloFile]!)).toContain("Spent too long on estimates.");
  });

  it("never exports another person's data: a stranger's sessions stay out", async () => {
    const user = await createUser(db.db);
    const stranger = await createUser(db.db);
    await createRecordedSession(db.db, stranger.id, { startedAt: new Date("2026-11-05T10:00:00Z"), edits: [{ atMinute: 1, phase: "clarify", text: "stranger's secret" }] });
    const data = await collectAccountExport(db.db, user.id);
    expect(data.sessions).toHaveLength(0);
    expect(JSON.stringify(data)).not.toContain("stranger's secret");
  });

  it("deletes an account with its password: own data gone, peer sessions kept for the partner with 'a former member'", async () => {
    const email = uniqueEmail("leaver");
    const leaver = await createUser(db.db, { email, name: "Leaver" });
    const partner = await createUser(db.db, { name: "Stays" });
    const solo = await createRecordedSession(db.db, leaver.id, {
      startedAt: new Date("2026-11-10T10:00:00Z"),
      selfGrade: { levels: levels(2), overallScore: 2 },
    });
    const round = await recordPeerRound(db.db, partner.id, leaver.id, { finishedAt: new Date("2026-11-11T12:00:00Z"), peerLevels: levels(3), selfLevels: levels(2) });
    const asCandidate = await recordPeerRound(db.db, leaver.id, partner.id, { finishedAt: new Date("2026-11-12T12:00:00Z"), selfLevels: levels(4) });
    await updateAccountSettings(db.db, leaver.id, { targetLevel: "mid" });
    await db.db.insert(checklistTicks).values({ userId: leaver.id, checklistKey: "fundamentals", itemKey: "caching" });
    const versionBefore = await getSessionVersion(db.db, leaver.id);

    await expect(deleteAccount(db.db, leaver.id, {})).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("password") });
    await expect(deleteAccount(db.db, leaver.id, { password: "wrong password here" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await db.db.select().from(practiceSessions).where(eq(practiceSessions.id, solo.id))).length).toBe(1);

    await deleteAccount(db.db, leaver.id, { password: GOOD_PASSWORD });

    expect(await db.db.select().from(practiceSessions).where(eq(practiceSessions.id, solo.id))).toHaveLength(0);
    expect(await db.db.select().from(checklistTicks).where(eq(checklistTicks.userId, leaver.id))).toHaveLength(0);
    expect(await db.db.select().from(userSettings).where(eq(userSettings.userId, leaver.id))).toHaveLength(0);
    // The leaver's self grade of the round they were the candidate in is theirs: it goes.
    expect(await db.db.select().from(grades).where(eq(grades.graderId, leaver.id))).toEqual([expect.objectContaining({ kind: "peer", sessionId: round.id })]);
    const [tombstone] = await db.db.select().from(users).where(eq(users.id, leaver.id));
    expect(tombstone).toMatchObject({ name: FORMER_MEMBER_NAME, passwordHash: null });
    expect(tombstone!.email).not.toContain("leaver");
    expect(tombstone!.deletedAt).toBeInstanceOf(Date);
    expect(await getSessionVersion(db.db, leaver.id)).toBe(versionBefore! + 1);
    expect(await authenticateWithPassword(db.db, { email, password: GOOD_PASSWORD }, uniqueIp())).toBeNull();

    // The partner still reads both rounds, with the leaver as "a former member".
    const review = await getSessionReview(db.db, round.id, partner.id);
    expect(review.grades.peer).toMatchObject({ graderName: FORMER_MEMBER_NAME, overallScore: 3 });
    expect((await listParticipants(db.db, round.id)).map((person) => person.name).sort()).toEqual([FORMER_MEMBER_NAME, "Stays"].sort());
    const history = await listHistory(db.db, partner.id, historyQuerySchema.parse({}));
    expect(history.items.map((item) => item.id).sort()).toEqual([round.id, asCandidate.id].sort());
    expect(await db.db.select().from(sessionParticipants).where(eq(sessionParticipants.sessionId, asCandidate.id))).toHaveLength(2);

    // The email is free again: a new account can take it.
    await expect(createUser(db.db, { email })).resolves.toMatchObject({ email });
    // And a deleted account cannot be deleted twice.
    await expect(deleteAccount(db.db, leaver.id, { password: GOOD_PASSWORD })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("deletes a session shared only with people who have gone too", async () => {
    const first = await createUser(db.db);
    const second = await createUser(db.db);
    const round = await recordPeerRound(db.db, first.id, second.id, { finishedAt: new Date("2026-11-20T12:00:00Z") });
    await deleteAccount(db.db, first.id, { password: GOOD_PASSWORD });
    expect(await db.db.select().from(practiceSessions).where(eq(practiceSessions.id, round.id))).toHaveLength(1);
    await deleteAccount(db.db, second.id, { password: GOOD_PASSWORD });
    expect(await db.db.select().from(practiceSessions).where(eq(practiceSessions.id, round.id))).toHaveLength(0);
  });
});
