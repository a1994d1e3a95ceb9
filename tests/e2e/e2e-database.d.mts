export function e2eDatabase():
  | { name: string; url: string; create(): Promise<void>; drop(): Promise<void> }
  | undefined;
