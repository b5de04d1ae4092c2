import { describe, expect, it } from "vitest";
import { isLoopbackIp, resolveBindHost, type Lookup } from "./loopback.js";

const fakeDns = (table: Record<string, string[]>): Lookup => async (host) => {
  const addresses = table[host];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

describe("loopback", () => {
  it("judges a name by the addresses it resolves to, not by its spelling", async () => {
    const dns = fakeDns({ "127.0.0.1.nip.io": ["192.0.2.44"], "localhost.example": ["127.0.0.1", "192.0.2.1"], "box.internal": ["127.0.1.1"] });
    expect((await resolveBindHost("127.0.0.1.nip.io", dns)).loopback).toBe(false);
    expect((await resolveBindHost("localhost.example", dns)).loopback).toBe(false);
    expect((await resolveBindHost("box.internal", dns)).loopback).toBe(true);
    await expect(resolveBindHost("nowhere.invalid", dns)).rejects.toThrow(/ENOTFOUND/);
  });

  it("reads address literals without asking DNS", async () => {
    const dns = fakeDns({});
    for (const host of ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "::ffff:127.0.0.1"]) expect((await resolveBindHost(host, dns)).loopback, host).toBe(true);
    for (const host of ["0.0.0.0", "::", "192.0.2.2", "10.0.0.1"]) expect((await resolveBindHost(host, dns)).loopback, host).toBe(false);
  });

  it("resolves localhost with the system resolver", async () => {
    expect(await resolveBindHost("localhost")).toMatchObject({ loopback: true });
  });

  it("tells loopback IP literals from names", () => {
    expect(isLoopbackIp("127.0.0.1")).toBe(true);
    expect(isLoopbackIp("[::1]")).toBe(true);
    expect(isLoopbackIp("127.0.0.1.nip.io")).toBe(false);
    expect(isLoopbackIp("localhost")).toBe(false);
  });
});
