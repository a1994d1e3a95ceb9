import { describe, expect, it } from "vitest";
import { safeAuthRedirect, safeCallbackUrl } from "@/lib/auth/safe-callback";

const APP = "https://app.test";

/** Where a browser ends up when this value is sent as a Location header from the app. */
const landsOn = (location: string) => new URL(location, APP).origin;
// Characters Node refuses in a header value (a 500), or that browsers drop or trim from a URL.
const UNSAFE_IN_LOCATION = /[\u0000-\u001f\u007f\s]/u;

describe("the destination after sign-in", () => {
  it.each([
    ["a tab before a second slash", "/\t/evil.test"],
    ["a tab, as the query string decodes /%09/evil.test/x", "/\t/evil.test/x"],
    ["a protocol-relative URL", "//evil.test"],
    ["a backslash browsers read as a slash", "/\\evil.test"],
    ["a backslash after the slash", "/\\/evil.test"],
    ["an absolute URL", "https://evil.test"],
    ["an absolute URL without slashes", "https:evil.test"],
    ["a line feed", "/\n/x"],
    ["a carriage return and line feed", "/\r\n/x"],
    ["an ideographic space", "/\u3000/x"],
    ["a no-break space", "/\u00a0/evil.test"],
    ["a NUL byte", "/x\u0000"],
    ["dot segments that collapse to two slashes", "/..//evil.test"],
    ["a dot segment before two slashes", "/.//evil.test"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path without a leading slash", "evil.test/x"],
    ["an empty string", ""],
  ])("refuses %s and falls back to the question bank", (_label, value) => {
    expect(safeCallbackUrl(value)).toBe("/questions");
  });

  it.each([[undefined], [null], [42], [["/practice/new", "//evil.test"]]])("falls back for a value that is not one string (%j)", (value) => {
    expect(safeCallbackUrl(value)).toBe("/questions");
  });

  it.each(["/%09/evil.test/x", "/%0a/x", "/%0d%0a/x", "/%E3%80%80/x", "/%2F%2Fevil.test", "/a%5Cevil.test"])(
    "keeps the still-encoded %s as a path on the app, safe to put in a Location header",
    (value) => {
      const result = safeCallbackUrl(value);
      expect(result.startsWith("/")).toBe(true);
      expect(result.startsWith("//")).toBe(false);
      expect(result).not.toMatch(UNSAFE_IN_LOCATION);
      expect(landsOn(result)).toBe(APP);
    },
  );

  it.each([
    ["/practice/abc?x=1#y", "/practice/abc?x=1#y"],
    ["/questions", "/questions"],
    ["/join/Abc-123_xyz", "/join/Abc-123_xyz"],
    ["/history?from=2026-01-01&to=2026-02-01", "/history?from=2026-01-01&to=2026-02-01"],
    ["/practice/../history", "/history"],
    ["/readiness/caf\u00e9", "/readiness/caf%C3%A9"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });

  it("gives the same answer when applied twice, as the page and the form both do", () => {
    for (const value of ["/practice/abc?x=1#y", "/%09/evil.test/x", "/\t/evil.test", "/readiness/caf\u00e9"]) {
      expect(safeCallbackUrl(safeCallbackUrl(value))).toBe(safeCallbackUrl(value));
    }
  });

  it("refuses a path too long to be one of the app's own", () => {
    expect(safeCallbackUrl(`/practice/${"a".repeat(600)}`)).toBe("/questions");
  });

  it("uses the fallback it is given", () => {
    expect(safeCallbackUrl("//evil.test", "/practice/new")).toBe("/practice/new");
  });
});

describe("where next-auth sends a browser after OAuth or sign-out", () => {
  const baseUrl = APP;
  it.each([
    ["/practice/abc?x=1", `${APP}/practice/abc?x=1`],
    [`${APP}/history`, `${APP}/history`],
    [APP, `${APP}/`],
    ["https://evil.test/x", `${APP}/`],
    ["https://app.test.evil.test/x", `${APP}/`],
    ["/\t/evil.test", `${APP}/`],
    ["/%0a/x", `${APP}/%0a/x`],
    ["/\r\n/x", `${APP}/`],
    ["not a url", `${APP}/`],
  ])("sends %j to %s", (url, expected) => {
    expect(safeAuthRedirect({ url, baseUrl })).toBe(expected);
  });
});
