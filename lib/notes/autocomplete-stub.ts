// The browser bundle's `@codemirror/autocomplete` (see next.config.mjs). Only
// @codemirror/lang-markdown imports it, for the HTML tag completion that the notes editor turns
// off (lib/notes/markdown-language.ts: completeHTMLTags: false), and the editor has no
// autocompletion. Add the real package back here before giving the editor completions.

/** Never constructed: lang-markdown builds one only to list HTML tags for completion. */
export class CompletionContext {}
