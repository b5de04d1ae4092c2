// `tally serve` and `tally user` flags and refusals, over a real data folder.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseServeFlags, run as serve } from "../src/cli/serve.js";
import { run as user } from "../src/cli/user.js";
import { freshDataFolder } from "./support/temporary-store.js";

const dir = mkdtempSync(join(tmpdir(), "tally-serve-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function captureStderr(): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  return { text: () => chunks.join(""), restore: () => spy.mockRestore() };
}

describe("tally serve", () => {
  it("reads its flags with loopback defaults and names a bad one", () => {
    expect(parseServeFlags([])).toEqual({ data: "tally-data", host: "127.0.0.1", port: 8080, seed: undefined, trustProxy: false });
    expect(parseServeFlags(["--port", "0", "--host", "::1", "--seed", "samples"])).toMatchObject({ port: 0, host: "::1", seed: "samples" });
    expect((parseServeFlags(["--port", "http"]) as Error).message).toMatch(/--port 'http'/);
    expect((parseServeFlags(["--bogus"]) as Error).message).toMatch(/bogus/);
    expect(parseServeFlags(["--tls-cert", "c.pem", "--tls-key", "k.pem", "--trust-proxy"])).toMatchObject({ tlsCert: "c.pem", tlsKey: "k.pem", trustProxy: true });
    expect((parseServeFlags(["--tls-cert", "c.pem"]) as Error).message).toBe("--tls-cert needs --tls-key too (the certificate and its key)");
    expect((parseServeFlags(["--tls-key", "k.pem"]) as Error).message).toBe("--tls-key needs --tls-cert too (the certificate and its key)");
  });

  it("names an unreadable certificate before opening the store", async () => {
    const stderr = captureStderr();
    try {
      expect(await serve(["--data", join(dir, "data"), "--port", "0", "--tls-cert", join(dir, "missing.pem"), "--tls-key", join(dir, "missing-key.pem")])).toBe(1);
    } finally {
      stderr.restore();
    }
    expect(stderr.text()).toMatch(/^tally serve: --tls-cert '.*missing\.pem': cannot read it \(no such file\)\n$/);
  });

  it("refuses to listen on a network address when no account exists", async () => {
    // An empty store copied from the run's template: opening a new folder would run PGlite's initdb (seconds).
    await freshDataFolder(join(dir, "data"));
    const stderr = captureStderr();
    try {
      expect(await serve(["--data", join(dir, "data"), "--host", "0.0.0.0", "--port", "0"])).toBe(1);
    } finally {
      stderr.restore();
    }
    expect(stderr.text()).toMatch(/refusing to listen on 0\.0\.0\.0: no accounts exist/);
  }, 60_000);
});

describe("tally user", () => {
  it("names a wrong role or a missing name", async () => {
    const stderr = captureStderr();
    try {
      expect(await user(["add", "ana", "--role", "owner"])).toBe(2);
      expect(await user(["add"])).toBe(2);
    } finally {
      stderr.restore();
    }
    expect(stderr.text()).toMatch(/--role 'owner' is not one of viewer, editor, admin/);
  });
});
