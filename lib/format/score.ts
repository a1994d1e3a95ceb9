/**
 * A rubric score (a level from 1 to 4, or a mean of levels) as every page shows it: always two
 * decimals, so the same score never reads 2.46 in one place and 2.5 in another.
 */
export const formatScore = (score: number): string => score.toFixed(2);
