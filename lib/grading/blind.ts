/** After this long from a round's finish, each side sees the other's grade even if one never graded. */
export const BLIND_WINDOW_MS = 48 * 60 * 60_000;

export type BlindFacts = {
  /** Epoch milliseconds; null while the round has not finished. */
  finishedAt: number | null;
  selfSubmitted: boolean;
  peerSubmitted: boolean;
};

/**
 * Peer-round grades are blind: the candidate's self grade and the interviewer's peer grade stay
 * hidden from the other side until both are in, or until 48 hours after the finish.
 */
export function gradesRevealed(facts: BlindFacts, now: number): boolean {
  if (facts.finishedAt === null) return false;
  return (facts.selfSubmitted && facts.peerSubmitted) || now >= facts.finishedAt + BLIND_WINDOW_MS;
}

/** When the blind lifts by itself (epoch ms), for "visible on …" messages; null before the finish. */
export const revealsAt = (finishedAt: number | null) => (finishedAt === null ? null : finishedAt + BLIND_WINDOW_MS);

/** Whether a viewer may read one grade: always their own, someone else's only once revealed. */
export const canReadGrade = (grade: { graderId: string }, viewerId: string, revealed: boolean) => grade.graderId === viewerId || revealed;
