// Vitest stands in for Next here: the "server-only" guard is a build-time check, not a runtime one.
export {};
