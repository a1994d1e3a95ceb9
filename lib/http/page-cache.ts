import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

export type PageCacheOptions = {
  /** Paths whose response is the same for every visitor (no per-user content in the HTML). */
  cacheable: (pathname: string) => boolean;
  /**
   * Paths rendered per user. `keyPart` names the user and the version of their data (undefined
   * when there is no signed-in user): a page is reused only while that version is unchanged.
   */
  personal?: { cacheable: (pathname: string) => boolean; keyPart: (req: IncomingMessage) => Promise<string | undefined> };
  maxBytes?: number;
  ttlMs?: number;
};

const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "set-cookie"]);

/**
 * A shared response cache in front of Next.js for pages that render the same for everyone
 * (the question bank is read-only content between imports). Only full-document GETs are
 * cached: client-side navigations (RSC requests) and anything that sets a cookie go straight
 * through. Entries vary by whether the client accepts gzip, since Next compresses.
 */
export function createPageCache(options: PageCacheOptions) {
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (entry) => entry.body.byteLength + 512,
    ttl: options.ttlMs ?? 10 * 60 * 1000,
  });

  async function keyFor(req: IncomingMessage): Promise<string | undefined> {
    if (req.method !== "GET" || !req.url) return undefined;
    if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-router-prefetch"]) return undefined;
    const pathname = req.url.split("?")[0]!;
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    if (options.cacheable(pathname)) return `shared ${gzip ? "gz" : "id"} ${req.url}`;
    if (!options.personal?.cacheable(pathname)) return undefined;
    const owner = await options.personal.keyPart(req);
    return owner ? `user ${owner} ${gzip ? "gz" : "id"} ${req.url}` : undefined;
  }

  /** Serves from the cache, or calls `next` and keeps a copy of a cacheable 200 response. */
  async function handle(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
    let key: string | undefined;
    try {
      key = await keyFor(req);
    } catch (error) {
      console.error("[page-cache] could not build a key; serving uncached", error);
    }
    if (!key) return next();
    const hit = cache.get(key);
    if (hit) {
      res.writeHead(hit.status, { ...hit.headers, "x-page-cache": "HIT" });
      res.end(hit.body);
      return;
    }
    const chunks: Buffer[] = [];
    let explicitHeaders: OutgoingHttpHeaders = {};
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? Buffer.from(chunk) : Buffer.from(chunk as string, (typeof encoding === "string" ? encoding : "utf8") as BufferEncoding));
    };
    res.setHeader("x-page-cache", "MISS");
    res.writeHead = ((...args: unknown[]) => {
      const headers = args.find((arg, i) => i > 0 && arg && typeof arg === "object" && !Array.isArray(arg));
      if (headers) explicitHeaders = headers as OutgoingHttpHeaders;
      return writeHead(...args);
    }) as typeof res.writeHead;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as typeof res.end;
    res.once("finish", () => {
      const headers: OutgoingHttpHeaders = { ...res.getHeaders(), ...explicitHeaders };
      if (res.statusCode !== 200 || headers["set-cookie"]) return;
      for (const name of Object.keys(headers)) if (NOT_REPLAYED.has(name.toLowerCase())) delete headers[name];
      delete headers["x-page-cache"];
      const body = Buffer.concat(chunks);
      headers["content-length"] = String(body.byteLength);
      cache.set(key, { status: 200, headers, body });
    });
    next();
  }

  return { handle, clear: () => cache.clear(), size: () => cache.size };
}
