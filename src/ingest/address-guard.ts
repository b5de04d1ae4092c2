// Keeps fetches of links found in a feed out of private networks (SSRF). A hop on a trusted origin
// goes ahead; any other must name, and resolve only to, public addresses; the socket then connects
// to the very addresses checked, so a name that answers differently the second time (DNS rebinding) gains nothing.
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP, type LookupFunction } from "node:net";
import { addressProblem, hostNameProblem } from "./special-addresses.js";

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to its addresses; the system's resolver unless a test says otherwise. */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/** Where fetches may go: trusted origins as given, anything else only to public addresses unless private ones are allowed. */
export interface AddressPolicy {
  allowPrivate: boolean;
  /** Origins (scheme, host, port) fetched without the check: a feed's own. */
  trustedOrigins: ReadonlySet<string>;
}

/** A fetch refused by the policy; `reason` says what the address is ("evil.test resolves to 10.0.0.5, a private address"). */
export class AddressRefused extends Error {
  constructor(readonly reason: string) {
    super(`refused: ${reason}`);
  }
}

/** Whether a URL's host must be checked before a fetch under this policy. */
export function mustCheck(url: URL, policy: AddressPolicy | undefined): boolean {
  return policy !== undefined && !policy.allowPrivate && !policy.trustedOrigins.has(url.origin);
}

/** The reason to refuse a host without resolving it: a literal address or a name that is not public; null when it may go on to be resolved. */
export function refusalByHost(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) !== 0) {
    const problem = addressProblem(host);
    return problem ? `${host} is ${problem}` : null;
  }
  const problem = hostNameProblem(host);
  return problem ? `${host} is ${problem}` : null;
}

/**
 * A `lookup` for node:net that resolves once through `resolve` and, when `check` is set, refuses
 * (with AddressRefused) unless every address is public; the socket connects to what it returns.
 */
export function resolvingLookup(resolve: HostResolver, check: boolean): LookupFunction {
  return (hostname, options, callback) => {
    const family = typeof options === "number" ? options : options?.family;
    const all = typeof options === "object" && options !== null && options.all === true;
    resolve(hostname).then(
      (resolved) => {
        const addresses = family === 4 || family === 6 ? resolved.filter((entry) => entry.family === family) : resolved;
        if (addresses.length === 0) {
          const error: NodeJS.ErrnoException = new Error(`${hostname}: no address`);
          error.code = "ENOTFOUND";
          return callback(error, "", 0);
        }
        if (check) {
          for (const { address } of addresses) {
            const problem = addressProblem(address);
            if (problem) return callback(new AddressRefused(`${hostname} resolves to ${address}, ${problem}`), "", 0);
          }
        }
        if (all) return (callback as unknown as (error: null, addresses: ResolvedAddress[]) => void)(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}
