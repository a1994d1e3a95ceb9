import { sessionRoom, type ServerToClientEvents } from "./events";
import type { Server } from "socket.io";

type Emitter = Pick<Server<Record<string, never>, ServerToClientEvents>, "to">;

// Route handlers run in Next's bundle, server.ts in its own; globalThis joins them to one io.
const globalForIo = globalThis as unknown as { __sdpIo?: Emitter };

export function setRealtime(io: Emitter): void {
  globalForIo.__sdpIo = io;
}

/** Tells every open tab of a session that its clock or status changed. */
export function notifySessionChanged(sessionId: string): void {
  globalForIo.__sdpIo?.to(sessionRoom(sessionId)).emit("session:changed", { sessionId });
}
