"use client";

import { connectRealtime, type RealtimeClient } from "@/lib/realtime/client";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { DocumentChannel, type SaveState } from "./document-channel";
import { Presence } from "./presence";
import { ChatChannel } from "./room-chat";
import { CallChannel } from "./call";

export type { SaveState } from "./document-channel";

/** How often each document is checked against the server, to repair a broadcast that never came. */
const RESYNC_EVERY_MS = 30_000;

export type RoomCallbacks = {
  onSnapshot: (snapshot: SessionSnapshot, receivedAt: number) => void;
  onSaveState: (state: SaveState, message?: string) => void;
  /** The session's clock, status or seats changed (another tab, another participant). */
  onSessionChanged: () => void;
  onConnectionChange?: (connected: boolean) => void;
  /** A refusal of something sent without an acknowledgement (presence arriving too fast). */
  onNotice?: (message: string) => void;
};

export type RoomOptions = {
  viewerId: string;
  withPresence: boolean;
  /** Where and how to connect; the page uses its own origin and the defaults. */
  url?: string;
  socketOptions?: Parameters<typeof connectRealtime>[1];
  /** Keep edits in IndexedDB (the page does; a script or test without a browser may not). */
  persist?: boolean;
  resyncEveryMs?: number;
  /** Peer rounds have a call unless this is false (a script or test without WebRTC). */
  withCall?: boolean;
};

/**
 * One connection to a session for the page: a socket, the shared document, the interviewer's
 * document when this viewer is the interviewer, and presence. Solo sessions use the same object
 * without presence.
 */
