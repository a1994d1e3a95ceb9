import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "@/components/markdown";

describe("Markdown from content", () => {
  it("renders GFM but never raw HTML or script URLs", () => {
    const html = renderToStaticMarkup(
      <Markdown>
        {[
          "**bold** and `code`",
          "",
          "| a | b |",
          "|---|---|",
          "| 1 | 2 |",
          "",
          "<script>alert('x')</script>",
          '<img src="x" onerror="alert(1)">',
          "",
          "[click](javascript:alert(1))",
        ].join("\n")}
      </Markdown>,
    );
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain("<table>");
    expect(html).not.toMatch(/<script|onerror|<img/i);
    expect(html).not.toContain("javascript:");
  });
});
