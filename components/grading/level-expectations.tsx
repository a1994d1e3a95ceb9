import Link from "next/link";
import { Markdown } from "@/components/markdown";
import type { QuestionBody } from "@/lib/questions/schemas";
import { TARGET_LEVEL_LABELS, TARGET_LEVELS, type TargetLevel } from "@/lib/users/schemas";

/**
 * What this question expects at the level the user aims for, beside their grade; the other levels
 * fold away. Without a chosen level, it says where to choose one.
 */
export function LevelExpectations({ expectations, level }: { expectations: QuestionBody["interviewerGuide"]["expectations"]; level: TargetLevel | null }) {
  const others = TARGET_LEVELS.filter((other) => other !== level);
  return (
    <section aria-labelledby="level-expectations" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="level-expectations" className="text-lg font-semibold">
        {level ? `What a ${TARGET_LEVEL_LABELS[level].toLowerCase()} answer shows` : "What each level's answer shows"}
      </h2>
      {level ? (
        <Markdown className="prose-sm mt-2">{expectations[level]}</Markdown>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          Choose your target level in <Link href="/settings" className="font-medium text-indigo-700 hover:underline">Settings</Link> to see it first.
        </p>
      )}
      <details className="mt-3" open={!level}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">{level ? "The other levels" : "Mid-level, senior and staff"}</summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2">
          {others.map((other) => (
            <div key={other} className="rounded-lg bg-slate-50 p-3">
              <h3 className="text-sm font-semibold">{TARGET_LEVEL_LABELS[other]}</h3>
              <Markdown className="prose-sm mt-1">{expectations[other]}</Markdown>
            </div>
          ))}
        </div>
      </details>
    </section>
  );
}
