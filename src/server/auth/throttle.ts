// Login throttling: failed sign-ins counted per account and per address in fixed windows, in memory
// that cannot grow without bound (the oldest entries go first). An attempt counts as a failure from
// the moment it starts, so a burst of parallel guesses is counted before any password is checked.
import { isIPv6 } from "node:net";

export interface ThrottleLimits {
  /** Failed sign-ins allowed per account name in one window. */
  perAccount: number;
  /** Failed sign-ins allowed per address (an IPv6 /64 counts as one) in one window. */
  perAddress: number;
  windowSeconds: number;
  /** Entries kept per kind; beyond that the oldest are forgotten. */
  maxEntries: number;
}

export const DEFAULT_THROTTLE: ThrottleLimits = { perAccount: 10, perAddress: 30, windowSeconds: 15 * 60, maxEntries: 10_000 };

interface Window {
  failures: number;
  resetAt: number;
}

/** Failures per key in a Map kept in order of window start, so expired entries sit at the front. */
class FailureCounter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxEntries: number,
  ) {}

  get size(): number {
    return this.windows.size;
  }

  /** Milliseconds until the key may try again; 0 when it may now. */
  waitFor(key: string, now: number): number {
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now || window.failures < this.limit) return 0;
    return window.resetAt - now;
  }

  add(key: string, now: number): void {
    const window = this.windows.get(key);
    if (window && window.resetAt > now) {
      window.failures += 1;
      return;
    }
    this.windows.delete(key);
    this.prune(now);
    this.windows.set(key, { failures: 1, resetAt: now + this.windowMs });
  }

  /** Takes back one counted attempt (a sign-in that succeeded). */
  subtract(key: string): void {
    const window = this.windows.get(key);
    if (window) window.failures = Math.max(0, window.failures - 1);
  }

  forget(key: string): void {
    this.windows.delete(key);
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.resetAt > now && this.windows.size < this.maxEntries) break;
      this.windows.delete(key);
    }
  }
}

export type Attempt = { refused: true; retryAfterSeconds: number } | { refused: false; finish(succeeded: boolean): void };

export class LoginThrottle {
  private readonly accounts: FailureCounter;
  private readonly addresses: FailureCounter;

  constructor(
    limits: ThrottleLimits = DEFAULT_THROTTLE,
    private readonly clock: () => number = Date.now,
  ) {
    const windowMs = limits.windowSeconds * 1000;
    this.accounts = new FailureCounter(limits.perAccount, windowMs, limits.maxEntries);
    this.addresses = new FailureCounter(limits.perAddress, windowMs, limits.maxEntries);
  }

  /** Entries held, per kind (for tests of the bound). */
  get sizes(): { accounts: number; addresses: number } {
    return { accounts: this.accounts.size, addresses: this.addresses.size };
  }

  /** Starts a sign-in of `account` from `address`, or refuses it with the seconds to wait. */
  begin(account: string, address: string): Attempt {
    const now = this.clock();
    const accountKey = account.toLowerCase();
    const addressKey = addressGroup(address);
    const wait = Math.max(this.accounts.waitFor(accountKey, now), this.addresses.waitFor(addressKey, now));
    if (wait > 0) return { refused: true, retryAfterSeconds: Math.ceil(wait / 1000) };
    this.accounts.add(accountKey, now);
    this.addresses.add(addressKey, now);
    return {
      refused: false,
      finish: (succeeded) => {
        if (!succeeded) return;
        this.accounts.forget(accountKey);
        this.addresses.subtract(addressKey);
      },
    };
  }
}

/** The unit one client controls: an IPv4 address, or an IPv6 /64 (IPv4-mapped IPv6 reads as IPv4). */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const front = head ? head.split(":") : [];
  const back = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = address.includes("::") ? [...front, ...Array<string>(8 - front.length - back.length).fill("0"), ...back] : front;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
