import autocannon from "autocannon";

export type LoadResult = { path: string; requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };

/** Drives `path` with autocannon for `seconds` at `connections` and returns throughput and latency. */
export async function load(
  base: string,
  path: string,
  connections: number,
  seconds: number,
  options: { bustCache?: boolean; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  let counter = 0;
  const result = await autocannon({
    url: base + path,
    headers: options.headers,
    connections,
    duration: seconds,
    pipelining: 1,
    // A unique, ignored query parameter per request makes every request miss the page cache.
    requests: options.bustCache
      ? [{ setupRequest: (request) => ({ ...request, path: `${path}${path.includes("?") ? "&" : "?"}nocache=${counter++}` }) }]
      : undefined,
  });
  return {
    path: options.bustCache ? `${path} (uncached)` : path,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export function printTable(rows: LoadResult[]): void {
  console.log("path".padEnd(42) + "req/s".padStart(9) + "p50 ms".padStart(9) + "p99 ms".padStart(9) + "errors".padStart(8));
  for (const row of rows) {
    console.log(
      row.path.padEnd(42) +
        String(row.requestsPerSecond).padStart(9) +
        String(row.p50).padStart(9) +
        String(row.p99).padStart(9) +
        String(row.errors + row.non2xx).padStart(8),
    );
  }
}
