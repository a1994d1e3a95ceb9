"use client";

import { createContext, useContext } from "react";
import type { PhaseKey } from "@/lib/questions/phases";
import type { RoomState } from "./use-room";

export type RoomContextValue = { room: RoomState; currentPhase: PhaseKey; shownPhase: PhaseKey };

export const RoomContext = createContext<RoomContextValue | null>(null);

/** The live room for panels rendered inside it (such as the interviewer's, which the server passes in). */
export function useRoomContext(): RoomContextValue {
  const value = useContext(RoomContext);
  if (!value) throw new Error("useRoomContext must be used inside a practice room");
  return value;
}
