import { defineConfig } from "vitest/config";

// `npm run test:long`: the crash runs, the browser tests and the other runs of several processes, each long.
export default defineConfig({
  test: {
    include: ["test/**/*.long.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
