"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import type { NotesEditorHandle } from "@/lib/notes/create-notes-editor";

// CodeMirror is fetched and set up once the room is on screen (hydrated), so the room's
// first script and its hydration carry none of it (the box keeps the editor's height meanwhile).
const loadEditor = () => import("@/lib/notes/create-notes-editor");

// The Markdown renderer is fetched when a preview is first asked for, not with the room.
const Markdown = dynamic(() => import("@/components/markdown").then((mod) => mod.Markdown), {
  loading: () => <p className="text-sm text-slate-500">Loading the preview…</p>,
});

type Props = {
  text: Y.Text;
  readOnly: boolean;
  label: string;
  hint: string;
  awareness?: Awareness | null;
  /** Put the keyboard focus in the editor when it appears (a phase change or a load). */
  focusOnMount?: boolean;
};

/** Markdown notes bound to a Yjs text: every keystroke is a CRDT edit, so tabs and devices merge. */
export function NotesEditor({ text, readOnly, label, hint, awareness = null, focusOnMount = false }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<NotesEditorHandle | null>(null);
  // The editor may appear after a read-only change: it starts from the latest value.
  const readOnlyNow = useRef(readOnly);
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState("");

  useEffect(() => {
    let current = true;
    void loadEditor().then(({ createNotesEditor }) => {
      if (!current || !host.current) return;
      editor.current = createNotesEditor({ parent: host.current, text, awareness, readOnly: readOnlyNow.current, label, hint, focus: focusOnMount });
    });
    return () => {
      current = false;
      editor.current?.destroy();
      editor.current = null;
    };
    // The editor is rebuilt only for another text; read-only changes are reconfigured below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  useEffect(() => {
    readOnlyNow.current = readOnly;
    editor.current?.setReadOnly(readOnly);
  }, [readOnly]);

  return (
    <div className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200 has-[.cm-focused]:ring-2 has-[.cm-focused]:ring-indigo-500">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2">
        <span className="text-sm font-medium text-slate-700">{label}</span>
        <div role="tablist" aria-label="Notes view" className="flex gap-1 text-sm">
          {(["write", "preview"] as const).map((option) => (
            <button
              key={option}
              role="tab"
              type="button"
              aria-selected={mode === option}
              onClick={() => {
                if (option === "preview") setPreview(text.toString());
                setMode(option);
              }}
              className={`rounded-md px-2.5 py-1 font-medium ${mode === option ? "bg-indigo-50 text-indigo-700" : "text-slate-600 hover:bg-slate-100"}`}
            >
              {option === "write" ? "Write" : "Preview"}
            </button>
          ))}
        </div>
      </div>
      <div ref={host} hidden={mode !== "write"} className="min-h-64 px-2" data-testid="notes-editor" />
      {mode === "preview" ? (
        <div className="min-h-64 p-4" data-testid="notes-preview">
          {preview.trim() ? <Markdown>{preview}</Markdown> : <p className="text-sm text-slate-500">Nothing written yet.</p>}
        </div>
      ) : null}
    </div>
  );
}
