// The certificate and key for `tally serve --tls-cert/--tls-key`, read and checked before listening, so
// that an unreadable file, a file of the wrong kind or a key of another certificate is named plainly.
import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import { readFile } from "node:fs/promises";

export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
  /** When the certificate stops being valid (ISO), for the start-up line. */
  validTo: string;
  /** What to tell the operator at start (an expired certificate still serves, but browsers refuse it). */
  warnings: string[];
}

async function readNamed(path: string, flag: string): Promise<Buffer | Error> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
    return new Error(`${flag} '${path}': cannot read it (${why})`);
  }
}

export async function readTlsFiles(certPath: string, keyPath: string, now = new Date()): Promise<TlsMaterial | Error> {
  const cert = await readNamed(certPath, "--tls-cert");
  if (cert instanceof Error) return cert;
  const key = await readNamed(keyPath, "--tls-key");
  if (key instanceof Error) return key;
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(cert);
  } catch {
    return new Error(`--tls-cert '${certPath}': not a certificate (expected PEM, '-----BEGIN CERTIFICATE-----')`);
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(key);
  } catch (error) {
    const encrypted = /passphrase|encrypted/i.test((error as Error).message) || key.includes("ENCRYPTED");
    return new Error(
      encrypted
        ? `--tls-key '${keyPath}': the key is encrypted; give an unencrypted key (e.g. 'openssl pkey -in ${keyPath} -out key.pem')`
        : `--tls-key '${keyPath}': not a private key (expected PEM, '-----BEGIN PRIVATE KEY-----')`,
    );
  }
  if (!certificate.checkPrivateKey(privateKey)) {
    return new Error(`--tls-key '${keyPath}' is not the key of the certificate in --tls-cert '${certPath}' (they do not match)`);
  }
  const validTo = new Date(certificate.validTo);
  const warnings = validTo.getTime() < now.getTime() ? [`the certificate in --tls-cert '${certPath}' expired on ${validTo.toISOString().slice(0, 10)}; browsers will refuse it`] : [];
  return { cert, key, validTo: validTo.toISOString(), warnings };
}
