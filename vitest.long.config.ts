import { defineConfig } from "vitest/config";

// `npm run test:long`: the crash runs and the browser tests, each minutes long.
export default defineConfig({
  test: {
    include: ["test/**/*.long.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
