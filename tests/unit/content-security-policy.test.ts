import { createHash } from "node:crypto";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, decodeBody, inlineScriptHashes } from "@/lib/http/content-security-policy";

const sha = (text: string) => createHash("sha256").update(text).digest("base64");

describe("the content security policy", () => {
  it("allows scripts by this response's nonce, never eval outside the dev server", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123';");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy({ nonce: "x" }, true)).toContain("'unsafe-eval'");
  });

  it("lists a cached page's inline scripts by hash, skipping external ones and repeats", () => {
    const html = `<head><script nonce="n1">self.a=1</script><script src="/_next/x.js" async></script></head><body><script>self.__next_f.push([1,"</p>"])</script><script nonce="n1">self.a=1</script><script src="/y.js"></script></body>`;
    expect(inlineScriptHashes(html)).toEqual([sha("self.a=1"), sha('self.__next_f.push([1,"</p>"])')]);
    expect(contentSecurityPolicy({ hashes: inlineScriptHashes(html) })).toContain(`script-src 'self' 'sha256-${sha("self.a=1")}'`);
  });

  it("reads a stored body in whichever encoding Next sent it", () => {
    const html = "<script>x()</script>";
    expect(decodeBody(gzipSync(html), "gzip")).toBe(html);
    expect(decodeBody(brotliCompressSync(html), "br")).toBe(html);
    expect(decodeBody(Buffer.from(html), "identity")).toBe(html);
  });
});
