import { commonmarkLanguage, markdown } from "@codemirror/lang-markdown";
import type { LanguageSupport } from "@codemirror/language";

// The notes editor's Markdown: strict CommonMark with no HTML language inside it. Notes are
// previewed with raw HTML skipped (components/markdown.tsx), so the HTML grammar, its tag
// completion and its close-tag insertion (with the CSS and JavaScript grammars it pulls in,
// about 70 KB gzipped) would only be weight in the room's script. `List<Item>` stays as typed.
// next.config.mjs points the browser bundle's `@codemirror/lang-html`, which lang-markdown
// still imports, at lib/notes/lang-html-stub.ts.

/** Stands in for the HTML language: no support extensions and no parser for HTML blocks or tags. */
const noHtml = { language: { parser: undefined }, support: [] } as unknown as LanguageSupport;

/** Markdown support for the notes editor (its keymap is lib/notes/list-editing.ts's). */
export function notesMarkdown(): LanguageSupport {
  return markdown({ base: commonmarkLanguage, addKeymap: false, completeHTMLTags: false, htmlTagLanguage: noHtml });
}
