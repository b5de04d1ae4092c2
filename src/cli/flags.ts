// Reading the values of command-line flags with the domain's rules: each returns the value, or an
// Error whose message names the flag, what it got and what was expected (printed as one line).
import { dayProblem } from "../domain/day.js";
import { numberFromDigits } from "../domain/whole-number.js";

/** The shape of a flag's value as quoted in a message: its start only, on one line. */
function quoted(value: string): string {
  return `'${value.replace(/[\p{Cc}]/gu, "?").slice(0, 60)}${value.length > 60 ? "…" : ""}'`;
}

/** A calendar day written YYYY-MM-DD (2026-02-30 and month 13 refused). */
export function dayFlag(flag: string, value: string): string | Error {
  const problem = dayProblem(value);
  return problem ? new Error(`${flag} ${quoted(value)}: ${problem}`) : value;
}

/** A TCP port from 0 (any free port) to 65535, in digits. `source` names where it came from (--port or PORT). */
export function portFlag(source: string, value: string): number | Error {
  const port = numberFromDigits(value);
  return port !== null && port <= 65535 ? port : new Error(`${source} ${quoted(value)}: expected a port number from 0 to 65535`);
}

/** A number above 0 and at most `max`, in digits with an optional decimal part ("2.5"). */
export function positiveNumberFlag(flag: string, value: string, max: number, unit: string): number | Error {
  const number = /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  return number > 0 && number <= max ? number : new Error(`${flag} ${quoted(value)}: expected a number of ${unit} above 0 and at most ${max}`);
}

/**
 * What a command answers when its flags could not be read: `--help` (an Error "help") prints the usage and
 * exits 0; any other error is one line naming the command and the problem, then the usage, exit 2.
 */
export function flagErrorExit(command: string, error: Error, usage: string, io: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } }): number {
  if (error.message === "help") {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  io.stderr.write(`tally ${command}: ${error.message}\n${usage}\n`);
  return 2;
}
