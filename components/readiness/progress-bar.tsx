const tones = {
  indigo: "bg-indigo-600",
  emerald: "bg-emerald-600",
  amber: "bg-amber-500",
  slate: "bg-slate-400",
} as const;

type Props = {
  value: number;
  max: number;
  /** What the bar measures, for screen readers ("Sessions on URL shortener"). */
  label: string;
  /** Visible text beside the bar; defaults to "value of max". */
  text?: string;
  tone?: keyof typeof tones;
};

/** A thin horizontal bar with its figure beside it; works without JavaScript. */
export function ProgressBar({ value, max, label, text, tone = "indigo" }: Props) {
  const percent = max > 0 ? Math.round((Math.min(Math.max(value, 0), max) / max) * 100) : 0;
  const shown = text ?? `${value} of ${max}`;
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={Math.min(value, max)}
        aria-valuetext={shown}
        className="h-2 flex-1 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={`h-full rounded-full ${tones[tone]}`} style={{ width: `${percent}%` }} />
      </div>
      <span className="shrink-0 text-xs font-medium tabular-nums text-slate-600">{shown}</span>
    </div>
  );
}
