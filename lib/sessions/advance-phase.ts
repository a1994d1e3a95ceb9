import type { Db } from "@/db/client";
import { sessionPhaseAdvances } from "@/db/schema";
import { AppError } from "@/lib/http/errors";
import { computeClock } from "./clock";
import { clockFacts, openSession } from "./open-session";
import type { StoredSession } from "./queries";
import { requireActive } from "./require-active";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";

/**
 * Moves to the next phase. `fromPhase` is the phase the user saw as current: a repeated click, or
 * a second tab that has not caught up, changes nothing instead of skipping a phase.
 */
export async function advancePhase(db: Db, sessionId: string, userId: string, fromPhase: number): Promise<StoredSession> {
  const session = await openSession(db, sessionId, userId);
  requireActive(session);
  const clock = computeClock(clockFacts(session), Date.now());
  if (fromPhase !== clock.phaseIndex) return session;
  if (clock.isLastPhase) throw new AppError("BAD_REQUEST", "This is the last phase. Finish the session when you are done.");
  await db.insert(sessionPhaseAdvances).values({ sessionId, phaseIndex: fromPhase + 1 }).onConflictDoNothing();
  await touchSessionParticipants(db, sessionId);
  return openSession(db, sessionId, userId);
}
