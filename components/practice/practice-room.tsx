"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Markdown } from "@/components/markdown";
import { buttonStyles } from "@/components/ui/button-styles";
import { formatDuration } from "@/lib/sessions/clock";
import { SessionSync, type SaveState } from "@/lib/sessions/client/session-sync";
import { notesTextName } from "@/lib/sessions/document/limits";
import { phaseTitle } from "@/lib/sessions/plan";
import type { SessionSnapshot } from "@/lib/sessions/schemas";
import { EstimationCalculator } from "./estimation-calculator";
import { NotesEditor } from "./notes-editor";
import { NumbersToKnow } from "./numbers-to-know";
import { PhaseProgress } from "./phase-progress";
import { SaveIndicator } from "./save-indicator";
import { useSessionClock } from "./use-session-clock";
import { useTimeUpSignal } from "./use-time-up-signal";
import { Whiteboard } from "./whiteboard";

const DRAWING_PHASES = new Set(["high_level", "deep_dive"]);

async function postJson(url: string, body?: unknown): Promise<{ ok: true; snapshot: SessionSnapshot } | { ok: false; message: string }> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: body ? { "Content-Type": "application/json" } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    return response.ok ? { ok: true, snapshot: json } : { ok: false, message: json.error?.message ?? "That did not work." };
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection and try again." };
  }
}

