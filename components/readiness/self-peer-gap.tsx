import { formatScore } from "@/lib/format/score";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import type { DimensionGap, SelfPeerComparison } from "@/lib/readiness/self-peer-gap";
import { plural } from "./format";

const card = "rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200";
const HIRE_LEVEL = 3;
/** Gaps smaller than this read as "about the same". */
const SAME = 0.25;

/** Where a level (1..4) sits on the scale, as a percentage of its width. */
const position = (level: number) => `${((Math.min(Math.max(level, 1), 4) - 1) / 3) * 100}%`;
const one = formatScore;
const signed = (gap: number) => (Math.abs(gap) < 0.005 ? "0.00" : `${gap > 0 ? "+" : "−"}${one(Math.abs(gap))}`);

function gapWords(d: DimensionGap): string {
  if (Math.abs(d.gap) < SAME) return "you and your interviewers rate it about the same";
  const size = one(Math.abs(d.gap));
  const amount = `${size} ${size === "1.0" ? "level" : "levels"}`;
  return d.gap > 0 ? `you rate yourself ${amount} higher than your interviewers do` : `your interviewers rate you ${amount} higher than you do`;
}

/** Two dots on a 1-4 scale: yours (filled) and the interviewers' (ring), joined by the gap. */
function GapScale({ d }: { d: DimensionGap }) {
  const low = Math.min(d.selfMean, d.peerMean);
  const high = Math.max(d.selfMean, d.peerMean);
  const tone = Math.abs(d.gap) < SAME ? "bg-slate-300" : d.gap > 0 ? "bg-amber-400" : "bg-sky-400";
  return (
    <div className="relative mx-2 h-6" aria-hidden>
      <div className="absolute inset-x-0 top-1/2 h-0.5 -translate-y-1/2 rounded-full bg-slate-100" />
      {[1, 2, 3, 4].map((level) => (
        <div
          key={level}
          className={`absolute top-1/2 h-3 -translate-x-1/2 -translate-y-1/2 ${level === HIRE_LEVEL ? "border-l border-dashed border-indigo-300" : "w-px bg-slate-200"}`}
          style={{ left: position(level) }}
        />
      ))}
      <div className={`absolute top-1/2 h-1 -translate-y-1/2 rounded-full ${tone}`} style={{ left: position(low), width: `calc(${position(high)} - ${position(low)})` }} />
      <div className="absolute top-1/2 h-3.5 w-3.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-emerald-600 bg-white" style={{ left: position(d.peerMean) }} />
      <div className="absolute top-1/2 h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full bg-indigo-600" style={{ left: position(d.selfMean) }} />
    </div>
  );
}

const Empty = EmptyState;

/**
 * Per rubric dimension, the mean of the candidate's self-grades against the mean of their
 * interviewers' grades over the same peer rounds. Each row has a sentence for screen readers;
 * the scale and figures beside it say the same to the eye.
 */
export function SelfPeerGap({ comparison }: { comparison: SelfPeerComparison }) {
  if (comparison.peerGradedSessions === 0) {
    return (
      <div className={card}>
        <Empty>
          No interviewer has graded you yet. Rounds from{" "}
          <Link href="/practice/new?with=partner" className="font-medium text-indigo-700 hover:underline">
            Practice with a partner
          </Link>{" "}
          will fill this in: grade yourself after each one and your interviewer&apos;s grade appears here beside yours.
        </Empty>
      </div>
    );
  }
  if (comparison.dimensions.length === 0) {
    return (
      <div className={card}>
        <Empty>
          {comparison.peerGradedSessions === 1
            ? "An interviewer has graded one of your rounds, but you did not grade yourself on it."
            : `Interviewers have graded ${comparison.peerGradedSessions} of your rounds, but you did not grade yourself on them.`}{" "}
          Grade yourself after your next peer round to compare the two.
        </Empty>
      </div>
    );
  }
  return (
    <div className={card}>
      <p className="mb-3 text-sm text-slate-600">
        Averages over {plural(comparison.comparedSessions, "peer round")} where both you and your interviewer graded you.
      </p>
      <ul className="divide-y divide-slate-100">
        {comparison.dimensions.map((d) => (
          <li key={d.key} className="grid grid-cols-[minmax(0,14rem)_1fr] items-center gap-x-3 gap-y-1 py-2 sm:grid-cols-[minmax(0,14rem)_1fr_13rem]" data-testid="self-peer-gap">
            <span className="truncate text-sm text-slate-800">{d.title}</span>
            <GapScale d={d} />
            <span className="col-span-2 text-xs tabular-nums text-slate-600 sm:col-span-1 sm:text-right" aria-hidden>
              You {one(d.selfMean)} · Interviewers {one(d.peerMean)} ·{" "}
              <span className={Math.abs(d.gap) < SAME ? "" : d.gap > 0 ? "font-medium text-amber-700" : "font-medium text-sky-700"}>{signed(d.gap)}</span>
              <span className="block text-[11px] leading-tight text-slate-500">{plural(d.sessions, "round")}</span>
            </span>
            <span className="sr-only">
              {d.title}: your average {one(d.selfMean)}, your interviewers&apos; average {one(d.peerMean)}; {gapWords(d)}, over {plural(d.sessions, "round")}.
            </span>
          </li>
        ))}
      </ul>
      <div className="grid grid-cols-[minmax(0,14rem)_1fr] gap-3 text-xs text-slate-500 sm:grid-cols-[minmax(0,14rem)_1fr_13rem]" aria-hidden>
        <span />
        <span className="relative mx-2 h-4">
          {[1, 2, 3, 4].map((level) => (
            <span key={level} className="absolute -translate-x-1/2" style={{ left: position(level) }}>
              {level}
            </span>
          ))}
        </span>
      </div>
      <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600" aria-hidden>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-2.5 rounded-full bg-indigo-600" />
          You
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-3 rounded-full border-2 border-emerald-600 bg-white" />
          Interviewers
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-1 w-4 rounded-full bg-amber-400" />
          You rate yourself higher
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-1 w-4 rounded-full bg-sky-400" />
          Interviewers rate you higher
        </span>
        <span className="flex items-center gap-1.5">
          <span className="inline-block h-3 border-l border-dashed border-indigo-300" />
          Hire level (3)
        </span>
      </p>
    </div>
  );
}
