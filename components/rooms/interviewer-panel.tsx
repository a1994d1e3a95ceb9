"use client";

import { useRoomContext } from "@/components/practice/room-context";
import { InterviewerGuide } from "@/components/questions/interviewer-guide";
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
            content: <InterviewerGuide guide={guide} />,
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
