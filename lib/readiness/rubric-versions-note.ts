import type { Rubric } from "@/lib/grading/rubric-schema";
import type { FinishedPractice } from "./practice-history";

const listWords = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);
const sessions = (n: number) => (n === 1 ? "1 session" : `${n} sessions`);

/**
 * What the dimension chart cannot compare: dimensions of the current rubric that the user's
 * grades on older versions do not have (and so have no level there), and dimensions of those
 * older grades that the current rubric no longer has. Null when every grade is on the current version.
 */
export function rubricVersionsNote(history: FinishedPractice[], rubrics: Map<number, Rubric>): string | null {
  const newestVersion = Math.max(0, ...rubrics.keys());
  const newest = rubrics.get(newestVersion);
  if (!newest) return null;
  const older = new Map<number, number>();
  for (const session of history) {
    for (const grade of [session.grade, session.peerGrade]) {
      if (grade && grade.rubricVersion !== newestVersion) older.set(grade.rubricVersion, (older.get(grade.rubricVersion) ?? 0) + 1);
    }
  }
  if (older.size === 0) return null;
  const notes: string[] = [];
  for (const [version, count] of [...older].sort(([a], [b]) => a - b)) {
    const past = rubrics.get(version);
    if (!past) continue;
    const pastKeys = new Set(past.dimensions.map((d) => d.key));
    const added = newest.dimensions.filter((d) => !pastKeys.has(d.key)).map((d) => d.title);
    const newestKeys = new Set(newest.dimensions.map((d) => d.key));
    const dropped = past.dimensions.filter((d) => !newestKeys.has(d.key)).map((d) => d.title);
    const parts = [`${sessions(count)} graded on rubric version ${version}`];
    if (added.length) parts.push(`have no level for ${listWords(added)}, added in version ${newestVersion}, so those lines start later`);
    if (dropped.length) parts.push(`rate ${listWords(dropped)}, which version ${newestVersion} no longer has`);
    if (parts.length > 1) notes.push(`${parts[0]} ${parts.slice(1).join(", and ")}.`);
  }
  const weightsNote = `Overall scores on version ${newestVersion} weigh the dimensions differently, so compare dimensions rather than overall scores across versions.`;
  return notes.length ? `${notes.join(" ")} ${weightsNote}` : weightsNote;
}
