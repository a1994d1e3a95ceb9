"use client";

import { useId, useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { checkMeetingUrl } from "@/lib/sessions/chat/limits";
import type { SessionSnapshot } from "@/lib/sessions/schemas";

/**
 * "Use another call app": the meeting link shared with the room, shown to everyone as a link;
 * the interviewer and the candidate can paste, replace or clear it.
 */
export function MeetingLink({ snapshot, onSave }: { snapshot: SessionSnapshot; onSave: (url: string | null) => Promise<string | null> }) {
  const id = useId();
  const url = snapshot.room?.meetingUrl ?? null;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canSet = snapshot.can.setMeetingLink;
  if (!url && !canSet) return null;

  const save = async (next: string | null) => {
    if (next !== null) {
      const checked = checkMeetingUrl(next);
      if (checked.problem !== null) return setError(`The meeting link ${checked.problem}.`);
      next = checked.url;
    }
    setBusy(true);
    setError(null);
    const refusal = await onSave(next);
    setBusy(false);
    if (refusal) return setError(refusal);
    setEditing(false);
    setDraft("");
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2" data-testid="meeting-link">
      <h2 id={`${id}-title`} className="text-sm font-semibold text-slate-800">
        Use another call app
      </h2>
      {url ? (
        <p className="text-sm">
          <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all font-medium text-indigo-700 underline hover:text-indigo-900" data-testid="meeting-link-url">
            {url}
          </a>
        </p>
      ) : (
        <p className="text-xs text-slate-600">Talking on Meet, Zoom or Jitsi? Paste the meeting link here and everyone in the room sees it.</p>
      )}
      {canSet && (editing || !url) ? (
        <form
          className="space-y-1"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save(draft);
          }}
        >
          <label htmlFor={`${id}-input`} className="block text-xs font-medium text-slate-700">
            Meeting link (another call app)
          </label>
          <div className="flex gap-2">
            <input
              id={`${id}-input`}
              type="text"
              inputMode="url"
              autoComplete="off"
              placeholder="https://"
              value={draft}
              aria-invalid={error ? true : undefined}
              onChange={(event) => setDraft(event.target.value)}
              className={`${inputStyles} min-w-0 text-xs`}
            />
            <button type="submit" className={`${buttonStyles.secondary} shrink-0 px-3 py-1`} disabled={busy}>
              {busy ? "Sharing…" : "Share"}
            </button>
          </div>
        </form>
      ) : null}
      {canSet && url ? (
        <div className="flex flex-wrap gap-1">
          {editing ? null : (
            <button type="button" className={buttonStyles.ghost} onClick={() => setEditing(true)}>
              Replace the link
            </button>
          )}
          <button type="button" className={buttonStyles.ghost} disabled={busy} onClick={() => void save(null)}>
            Clear the link
          </button>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-xs font-medium text-rose-700" data-testid="meeting-link-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
