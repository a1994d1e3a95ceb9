import Link from "next/link";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { FilterSelect } from "@/components/ui/filter-select";
import { HISTORY_SORTS } from "@/lib/history/schemas";
import { TOPIC_TAGS } from "@/lib/questions/taxonomy";

export type HistoryFilterValues = { question?: string; tag?: string; from?: string; to?: string; sort?: string };

const labelStyle = "block text-xs font-medium uppercase tracking-wide text-slate-500";

/** A plain GET form: works without JavaScript and keeps every filter in the URL. */
export function HistoryFilters({ values, questions }: { values: HistoryFilterValues; questions: { slug: string; title: string }[] }) {
  // A slug from the URL that is not among the practised questions still shows as chosen.
  const questionOptions: [string, string][] = questions.map((q) => [q.slug, q.title]);
  if (values.question && !questions.some((q) => q.slug === values.question)) questionOptions.push([values.question, values.question]);
  return (
    <form
      role="search"
      aria-label="Filter sessions"
      action="/history"
      className="grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] lg:items-end"
    >
      <FilterSelect idPrefix="history" name="question" label="Question" value={values.question} options={questionOptions} anyLabel="Any question" />
      <FilterSelect idPrefix="history" name="tag" label="Topic" value={values.tag} options={Object.entries(TOPIC_TAGS)} anyLabel="Any topic" />
      <div>
        <label htmlFor="history-from" className={labelStyle}>
          From
        </label>
        <input id="history-from" name="from" type="date" defaultValue={values.from ?? ""} className={`mt-1 ${inputStyles}`} />
      </div>
      <div>
        <label htmlFor="history-to" className={labelStyle}>
          To
        </label>
        <input id="history-to" name="to" type="date" defaultValue={values.to ?? ""} className={`mt-1 ${inputStyles}`} />
      </div>
      <FilterSelect idPrefix="history" name="sort" label="Sort" value={values.sort ?? "newest"} options={Object.entries(HISTORY_SORTS)} anyLabel="" />
      <div className="flex gap-2">
        <button type="submit" className={buttonStyles.primary}>
          Apply
        </button>
        <Link href="/history" className={buttonStyles.secondary}>
          Reset
        </Link>
      </div>
    </form>
  );
}
