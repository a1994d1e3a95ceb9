"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { apiRequest } from "@/lib/http/client-request";
import { MAX_RATING_COMMENT_CHARS } from "@/lib/grading/schemas";

const SCALE = ["1 · Not at all", "2 · A little", "3 · Mostly", "4 · Very"] as const;

function Scale({ name, legend, value, onChange }: { name: string; legend: string; value: number | null; onChange: (value: number) => void }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-1">
        {SCALE.map((label, index) => (
          <label
            key={label}
            className={`cursor-pointer rounded-md px-2.5 py-1 text-sm ring-1 ring-inset has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-indigo-600 ${value === index + 1 ? "bg-indigo-600 text-white ring-indigo-600" : "ring-slate-300 hover:bg-slate-50"}`}
          >
            <input type="radio" className="sr-only" name={name} checked={value === index + 1} onChange={() => onChange(index + 1)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The candidate's rating of the interviewer: how helpful, how good the question and hints were. */
export function RatingForm({ sessionId, interviewerName }: { sessionId: string; interviewerName: string }) {
  const router = useRouter();
  const [helpfulness, setHelpfulness] = useState<number | null>(null);
  const [questionQuality, setQuestionQuality] = useState<number | null>(null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!helpfulness || !questionQuality) return setError("Choose a value on both scales.");
    setBusy(true);
    const result = await apiRequest(`/api/practice/${sessionId}/rating`, { method: "PUT", body: { helpfulness, questionQuality, comment } });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.refresh();
  };
  return (
    <form onSubmit={submit} className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-labelledby="rate-interviewer">
      <div>
        <h2 id="rate-interviewer" className="text-lg font-semibold">
          Rate {interviewerName} as an interviewer
        </h2>
        <p className="text-sm text-slate-600">They see this rating; it helps them interview better next time.</p>
      </div>
      <Scale name="helpfulness" legend="How helpful was the interviewer?" value={helpfulness} onChange={setHelpfulness} />
      <Scale name="question-quality" legend="How good were the question and the hints?" value={questionQuality} onChange={setQuestionQuality} />
      <label className="block text-sm">
        <span className="font-medium">Comment (optional)</span>
        <textarea className={`mt-1 ${inputStyles}`} rows={3} maxLength={MAX_RATING_COMMENT_CHARS} value={comment} onChange={(e) => setComment(e.target.value)} />
      </label>
      {error ? (
        <p role="alert" className="text-sm text-rose-700">
          {error}
        </p>
      ) : null}
      <button type="submit" className={buttonStyles.primary} disabled={busy}>
        {busy ? "Sending…" : "Send rating"}
      </button>
    </form>
  );
}

/** A rating as the two people of the round see it. */
export function RatingView({ rating }: { rating: { helpfulness: number; questionQuality: number; comment: string; raterName: string } }) {
  return (
    <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" data-testid="interviewer-rating">
      <h2 className="font-semibold">{rating.raterName}&apos;s rating of the interviewer</h2>
      <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">Helpfulness</dt>
          <dd className="font-semibold">{SCALE[rating.helpfulness - 1]}</dd>
        </div>
        <div>
          <dt className="text-slate-500">Question and hints</dt>
          <dd className="font-semibold">{SCALE[rating.questionQuality - 1]}</dd>
        </div>
      </dl>
      {rating.comment ? <p className="mt-2 whitespace-pre-wrap text-sm text-slate-700">{rating.comment}</p> : null}
    </div>
  );
}
