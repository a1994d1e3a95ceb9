export type FilterValues = { q?: string; difficulty?: string; tag?: string; company?: string; practice?: string };
export const FILTER_KEYS = ["q", "difficulty", "tag", "company", "practice"] as const;

/** The bank's address for these filters, without the empty ones (and back on the first page). */
export function filtersUrl(values: FilterValues): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = values[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/questions?${query}` : "/questions";
}

