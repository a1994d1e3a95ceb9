import { Counter } from "prom-client";
import { sharedMetric } from "./registry";

const checkpoints = sharedMetric(
  "document_checkpoints",
  (registry) => {
    const counter = new Counter({
      name: "sdp_document_checkpoints_total",
      help: "Background document checkpoint writes: written, unchanged (nothing new, or another writer got further) or failed.",
      labelNames: ["result"] as const,
      registers: [registry],
    });
    for (const result of ["written", "unchanged", "failed"]) counter.inc({ result }, 0);
    return counter;
  },
);

export const noteCheckpoint = (result: "written" | "unchanged" | "failed") => checkpoints.inc({ result });
