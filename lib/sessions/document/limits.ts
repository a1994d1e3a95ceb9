/** One document update (a batch of edits) may be at most 1 MB. */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** A session's whole document (all stored updates) may be at most 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** Top-level Yjs names: one text per phase for notes, one map for the whiteboard scene. */
export const notesTextName = (phase: string) => `notes:${phase}`;
export const WHITEBOARD_MAP_NAME = "whiteboard";
