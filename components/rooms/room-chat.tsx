"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { chatBodyProblem, MAX_CHAT_CHARS } from "@/lib/sessions/chat/limits";
import type { ChatChannel, ChatState } from "@/lib/sessions/client/room-chat";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { ChatText } from "./chat-text";

const NOTHING_YET: ChatState = { messages: [], loaded: false, loadError: null };
const time = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

/** Why this viewer cannot write, when they cannot. */
function readOnlyReason(snapshot: SessionSnapshot): string {
  if (snapshot.status === "finished" || snapshot.status === "abandoned") return "This round is over; its chat is read-only.";
  if (snapshot.role === "observer") return "You can read the chat. The interviewer decides whether observers may write in it.";
  return "You cannot write in this chat.";
}

/**
 * The chat of a peer round, beside the notes: links and short remarks that everyone in the room
 * sees. Enter sends, Shift+Enter starts a new line; a message shows once the server stored it.
 */
export function RoomChat({
  chat,
  snapshot,
  onAllowObservers,
}: {
  chat: ChatChannel;
  snapshot: SessionSnapshot;
  onAllowObservers: (allowed: boolean) => Promise<string | null>;
}) {
  const id = useId();
  const { messages, loaded, loadError } = useSyncExternalStore(chat.subscribe, chat.getState, () => NOTHING_YET);
  const [draft, setDraft] = useState("");
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [settingBusy, setSettingBusy] = useState(false);
  const log = useRef<HTMLDivElement>(null);
  const names = new Map(snapshot.room?.participants.map((person) => [person.userId, person.name]));
  const canWrite = snapshot.can.writeChat;
  const length = [...draft.trim()].length;

  useEffect(() => {
    const list = log.current;
    if (list) list.scrollTop = list.scrollHeight; // the newest message in view
  }, [messages.length]);

  const send = async () => {
    if (sending) return;
    const problem = chatBodyProblem(draft);
    if (problem) return setError(problem);
    setSending(true);
    setError(null);
    const result = await chat.send(draft);
    setSending(false);
    if (result.ok) setDraft("");
    else setError(result.message);
  };

  // The box shows the new choice at once while it is saved; a refusal puts the stored one back.
  const [choosing, setChoosing] = useState<boolean | null>(null);
  const toggleObservers = async (allowed: boolean) => {
    setSettingBusy(true);
    setChoosing(allowed);
    const refusal = await onAllowObservers(allowed);
    setSettingBusy(false);
    setChoosing(null);
    if (refusal) setError(refusal);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2" data-testid="room-chat">
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
        Chat
      </h2>
      <p className="text-xs text-slate-600">Everyone in the room sees this chat. Private remarks go in your private notes.</p>
      <div
        ref={log}
        role="log"
        aria-label="Chat messages"
        tabIndex={0}
        className="max-h-64 min-h-12 overflow-y-auto rounded-lg bg-slate-50 p-2 text-sm ring-1 ring-inset ring-slate-200 focus-visible:outline-2 focus-visible:outline-indigo-600"
        data-testid="chat-messages"
      >
        <ol className="space-y-2">
          {messages.length === 0 ? (
            <li className="text-xs text-slate-500">{loadError ?? (loaded ? "No messages yet. Links and short remarks go here." : "Loading the chat…")}</li>
          ) : (
            messages.map((message) => (
              <li key={message.seq} className="break-words" data-testid="chat-message">
                <p className="text-xs text-slate-600">
                  <span className="font-semibold text-slate-800">{names.get(message.userId) ?? message.name}</span>
                  {message.userId === snapshot.viewerId ? " (you)" : ""} · <time dateTime={new Date(message.sentAt).toISOString()}>{time(message.sentAt)}</time>
                </p>
                <p className="whitespace-pre-wrap text-slate-900">
                  <ChatText text={message.body} />
                </p>
              </li>
            ))
          )}
        </ol>
      </div>
      {canWrite ? (
        <form
          className="space-y-1"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <label htmlFor={`${id}-input`} className="block text-xs font-medium text-slate-700">
            Message
          </label>
          <textarea
            id={`${id}-input`}
            rows={2}
            value={draft}
            aria-describedby={`${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              if (error) setError(null);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
                event.preventDefault();
                void send();
              }
            }}
            className={`${inputStyles} resize-y`}
            data-testid="chat-input"
          />
          <div className="flex items-center justify-between gap-2">
            <p id={`${id}-hint`} className={`text-xs ${length > MAX_CHAT_CHARS ? "font-medium text-rose-700" : "text-slate-600"}`}>
              Enter sends, Shift+Enter adds a line. {length > MAX_CHAT_CHARS * 0.8 ? `${length.toLocaleString("en")} / ${MAX_CHAT_CHARS.toLocaleString("en")}` : ""}
            </p>
            <button type="submit" className={`${buttonStyles.secondary} px-3 py-1`} disabled={sending}>
              {sending ? "Sending…" : "Send"}
            </button>
          </div>
        </form>
      ) : (
        <p className="text-xs text-slate-600" data-testid="chat-read-only">
          {readOnlyReason(snapshot)}
        </p>
      )}
      {error ? (
        <p role="alert" className="text-xs font-medium text-rose-700" data-testid="chat-error">
          {error}
        </p>
      ) : null}
      {snapshot.can.allowObserverChat ? (
        <label className="flex items-center gap-2 text-xs text-slate-700">
          <input type="checkbox" checked={choosing ?? snapshot.room?.observersMayChat ?? false} disabled={settingBusy} onChange={(event) => void toggleObservers(event.target.checked)} />
          Let observers write in the chat
        </label>
      ) : null}
    </section>
  );
}
