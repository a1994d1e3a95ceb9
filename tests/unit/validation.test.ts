import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, toErrorBody } from "@/lib/http/errors";
import { searchWords, toTsQuery } from "@/lib/questions/search-words";
import { listQuestionsQuerySchema } from "@/lib/questions/schemas";
import { signUpSchema } from "@/lib/users/schemas";
import { safeCallbackUrl } from "@/lib/auth/safe-callback";

describe("sign-up validation", () => {
  const valid = { name: "Ada", email: "Ada@Example.com", password: "a long enough passphrase" };
  it("normalises the email", () => {
    expect(signUpSchema.parse(valid).email).toBe("ada@example.com");
  });
  it.each([
    ["short", "Use at least 10 characters"],
    ["password123", "too common"],
    ["aaaaaaaaaaaa", "too easy to guess"],
    ["ada-is-my-password", "must not contain your email"],
  ])("refuses the weak password %j", (password, message) => {
    const result = signUpSchema.safeParse({ ...valid, password });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain(message);
  });
  it("refuses a malformed email", () => {
    expect(signUpSchema.safeParse({ ...valid, email: "ada@" }).success).toBe(false);
  });
});

describe("question bank query", () => {
  it("fills defaults and refuses values outside the taxonomy", () => {
    expect(listQuestionsQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(listQuestionsQuerySchema.safeParse({ tag: "blockchain" }).error?.issues[0]?.message).toBe("is not a known topic");
    expect(listQuestionsQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(listQuestionsQuerySchema.safeParse({ pageSize: "500" }).success).toBe(false);
    expect(listQuestionsQuerySchema.safeParse({ q: "x".repeat(201) }).success).toBe(false);
  });
  it("builds prefix queries from words only", () => {
    const asTyped = (text: string) => toTsQuery(searchWords(text).map((word) => ({ typed: word, searchedAs: [word] })));
    expect(asTyped("URL shorten")).toBe("url:* & shorten:*");
    expect(asTyped("'; drop table x; --")).toBe("drop:* & table:* & x:*");
    expect(asTyped("!!! ::")).toBeUndefined();
    expect(toTsQuery([{ typed: "twiter", searchedAs: ["twitter", "twitch"] }, { typed: "feed", searchedAs: ["feed"] }])).toBe("(twitter:* | twitch:*) & feed:*");
  });
});

describe("error shape", () => {
  it("keeps AppError messages and hides unexpected errors", () => {
    expect(toErrorBody(new AppError("NOT_FOUND", "Gone."))).toEqual({ status: 404, body: { error: { code: "NOT_FOUND", message: "Gone." } } });
    const original = console.error;
    console.error = () => {};
    const hidden = toErrorBody(new Error("password=hunter2 leaked"));
    console.error = original;
    expect(hidden.status).toBe(500);
    expect(JSON.stringify(hidden.body)).not.toContain("hunter2");
    expect(toErrorBody(z.string().safeParse(1).error).status).toBe(400);
  });
});

describe("safeCallbackUrl", () => {
  it("allows only same-site paths", () => {
    expect(safeCallbackUrl("/questions?tag=geo")).toBe("/questions?tag=geo");
    expect(safeCallbackUrl("https://evil.test")).toBe("/questions");
    expect(safeCallbackUrl("//evil.test")).toBe("/questions");
    expect(safeCallbackUrl("/\\evil.test")).toBe("/questions");
  });
});
