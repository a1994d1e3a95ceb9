import type { z } from "zod";

/** Invalid content: names the file and the field so the author can fix it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = "ContentError";
  }

  static fromZod(file: string, prefix: string, error: z.ZodError, describe?: (path: string) => string): ContentError {
    const issue = error.issues[0]!;
    const path = issue.path.join(".");
    const field = describe ? describe(path) : [prefix, path].filter(Boolean).join(".");
    return new ContentError(file, field, issue.message);
  }
}
