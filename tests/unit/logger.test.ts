import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestContext, requestIdFrom } from "@/lib/log/logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...chunk.toString().split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger(stream), lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

/** What Drizzle throws for a failed query: the SQL and its parameters in the message, the driver's error as the cause. */
function failedQuery() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_lower_idx"'), { code: "23505", detail: "Key (lower(email))=(ann@example.test) already exists." });
  const error = new Error('Failed query: insert into "users" ("email", "name", "password_hash") values ($1, $2, $3)\nparams: ann@example.test,Ann,$argon2id$v=19$m=19456$secret', { cause });
  error.name = "DrizzleQueryError";
  return error;
}

describe("logs", () => {
  it("write one line of JSON per event with its level and time", () => {
    const { logger, parsed } = capture();
    logger.info("[boot] ready on http://localhost:3000");
    logger.error({ sessionId: "s1" }, "checkpoint could not be written");
    expect(parsed()).toEqual([
      expect.objectContaining({ level: "info", msg: "[boot] ready on http://localhost:3000", time: expect.any(String) }),
      expect.objectContaining({ level: "error", sessionId: "s1" }),
    ]);
  });

  it("never print a failed query's parameters, nor PostgreSQL's detail, which hold hashes, emails and grade text", () => {
    const { logger, lines, parsed } = capture();
    logger.error({ err: failedQuery() }, "unexpected failure");
    const text = lines.join("\n");
    for (const secret of ["ann@example.test", "$argon2id", "params:", "Key (lower(email))"]) expect(text).not.toContain(secret);
    expect(parsed()[0]!.err).toMatchObject({ type: "DrizzleQueryError", message: expect.stringContaining('insert into "users"'), cause: { code: "23505" } });
  });

  it("redact any field named like a password, token or secret, at any depth", () => {
    const { logger, lines } = capture();
    logger.warn({ body: { email: "x@example.test", password: "hunter22", nested: { sessionToken: "abc.def", apiSecret: "s3" } }, headers: { cookie: "next-auth=1" } }, "refused");
    const text = lines.join("\n");
    for (const secret of ["hunter22", "abc.def", "s3\"", "next-auth=1"]) expect(text).not.toContain(secret);
    expect(text).toContain("[redacted]");
  });

  it("carry the request's id on every line logged while it is handled", async () => {
    const { logger, parsed } = capture();
    await requestContext.run({ requestId: "req-12345678" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      logger.info("inside");
    });
    logger.info("outside");
    expect(parsed().map((line) => line.requestId)).toEqual(["req-12345678", undefined]);
    expect(requestIdFrom("lb-abcdef-1234")).toBe("lb-abcdef-1234");
    expect(requestIdFrom("bad id with spaces\n")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
