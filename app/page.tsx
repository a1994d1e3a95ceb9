import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { currentUser } from "@/lib/auth/session";
import { PHASES } from "@/lib/questions/phases";

const features: { title: string; text: string; href: string | null }[] = [
  { title: "Timed solo practice", text: "A 45-minute session through the five phases of the interview, with notes, a whiteboard and an estimation calculator.", href: "/practice/new" },
  { title: "Rubric grading and review", text: "Grade yourself on the dimensions interviewers use and see the hiring signal each level maps to; replay any past session.", href: "/history" },
  { title: "Readiness from evidence", text: "Checklists, roadmaps and score trends built from real sessions, and what to practise next.", href: "/readiness" },
  { title: "Peer mock interviews", text: "A live room for two: the interviewer sees the hidden guide and rubric, the candidate does not. Then swap.", href: "/practice/new?with=partner" },
];

const heroLink = "inline-flex items-center rounded-lg px-4 py-2 text-sm font-semibold text-white ring-1 ring-inset ring-white/60 hover:bg-white/10";

export default async function HomePage() {
  const user = await currentUser();
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-indigo-600 to-violet-600 px-8 py-12 text-white shadow-lg">
        <h1 className="max-w-2xl text-4xl font-semibold tracking-tight">Practise system-design interviews the way they are run.</h1>
        <p className="mt-4 max-w-2xl text-lg text-indigo-100">
          Real problems with model answers you can trust, a clock that keeps you honest, and a record of how you improve. Open source and self-hosted.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          {user ? (
            <>
              <Link href="/practice/new" className={`${buttonStyles.secondary} !text-indigo-700`}>
                Start a session
              </Link>
              <Link href="/readiness" className={heroLink}>
                See your readiness
              </Link>
            </>
          ) : (
            <>
              <Link href="/questions" className={`${buttonStyles.secondary} !text-indigo-700`}>
                Browse the question bank
              </Link>
              <Link href="/signup" className={heroLink}>
                Create an account
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="framework">
        <h2 id="framework" className="text-lg font-semibold">
          The five phases of every session
        </h2>
        <ol className="mt-4 grid gap-3 sm:grid-cols-5">
          {PHASES.map((phase, index) => (
            <li key={phase.key} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
              <p className="text-xs font-semibold text-indigo-700">Phase {index + 1}</p>
              <p className="mt-1 font-semibold">{phase.title}</p>
              <p className="text-sm text-slate-500">{phase.minutes} minutes</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-label="Features" className="grid gap-4 md:grid-cols-2">
        {features.map((feature) => (
          <div key={feature.title} className="relative rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 focus-within:ring-2 focus-within:ring-indigo-500 hover:ring-indigo-300">
            <h3 className="flex flex-wrap items-center gap-2 font-semibold">
              {feature.href ? (
                <Link href={feature.href} className="after:absolute after:inset-0 focus:outline-none">
                  {feature.title}
                </Link>
              ) : (
                feature.title
              )}
              {feature.href ? null : <Badge>Coming soon</Badge>}
            </h3>
            <p className="mt-1 text-sm text-slate-600">{feature.text}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
