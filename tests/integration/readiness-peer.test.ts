import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLIND_WINDOW_MS } from "@/lib/grading/blind";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { listFinishedPractice, loadPracticeFacts } from "@/lib/readiness/practice-history";
import { recordPeerRound } from "../factories/history";
import { addSelfGrade, createPastSession, levelsOf, seedAllContent } from "../factories/readiness";
import { backends, createTestDb, type TestDb } from "../factories/test-db";
import { createUser } from "../factories/users";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.now();
const ago = (ms: number) => new Date(NOW - ms);

describe.each(backends())("readiness from peer rounds on %s", (backend) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(backend);
    await seedAllContent(db.db);
  });
  afterAll(async () => {
    await db.drop();
  });

  it("compares self-grades with revealed interviewer grades per dimension, in the trend and the summary", async () => {
    const candidate = await createUser(db.db);
    const interviewer = await createUser(db.db);
    // Both rounds have both grades, so both are revealed at once.
    await recordPeerRound(db.db, candidate.id, interviewer.id, {
      finishedAt: ago(2 * DAY),
      selfLevels: levelsOf(3, { deep_dive: 4 }),
      peerLevels: levelsOf(3, { deep_dive: 2, requirements: 2 }),
    });
    await recordPeerRound(db.db, candidate.id, interviewer.id, {
      finishedAt: ago(2 * HOUR),
      selfLevels: levelsOf(3, { deep_dive: 4 }),
      peerLevels: levelsOf(3),
    });
    await createPastSession(db.db, candidate.id, { finishedAt: ago(3 * DAY), levels: levelsOf(2) });

    const { evidence, summary } = await getReadiness(db.db, candidate.id, NOW);
    expect(evidence).toMatchObject({ finishedSessions: 3, gradedSessions: 3 });
    expect(evidence.selfVsPeer).toMatchObject({ peerGradedSessions: 2, comparedSessions: 2 });
    const gaps = Object.fromEntries(evidence.selfVsPeer.dimensions.map((d) => [d.key, [d.selfMean, d.peerMean, d.gap, d.sessions]]));
    expect(gaps).toEqual({
      requirements: [3, 2.5, 0.5, 2],
      estimation: [3, 3, 0, 2],
      high_level_design: [3, 3, 0, 2],
      deep_dive: [4, 2.5, 1.5, 2],
      trade_offs: [3, 3, 0, 2],
      communication: [3, 3, 0, 2],
    });
    const deepDive = evidence.series.find((s) => s.key === "deep_dive")!;
    expect(deepDive.points.map((p) => p.level)).toEqual([2, 4, 4]);
    expect(deepDive.peerPoints.map((p) => p.level)).toEqual([2, 3]);
    expect(summary.gap?.key).toBe("deep_dive");
    expect(summary.gapNote).toBe(
      "On Deep-dive technical depth, you rate yourself about 1.5 levels higher than your interviewers do (2 peer rounds), so it may be weaker than your own grades suggest.",
    );
  });

  it("keeps an interviewer's grade out while it is blind, and lets it in after 48 hours or once the candidate grades themselves", async () => {
    const candidate = await createUser(db.db);
    const interviewer = await createUser(db.db);
    await recordPeerRound(db.db, candidate.id, interviewer.id, { finishedAt: ago(3 * DAY), selfLevels: levelsOf(3), peerLevels: levelsOf(3) });
    // The interviewer graded an hour ago; the candidate has not graded themselves.
    const blindFinish = ago(HOUR);
    const blind = await recordPeerRound(db.db, candidate.id, interviewer.id, { finishedAt: blindFinish, peerLevels: levelsOf(1) });
    // A second blind round the candidate will grade.
    const pending = await recordPeerRound(db.db, candidate.id, interviewer.id, { finishedAt: ago(30 * 60_000), peerLevels: levelsOf(2) });

    // (b) Before the window ends: no trace of either blind grade anywhere.
    const hidden = await getReadiness(db.db, candidate.id, NOW);
    expect(hidden.evidence.finishedSessions).toBe(3);
    expect(hidden.evidence.selfVsPeer).toMatchObject({ peerGradedSessions: 1, comparedSessions: 1 });
    expect(hidden.evidence.selfVsPeer.dimensions.every((d) => d.peerMean === 3 && d.sessions === 1)).toBe(true);
    expect(hidden.evidence.series.every((s) => s.peerPoints.length === 1 && s.peerPoints[0]!.level === 3)).toBe(true);
    expect(hidden.summary.gapNote).toBeNull();
    const history = await listFinishedPractice(db.db, candidate.id, undefined, NOW);
    expect(history.find((s) => s.sessionId === blind.id)!.peerGrade).toBeNull();
    expect(history.find((s) => s.sessionId === pending.id)!.peerGrade).toBeNull();
    // Just before the 48 hours are up it is still hidden.
    const justBefore = blindFinish.getTime() + BLIND_WINDOW_MS - 1;
    expect((await getReadiness(db.db, candidate.id, justBefore)).evidence.selfVsPeer.peerGradedSessions).toBe(1);

    // (c) Once 48 hours have passed since both blind rounds, the clock alone reveals them, though
    // nothing was written (the cached facts must not hide them).
    const later = NOW + BLIND_WINDOW_MS;
    const revealed = await getReadiness(db.db, candidate.id, later);
    expect(revealed.evidence.selfVsPeer.peerGradedSessions).toBe(3);
    // Only one round has both grades, so the comparison itself is unchanged...
    expect(revealed.evidence.selfVsPeer.comparedSessions).toBe(1);
    // ...but the trend shows the interviewer's grades of the blind rounds.
    const deepDive = revealed.evidence.series.find((s) => s.key === "deep_dive")!;
    expect(deepDive.peerPoints.map((p) => [p.at, p.level])).toEqual([
      [ago(3 * DAY).getTime(), 3],
      [blindFinish.getTime(), 1],
      [ago(30 * 60_000).getTime(), 2],
    ]);
    // A look at an earlier time never reuses the later view.
    expect((await getReadiness(db.db, candidate.id, NOW)).evidence.selfVsPeer.peerGradedSessions).toBe(1);

    // Grading yourself lifts the blind at once.
    await addSelfGrade(db.db, pending.id, candidate.id, levelsOf(4));
    const graded = await getReadiness(db.db, candidate.id, NOW);
    expect(graded.evidence.selfVsPeer).toMatchObject({ peerGradedSessions: 2, comparedSessions: 2 });
    expect(graded.evidence.selfVsPeer.dimensions.find((d) => d.key === "deep_dive")).toMatchObject({ selfMean: 3.5, peerMean: 2.5, gap: 1, sessions: 2 });
  });

  it("remembers the facts between looks until the data changes or a blind lifts", async () => {
    const candidate = await createUser(db.db);
    const interviewer = await createUser(db.db);
    const finish = ago(HOUR);
    await recordPeerRound(db.db, candidate.id, interviewer.id, { finishedAt: finish, peerLevels: levelsOf(2) });
    const first = await loadPracticeFacts(db.db, candidate.id, NOW);
    expect(await loadPracticeFacts(db.db, candidate.id, NOW + 1000)).toBe(first);
    const lifted = await loadPracticeFacts(db.db, candidate.id, finish.getTime() + BLIND_WINDOW_MS);
    expect(lifted).not.toBe(first);
    expect(lifted.history[0]!.peerGrade).toMatchObject({ levels: levelsOf(2), overallScore: 2 });
    // With nothing hidden any more, the entry lasts until the next write.
    expect(await loadPracticeFacts(db.db, candidate.id, finish.getTime() + BLIND_WINDOW_MS + 10 * DAY)).toBe(lifted);
  });

  it("(d) never shows another user's rounds or grades", async () => {
    const candidate = await createUser(db.db);
    const partner = await createUser(db.db);
    const stranger = await createUser(db.db);
    // The candidate's own round, graded by the partner.
    await recordPeerRound(db.db, candidate.id, partner.id, { finishedAt: ago(DAY), selfLevels: levelsOf(3), peerLevels: levelsOf(3) });
    // Roles swapped: the partner is the candidate and the candidate graded them.
    await recordPeerRound(db.db, partner.id, candidate.id, { finishedAt: ago(20 * HOUR), selfLevels: levelsOf(4), peerLevels: levelsOf(1) });
    // Strangers practising with each other.
    await recordPeerRound(db.db, stranger.id, partner.id, { finishedAt: ago(10 * HOUR), selfLevels: levelsOf(1), peerLevels: levelsOf(4) });

    const mine = await getReadiness(db.db, candidate.id, NOW);
    expect(mine.evidence.finishedSessions).toBe(1);
    expect(mine.evidence.selfVsPeer).toMatchObject({ peerGradedSessions: 1, comparedSessions: 1 });
    expect(mine.evidence.selfVsPeer.dimensions.every((d) => d.selfMean === 3 && d.peerMean === 3)).toBe(true);
    expect(mine.evidence.series.flatMap((s) => [...s.points, ...s.peerPoints]).every((p) => p.level === 3)).toBe(true);

    const theirs = await getReadiness(db.db, partner.id, NOW);
    expect(theirs.evidence.finishedSessions).toBe(1);
    expect(theirs.evidence.selfVsPeer.dimensions.every((d) => d.selfMean === 4 && d.peerMean === 1 && d.sessions === 1)).toBe(true);
    expect(theirs.summary.gapNote).toBeNull();
  });
});
