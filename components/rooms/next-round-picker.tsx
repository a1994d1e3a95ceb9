"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/http/client-request";
import type { QuestionChoice } from "@/lib/questions/queries";

type Choice = QuestionChoice & { practised: number };

/** The bank as a list to pick the next round's question from, marking what the new candidate has practised. */
export function NextRoundPicker({ sessionId, candidateName, choices, currentSlug }: { sessionId: string; candidateName: string; choices: Choice[]; currentSlug: string }) {
  const router = useRouter();
  const [filter, setFilter] = useState("");
  const [hidePractised, setHidePractised] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = useMemo(
    () => choices.filter((choice) => choice.title.toLowerCase().includes(filter.trim().toLowerCase()) && !(hidePractised && choice.practised > 0)),
    [choices, filter, hidePractised],
  );

  const start = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!picked) return setError("Pick a question first.");
    setBusy(true);
    setError(null);
    const result = await apiRequest<{ id: string }>(`/api/practice/${sessionId}/next-round`, { method: "POST", body: { questionSlug: picked } });
    if (result.ok) return router.push(`/practice/${result.data.id}`);
    setBusy(false);
    setError(result.message);
  };

  return (
    <form onSubmit={start} className="space-y-4">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-60 flex-1">
          <label htmlFor="question-filter" className="block text-sm font-medium">
            Find a question
          </label>
          <input id="question-filter" value={filter} onChange={(e) => setFilter(e.target.value)} className={`mt-1 ${inputStyles}`} placeholder="Type part of a title" />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={hidePractised} onChange={(e) => setHidePractised(e.target.checked)} />
          Hide what {candidateName} has practised
        </label>
      </div>
      <fieldset>
        <legend className="sr-only">Question for the next round</legend>
        <ul className="max-h-[28rem] divide-y divide-slate-100 overflow-y-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {shown.map((choice) => (
            <li key={choice.slug}>
              <label className={`flex cursor-pointer items-center gap-3 px-4 py-2.5 text-sm hover:bg-slate-50 ${picked === choice.slug ? "bg-indigo-50" : ""}`}>
                <input type="radio" name="next-question" checked={picked === choice.slug} onChange={() => setPicked(choice.slug)} />
                <span className="min-w-0 flex-1 font-medium">{choice.title}</span>
                {choice.slug === currentSlug ? <span className="text-xs text-slate-500">this round&apos;s question</span> : null}
                {choice.practised > 0 ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900" data-testid="practised-mark">
                    {candidateName} practised it {choice.practised === 1 ? "once" : `${choice.practised} times`}
                  </span>
                ) : null}
                <Badge tone={choice.difficulty}>{choice.difficulty}</Badge>
              </label>
            </li>
          ))}
          {shown.length === 0 ? <li className="px-4 py-6 text-center text-sm text-slate-500">No question matches.</li> : null}
        </ul>
      </fieldset>
      {error ? (
        <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      ) : null}
      <button type="submit" className={buttonStyles.primary} disabled={busy || !picked}>
        {busy ? "Starting round…" : "Start the next round"}
      </button>
    </form>
  );
}
