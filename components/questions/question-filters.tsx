"use client";

import Link from "next/link";
import { useSession } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { buttonStyles, inputStyles } from "@/components/ui/button-styles";
import { FILTER_KEYS as KEYS, filtersUrl, type FilterValues as Values } from "@/lib/questions/filters-url";
import { COMPANIES, DIFFICULTIES, PRACTICE_FILTER_LABELS, TOPIC_TAGS } from "@/lib/questions/taxonomy";

const SEARCH_PAUSE_MS = 350;

const sameValues = (a: Values, b: Values) => KEYS.every((key) => (a[key] ?? "") === (b[key] ?? ""));

/**
 * The bank's filters. A GET form, so it works without JavaScript; with it, a choice applies as
 * it is made and the search once typing pauses, through a client-side navigation (no reload).
 */
export function QuestionFilters({ values }: { values: Values }) {
  const router = useRouter();
  // The page is the same for everyone (it is cached); only a signed-in visitor has practice to filter by.
  const signedIn = useSession().status === "authenticated" || Boolean(values.practice);
  const [current, setCurrent] = useState<Values>(values);
  const [shownFor, setShownFor] = useState<Values>(values);
  const [pending, startTransition] = useTransition();
  const typing = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The filters this form last navigated to. When that navigation lands, the search box keeps
  // what the user typed meanwhile; any other navigation (Reset, a link, Back) sets every field.
  const [requested, setRequested] = useState<Values | null>(null);

  if (!sameValues(values, shownFor)) {
    setShownFor(values);
    if (requested && sameValues(values, requested)) setCurrent((typed) => ({ ...values, q: typed.q }));
    else {
      setRequested(null);
      setCurrent(values);
    }
  }
  useEffect(() => () => void (typing.current && clearTimeout(typing.current)), []);

  const apply = (next: Values, how: "push" | "replace" = "push") => {
    if (typing.current) clearTimeout(typing.current);
    if (sameValues(next, values)) return;
    setRequested(next);
    startTransition(() => (how === "push" ? router.push(filtersUrl(next), { scroll: false }) : router.replace(filtersUrl(next), { scroll: false })));
  };
  const choose = (key: (typeof KEYS)[number], value: string) => {
    const next = { ...current, [key]: value };
    setCurrent(next);
    apply(next);
  };

  const select = (name: "difficulty" | "tag" | "company" | "practice", label: string, options: [string, string][]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium uppercase tracking-wide text-slate-500">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} value={current[name] ?? ""} onChange={(e) => choose(name, e.target.value)} className={`mt-1 ${inputStyles}`}>
        <option value="">Any</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      role="search"
      aria-label="Filter questions"
      action="/questions"
      onSubmit={(event) => {
        event.preventDefault();
        apply(current);
      }}
      className={`grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:items-end ${
        signedIn ? "lg:grid-cols-[2fr_1fr_1fr_1fr_1fr] xl:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto]" : "lg:grid-cols-[2fr_1fr_1fr_1fr_auto]"
      }`}
    >
      <div>
        <label htmlFor="filter-q" className="block text-xs font-medium uppercase tracking-wide text-slate-500">
          Search
        </label>
        <input
          id="filter-q"
          name="q"
          type="search"
          value={current.q ?? ""}
          onChange={(event) => {
            const next = { ...current, q: event.target.value };
            setCurrent(next);
            if (typing.current) clearTimeout(typing.current);
            typing.current = setTimeout(() => apply(next, "replace"), SEARCH_PAUSE_MS);
          }}
          maxLength={200}
          placeholder="e.g. cache, feed, geo"
          className={`mt-1 ${inputStyles}`}
        />
      </div>
      {select("difficulty", "Difficulty", DIFFICULTIES.map((d) => [d, d[0]!.toUpperCase() + d.slice(1)]))}
      {select("tag", "Topic", Object.entries(TOPIC_TAGS))}
      {select("company", "Company focus", Object.entries(COMPANIES))}
      {signedIn ? select("practice", "Your practice", Object.entries(PRACTICE_FILTER_LABELS)) : null}
      <div className="flex items-center gap-2">
        <button type="submit" className={buttonStyles.primary}>
          Apply
        </button>
        <Link href="/questions" className={buttonStyles.secondary}>
          Reset
        </Link>
        <span role="status" className="text-xs text-slate-500" data-testid="filters-pending">
          {pending ? "Updating…" : ""}
        </span>
      </div>
    </form>
  );
}
