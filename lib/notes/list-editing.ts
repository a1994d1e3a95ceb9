import { insertNewlineContinueMarkupCommand } from "@codemirror/lang-markdown";
import { EditorSelection, type EditorState, type StateCommand, type TransactionSpec } from "@codemirror/state";

// How the notes editor treats Markdown lists, so that notes stay the Markdown their author meant:
// Enter continues a list with the same marker, a user who types their own "- " after it gets
// one marker and not "- - " (a nested list that grew deeper with every line), and Backspace on a
// bare marker removes it, so the next line ("## Heading") starts outside the list instead of
// indented into the last item.

const MARKER = String.raw`(?:[-*+]|\d{1,9}[.)])`;
const BARE_MARKER_LINE = new RegExp(String.raw`^\s*${MARKER} ?$|^\s+$`);
const TOP_LEVEL_BARE_MARKER = new RegExp(String.raw`^${MARKER} ?$`);
const DOUBLED_MARKER = new RegExp(String.raw`^(\s*)${MARKER} (${MARKER})$`);

const singleCursor = (state: EditorState) => (state.selection.ranges.length === 1 && state.selection.main.empty ? state.selection.main.head : null);

/**
 * Enter on a top-level item with nothing in it ends the list: its marker goes and a blank line
 * follows, because a paragraph straight after an item would still belong to it in Markdown.
 * (Enter on an empty nested item moves it out one level, as continueListOnEnter does.)
 */
export const endListOnEnter: StateCommand = ({ state, dispatch }) => {
  const head = singleCursor(state);
  if (head === null) return false;
  const line = state.doc.lineAt(head);
  if (head !== line.to || !TOP_LEVEL_BARE_MARKER.test(line.text) || line.number === 1) return false;
  dispatch(state.update({ changes: { from: line.from, to: line.to, insert: "\n" }, selection: EditorSelection.cursor(line.from + 1), userEvent: "input" }));
  return true;
};

/** Enter: the list's marker on the new line (never a blank line that loosens the list). */
export const continueListOnEnter: StateCommand = insertNewlineContinueMarkupCommand({ nonTightLists: false });

/** Backspace at the end of a line that holds only a list marker (or only indentation): clear it. */
export const clearBareMarker: StateCommand = ({ state, dispatch }) => {
  const head = singleCursor(state);
  if (head === null) return false;
  const line = state.doc.lineAt(head);
  if (head !== line.to || line.length === 0 || !BARE_MARKER_LINE.test(line.text)) return false;
  dispatch(state.update({ changes: { from: line.from, to: line.to }, selection: EditorSelection.cursor(line.from), userEvent: "delete.backward" }));
  return true;
};

/**
 * The change for typing `text` at the cursor when it would double a list marker: "- " then the
 * user's own "- " becomes one "- ". Null when typing should go ahead as it is.
 */
export function collapseDoubledMarker(state: EditorState, from: number, to: number, text: string): TransactionSpec | null {
  if (text !== " " || from !== to) return null;
  const line = state.doc.lineAt(from);
  if (from !== line.to) return null;
  const doubled = DOUBLED_MARKER.exec(line.text);
  if (!doubled) return null;
  const replacement = `${doubled[1]}${doubled[2]} `;
  return { changes: { from: line.from, to: line.to, insert: replacement }, selection: EditorSelection.cursor(line.from + replacement.length), userEvent: "input.type" };
}
