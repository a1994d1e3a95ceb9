"use client";

import { defaultKeymap, history, historyKeymap, insertNewline } from "@codemirror/commands";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { yCollab } from "y-codemirror.next";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { clearBareMarker, collapseDoubledMarker, continueListOnEnter, endListOnEnter } from "@/lib/notes/list-editing";
import { notesMarkdown } from "@/lib/notes/markdown-language";

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

const theme = EditorView.theme({
  "&": { fontSize: "14px", minHeight: "16rem" },
  ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", padding: "12px 4px" },
  ".cm-scroller": { minHeight: "16rem" },
  "&.cm-focused": { outline: "none" },
  // CodeMirror's default grey is 3.5:1 on white; slate-500 passes WCAG AA (4.8:1).
  ".cm-placeholder": { color: "#64748b" },
});

/** Markdown notes bound to a Yjs text: every keystroke is a CRDT edit, so tabs and devices merge. */
export function NotesEditor({ text, readOnly, label, hint, awareness = null, focusOnMount = false }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const editable = useRef(new Compartment());
  const [mode, setMode] = useState<"write" | "preview">("write");
  const [preview, setPreview] = useState("");

  useEffect(() => {
    if (!host.current) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: text.toString(),
        extensions: [
          history(),
          // Lists as lib/notes/list-editing.ts explains; a plain Enter never indents into a list item.
          keymap.of([
            { key: "Enter", run: endListOnEnter },
            { key: "Enter", run: continueListOnEnter },
            { key: "Enter", run: insertNewline },
            { key: "Backspace", run: clearBareMarker },
          ]),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          notesMarkdown(),
          EditorView.inputHandler.of((view, from, to, inserted) => {
            const collapsed = collapseDoubledMarker(view.state, from, to, inserted);
            if (collapsed) view.dispatch(collapsed);
            return collapsed !== null;
          }),
          EditorView.lineWrapping,
          placeholder(hint),
          theme,
          yCollab(text, awareness),
          editable.current.of([EditorView.editable.of(!readOnly), EditorState.readOnly.of(readOnly)]),
          EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true", role: "textbox" }),
        ],
      }),
    });
    view.current = editor;
    if (focusOnMount) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
    // The editor is rebuilt only for another text; read-only changes are reconfigured below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);

  useEffect(() => {
    view.current?.dispatch({
      effects: editable.current.reconfigure([EditorView.editable.of(!readOnly), EditorState.readOnly.of(readOnly)]),
    });
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
      <div ref={host} hidden={mode !== "write"} className="px-2" data-testid="notes-editor" />
      {mode === "preview" ? (
        <div className="min-h-64 p-4" data-testid="notes-preview">
          {preview.trim() ? <Markdown>{preview}</Markdown> : <p className="text-sm text-slate-500">Nothing written yet.</p>}
        </div>
      ) : null}
    </div>
  );
}
