import type { Db } from "@/db/client";
import { AppError } from "@/lib/http/errors";
import { appendDocumentUpdate } from "@/lib/sessions/document/append-update";
import { syncDocument } from "@/lib/sessions/document/sync-document";
import { openSession, toSnapshot } from "@/lib/sessions/open-session";
import { sessionRoom, type ClientEventName, type ClientEventResults, type ClientPayload } from "./events";
import type { RealtimeSocket } from "./server";

export type RealtimeDeps = {
  db: Db;
  /** How an update is made durable; the autosave benchmark swaps in a no-op for its baseline. */
  appendUpdate?: typeof appendDocumentUpdate;
};

export type Handler<E extends ClientEventName> = (
  payload: ClientPayload<E>,
  socket: RealtimeSocket,
  deps: RealtimeDeps,
) => Promise<ClientEventResults[E]> | ClientEventResults[E];

const notJoined = () => new AppError("NOT_FOUND", "That session was not found. Reload the page to rejoin it.");

export const handlers: { [E in ClientEventName]: Handler<E> } = {
  ping: ({ sentAt }) => ({ sentAt, serverTime: Date.now() }),

  "doc:join": async ({ sessionId, stateVector }, socket, { db }) => {
    const session = await openSession(db, sessionId, socket.data.userId); // 404 unless a participant
    const sync = await syncDocument(db, sessionId, stateVector);
    socket.data.sessions.add(sessionId);
    await socket.join(sessionRoom(sessionId));
    return { ...sync, snapshot: toSnapshot(session) };
  },

  "doc:update": async ({ sessionId, update }, socket, { db, appendUpdate = appendDocumentUpdate }) => {
    // Membership was checked when this socket joined the session; no join, no write.
    if (!socket.data.sessions.has(sessionId)) throw notJoined();
    const stored = await appendUpdate(db, { sessionId, userId: socket.data.userId, update });
    socket.to(sessionRoom(sessionId)).emit("doc:update", { sessionId, update });
    return stored;
  },
};
