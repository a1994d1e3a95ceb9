const tones = {
  easy: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  medium: "bg-amber-50 text-amber-800 ring-amber-600/20",
  hard: "bg-rose-50 text-rose-800 ring-rose-600/20",
  neutral: "bg-slate-100 text-slate-700 ring-slate-500/20",
  accent: "bg-indigo-50 text-indigo-700 ring-indigo-600/20",
} as const;

export function Badge({ tone = "neutral", children }: { tone?: keyof typeof tones; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  );
}