export function PracticeRoom({ initial }: { initial: SessionSnapshot }) {
  const router = useRouter();
  const [state, setState] = useState(() => ({ snapshot: initial, receivedAt: Date.now() }));
  const [save, setSave] = useState<{ state: SaveState; message?: string }>({ state: "offline" });
  const [sync] = useState(() => new SessionSync(initial.id));
  const [selected, setSelected] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"next" | "finish" | null>(null);
  const [confirmFinish, setConfirmFinish] = useState(false);
  const { snapshot } = state;
  const clock = useSessionClock(snapshot, state.receivedAt);
  const signal = useTimeUpSignal(clock);
  const current = snapshot.plan[clock.phaseIndex]!;
  const shown = snapshot.plan.find((phase) => phase.key === selected) ?? current;
  const readOnly = snapshot.readOnly;

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/practice/${initial.id}`).catch(() => null);
    if (response?.ok) setState({ snapshot: await response.json(), receivedAt: Date.now() });
  }, [initial.id]);

  useEffect(() => {
    void sync.start({
      onSnapshot: (next, receivedAt) => setState({ snapshot: next, receivedAt }),
      onSaveState: (next, message) => setSave({ state: next, message }),
      onSessionChanged: () => void refresh(),
    });
    return () => sync.stop();
  }, [sync, refresh]);

  const apply = (result: Awaited<ReturnType<typeof postJson>>) => {
    if (result.ok) {
      setState({ snapshot: result.snapshot, receivedAt: Date.now() });
      setActionError(null);
    } else setActionError(result.message);
  };

  const nextPhase = async () => {
    setBusy("next");
    apply(await postJson(`/api/practice/${initial.id}/advance`, { fromPhase: clock.phaseIndex }));
    setSelected(null);
    setBusy(null);
  };

  const finish = useCallback(async () => {
    setBusy("finish");
    setConfirmFinish(false);
    await sync.settle(); // every edit acknowledged before the session turns read-only
    const result = await postJson(`/api/practice/${initial.id}/finish`);
    apply(result);
    setBusy(null);
    if (result.ok) router.push(`/practice/${initial.id}/grade`);
  }, [sync, initial.id, router]);

  // The session ends by itself a grace period after the plan runs out.
  const autoFinished = useRef(false);
  useEffect(() => {
    if (snapshot.status !== "active" || autoFinished.current || clock.now < clock.autoFinishAt) return;
    autoFinished.current = true;
    void finish();
  }, [clock.now, clock.autoFinishAt, snapshot.status, finish]);

  const insertIntoNotes = (markdown: string) => {
    const text = sync.doc.getText(notesTextName(shown.key));
    text.insert(text.length, `${text.length ? "\n\n" : ""}${markdown}\n`);
  };

  return (
    <div className="space-y-5" data-testid="practice-room">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-slate-500">
            {snapshot.status === "active" ? "Practice session" : snapshot.status === "finished" ? "Finished session" : "Abandoned session"}
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{snapshot.question.title}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <SaveIndicator state={save.state} message={save.message} />
          <button type="button" className={buttonStyles.ghost} aria-pressed={signal.sound} onClick={signal.toggleSound}>
            {signal.sound ? "Sound on" : "Sound off"}
          </button>
          {snapshot.status === "active" ? (
            <button type="button" className={buttonStyles.secondary} disabled={busy !== null} onClick={() => setConfirmFinish(true)}>
              Finish
            </button>
          ) : null}
        </div>
      </header>

      <section aria-label="Clock" className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-4">
          <div aria-live="off">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{phaseTitle(current.key)}</p>
            <p
              data-testid="phase-remaining"
              className={`font-mono text-4xl font-semibold tabular-nums ${signal.timeUp ? "text-rose-600" : "text-slate-900"}`}
            >
              {clock.phaseRemainingMs >= 0 ? formatDuration(clock.phaseRemainingMs) : `+${formatDuration(clock.phaseOvertimeMs)}`}
            </p>
            <p className="text-sm text-slate-500">{clock.phaseRemainingMs >= 0 ? "left in this phase" : "over this phase's time"}</p>
          </div>
          <div className="text-right">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Overall</p>
            <p data-testid="overall-remaining" className={`font-mono text-2xl tabular-nums ${clock.overallRemainingMs < 0 ? "text-rose-600" : ""}`}>
              {clock.overallRemainingMs >= 0 ? formatDuration(clock.overallRemainingMs) : `+${formatDuration(clock.overallOvertimeMs)}`}
            </p>
            <p className="text-sm text-slate-500">{clock.overallRemainingMs >= 0 ? "left in the session" : "overtime"}</p>
          </div>
          {snapshot.status === "active" ? (
            clock.isLastPhase ? (
              <button type="button" className={buttonStyles.primary} disabled={busy !== null} onClick={() => setConfirmFinish(true)}>
                Finish session
              </button>
            ) : (
              <button type="button" className={buttonStyles.primary} disabled={busy !== null} onClick={() => void nextPhase()}>
                {busy === "next" ? "Moving on…" : `Next phase: ${phaseTitle(snapshot.plan[clock.phaseIndex + 1]!.key)}`}
              </button>
            )
          ) : null}
        </div>
        <PhaseProgress clock={clock} />
        {signal.timeUp && snapshot.status === "active" ? (
          <p role="alert" className="mt-3 animate-pulse rounded-lg bg-rose-50 px-3 py-2 text-sm font-medium text-rose-800">
            Time is up for {phaseTitle(current.key).toLowerCase()}. {clock.isLastPhase ? "Wrap up and finish." : "Move on when you reach a stopping point."}
          </p>
        ) : null}
        {actionError ? (
          <p role="alert" className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {actionError}
          </p>
        ) : null}
        {snapshot.status !== "active" ? (
          <p className="mt-3 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-700" data-testid="finished-banner">
            This session is {snapshot.status}. Its notes and drawing are read-only.{" "}
            {snapshot.status === "finished" ? (
              <Link href={`/practice/${initial.id}/grade`} className="font-semibold text-indigo-700 hover:underline">
                Grade this session
              </Link>
            ) : (
              <Link href="/practice" className="font-semibold text-indigo-700 hover:underline">
                Back to your sessions
              </Link>
            )}
          </p>
        ) : null}
      </section>

      {confirmFinish ? (
        <div role="dialog" aria-modal="true" aria-labelledby="finish-title" className="rounded-xl bg-amber-50 p-4 ring-1 ring-amber-300">
          <h2 id="finish-title" className="font-semibold">
            Finish this session?
          </h2>
          <p className="mt-1 text-sm text-slate-700">Your notes and drawing become read-only. Unsaved edits are sent first.</p>
          <div className="mt-3 flex gap-2">
            <button type="button" className={buttonStyles.primary} onClick={() => void finish()} autoFocus>
              {busy === "finish" ? "Finishing…" : "Yes, finish"}
            </button>
            <button type="button" className={buttonStyles.secondary} onClick={() => setConfirmFinish(false)}>
              Keep going
            </button>
          </div>
        </div>
      ) : null}

      <nav aria-label="Phases" className="flex flex-wrap gap-2" role="tablist">
        {snapshot.plan.map((phase, index) => (
          <button
            key={phase.key}
            type="button"
            role="tab"
            aria-selected={phase.key === shown.key}
            onClick={() => setSelected(phase.key === current.key ? null : phase.key)}
            className={`rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ${
              phase.key === shown.key ? "bg-indigo-600 text-white ring-indigo-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"
            }`}
          >
            {index + 1}. {phaseTitle(phase.key)}
            {index === clock.phaseIndex && snapshot.status === "active" ? " (now)" : ""}
          </button>
        ))}
      </nav>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          <section aria-label="Phase prompt" className="rounded-xl bg-indigo-50/60 p-4 ring-1 ring-indigo-100">
            <h2 className="text-sm font-semibold text-indigo-900">{phaseTitle(shown.key)}: what to cover</h2>
            <Markdown className="prose-sm mt-1">{snapshot.question.phasePrompts[shown.key] ?? ""}</Markdown>
          </section>
          <NotesEditor
              key={shown.key}
              text={sync.doc.getText(notesTextName(shown.key))}
              readOnly={readOnly}
              label={`Notes: ${phaseTitle(shown.key)}`}
              hint="Write in Markdown. Everything is saved as you type."
            />
        </div>
        <aside className="space-y-4">
          <details className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200" open={clock.phaseIndex === 0}>
            <summary className="cursor-pointer text-sm font-semibold">The problem</summary>
            <Markdown className="prose-sm mt-2">{snapshot.question.statement}</Markdown>
          </details>
          {shown.key === "estimate" || (shown.key === "deep_dive" && !snapshot.plan.some((p) => p.key === "estimate")) ? (
            <>
              <EstimationCalculator onInsert={insertIntoNotes} disabled={readOnly} />
              <NumbersToKnow />
            </>
          ) : null}
        </aside>
      </div>

      {DRAWING_PHASES.has(shown.key) ? (
        <section aria-label="Whiteboard">
          <h2 className="mb-2 text-sm font-semibold text-slate-700">Whiteboard (shared by the design phases)</h2>
          <Whiteboard doc={sync.doc} readOnly={readOnly} />
        </section>
      ) : null}
    </div>
  );
}
