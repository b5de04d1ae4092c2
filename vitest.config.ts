import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// `npm test`: everything but the long runs (crash, browser), which `npm run test:long` takes.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/*.long.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Most end-to-end tests wait on child processes and the store, so a worker per core (not vitest's
    // one less) keeps npm test near 3.5 min on two cores instead of 6.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
