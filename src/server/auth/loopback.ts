// Whether a bind host is loopback, decided on the addresses it resolves to (every one must be
// loopback), never on how its name is spelled: "127.0.0.1.nip.io" is a name like any other.
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { addressProblem } from "../../ingest/special-addresses.js";

export type Lookup = (host: string) => Promise<Array<{ address: string; family: number }>>;

const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/** An IP literal in a loopback range (IPv6 forms of 127.x included, by the one address classifier ingest uses too); false for names. */
export function isLoopbackIp(address: string): boolean {
  return addressProblem(address) === "a loopback address";
}

/** The addresses `host` resolves to, and whether all of them are loopback. Rejects when it does not resolve. */
export async function resolveBindHost(host: string, lookup: Lookup = systemLookup): Promise<{ addresses: string[]; loopback: boolean }> {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  const found = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare);
  const addresses = found.map((entry) => entry.address);
  return { addresses, loopback: addresses.length > 0 && addresses.every(isLoopbackIp) };
}
