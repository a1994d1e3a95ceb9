"use client";

import { formatScore } from "@/lib/format/score";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Markdown } from "@/components/markdown";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/http/client-request";
import type { Rubric } from "@/lib/grading/rubric-schema";
import { scoreLevels } from "@/lib/grading/score";
import { MAX_NOTE_CHARS, MAX_REFLECTION_CHARS, type GradeBody } from "@/lib/grading/schemas";
import type { PhaseKey } from "@/lib/questions/phases";
import { TARGET_LEVEL_LABELS, TARGET_LEVELS, type TargetLevel } from "@/lib/users/schemas";
import { SIGNAL_LABELS, SIGNAL_TONES } from "./signal-labels";

export type GradePhase = { key: PhaseKey; title: string; keyPoints: string[]; notes: string; reference: React.ReactNode; board?: React.ReactNode };

type Props = {
  sessionId: string;
  rubric: Rubric;
  /** A saved grade to edit, or (for a peer grade) the interviewer's drafts from the live rubric. */
  initial: GradeBody | null;
  saved: { revision: number; updatedAt: string } | null;
  phases: GradePhase[];
  /** "self": the candidate grades themselves; "peer": the interviewer grades the candidate, once. */
  kind?: "self" | "peer";
  /** Shown once the grade is saved: where to go next. */
  after?: React.ReactNode;
  /** The level the candidate aims for, from their settings: the grade is read against its bar. */
  defaultTarget: TargetLevel;
};

const AT_LEVEL: Record<TargetLevel, string> = { mid: "at mid-level", senior: "at senior level", staff: "at staff level" };

const COPY = {
  self: {
    coverage: "Did you cover the key points?",
    coverageHint: "Tick what your notes show you covered, then reveal the reference for that phase.",
    notes: "Your notes",
    rubric: "Rate yourself on the rubric",
    rubricHint: "Pick the level whose description matches what you actually did.",
  },
  peer: {
    coverage: "Which key points did the candidate cover?",
    coverageHint: "Your ticks from the interview are filled in; the candidate's notes are beside them.",
    notes: "The candidate's notes",
    rubric: "Grade the candidate on the rubric",
    rubricHint: "Your live-rubric drafts are filled in. The candidate sees this grade once they have graded themselves, or after 48 hours.",
  },
} as const;

