import { describe, expect, it } from "vitest";
import { formatQueueStatus } from "./format-queue-status.js";
import type { QueueStatus } from "./queue-status.js";

const idle = { jobs: 0, lastMinute: 0, last15Minutes: 0 };

describe("formatQueueStatus", () => {
  it("gives each state its count, the rates jobs finish at, and the dead letters with their errors", () => {
    const status: QueueStatus = {
      waiting: 1200,
      retrying: 3,
      running: 4,
      done: { jobs: 870, lastMinute: 120, last15Minutes: 870 },
      failed: { jobs: 1, lastMinute: 0, last15Minutes: 1 },
      deadLetters: { total: 1, newest: [{ input: "/reports/a.txt", error: "/reports/a.txt: no such file or folder", at: "2026-11-30T22:10:31.000Z" }] },
    };
    expect(formatQueueStatus(status)).toBe(
      [
        "ingest jobs:",
        "  waiting 1,203  (3 waiting to retry after a failure)",
        "  running     4",
        "  done      870  120.0/min over the last minute, 58.0/min over the last 15 minutes",
        "  failed      1  0.0/min over the last minute, 0.1/min over the last 15 minutes",
        "dead letters: 1, each a job that failed every attempt:",
        "  2026-11-30 22:10  /reports/a.txt: no such file or folder",
      ].join("\n"),
    );
  });

  it("says when there are no dead letters, and gives no rate for states nothing reached lately", () => {
    const status: QueueStatus = { waiting: 0, retrying: 0, running: 0, done: { ...idle, jobs: 5 }, failed: idle, deadLetters: { total: 0, newest: [] } };
    expect(formatQueueStatus(status)).toBe(["ingest jobs:", "  waiting 0", "  running 0", "  done    5", "  failed  0", "dead letters: none"].join("\n"));
  });
});
