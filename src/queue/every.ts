// How often a feed is polled, as a user writes it: "90s", "10m", "2h", "1d".

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };
const MAX_SECONDS = 30 * 86_400;

/** Seconds, or an Error naming the flag, what it got and what is expected. */
export function parseEvery(flag: string, value: string): number | Error {
  const match = /^(\d{1,7})([smhd])$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2]!]! : Number.NaN;
  if (!(seconds >= 1 && seconds <= MAX_SECONDS)) {
    return new Error(`${flag} '${value.slice(0, 40)}': expected a whole number and a unit, s, m, h or d (90s, 10m, 2h, 1d), from 1s to 30d`);
  }
  return seconds;
}

/** "10m" for 600: the shortest exact way to write an interval. */
export function formatEvery(seconds: number): string {
  for (const [unit, size] of [["d", 86_400], ["h", 3600], ["m", 60]] as const) if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}
