import { defineConfig } from "vitest/config";

// "server-only" throws outside React's server build; under Vitest it is the no-op it is in a server component.
const alias = { "@": import.meta.dirname, "server-only": `${import.meta.dirname}/tests/stubs/server-only.ts` };

export default defineConfig({
  resolve: { alias },
  test: {
    setupFiles: ["tests/setup-env.ts"],
    // Each file creates its own database; two cores make more forks slower, not faster.
    maxWorkers: 2,
    hookTimeout: 60_000,
    testTimeout: 30_000,
    projects: [
      // A project does not inherit the settings above: without its own timeout a unit test has 5 s,
      // which the content tests (the whole bank parsed) overrun on a busy two-core machine.
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"], setupFiles: ["tests/setup-env.ts"], testTimeout: 30_000 },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: ["tests/setup-env.ts"],
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "realtime",
          include: ["tests/realtime/**/*.test.ts"],
          setupFiles: ["tests/setup-env.ts"],
          hookTimeout: 60_000,
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Several app instances as processes on the machine's PostgreSQL and Redis (and nginx).
          name: "cluster",
          include: ["tests/cluster/**/*.test.ts"],
          setupFiles: ["tests/setup-env.ts"],
          hookTimeout: 60_000,
          testTimeout: 60_000,
        },
      },
    ],
  },
});
