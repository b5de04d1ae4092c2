import { describe, expect, it } from "vitest";
import { addressGroup, LoginThrottle } from "./throttle.js";

const limits = { perAccount: 3, perAddress: 5, windowSeconds: 60, maxEntries: 100 };

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

function fail(throttle: LoginThrottle, account: string, address: string) {
  const attempt = throttle.begin(account, address);
  if (attempt.refused) return attempt;
  attempt.finish(false);
  return attempt;
}

describe("login throttling", () => {
  it("refuses an account after its failures, from any address, until the window ends", () => {
    const time = clock();
    const throttle = new LoginThrottle(limits, time.now);
    for (let i = 0; i < 3; i++) expect(fail(throttle, "ana", `10.0.0.${i}`).refused).toBe(false);
    const refused = throttle.begin("ANA", "10.0.0.9");
    expect(refused).toEqual({ refused: true, retryAfterSeconds: 60 });
    time.advance(45);
    expect(throttle.begin("ana", "10.0.0.9")).toEqual({ refused: true, retryAfterSeconds: 15 });
    time.advance(15);
    expect(throttle.begin("ana", "10.0.0.9").refused).toBe(false);
  });

  it("refuses an address trying many names", () => {
    const throttle = new LoginThrottle(limits, clock().now);
    for (const name of ["a", "b", "c", "d", "e"]) expect(fail(throttle, name, "192.0.2.7").refused).toBe(false);
    expect(throttle.begin("f", "192.0.2.7").refused).toBe(true);
    expect(throttle.begin("f", "192.0.2.8").refused).toBe(false);
  });

  it("counts an attempt from its start, so parallel guesses cannot outrun the count", () => {
    const throttle = new LoginThrottle(limits, clock().now);
    const started = [1, 2, 3, 4].map(() => throttle.begin("ana", "10.0.0.1"));
    expect(started.map((a) => a.refused)).toEqual([false, false, false, true]);
  });

  it("forgets an account's failures when it signs in, and does not count the success against the address", () => {
    const throttle = new LoginThrottle(limits, clock().now);
    fail(throttle, "ana", "10.0.0.1");
    fail(throttle, "ana", "10.0.0.1");
    const ok = throttle.begin("ana", "10.0.0.1");
    if (ok.refused) throw new Error("refused");
    ok.finish(true);
    for (let i = 0; i < 3; i++) expect(fail(throttle, "ana", "10.0.0.1").refused).toBe(false);
    expect(throttle.begin("ana", "10.0.0.2").refused).toBe(true);
  });

  it("holds at most maxEntries per kind, however many names and addresses are tried", () => {
    const throttle = new LoginThrottle({ ...limits, maxEntries: 50 }, clock().now);
    for (let i = 0; i < 1000; i++) fail(throttle, `name${i}`, `10.0.${Math.floor(i / 250)}.${i % 250}`);
    expect(throttle.sizes).toEqual({ accounts: 50, addresses: 50 });
  });

  it("drops expired windows first", () => {
    const time = clock();
    const throttle = new LoginThrottle({ ...limits, maxEntries: 3 }, time.now);
    for (let i = 0; i < 3; i++) fail(throttle, "ana", "10.0.0.1");
    time.advance(61);
    fail(throttle, "bo", "10.0.0.2");
    expect(throttle.sizes.accounts).toBe(1);
  });
});

describe("address groups", () => {
  it("reads IPv4-mapped IPv6 as IPv4 and an IPv6 address as its /64", () => {
    expect(addressGroup("::ffff:192.0.2.7")).toBe("192.0.2.7");
    expect(addressGroup("192.0.2.7")).toBe("192.0.2.7");
    expect(addressGroup("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(addressGroup("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressGroup("::1")).toBe("0:0:0:0::/64");
  });
});
