import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { documentValidator } from "../factories/openapi";
import { newEmail, PASSWORD } from "./helpers";

// Drives the API as a client would, through the real server, and checks every answer (success
// and error) against the OpenAPI document the server itself serves: the status must be one the
// operation documents, and the body must match that status's schema.

type Document = Parameters<typeof documentValidator>[0] & { paths: Record<string, Record<string, { requestBody?: unknown }>> };

let document: Document;
let validator: ReturnType<typeof documentValidator>;
/** "METHOD template": the operations this run has seen answer. */
const exercised = new Set<string>();

/** Checks one answer against the document and returns its body, typed as response.json() is (text for non-JSON types). */
async function documented(response: APIResponse, method: string, template: string, expectedStatus?: number): ReturnType<APIResponse["json"]> {
  const status = response.status();
  const contentType = (response.headers()["content-type"] ?? "").split(";")[0]!.trim();
  const text = await response.text();
  const body = contentType === "application/json" ? JSON.parse(text) : text;
  if (expectedStatus !== undefined) expect(status, `${method} ${template}: ${text.slice(0, 300)}`).toBe(expectedStatus);
  expect(validator.response(method, template, status, body, contentType), `${method} ${template} ${status}: ${text.slice(0, 300)}`).toEqual([]);
  exercised.add(`${method.toUpperCase()} ${template}`);
  return body;
}

const levels = { requirements: 3, estimation: 2, high_level_design: 3, deep_dive: 2, trade_offs: 3, communication: 4 };
const shortPlan = [
  { key: "clarify", minutes: 5 },
  { key: "high_level", minutes: 10 },
];

async function signedIn(newContext: () => Promise<APIRequestContext>, name: string): Promise<{ api: APIRequestContext; id: string }> {
  const api = await newContext();
  const email = newEmail("openapi");
  const created = await documented(await api.post("/api/signup", { data: { name, email, password: PASSWORD } }), "post", "/api/signup", 201);
  const { csrfToken } = await documented(await api.get("/api/auth/csrf"), "get", "/api/auth/csrf", 200);
  const signIn = await documented(
    await api.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, callbackUrl: "/questions", json: "true" } }),
    "post",
    "/api/auth/callback/credentials",
    200,
  );
  expect(signIn.url).not.toMatch(/error=/);
  const session = await documented(await api.get("/api/auth/session"), "get", "/api/auth/session", 200);
  expect(session.user).toMatchObject({ id: created.user.id, email, name });
  return { api, id: created.user.id };
}

