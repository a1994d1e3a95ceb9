import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { log } from "@/lib/log/logger";

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

/** Encodings a copy may be stored in, in the order a client that accepts several gets them. */
const COMPRESSED = ["br", "gzip", "deflate"] as const;
/** Under this, Next's compression leaves a body as it is, so the plain copy is the one for everyone. */
const UNCOMPRESSED_BELOW = 1024;

/** The content codings a request's Accept-Encoding allows (q=0 excluded), lowercase. */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    if (q !== undefined && Number(q) === 0) continue;
    accepted.add(name);
  }
  if (accepted.has("*")) for (const name of COMPRESSED) accepted.add(name);
  return accepted;
}

export type PageCacheOptions = {
  /** Paths whose response is the same for every visitor (no per-user content in the HTML). */
  cacheable: (pathname: string, query: URLSearchParams) => boolean;
  /**
   * Paths rendered per user. `keyPart` names the user and the version of their data (undefined
   * when there is no signed-in user): a page is reused only while that version is unchanged.
   */
  personal?: { cacheable: (pathname: string, query: URLSearchParams) => boolean; keyPart: (req: IncomingMessage) => Promise<string | undefined> };
  maxBytes?: number;
  ttlMs?: number;
  /**
   * Adjusts the headers of a copy before it is stored for others: what was right for the one
   * response it came from (a per-response nonce) may not be for everyone it is replayed to.
   */
  storedHeaders?: (headers: OutgoingHttpHeaders, body: Buffer, encoding: string) => OutgoingHttpHeaders;
};

const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "set-cookie", "x-request-id", "strict-transport-security"]);

/**
 * A shared response cache in front of Next.js for pages that render the same for everyone
 * (the question bank is read-only content between imports). Only full-document GETs are
 * cached: client-side navigations (RSC requests) and anything that sets a cookie go straight
 * through. A copy is kept per encoding Next actually sent (it compresses), and a client is only
 * ever served a copy in an encoding it accepts; every replay says Vary: Accept-Encoding.
 */
export function createPageCache(options: PageCacheOptions) {
  const cache = new LRUCache<string, Entry>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (entry) => entry.body.byteLength + 512,
    ttl: options.ttlMs ?? 10 * 60 * 1000,
  });

  /** The key of a page without its encoding, or undefined when it is not cached. */
  async function keyFor(req: IncomingMessage): Promise<string | undefined> {
    if (req.method !== "GET" || !req.url) return undefined;
    if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-router-prefetch"]) return undefined;
    const [pathname = "", search = ""] = req.url.split("?", 2);
    const query = new URLSearchParams(search);
    if (options.cacheable(pathname, query)) return `shared ${req.url}`;
    if (!options.personal?.cacheable(pathname, query)) return undefined;
    const owner = await options.personal.keyPart(req);
    return owner ? `user ${owner} ${req.url}` : undefined;
  }

  const withEncoding = (key: string, encoding: string) => `${encoding} ${key}`;

  /** A stored copy this client may be sent: the best compressed one it accepts, else a plain one that suits everyone. */
  function lookup(key: string, req: IncomingMessage): Entry | undefined {
    const accepted = acceptedEncodings(req.headers["accept-encoding"]);
    for (const encoding of COMPRESSED) {
      const hit = accepted.has(encoding) ? cache.get(withEncoding(key, encoding)) : undefined;
      if (hit) return hit;
    }
    const plain = cache.get(withEncoding(key, "identity"));
    // A plain copy rendered for a client that took no compression would deny the next one its gzip.
    if (plain && (plain.body.byteLength < UNCOMPRESSED_BELOW || !COMPRESSED.some((encoding) => accepted.has(encoding)))) return plain;
    return undefined;
  }

  /** Serves from the cache, or calls `next` and keeps a copy of a cacheable 200 response. */
  async function handle(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> {
    let key: string | undefined;
    try {
      key = await keyFor(req);
    } catch (error) {
      log.error({ err: error }, "page cache could not build a key; serving uncached");
    }
    if (!key) return next();
    const hit = lookup(key, req);
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
      const encoding = String(headers["content-encoding"] ?? "identity").toLowerCase();
      // Only encodings this cache knows how to hand out again (a client that asked for none gets identity).
      if (encoding !== "identity" && !(COMPRESSED as readonly string[]).includes(encoding)) return;
      const vary = String(headers.vary ?? "");
      if (!/accept-encoding|\*/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
      try {
        cache.set(withEncoding(key, encoding), { status: 200, headers: options.storedHeaders?.(headers, body, encoding) ?? headers, body });
      } catch (error) {
        log.error({ err: error }, "page cache could not keep a copy");
      }
    });
    next();
  }

  return { handle, clear: () => cache.clear(), size: () => cache.size };
}
