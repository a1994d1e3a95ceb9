import { eq } from "drizzle-orm";
import { practiceSessions, sessionPhaseAdvances } from "@/db/schema";
import { AppError, forbidden } from "@/lib/http/errors";
import type { Db } from "@/db/client";
import { computeClock } from "./clock";
import { clockFacts } from "./open-session";
import { canAdvance } from "./permissions";
import { requireActive } from "./require-active";
import { runSessionVerb } from "./run-verb";

/**
 * Moves to the next phase. `fromPhase` is the phase the actor saw as current: a repeated click, or
 * a second tab that has not caught up, changes nothing instead of skipping a phase.
 */
export async function advancePhase(db: Db, sessionId: string, userId: string, fromPhase: number): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    requireActive(session);
    if (!canAdvance(access)) {
      throw forbidden(access.paused ? "The clock is paused. Resume it before moving on." : "Only the interviewer moves the interview to the next phase.");
    }
    const clock = computeClock(clockFacts(session), Date.now());
    if (fromPhase !== clock.phaseIndex) return { result: undefined, events: [] };
    if (clock.isLastPhase) throw new AppError("BAD_REQUEST", "This is the last phase. Finish the session when you are done.");
    await tx.insert(sessionPhaseAdvances).values({ sessionId, phaseIndex: fromPhase + 1 }).onConflictDoNothing();
    await tx.update(practiceSessions).set({ candidateReadyPhase: null }).where(eq(practiceSessions.id, sessionId));
    return { result: undefined };
  });
}