test.describe.serial("every API answer matches the OpenAPI document", () => {
  let candidate: APIRequestContext;
  let interviewer: APIRequestContext;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL });
    const response = await anonymous.get("/api/openapi.json");
    expect(response.status()).toBe(200);
    document = await response.json();
    validator = documentValidator(document);
    await documented(await anonymous.get("/api/openapi.json"), "get", "/api/openapi.json", 200);
    await anonymous.dispose();
    const newContext = () => playwright.request.newContext({ baseURL });
    candidate = (await signedIn(newContext, "Casey Candidate")).api;
    interviewer = (await signedIn(newContext, "Ivy Interviewer")).api;
  });

  test.afterAll(async () => {
    await candidate?.dispose();
    await interviewer?.dispose();
  });

  test("public routes: the bank, health, sign-in providers, and their errors", async ({ request }) => {
    const page = await documented(await request.get("/api/questions?difficulty=medium&pageSize=3"), "get", "/api/questions", 200);
    expect(page.items.length).toBeGreaterThan(0);
    await documented(await request.get("/api/questions?pageSize=1000"), "get", "/api/questions", 400);
    await documented(await request.get("/api/questions/url-shortener"), "get", "/api/questions/{slug}", 200);
    await documented(await request.get("/api/questions/no-such-problem"), "get", "/api/questions/{slug}", 404);
    await documented(await request.get("/api/questions/url-shortener/reference"), "get", "/api/questions/{slug}/reference", 200);
    await documented(await request.get("/api/questions/no-such-problem/reference"), "get", "/api/questions/{slug}/reference", 404);
    await documented(await request.get("/api/health"), "get", "/api/health", 200);
    await documented(await request.get("/api/ready"), "get", "/api/ready", 200);
    await documented(await request.get("/api/auth/providers"), "get", "/api/auth/providers", 200);
    expect(await documented(await request.get("/api/auth/session"), "get", "/api/auth/session", 200)).toEqual({});
    await documented(await request.get("/api/auth/callback/credentials"), "get", "/api/auth/callback/{provider}", 405);
    // The tests set no GitHub keys: next-auth's own plain-text 400 must still leave in the error shape.
    await documented(await request.get("/api/auth/callback/github"), "get", "/api/auth/callback/{provider}", 400);
    await documented(await request.get("/api/me/question-stats"), "get", "/api/me/question-stats", 401);
    await documented(await request.get("/api/practice"), "get", "/api/practice", 401);
  });

  test("refused bodies: too large, not JSON, malformed, invalid, from another site", async ({ request }) => {
    const signup = (options: Parameters<APIRequestContext["post"]>[1]) => request.post("/api/signup", options);
    await documented(await signup({ headers: { "content-type": "application/json" }, data: JSON.stringify({ name: "x".repeat(10_000), email: newEmail(), password: PASSWORD }) }), "post", "/api/signup", 413);
    await documented(await signup({ form: { name: "A", email: newEmail(), password: PASSWORD } }), "post", "/api/signup", 415);
    await documented(await signup({ headers: { "content-type": "application/json" }, data: Buffer.from("{not json") }), "post", "/api/signup", 400);
    const invalid = await documented(await signup({ data: { name: "", email: "nope", password: "short" } }), "post", "/api/signup", 400);
    expect(Object.keys(invalid.error.fields).sort()).toEqual(["email", "name", "password"]);
    const crossSite = await candidate.post("/api/practice", { headers: { origin: "https://elsewhere.example" }, data: { questionSlug: "url-shortener", plan: shortPlan } });
    await documented(crossSite, "post", "/api/practice", 403);
  });

  test("the documented request schemas refuse what the routes refuse, and accept what they accept", async () => {
    const cases: { path: string; template: string; method: "post" | "put"; body: unknown; accepted: boolean }[] = [
      { path: "/api/practice", template: "/api/practice", method: "post", body: { plan: [] }, accepted: false },
      { path: "/api/practice", template: "/api/practice", method: "post", body: { questionSlug: "url-shortener", plan: shortPlan, surprise: true }, accepted: false },
      { path: "/api/practice", template: "/api/practice", method: "post", body: { questionSlug: "url-shortener", plan: [{ key: "clarify", minutes: 0 }] }, accepted: false },
      { path: "/api/practice", template: "/api/practice", method: "post", body: { questionSlug: "Not A Slug", plan: shortPlan }, accepted: false },
      { path: "/api/me/default-plan", template: "/api/me/default-plan", method: "put", body: { plan: [{ key: "lunch", minutes: 30 }] }, accepted: false },
      { path: "/api/me/default-plan", template: "/api/me/default-plan", method: "put", body: { plan: shortPlan }, accepted: true },
      { path: "/api/rooms/join", template: "/api/rooms/join", method: "post", body: { token: "too-short" }, accepted: false },
      { path: "/api/practice", template: "/api/practice", method: "post", body: { questionSlug: "url-shortener", plan: shortPlan }, accepted: true },
    ];
    for (const { path, template, method, body, accepted } of cases) {
      const problems = validator.requestBody(method, template, body);
      expect(problems.length === 0, `${method} ${template} ${JSON.stringify(body)}: the document says ${problems.join("; ") || "accepted"}`).toBe(accepted);
      const response = await candidate[method](path, { data: body });
      const answer = await documented(response, method, template);
      expect(response.status() < 300, `${method} ${path} ${JSON.stringify(body)}: ${JSON.stringify(answer)}`).toBe(accepted);
    }
  });

  test("a solo session from start to grade, its history and the caller's own data", async () => {
    const { id } = await documented(await candidate.post("/api/practice", { data: { questionSlug: "url-shortener", plan: shortPlan } }), "post", "/api/practice", 201);
    const list = await documented(await candidate.get("/api/practice"), "get", "/api/practice", 200);
    expect(list.sessions.map((session: { id: string }) => session.id)).toContain(id);
    const snapshot = await documented(await candidate.get(`/api/practice/${id}`), "get", "/api/practice/{id}", 200);
    expect(snapshot).toMatchObject({ id, mode: "solo", role: "candidate", room: null });
    await documented(await candidate.get("/api/practice/00000000-0000-4000-8000-000000000000"), "get", "/api/practice/{id}", 404);
    await documented(await candidate.get("/api/practice/not-a-session"), "get", "/api/practice/{id}", 404);
    await documented(await interviewer.get(`/api/practice/${id}`), "get", "/api/practice/{id}", 404);

    await documented(await candidate.post(`/api/practice/${id}/advance`, { data: { fromPhase: 0 } }), "post", "/api/practice/{id}/advance", 200);
    await documented(await candidate.post(`/api/practice/${id}/advance`, { data: { fromPhase: 1 } }), "post", "/api/practice/{id}/advance", 400);
    await documented(await candidate.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels } }), "put", "/api/practice/{id}/grade", 409);
    await documented(await candidate.post(`/api/practice/${id}/finish`), "post", "/api/practice/{id}/finish", 200);
    await documented(await candidate.post(`/api/practice/${id}/abandon`), "post", "/api/practice/{id}/abandon", 409);
    await documented(await candidate.post(`/api/practice/${id}/pause`, { data: { paused: true } }), "post", "/api/practice/{id}/pause", 409);
    await documented(await candidate.post(`/api/practice/${id}/ready`), "post", "/api/practice/{id}/ready", 409);

    await documented(await candidate.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels: { requirements: 3 } } }), "put", "/api/practice/{id}/grade", 400);
    const saved = await documented(
      await candidate.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels, keyPoints: { clarify: [0, 1] }, reflection: "Estimate earlier." } }),
      "put",
      "/api/practice/{id}/grade",
      200,
    );
    await documented(await candidate.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels: { ...levels, deep_dive: 3 } } }), "put", "/api/practice/{id}/grade", 200);
    const grade = await documented(await candidate.get(`/api/practice/${id}/grade`), "get", "/api/practice/{id}/grade", 200);
    expect(grade.grade.id).toBe(saved.grade.id);
    expect(grade.revisions.map((revision: { revision: number }) => revision.revision)).toEqual([2, 1]);
    await documented(await candidate.get(`/api/practice/${id}/peer-grade`), "get", "/api/practice/{id}/peer-grade", 200);
    await documented(await candidate.get(`/api/practice/${id}/rating`), "get", "/api/practice/{id}/rating", 200);
    await documented(await candidate.put(`/api/practice/${id}/rating`, { data: { helpfulness: 3, questionQuality: 3 } }), "put", "/api/practice/{id}/rating", 403);

    await documented(await candidate.get(`/api/history/${id}/updates`), "get", "/api/history/{id}/updates", 200);
    const markdown = await documented(await candidate.get(`/api/history/${id}/export.md`), "get", "/api/history/{id}/export.md", 200);
    expect(markdown).toContain("#");
    await documented(await interviewer.get(`/api/history/${id}/export.md`), "get", "/api/history/{id}/export.md", 404);
    const stats = await documented(await candidate.get("/api/me/question-stats"), "get", "/api/me/question-stats", 200);
    expect(stats.stats["url-shortener"].attempts).toBeGreaterThanOrEqual(1);
  });

  test("readiness: checklist ticks and a roadmap followed week by week", async () => {
    const tick = "/api/readiness/checklists/{key}/items/{item}";
    const ticked = await documented(await candidate.put("/api/readiness/checklists/behavioural-stories/items/failure"), "put", tick, 200);
    expect(ticked.tickedAt).not.toBeNull();
    await documented(await candidate.delete("/api/readiness/checklists/behavioural-stories/items/failure"), "delete", tick, 200);
    await documented(await candidate.put("/api/readiness/checklists/core-problems/items/url-shortener"), "put", tick, 400);
    await documented(await candidate.delete("/api/readiness/checklists/no-such-list/items/failure"), "delete", tick, 404);

    expect((await documented(await candidate.get("/api/readiness/roadmap"), "get", "/api/readiness/roadmap", 200)).roadmap).toBeNull();
    await documented(await candidate.put("/api/readiness/roadmap/items/dsa-foundations"), "put", "/api/readiness/roadmap/items/{item}", 404);
    const today = new Date().toISOString().slice(0, 10);
    await documented(await candidate.put("/api/readiness/roadmap", { data: { roadmapKey: "junior", startDate: "2001-01-01" } }), "put", "/api/readiness/roadmap", 400);
    await documented(await candidate.put("/api/readiness/roadmap", { data: { roadmapKey: "no-such-roadmap", startDate: today } }), "put", "/api/readiness/roadmap", 400);
    await documented(await candidate.put("/api/readiness/roadmap", { data: { roadmapKey: "junior", startDate: today } }), "put", "/api/readiness/roadmap", 200);
    const { roadmap } = await documented(await candidate.get("/api/readiness/roadmap"), "get", "/api/readiness/roadmap", 200);
    const item = roadmap.thisWeek[0].key as string;
    await documented(await candidate.put(`/api/readiness/roadmap/items/${item}`), "put", "/api/readiness/roadmap/items/{item}", 200);
    await documented(await candidate.delete(`/api/readiness/roadmap/items/${item}`), "delete", "/api/readiness/roadmap/items/{item}", 200);
  });

  test("a peer round: room, seats, clock, blind grades, rating, next round", async () => {
    const practice = (verb: string) => `/api/practice/{id}/${verb}`;
    const room = await documented(await interviewer.post("/api/rooms", { data: { questionSlug: "rate-limiter", plan: shortPlan, role: "interviewer" } }), "post", "/api/rooms", 201);
    await documented(await interviewer.post("/api/rooms", { data: { questionSlug: "no-such-problem", plan: shortPlan, role: "interviewer" } }), "post", "/api/rooms", 404);
    const id = room.id as string;
    const lobby = await documented(await interviewer.get(`/api/practice/${id}`), "get", "/api/practice/{id}", 200);
    await documented(await interviewer.post(`/api/practice/${id}/start`), "post", practice("start"), 403);
    const oldToken = (lobby.room.invitePath as string).split("/").pop()!;
    const renewed = await documented(await interviewer.post(`/api/practice/${id}/invite`), "post", practice("invite"), 200);
    const token = (renewed.room.invitePath as string).split("/").pop()!;
    await documented(await candidate.post("/api/rooms/join", { data: { token: oldToken } }), "post", "/api/rooms/join", 410);
    await documented(await candidate.post("/api/rooms/join", { data: { token: "A".repeat(32) } }), "post", "/api/rooms/join", 404);
    expect(await documented(await candidate.post("/api/rooms/join", { data: { token } }), "post", "/api/rooms/join", 201)).toEqual({ sessionId: id, role: "candidate" });
    await documented(await candidate.post("/api/rooms/join", { data: { token } }), "post", "/api/rooms/join", 409);

    await documented(await candidate.post(`/api/practice/${id}/seats`), "post", practice("seats"), 200);
    await documented(await interviewer.post(`/api/practice/${id}/seats`), "post", practice("seats"), 200);
    await documented(await candidate.post(`/api/practice/${id}/ready`), "post", practice("ready"), 409);
    await documented(await interviewer.post(`/api/practice/${id}/start`), "post", practice("start"), 200);
    await documented(await candidate.get("/api/questions/rate-limiter/reference"), "get", "/api/questions/{slug}/reference", 403);
    expect(await documented(await candidate.get(`/api/practice/${id}/chat`), "get", practice("chat"), 200)).toMatchObject({ messages: [] });
    await documented(await candidate.get(`/api/practice/${id}/chat?after=-4`), "get", practice("chat"), 400);
    await documented(await candidate.put(`/api/practice/${id}/meeting-link`, { data: { url: "javascript:alert(1)" } }), "put", practice("meeting-link"), 400);
    const linked = await documented(await candidate.put(`/api/practice/${id}/meeting-link`, { data: { url: "https://meet.example.test/abc-defg" } }), "put", practice("meeting-link"), 200);
    expect(linked.room.meetingUrl).toBe("https://meet.example.test/abc-defg");
    await documented(await candidate.put(`/api/practice/${id}/observer-chat`, { data: { allowed: true } }), "put", practice("observer-chat"), 403);
    expect((await documented(await interviewer.put(`/api/practice/${id}/observer-chat`, { data: { allowed: true } }), "put", practice("observer-chat"), 200)).room.observersMayChat).toBe(true);
    await documented(await candidate.post(`/api/practice/${id}/advance`, { data: { fromPhase: 0 } }), "post", practice("advance"), 403);
    await documented(await interviewer.post(`/api/practice/${id}/pause`, { data: { paused: true } }), "post", practice("pause"), 200);
    await documented(await candidate.post(`/api/practice/${id}/pause`, { data: { paused: false } }), "post", practice("pause"), 403);
    await documented(await interviewer.post(`/api/practice/${id}/pause`, { data: { paused: false } }), "post", practice("pause"), 200);
    await documented(await candidate.post(`/api/practice/${id}/ready`), "post", practice("ready"), 200);
    await documented(await interviewer.post(`/api/practice/${id}/seats`), "post", practice("seats"), 403);
    await documented(await interviewer.put(`/api/practice/${id}/peer-grade`, { data: { rubricVersion: 1, levels } }), "put", practice("peer-grade"), 409);
    await documented(await candidate.post(`/api/practice/${id}/finish`), "post", practice("finish"), 403);
    await documented(await interviewer.post(`/api/practice/${id}/finish`), "post", practice("finish"), 200);

    await documented(await candidate.put(`/api/practice/${id}/peer-grade`, { data: { rubricVersion: 1, levels } }), "put", practice("peer-grade"), 403);
    await documented(await interviewer.put(`/api/practice/${id}/peer-grade`, { data: { rubricVersion: 1, levels, wentWell: "Clear API.", workOn: "Capacity maths." } }), "put", practice("peer-grade"), 201);
    await documented(await interviewer.put(`/api/practice/${id}/peer-grade`, { data: { rubricVersion: 1, levels } }), "put", practice("peer-grade"), 409);
    const blind = await documented(await candidate.get(`/api/practice/${id}/peer-grade`), "get", practice("peer-grade"), 200);
    expect(blind).toMatchObject({ grade: null, submitted: true, revealed: false });
    await documented(await interviewer.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels } }), "put", practice("grade"), 403);
    await documented(await candidate.put(`/api/practice/${id}/grade`, { data: { rubricVersion: 1, levels } }), "put", practice("grade"), 200);
    const revealed = await documented(await candidate.get(`/api/practice/${id}/peer-grade`), "get", practice("peer-grade"), 200);
    expect(revealed.revealed).toBe(true);
    await documented(await interviewer.get(`/api/practice/${id}/grade`), "get", practice("grade"), 200);

    await documented(await interviewer.put(`/api/practice/${id}/rating`, { data: { helpfulness: 4, questionQuality: 3 } }), "put", practice("rating"), 403);
    await documented(await candidate.put(`/api/practice/${id}/rating`, { data: { helpfulness: 5, questionQuality: 3 } }), "put", practice("rating"), 400);
    await documented(await candidate.put(`/api/practice/${id}/rating`, { data: { helpfulness: 4, questionQuality: 3, comment: "Good hints." } }), "put", practice("rating"), 201);
    await documented(await candidate.put(`/api/practice/${id}/rating`, { data: { helpfulness: 4, questionQuality: 3 } }), "put", practice("rating"), 409);
    expect((await documented(await interviewer.get(`/api/practice/${id}/rating`), "get", practice("rating"), 200)).rating.comment).toBe("Good hints.");

    await documented(await interviewer.post(`/api/practice/${id}/next-round`, { data: { questionSlug: "url-shortener" } }), "post", practice("next-round"), 403);
    const next = await documented(await candidate.post(`/api/practice/${id}/next-round`, { data: { questionSlug: "url-shortener" } }), "post", practice("next-round"), 201);
    await documented(await candidate.post(`/api/practice/${id}/next-round`, { data: { questionSlug: "url-shortener" } }), "post", practice("next-round"), 409);
    const round2 = await documented(await interviewer.get(`/api/practice/${next.id}`), "get", "/api/practice/{id}", 200);
    expect(round2).toMatchObject({ role: "candidate", room: { round: 2 } });
    await documented(await interviewer.post(`/api/practice/${next.id}/abandon`), "post", practice("abandon"), 403);
    await documented(await candidate.post(`/api/practice/${next.id}/abandon`), "post", practice("abandon"), 200);
  });

  test("account settings, password, data download and deletion", async ({ playwright, baseURL }) => {
    const settings = await documented(await candidate.get("/api/me/settings"), "get", "/api/me/settings", 200);
    expect(settings).toMatchObject({ name: "Casey Candidate", hasPassword: true });
    await documented(await candidate.patch("/api/me/settings", { data: {} }), "patch", "/api/me/settings", 400);
    expect(await documented(await candidate.patch("/api/me/settings", { data: { targetLevel: "senior", sounds: true } }), "patch", "/api/me/settings", 200)).toMatchObject({
      targetLevel: "senior",
      sounds: true,
    });
    const zip = await candidate.get("/api/me/export");
    await documented(zip, "get", "/api/me/export", 200);
    expect(zip.headers()["content-type"]).toBe("application/zip");

    // A third person, so the two above keep their sessions for the tests after this one.
    const { api: leaving } = await signedIn(() => playwright.request.newContext({ baseURL }), "Lee Leaving");
    const newPassword = "another sturdy passphrase";
    await documented(await leaving.put("/api/me/password", { data: { currentPassword: "not it at all", newPassword } }), "put", "/api/me/password", 400);
    await documented(await leaving.put("/api/me/password", { data: { currentPassword: PASSWORD, newPassword: "short" } }), "put", "/api/me/password", 400);
    await documented(await leaving.put("/api/me/password", { data: { currentPassword: PASSWORD, newPassword } }), "put", "/api/me/password", 200);
    await documented(await leaving.delete("/api/me", { data: {} }), "delete", "/api/me", 401);
    await leaving.dispose();

    const { api: deleting } = await signedIn(() => playwright.request.newContext({ baseURL }), "Dana Deleting");
    await documented(await deleting.delete("/api/me", { data: {} }), "delete", "/api/me", 400);
    await documented(await deleting.delete("/api/me", { data: { password: PASSWORD } }), "delete", "/api/me", 200);
    await documented(await deleting.get("/api/me/settings"), "get", "/api/me/settings", 401);
    await deleting.dispose();
  });

  test("signing out: everywhere, and with the form", async () => {
    await documented(await interviewer.post("/api/me/sign-out-everywhere"), "post", "/api/me/sign-out-everywhere", 200);
    await documented(await interviewer.get("/api/practice"), "get", "/api/practice", 401);
    const { csrfToken } = await documented(await candidate.get("/api/auth/csrf"), "get", "/api/auth/csrf", 200);
    await documented(await candidate.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/", json: "true" } }), "post", "/api/auth/signout", 200);
    await documented(await candidate.put("/api/me/default-plan", { data: { plan: shortPlan } }), "put", "/api/me/default-plan", 401);
  });

  test("every documented operation was exercised", () => {
    // GitHub and Google sign-in need those providers' keys and servers, which tests do not have.
    const needsOAuthProvider = new Set(["POST /api/auth/signin/{provider}"]);
    const documentedOperations = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documentedOperations.filter((operation) => !exercised.has(operation) && !needsOAuthProvider.has(operation))).toEqual([]);
  });
});
