"use client";

import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { connectRealtime, request, type RealtimeClient } from "@/lib/realtime/client";
import type { SessionSnapshot } from "@/lib/sessions/schemas";

/** What the save indicator may truthfully say. */
export type SaveState = "saved" | "saving" | "offline" | "error";

export type SyncCallbacks = {
  onSnapshot: (snapshot: SessionSnapshot, receivedAt: number) => void;
  onSaveState: (state: SaveState, message?: string) => void;
  /** Another tab changed the clock or status. */
  onSessionChanged: () => void;
};

const REMOTE = Symbol("remote");
const FLUSH_DELAY_MS = 150;

/**
 * Keeps a session's Yjs document in step with the server. Edits are kept in IndexedDB first
 * (so a closed tab or a dead network loses nothing), batched, and sent; "saved" is shown only
 * when the server has acknowledged storing every edit. On every (re)connect one sync round
 * exchanges whatever either side is missing, which is also how offline edits get delivered.
 */
export class SessionSync {
  readonly doc = new Y.Doc();
  private socket: RealtimeClient | null = null;
  private local: IndexeddbPersistence | null = null;
  private pending: Uint8Array[] = [];
  private inFlight = 0;
  private joined = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private failure: string | null = null;
  private destroyed = true;
  private callbacks: SyncCallbacks = { onSnapshot: () => {}, onSaveState: () => {}, onSessionChanged: () => {} };

  constructor(private readonly sessionId: string) {}

  /** Connects (again, after stop()): opens local storage and the socket, then syncs. */
  async start(callbacks: SyncCallbacks): Promise<void> {
    this.callbacks = callbacks;
    this.destroyed = false;
    const local = new IndexeddbPersistence(`sdp-session-${this.sessionId}`, this.doc);
    this.local = local;
    await local.whenSynced;
    if (this.destroyed || this.local !== local) return;
    this.doc.on("update", this.onLocalUpdate);
    const socket = connectRealtime();
    this.socket = socket;
    socket.on("connect", () => void this.join());
    socket.on("disconnect", () => {
      this.joined = false;
      this.report();
    });
    socket.on("connect_error", () => this.report());
    socket.on("doc:update", ({ sessionId, update }) => {
      if (sessionId === this.sessionId) Y.applyUpdate(this.doc, new Uint8Array(update), REMOTE);
    });
    socket.on("session:changed", ({ sessionId }) => {
      if (sessionId === this.sessionId) this.callbacks.onSessionChanged();
    });
    // The browser knows about a lost network before any socket timeout does.
    window.addEventListener("offline", this.onOffline);
    window.addEventListener("online", this.onOnline);
    this.report();
  }

  private onOffline = () => {
    this.socket?.disconnect();
    this.report();
  };

  private onOnline = () => {
    if (this.socket && !this.socket.connected) this.socket.connect();
  };

  /** Disconnects; the document stays in memory (and in IndexedDB) for a later start(). */
  stop(): void {
    this.destroyed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.doc.off("update", this.onLocalUpdate);
    window.removeEventListener("offline", this.onOffline);
    window.removeEventListener("online", this.onOnline);
    this.socket?.disconnect();
    this.socket = null;
    this.joined = false;
    void this.local?.destroy();
    this.local = null;
  }

  /** Sends anything still waiting and resolves once the server has acknowledged it (or time runs out). */
  async settle(timeoutMs = 5000): Promise<boolean> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      await this.flush();
    }
    const until = Date.now() + timeoutMs;
    while ((this.pending.length > 0 || this.inFlight > 0) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.pending.length === 0 && this.inFlight === 0;
  }

  get hasUnsavedChanges(): boolean {
    return this.pending.length > 0 || this.inFlight > 0 || !this.joined;
  }

  private onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    // Remote edits are already stored; IndexedDB replays reach the server through the next sync.
    if (origin === REMOTE || origin === this.local) return;
    this.pending.push(update);
    this.report();
    if (!this.flushTimer) this.flushTimer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  };

  private async join(): Promise<void> {
    const socket = this.socket;
    if (!socket) return;
    const result = await request(socket, "doc:join", { sessionId: this.sessionId, stateVector: Y.encodeStateVector(this.doc) }).catch(
      () => null,
    );
    if (!result || this.destroyed) return this.report();
    if (!result.ok) {
      this.failure = result.error.message;
      return this.report();
    }
    this.callbacks.onSnapshot(result.data.snapshot, Date.now());
    Y.applyUpdate(this.doc, new Uint8Array(result.data.update), REMOTE);
    this.joined = true;
    this.failure = null;
    // Everything the server lacks, including edits made offline or before this join, in one update.
    this.pending = [];
    const missing = Y.encodeStateAsUpdate(this.doc, new Uint8Array(result.data.stateVector));
    if (missing.byteLength > 2 && !result.data.snapshot.readOnly) await this.send(missing);
    this.report();
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    if (!this.joined || !this.socket?.connected || this.pending.length === 0) return this.report();
    const batch = Y.mergeUpdates(this.pending);
    this.pending = [];
    await this.send(batch);
  }

  private async send(update: Uint8Array): Promise<void> {
    this.inFlight++;
    this.report();
    const result = await request(this.socket!, "doc:update", { sessionId: this.sessionId, update }).catch(() => null);
    this.inFlight--;
    if (!result) {
      // No acknowledgement: the edit stays in this tab and IndexedDB; the next sync resends it.
      this.joined = false;
      if (this.socket?.connected) void this.join();
    } else if (!result.ok) {
      this.failure = result.error.message;
      if (result.error.code === "CONFLICT") this.callbacks.onSessionChanged();
    }
    this.report();
  }

  private report(): void {
    if (this.destroyed) return;
    if (this.failure) return this.callbacks.onSaveState("error", this.failure);
    if (!this.socket?.connected || !this.joined) return this.callbacks.onSaveState("offline");
    this.callbacks.onSaveState(this.pending.length > 0 || this.inFlight > 0 ? "saving" : "saved");
  }
}
