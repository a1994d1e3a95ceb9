"use client";

import { IndexeddbPersistence } from "y-indexeddb";
import * as Y from "yjs";
import { request, type RealtimeClient } from "@/lib/realtime/client";
import type { Channel, SessionSnapshot } from "@/lib/sessions/schemas";

/** What the save indicator may truthfully say. */
export type SaveState = "saved" | "saving" | "offline" | "error";

const REMOTE = Symbol("remote");
const FLUSH_DELAY_MS = 150;
/** Refusals that sending again cannot change; anything else (a failed write, too fast) is retried. */
const FINAL_REFUSALS = new Set(["CONFLICT", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST", "PAYLOAD_TOO_LARGE", "UNAUTHORIZED", "GONE"]);
const RETRY_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

export type ChannelCallbacks = {
  onSaveState: () => void;
  onSnapshot?: (snapshot: SessionSnapshot, receivedAt: number) => void;
  /** The server refused an edit because the session changed (finished, not started). */
  onConflict: () => void;
};

/**
 * Keeps one of a session's Yjs documents in step with the server over a shared socket. Edits are
 * kept in IndexedDB first (so a closed tab or a dead network loses nothing), batched, and sent;
 * "saved" is reported only when the server has acknowledged storing every edit. On every
 * (re)connect one sync round exchanges whatever either side is missing, which is also how
 * offline edits get delivered.
 */
export class DocumentChannel {
  readonly doc = new Y.Doc();
  private local: IndexeddbPersistence | null = null;
  private socket: RealtimeClient | null = null;
  private pending: Uint8Array[] = [];
  private inFlight = 0;
  private joined = false;
  private writable = false;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  failure: string | null = null;
  private stopped = true;

  constructor(
    private readonly sessionId: string,
    readonly channel: Channel,
    private readonly callbacks: ChannelCallbacks,
    private readonly options: { persist: boolean } = { persist: true },
  ) {}

  /** Opens local storage; call join() once the socket is connected. */
  async open(): Promise<void> {
    this.stopped = false;
    if (!this.options.persist) return void this.doc.on("update", this.onLocalUpdate);
    const local = new IndexeddbPersistence(`sdp-session-${this.sessionId}${this.channel === "shared" ? "" : `-${this.channel}`}`, this.doc);
    this.local = local;
    await local.whenSynced;
    if (this.stopped || this.local !== local) return;
    this.doc.on("update", this.onLocalUpdate);
  }

  close(): void {
    this.stopped = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.doc.off("update", this.onLocalUpdate);
    this.joined = false;
    this.socket = null;
    void this.local?.destroy();
    this.local = null;
  }

  /** Marks the channel as not joined (the socket dropped); edits keep piling up locally. */
  disconnected(): void {
    this.joined = false;
  }

  /** An update another tab or participant stored. */
  applyRemote(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE);
  }

  /** One sync round on `socket`: fetch what is missing here, send what the server lacks. */
  async join(socket: RealtimeClient): Promise<void> {
    this.socket = socket;
    const result = await request(socket, "doc:join", { sessionId: this.sessionId, channel: this.channel, stateVector: Y.encodeStateVector(this.doc) }).catch(
      () => null,
    );
    if (!result || this.stopped || this.socket !== socket) return this.callbacks.onSaveState();
    if (!result.ok) {
      this.failure = result.error.message;
      return this.callbacks.onSaveState();
    }
    if (result.data.snapshot) this.callbacks.onSnapshot?.(result.data.snapshot, Date.now());
    Y.applyUpdate(this.doc, new Uint8Array(result.data.update), REMOTE);
    this.joined = true;
    this.failure = null;
    this.writable = result.data.snapshot ? !result.data.snapshot.readOnly : true;
    // Everything the server lacks, including edits made offline or before this join, in one update.
    this.pending = [];
    const missing = Y.encodeStateAsUpdate(this.doc, new Uint8Array(result.data.stateVector));
    if (missing.byteLength > 2 && this.writable) await this.send(missing);
    this.callbacks.onSaveState();
  }

  /**
   * A later sync round on the joined document: fetches anything a lost broadcast left out, and
   * sends anything the server lacks. Cheap when both sides agree (two state vectors and an empty diff).
   */
  async resync(): Promise<void> {
    const socket = this.socket;
    if (!socket?.connected || !this.joined || this.inFlight > 0 || this.pending.length > 0 || this.stopped) return;
    const result = await request(socket, "doc:sync", { sessionId: this.sessionId, channel: this.channel, stateVector: Y.encodeStateVector(this.doc) }).catch(
      () => null,
    );
    if (!result?.ok || this.stopped || this.socket !== socket) return;
    Y.applyUpdate(this.doc, new Uint8Array(result.data.update), REMOTE);
    if (this.inFlight > 0 || this.pending.length > 0 || !this.writable) return; // those edits are on their way already
    const missing = Y.encodeStateAsUpdate(this.doc, new Uint8Array(result.data.stateVector));
    if (missing.byteLength > 2) await this.send(missing);
  }

  /** Whether the document may take edits as of the last snapshot (the server checks again). */
  setWritable(writable: boolean): void {
    this.writable = writable;
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

  get state(): SaveState {
    if (this.failure) return "error";
    if (!this.socket?.connected || !this.joined) return "offline";
    return this.pending.length > 0 || this.inFlight > 0 ? "saving" : "saved";
  }

  private scheduleRetry(socket: RealtimeClient): void {
    if (this.retryTimer) return;
    const delay = RETRY_MS[Math.min(this.retries, RETRY_MS.length - 1)]!;
    this.retries++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped && this.socket === socket && socket.connected) void this.join(socket);
    }, delay);
  }

  private onLocalUpdate = (update: Uint8Array, origin: unknown) => {
    // Remote edits are already stored; IndexedDB replays reach the server through the next sync.
    if (origin === REMOTE || (this.local !== null && origin === this.local)) return;
    this.pending.push(update);
    this.callbacks.onSaveState();
    if (!this.flushTimer) this.flushTimer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
  };

  private async flush(): Promise<void> {
    this.flushTimer = null;
    if (!this.joined || !this.socket?.connected || this.pending.length === 0) return this.callbacks.onSaveState();
    const batch = Y.mergeUpdates(this.pending);
    this.pending = [];
    await this.send(batch);
  }

  private async send(update: Uint8Array): Promise<void> {
    const socket = this.socket!;
    this.inFlight++;
    this.callbacks.onSaveState();
    const result = await request(socket, "doc:update", { sessionId: this.sessionId, channel: this.channel, update }).catch(() => null);
    this.inFlight--;
    if (!result) {
      // No acknowledgement: the edit stays in this tab and IndexedDB; the next sync resends it.
      this.joined = false;
      if (socket.connected && this.socket === socket) void this.join(socket);
    } else if (!result.ok && FINAL_REFUSALS.has(result.error.code)) {
      this.failure = result.error.message;
      if (result.error.code === "CONFLICT" || result.error.code === "FORBIDDEN") this.callbacks.onConflict();
    } else if (!result.ok) {
      // Not stored (a failed write, too fast): keep the edit and resend it in a while, by a
      // fresh sync round, which sends everything the server lacks.
      this.failure = `${result.error.message} Your change is kept here and will be sent again.`;
      this.scheduleRetry(socket);
    } else if (this.retryTimer === null) {
      this.retries = 0;
      if (this.failure && this.joined) this.failure = null;
    }
    this.callbacks.onSaveState();
  }
}
