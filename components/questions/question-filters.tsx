import Link from "next/link";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { FilterSelect } from "@/components/ui/filter-select";
import { COMPANIES, DIFFICULTIES, TOPIC_TAGS } from "@/lib/questions/taxonomy";

type Values = { q?: string; difficulty?: string; tag?: string; company?: string };

/** A plain GET form: works without JavaScript and keeps the filters in the URL. */
export function QuestionFilters({ values }: { values: Values }) {
  return (
    <form role="search" aria-label="Filter questions" action="/questions" className="grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
      <div>
        <label htmlFor="filter-q" className="block text-xs font-medium uppercase tracking-wide text-slate-500">
          Search
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={values.q ?? ""} maxLength={200} placeholder="e.g. cache, feed, geo" className={`mt-1 ${inputStyles}`} />
      </div>
      <FilterSelect idPrefix="filter" name="difficulty" label="Difficulty" value={values.difficulty} options={DIFFICULTIES.map((d) => [d, d[0]!.toUpperCase() + d.slice(1)])} />
      <FilterSelect idPrefix="filter" name="tag" label="Topic" value={values.tag} options={Object.entries(TOPIC_TAGS)} />
      <FilterSelect idPrefix="filter" name="company" label="Company focus" value={values.company} options={Object.entries(COMPANIES)} />
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary}>
          Apply
        </button>
        <Link href="/questions" className={buttonStyles.secondary}>
          Reset
        </Link>
      </div>
    </form>
  );
}
