import { describe, expect, it } from "vitest";
import { checkMeetingUrl } from "@/lib/sessions/chat/limits";
import { meetingLinkSchema } from "@/lib/sessions/chat/schemas";

// The room's form checks a meeting link without zod; it must say what the server's schema says.
describe("the meeting link form's check", () => {
  const inputs = [
    "https://meet.example.org/abc-defg",
    "  http://example.org/x  ",
    "meet.example.org/abc",
    "ftp://example.org",
    "https://",
    "",
    "   ",
    `https://example.org/${"a".repeat(1990)}`,
    `https://example.org/${"a".repeat(1980)}`,
    `${"x".repeat(2001)}`,
  ];
  it.each(inputs)("agrees with meetingLinkSchema on %j", (input) => {
    const parsed = meetingLinkSchema.safeParse({ url: input });
    const checked = checkMeetingUrl(input);
    if (parsed.success) expect(checked).toEqual({ url: parsed.data.url, problem: null });
    else expect(checked).toEqual({ url: null, problem: parsed.error.issues[0]!.message });
  });
});
