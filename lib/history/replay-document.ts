// A session document that can be moved to any point of its update log. Forwards it applies the
// missing updates to the same Y.Doc; backwards it starts a fresh Y.Doc from the nearest
// checkpoint (a snapshot taken every CHECKPOINT_EVERY updates on the way forwards) and applies
// the rest. Pure Yjs: runs in the browser and in unit tests.
import * as Y from "yjs";
import { PHASES } from "@/lib/questions/phases";
import { notesTextName } from "@/lib/sessions/document/shape";

export const CHECKPOINT_EVERY = 200;

export class ReplayDocument {
  doc: Y.Doc;
  /** How many updates of the log the document holds. */
  applied = 0;
  /** Checkpoints by update count: the whole state after that many updates. */
  private readonly checkpoints = new Map<number, Uint8Array>();

  /** `guid` is kept across rebuilds, so a view keyed by it can stay mounted. */
  constructor(
    private readonly updates: readonly Uint8Array[],
    private readonly guid = "replay",
  ) {
    this.doc = new Y.Doc({ guid, gc: false });
  }

  get length(): number {
    return this.updates.length;
  }

  /**
   * Shows the document as it was after the first `count` updates. Returns true when it had to
   * start from a fresh Y.Doc (moving backwards), false when it moved forwards or stayed.
   */
  seek(count: number, options: { freshGuid?: boolean } = {}): boolean {
    const target = Math.max(0, Math.min(this.updates.length, Math.floor(count)));
    let rebuilt = false;
    if (target < this.applied) {
      const base = Math.floor(target / CHECKPOINT_EVERY) * CHECKPOINT_EVERY;
      const snapshot = base > 0 ? this.checkpoints.get(base) : undefined;
      this.doc = new Y.Doc({ guid: options.freshGuid ? `${this.guid}-${Date.now()}-${Math.random()}` : this.guid, gc: false });
      this.applied = 0;
      if (snapshot) {
        Y.applyUpdate(this.doc, snapshot, "replay");
        this.applied = base;
      }
      rebuilt = true;
    }
    // One transaction per stretch between checkpoints, so each snapshot is taken on settled state.
    while (this.applied < target) {
      const stop = Math.min(target, (Math.floor(this.applied / CHECKPOINT_EVERY) + 1) * CHECKPOINT_EVERY);
      const doc = this.doc;
      Y.transact(
        doc,
        () => {
          for (; this.applied < stop; this.applied++) Y.applyUpdate(doc, this.updates[this.applied]!, "replay");
        },
        "replay",
      );
      if (this.applied % CHECKPOINT_EVERY === 0 && !this.checkpoints.has(this.applied)) {
        this.checkpoints.set(this.applied, Y.encodeStateAsUpdate(doc));
      }
    }
    return rebuilt;
  }

  /** The notes of every phase as they are at the current point. */
  notes(): Record<string, string> {
    return Object.fromEntries(PHASES.map((phase) => [phase.key, this.doc.getText(notesTextName(phase.key)).toString()]));
  }
}
