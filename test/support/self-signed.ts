// A throwaway self-signed certificate made with openssl at test time (nothing committed), for the
// TLS tests; null with the reason when openssl is not installed.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface SelfSigned {
  certFile: string;
  keyFile: string;
  cert: Buffer;
  key: Buffer;
  cleanup(): Promise<void>;
}

export async function opensslMissing(): Promise<string | null> {
  try {
    await run("openssl", ["version"]);
    return null;
  } catch (error) {
    return `openssl is not available (${(error as Error).message.split("\n")[0]}); apt-get install -y openssl`;
  }
}

/** A P-256 certificate for the given IP addresses and DNS names, valid for a day. */
export async function selfSignedCertificate(options: { ips?: string[]; names?: string[]; encryptKey?: boolean } = {}): Promise<SelfSigned> {
  const dir = await mkdtemp(join(tmpdir(), "tally-tls-"));
  const certFile = join(dir, "cert.pem");
  const keyFile = join(dir, "key.pem");
  const alt = [...(options.ips ?? []).map((ip) => `IP:${ip}`), ...(options.names ?? ["localhost"]).map((name) => `DNS:${name}`)].join(",");
  await run("openssl", [
    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
    ...(options.encryptKey ? ["-passout", "pass:secret-pass"] : ["-nodes"]),
    "-keyout", keyFile, "-out", certFile, "-days", "1", "-subj", "/CN=tally-test", "-addext", `subjectAltName=${alt}`,
  ]);
  return {
    certFile,
    keyFile,
    cert: await readFile(certFile),
    key: await readFile(keyFile),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
