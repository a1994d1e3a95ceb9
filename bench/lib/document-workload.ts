// The Yjs updates a practice session's browser tabs send, generated without a browser: typing
// into the current phase's notes (one update per keystroke, some backspaces, the cursor now and
// then moved), and dragging whiteboard boxes (Excalidraw writes the whole element again on every
// throttled move, with a higher version). A reload starts a new Yjs client every few thousand
// updates, as a real session's tabs do. Deterministic for a given seed.
import * as Y from "yjs";
import { PHASES } from "../../lib/questions/phases";
import { notesTextName } from "../../lib/sessions/document/shape";
import { applyLocalElements, getWhiteboardMap, type WhiteboardElement } from "../../lib/whiteboard/scene-sync";

/** Chance that an update starts a drag (of 6 to 17 moves): about a third of all updates are board moves. */
const DRAG_START = 0.045;
const RELOAD_EVERY = 5_000;
const LETTERS = "etaoin shrdlu cmfwyp vbgkqj xz, etaoin shrdlu.";

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

function element(id: string, x: number, y: number, version: number, nonce: number, updated: number): WhiteboardElement {
  return {
    id, type: "rectangle", x, y, width: 160, height: 80, angle: 0, strokeColor: "#1e1e1e", backgroundColor: "transparent",
    fillStyle: "solid", strokeWidth: 2, strokeStyle: "solid", roughness: 1, opacity: 100, groupIds: [], frameId: null,
    roundness: { type: 3 }, seed: nonce % 100_000, version, versionNonce: nonce, isDeleted: false, boundElements: null,
    updated, link: null, locked: false, index: `a${id.slice(4)}`,
  };
}

/** `count` updates in the order a session's tabs would have sent them, and the document they build. */
export function generateSessionUpdates(count: number, seed = 1): { updates: Uint8Array[]; doc: Y.Doc } {
  const rand = random(seed);
  const updates: Uint8Array[] = [];
  let doc = new Y.Doc();
  const capture = (change: () => void) => {
    let update: Uint8Array | undefined;
    const listener = (u: Uint8Array) => (update = u);
    doc.on("update", listener);
    change();
    doc.off("update", listener);
    if (update) updates.push(update);
  };
  let cursor = 0;
  let drag: { id: string; left: number } | null = null;
  let boxes = 0;
  for (let i = 0; updates.length < count; i++) {
    if (i > 0 && i % RELOAD_EVERY === 0) {
      const reloaded = new Y.Doc(); // a new tab: a new client id, the state from the server
      Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      doc = reloaded;
    }
    const phase = PHASES[Math.min(PHASES.length - 1, Math.floor((updates.length / count) * PHASES.length))]!.key;
    if (drag || rand() < DRAG_START) {
      // A drag: a dozen or so throttled moves of one box (sometimes a new one).
      drag ??= { id: `box-${boxes < 3 || rand() < 0.15 ? boxes++ : Math.floor(rand() * boxes)}`, left: 6 + Math.floor(rand() * 12) };
      const board = getWhiteboardMap(doc);
      const stored = board.get(drag.id);
      const next = element(drag.id, ((stored?.x as number) ?? 40) + Math.round(rand() * 20 - 8), ((stored?.y as number) ?? 40) + Math.round(rand() * 20 - 8), (stored?.version ?? 0) + 1, Math.floor(rand() * 2 ** 31), 1_700_000_000_000 + i);
      capture(() => applyLocalElements(board, [next], "local"));
      if (--drag.left === 0) drag = null;
      continue;
    }
    const text = doc.getText(notesTextName(phase));
    if (cursor > text.length || rand() < 0.02) cursor = Math.floor(rand() * (text.length + 1));
    if (cursor > 0 && rand() < 0.15) {
      capture(() => text.delete(cursor - 1, 1));
      cursor--;
    } else {
      capture(() => text.insert(cursor, LETTERS[Math.floor(rand() * LETTERS.length)]!));
      cursor++;
    }
  }
  return { updates, doc };
}
