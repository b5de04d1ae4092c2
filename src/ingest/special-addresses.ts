// Which IP addresses and host names are not the public internet: loopback, private, link-local,
// cloud metadata, CGNAT, multicast, reserved, and IPv6 forms that carry one of these IPv4 addresses.
import { BlockList, isIP } from "node:net";

/** Ranges by what they are, most specific first: the first match names the address. Data, not branches. */
const RANGES: Array<{ what: string; v4?: string[]; v6?: string[] }> = [
  { what: "a cloud metadata address", v4: ["169.254.169.254/32", "169.254.170.2/32", "100.100.100.200/32"], v6: ["fd00:ec2::254/128"] },
  { what: "an unspecified address", v4: ["0.0.0.0/8"], v6: ["::/128"] },
  { what: "a loopback address", v4: ["127.0.0.0/8"], v6: ["::1/128"] },
  { what: "a private address", v4: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"], v6: ["fc00::/7", "fec0::/10", "64:ff9b:1::/48"] },
  { what: "a link-local address", v4: ["169.254.0.0/16"], v6: ["fe80::/10"] },
  { what: "a shared (CGNAT) address", v4: ["100.64.0.0/10"] },
  { what: "a multicast address", v4: ["224.0.0.0/4"], v6: ["ff00::/8"] },
  { what: "the broadcast address", v4: ["255.255.255.255/32"] },
  {
    what: "a reserved address",
    v4: ["240.0.0.0/4", "192.0.0.0/24", "192.0.2.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24"],
    v6: ["100::/64", "2001:db8::/32"],
  },
];

const LISTS = RANGES.map(({ what, v4 = [], v6 = [] }) => {
  const list = new BlockList();
  for (const cidr of v4) addSubnet(list, cidr, "ipv4");
  for (const cidr of v6) addSubnet(list, cidr, "ipv6");
  return { what, list };
});

function addSubnet(list: BlockList, cidr: string, type: "ipv4" | "ipv6"): void {
  const [network, prefix] = cidr.split("/");
  list.addSubnet(network!, Number(prefix), type);
}

/** Names that answer with cloud metadata (credentials) on the machine that looks them up. */
const METADATA_NAMES = new Set(["metadata.google.internal", "metadata.goog", "metadata", "instance-data", "instance-data.ec2.internal", "metadata.azure.com"]);

/** The 16 bytes of an IPv6 address (zone dropped), or null when it is not one. */
export function ipv6Bytes(text: string): Uint8Array | null {
  let address = text.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (isIP(address) !== 6) return null;
  // A trailing dotted quad ("::ffff:1.2.3.4") is two more hex groups.
  const dotted = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(2).map(Number) as [number, number, number, number];
    address = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [left, right] = address.split("::") as [string, string | undefined];
  const leftGroups = left === "" ? [] : left.split(":");
  const rightGroups = right === undefined || right === "" ? [] : right.split(":");
  const groups = right === undefined ? leftGroups : [...leftGroups, ...Array<string>(8 - leftGroups.length - rightGroups.length).fill("0"), ...rightGroups];
  const bytes = new Uint8Array(16);
  groups.forEach((group, index) => {
    const value = parseInt(group, 16);
    bytes[index * 2] = value >> 8;
    bytes[index * 2 + 1] = value & 0xff;
  });
  return bytes;
}

/** The IPv4 address an IPv6 one carries (mapped, compatible, SIIT, NAT64, 6to4), or null. */
export function embeddedIpv4(bytes: Uint8Array): string | null {
  const zeros = (from: number, to: number) => bytes.subarray(from, to).every((byte) => byte === 0);
  const quad = (at: number) => Array.from(bytes.subarray(at, at + 4)).join(".");
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return quad(12); // ::ffff:a.b.c.d
  if (zeros(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zeros(10, 12)) return quad(12); // ::ffff:0:a.b.c.d
  if (zeros(0, 12) && !zeros(12, 15)) return quad(12); // ::a.b.c.d (not :: or ::1)
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return quad(12); // 64:ff9b::a.b.c.d
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return quad(2); // 2002:aabb:ccdd::
  return null;
}

/**
 * What an IP address is when it is not a public one ("a private address"), else null.
 * An IPv6 form of an IPv4 address is judged by the IPv4 address it carries.
 */
export function addressProblem(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const bytes = ipv6Bytes(bare)!;
    const inner = embeddedIpv4(bytes);
    if (inner !== null) return addressProblem(inner);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  return LISTS.find(({ list }) => list.check(bare, type))?.what ?? null;
}

/** What a host name is when its name alone says it is not public (a metadata or loopback name), else null. */
export function hostNameProblem(hostname: string): string | null {
  const name = hostname.toLowerCase().replace(/\.$/, "");
  if (METADATA_NAMES.has(name)) return "a cloud metadata name";
  if (name === "localhost" || name.endsWith(".localhost")) return "a loopback name";
  return null;
}
