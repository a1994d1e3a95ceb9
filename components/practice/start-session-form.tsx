"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { DIFFICULTIES, TOPIC_TAGS } from "@/lib/questions/taxonomy";
import { apiRequest } from "@/lib/http/client-request";
import type { QuestionChoice } from "@/lib/questions/queries";
import { planSchema, PLAN_PRESETS, type Plan } from "@/lib/sessions/plan";
import { TARGET_LEVELS, TARGET_LEVEL_LABELS, type TargetLevel } from "@/lib/users/schemas";
import { PlanFields, planFromRows, rowsFor, type PlanRow } from "./plan-fields";

type Mode = "solo" | "peer";

type Props = {
  question?: { slug: string; title: string };
  defaultPlan: Plan | null;
  /** Start with "Practice with a partner" chosen. */
  initialMode?: Mode;
  /** The bank, for choosing a partner round's question when none was given. */
  choices: QuestionChoice[];
  /** The level the user aims for in settings, if they chose one. */
  settingsTarget: TargetLevel | null;
};

const MODES: { id: Mode; label: string; description: string }[] = [
  { id: "solo", label: "Practise alone", description: "A timed run through the phases; the clock starts when you press start." },
  { id: "peer", label: "Practice with a partner", description: "A live room: one interviews, one answers. Invite your partner, then the interviewer starts the clock." },
];


export function StartSessionForm({ question, defaultPlan, initialMode = "solo", choices, settingsTarget }: Props) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(initialMode);
  const [peerQuestion, setPeerQuestion] = useState(question?.slug ?? "");
  const [role, setRole] = useState<"interviewer" | "candidate">("interviewer");
  const initialPlan = defaultPlan ?? PLAN_PRESETS[0]!.plan;
  const [rows, setRows] = useState<PlanRow[]>(rowsFor(initialPlan));
  const [difficulty, setDifficulty] = useState("");
  const [tag, setTag] = useState("");
  const [saveAsDefault, setSaveAsDefault] = useState(false);
  const [targetLevel, setTargetLevel] = useState<TargetLevel | "">("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const plan = planFromRows(rows);
  const validation = planSchema.safeParse(plan);

  async function start(event: React.FormEvent) {
    event.preventDefault();
    if (!validation.success) return;
    if (mode === "peer" && !peerQuestion) return setError("Choose the question for the interview.");
    setBusy(true);
    setError(null);
    const result =
      mode === "peer"
        ? await apiRequest<{ id: string }>("/api/rooms", { method: "POST", body: { questionSlug: peerQuestion, plan, role, saveAsDefault, targetLevel: targetLevel || undefined } })
        : await apiRequest<{ id: string }>("/api/practice", {
            method: "POST",
            body: { plan, saveAsDefault, targetLevel: targetLevel || undefined, ...(question ? { questionSlug: question.slug } : { difficulty: difficulty || undefined, tag: tag || undefined }) },
          });
    if (!result.ok) {
      setError(result.message);
      setBusy(false);
      return;
    }
    router.push(`/practice/${result.data.id}`);
  }

  return (
    <form onSubmit={start} className="space-y-6">
      <fieldset className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">How</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {MODES.map((option) => (
            <label
              key={option.id}
              className={`cursor-pointer rounded-lg p-3 text-sm ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${mode === option.id ? "bg-indigo-50 ring-indigo-400" : "ring-slate-200 hover:bg-slate-50"}`}
            >
              <input type="radio" name="mode" className="sr-only" checked={mode === option.id} onChange={() => setMode(option.id)} />
              <span className="block font-semibold">{option.label}</span>
              <span className="text-slate-600">{option.description}</span>
            </label>
          ))}
        </div>
        {mode === "peer" ? (
          <div className="mt-4">
            <p className="text-sm font-medium">Your role in the first round</p>
            <div className="mt-2 flex flex-wrap gap-4 text-sm">
              {(
                [
                  ["interviewer", "I will interview (I see the guide and the rubric)"],
                  ["candidate", "I will be the candidate"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input type="radio" name="role" checked={role === value} onChange={() => setRole(value)} />
                  {label}
                </label>
              ))}
            </div>
            <p className="mt-2 text-xs text-slate-500">After the round you can swap roles and run a second one.</p>
          </div>
        ) : null}
        <div className="mt-4">
          <label htmlFor="session-target" className="block text-sm font-medium">
            {mode === "peer" ? "Level the candidate aims for" : "Level you aim for"}
          </label>
          <select
            id="session-target"
            value={targetLevel}
            onChange={(e) => setTargetLevel(e.target.value as TargetLevel | "")}
            className={`mt-1 ${inputStyles}`}
            aria-describedby="session-target-hint"
          >
            <option value="">
              {mode === "peer"
                ? "The candidate's level from their settings"
                : settingsTarget
                  ? `As in my settings (${TARGET_LEVEL_LABELS[settingsTarget]})`
                  : `As in my settings (none chosen: ${TARGET_LEVEL_LABELS.senior})`}
            </option>
            {TARGET_LEVELS.map((level) => (
              <option key={level} value={level}>
                {TARGET_LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
          <p id="session-target-hint" className="mt-1 text-xs text-slate-500">
            Grading shows what this level expects of each dimension and reads the hiring signal against it.
          </p>
        </div>
      </fieldset>

      <fieldset className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">Problem</legend>
        {mode === "peer" && !question ? (
          <div>
            <label htmlFor="peer-question" className="block text-sm font-medium">
              Question
            </label>
            <select id="peer-question" value={peerQuestion} onChange={(e) => setPeerQuestion(e.target.value)} className={`mt-1 ${inputStyles}`} required>
              <option value="">Choose a question…</option>
              {choices.map((choice) => (
                <option key={choice.slug} value={choice.slug}>
                  {choice.title} ({choice.difficulty})
                </option>
              ))}
            </select>
          </div>
        ) : question ? (
          <p className="text-slate-800">
            <span className="font-medium">{question.title}</span>
          </p>
        ) : (
          <div className="grid gap-3 sm:grid-cols-2">
            <p className="text-sm text-slate-600 sm:col-span-2">A random problem from the bank, optionally narrowed down:</p>
            <div>
              <label htmlFor="random-difficulty" className="block text-sm font-medium">
                Difficulty
              </label>
              <select id="random-difficulty" value={difficulty} onChange={(e) => setDifficulty(e.target.value)} className={`mt-1 ${inputStyles}`}>
                <option value="">Any</option>
                {DIFFICULTIES.map((d) => (
                  <option key={d} value={d}>
                    {d[0]!.toUpperCase() + d.slice(1)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="random-tag" className="block text-sm font-medium">
                Topic
              </label>
              <select id="random-tag" value={tag} onChange={(e) => setTag(e.target.value)} className={`mt-1 ${inputStyles}`}>
                <option value="">Any</option>
                {Object.entries(TOPIC_TAGS).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
      </fieldset>

      <fieldset className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <legend className="px-1 text-sm font-semibold">Plan</legend>
        <PlanFields rows={rows} onChange={setRows} />
        <label className="mt-3 flex items-center gap-2 text-sm">
          <input type="checkbox" checked={saveAsDefault} onChange={(e) => setSaveAsDefault(e.target.checked)} />
          Save this plan as my default
        </label>
      </fieldset>

      {error ? (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      ) : null}
      <button type="submit" className={buttonStyles.primary} disabled={busy || !validation.success}>
        {busy ? (mode === "peer" ? "Creating the room…" : "Starting…") : mode === "peer" ? "Create the room" : "Start the clock"}
      </button>
    </form>
  );
}
