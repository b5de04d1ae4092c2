// The identity of a document: the SHA-256 of its text as UTF-8, in hex.
import { createHash } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
