"use client";

// Replays a session from its stored update log: a scrubber over the session's time, play/pause
// and speed; notes and whiteboard show the document as it was at that moment. The log is fetched
// once; moving forwards applies the missing updates, moving backwards rebuilds (see ReplayDocument).
import type { ExcalidrawImperativeAPI } from "@excalidraw/excalidraw/types";
import { useCallback, useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import { EmptyState } from "@/components/ui/empty-state";
import { Whiteboard } from "@/components/practice/whiteboard";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatOffset } from "@/lib/history/format";
import { base64ToBytes, changeOffsets, countUpdatesUntil, advancePosition, phaseAt, REPLAY_SPEEDS, replayEnd, type ReplaySpeed } from "@/lib/history/replay";
import { ReplayDocument } from "@/lib/history/replay-document";
import { NotesAtMoment } from "./replay-notes";
import { ChatTranscript } from "./chat-transcript";
import type { ChatMessage } from "@/lib/sessions/chat/schemas";
import type { ReplayLog } from "@/lib/history/schemas";
import { phaseTitle, type Plan } from "@/lib/sessions/plan";

export type SessionReplayProps = {
  sessionId: string;
  startedAt: number;
  finishedAt: number | null;
  plan: Plan;
  /** When each later phase began (epoch ms). */
  advances: number[];
  /** Whether the final document has a drawing; without one the board is not loaded. */
  hasDrawing: boolean;
  /** Server time of the page render: where an active session's timeline ends. */
  renderedAt: number;
  /** Peer rounds: the chat, shown up to the moment replayed; null for solo sessions. */
  chat?: ChatMessage[] | null;
};

type Loaded = { state: "ready"; replayer: ReplayDocument; times: number[]; end: number; changes: number[] };
type Load = { state: "loading" } | { state: "error"; message: string } | Loaded;
type View = { doc: Y.Doc; position: number; applied: number; notes: Record<string, string> };

const TICK_MS = 100;
const PAGE_STEP_MS = 60_000;

