"use client";

import { Markdown } from "@/components/markdown";
import { useRoomContext } from "@/components/practice/room-context";
import { RevealPanel } from "@/components/questions/reveal-panel";
import { Tabs } from "@/components/ui/tabs";
import type { Rubric } from "@/lib/grading/rubric-schema";
import type { PhaseKey } from "@/lib/questions/phases";
import type { QuestionBody } from "@/lib/questions/schemas";
import { KeyPointTicks } from "./key-point-ticks";
import { LiveRubric } from "./live-rubric";
import { PrivateNotes } from "./private-notes";

type Props = {
  guide: QuestionBody["interviewerGuide"];
  keyPoints: Record<PhaseKey, string[]>;
  rubric: Pick<Rubric, "version" | "dimensions" | "levels">;
  /** The reference answer, rendered on the server for the interviewer alone. */
  reference: React.ReactNode;
};

function Bullets({ title, items }: { title: string; items: string[] }) {
  return (
    <div>
      <h3 className="mb-1.5 text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {items.map((item, index) => (
          <li key={index}>
            <Markdown className="prose-sm [&_p]:my-0">{item}</Markdown>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What the interviewer sees and the candidate never does: the guide, the phase's key points to
 * tick, the reference behind a reveal, private notes and a live rubric. The server renders it
 * into the interviewer's page only; ticks, notes and drafts live in the interviewer's document.
 */
export function InterviewerPanel({ guide, keyPoints, rubric, reference }: Props) {
  const { room, shownPhase } = useRoomContext();
  const doc = room.interviewerDoc;
  return (
    <section aria-label="Interviewer panel" className="flex min-h-0 flex-1 flex-col" data-testid="interviewer-panel">
      <p className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-xs text-amber-900">Only you see this panel. The candidate does not.</p>
      <Tabs
        label="Interviewer tools"
        className="flex min-h-0 flex-1 flex-col"
        panelClassName="min-h-0 flex-1 overflow-y-auto p-4"
        tabs={[
          {
            key: "guide",
            label: "Guide",
            content: (
              <div className="space-y-5">
                <Bullets title="Follow-up questions" items={guide.followUps} />
                <Bullets title="Hints" items={guide.hints} />
                <Bullets title="Red flags" items={guide.redFlags} />
                <div className="space-y-3">
                  {(
                    [
                      ["Mid-level", guide.expectations.mid],
                      ["Senior", guide.expectations.senior],
                      ["Staff", guide.expectations.staff],
                    ] as const
                  ).map(([level, text]) => (
                    <div key={level} className="rounded-lg bg-slate-50 p-3">
                      <h3 className="text-sm font-semibold">Expected at {level.toLowerCase()}</h3>
                      <Markdown className="prose-sm mt-1">{text}</Markdown>
                    </div>
                  ))}
                </div>
              </div>
            ),
          },
          { key: "points", label: "Key points", content: <KeyPointTicks doc={doc} phase={shownPhase} points={keyPoints[shownPhase]} readOnly={!canWrite(room.snapshot.status)} /> },
          {
            key: "reference",
            label: "Reference",
            content: (
              <RevealPanel label="Reveal the reference answer" warning="The model answer for every phase. Keep it to yourself: it is for steering and grading.">
                {reference}
              </RevealPanel>
            ),
          },
          { key: "notes", label: "Private notes", content: <PrivateNotes doc={doc} readOnly={!canWrite(room.snapshot.status)} /> },
          { key: "rubric", label: "Live rubric", content: <LiveRubric doc={doc} rubric={rubric} readOnly={!canWrite(room.snapshot.status)} /> },
        ]}
      />
    </section>
  );
}

const canWrite = (status: string) => status === "lobby" || status === "active";
