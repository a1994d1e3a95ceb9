"use client";

import { apiRequest } from "@/lib/http/client-request";
import { request, type RealtimeClient } from "@/lib/realtime/client";
import type { ChatHistory, ChatMessage } from "../chat/schemas";

export type ChatState = { messages: ChatMessage[]; loaded: boolean; loadError: string | null };
export type SendResult = { ok: true } | { ok: false; message: string };

const OFFLINE = "Not connected, so the message was not sent. It is still in the box: send it again once the page is back online.";
/** How long a message waits for the connection before it is refused as offline. */
const CONNECT_WAIT_MS = 5000;
const NO_ANSWER = "The server did not confirm the message, so it may not have been sent. Send it again.";

/**
 * A peer round's chat for the page: messages arrive live over the socket ("chat:message"); after
 * each (re)join, with the periodic resync, and on a gap in the numbering, the missing ones are
 * fetched from the history route. Messages are kept once each, in their stored order (seq).
 */
export class ChatChannel {
  private state: ChatState = { messages: [], loaded: false, loadError: null };
  private readonly listeners = new Set<() => void>();
  private socket: RealtimeClient | null = null;
  private fetching: Promise<void> | null = null;
  private fetchAgain = false;

  /** `origin`: where the app is served, when not this page's own (a script or test). */
  constructor(
    private readonly sessionId: string,
    private readonly origin = "",
  ) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getState = () => this.state;

  attach(socket: RealtimeClient): void {
    this.socket = socket;
    socket.on("chat:message", this.onMessage);
  }

  detach(): void {
    this.socket?.off("chat:message", this.onMessage);
    this.socket = null;
  }

  /** Sends one message; resolves once the server has stored it, or with why it did not. */
  async send(body: string): Promise<SendResult> {
    const socket = await this.connectedSocket();
    if (!socket) return { ok: false, message: OFFLINE };
    try {
      const ack = await request(socket, "chat:send", { sessionId: this.sessionId, body });
      if (!ack.ok) return { ok: false, message: ack.error.message };
      this.merge([ack.data.message]);
      return { ok: true };
    } catch {
      return { ok: false, message: NO_ANSWER };
    }
  }

  /** The socket once it is connected: a message typed while the page is still connecting (or reconnecting) waits a little for it. */
  private async connectedSocket(): Promise<RealtimeClient | null> {
    const deadline = Date.now() + CONNECT_WAIT_MS;
    while (!this.socket?.connected) {
      if (Date.now() >= deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.socket;
  }

  /** Fetches whatever came after the newest message held (everything, the first time). */
  catchUp(): Promise<void> {
    if (this.fetching) {
      this.fetchAgain = true;
      return this.fetching;
    }
    this.fetching = (async () => {
      do {
        this.fetchAgain = false;
        const after = this.state.messages.at(-1)?.seq ?? 0;
        const result = await apiRequest<ChatHistory>(`${this.origin}/api/practice/${this.sessionId}/chat?after=${after}`);
        if (result.ok) {
          this.merge(result.data.messages, { loaded: true, loadError: null });
        } else if (!this.state.loaded) {
          this.set({ ...this.state, loadError: `The chat could not be loaded: ${result.message}` });
        }
      } while (this.fetchAgain);
    })().finally(() => (this.fetching = null));
    return this.fetching;
  }

  private onMessage = ({ sessionId, message }: { sessionId: string; message: ChatMessage }) => {
    if (sessionId !== this.sessionId) return;
    const newest = this.state.messages.at(-1)?.seq ?? 0;
    this.merge([message]);
    // A broadcast was lost on the way (a Redis hiccup): the history has it.
    if (this.state.loaded && message.seq > newest + 1) void this.catchUp();
  };

  private merge(incoming: ChatMessage[], patch: Partial<ChatState> = {}): void {
    const known = new Set(this.state.messages.map((message) => message.seq));
    const fresh = incoming.filter((message) => !known.has(message.seq));
    if (!fresh.length && !Object.keys(patch).length) return;
    const messages = fresh.length ? [...this.state.messages, ...fresh].sort((a, b) => a.seq - b.seq) : this.state.messages;
    this.set({ ...this.state, ...patch, messages });
  }

  private set(next: ChatState): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
