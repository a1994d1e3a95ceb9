import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { practiceSessions } from "@/db/schema";
import { forbidden } from "@/lib/http/errors";
import { computeClock } from "./clock";
import { clockFacts } from "./open-session";
import { canSignalReady } from "./permissions";
import { requireActive } from "./require-active";
import { runSessionVerb } from "./run-verb";

/** The candidate's "ready for the next phase": shown to the interviewer until the phase changes. */
export async function signalReady(db: Db, sessionId: string, userId: string): Promise<void> {
  await runSessionVerb(db, sessionId, userId, async ({ tx, session, access }) => {
    requireActive(session);
    if (!canSignalReady(access)) {
      throw forbidden(access.paused ? "The clock is paused." : "Only the candidate can say they are ready to move on.");
    }
    const { phaseIndex, isLastPhase } = computeClock(clockFacts(session), Date.now());
    if (isLastPhase) throw forbidden("This is the last phase: there is no next one to be ready for.");
    if (session.candidateReadyPhase === phaseIndex) return { result: undefined, events: [] };
    await tx.update(practiceSessions).set({ candidateReadyPhase: phaseIndex }).where(eq(practiceSessions.id, sessionId));
    return { result: undefined };
  });
}
