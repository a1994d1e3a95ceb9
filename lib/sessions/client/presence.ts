"use client";

import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, modifyAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { RealtimeClient } from "@/lib/realtime/client";
import type { ParticipantView, Role } from "@/lib/sessions/schemas";

/** Presence goes out at most this often (the server allows bursts, not floods). */
const SEND_INTERVAL_MS = 100;
/** No keystroke or pointer movement for this long shows a person as idle. */
export const IDLE_AFTER_MS = 60_000;
/** After a connection drops, its person shows as reconnecting this long before offline. */
export const RECONNECT_GRACE_MS = 20_000;

export type PresenceStatus = "online" | "idle" | "reconnecting" | "offline";

/** What each connection shares about itself. `user` is overwritten with what the server says. */
export type PresenceState = {
  user?: { id: string; name: string; role: Role; color: string; colorLight: string };
  idle?: boolean;
  /** The phase whose notes this person has open. */
  phase?: string;
  /** Whiteboard pointer in scene coordinates. */
  pointer?: { x: number; y: number; tool: "pointer" | "laser" };
  button?: "up" | "down";
  /** The part of the board this person looks at, for "Follow". */
  view?: { scrollX: number; scrollY: number; zoom: number; width: number; height: number };
};

const PALETTE = ["#4f46e5", "#db2777", "#059669", "#d97706", "#0891b2", "#7c3aed", "#dc2626", "#65a30d"];

/** A person's colour, the same on every screen: picked from their user id. */
export function colorFor(userId: string): { color: string; colorLight: string } {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const color = PALETTE[hash % PALETTE.length]!;
  return { color, colorLight: `${color}33` };
}

type Origin = { userId: string; connId: string };

/**
 * Presence over y-protocols awareness: never stored, throttled, stamped. The server relays each
 * update with the sender's user id, and this side overwrites the sender's claimed identity with
 * the participant list's, so nobody can show up under another name. A connection that leaves is
 * dropped at once; one that dies silently times out (awareness's own 30-second rule).
 */
export class Presence {
  readonly awareness: Awareness;
  private socket: RealtimeClient | null = null;
  private participants = new Map<string, ParticipantView>();
  private origins = new Map<number, Origin>();
  private leftAt = new Map<string, number>();
  private sendTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSent = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(
    doc: Y.Doc,
    private readonly sessionId: string,
    private readonly self: { id: string },
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.on("update", this.onAwarenessUpdate);
    this.awareness.on("change", this.onChange);
  }

  /** Keeps the display names and roles current (they come from the session snapshot). */
  setParticipants(participants: ParticipantView[]): void {
    this.participants = new Map(participants.map((participant) => [participant.userId, participant]));
    const me = this.participants.get(this.self.id);
    if (me) this.awareness.setLocalStateField("user", { id: me.userId, name: me.name, role: me.role, ...colorFor(me.userId) });
  }

  attach(socket: RealtimeClient): void {
    this.socket = socket;
    socket.on("awareness:update", ({ sessionId, userId, connId, update }) => {
      if (sessionId !== this.sessionId) return;
      // Someone who joined after our last snapshot is named once the next snapshot arrives.
      const person = this.participants.get(userId) ?? { userId, name: "Someone new", role: "observer" as const };
      const stamped = modifyAwarenessUpdate(new Uint8Array(update), (state: PresenceState | null) =>
        state === null ? null : { ...state, user: { id: userId, name: person.name, role: person.role, ...colorFor(userId) } },
      );
      this.leftAt.delete(userId);
      applyAwarenessUpdate(this.awareness, stamped, { userId, connId } satisfies Origin);
    });
    socket.on("awareness:left", ({ sessionId, connId }) => {
      if (sessionId !== this.sessionId) return;
      const gone = [...this.origins].filter(([, origin]) => origin.connId === connId);
      for (const [, origin] of gone) this.leftAt.set(origin.userId, Date.now());
      removeAwarenessStates(this.awareness, gone.map(([clientId]) => clientId), "left");
      this.bump();
      setTimeout(() => this.bump(), RECONNECT_GRACE_MS + 50);
    });
    window.addEventListener("keydown", this.onActivity);
    window.addEventListener("pointermove", this.onActivity);
    this.onActivity();
  }

  /** After every (re)join: announce ourselves, which also makes the others answer with theirs. */
  announce(): void {
    this.sendNow();
  }

  detach(): void {
    window.removeEventListener("keydown", this.onActivity);
    window.removeEventListener("pointermove", this.onActivity);
    if (this.sendTimer) clearTimeout(this.sendTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.socket = null;
  }

  destroy(): void {
    this.detach();
    this.awareness.destroy();
  }

  setField<K extends keyof PresenceState>(key: K, value: PresenceState[K]): void {
    this.awareness.setLocalStateField(key, value);
  }

  /** Remote presence states (not this tab's), with whose they are. */
  remoteStates(): { clientId: number; userId: string; state: PresenceState }[] {
    const result: { clientId: number; userId: string; state: PresenceState }[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      if (clientId === this.awareness.clientID) return;
      const origin = this.origins.get(clientId);
      if (origin) result.push({ clientId, userId: origin.userId, state: state as PresenceState });
    });
    return result;
  }

  /** Each participant's status as this screen can tell it. */
  statusOf(userId: string, selfConnected: boolean): PresenceStatus {
    if (userId === this.self.id) return selfConnected ? (this.awareness.getLocalState()?.idle ? "idle" : "online") : "reconnecting";
    const states = this.remoteStates().filter((entry) => entry.userId === userId);
    if (states.length) return states.every((entry) => entry.state.idle) ? "idle" : "online";
    const left = this.leftAt.get(userId);
    return left !== undefined && Date.now() - left < RECONNECT_GRACE_MS ? "reconnecting" : "offline";
  }

  /** For React's useSyncExternalStore: a change counter and a subscription. */
  getVersion = () => this.version;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private bump() {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  private onChange = ({ added, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const from = origin as Origin | undefined;
    if (from && typeof from === "object" && "connId" in from) {
      for (const clientId of added) this.origins.set(clientId, from);
      // A newcomer has none of our state: answer with it.
      if (added.length) this.scheduleSend();
    }
    for (const clientId of removed) this.origins.delete(clientId);
    this.bump();
  };

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin !== "local") return;
    if ([...added, ...updated, ...removed].includes(this.awareness.clientID)) this.scheduleSend();
  };

  private scheduleSend() {
    if (this.sendTimer) return;
    const wait = Math.max(0, SEND_INTERVAL_MS - (Date.now() - this.lastSent));
    this.sendTimer = setTimeout(() => this.sendNow(), wait);
  }

  private sendNow() {
    if (this.sendTimer) clearTimeout(this.sendTimer);
    this.sendTimer = null;
    if (!this.socket?.connected) return;
    this.lastSent = Date.now();
    const update = encodeAwarenessUpdate(this.awareness, [this.awareness.clientID]);
    this.socket.volatile.emit("awareness:update", { sessionId: this.sessionId, update });
  }

  private onActivity = () => {
    if (this.awareness.getLocalState()?.idle) this.awareness.setLocalStateField("idle", false);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.awareness.setLocalStateField("idle", true), IDLE_AFTER_MS);
  };
}
