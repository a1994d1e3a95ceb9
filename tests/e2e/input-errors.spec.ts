import { connect } from "node:net";
import { expect, test, type APIResponse } from "@playwright/test";
import fc from "fast-check";
import { newEmail, PASSWORD, signUp } from "./helpers";

// Bad input gets a clear error in the one error shape, never a 500, and never an answer in another
// shape (an empty 405, an HTML 404, next-auth's plain text).

async function expectErrorShape(response: APIResponse, status: number, code: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error.message as string;
}

test("every /api answer is in the one error shape: wrong method, unknown address, a GET to the password sign-in", async ({ request }) => {
  const wrongMethod = await request.get("/api/signup");
  expect(await expectErrorShape(wrongMethod, 405, "METHOD_NOT_ALLOWED")).toMatch(/^GET is not accepted here/);
  await expectErrorShape(await request.delete("/api/questions"), 405, "METHOD_NOT_ALLOWED");
  await expectErrorShape(await request.get("/api/no-such-thing/at/all"), 404, "NOT_FOUND");
  await expectErrorShape(await request.post("/api/nothing-here", { data: {} }), 404, "NOT_FOUND");
  expect(await expectErrorShape(await request.get("/api/auth/callback/credentials"), 405, "METHOD_NOT_ALLOWED")).toMatch(/\/signin/);
  // A broken percent-encoding in the path is the client's mistake (Next answered those with a 500).
  for (const path of ["/api/questions/%ED%A0%80", "/questions/%ED%A0%80", "/api/readiness/checklists/%E0%A4/items/x", "/practice/%"]) {
    expect(await expectErrorShape(await request.get(path), 400, "BAD_REQUEST"), path).toMatch(/not encoded correctly/);
  }
  // The routes that exist still answer as before.
  expect((await request.get("/api/questions")).status()).toBe(200);
});

test("a refused oversize body closes its connection, so the next request does not stall", async ({ baseURL }) => {
  const { hostname, port } = new URL(baseURL!);
  const socket = connect(Number(port), hostname);
  let answer = "";
  const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
  socket.on("error", () => {});
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  // Declares 1 MB, sends 64 KB of it: the route refuses it after reading past its 16 KB limit.
  socket.write(`POST /api/signup HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\nConnection: keep-alive\r\n\r\n`);
  socket.write(`{"name":"${"x".repeat(64 * 1024)}`);
  const startedAt = Date.now();
  await closed;
  expect(Date.now() - startedAt).toBeLessThan(5000);
  expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(answer.toLowerCase()).toContain("connection: close");
  expect(answer).toContain('"PAYLOAD_TOO_LARGE"');
});

test("NUL characters and broken Unicode are refused by name, and arbitrary text never causes a 500", async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page);
  const api = page.request;
  const created = await api.post("/api/practice", { data: { questionSlug: "url-shortener", plan: [{ key: "clarify", minutes: 5 }] } });
  const { id } = await created.json();
  expect((await api.post(`/api/practice/${id}/finish`)).status()).toBe(200);
  const levels = { requirements: 3, estimation: 3, high_level_design: 3, deep_dive: 3, trade_offs: 3, communication: 3 };
  const grade = (fields: { reflection?: string; note?: string }) =>
    api.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels, notes: { requirements: fields.note ?? "" }, reflection: fields.reflection ?? "" } });

  // The cases the security test found, each a clear 400 that names the field.
  expect(await expectErrorShape(await grade({ reflection: "good\u0000bad" }), 400, "BAD_REQUEST")).toMatch(/"reflection" contains a character that cannot be saved/);
  expect(await expectErrorShape(await grade({ note: "half an emoji \ud83d" }), 400, "BAD_REQUEST")).toMatch(/"notes\.requirements"/);
  const signup = await api.post("/api/signup", { data: { name: "Nul\u0000Name", email: newEmail(), password: PASSWORD } });
  expect(await expectErrorShape(signup, 400, "BAD_REQUEST")).toMatch(/"name"/);
  for (const query of ["to=9999-12-31", "from=0000-01-01"]) {
    const history = await page.goto(`/history?${query}`);
    expect(history!.status(), query).toBe(200);
    await expect(page.getByRole("alert").filter({ hasText: "These filters are not valid" })).toContainText("must be a date between 2000-01-01 and 2999-12-31");
  }

  // Arbitrary strings (every Unicode unit, lone surrogates and NUL included) in every text field.
  const text = fc.oneof(
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.constantFrom("\u0000", "\ud800", "\udfff x", "💥".repeat(30), "' or 1=1 --", "<script>x</script>", "%00", "\u202e", "a".repeat(5000)),
  );
  // A lone surrogate has no UTF-8 form: in a URL it goes as the bytes a broken client would send.
  const inUrl = (value: string) =>
    Array.from(value)
      .map((char) => {
        try {
          return encodeURIComponent(char);
        } catch {
          return "%ED%A0%80";
        }
      })
      .join("");
  const neverA500 = async (response: APIResponse, what: string) => {
    expect(response.status(), what).toBeLessThan(500);
    if (response.status() >= 400) {
      const body = await response.json();
      expect(typeof body.error.message, what).toBe("string");
    }
  };
  await fc.assert(
    fc.asyncProperty(text, text, async (one, two) => {
      const what = JSON.stringify([one, two]).slice(0, 200);
      await neverA500(await grade({ reflection: one, note: two }), `grade ${what}`);
      await neverA500(await api.post("/api/signup", { data: { name: one, email: `${two}@example.test`, password: two } }), `signup ${what}`);
      await neverA500(await api.post("/api/practice", { data: { questionSlug: one, plan: [{ key: two, minutes: 5 }] } }), `start ${what}`);
      await neverA500(await api.post("/api/rooms/join", { data: { token: one } }), `join ${what}`);
      await neverA500(await api.get(`/api/questions?q=${inUrl(one)}&tag=${inUrl(two)}`), `search ${what}`);
      await neverA500(await api.get(`/history?from=${inUrl(one)}&to=${inUrl(two)}&question=${inUrl(one)}`), `history ${what}`);
      await neverA500(await api.put(`/api/readiness/checklists/${inUrl(one)}/items/${inUrl(two)}`), `tick ${what}`);
      await neverA500(await api.patch("/api/me/settings", { data: { name: one, targetLevel: two } }), `settings ${what}`);
      await neverA500(await api.put("/api/me/password", { data: { currentPassword: one, newPassword: two } }), `password ${what}`);
      await neverA500(await api.delete("/api/me", { data: { password: one, confirmEmail: two } }), `delete ${what}`);
      await neverA500(await api.put(`/api/practice/${id}/peer-grade`, { data: { rubricVersion: 1, levels, notes: { requirements: one }, reflection: two, wentWell: one, workOn: two } }), `peer grade ${what}`);
      await neverA500(await api.put(`/api/practice/${id}/rating`, { data: { helpfulness: 3, questionQuality: 3, comment: one } }), `rating ${what}`);
      await neverA500(await api.post("/api/rooms", { data: { questionSlug: one, plan: [{ key: "clarify", minutes: 5 }], role: two } }), `room ${what}`);
      await neverA500(await api.put("/api/readiness/roadmap", { data: { roadmapKey: one, startDate: two } }), `roadmap ${what}`);
    }),
    { numRuns: 40 },
  );
});
