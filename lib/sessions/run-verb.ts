import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notFound } from "@/lib/http/errors";
import { touchSessionParticipants } from "@/lib/users/touch-user-data";
import { publishSessionEvents, sessionChanged, type SessionEvent } from "./domain-events";
import { accessOf, openSession } from "./open-session";
import type { SessionAccess } from "./permissions";
import { getSessionForParticipant, type StoredSession } from "./queries";

export type VerbContext = { tx: Db; session: StoredSession; access: SessionAccess };
export type VerbOutcome<T> = { result: T; events?: SessionEvent[] };

/**
 * Runs one domain verb for an actor: loads the session as they see it (404 if they are not in
 * it), locks its row so that concurrent verbs on it run one after another, and runs `work` in
 * one transaction with the role stored now. After the commit it marks every participant's data
 * changed and raises the verb's events ("session changed" unless the verb says otherwise).
 */
export async function runSessionVerb<T>(db: Db, sessionId: string, userId: string, work: (ctx: VerbContext) => Promise<VerbOutcome<T>>): Promise<T> {
  await openSession(db, sessionId, userId); // 404 for strangers, and settles a clock that ran out
  const outcome = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    await tx.execute(sql`select 1 from practice_sessions where id = ${sessionId}::uuid for update`);
    const session = await getSessionForParticipant(tx, sessionId, userId);
    if (!session) throw notFound("That session");
    const done = await work({ tx, session, access: accessOf(session) });
    await touchSessionParticipants(tx, sessionId);
    return done;
  });
  publishSessionEvents(...(outcome.events ?? [sessionChanged(sessionId)]));
  return outcome.result;
}
