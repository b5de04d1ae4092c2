// Signing in from a real browser (Debian's chromium through playwright-core) over HTTPS on a network
// address of this machine, not loopback: a throwaway self-signed certificate made with openssl, the
// session cookie Secure, HttpOnly and SameSite=Strict, a reload still signed in, and signing out
// ending the session in the store. Over plain HTTP on the same address the browser drops the cookie,
// and the login page says why. Skipped, with the reason, without chromium, openssl or such an address.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../src/server/auth/password.js";
import { startServer, type RunningServer } from "../src/server/listen.js";
import type { Store } from "../src/store/store.js";
import { opensslMissing, selfSignedCertificate, type SelfSigned } from "./support/self-signed.js";
import { temporaryStore } from "./support/temporary-store.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--ignore-certificate-errors"];

/** The machine's own address on a network interface (IPv4 first; never loopback or link-local). */
function networkAddress(): string | null {
  const addresses = Object.values(networkInterfaces()).flatMap((entries) => entries ?? []).filter((entry) => !entry.internal);
  const v4 = addresses.find((entry) => entry.family === "IPv4");
  const v6 = addresses.find((entry) => entry.family === "IPv6" && !entry.address.toLowerCase().startsWith("fe80"));
  return v4?.address ?? v6?.address ?? null;
}

const address = networkAddress();
const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is not installed (apt-get install -y chromium)`
  : (await opensslMissing()) ?? (address ? null : "this machine has no non-loopback network address (os.networkInterfaces())");
if (skipReason) console.warn(`HTTPS browser sign-in skipped: ${skipReason}`);

/** What the API answers a cookie, asked from outside the browser (trusting the test certificate). */
function apiStatus(server: RunningServer, ca: Buffer, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(`${server.url}/api/events`, { ca, headers: { cookie } }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    request.on("error", reject);
    request.end();
  });
}

describe.skipIf(skipReason !== null)(`signing in over HTTPS on ${address}`, () => {
  let store: Store;
  let pair: SelfSigned;
  let secure: RunningServer;
  let plain: RunningServer;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    [store, pair] = await Promise.all([temporaryStore("tally-tls-browser-"), selfSignedCertificate({ ips: [address!] })]);
    await store.accounts.saveUser("ana", "editor", await hashPassword("correct horse battery"));
    secure = await startServer({ store, host: address!, port: 0, tls: pair, today: () => "2026-03-01" });
    plain = await startServer({ store, host: address!, port: 0, today: () => "2026-03-01" });
    profile = mkdtempSync(join(tmpdir(), "tally-chromium-tls-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, ignoreHTTPSErrors: true });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await secure?.close();
    await plain?.close();
    await store?.close();
    await pair?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it("signs in, keeps a Secure, HttpOnly, SameSite=Strict session across a reload, and ends it on signing out", async () => {
    expect(secure.url.startsWith(`https://${address!.includes(":") ? `[${address}]` : address}:`)).toBe(true);
    expect(secure.loopback).toBe(false);
    const page = await context.newPage();
    await page.goto(`${secure.url}/documents`);
    expect(new URL(page.url()).pathname).toBe("/login");
    await expect(page.locator(".notice").count()).resolves.toBe(0);
    await page.locator('input[name="name"]').fill("ana");
    await page.locator('input[name="password"]').fill("correct horse battery");
    await Promise.all([page.waitForURL(`${secure.url}/documents`), page.locator("form.login button").click()]);
    await expect(page.locator(".who .user").innerText()).resolves.toBe("ana (editor)");

    const cookies = await context.cookies(secure.url);
    const session = cookies.find((cookie) => cookie.name === "tally_session");
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: "Strict", path: "/" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("tally_session");
    expect(await apiStatus(secure, pair.cert, `tally_session=${session!.value}`)).toBe(200);

    await page.reload();
    expect(new URL(page.url()).pathname).toBe("/documents");
    await expect(page.locator(".who .user").innerText()).resolves.toBe("ana (editor)");

    await Promise.all([page.waitForURL(`${secure.url}/login`), page.locator('.who form[action="/logout"] button').click()]);
    expect((await context.cookies(secure.url)).some((cookie) => cookie.name === "tally_session")).toBe(false);
    await page.goto(`${secure.url}/documents`);
    expect(new URL(page.url()).pathname).toBe("/login");
    // The session ended in the store: the old cookie, replayed, signs nobody in.
    expect(await apiStatus(secure, pair.cert, `tally_session=${session!.value}`)).toBe(401);
    await page.close();
  }, 120_000);

  it("over plain HTTP on the same address, says why the browser will not keep the cookie", async () => {
    const page = await context.newPage();
    await page.goto(`${plain.url}/login`);
    const notice = page.locator(".notice");
    await expect(notice.innerText()).resolves.toMatch(/browsers will not keep the sign-in cookie.*--tls-cert FILE --tls-key FILE.*--trust-proxy/s);
    await page.locator('input[name="name"]').fill("ana");
    await page.locator('input[name="password"]').fill("correct horse battery");
    await Promise.all([page.waitForURL(/\/login\?next=/), page.locator("form.login button").click()]);
    // The server set a Secure cookie; chromium refuses it over plain HTTP, so the dashboard sends it back to sign in.
    expect((await context.cookies(plain.url)).some((cookie) => cookie.name === "tally_session")).toBe(false);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.close();
  }, 120_000);
});
