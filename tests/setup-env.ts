import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Tests never write into the repository's .data/ and never share Redis keys with a running app.
process.env.DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "sdp-test-data-"));
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-long-enough-for-hs256";
process.env.REDIS_KEY_PREFIX = `sdp-test-${process.pid}-${Date.now()}:`;
