import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChatText } from "@/components/rooms/chat-text";
import { chatSegments } from "@/lib/sessions/chat/chat-links";

const render = (text: string) => renderToStaticMarkup(<ChatText text={text} />);

describe("chat messages: text and links only", () => {
  it("turns Markdown links and bare http(s) addresses into links that open apart from the room", () => {
    expect(chatSegments("notes: [the doc](https://docs.example.org/a?b=1) and https://meet.example.org/x.")).toEqual([
      { kind: "text", text: "notes: " },
      { kind: "link", text: "the doc", href: "https://docs.example.org/a?b=1" },
      { kind: "text", text: " and " },
      { kind: "link", text: "https://meet.example.org/x", href: "https://meet.example.org/x" },
      { kind: "text", text: "." },
    ]);
    const html = render("see [slides](http://10.0.0.5/s)");
    expect(html).toBe('<span>see </span><a href="http://10.0.0.5/s" target="_blank" rel="noopener noreferrer nofollow" class="break-all font-medium text-indigo-700 underline hover:text-indigo-900">slides</a>');
  });

  it("never lets HTML through: tags and entities are shown as the characters typed", () => {
    const html = render('<script>alert(1)</script><img src=x onerror="alert(2)"> &amp; <b>bold</b> **not bold**');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&amp;amp;");
    expect(html).toContain("**not bold**");
  });

  it("leaves javascript:, data: and other schemes as plain text, in either form", () => {
    for (const text of ["[click](javascript:alert(1))", "[x](data:text/html,<b>hi</b>)", "javascript:alert(1)", "[mail](mailto:a@b.c)", "[rel](/practice/abc)", "[ftp](ftp://files.example.org)"]) {
      expect(chatSegments(text).every((segment) => segment.kind === "text"), text).toBe(true);
      expect(render(text)).not.toContain("<a");
    }
    // A label cannot smuggle markup either, and an address inside a word is not a link.
    expect(render('[<img src=x onerror="y">](https://example.org)')).toContain("&lt;img");
    expect(chatSegments("xhttps://example.org")).toEqual([{ kind: "text", text: "xhttps://example.org" }]);
  });
});

describe("the chat transcript in history and replay", () => {
  it("stamps each message with how far into the session it came, and lobby messages as such", async () => {
    const { ChatTranscript } = await import("@/components/history/chat-transcript");
    const startedAt = Date.UTC(2026, 11, 4, 10, 0, 0);
    const message = (seq: number, sentAt: number, body: string) => ({ seq, userId: "00000000-0000-4000-8000-000000000001", name: "Ivy", body, sentAt });
    const html = renderToStaticMarkup(
      <ChatTranscript startedAt={startedAt} messages={[message(1, startedAt - 90_000, "hello from the lobby"), message(2, startedAt + 125_000, "two minutes in")]} />,
    );
    expect(html).toMatch(/>lobby<\/span> <span[^>]*>Ivy<\/span>: <span[^>]*><span>hello from the lobby/);
    expect(html).toMatch(/>02:05<\/span> <span[^>]*>Ivy<\/span>: <span[^>]*><span>two minutes in/);
  });
});
