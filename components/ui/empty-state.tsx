/** The one look of "nothing here yet": a dashed box with a sentence and, usually, what to do next. */
export function EmptyState({ children, testId }: { children: React.ReactNode; testId?: string }) {
  return (
    <div data-testid={testId} className="rounded-xl border border-dashed border-slate-300 bg-white/60 p-6 text-center text-sm text-slate-600">
      {children}
    </div>
  );
}
