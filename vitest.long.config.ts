import { defineConfig } from "vitest/config";

// `npm run test:long`: the crash runs and the browser tests, each minutes long.
export default defineConfig({
  test: {
    include: ["test/**/*.long.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
