import type { Db } from "@/db/client";
import { notFound } from "@/lib/http/errors";
import { canReadChat } from "../permissions";
import { getSessionAccess } from "../queries";
import { listChatMessages } from "./queries";
import type { ChatHistory } from "./schemas";

/** The round's chat for one of its participants; anyone else, and any solo session, gets a 404. */
export async function getChatHistory(db: Db, sessionId: string, userId: string, after = 0): Promise<ChatHistory> {
  const access = await getSessionAccess(db, sessionId, userId);
  if (!access) throw notFound("That session");
  if (!canReadChat(access)) throw notFound("That session's chat");
  return { messages: await listChatMessages(db, sessionId, after) };
}
