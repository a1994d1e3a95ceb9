import { expect, test } from "@playwright/test";
import { io, type Socket } from "socket.io-client";
import { startBalancer } from "../factories/balancer";
import { parseSamples, valueOf } from "../factories/metrics";
import { e2eDatabase } from "./e2e-database.mjs";
import { PASSWORD, newEmail } from "./helpers";
import { spawnServer, stop, tempDir, type SpawnedServer } from "./spawn-server";

// The instance's /metrics, scraped from a real server after real traffic: pages and API calls, a
// live connection with accepted and refused events. Raw ids, tokens and emails never appear.

const TOKEN = "metrics-e2e-token-0123456789abcdef";
const SECRET = "metrics-test-secret-0123456789abcdef";
const EMPTY_STATE_VECTOR = new Uint8Array([0]); // Y.encodeStateVector of an empty document

function connect(url: string, cookie: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = io(url, { transports: ["websocket"], extraHeaders: { cookie }, reconnection: false, forceNew: true });
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

const database = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL ? e2eDatabase("_metrics") : undefined;

test("with METRICS_TOKEN set, /metrics takes only that token and shows the traffic by route, event and reason", async ({ page }) => {
  test.setTimeout(150_000);
  const env: Record<string, string> = { DATA_DIR: tempDir("metrics"), NEXTAUTH_SECRET: SECRET, METRICS_TOKEN: TOKEN };
  if (database) {
    await database.create();
    env.DATABASE_URL = database.url;
  }
  let server: SpawnedServer | undefined;
  let socket: Socket | undefined;
  try {
    server = await spawnServer(env);
    const { url } = server;
    const scrape = (authorization?: string) => fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });

    for (const authorization of [undefined, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`]) {
      const refused = await scrape(authorization);
      expect(refused.status, String(authorization)).toBe(401);
      expect((await refused.json()).error.code).toBe("UNAUTHORIZED");
    }

    const email = newEmail("metrics");
    await page.goto(`${url}/signup`);
    await page.getByLabel("Name").fill("Mia Metrics");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
    const created = await page.request.post(`${url}/api/practice`, { data: { questionSlug: "web-crawler", plan: [{ key: "clarify", minutes: 5 }, { key: "deep_dive", minutes: 20 }] } });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    expect((await page.request.get(`${url}/api/practice/${id}`)).status()).toBe(200);
    expect((await page.request.post(`${url}/api/practice/${id}/advance`, { data: { fromPhase: 0 } })).status()).toBe(200);
    const inviteToken = "nV3rYs3cr3tInv1t3T0k3nXyZ";
    await page.request.get(`${url}/join/${inviteToken}`);
    expect((await page.request.get(`${url}/wp-login.php`)).status()).toBe(404);

    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    socket = await connect(url, cookie);
    expect((await socket.emitWithAck("ping", { sentAt: Date.now() })).ok).toBe(true);
    expect((await socket.emitWithAck("doc:join", { sessionId: id, stateVector: EMPTY_STATE_VECTOR })).ok).toBe(true);
    const invalid = await socket.emitWithAck("ping", { sentAt: -1 });
    expect(invalid.error.code).toBe("BAD_REQUEST");
    const stranger = await socket.emitWithAck("doc:sync", { sessionId: crypto.randomUUID(), stateVector: EMPTY_STATE_VECTOR });
    expect(stranger.error.code).toBe("NOT_FOUND");
    socket.emit("ping", { sentAt: Date.now() }); // without an acknowledgement: dropped
    await expect.poll(async () => (await (await scrape(`Bearer ${TOKEN}`)).text()).includes('reason="missing_ack"')).toBe(true);

    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const samples = parseSamples(text);
    const requests = (method: string, route: string, status: string) => valueOf(samples, "sdp_http_request_duration_seconds_count", { method, route, status_code: status });

    // HTTP, by route template.
    expect(requests("POST", "/api/practice", "201")).toBe(1);
    expect(requests("GET", "/api/practice/:id", "200")).toBe(1);
    expect(requests("POST", "/api/practice/:id/advance", "200")).toBe(1);
    expect(requests("GET", "other", "404")).toBe(1);
    expect(samples.some((s) => s.name === "sdp_http_request_duration_seconds_count" && s.labels.route === "/join/:token")).toBe(true);
    expect(samples.some((s) => s.name === "sdp_http_request_duration_seconds_count" && s.labels.route === "/_next/*")).toBe(true);
    expect(requests("GET", "/metrics", "401")).toBe(3);
    expect(valueOf(samples, "sdp_http_request_duration_seconds_bucket", { method: "POST", route: "/api/practice/:id/advance", status_code: "200", le: "+Inf" })).toBe(1);

    // The live connection.
    expect(valueOf(samples, "sdp_realtime_sockets_connected")).toBe(1);
    expect(valueOf(samples, "sdp_realtime_sessions_open")).toBe(1);
    expect(valueOf(samples, "sdp_realtime_peer_sessions_live")).toBe(0);
    expect(valueOf(samples, "sdp_realtime_events_received_total", { event: "ping" })).toBe(3);
    expect(valueOf(samples, "sdp_realtime_events_received_total", { event: "doc:join" })).toBe(1);
    expect(valueOf(samples, "sdp_realtime_events_received_total", { event: "doc:update" })).toBe(0);
    expect(valueOf(samples, "sdp_realtime_ack_duration_seconds_count", { event: "ping" })).toBe(2);
    expect(valueOf(samples, "sdp_realtime_ack_duration_seconds_count", { event: "doc:join" })).toBe(1);
    expect(valueOf(samples, "sdp_realtime_events_refused_total", { event: "ping", reason: "invalid_input" })).toBe(1);
    expect(valueOf(samples, "sdp_realtime_events_refused_total", { event: "ping", reason: "missing_ack" })).toBe(1);
    expect(valueOf(samples, "sdp_realtime_events_refused_total", { event: "doc:sync", reason: "not_found" })).toBe(1);

    // Practice, the database and the process.
    expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "solo", status: "active" })).toBe(1);
    expect(valueOf(samples, "sdp_practice_sessions_open", { mode: "peer", status: "lobby" })).toBe(0);
    expect(valueOf(samples, "sdp_document_checkpoints_total", { result: "failed" })).toBe(0);
    if (database) {
      expect(valueOf(samples, "sdp_db_pool_clients")).toBeGreaterThan(0);
      expect(valueOf(samples, "sdp_db_pool_max")).toBe(10);
      expect(valueOf(samples, "sdp_db_query_duration_seconds_count", { operation: "select" })).toBeGreaterThan(0);
      expect(valueOf(samples, "sdp_db_query_duration_seconds_count", { operation: "insert" })).toBeGreaterThan(0);
      expect(valueOf(samples, "sdp_db_query_duration_seconds_count", { operation: "transaction" })).toBeGreaterThan(0);
    } else {
      expect(valueOf(samples, "sdp_db_pool_clients")).toBe(0);
    }
    expect(valueOf(samples, "sdp_process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(valueOf(samples, "sdp_nodejs_eventloop_lag_seconds")).toBeDefined();

    // Nothing that names a person, a session or a link.
    for (const secret of [id, inviteToken, email, "wp-login"]) expect(text).not.toContain(secret);
    const routes = new Set(samples.filter((s) => s.labels.route).map((s) => s.labels.route!));
    for (const route of routes) expect(route).toMatch(/^(other|\/[\w\-/.:*]*)$/);
  } finally {
    socket?.disconnect();
    if (server) await stop(server);
    await database?.drop();
  }
});

test("without METRICS_TOKEN, /metrics is off, even from this machine; with it, nginx still does not pass it on", async () => {
  test.setTimeout(120_000);
  const off = await spawnServer({ DATA_DIR: tempDir("metrics-off"), NEXTAUTH_SECRET: SECRET, METRICS_TOKEN: "" });
  try {
    for (const headers of [{}, { authorization: `Bearer ${TOKEN}` }] as Record<string, string>[]) {
      const local = await fetch(`http://127.0.0.1:${off.port}/metrics`, { headers });
      expect(local.status).toBe(404);
      expect((await local.json()).error.code).toBe("NOT_FOUND");
    }
  } finally {
    await stop(off);
  }

  const server = await spawnServer({ DATA_DIR: tempDir("metrics-proxied"), NEXTAUTH_SECRET: SECRET, METRICS_TOKEN: TOKEN });
  const balancer = await startBalancer([server.port]);
  const bearer = { authorization: `Bearer ${TOKEN}` };
  try {
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`, { headers: bearer })).status).toBe(200);
    // nginx answers /metrics itself, even with the right token; everything else it passes on.
    expect((await fetch(`${balancer.url}/api/health`)).status).toBe(200);
    for (const path of ["/metrics", "/metrics?name[]=sdp_http_request_duration_seconds", "//metrics", "/%6Detrics"]) {
      const proxied = await fetch(`${balancer.url}${path}`, { headers: bearer });
      expect(proxied.status, path).toBe(404);
      expect(await proxied.text(), path).not.toContain("sdp_");
    }
  } finally {
    await balancer.stop();
    await stop(server);
  }
});
