// The browser bundle's `@codemirror/lang-html` (see next.config.mjs): @codemirror/lang-markdown
// imports it at its top level, but the notes editor passes its own HTML-free language
// (lib/notes/markdown-language.ts), so nothing of the real grammar is ever used in the room.
// What lang-markdown calls while loading is answered with nothing.

const none = { language: { parser: undefined }, support: [] };

export const html = () => none;
export const htmlCompletionSource = () => null;
