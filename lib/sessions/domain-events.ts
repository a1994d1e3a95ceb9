import { log } from "@/lib/log/logger";
import type { ChatMessage } from "./chat/schemas";

/**
 * Events the session domain raises after a change has committed. Domain verbs publish them; the
 * realtime layer subscribes once and turns them into socket broadcasts, so routes never do.
 */
export type SessionEvent =
  /** The clock, status, seats or room of a session changed: clients fetch a fresh snapshot. */
  | { type: "session.changed"; sessionId: string }
  /** A participant's role changed: their sockets lose whatever the old role allowed, now. */
  | { type: "role.changed"; sessionId: string; userId: string }
  /** A grade or rating was submitted (the other side may now see grades). */
  | { type: "grade.submitted"; sessionId: string }
  /** A chat message was stored: everyone in the round sees it. */
  | { type: "chat.posted"; sessionId: string; message: ChatMessage };

type Listener = (event: SessionEvent) => void;

// Route handlers run in Next's bundle and server.ts in its own; globalThis joins them to one list.
const globalForEvents = globalThis as unknown as { __sdpSessionListeners?: Set<Listener> };
const listeners = () => (globalForEvents.__sdpSessionListeners ??= new Set());

export function onSessionEvent(listener: Listener): () => void {
  listeners().add(listener);
  return () => listeners().delete(listener);
}

export function publishSessionEvents(...events: SessionEvent[]): void {
  for (const event of events) {
    for (const listener of listeners()) {
      try {
        listener(event);
      } catch (error) {
        log.error({ event: event.type, err: error }, "session event listener failed");
      }
    }
  }
}

export const sessionChanged = (sessionId: string): SessionEvent => ({ type: "session.changed", sessionId });
