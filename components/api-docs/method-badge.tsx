const tones: Record<string, string> = {
  get: "bg-sky-50 text-sky-800 ring-sky-600/20",
  post: "bg-emerald-50 text-emerald-800 ring-emerald-600/20",
  put: "bg-amber-50 text-amber-800 ring-amber-600/20",
  patch: "bg-amber-50 text-amber-800 ring-amber-600/20",
  delete: "bg-rose-50 text-rose-800 ring-rose-600/20",
};

export function MethodBadge({ method }: { method: string }) {
  return (
    <span className={`inline-flex w-16 shrink-0 justify-center rounded-md px-2 py-0.5 font-mono text-xs font-semibold uppercase ring-1 ring-inset ${tones[method] ?? tones.get}`}>
      {method}
    </span>
  );
}
