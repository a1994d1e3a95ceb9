"use client";

import dynamic from "next/dynamic";
import { WhiteboardLoading } from "./whiteboard-frame";

/**
 * The whiteboard, its code (Excalidraw, its stylesheet, the scene sync) fetched only when a board
 * is first shown: a page without one never loads it.
 */
export const LazyWhiteboard = dynamic(() => import("./whiteboard").then((mod) => mod.Whiteboard), { ssr: false, loading: WhiteboardLoading });
