import Link from "next/link";

type Props = {
  /** The list's path, e.g. "/questions"; the other query parameters are kept on every link. */
  basePath: string;
  page: number;
  pageCount: number;
  params: Record<string, string | undefined>;
};

export function pageHref(basePath: string, params: Props["params"], page: number): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "page") search.set(key, value);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `${basePath}?${query}` : basePath;
}

/** Previous / next links and "Page n of m" for a paged list whose state lives in the URL. */
export function Pagination({ basePath, page, pageCount, params }: Props) {
  if (pageCount <= 1) return null;
  const link = "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 ring-inset ring-slate-300 bg-white hover:bg-slate-50";
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center justify-between">
      {page > 1 ? (
        <Link href={pageHref(basePath, params, Math.min(page - 1, pageCount))} className={link} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={pageHref(basePath, params, page + 1)} className={link} rel="next">
          Next →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
