import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { getDb } from "@/db";
import { ChecklistTabs } from "@/components/readiness/checklist-tabs";
import { EvidenceSection } from "@/components/readiness/evidence-section";
import { RecommendationList } from "@/components/readiness/recommendation-list";
import { RoadmapSection } from "@/components/readiness/roadmap-section";
import { SelfPeerGap } from "@/components/readiness/self-peer-gap";
import { SummaryCard } from "@/components/readiness/summary-card";
import { buttonStyles } from "@/components/ui/button-styles";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { getReadiness } from "@/lib/readiness/get-readiness";
import { isoDay } from "@/lib/readiness/schemas";
import { readClock } from "@/lib/sessions/clock";

export const metadata: Metadata = { title: "Readiness" };

function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {description ? <p className="mb-3 text-sm text-slate-600">{description}</p> : <div className="mb-3" />}
      {children}
    </section>
  );
}

export default async function ReadinessPage() {
  const user = await requirePageUser("/readiness");
  const now = readClock();
  const readiness = await getReadiness(getDb(), user.id, now);
  return (
    <div className="space-y-10">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Readiness</h1>
          <p className="mt-1 text-slate-600">Where you stand, built from your own sessions, grades and checklists.</p>
        </div>
        <Link href="/practice/new" className={buttonStyles.primary}>
          Start a session
        </Link>
      </div>

      <Section id="summary" title="Summary">
        <SummaryCard summary={readiness.summary} />
      </Section>

      <Section id="next" title="What next" description="Core problems you have not tried yet come first, then problems due for another go: weaker and older ones sooner.">
        <RecommendationList recommendations={readiness.recommendations} />
      </Section>

      <Section id="roadmap" title="Roadmap">
        <RoadmapSection roadmap={readiness.roadmap} options={readiness.roadmapOptions} today={isoDay(now)} />
      </Section>

      <Section id="checklists" title="Checklists" description="Tick what you can do without notes. Core problems fill up as you finish sessions on them.">
        {readiness.checklists.length === 0 ? (
          <EmptyState>No checklists are loaded.</EmptyState>
        ) : (
          <ChecklistTabs checklists={readiness.checklists} />
        )}
      </Section>

      <Section id="evidence" title="Evidence">
        <EvidenceSection evidence={readiness.evidence} rubricNote={readiness.rubricNote} />
      </Section>

      <Section
        id="self-vs-interviewers"
        title="How you rate yourself vs. how interviewers rate you"
        description="Your self-grade beside your interviewer's, per rubric dimension, from peer rounds. An interviewer's grade counts here once you can see it: after you have graded yourself too, or 48 hours after the round."
      >
        <SelfPeerGap comparison={readiness.evidence.selfVsPeer} />
      </Section>
    </div>
  );
}
