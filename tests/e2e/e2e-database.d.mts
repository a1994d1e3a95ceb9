export function e2eDatabase(suffix?: string):
  | { name: string; url: string; create(): Promise<void>; drop(): Promise<void> }
  | undefined;
