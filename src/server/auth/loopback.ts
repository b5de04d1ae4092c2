// Whether a bind host is loopback, decided on the addresses it resolves to (every one must be
// loopback), never on how its name is spelled: "127.0.0.1.nip.io" is a name like any other.
import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");
LOOPBACK.addSubnet("::ffff:127.0.0.0", 104, "ipv6");

export type Lookup = (host: string) => Promise<Array<{ address: string; family: number }>>;

const systemLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/** An IP literal in a loopback range; false for names and other addresses. */
export function isLoopbackIp(address: string): boolean {
  const bare = address.replace(/^\[(.*)\]$/, "$1");
  const family = isIP(bare);
  if (family === 0) return false;
  return LOOPBACK.check(bare, family === 4 ? "ipv4" : "ipv6");
}

/** The addresses `host` resolves to, and whether all of them are loopback. Rejects when it does not resolve. */
export async function resolveBindHost(host: string, lookup: Lookup = systemLookup): Promise<{ addresses: string[]; loopback: boolean }> {
  const bare = host.replace(/^\[(.*)\]$/, "$1");
  const found = isIP(bare) ? [{ address: bare, family: isIP(bare) }] : await lookup(bare);
  const addresses = found.map((entry) => entry.address);
  return { addresses, loopback: addresses.length > 0 && addresses.every(isLoopbackIp) };
}
