"use client";

import { useEffect } from "react";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatDuration, type ClockView } from "@/lib/sessions/clock";
import { phaseTitle } from "@/lib/questions/phases";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { SaveIndicator } from "./save-indicator";
import { useLiveClock } from "./use-session-clock";
import type { RoomState } from "./use-room";

const ROLE_LABEL = { interviewer: "You are the interviewer", candidate: "You are the candidate", observer: "You are observing" } as const;

function remainingText(clock: ClockView) {
  return clock.phaseRemainingMs >= 0 ? formatDuration(clock.phaseRemainingMs) : `+${formatDuration(clock.phaseOvertimeMs)}`;
}

/** Keeps the time left in the browser tab's title, so it shows from another tab too. */
function useTabTitle(snapshot: SessionSnapshot, clock: ClockView) {
  const text =
    snapshot.status === "lobby"
      ? "Waiting to start"
      : snapshot.status === "active"
        ? `${clock.paused ? "Paused " : ""}${remainingText(clock)} · ${phaseTitle(snapshot.plan[clock.phaseIndex]!.key)}`
        : snapshot.status === "finished"
          ? "Finished"
          : "Abandoned";
  useEffect(() => {
    const before = document.title;
    document.title = `${text} · ${snapshot.question.title}`;
    return () => {
      document.title = before;
    };
  }, [text, snapshot.question.title]);
}

/**
 * The clock in the bar (and the tab's title): the one part of the room that changes every tick,
 * so it reads the live clock itself and a tick re-renders only it.
 */
function ClockReadout({ room, timeUp }: { room: RoomState; timeUp: boolean }) {
  const { snapshot } = room;
  const clock = useLiveClock(room.clockSource);
  useTabTitle(snapshot, clock);
  const current = snapshot.plan[clock.phaseIndex]!;
  const active = snapshot.status === "active";
  return (
    <section aria-label="Clock" className="flex items-center gap-4">
      {snapshot.status === "lobby" ? (
        <p className="text-sm font-medium text-slate-600" data-testid="clock-state">
          Waiting to start · {snapshot.plan.reduce((sum, phase) => sum + phase.minutes, 0)} minutes planned
        </p>
      ) : snapshot.status === "finished" || snapshot.status === "abandoned" ? (
        // A clock that has stopped would only read as time still running.
        <p className="rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold text-slate-700" data-testid="clock-state">
          {snapshot.status === "finished" ? "Finished" : "Abandoned"}
        </p>
      ) : (
        <>
          <div className="text-right">
            <p className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{phaseTitle(current.key)}</p>
            <p
              data-testid="phase-remaining"
              role="timer"
              aria-label={`${phaseTitle(current.key)}: ${clock.phaseRemainingMs >= 0 ? `${remainingText(clock)} left` : `${remainingText(clock)} over`}`}
              className={`font-mono text-2xl font-semibold leading-none tabular-nums ${timeUp ? "text-rose-600" : "text-slate-900"}`}
            >
              {remainingText(clock)}
            </p>
          </div>
          <div className="text-right">
            <p className="text-[11px] font-medium uppercase tracking-wide text-slate-500">Overall</p>
            <p data-testid="overall-remaining" className={`font-mono text-lg leading-none tabular-nums ${clock.overallRemainingMs < 0 ? "text-rose-600" : "text-slate-700"}`}>
              {clock.overallRemainingMs >= 0 ? formatDuration(clock.overallRemainingMs) : `+${formatDuration(clock.overallOvertimeMs)}`}
            </p>
          </div>
          {clock.paused && active ? (
            <span className="rounded-full bg-amber-100 px-2.5 py-1 text-xs font-semibold text-amber-900" data-testid="clock-state">
              Paused
            </span>
          ) : null}
        </>
      )}
    </section>
  );
}

type Props = {
  room: RoomState;
  sound: { on: boolean; toggle: () => void; timeUp: boolean };
  onFinish: () => void;
  onShortcuts: () => void;
};

/** The slim bar on top of the workspace: what is being practised, the clock, and the controls. */
export function RoomHeader({ room, sound, onFinish, onShortcuts }: Props) {
  const { snapshot, clock, busy, act } = room;
  const next = snapshot.plan[clock.phaseIndex + 1];
  const peer = snapshot.mode === "peer";
  const active = snapshot.status === "active";
  const ready = snapshot.room?.candidateReadyPhase === clock.phaseIndex && active;

  return (
    <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
      <div className="min-w-0 flex-1 basis-48">
        <p className="truncate text-xs text-slate-500">
          {peer ? `Peer interview${snapshot.room && snapshot.room.rounds.length > 1 ? `, round ${snapshot.room.round}` : ""} · ${ROLE_LABEL[snapshot.role]}` : "Practice session"}
        </p>
        <h1 className="truncate text-base font-semibold tracking-tight">{snapshot.question.title}</h1>
      </div>

      <ClockReadout room={room} timeUp={sound.timeUp} />

      <div className="flex flex-wrap items-center gap-2">
        <SaveIndicator state={room.save.state} message={room.save.message} />
        <button type="button" className={buttonStyles.ghost} onClick={onShortcuts} aria-keyshortcuts="Shift+?">
          <span aria-hidden>?</span>
          <span className="sr-only sm:not-sr-only">Shortcuts</span>
        </button>
        <button type="button" className={buttonStyles.ghost} aria-pressed={sound.on} onClick={sound.toggle}>
          {sound.on ? "Sound on" : "Sound off"}
        </button>
        {ready && snapshot.role !== "candidate" ? (
          <span role="status" className="rounded-full bg-emerald-100 px-2.5 py-1 text-xs font-semibold text-emerald-900" data-testid="candidate-ready">
            Candidate is ready to move on
          </span>
        ) : null}
        {snapshot.role === "interviewer" && snapshot.status === "lobby" ? (
          <button type="button" className={buttonStyles.primary} disabled={!snapshot.can.start || busy !== null} onClick={() => void act("start")}>
            {busy === "start" ? "Starting…" : snapshot.can.start ? "Start the interview" : "Waiting for the candidate"}
          </button>
        ) : null}
        {snapshot.can.pause ? (
          <button type="button" className={buttonStyles.secondary} disabled={busy !== null} onClick={() => void act(clock.paused ? "resume" : "pause")}>
            {clock.paused ? "Resume" : "Pause"}
          </button>
        ) : null}
        {snapshot.can.signalReady && next ? (
          <button type="button" className={buttonStyles.secondary} aria-pressed={ready} disabled={ready || busy !== null} onClick={() => void act("ready")}>
            {ready ? "Interviewer told you are ready" : "Ready for the next phase"}
          </button>
        ) : null}
        {snapshot.can.finish ? (
          next ? (
            <>
              <button
                type="button"
                className={buttonStyles.primary}
                disabled={busy !== null || !snapshot.can.advance}
                onClick={() => void act("advance", { fromPhase: clock.phaseIndex })}
                aria-keyshortcuts="Alt+Shift+N"
              >
                {busy === "advance" ? "Moving on…" : `Next phase: ${phaseTitle(next.key)}`}
              </button>
              <button type="button" className={buttonStyles.secondary} disabled={busy !== null} onClick={onFinish}>
                Finish
              </button>
            </>
          ) : (
            <button type="button" className={buttonStyles.primary} disabled={busy !== null} onClick={onFinish}>
              Finish session
            </button>
          )
        ) : null}
      </div>
    </header>
  );
}