export function GradeForm({ sessionId, rubric, initial, saved: initialSaved, phases, kind = "self", after, defaultTarget }: Props) {
  const router = useRouter();
  const copy = COPY[kind];
  const [levels, setLevels] = useState<Record<string, number>>(initial?.levels ?? {});
  const [notes, setNotes] = useState<Record<string, string>>(initial?.notes ?? {});
  const [ticked, setTicked] = useState<Record<string, number[]>>((initial?.keyPoints as Record<string, number[]>) ?? {});
  const [revealed, setRevealed] = useState<Record<string, boolean>>(() => (initial || kind === "peer" ? Object.fromEntries(phases.map((p) => [p.key, true])) : {}));
  const [reflection, setReflection] = useState(initial?.reflection ?? "");
  const [wentWell, setWentWell] = useState(initial?.wentWell ?? "");
  const [workOn, setWorkOn] = useState(initial?.workOn ?? "");
  const [saved, setSaved] = useState(initialSaved);
  const [target, setTarget] = useState<TargetLevel>(initial?.targetLevel ?? defaultTarget);
  // Version 1 has one bar for every level, so choosing one would change nothing.
  const levelAware = rubric.dimensions.some((d) => d.expectations);
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "error" | "saved"; message?: string }>({ kind: "idle" });

  const complete = rubric.dimensions.every((d) => levels[d.key] !== undefined);
  const result = scoreLevels(rubric, levels, target);

  const toggle = (phase: string, index: number) =>
    setTicked((current) => {
      const list = current[phase] ?? [];
      return { ...current, [phase]: list.includes(index) ? list.filter((i) => i !== index) : [...list, index].sort((a, b) => a - b) };
    });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setStatus({ kind: "saving" });
    const body = {
      rubricVersion: rubric.version,
      levels,
      notes,
      keyPoints: ticked,
      ...(levelAware ? { targetLevel: target } : {}),
      ...(kind === "peer" ? { wentWell, workOn } : { reflection }),
    };
    const result = await apiRequest<{ grade: { revision: number; updatedAt: string } }>(`/api/practice/${sessionId}/${kind === "peer" ? "peer-grade" : "grade"}`, {
      method: "PUT",
      body,
    });
    if (!result.ok) {
      const message = result.code === "NETWORK" ? "The server could not be reached. Your choices are still here; try again." : result.message;
      return setStatus({ kind: "error", message });
    }
    setSaved({ revision: result.data.grade.revision, updatedAt: result.data.grade.updatedAt });
    setStatus({ kind: "saved" });
    router.refresh(); // what is revealed now, and what comes next
  }

  return (
    <form onSubmit={save} className="space-y-8">
      <section aria-labelledby="coverage" className="space-y-4">
        <div>
          <h2 id="coverage" className="text-lg font-semibold">
            {copy.coverage}
          </h2>
          <p className="text-sm text-slate-600">{copy.coverageHint}</p>
        </div>
        {phases.map((phase) => (
          <div key={phase.key} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid={`coverage-${phase.key}`}>
            <h3 className="font-semibold">{phase.title}</h3>
            <div className="mt-3 grid gap-5 lg:grid-cols-2">
              <div>
                <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">{copy.notes}</p>
                <div className="max-h-72 overflow-auto rounded-lg bg-slate-50 p-3" tabIndex={0} aria-label={`${copy.notes}: ${phase.title}`}>
                  {phase.notes.trim() ? <Markdown className="prose-sm">{phase.notes}</Markdown> : <p className="text-sm text-slate-500">No notes in this phase.</p>}
                </div>
                {phase.board ? <div className="mt-3">{phase.board}</div> : null}
              </div>
              <fieldset>
                <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">Key points</legend>
                <ul className="space-y-1.5">
                  {phase.keyPoints.map((point, index) => (
                    <li key={index}>
                      <label className="flex items-start gap-2 text-sm">
                        <input type="checkbox" className="mt-1" checked={(ticked[phase.key] ?? []).includes(index)} onChange={() => toggle(phase.key, index)} />
                        <Markdown className="prose-sm [&_p]:my-0">{point}</Markdown>
                      </label>
                    </li>
                  ))}
                </ul>
                <p className="mt-2 text-sm text-slate-600">
                  {(ticked[phase.key] ?? []).length} of {phase.keyPoints.length} covered
                </p>
              </fieldset>
            </div>
            {revealed[phase.key] ? (
              <div className="mt-4">{phase.reference}</div>
            ) : (
              <button type="button" className={`${buttonStyles.secondary} mt-4`} onClick={() => setRevealed({ ...revealed, [phase.key]: true })}>
                I have ticked what I covered: show the reference
              </button>
            )}
          </div>
        ))}
      </section>

      <section aria-labelledby="rubric" className="space-y-4">
        <div>
          <h2 id="rubric" className="text-lg font-semibold">
            {copy.rubric}
          </h2>
          <p className="text-sm text-slate-600">
            {rubric.title} (version {rubric.version}). {copy.rubricHint}
          </p>
        </div>
        {levelAware ? (
          <fieldset className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="target-level">
            <legend className="px-1 font-semibold">{kind === "peer" ? "The level the candidate is aiming for" : "The level you are aiming for"}</legend>
            <p className="mb-3 text-sm text-slate-600">
              The hiring signal is read against this level&apos;s bar, and each dimension says what a hire at this level shows.
            </p>
            <div className="flex flex-wrap gap-2">
              {TARGET_LEVELS.map((level) => (
                <label
                  key={level}
                  className={`cursor-pointer rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${target === level ? "bg-indigo-50 ring-2 ring-indigo-500" : "ring-slate-300 hover:bg-slate-50"}`}
                >
                  <input type="radio" className="sr-only" name="target-level" value={level} checked={target === level} onChange={() => setTarget(level)} />
                  {TARGET_LEVEL_LABELS[level]}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {rubric.dimensions.map((dimension) => (
          <fieldset key={dimension.key} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <legend className="px-1 font-semibold">{dimension.title}</legend>
            <p className="mb-3 text-sm text-slate-600">{dimension.description}</p>
            {dimension.expectations ? (
              <p className="mb-3 rounded-lg bg-indigo-50/60 px-3 py-2 text-sm text-indigo-950" data-testid="dimension-expectation">
                <span className="font-semibold">A {TARGET_LEVEL_LABELS[target].toLowerCase()} hire shows: </span>
                {dimension.expectations[target]}
              </p>
            ) : null}
            <div className="grid gap-2 md:grid-cols-4">
              {rubric.levels.map((level) => {
                const checked = levels[dimension.key] === level.score;
                return (
                  <label
                    key={level.score}
                    className={`cursor-pointer rounded-lg p-3 text-sm ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${checked ? "bg-indigo-50 ring-2 ring-indigo-500" : "ring-slate-200 hover:bg-slate-50"}`}
                  >
                    <input
                      type="radio"
                      className="sr-only"
                      name={`level-${dimension.key}`}
                      value={level.score}
                      checked={checked}
                      onChange={() => setLevels({ ...levels, [dimension.key]: level.score })}
                      aria-label={`${dimension.title}: ${level.score} ${level.label}`}
                    />
                    <span className="block font-semibold">
                      {level.score}. {level.label}
                    </span>
                    <span className="text-slate-600">{dimension.levels[String(level.score) as "1"]}</span>
                  </label>
                );
              })}
            </div>
            <label className="mt-3 block text-sm">
              <span className="font-medium">Note (optional)</span>
              <textarea
                className={`mt-1 ${inputStyles}`}
                rows={2}
                maxLength={MAX_NOTE_CHARS}
                value={notes[dimension.key] ?? ""}
                onChange={(e) => setNotes({ ...notes, [dimension.key]: e.target.value })}
                aria-label={`Note on ${dimension.title}`}
              />
            </label>
          </fieldset>
        ))}
      </section>

      {kind === "peer" ? (
        <section aria-label="Feedback for the candidate" className="grid gap-4 md:grid-cols-2">
          {(
            [
              ["went-well", "What went well", wentWell, setWentWell],
              ["work-on", "What to work on", workOn, setWorkOn],
            ] as const
          ).map(([id, title, value, set]) => (
            <div key={id} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <h2 id={id} className="font-semibold">
                {title}
              </h2>
              <textarea className={`mt-2 ${inputStyles}`} rows={4} maxLength={MAX_REFLECTION_CHARS} value={value} onChange={(e) => set(e.target.value)} aria-labelledby={id} />
            </div>
          ))}
        </section>
      ) : (
        <section aria-labelledby="reflection-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h2 id="reflection-heading" className="font-semibold">
            What I will do differently next time
          </h2>
          <textarea
            className={`mt-2 ${inputStyles}`}
            rows={4}
            maxLength={MAX_REFLECTION_CHARS}
            value={reflection}
            onChange={(e) => setReflection(e.target.value)}
            aria-labelledby="reflection-heading"
          />
        </section>
      )}

      <section aria-labelledby="result" className="rounded-xl bg-slate-900 p-5 text-white" data-testid="grade-result">
        <h2 id="result" className="font-semibold">
          Result
        </h2>
        {complete ? (
          <div className="mt-3 flex flex-wrap items-center gap-6">
            <p>
              <span className="block text-xs uppercase tracking-wide text-slate-400">Overall</span>
              <span className="text-3xl font-semibold tabular-nums" data-testid="overall-score">
                {formatScore(result.overallScore)}
              </span>
              <span className="text-slate-400"> / 4 · level {result.overallLevel}</span>
            </p>
            <p className={`rounded-lg px-3 py-1.5 text-sm font-semibold ${SIGNAL_TONES[result.signal]}`} data-testid="hiring-signal">
              {SIGNAL_LABELS[result.signal]}
              {levelAware ? <span className="font-normal"> {AT_LEVEL[target]}</span> : null}
            </p>
            <ul className="flex flex-wrap gap-2 text-sm">
              {rubric.dimensions.map((d) => (
                <li key={d.key} className="rounded-md bg-white/10 px-2 py-1">
                  {d.title}: {levels[d.key]}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {complete && result.cappedBy ? (
          <p className="mt-3 text-sm text-amber-200" data-testid="signal-floor">
            {result.cappedBy}
          </p>
        ) : null}
        {!complete ? (
          <p className="mt-2 text-sm text-slate-300">
            Rate all {rubric.dimensions.length} dimensions to see your overall level and hiring signal.
          </p>
        ) : null}
      </section>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonStyles.primary} disabled={!complete || status.kind === "saving" || (kind === "peer" && saved !== null)}>
          {status.kind === "saving" ? "Saving…" : kind === "peer" ? "Submit grade" : saved ? "Save changes" : "Save grade"}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-slate-600">
          {status.kind === "saved" && saved ? `Saved (revision ${saved.revision}).` : saved ? `Last saved as revision ${saved.revision}.` : ""}
        </p>
        {status.kind === "error" ? (
          <p role="alert" className="text-sm text-rose-700">
            {status.message}
          </p>
        ) : null}
      </div>
      {saved && after ? <div className="rounded-xl bg-indigo-50 p-4 ring-1 ring-indigo-100">{after}</div> : null}
    </form>
  );
}
