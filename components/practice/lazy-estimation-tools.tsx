"use client";

import dynamic from "next/dynamic";

function LoadingTools() {
  return (
    <p role="status" className="rounded-xl bg-white p-4 text-sm text-slate-500 shadow-sm ring-1 ring-slate-200">
      Loading the calculator…
    </p>
  );
}

/**
 * The calculator and numbers to know in a chunk of their own: a page in an estimating phase gets
 * them with its HTML, any other fetches them when such a phase is first shown. They are the last
 * thing in the side panel, so nothing moves when they arrive.
 */
export const LazyEstimationTools = dynamic(() => import("./estimation-tools").then((mod) => mod.EstimationTools), { loading: LoadingTools });
