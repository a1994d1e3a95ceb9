"use client";

import dynamic from "next/dynamic";

/**
 * The interviewer's panel in a chunk of its own (it brings a Markdown renderer): the server renders
 * it for the interviewer alone, so only their page fetches it, and nobody else's room carries it.
 */
export const LazyInterviewerPanel = dynamic(() => import("./interviewer-panel").then((mod) => mod.InterviewerPanel));
