import type { Metadata } from "next";
import { getDb } from "@/db";
import { StartSessionForm } from "@/components/practice/start-session-form";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getQuestionBySlug } from "@/lib/questions/queries";
import { slugSchema } from "@/lib/questions/schemas";
import { getDefaultPlan } from "@/lib/sessions/queries";

export const metadata: Metadata = { title: "New practice session" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NewPracticePage({ searchParams }: Props) {
  const params = await searchParams;
  const slug = slugSchema.safeParse(params.question);
  const user = await requirePageUser(`/practice/new${slug.success ? `?question=${slug.data}` : ""}`);
  const db = getDb();
  const question = slug.success ? await getQuestionBySlug(db, slug.data) : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New practice session</h1>
        <p className="mt-1 text-slate-600">
          A timed run through the phases of the interview. The clock starts as soon as you press start and keeps running if you close the tab.
        </p>
      </div>
      {params.question && !question ? (
        <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          That question was not found, so a random one will be picked.
        </p>
      ) : null}
      <StartSessionForm question={question ? { slug: question.slug, title: question.title } : undefined} defaultPlan={await getDefaultPlan(db, user.id)} />
    </div>
  );
}
