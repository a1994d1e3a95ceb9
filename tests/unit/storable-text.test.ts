import { describe, expect, it } from "vitest";
import { findUnstorableText, isStorableText } from "@/lib/http/storable-text";

describe("text that cannot be stored", () => {
  it("finds NUL characters and lone surrogates, wherever they are nested, and names the field", () => {
    expect(findUnstorableText({ reflection: "fine", notes: { requirements: "a\u0000b" } })).toBe("notes.requirements");
    expect(findUnstorableText({ name: "half an emoji \ud83d" })).toBe("name");
    expect(findUnstorableText({ list: ["ok", "\udc00 trailing half"] })).toBe("list.1");
    expect(findUnstorableText({ ["key\u0000"]: "x" })).toBe("(a key)");
    expect(findUnstorableText("\u0000")).toBe("the text");
  });

  it("lets every other text through: emoji, other scripts, control characters PostgreSQL stores", () => {
    for (const text of ["🙂 fine", "日本語のメモ", "tab\there", "line\nbreak", "\u200b zero width", ""]) expect(isStorableText(text), text).toBe(true);
    expect(findUnstorableText({ a: 1, b: [true, null, { c: "🚀" }] })).toBeNull();
  });
});