export class RoomConnection {
  readonly shared: DocumentChannel;
  interviewer: DocumentChannel | null = null;
  readonly presence: Presence | null;
  /** Peer rounds only: the chat everyone in the round sees. */
  readonly chat: ChatChannel | null;
  /** Peer rounds only: the voice and video call between the people in the room. */
  readonly call: CallChannel | null;
  private socket: RealtimeClient | null = null;
  private callbacks: RoomCallbacks | null = null;
  private started = false;
  private resyncTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly sessionId: string,
    private readonly options: RoomOptions,
  ) {
    const channelCallbacks = {
      onSaveState: () => this.report(),
      onSnapshot: (snapshot: SessionSnapshot, receivedAt: number) => this.callbacks?.onSnapshot(snapshot, receivedAt),
      onConflict: () => this.callbacks?.onSessionChanged(),
    };
    this.shared = new DocumentChannel(sessionId, "shared", channelCallbacks, { persist: options.persist ?? true });
    this.interviewerCallbacks = { onSaveState: () => this.report(), onConflict: () => this.callbacks?.onSessionChanged() };
    this.presence = options.withPresence ? new Presence(this.shared.doc, sessionId, { id: options.viewerId }) : null;
    this.chat = options.withPresence ? new ChatChannel(sessionId, options.url) : null;
    this.call = options.withPresence && options.withCall !== false ? new CallChannel(sessionId) : null;
  }

  private interviewerCallbacks: ConstructorParameters<typeof DocumentChannel>[2];

  get connected(): boolean {
    return Boolean(this.socket?.connected);
  }

  async start(callbacks: RoomCallbacks): Promise<void> {
    this.callbacks = callbacks;
    this.started = true;
    await this.shared.open();
    if (!this.started) return;
    const socket = connectRealtime(this.options.url, this.options.socketOptions);
    this.socket = socket;
    socket.on("connect", () => {
      callbacks.onConnectionChange?.(true);
      void this.joinAll(socket);
    });
    socket.on("disconnect", (reason) => {
      this.shared.disconnected();
      this.interviewer?.disconnected();
      callbacks.onConnectionChange?.(false);
      this.report();
      // socket.io does not reconnect after a server-side disconnect; an instance shutting down
      // (of an older version, or mid-handshake) may send one. Come back after a moment anyway:
      // if the server meant it, the handshake is refused and the page says so.
      if (reason === "io server disconnect") {
        setTimeout(() => this.started && this.socket === socket && !socket.connected && socket.connect(), 1000 + Math.random() * 2000);
      }
    });
    socket.on("connect_error", () => this.report());
    socket.on("doc:update", ({ sessionId, channel, update }) => {
      if (sessionId !== this.sessionId) return;
      const target = channel === "interviewer" ? this.interviewer : channel === "shared" ? this.shared : null;
      target?.applyRemote(new Uint8Array(update));
    });
    socket.on("session:changed", ({ sessionId }) => {
      if (sessionId === this.sessionId) callbacks.onSessionChanged();
    });
    socket.on("notice", ({ message }) => callbacks.onNotice?.(message));
    socket.on("doc:resync", () => void this.resyncAll());
    this.scheduleResync();
    this.presence?.attach(socket);
    this.chat?.attach(socket);
    this.call?.attach(socket);
    // The browser knows about a lost network before any socket timeout does.
    if (typeof window !== "undefined") {
      window.addEventListener("offline", this.onOffline);
      window.addEventListener("online", this.onOnline);
    }
    this.report();
  }

  stop(): void {
    this.started = false;
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.resyncTimer = null;
    if (typeof window !== "undefined") {
      window.removeEventListener("offline", this.onOffline);
      window.removeEventListener("online", this.onOnline);
    }
    this.presence?.detach();
    this.chat?.detach();
    this.call?.detach();
    this.socket?.disconnect();
    this.socket = null;
    this.shared.close();
    this.interviewer?.close();
    this.interviewer = null;
  }

  /**
   * Opens or closes the interviewer's document as this viewer's role allows (the server refuses
   * anyone else, and drops the channel the moment the role changes).
   */
  async setInterviewerChannel(enabled: boolean): Promise<DocumentChannel | null> {
    if (!enabled) {
      this.interviewer?.close();
      this.interviewer = null;
      return null;
    }
    if (this.interviewer) return this.interviewer;
    const channel = new DocumentChannel(this.sessionId, "interviewer", this.interviewerCallbacks, { persist: this.options.persist ?? true });
    this.interviewer = channel;
    await channel.open();
    if (this.socket?.connected && this.interviewer === channel) await channel.join(this.socket);
    return channel;
  }

  /** Every edit acknowledged, or false when time ran out. */
  async settle(timeoutMs = 5000): Promise<boolean> {
    const results = await Promise.all([this.shared.settle(timeoutMs), this.interviewer?.settle(timeoutMs) ?? true]);
    return results.every(Boolean);
  }

  get hasUnsavedChanges(): boolean {
    return this.shared.state !== "saved" || (this.interviewer !== null && this.interviewer.state !== "saved");
  }

  private async joinAll(socket: RealtimeClient): Promise<void> {
    await this.shared.join(socket);
    // Once in the round's socket room, so a message stored meanwhile arrives one way or the other.
    void this.chat?.catchUp();
    if (this.interviewer) await this.interviewer.join(socket);
    this.presence?.announce();
  }

  private async resyncAll(): Promise<void> {
    await Promise.all([this.shared.resync(), this.interviewer?.resync(), this.chat?.catchUp()]);
  }

  /** Every 30 s or so, jittered so a room's tabs (and a restarted instance's clients) spread out. */
  private scheduleResync(): void {
    this.resyncTimer = setTimeout(
      () => {
        if (!this.started) return;
        void this.resyncAll().finally(() => this.started && this.scheduleResync());
      },
      (this.options.resyncEveryMs ?? RESYNC_EVERY_MS) * (0.8 + Math.random() * 0.4),
    );
  }

  private onOffline = () => {
    this.socket?.disconnect();
    this.report();
  };

  private onOnline = () => {
    if (this.socket && !this.socket.connected) this.socket.connect();
  };

  private report(): void {
    if (!this.callbacks || !this.started) return;
    const channels = [this.shared, ...(this.interviewer ? [this.interviewer] : [])];
    const failed = channels.find((channel) => channel.state === "error");
    if (failed) return this.callbacks.onSaveState("error", failed.failure ?? undefined);
    const order: SaveState[] = ["offline", "saving", "saved"];
    const worst = channels.map((channel) => channel.state).sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]!;
    this.callbacks.onSaveState(worst);
  }
}
