import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPageCache } from "@/lib/http/page-cache";

describe("page cache in front of Next", () => {
  let server: Server;
  let base: string;
  let renders = 0;
  const versions = new Map<string, number>([["ann", 1], ["bob", 1]]);
  const cache = createPageCache({
    cacheable: (pathname) => pathname.startsWith("/questions"),
    personal: {
      cacheable: (pathname) => pathname === "/history",
      keyPart: async (req) => {
        const user = String(req.headers["x-user"] ?? "");
        return versions.has(user) ? `${user}:${versions.get(user)}` : undefined;
      },
    },
  });

  beforeAll(async () => {
    server = createServer((req, res) =>
      cache.handle(req, res, () => {
        renders++;
        if (req.url?.includes("missing")) return void res.writeHead(404).end("nope");
        if (req.url?.includes("cookie")) res.setHeader("set-cookie", "a=1");
        res.setHeader("content-type", "text/html");
        const accepts = String(req.headers["accept-encoding"]);
        if (!accepts.includes("gzip") && accepts.includes("deflate")) {
          res.setHeader("content-encoding", "deflate");
          res.setHeader("vary", "Accept-Encoding");
          res.write(deflateSync(`deflated ${req.url} #${renders} ${"x".repeat(2000)}`));
          return void res.end();
        }
        if (accepts.includes("gzip")) {
          res.setHeader("content-encoding", "gzip");
          res.write(gzipSync(`zipped ${req.url} #${renders}`));
          return void res.end();
        }
        // Big enough that a real server would have compressed it for a client that asked.
        res.write(`page ${req.url} for ${req.headers["x-user"] ?? "anyone"} ${req.url?.includes("enc") ? ".".repeat(2000) : ""}`);
        res.end(`#${renders}`);
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers: { "accept-encoding": "identity", ...headers } });

  it("renders once and replays the same bytes and headers", async () => {
    const first = await get("/questions?q=a");
    expect(first.headers.get("x-page-cache")).toBe("MISS");
    const firstBody = await first.text();
    const second = await get("/questions?q=a");
    expect(second.headers.get("x-page-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/html");
    expect(await second.text()).toBe(firstBody);
    expect((await (await get("/questions?q=b")).text())).not.toBe(firstBody);
  });

  it("keeps compressed and plain copies apart", async () => {
    const zipped = await get("/questions/zip", { "accept-encoding": "gzip" });
    expect(await zipped.text()).toMatch(/^zipped \/questions\/zip #\d+$/);
    const again = await get("/questions/zip", { "accept-encoding": "gzip" });
    expect(again.headers.get("x-page-cache")).toBe("HIT");
    expect(await again.text()).toMatch(/^zipped/);
    const plain = await get("/questions/zip");
    expect(plain.headers.get("x-page-cache")).toBe("MISS");
    expect(await plain.text()).toMatch(/^page/);
  });

  it("serves each client only an encoding it accepts: one deflate request does not poison the plain copy", async () => {
    const deflated = await fetch(base + "/questions/enc", { headers: { "accept-encoding": "deflate" } });
    expect(await deflated.text()).toMatch(/^deflated \/questions\/enc/);
    const again = await fetch(base + "/questions/enc", { headers: { "accept-encoding": "deflate" } });
    expect(again.headers.get("x-page-cache")).toBe("HIT");
    expect(again.headers.get("vary")).toMatch(/Accept-Encoding/);
    // A JSON client asking for no compression, and one that refuses deflate outright, get plain bytes.
    for (const headers of [{ "accept-encoding": "identity" }, { "accept-encoding": "deflate;q=0, identity" }]) {
      const plain = await fetch(base + "/questions/enc", { headers });
      expect(plain.headers.get("content-encoding"), JSON.stringify(headers)).toBeNull();
      expect(await plain.text()).toMatch(/^page \/questions\/enc/);
    }
    const zipped = await fetch(base + "/questions/enc", { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(await zipped.text()).toMatch(/^zipped/);
  });

  it("never caches errors, cookies, client navigations or other paths", async () => {
    for (const [path, headers] of [
      ["/questions/missing", {}],
      ["/questions/cookie", {}],
      ["/questions/nav", { rsc: "1" }],
      ["/signin", {}],
    ] as const) {
      await get(path, headers);
      const again = await get(path, headers);
      expect(again.headers.get("x-page-cache"), path).not.toBe("HIT");
    }
    const post = await fetch(base + "/questions?q=post", { method: "POST" });
    expect(post.headers.get("x-page-cache")).toBeNull();
  });

  it("keeps personal pages per user and drops them when that user's data version changes", async () => {
    const ann = await get("/history", { "x-user": "ann" });
    expect(ann.headers.get("x-page-cache")).toBe("MISS");
    const annBody = await ann.text();
    expect(annBody).toContain("for ann");
    const annAgain = await get("/history", { "x-user": "ann" });
    expect(annAgain.headers.get("x-page-cache")).toBe("HIT");
    expect(await annAgain.text()).toBe(annBody);

    const bob = await get("/history", { "x-user": "bob" });
    expect(bob.headers.get("x-page-cache")).toBe("MISS");
    expect(await bob.text()).toContain("for bob");

    versions.set("ann", 2);
    const changed = await get("/history", { "x-user": "ann" });
    expect(changed.headers.get("x-page-cache")).toBe("MISS");
    expect(await changed.text()).not.toBe(annBody);

    const visitor = await get("/history");
    expect(visitor.headers.get("x-page-cache")).toBeNull();
  });
});
