import { defaultKeymap, history, historyKeymap, insertNewline } from "@codemirror/commands";
import { Compartment, EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import { yCollab } from "y-codemirror.next";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { clearBareMarker, collapseDoubledMarker, continueListOnEnter, endListOnEnter } from "./list-editing";
import { notesMarkdown } from "./markdown-language";

// CodeMirror for the notes, in a module of its own: components/practice/notes-editor.tsx loads
// it once the room is on screen, so the room's first script (and its hydration) carries none of it.

const theme = EditorView.theme({
  "&": { fontSize: "14px", minHeight: "16rem" },
  ".cm-content": { fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", padding: "12px 4px" },
  ".cm-scroller": { minHeight: "16rem" },
  "&.cm-focused": { outline: "none" },
  // CodeMirror's default grey is 3.5:1 on white; slate-500 passes WCAG AA (4.8:1).
  ".cm-placeholder": { color: "#64748b" },
});

export type NotesEditorOptions = {
  parent: HTMLElement;
  text: Y.Text;
  awareness: Awareness | null;
  readOnly: boolean;
  label: string;
  hint: string;
  focus: boolean;
};

export type NotesEditorHandle = { setReadOnly: (readOnly: boolean) => void; destroy: () => void };

const editability = (readOnly: boolean) => [EditorView.editable.of(!readOnly), EditorState.readOnly.of(readOnly)];

/** Markdown notes bound to a Yjs text: every keystroke is a CRDT edit, so tabs and devices merge. */
export function createNotesEditor({ parent, text, awareness, readOnly, label, hint, focus }: NotesEditorOptions): NotesEditorHandle {
  const editable = new Compartment();
  const view = new EditorView({
    parent,
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
        editable.of(editability(readOnly)),
        EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true", role: "textbox" }),
      ],
    }),
  });
  if (focus) view.focus();
  return {
    setReadOnly: (next) => view.dispatch({ effects: editable.reconfigure(editability(next)) }),
    destroy: () => view.destroy(),
  };
}
