import type { SaveState } from "@/lib/sessions/client/room-connection";

const LOOK: Record<SaveState, { text: string; dot: string }> = {
  saved: { text: "Saved", dot: "bg-emerald-500" },
  saving: { text: "Saving…", dot: "bg-amber-400 animate-pulse" },
  offline: { text: "Offline, will sync", dot: "bg-slate-400" },
  error: { text: "Not saved", dot: "bg-rose-500" },
};

export function SaveIndicator({ state, message }: { state: SaveState; message?: string }) {
  const look = LOOK[state];
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-2 text-sm text-slate-600" data-testid="save-state" data-state={state} title={message}>
      <span aria-hidden className={`h-2.5 w-2.5 rounded-full ${look.dot}`} />
      {look.text}
      {/* Why, where it can be read: a refused or failed save says what happens to the change. */}
      {state === "error" && message ? <span className="max-w-md truncate text-rose-700">: {message}</span> : null}
    </p>
  );
}
