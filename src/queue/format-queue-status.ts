// `tally queue` as a person reads it: one line per state with its count, the rate jobs finish at,
// and the newest dead letters with the error that ended each.
import type { QueueStatus, StateCount } from "./queue-status.js";

const number = (value: number) => value.toLocaleString("en-US");

/** "12.5/min over the last minute, 3.1/min over the last 15 minutes", or "" when none finished lately. */
function rates(count: StateCount): string {
  if (count.last15Minutes === 0) return "";
  const perMinute = (jobs: number, minutes: number) => `${(jobs / minutes).toFixed(1)}/min`;
  return `  ${perMinute(count.lastMinute, 1)} over the last minute, ${perMinute(count.last15Minutes, 15)} over the last 15 minutes`;
}

export function formatQueueStatus(status: QueueStatus): string {
  const rows: Array<[string, number, string]> = [
    ["waiting", status.waiting + status.retrying, status.retrying > 0 ? `  (${number(status.retrying)} waiting to retry after a failure)` : ""],
    ["running", status.running, ""],
    ["done", status.done.jobs, rates(status.done)],
    ["failed", status.failed.jobs, rates(status.failed)],
  ];
  const width = Math.max(...rows.map(([, count]) => number(count).length));
  const lines = ["ingest jobs:", ...rows.map(([label, count, note]) => `  ${label.padEnd(7)} ${number(count).padStart(width)}${note}`)];
  const { total, newest } = status.deadLetters;
  if (total === 0) lines.push("dead letters: none");
  else {
    const shown = newest.length < total ? ` (the newest ${newest.length})` : "";
    lines.push(`dead letters: ${number(total)}${shown}, each a job that failed every attempt:`);
    for (const letter of newest) {
      // Ingest's messages name their input already.
      const text = letter.error.startsWith(letter.input) ? letter.error : `${letter.input}: ${letter.error}`;
      lines.push(`  ${letter.at.slice(0, 16).replace("T", " ")}  ${text}`);
    }
  }
  return lines.join("\n");
}