export function SessionReplay({ sessionId, startedAt, finishedAt, plan, advances, hasDrawing, renderedAt, chat = null }: SessionReplayProps) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [view, setView] = useState<View | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<ReplaySpeed>(16);
  const positionRef = useRef(0);
  const apiRef = useRef<ExcalidrawImperativeAPI | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    void (async () => {
      try {
        const response = await fetch(`/api/history/${sessionId}/updates`, { signal: controller.signal });
        const json = await response.json();
        if (!response.ok) {
          setLoad({ state: "error", message: json.error?.message ?? "The session's history could not be loaded." });
          return;
        }
        const log = json as ReplayLog;
        const times = log.updates.map((update) => update.createdAt);
        const replayer = new ReplayDocument(
          log.updates.map((update) => base64ToBytes(update.data)),
          `replay-${sessionId}`,
        );
        const end = replayEnd({ startedAt, finishedAt, advances }, times, renderedAt) - startedAt;
        replayer.seek(replayer.length); // start at the end: the finished notes and drawing
        positionRef.current = end;
        setLoad({ state: "ready", replayer, times, end, changes: changeOffsets(times, startedAt) });
        setView({ doc: replayer.doc, position: end, applied: replayer.applied, notes: replayer.notes() });
      } catch (error) {
        if (controller.signal.aborted) return;
        console.error("[replay] could not load the update log", error);
        setLoad({ state: "error", message: "The session's history could not be loaded. Check your connection and reload." });
      }
    })();
    return () => controller.abort();
  }, [sessionId, startedAt, finishedAt, advances, renderedAt]);

  const seek = useCallback(
    (position: number) => {
      if (load.state !== "ready") return;
      const { replayer, times, end } = load;
      const clamped = Math.max(0, Math.min(end, Math.round(position)));
      positionRef.current = clamped;
      const count = countUpdatesUntil(times, startedAt + clamped);
      const before = { doc: replayer.doc, applied: replayer.applied };
      const api = apiRef.current;
      // Going back: empty the board first, so it takes the rebuilt scene instead of merging into it.
      if (count < before.applied) api?.updateScene({ elements: [] });
      replayer.seek(count, { freshGuid: !api });
      const changed = replayer.doc !== before.doc || replayer.applied !== before.applied;
      const notes = changed ? replayer.notes() : null;
      setView((previous) =>
        previous && !notes ? { ...previous, position: clamped } : { doc: replayer.doc, position: clamped, applied: replayer.applied, notes: notes ?? replayer.notes() },
      );
    },
    [load, startedAt],
  );

  useEffect(() => {
    if (!playing || load.state !== "ready") return;
    let last = performance.now();
    const timer = window.setInterval(() => {
      const now = performance.now();
      const next = advancePosition(positionRef.current, now - last, speed, load.end);
      last = now;
      seek(next);
      if (next >= load.end) setPlaying(false);
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [playing, speed, load, seek]);

  const onReady = useCallback((api: ExcalidrawImperativeAPI) => {
    apiRef.current = api;
  }, []);

  if (load.state === "loading" || !view) {
    return load.state === "error" ? (
      <p role="alert" className="rounded-xl bg-rose-50 p-4 text-sm text-rose-800">
        {load.message}
      </p>
    ) : (
      <p role="status" className="text-sm text-slate-500">
        Loading the session&apos;s history…
      </p>
    );
  }
  if (load.state === "error") return null;

  const at = startedAt + view.position;
  const phase = phaseAt({ plan, advances }, at);
  const phaseStarts = [startedAt, ...advances.slice(0, plan.length - 1)].map((time) => time - startedAt);
  const previousChange = [...load.changes].reverse().find((offset) => offset < view.position);
  const nextChange = load.changes.find((offset) => offset > view.position);
  const valueText = `${formatOffset(view.position)} of ${formatOffset(load.end)}, ${phaseTitle(phase.key)}`;

  const togglePlay = () => {
    if (!playing && view.position >= load.end) seek(0);
    setPlaying(!playing);
  };

  return (
    <div className="space-y-5" data-testid="session-replay">
      <div className="space-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Moment</p>
            <p className="font-mono text-2xl font-semibold tabular-nums" data-testid="replay-time">
              {formatOffset(view.position)}
              <span className="text-base font-normal text-slate-500"> / {formatOffset(load.end)}</span>
            </p>
          </div>
          <div className="text-right">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Phase then</p>
            <p className="font-semibold" data-testid="replay-phase">
              {phaseTitle(phase.key)}
              <span className="font-normal text-slate-500">
                {" "}
                ({phase.index + 1} of {plan.length})
              </span>
            </p>
          </div>
        </div>
        <div>
          <label htmlFor="replay-position" className="block text-sm font-medium text-slate-800">
            Replay position
          </label>
          <input
            id="replay-position"
            type="range"
            min={0}
            max={Math.max(load.end, 1000)}
            step={1000}
            value={view.position}
            aria-valuetext={valueText}
            aria-describedby="replay-hint"
            onChange={(event) => seek(Number(event.target.value))}
            onKeyDown={(event) => {
              if (event.key !== "PageUp" && event.key !== "PageDown") return;
              event.preventDefault();
              seek(positionRef.current + (event.key === "PageUp" ? PAGE_STEP_MS : -PAGE_STEP_MS));
            }}
            className="mt-2 w-full accent-indigo-600"
          />
          <p id="replay-hint" className="mt-1 text-xs text-slate-500">
            Arrow keys move a second, Page Up and Page Down a minute, Home and End to the start and end. {view.applied} of {load.times.length} saved
            changes applied.
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <button type="button" className={buttonStyles.primary} onClick={togglePlay} disabled={load.end === 0}>
            {playing ? "Pause" : "Play"}
          </button>
          <div role="group" aria-label="Speed" className="flex items-center gap-1">
            {REPLAY_SPEEDS.map((value) => (
              <button key={value} type="button" aria-pressed={speed === value} onClick={() => setSpeed(value)} className={`${buttonStyles.ghost} ${speed === value ? "bg-indigo-50 text-indigo-700" : ""}`}>
                {value}×
              </button>
            ))}
          </div>
          <span className="mx-1 h-5 w-px bg-slate-200" aria-hidden />
          <button type="button" className={buttonStyles.ghost} disabled={previousChange === undefined} onClick={() => seek(previousChange ?? 0)}>
            ← Previous change
          </button>
          <button type="button" className={buttonStyles.ghost} disabled={nextChange === undefined} onClick={() => seek(nextChange ?? load.end)}>
            Next change →
          </button>
        </div>
        <div role="group" aria-label="Jump to a phase" className="flex flex-wrap items-center gap-1 text-sm">
          <span className="text-slate-500">Jump to:</span>
          {plan.map((planned, index) =>
            index < phaseStarts.length ? (
              <button key={planned.key} type="button" className={buttonStyles.ghost} onClick={() => seek(phaseStarts[index]!)}>
                {phaseTitle(planned.key)} ({formatOffset(phaseStarts[index]!)})
              </button>
            ) : null,
          )}
        </div>
      </div>

      <div>
        <h3 className="mb-2 font-semibold">Notes at {formatOffset(view.position)}</h3>
        <NotesAtMoment notes={view.notes} plan={plan} currentKey={phase.key} />
      </div>

      {chat ? (
        <div>
          <h3 className="mb-2 font-semibold">Chat until {formatOffset(view.position)}</h3>
          <ChatTranscript messages={chat.filter((message) => message.sentAt <= at)} startedAt={startedAt} testId="replay-chat" />
        </div>
      ) : null}

      <div>
        <h3 className="mb-2 font-semibold">Whiteboard at {formatOffset(view.position)}</h3>
        {hasDrawing ? <Whiteboard doc={view.doc} readOnly onReady={onReady} /> : <EmptyState>Nothing was drawn in this session.</EmptyState>}
      </div>
    </div>
  );
}
