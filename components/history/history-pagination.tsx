import Link from "next/link";

type Props = { page: number; pageCount: number; params: Record<string, string | undefined> };

/** The /history URL of another page with the same filters. */
export function historyHref(params: Props["params"], page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "page") search.set(key, value);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `/history?${query}` : "/history";
}

export function HistoryPagination({ page, pageCount, params }: Props) {
  if (pageCount <= 1) return null;
  const link = "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 bg-white hover:bg-slate-50";
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between">
      {page > 1 ? (
        <Link href={historyHref(params, Math.min(page - 1, pageCount))} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={historyHref(params, page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
