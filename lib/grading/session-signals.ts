import type * as Y from "yjs";
import type { PhaseKey } from "@/lib/questions/phases";
import { computeClock, type ClockFacts } from "@/lib/sessions/clock";
import { notesTextName } from "@/lib/sessions/document/shape";
import { getWhiteboardMap, readElements } from "@/lib/whiteboard/scene-sync";

export type PhaseSignal = {
  key: PhaseKey;
  plannedMs: number;
  spentMs: number;
  overtimeMs: number;
  /**
   * Barely touched: less than a tenth of its time (or never reached) and nothing written or drawn.
   * A phase with notes was worked on, even if quickly or from another phase's time.
   */
  skipped: boolean;
  overrun: boolean;
  words: number;
  /** Whiteboard elements last changed while this phase was current. */
  drawn: number;
};

const countWords = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

/** What the app measured about a finished session, shown beside the self-assessment. */
export function computeSessionSignals(facts: ClockFacts, doc: Y.Doc): PhaseSignal[] {
  const clock = computeClock(facts, facts.finishedAt ?? Date.now());
  const elements = readElements(getWhiteboardMap(doc)).filter((element) => !element.isDeleted);
  return clock.phases.map((phase) => {
    const plannedMs = phase.minutes * 60_000;
    const from = phase.startedAt ?? Number.POSITIVE_INFINITY;
    const to = phase.endedAt ?? clock.now;
    const drawn = elements.filter((element) => {
      const updated = typeof element.updated === "number" ? element.updated : NaN;
      return updated >= from && updated <= to;
    }).length;
    const words = countWords(doc.getText(notesTextName(phase.key)).toString());
    return {
      key: phase.key,
      plannedMs,
      spentMs: phase.spentMs,
      overtimeMs: phase.overtimeMs,
      skipped: phase.spentMs < plannedMs / 10 && words === 0 && drawn === 0,
      overrun: phase.overtimeMs > 0,
      words,
      drawn,
    };
  });
}
