import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { AppError, forbidden, notFound } from "@/lib/http/errors";
import { isStorableText } from "@/lib/http/storable-text";
import { publishSessionEvents } from "../domain-events";
import { canReadChat, canWriteChat } from "../permissions";
import { getSessionAccess } from "../queries";
import { chatBodyProblem, MAX_CHAT_MESSAGES, type ChatMessage } from "./schemas";

export type SendChatInput = { sessionId: string; userId: string; body: string };

/** Why this participant may not write in the chat now, as they should hear it. */
function refusal(status: string, role: string): AppError {
  if (status === "finished" || status === "abandoned") return new AppError("CONFLICT", "This round is over, so its chat is read-only now.");
  if (role === "observer") return forbidden("Observers can read the chat; the interviewer has not opened it to them for writing.");
  return forbidden("You cannot write in this chat.");
}

/**
 * Stores one chat message of a peer round and announces it to the room. It is committed, with its
 * place in the round's order, before this resolves, so an acknowledged message survives a reload
 * or a restart. The sender's role, the round's status and the room's observer setting are read
 * as stored now, under the session row's lock, which also orders concurrent messages.
 */
export async function sendChatMessage(db: Db, input: SendChatInput): Promise<ChatMessage> {
  const body = input.body.trim();
  const problem = chatBodyProblem(body);
  if (problem) throw new AppError(body.length ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST", problem);
  if (!isStorableText(body)) throw new AppError("BAD_REQUEST", "That message contains a character that cannot be saved (a NUL character or a broken half of an emoji).");

  const message = await db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const locked = await tx.execute<{ observers_may_chat: boolean | null }>(sql`
      select r.observers_may_chat from practice_sessions s left join peer_rooms r on r.id = s.room_id
      where s.id = ${input.sessionId}::uuid for update of s`);
    const access = await getSessionAccess(tx, input.sessionId, input.userId);
    if (!access) throw notFound("That session");
    if (!canReadChat(access)) throw notFound("That session's chat");
    const observersMayChat = Boolean((locked as unknown as { rows: { observers_may_chat: boolean | null }[] }).rows[0]?.observers_may_chat);
    if (!canWriteChat(access, observersMayChat)) throw refusal(access.status, access.role);
    const inserted = await tx.execute<{ seq: number; created_at: string | Date; name: string }>(sql`
      with next as (select coalesce(max(seq), 0) + 1 as seq from session_chat_messages where session_id = ${input.sessionId}::uuid),
      stored as (
        insert into session_chat_messages (session_id, seq, user_id, body)
        select ${input.sessionId}::uuid, next.seq, ${input.userId}::uuid, ${body} from next where next.seq <= ${MAX_CHAT_MESSAGES}
        returning seq, created_at, user_id
      )
      select stored.seq, stored.created_at, u.name from stored join users u on u.id = stored.user_id`);
    const row = (inserted as unknown as { rows: { seq: number; created_at: string | Date; name: string }[] }).rows[0];
    if (!row) throw new AppError("CONFLICT", `This round's chat is full (${MAX_CHAT_MESSAGES.toLocaleString("en")} messages). Put further remarks in the notes.`);
    return { seq: Number(row.seq), userId: input.userId, name: row.name, body, sentAt: new Date(row.created_at).getTime() } satisfies ChatMessage;
  });
  publishSessionEvents({ type: "chat.posted", sessionId: input.sessionId, message });
  return message;
}
