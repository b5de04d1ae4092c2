import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { opensslMissing, selfSignedCertificate, type SelfSigned } from "../../test/support/self-signed.js";
import { readTlsFiles } from "./tls-files.js";

const missing = await opensslMissing();
if (missing) console.warn(`TLS file checks skipped: ${missing}`);

describe.skipIf(missing !== null)("reading --tls-cert and --tls-key", () => {
  let one: SelfSigned;
  let other: SelfSigned;
  let encrypted: SelfSigned;
  beforeAll(async () => {
    [one, other, encrypted] = await Promise.all([selfSignedCertificate(), selfSignedCertificate(), selfSignedCertificate({ encryptKey: true })]);
  });
  afterAll(async () => {
    await Promise.all([one, other, encrypted].map((pair) => pair?.cleanup()));
  });

  it("reads a certificate and its key", async () => {
    const read = await readTlsFiles(one.certFile, one.keyFile);
    if (read instanceof Error) throw read;
    expect(read.cert.toString()).toContain("BEGIN CERTIFICATE");
    expect(read.warnings).toEqual([]);
  });

  it("names an unreadable file, a file of the wrong kind, an encrypted key and a key of another certificate", async () => {
    const message = async (cert: string, key: string) => ((await readTlsFiles(cert, key)) as Error).message;
    expect(await message(join(one.certFile, "..", "none.pem"), one.keyFile)).toMatch(/^--tls-cert '.*none\.pem': cannot read it \(no such file\)/);
    expect(await message(one.certFile, join(one.certFile, ".."))).toMatch(/^--tls-key '.*': cannot read it \(it is a folder\)/);
    expect(await message(one.keyFile, one.keyFile)).toMatch(/--tls-cert '.*key\.pem': not a certificate/);
    expect(await message(one.certFile, one.certFile)).toMatch(/--tls-key '.*cert\.pem': not a private key/);
    expect(await message(encrypted.certFile, encrypted.keyFile)).toMatch(/the key is encrypted/);
    expect(await message(one.certFile, other.keyFile)).toMatch(/--tls-key '.*' is not the key of the certificate in --tls-cert '.*' \(they do not match\)/);
  });

  it("warns about an expired certificate", async () => {
    const read = await readTlsFiles(one.certFile, one.keyFile, new Date(Date.now() + 3 * 86_400_000));
    if (read instanceof Error) throw read;
    expect(read.warnings[0]).toMatch(/expired on \d{4}-\d\d-\d\d; browsers will refuse it/);
  });

  it("refuses a text file that is neither", async () => {
    const junk = join(one.certFile, "..", "junk.pem");
    await writeFile(junk, "not pem at all\n");
    expect(((await readTlsFiles(junk, one.keyFile)) as Error).message).toMatch(/not a certificate/);
  });
});
