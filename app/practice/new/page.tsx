import type { Metadata } from "next";
import { getDb } from "@/db";
import { StartSessionForm } from "@/components/practice/start-session-form";
import { UnfinishedSessions } from "@/components/practice/unfinished-sessions";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getQuestionBySlug, listQuestionChoices } from "@/lib/questions/queries";
import { slugSchema } from "@/lib/questions/schemas";
import { readClock } from "@/lib/sessions/clock";
import { getDefaultPlan, listSessionsForUser } from "@/lib/sessions/queries";
import { getAccountSettings } from "@/lib/users/account-settings";

export const metadata: Metadata = { title: "New practice session" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPracticePage({ searchParams }: Props) {
  const params = await searchParams;
  const slug = slugSchema.safeParse(params.question);
  const partner = params.with === "partner";
  const query = new URLSearchParams({ ...(slug.success ? { question: slug.data } : {}), ...(partner ? { with: "partner" } : {}) }).toString();
  const user = await requirePageUser(`/practice/new${query ? `?${query}` : ""}`);
  const db = getDb();
  const [question, choices, defaultPlan, unfinished, settings] = await Promise.all([
    slug.success ? getQuestionBySlug(db, slug.data) : undefined,
    listQuestionChoices(db),
    getDefaultPlan(db, user.id),
    listSessionsForUser(db, user.id, ["lobby", "active"], 10),
    getAccountSettings(db, user.id),
  ]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New practice session</h1>
        <p className="mt-1 text-slate-600">
          A timed run through the phases of the interview, alone or with a partner. Alone, the clock starts as soon as you press start and keeps running if you close the tab.
        </p>
      </div>
      {params.question && !question ? (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That question was not found, so a random one will be picked.
        </p>
      ) : null}
      {unfinished.length > 0 ? (
        <section aria-labelledby="still-running" className="space-y-3 rounded-xl bg-amber-50 p-4 ring-1 ring-amber-200">
          <div>
            <h2 id="still-running" className="font-semibold text-amber-950">
              {unfinished.length === 1 ? "You have a session still running" : `You have ${unfinished.length} sessions still running`}
            </h2>
            <p className="text-sm text-amber-900">Their clocks keep going until they are finished or abandoned. Resume one, abandon it, or start another below.</p>
          </div>
          <UnfinishedSessions sessions={unfinished} now={readClock()} />
        </section>
      ) : null}
      <StartSessionForm
        question={question ? { slug: question.slug, title: question.title } : undefined}
        defaultPlan={defaultPlan}
        initialMode={partner ? "peer" : "solo"}
        choices={choices}
        settingsTarget={settings.targetLevel}
      />
    </div>
  );
}
