"use client";

import { formatScore } from "@/lib/format/score";
import { useSession } from "next-auth/react";
import { createContext, useContext, useEffect, useState } from "react";
import type { QuestionStats } from "@/lib/questions/question-stats";

const StatsContext = createContext<{ stats: QuestionStats | null; signedIn: boolean }>({ stats: null, signedIn: false });

/** Loads the signed-in user's attempts per question; the bank page itself is the same for everyone. */
export function QuestionStatsProvider({ children }: { children: React.ReactNode }) {
  const { status } = useSession();
  const [stats, setStats] = useState<QuestionStats | null>(null);
  useEffect(() => {
    if (status !== "authenticated") return;
    let cancelled = false;
    fetch("/api/me/question-stats")
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { stats: QuestionStats } | null) => {
        if (!cancelled && body) setStats(body.stats);
      })
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [status]);
  return <StatsContext.Provider value={{ stats, signedIn: status === "authenticated" }}>{children}</StatsContext.Provider>;
}

export function QuestionStatsCells({ slug }: { slug: string }) {
  const { stats, signedIn } = useContext(StatsContext);
  const mine = stats?.[slug];
  const attempts = stats ? String(mine?.attempts ?? 0) : "–";
  const best = mine?.bestScore == null ? "–" : formatScore(mine.bestScore);
  return (
    <dl className="grid shrink-0 grid-cols-2 gap-x-4 text-right text-sm" title={signedIn ? undefined : "Sign in to track your attempts"}>
      <dt className="text-slate-500">Attempts</dt>
      <dt className="text-slate-500">Best</dt>
      <dd className="font-semibold tabular-nums" data-testid="attempts">
        {attempts}
      </dd>
      <dd className="font-semibold tabular-nums" data-testid="best-score">
        {best}
      </dd>
    </dl>
  );
}
