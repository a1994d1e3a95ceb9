"use client";

import { useSyncExternalStore } from "react";
import type { CallChannel, CallState } from "@/lib/sessions/client/call";

/** The call's state for a component, re-rendered when it changes. */
export function useCall(call: CallChannel): CallState {
  return useSyncExternalStore(call.subscribe, call.getState, call.getState);
}

/** What each connection state says about reaching one person. */
export function linkMessage(link: "connecting" | "connected" | "reconnecting" | "failed", name: string): string | null {
  switch (link) {
    case "connecting":
      return `Connecting to ${name}…`;
    case "reconnecting":
      return `Reconnecting to ${name}…`;
    case "failed":
      return `Could not reach ${name}: your networks block a direct connection; ask your admin to configure a TURN server.`;
    default:
      return null;
  }
}

export const initialsOf = (name: string) =>
  name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.slice(0, 1).toUpperCase())
    .join("") || "?";
