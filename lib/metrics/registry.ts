import { collectDefaultMetrics, Registry, type Metric } from "prom-client";

// server.ts and the Next.js bundle each load their own copy of this module (and of prom-client):
// the registry and every metric live on globalThis, so both graphs count into one set and a
// second copy never registers a name twice (prom-client throws on that).

export const METRIC_PREFIX = "sdp_";

type MetricsGlobal = { __sdpMetricsRegistry?: Registry; __sdpMetrics?: Map<string, Metric> };
const globalForMetrics = globalThis as unknown as MetricsGlobal;

/** The process's one registry, with Node's process metrics (CPU, memory, event loop lag, GC) prefixed `sdp_`. */
export function metricsRegistry(): Registry {
  if (!globalForMetrics.__sdpMetricsRegistry) {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry, prefix: METRIC_PREFIX });
    globalForMetrics.__sdpMetricsRegistry = registry;
  }
  return globalForMetrics.__sdpMetricsRegistry;
}

/** The metric registered under `name`, created (in the shared registry) the first time any module graph asks. */
export function sharedMetric<M extends Metric>(name: string, create: (registry: Registry) => M): M {
  const metrics = (globalForMetrics.__sdpMetrics ??= new Map());
  let metric = metrics.get(name);
  if (!metric) metrics.set(name, (metric = create(metricsRegistry())));
  return metric as M;
}
