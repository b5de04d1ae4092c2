// No fetch into private networks (SSRF): a feed on 127.0.0.1 whose items link to its own origin
// (fetched), to another origin on loopback, to names resolving to private or metadata addresses,
// and through a same-origin redirect to another origin (all refused, each with one line, none
// reaching the other server), unless --allow-private-addresses is given. URLs named on the command
// line are fetched as given. A name is resolved once and the connection goes to the address checked.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as ingest, type IngestIo } from "../src/cli/ingest.js";
import type { HostResolver, ResolvedAddress } from "../src/ingest/address-guard.js";
import { fetchLimited } from "../src/ingest/fetch-limited.js";
import type { UrlOptions } from "../src/ingest/load-url.js";
import type { LoadedDocument } from "../src/ingest/loaded-document.js";
import { startFixtureServer, type FixtureServer } from "./support/fixture-server.js";
import { loadEvery } from "./support/loaded-urls.js";
import { keptOpenStores } from "./support/temporary-store.js";

/** The feed's server, and another origin on loopback that no refused link may reach. */
let feedServer: FixtureServer;
let otherServer: FixtureServer;
let folder: string;
const OTHER_HOST = "127.0.0.2";
const PASS = "pass --allow-private-addresses to fetch it";

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "tally-ingest-private-"));
  otherServer = await startFixtureServer(join(folder, "none"), { host: OTHER_HOST });
  const port2 = new URL(otherServer.base).port;
  feedServer = await startFixtureServer(join(folder, "none"), { replacements: { "http://OTHER": otherServer.base, PORT2: port2 } });
});
afterAll(async () => {
  await feedServer?.close();
  await otherServer?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A resolver that knows the test's names and nothing else (this machine has no outside DNS). */
function resolver(names: Record<string, string>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (hostname: string): Promise<ResolvedAddress[]> => {
    calls.push(hostname);
    const address = names[hostname];
    if (address === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return [{ address, family: address.includes(":") ? 6 : 4 }];
  };
  return Object.assign(resolve, { calls });
}

/** Names as an attacker's DNS would answer them: the intranet name is private, the metadata name is the other server. */
const hostileNames = () => resolver({ "intranet.test": "10.0.0.5", "metadata.google.internal": OTHER_HOST });
/** The same names pointing at the other server, so that with private addresses allowed every link can be fetched. */
const reachableNames = () => resolver({ "intranet.test": OTHER_HOST, "metadata.google.internal": OTHER_HOST });

function loadFeed(path: string, options: UrlOptions): Promise<Array<LoadedDocument | string>> {
  return loadEvery(`${feedServer.base}${path}`, options);
}

describe("links found in a feed", () => {
  it("fetches the feed's own origin and refuses other loopback origins, private names, metadata names and redirects out", async () => {
    const before = otherServer.requests.length;
    const port2 = new URL(otherServer.base).port;
    const results = await loadFeed("/links-feed.xml", { resolve: hostileNames() });
    expect(results[0]).toMatchObject({ url: `${feedServer.base}/story/own-origin`, title: "Story own-origin", source: "feed" });
    expect(results.slice(1)).toEqual([
      `${otherServer.base}/story/other-origin: refused: ${OTHER_HOST} is a loopback address; ${PASS}`,
      `http://intranet.test:${port2}/story/intranet-name: refused: intranet.test resolves to 10.0.0.5, a private address; ${PASS}`,
      `${feedServer.base}/redirect-to?to=${otherServer.base}/story/redirected: refused: redirected to ${otherServer.base}/story/redirected; ${OTHER_HOST} is a loopback address; ${PASS}`,
      `http://metadata.google.internal:${port2}/story/metadata-name: refused: metadata.google.internal is a cloud metadata name; ${PASS}`,
    ]);
    // Nothing reached the other origin, and the refused item's own teaser did not stand in for its page.
    expect(otherServer.requests.slice(before)).toEqual([]);
    expect(JSON.stringify(results)).not.toContain("Teaser");
  });

  it("refuses the cloud metadata address however it is spelled, before connecting", async () => {
    const results = await loadFeed("/metadata-feed.xml", { resolve: hostileNames() });
    expect(results).toEqual([
      `http://169.254.169.254/latest/meta-data/iam/security-credentials/: refused: 169.254.169.254 is a cloud metadata address; ${PASS}`,
      `http://[::ffff:169.254.169.254]/latest/meta-data/: refused: ::ffff:a9fe:a9fe is a cloud metadata address; ${PASS}`,
      `http://2852039166/latest/meta-data/: refused: 169.254.169.254 is a cloud metadata address; ${PASS}`,
      `http://0x7f.1/admin: refused: 127.0.0.1 is a loopback address; ${PASS}`,
    ]);
  });

  it("fetches every link when private addresses are allowed, each on the address its name resolves to", async () => {
    const before = otherServer.requests.length;
    const port2 = new URL(otherServer.base).port;
    const results = await loadFeed("/links-feed.xml", { resolve: reachableNames(), allowPrivateAddresses: true });
    expect(results.map((result) => (typeof result === "string" ? result : result.title))).toEqual([
      "Story own-origin",
      "Story other-origin",
      "Story intranet-name",
      "Story redirected",
      "Story metadata-name",
    ]);
    expect(otherServer.requests.slice(before)).toEqual([
      { path: "/story/other-origin", host: `${OTHER_HOST}:${port2}` },
      { path: "/story/intranet-name", host: `intranet.test:${port2}` },
      { path: "/story/redirected", host: `${OTHER_HOST}:${port2}` },
      { path: "/story/metadata-name", host: `metadata.google.internal:${port2}` },
    ]);
  });

  it("connects to the address it checked: a name that answers public, then private (DNS rebinding), never reaches the private one", async () => {
    const before = otherServer.requests.length;
    let answers = 0;
    const calls: string[] = [];
    const rebinding: HostResolver = async (hostname) => {
      calls.push(hostname);
      return [{ address: answers++ === 0 ? "93.184.216.34" : OTHER_HOST, family: 4 }];
    };
    const policy = { allowPrivate: false, trustedOrigins: new Set([feedServer.base]) };
    const link = `http://rebind.test:${new URL(otherServer.base).port}/story/rebound`;
    // Whatever the public address answers (nothing, on a closed network), the private one is never asked.
    await fetchLimited(link, { timeoutMs: 2_000 }, { resolve: rebinding, policy });
    expect(calls).toEqual(["rebind.test"]);
    expect(otherServer.requests.slice(before)).toEqual([]);
  });
});

describe("tally ingest --allow-private-addresses", () => {
  function cliIo(resolveHost: HostResolver): IngestIo & { out: string; err: string } {
    return Object.assign(stores.io(), { resolveHost });
  }
  // Both runs write through one open store (see keptOpenStores).
  const stores = keptOpenStores();
  afterAll(() => stores.closeAll());

  it("counts refused items as failed (exit 1), fetches URLs named on the command line as given, and with the flag fetches every item", async () => {
    const dataDir = join(folder, "data");
    const feed = `${feedServer.base}/links-feed.xml`;
    // Named on the command line: another loopback origin, and a redirect to it; both fetched.
    const named = [`${otherServer.base}/story/named`, `${feedServer.base}/redirect-to?to=${otherServer.base}/story/named-redirect`];
    const guarded = cliIo(hostileNames());
    expect(await ingest(["--data", dataDir, feed, ...named], guarded)).toBe(1);
    const refusals = guarded.err.split("\n").filter(Boolean);
    expect(refusals).toHaveLength(4);
    for (const line of refusals) expect(line).toMatch(new RegExp(`^tally ingest: \\S+: refused: .+; ${PASS}$`));
    expect(guarded.out).toMatch(/^documents: 3 new \(2 without a publication date; pass --published to date them\), 0 already stored, 4 failed; claims added: \d+\n$/);

    const allowed = cliIo(reachableNames());
    expect(await ingest(["--data", dataDir, "--allow-private-addresses", feed], allowed)).toBe(0);
    expect(allowed.err).toBe("");
    expect(allowed.out).toMatch(/^documents: 4 new, 1 already stored, 0 failed; claims added: \d+\n$/);
  }, 60_000);

  it("names the flag in its usage", async () => {
    const io = cliIo(hostileNames());
    expect(await ingest(["--help"], io)).toBe(0);
    expect(io.out).toContain("--allow-private-addresses");
    const bad = cliIo(hostileNames());
    expect(await ingest(["--allow-private"], bad)).toBe(2);
    expect(bad.err).toContain("--allow-private-addresses");
  });
});
