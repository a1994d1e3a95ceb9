/** One document update (a batch of edits) may be at most 1 MB. */
export const MAX_UPDATE_BYTES = 1024 * 1024;
/** A session's documents (all stored updates) may be at most 20 MB together. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
/** One awareness (presence) update may be at most this big: a cursor, a pointer and a name. */
export const MAX_AWARENESS_BYTES = 8 * 1024;
