"use client";

import { connectRealtime, type RealtimeClient } from "@/lib/realtime/client";
import { DocumentChannel, type SaveState } from "./document-channel";

/**
 * The review page's connection to a finished session's redraw board: one socket and the
 * "redraw" document, kept in IndexedDB first and acknowledged by the server like the room's
 * documents (see DocumentChannel). The session's own documents are not opened.
 */
export class RedrawConnection {
  readonly channel: DocumentChannel;
  private socket: RealtimeClient | null = null;
  private started = false;
  /** Whether the first sync with the server has completed since the page opened. */
  synced = false;

  constructor(
    private readonly sessionId: string,
    private readonly onChange: () => void,
    private readonly options: { url?: string; socketOptions?: Parameters<typeof connectRealtime>[1]; persist?: boolean } = {},
  ) {
    this.channel = new DocumentChannel(sessionId, "redraw", { onSaveState: onChange, onConflict: onChange }, { persist: options.persist ?? true });
  }

  get state(): SaveState {
    return this.channel.state;
  }

  async start(): Promise<void> {
    this.started = true;
    await this.channel.open();
    if (!this.started) return;
    const socket = connectRealtime(this.options.url, this.options.socketOptions);
    this.socket = socket;
    socket.on("connect", () => {
      void this.channel.join(socket).then(() => {
        if (this.socket !== socket) return;
        this.synced ||= this.channel.state !== "offline" || this.channel.failure !== null;
        this.onChange();
      });
    });
    socket.on("disconnect", () => {
      this.channel.disconnected();
      this.onChange();
    });
    // Another tab of the same board joined, or the server's subscriber came back: catch up now.
    socket.on("doc:resync", () => void this.channel.resync());
    socket.on("doc:update", ({ sessionId, channel, update }) => {
      if (sessionId === this.sessionId && channel === "redraw") this.channel.applyRemote(new Uint8Array(update));
    });
    this.onChange();
  }

  stop(): void {
    this.started = false;
    this.socket?.disconnect();
    this.socket = null;
    this.channel.close();
  }
}
