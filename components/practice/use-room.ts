"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import { apiRequest } from "@/lib/http/client-request";
import { RoomConnection, type SaveState } from "@/lib/sessions/client/room-connection";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { useSessionClock } from "./use-session-clock";

export type RoomAction = "advance" | "finish" | "start" | "pause" | "resume" | "ready" | "invite" | "seats" | "abandon";

/**
 * A session page's live state: the latest snapshot (refetched whenever the server says the
 * session changed), the clock read against the server's time (`clock` as of the last phase-level
 * change, `clockSource` for useLiveClock), the one connection for documents
 * and presence, and the verbs the viewer may call.
 */
export function useRoom(initial: SessionSnapshot) {
  const router = useRouter();
  const [state, setState] = useState(() => ({ snapshot: initial, receivedAt: Date.now() }));
  const [save, setSave] = useState<{ state: SaveState; message?: string }>({ state: "offline" });
  const [connected, setConnected] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<RoomAction | null>(null);
  const [connection] = useState(() => new RoomConnection(initial.id, { viewerId: initial.viewerId, withPresence: initial.mode === "peer" }));
  const [interviewerDoc, setInterviewerDoc] = useState<Y.Doc | null>(null);
  const { snapshot } = state;
  const { clock, facts: clockFacts, ticker } = useSessionClock(snapshot, state.receivedAt);
  const clockSource = useMemo(() => ({ facts: clockFacts, ticker }), [clockFacts, ticker]);
  const role = useRef(initial.role);

  const accept = useCallback(
    (next: SessionSnapshot, receivedAt = Date.now()) => {
      setState({ snapshot: next, receivedAt });
      // The interviewer's brief is rendered on the server for the interviewer alone: a new role needs a new render.
      if (next.role !== role.current) {
        role.current = next.role;
        router.refresh();
      }
    },
    [router],
  );

  const refresh = useCallback(async () => {
    const result = await apiRequest<SessionSnapshot>(`/api/practice/${initial.id}`);
    if (result.ok) accept(result.data);
  }, [initial.id, accept]);

  useEffect(() => {
    void connection.start({
      onSnapshot: accept,
      onSaveState: (next, message) => setSave({ state: next, message }),
      onSessionChanged: () => void refresh(),
      onConnectionChange: setConnected,
      onNotice: setNotice,
    });
    return () => connection.stop();
  }, [connection, refresh, accept]);

  // Only the interviewer's sockets may join the interviewer's document; follow the role.
  const interviewing = snapshot.role === "interviewer" && snapshot.mode === "peer";
  useEffect(() => {
    let current = true;
    void connection.setInterviewerChannel(interviewing).then((channel) => {
      if (current) setInterviewerDoc(channel?.doc ?? null);
    });
    return () => {
      current = false;
    };
  }, [connection, interviewing]);

  useEffect(() => {
    connection.shared.setWritable(snapshot.can.editShared);
    connection.presence?.setParticipants(snapshot.room?.participants ?? []);
  }, [connection, snapshot]);

  const act = useCallback(
    async (action: RoomAction, body?: unknown): Promise<boolean> => {
      setBusy(action);
      setActionError(null);
      if (action === "finish") await connection.settle(); // every edit acknowledged before the session turns read-only
      const path = action === "resume" ? "pause" : action;
      const result = await apiRequest<SessionSnapshot>(`/api/practice/${initial.id}/${path}`, {
        method: "POST",
        body: action === "pause" || action === "resume" ? { paused: action === "pause" } : body,
      });
      setBusy(null);
      if (!result.ok) {
        setActionError(result.message);
        return false;
      }
      accept(result.data);
      return true;
    },
    [connection, initial.id, accept],
  );

  /** A room setting (PUT /api/practice/<id>/<path>): resolves with why it was refused, or null once applied. */
  const updateSetting = useCallback(
    async (path: "meeting-link" | "observer-chat", body: unknown): Promise<string | null> => {
      const result = await apiRequest<SessionSnapshot>(`/api/practice/${initial.id}/${path}`, { method: "PUT", body });
      if (!result.ok) return result.message;
      accept(result.data);
      return null;
    },
    [initial.id, accept],
  );

  return { snapshot, clock, clockSource, connection, interviewerDoc, save, connected, notice, actionError, setActionError, busy, act, refresh, updateSetting };
}

export type RoomState = ReturnType<typeof useRoom>;
