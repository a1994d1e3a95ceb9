import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const REAL_CONTENT = path.resolve(__dirname, "../../content");

/** A throwaway copy of two real questions, to edit freely in a test. */
export function contentFixture(slugs = ["url-shortener", "rate-limiter"]): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sdp-content-"));
  for (const slug of slugs) {
    cpSync(path.join(REAL_CONTENT, "questions", `${slug}.md`), path.join(dir, "questions", `${slug}.md`), { recursive: true });
  }
  return dir;
}

export function editQuestion(dir: string, slug: string, edit: (source: string) => string): void {
  const file = path.join(dir, "questions", `${slug}.md`);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
}

/** A throwaway copy of all of content/ (questions, rubric, checklists, roadmaps). */
export function fullContentFixture(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sdp-content-full-"));
  cpSync(REAL_CONTENT, dir, { recursive: true });
  return dir;
}

export function editFile(dir: string, relative: string, edit: (source: string) => string): void {
  const file = path.join(dir, relative);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
}
