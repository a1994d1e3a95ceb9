import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { sessionChatMessages, users } from "@/db/schema";
import type { ChatMessage } from "./schemas";

/** A round's chat messages after `after` (a seq), oldest first, with each sender's name now. */
export async function listChatMessages(db: Db, sessionId: string, after = 0): Promise<ChatMessage[]> {
  const rows = await db
    .select({ seq: sessionChatMessages.seq, userId: sessionChatMessages.userId, name: users.name, body: sessionChatMessages.body, sentAt: sessionChatMessages.createdAt })
    .from(sessionChatMessages)
    .innerJoin(users, eq(users.id, sessionChatMessages.userId))
    .where(and(eq(sessionChatMessages.sessionId, sessionId), gt(sessionChatMessages.seq, after)))
    .orderBy(asc(sessionChatMessages.seq));
  return rows.map((row) => ({ ...row, sentAt: row.sentAt.getTime() }));
}
