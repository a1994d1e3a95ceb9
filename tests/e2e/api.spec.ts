import { expect, test } from "@playwright/test";
import { newEmail, PASSWORD } from "./helpers";

test.describe("JSON API", () => {
  test("lists and filters questions", async ({ request }) => {
    const response = await request.get("/api/questions?difficulty=easy&pageSize=5");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 5 });
    expect(body.items.length).toBeGreaterThan(0);
    for (const item of body.items) expect(item).toMatchObject({ difficulty: "easy" });

    const search = await (await request.get("/api/questions?q=shortener")).json();
    expect(search.items[0].slug).toBe("url-shortener");
  });

  test("returns one question's statement, and its reference answer from its own endpoint", async ({ request }) => {
    const body = await (await request.get("/api/questions/rate-limiter")).json();
    expect(body).toMatchObject({ slug: "rate-limiter", difficulty: "medium" });
    expect(Object.keys(body.body).sort()).toEqual(["phasePrompts", "related", "statement"]);
    const reference = await request.get("/api/questions/rate-limiter/reference");
    expect(reference.headers()["cache-control"]).toContain("no-store");
    expect((await reference.json()).deepDives.length).toBeGreaterThanOrEqual(3);
  });

  test("refuses malformed query parameters with one error shape", async ({ request }) => {
    for (const query of ["page=abc", "page=0", "pageSize=1000", "difficulty=extreme", "tag=blockchain", `q=${"x".repeat(201)}`]) {
      const response = await request.get(`/api/questions?${query}`);
      expect(response.status(), query).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("BAD_REQUEST");
      expect(body.error.message).toMatch(/^The query is not valid: /);
    }
  });

  test("treats SQL and HTML in search as text", async ({ request }) => {
    for (const q of ["' or 1=1; drop table questions; --", "<script>alert(1)</script>", "):* | !"]) {
      const response = await request.get(`/api/questions?q=${encodeURIComponent(q)}`);
      expect(response.status(), q).toBe(200);
    }
    expect((await request.get("/api/questions")).status()).toBe(200);
  });

  test("answers 404 in the error shape for an unknown or malformed slug", async ({ request }) => {
    for (const slug of ["no-such-problem", "UPPER_case", "x".repeat(300)]) {
      const response = await request.get(`/api/questions/${slug}`);
      expect(response.status()).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "That question was not found." } });
    }
  });

  test("sign-up refuses oversize, non-JSON, invalid and duplicate bodies", async ({ request }) => {
    const huge = await request.post("/api/signup", {
      headers: { "content-type": "application/json" },
      data: JSON.stringify({ name: "x".repeat(10_000), email: newEmail(), password: PASSWORD }),
    });
    expect(huge.status()).toBe(413);
    expect((await huge.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

    const form = await request.post("/api/signup", { form: { name: "A", email: newEmail(), password: PASSWORD } });
    expect(form.status()).toBe(415);

    const broken = await request.post("/api/signup", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
    expect(broken.status()).toBe(400);
    expect((await broken.json()).error.message).toBe("The request body is not valid JSON.");

    const invalid = await request.post("/api/signup", { data: { name: "", email: "nope", password: "short" } });
    expect(invalid.status()).toBe(400);
    expect(Object.keys((await invalid.json()).error.fields).sort()).toEqual(["email", "name", "password"]);

    const email = newEmail();
    const first = await request.post("/api/signup", { data: { name: "Dup", email, password: PASSWORD } });
    expect(first.status()).toBe(201);
    expect(await first.json()).toEqual({ user: { id: expect.any(String), email, name: "Dup" } });
    const second = await request.post("/api/signup", { data: { name: "Dup", email: email.toUpperCase(), password: PASSWORD } });
    expect(second.status()).toBe(409);
    expect((await second.json()).error.code).toBe("CONFLICT");
  });

  test("personal question stats need a session", async ({ request }) => {
    const response = await request.get("/api/me/question-stats");
    expect(response.status()).toBe(401);
    expect((await response.json()).error.code).toBe("UNAUTHORIZED");
  });

  test("repeat views of the bank are served from the shared page cache", async ({ request }) => {
    const path = `/api/questions?q=cache&pageSize=3`;
    await request.get(path);
    const again = await request.get(path);
    expect(again.headers()["x-page-cache"]).toBe("HIT");
    expect((await again.json()).pageSize).toBe(3);
  });

  test("health and readiness answer with the state of the database", async ({ request }) => {
    expect(await (await request.get("/api/health")).json()).toMatchObject({ ok: true, database: "up", draining: false });
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, database: "up", draining: false });
  });
});
