import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { AddressRefused, mustCheck, refusalByHost, resolvingLookup, type HostResolver } from "./address-guard.js";

const fixed = (answers: Record<string, string[]>): HostResolver & { calls: string[] } => {
  const calls: string[] = [];
  return Object.assign(
    async (hostname: string) => {
      calls.push(hostname);
      return (answers[hostname] ?? []).map((address) => ({ address, family: address.includes(":") ? (6 as const) : (4 as const) }));
    },
    { calls },
  );
};

/** Runs a lookup as node:net does (with all: true under happy eyeballs, or for one address). */
function lookUp(lookup: ReturnType<typeof resolvingLookup>, hostname: string, all: boolean): Promise<{ error: Error | null; result: unknown }> {
  return new Promise((resolve) => {
    lookup(hostname, { all }, (error: Error | null, address: string | LookupAddress[], family?: number) =>
      resolve({ error, result: error ? null : all ? address : { address, family } }),
    );
  });
}

describe("resolvingLookup", () => {
  it("hands the socket the addresses it resolved and checked, resolving once", async () => {
    const resolve = fixed({ "news.example": ["93.184.216.34", "2606:4700::1111"] });
    const lookup = resolvingLookup(resolve, true);
    expect(await lookUp(lookup, "news.example", true)).toEqual({ error: null, result: [{ address: "93.184.216.34", family: 4 }, { address: "2606:4700::1111", family: 6 }] });
    expect(await lookUp(lookup, "news.example", false)).toEqual({ error: null, result: { address: "93.184.216.34", family: 4 } });
    expect(resolve.calls).toEqual(["news.example", "news.example"]);
  });

  it("refuses a name when any of its addresses is not public", async () => {
    const lookup = resolvingLookup(fixed({ "mixed.example": ["93.184.216.34", "10.0.0.5"] }), true);
    const { error } = await lookUp(lookup, "mixed.example", true);
    expect(error).toBeInstanceOf(AddressRefused);
    expect((error as AddressRefused).reason).toBe("mixed.example resolves to 10.0.0.5, a private address");
  });

  it("refuses an IPv4-mapped loopback answer", async () => {
    const { error } = await lookUp(resolvingLookup(fixed({ "evil.example": ["::ffff:127.0.0.1"] }), true), "evil.example", false);
    expect((error as AddressRefused).reason).toBe("evil.example resolves to ::ffff:127.0.0.1, a loopback address");
  });

  it("passes private answers when not checking, and says ENOTFOUND when there are none", async () => {
    const resolve = fixed({ "intranet.test": ["10.0.0.5"] });
    expect(await lookUp(resolvingLookup(resolve, false), "intranet.test", false)).toEqual({ error: null, result: { address: "10.0.0.5", family: 4 } });
    const { error } = await lookUp(resolvingLookup(resolve, false), "nowhere.test", false);
    expect((error as NodeJS.ErrnoException).code).toBe("ENOTFOUND");
  });
});

describe("refusalByHost and mustCheck", () => {
  it("refuses literal addresses and names that are not public, leaves other names to their resolution", () => {
    expect(refusalByHost("169.254.169.254")).toBe("169.254.169.254 is a cloud metadata address");
    expect(refusalByHost("[::1]")).toBe("::1 is a loopback address");
    expect(refusalByHost("localhost")).toBe("localhost is a loopback name");
    expect(refusalByHost("93.184.216.34")).toBeNull();
    expect(refusalByHost("news.example")).toBeNull();
  });

  it("checks every origin but the trusted ones, and none when private addresses are allowed or there is no policy", () => {
    const policy = { allowPrivate: false, trustedOrigins: new Set(["http://127.0.0.1:8080"]) };
    expect(mustCheck(new URL("http://127.0.0.1:8080/item"), policy)).toBe(false);
    expect(mustCheck(new URL("http://127.0.0.1:8081/item"), policy)).toBe(true);
    expect(mustCheck(new URL("https://127.0.0.1:8080/item"), policy)).toBe(true);
    expect(mustCheck(new URL("http://127.0.0.1:8081/item"), { ...policy, allowPrivate: true })).toBe(false);
    expect(mustCheck(new URL("http://127.0.0.1:8081/item"), undefined)).toBe(false);
  });
});
