"use client";

import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatLength, formatScore, formatWhen, signalLabel } from "@/lib/history/format";
import type { HistoryItem } from "@/lib/history/schemas";

const STATUS = {
  lobby: { label: "Waiting to start", tone: "neutral" },
  active: { label: "In progress", tone: "accent" },
  finished: { label: "Finished", tone: "easy" },
  abandoned: { label: "Abandoned", tone: "neutral" },
} as const;

/** The user's sessions, one row each, linking to the review of each. */
export function HistoryTable({ items }: { items: HistoryItem[] }) {
  return (
    <div className="overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-3">
              Question
            </th>
            <th scope="col" className="px-4 py-3">
              Date
            </th>
            <th scope="col" className="px-4 py-3">
              Mode
            </th>
            <th scope="col" className="px-4 py-3">
              Duration
            </th>
            <th scope="col" className="px-4 py-3">
              Score
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.id} data-testid="history-row">
              <td className="px-4 py-3">
                <Link href={`/history/${item.id}`} className="font-medium text-slate-900 hover:text-indigo-700 hover:underline">
                  {item.question.title}
                </Link>
                <div className="mt-1 flex flex-wrap gap-1.5">
                  <Badge tone={STATUS[item.status].tone}>{STATUS[item.status].label}</Badge>
                  {item.room && item.room.rounds > 1 ? <Badge>{`Round ${item.room.round} of ${item.room.rounds}`}</Badge> : null}
                </div>
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">{formatWhen(item.startedAt)}</td>
              <td className="px-4 py-3 text-slate-700">
                {item.mode === "solo" ? "Solo" : `Peer (${item.role})`}
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-700">
                {formatLength(item.durationMs)}
                {item.durationIsPlanned ? <span className="text-slate-500"> planned</span> : null}
              </td>
              <td className="whitespace-nowrap px-4 py-3">
                {item.role !== "candidate" ? (
                  <span className="text-slate-500">{item.role === "interviewer" ? "you interviewed" : "you observed"}</span>
                ) : item.overallScore === null ? (
                  <span className="text-slate-500">not graded</span>
                ) : (
                  <span>
                    <span className="font-semibold tabular-nums">{formatScore(item.overallScore)}</span>
                    <span className="text-slate-500"> / 4</span>
                    {item.signal ? <span className="block text-xs text-slate-500">{signalLabel(item.signal)}</span> : null}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
