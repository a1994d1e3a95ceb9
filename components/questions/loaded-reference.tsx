"use client";

import { useEffect, useState } from "react";
import { apiRequest } from "@/lib/http/client-request";
import type { QuestionReference } from "@/lib/questions/schemas";

type Loaded = { reference: QuestionReference; Answer: typeof import("./reference-answer").ReferenceAnswer };
type State = { status: "loading" } | { status: "ready"; loaded: Loaded } | { status: "refused"; message: string };

/**
 * The reference answer, fetched when the reader reveals it. The bank's page itself never holds
 * it: the page is one shared copy for everyone, and the answer is withheld from a candidate of a
 * live round on the question (see read-reference.ts).
 */
export function LoadedReference({ slug }: { slug: string }) {
  const [state, setState] = useState<State>({ status: "loading" });
  useEffect(() => {
    let live = true;
    void Promise.all([apiRequest<QuestionReference>(`/api/questions/${slug}/reference`), import("./reference-answer")]).then(([result, module]) => {
      if (!live) return;
      setState(result.ok ? { status: "ready", loaded: { reference: result.data, Answer: module.ReferenceAnswer } } : { status: "refused", message: result.message });
    });
    return () => {
      live = false;
    };
  }, [slug]);

  if (state.status === "ready") return <state.loaded.Answer body={state.loaded.reference} />;
  return (
    <p role="status" className={`rounded-xl p-6 text-sm ${state.status === "refused" ? "bg-amber-50 text-amber-900 ring-1 ring-amber-200" : "bg-white text-slate-600 ring-1 ring-slate-200"}`}>
      {state.status === "refused" ? state.message : "Loading the reference answer…"}
    </p>
  );
}
