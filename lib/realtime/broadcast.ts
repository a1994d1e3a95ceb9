import type { Server } from "socket.io";
import { onSessionEvent, type SessionEvent } from "@/lib/sessions/domain-events";
import { interviewerRoom, sessionRoom, userRoom, type ServerToClientEvents } from "./events";

type Emitter = Pick<Server<Record<string, never>, ServerToClientEvents>, "to" | "in">;

/** What each domain event means for the sockets: the one place events become broadcasts. */
export function broadcastSessionEvent(io: Emitter, event: SessionEvent): void {
  switch (event.type) {
    case "session.changed":
    case "grade.submitted":
      io.to(sessionRoom(event.sessionId)).emit("session:changed", { sessionId: event.sessionId });
      return;
    case "chat.posted":
      // The session's room holds only sockets that joined as participants: strangers never get a frame.
      io.to(sessionRoom(event.sessionId)).emit("chat:message", { sessionId: event.sessionId, message: event.message });
      return;
    case "role.changed":
      // Whatever the new role, the interviewer's channel is re-earned by a fresh join; on every instance.
      io.in(userRoom(event.userId)).socketsLeave(interviewerRoom(event.sessionId));
      return;
  }
}

/** Turns the session domain's events into broadcasts on `io` until the returned function is called. */
export function publishThrough(io: Emitter): () => void {
  return onSessionEvent((event) => broadcastSessionEvent(io, event));
}
