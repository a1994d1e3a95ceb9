import type * as Y from "yjs";
import type { PhaseKey } from "@/lib/questions/phases";

// The one home of the documents' shape: every top-level name in a session's Yjs documents.
// A Y.Doc syncs whole, so what the candidate must not see lives in a second document.

/** Shared document: Markdown notes, one text per phase. */
export const notesTextName = (phase: string) => `notes:${phase}`;
/** Shared document: the whiteboard scene, element id -> Excalidraw element JSON. */
export const WHITEBOARD_MAP_NAME = "whiteboard";

/** Shared document: the capacity calculator's inputs as typed, field key -> text. */
export const CALCULATOR_MAP_NAME = "calculator";
export const calculatorInputs = (doc: Y.Doc) => doc.getMap<string>(CALCULATOR_MAP_NAME);

/** Interviewer document: private notes, in the order they were written. */
export const PRIVATE_NOTES_NAME = "privateNotes";
/** Interviewer document: ticked key points, "<phase>:<index>" -> true. */
export const KEY_POINT_TICKS_NAME = "keyPointTicks";
/** Interviewer document: the live rubric, dimension key -> draft level (1..4). */
export const DRAFT_LEVELS_NAME = "draftLevels";

/** One private note: what the interviewer wrote, in which phase and at which minute of the clock. */
export type PrivateNote = { id: string; phase: PhaseKey; minute: number; text: string; at: number };

export const privateNotes = (doc: Y.Doc) => doc.getArray<PrivateNote>(PRIVATE_NOTES_NAME);
export const keyPointTicks = (doc: Y.Doc) => doc.getMap<boolean>(KEY_POINT_TICKS_NAME);
export const draftLevels = (doc: Y.Doc) => doc.getMap<number>(DRAFT_LEVELS_NAME);

export const tickKey = (phase: PhaseKey, index: number) => `${phase}:${index}`;

/** Ticked key point indices per phase, as the grade form takes them. */
export function readTicks(doc: Y.Doc): Partial<Record<PhaseKey, number[]>> {
  const ticks: Partial<Record<PhaseKey, number[]>> = {};
  for (const [key, ticked] of keyPointTicks(doc).entries()) {
    if (!ticked) continue;
    const [phase, index] = key.split(":") as [PhaseKey, string];
    (ticks[phase] ??= []).push(Number(index));
  }
  for (const list of Object.values(ticks)) list.sort((a, b) => a - b);
  return ticks;
}

/** Draft levels that are whole levels from 1 to 4 (anything else in the map is ignored). */
export function readDraftLevels(doc: Y.Doc): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const [key, level] of draftLevels(doc).entries()) if (Number.isInteger(level) && level >= 1 && level <= 4) levels[key] = level;
  return levels;
}
