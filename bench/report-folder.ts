// The generated reports the ingest and queue benches read from disk: one text file a report, so that
// finding and reading the files is part of what they measure, as it is for a user's folder of reports.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { syntheticReport } from "./synthetic-reports.js";

/** Reports a sub-folder, so that no folder holds more files than a directory listing handles quickly. */
const REPORTS_PER_FOLDER = 1000;

/** Writes `count` generated reports as text files under `folder`/reports; returns that folder and the bytes written. */
export async function writeReportFolder(folder: string, count: number): Promise<{ reports: string; bytes: number }> {
  const reports = join(folder, "reports");
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const dir = join(reports, String(Math.floor(i / REPORTS_PER_FOLDER)));
    if (i % REPORTS_PER_FOLDER === 0) await mkdir(dir, { recursive: true });
    const text = syntheticReport(i);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `${i}.txt`), text);
  }
  return { reports, bytes };
}
