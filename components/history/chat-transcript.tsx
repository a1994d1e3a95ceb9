import { ChatText } from "@/components/rooms/chat-text";
import { formatOffset } from "@/lib/history/format";
import type { ChatMessage } from "@/lib/sessions/chat/schemas";

/** A round's chat as a transcript: who wrote what, and how far into the session. */
export function ChatTranscript({ messages, startedAt, testId }: { messages: ChatMessage[]; startedAt: number; testId?: string }) {
  if (!messages.length) return <p className="text-sm text-slate-600">No messages.</p>;
  return (
    <ol className="space-y-2" data-testid={testId}>
      {messages.map((message) => (
        <li key={message.seq} className="break-words text-sm">
          {/* Written in the lobby, before the clock started: an offset of 00:00 would place it at the start. */}
          <span className="font-mono text-xs text-slate-600 tabular-nums">{message.sentAt < startedAt ? "lobby" : formatOffset(message.sentAt - startedAt)}</span>{" "}
          <span className="font-semibold text-slate-800">{message.name}</span>: <span className="whitespace-pre-wrap text-slate-900"><ChatText text={message.body} /></span>
        </li>
      ))}
    </ol>
  );
}
