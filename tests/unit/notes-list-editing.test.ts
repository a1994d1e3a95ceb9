import { EditorSelection, EditorState, type StateCommand } from "@codemirror/state";
import { describe, expect, it } from "vitest";
import { clearBareMarker, collapseDoubledMarker, continueListOnEnter, endListOnEnter } from "@/lib/notes/list-editing";
import { notesMarkdown } from "@/lib/notes/markdown-language";

const at = (doc: string, cursor = doc.length) => EditorState.create({ doc, selection: EditorSelection.cursor(cursor), extensions: [notesMarkdown()] });

function run(command: StateCommand, state: EditorState): EditorState {
  let next = state;
  command({ state, dispatch: (transaction) => (next = transaction.state) });
  return next;
}

/** Typing as the editor does: each character through the doubled-marker rule, else inserted. */
function type(state: EditorState, text: string): EditorState {
  let next = state;
  for (const char of text) {
    if (char === "\n") {
      const ended = run(endListOnEnter, next);
      if (ended !== next) {
        next = ended;
        continue;
      }
      const continued = run(continueListOnEnter, next);
      next = continued !== next ? continued : next.update(next.replaceSelection("\n")).state;
      continue;
    }
    const { from, to } = next.selection.main;
    const spec = collapseDoubledMarker(next, from, to, char);
    next = next.update(spec ?? next.replaceSelection(char)).state;
  }
  return next;
}

describe("Markdown lists in the notes editor", () => {
  it("continues a list on Enter, and a user's own dash does not nest it", () => {
    expect(type(at(""), "- one\ntwo").doc.toString()).toBe("- one\n- two");
    expect(type(at(""), "- one\n- two\n- three").doc.toString()).toBe("- one\n- two\n- three");
    expect(type(at(""), "1. first\n2. second").doc.toString()).toBe("1. first\n2. second");
    expect(type(at(""), "* star\n- dash").doc.toString()).toBe("* star\n- dash");
  });

  it("ends the list on Enter in an empty item, with the blank line Markdown needs before what follows", () => {
    expect(type(at(""), "- one\n\n## Next").doc.toString()).toBe("- one\n\n## Next");
    expect(type(at(""), "- one\n- two\n\nPlain text").doc.toString()).toBe("- one\n- two\n\nPlain text");
    expect(type(at(""), "1. first\n\nAfter").doc.toString()).toBe("1. first\n\nAfter");
  });

  it("Backspace on a bare marker clears the line instead of indenting what comes next into the list", () => {
    let state = type(at(""), "- one\n");
    expect(state.doc.toString()).toBe("- one\n- ");
    state = run(clearBareMarker, state);
    expect(state.doc.toString()).toBe("- one\n");
    state = type(state, "## Heading");
    expect(state.doc.toString()).toBe("- one\n## Heading");
  });

  it("leaves everything else alone", () => {
    expect(collapseDoubledMarker(at("- a - "), 6, 6, " ")).toBeNull();
    expect(collapseDoubledMarker(at("- -"), 3, 3, "x")).toBeNull();
    const item = at("- item");
    expect(run(clearBareMarker, item)).toBe(item);
    const mid = at("- ", 1);
    expect(run(clearBareMarker, mid)).toBe(mid);
  });
});
