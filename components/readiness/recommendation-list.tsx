import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import type { Recommendation } from "@/lib/readiness/recommend";

export function RecommendationList({ recommendations }: { recommendations: Recommendation[] }) {
  if (recommendations.length === 0) {
    return (
      <EmptyState>
        Nothing to suggest yet. Pick any problem from the{" "}
        <Link href="/questions" className="font-medium text-indigo-700 hover:underline">
          question bank
        </Link>{" "}
        or <Link href="/practice/new" className="font-medium text-indigo-700 hover:underline">start a random one</Link>.
      </EmptyState>
    );
  }
  return (
    <ol className="divide-y divide-slate-100 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      {recommendations.map((item) => (
        <li key={item.slug} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/questions/${item.slug}`} className="font-medium hover:text-indigo-700">
                {item.title}
              </Link>
              {item.kind === "core" ? <Badge tone="accent">core problem</Badge> : null}
            </p>
            <p className="text-sm text-slate-600">{item.reason}</p>
          </div>
          <Link href={`/practice/new?question=${item.slug}`} className={buttonStyles.secondary} aria-label={`Practise ${item.title}`}>
            Practise
          </Link>
        </li>
      ))}
    </ol>
  );
}
