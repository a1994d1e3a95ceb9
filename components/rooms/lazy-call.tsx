"use client";

import dynamic from "next/dynamic";

/** The call's controls in chunks of their own: only peer rooms fetch them, after the page is up. */
export const LazyCallPanel = dynamic(() => import("./call-panel").then((mod) => mod.CallPanel), { ssr: false });
export const LazyCallBar = dynamic(() => import("./call-panel").then((mod) => mod.CallBar), { ssr: false });
export const LazyCallAudio = dynamic(() => import("./call-panel").then((mod) => mod.CallAudio), { ssr: false });
