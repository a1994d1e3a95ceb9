"use client";

import { useId, useState } from "react";
import type * as Y from "yjs";
import { useRoomContext } from "@/components/practice/room-context";
import { useDocVersion } from "@/components/practice/use-doc-version";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { privateNotes } from "@/lib/sessions/document/shape";
import { phaseTitle } from "@/lib/questions/phases";

const MAX_NOTE = 2000;

/** Notes only the interviewer reads, each stamped with the phase and the minute of the clock. */
export function PrivateNotes({ doc, readOnly }: { doc: Y.Doc | null; readOnly: boolean }) {
  useDocVersion(doc);
  const { room, currentPhase } = useRoomContext();
  const [draft, setDraft] = useState("");
  const id = useId();
  if (!doc) return <p className="text-sm text-slate-500">Connecting…</p>;
  const notes = privateNotes(doc);
  const minute = Math.floor(Math.max(0, room.clock.elapsedMs) / 60_000);

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const text = draft.trim().slice(0, MAX_NOTE);
    if (!text) return;
    notes.push([{ id: crypto.randomUUID(), phase: currentPhase, minute: room.clock.started ? minute : 0, text, at: Date.now() }]);
    setDraft("");
  };

  return (
    <div className="space-y-3">
      {!readOnly ? (
        <form onSubmit={add} className="space-y-2">
          <label htmlFor={id} className="block text-sm font-medium text-slate-700">
            Private note
          </label>
          <textarea
            id={id}
            rows={3}
            maxLength={MAX_NOTE}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) add(event);
            }}
            className={inputStyles}
            placeholder="What you noticed: a strong point, a gap, a hint you gave…"
          />
          <button type="submit" className={buttonStyles.secondary} disabled={!draft.trim()}>
            Add note
          </button>
          <span className="ml-2 text-xs text-slate-500">Stamped {room.clock.started ? `${phaseTitle(currentPhase)}, minute ${minute}` : "before the start"}</span>
        </form>
      ) : null}
      {notes.length === 0 ? (
        <p className="text-sm text-slate-500">No private notes yet.</p>
      ) : (
        <ol className="space-y-2" aria-label="Private notes">
          {notes.toArray().map((note, index) => (
            <li key={note.id} className="rounded-lg bg-slate-50 p-2.5 text-sm">
              <p className="flex items-center justify-between gap-2 text-xs font-medium text-slate-500">
                <span>
                  {phaseTitle(note.phase)} · minute {note.minute}
                </span>
                {!readOnly ? (
                  <button type="button" className="text-slate-500 hover:text-rose-700" onClick={() => notes.delete(index, 1)} aria-label={`Delete the note from minute ${note.minute}`}>
                    Delete
                  </button>
                ) : null}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-slate-800">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
