import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { formatLength, formatOffset, formatScore, sessionDuration } from "@/lib/history/format";
import { advancePosition, base64ToBytes, changeOffsets, countUpdatesUntil, phaseAt, phaseIndexAt, replayEnd } from "@/lib/history/replay";
import { CHECKPOINT_EVERY, ReplayDocument } from "@/lib/history/replay-document";
import { historyQuerySchema } from "@/lib/history/schemas";
import { notesTextName } from "@/lib/sessions/document/shape";
import { DEFAULT_PLAN } from "@/lib/sessions/plan";

const MIN = 60_000;

describe("duration and time formatting", () => {
  it("measures a session by its finish time, or by its plan while it has none", () => {
    expect(sessionDuration({ startedAt: 1_000, finishedAt: 1_000 + 47 * MIN, plan: DEFAULT_PLAN })).toEqual({ ms: 47 * MIN, planned: false });
    expect(sessionDuration({ startedAt: 1_000, finishedAt: null, plan: DEFAULT_PLAN })).toEqual({ ms: 45 * MIN, planned: true });
  });

  it("formats lengths for people and moments as mm:ss since the start", () => {
    expect([0, 42_400, 60_000, 45 * MIN + 29_000, 65 * MIN, 125 * MIN].map(formatLength)).toEqual(["0 s", "42 s", "1 min", "45 min", "1 h 05 min", "2 h 05 min"]);
    expect([0, 999, 61_000, 45 * MIN, 75 * MIN + 3_000, -5_000].map(formatOffset)).toEqual(["00:00", "00:00", "01:01", "45:00", "75:03", "00:00"]);
    expect([3.5, 3.1666, 2, 2.755, 2.456].map(formatScore)).toEqual(["3.50", "3.17", "2.00", "2.75", "2.46"]);
  });
});

describe("replay position", () => {
  const advances = [5 * MIN, 11 * MIN, 21 * MIN, 44 * MIN];

  it("knows which phase was current at any moment, never past the plan", () => {
    expect([0, 5 * MIN - 1, 5 * MIN, 20 * MIN, 43 * MIN, 44 * MIN, 90 * MIN].map((at) => phaseIndexAt(advances, 5, at))).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(phaseIndexAt([1, 2, 3, 4, 5, 6], 3, 100)).toBe(2);
    expect(phaseAt({ plan: DEFAULT_PLAN, advances }, 12 * MIN)).toEqual({ index: 2, key: "high_level" });
  });

  it("counts the updates that had happened by a moment (inclusive)", () => {
    const times = [10, 20, 20, 30];
    expect([0, 10, 19, 20, 29, 30, 99].map((at) => countUpdatesUntil(times, at))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(countUpdatesUntil([], 5)).toBe(0);
  });

  it("spans the timeline to the finish, the last update or the last advance, whichever is last", () => {
    expect(replayEnd({ startedAt: 0, finishedAt: 50, advances: [10] }, [5, 40], 999)).toBe(50);
    expect(replayEnd({ startedAt: 0, finishedAt: 50, advances: [10] }, [5, 60], 999)).toBe(60);
    expect(replayEnd({ startedAt: 0, finishedAt: null, advances: [10] }, [5], 999)).toBe(999);
    expect(advancePosition(1_000, 100, 64, 10_000)).toBe(7_400);
    expect(advancePosition(9_000, 100, 64, 10_000)).toBe(10_000);
    expect(changeOffsets([100, 100, 250], 50)).toEqual([50, 200]);
  });

  it("decodes the base64 the replay API sends", () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 255]);
    expect(base64ToBytes(Buffer.from(bytes).toString("base64"))).toEqual(bytes);
  });
});

describe("ReplayDocument", () => {
  // 450 single-character edits, so moving backwards crosses checkpoints.
  const source = new Y.Doc();
  const updates: Uint8Array[] = [];
  source.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < 450; i++) source.getText(notesTextName("clarify")).insert(i, String(i % 10));
  const textAfter = (count: number) => Array.from({ length: count }, (_, i) => String(i % 10)).join("");

  it("shows the document as it was after any number of updates, forwards and backwards", () => {
    const replay = new ReplayDocument(updates, "replay-test");
    const guid = replay.doc.guid;
    expect(replay.seek(450)).toBe(false);
    expect(replay.notes().clarify).toBe(textAfter(450));
    for (const count of [430, CHECKPOINT_EVERY * 2, 399, 150, 0, 1, 300]) {
      replay.seek(count);
      expect(replay.applied).toBe(count);
      expect(replay.notes().clarify).toBe(textAfter(count));
    }
    expect(replay.doc.guid).toBe(guid);
  });

  it("says when it had to start again, and can start under a new guid", () => {
    const replay = new ReplayDocument(updates.slice(0, 20));
    replay.seek(10);
    const doc = replay.doc;
    expect(replay.seek(15)).toBe(false);
    expect(replay.doc).toBe(doc);
    expect(replay.seek(5, { freshGuid: true })).toBe(true);
    expect(replay.doc).not.toBe(doc);
    expect(replay.doc.guid).not.toBe(doc.guid);
    replay.seek(99);
    expect(replay.applied).toBe(20);
  });
});

describe("history query", () => {
  it("defaults to the newest first on page one, and treats blank fields as unset", () => {
    expect(historyQuerySchema.parse({})).toEqual({ sort: "newest", page: 1 });
    expect(historyQuerySchema.parse({ question: "", tag: "", from: "", to: "", sort: "", page: "" })).toEqual({ sort: "newest", page: 1 });
    expect(historyQuerySchema.parse({ question: "url-shortener", tag: "caching", from: "2025-01-01", to: "2025-01-01", sort: "best", page: "3" })).toEqual({
      question: "url-shortener",
      tag: "caching",
      from: "2025-01-01",
      to: "2025-01-01",
      sort: "best",
      page: 3,
    });
  });

  it("refuses bad values with messages that name the field", () => {
    const issues = (input: Record<string, string>) => {
      const result = historyQuerySchema.safeParse(input);
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    };
    expect(issues({ sort: "random" })).toEqual(["sort: must be newest, oldest, best or worst"]);
    expect(issues({ tag: "cooking" })).toEqual(["tag: is not a known topic"]);
    expect(issues({ from: "2025-02-30" })).toEqual(["from: must be a date such as 2025-01-31"]);
    // Year 0 and the day after 9999-12-31 are no dates to PostgreSQL: they used to end in a 500.
    expect(issues({ from: "0000-01-01" })).toEqual(["from: must be a date between 2000-01-01 and 2999-12-31"]);
    expect(issues({ to: "9999-12-31" })).toEqual(["to: must be a date between 2000-01-01 and 2999-12-31"]);
    expect(issues({ page: "0" })).toEqual(["page: must be 1 or more"]);
    expect(issues({ page: "two" })).toEqual(["page: must be a page number such as 2"]);
    expect(issues({ question: "Not A Slug" })).toHaveLength(1);
    expect(issues({ from: "2025-03-02", to: "2025-03-01" })).toEqual(["to: must be on or after the from date"]);
  });
});
