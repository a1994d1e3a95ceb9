import type { PrivateNote } from "@/lib/sessions/document/shape";
import { phaseTitle } from "@/lib/questions/phases";

/** The interviewer's private notes as written, each with its phase and minute (read-only). */
export function PrivateNotesList({ notes, testId }: { notes: PrivateNote[]; testId?: string }) {
  return (
    <ol className="space-y-2 text-sm" data-testid={testId}>
      {notes.map((note) => (
        <li key={note.id} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <span className="text-xs font-medium text-slate-500">
            {phaseTitle(note.phase)} · minute {note.minute}
          </span>
          <p className="mt-1 whitespace-pre-wrap">{note.text}</p>
        </li>
      ))}
    </ol>
  );
}
