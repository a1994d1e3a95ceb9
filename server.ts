import { createServer } from "node:http";
import next from "next";
import { dbHandle } from "./db";
import { exitGracefullyOnSignals } from "./lib/boot/graceful-shutdown";
import { prepareDatabase } from "./lib/boot/prepare-database";
import { CLIENT_IP_HEADER, resolveClientIp } from "./lib/auth/client-ip";
import { ConfigError, env } from "./lib/env";
import { log, requestContext, requestIdFrom } from "./lib/log/logger";
import { closeAfterRefusedBody, shapeApiMethodErrors } from "./lib/http/api-error-shape";
import { AppError, toErrorBody } from "./lib/http/errors";
import { createPageCache } from "./lib/http/page-cache";
import { hasMalformedPath } from "./lib/http/request-url";
import { timeZoneOf } from "./lib/http/request-time-zone";
import { contentSecurityPolicy, decodeBody, inlineScriptHashes } from "./lib/http/content-security-policy";
import { setSecurityHeaders } from "./lib/http/security-headers";
import { appOrigins, crossSiteRefusal } from "./lib/http/same-origin";
import { userIdFromHandshake } from "./lib/realtime/authenticate-socket";
import { attachRealtimeServer } from "./lib/realtime/server";
import { getUserDataVersion } from "./lib/users/queries";
import { observePool } from "./lib/metrics/database-metrics";
import { observeHttpRequest } from "./lib/metrics/http-metrics";
import { isMetricsRequest, serveMetrics } from "./lib/metrics/serve-metrics";
import { countSessionsFrom } from "./lib/metrics/session-metrics";

const dev = process.argv.includes("--dev");

async function main() {
  const config = env();
  // Next.js expects NODE_ENV to match the mode it runs in.
  (process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";

  const handle = dbHandle();
  if (handle.pool) observePool(handle.pool); // before its first query
  countSessionsFrom(handle.db);
  const summary = await prepareDatabase(handle, config.contentDir);
  const { questions } = summary;
  log.info(
    `[boot] ${handle.kind === "pglite" ? `embedded PGlite in ${config.dataDir}` : "PostgreSQL"}; question bank: ` +
      `${questions.inserted} added, ${questions.updated} updated, ${questions.unchanged} unchanged, ${questions.retired} retired; ` +
      `rubric v${summary.rubric.version} ${summary.rubric.status}; ${summary.checklists.inserted + summary.checklists.updated} checklists and ` +
      `${summary.roadmaps.inserted + summary.roadmaps.updated} roadmaps written`,
  );

  const app = next({ dev, port: config.PORT, dir: process.cwd() });
  const handleRequest = app.getRequestHandler();
  await app.prepare();

  // The bank's pages and API render the same for every visitor and change only when content is
  // imported (at boot), so they are served from a shared cache; user data loads client-side,
  // except for the bank filtered by the user's own practice.
  // History and readiness are per user: cached per user and per version of their practice data
  // (bumped by every write), and per UTC day because readiness counts days and weeks.
  const pageCache = createPageCache({
    cacheable: (pathname, query) => !dev && /^\/(api\/)?questions(\/[a-z0-9-]+)?$/.test(pathname) && !query.get("practice"),
    personal: {
      // The bank filtered by the user's own practice ("attempted", "to review") is theirs alone.
      cacheable: (pathname, query) =>
        !dev && (pathname === "/history" || pathname === "/readiness" || (/^\/(api\/)?questions$/.test(pathname) && Boolean(query.get("practice")))),
      keyPart: async (req) => {
        const userId = await userIdFromHandshake(req, config.NEXTAUTH_SECRET, handle.db);
        const version = userId ? await getUserDataVersion(handle.db, userId) : undefined;
        return version === undefined ? undefined : `${userId}:${version}:${new Date().toISOString().slice(0, 10)}:${timeZoneOf(req)}`;
      },
    },
    // A replayed copy is sent to many: its scripts are allowed by hash, not by the nonce it was rendered with.
    storedHeaders: (headers, body, encoding) =>
      String(headers["content-type"] ?? "").startsWith("text/html")
        ? { ...headers, "content-security-policy": contentSecurityPolicy({ hashes: inlineScriptHashes(decodeBody(body, encoding)) }, dev) }
        : headers,
  });
  const origins = appOrigins(config);
  const httpServer = createServer((req, res) => {
    observeHttpRequest(req, res);
    setSecurityHeaders(req, res, config.TRUST_PROXY_HOPS, dev);
    // Prometheus scrapes each instance directly; see serve-metrics.ts for who gets an answer.
    if (isMetricsRequest(req.url)) return void serveMetrics(req, res, config.METRICS_TOKEN);
    if (hasMalformedPath(req.url)) {
      const { status, body } = toErrorBody(new AppError("BAD_REQUEST", "This address is not encoded correctly (a stray % or a broken character). Check the link."));
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
      return;
    }
    // Every route, server action and next-auth endpoint sits behind this one check.
    const refusal = crossSiteRefusal(req.method, req.headers, origins);
    if (refusal) {
      const { status, body } = toErrorBody(new AppError("FORBIDDEN", refusal));
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" }).end(JSON.stringify(body));
      return;
    }
    shapeApiMethodErrors(req, res);
    closeAfterRefusedBody(res);
    req.headers[CLIENT_IP_HEADER] = resolveClientIp(req.socket.remoteAddress, req.headers["x-forwarded-for"], config.TRUST_PROXY_HOPS);
    // Every log line while this request is handled carries its id; a balancer's id is kept.
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    // Dates render in the user's zone (lib/format/time-zone.ts): resolved once, from the cookies.
    const timeZone = timeZoneOf(req);
    requestContext.run({ requestId, timeZone }, () => void pageCache.handle(req, res, () => void handleRequest(req, res)));
  });
  const realtime = attachRealtimeServer(httpServer, { secret: config.NEXTAUTH_SECRET, redisUrl: config.REDIS_URL, db: handle.db, allowedOrigins: origins });

  httpServer.listen(config.PORT, () => log.info(`[boot] ready on http://localhost:${config.PORT}`));

  exitGracefullyOnSignals({ httpServer, realtime, closeDatabase: () => handle.close() });
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error?.name === "ContentError" ? `\n${error.message}\n` : error);
  process.exit(1);
});
