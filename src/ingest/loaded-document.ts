// A report as a source hands it to ingest: its text and what is known about it, before hashing
// and extraction. Each source (file, page, feed item) produces one or fails with one line.
import type { DocumentSource } from "../store/store.js";

export interface LoadedDocument {
  text: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** YYYY-MM-DD */
  published: string | null;
  source: DocumentSource;
  /** The language a plain-text report's header ("Language: fr") or a page's metadata declares, as written; the extractor judges from the text otherwise. */
  language?: string;
  /** What the user should know that did not stop the ingest (a charset guessed, a publication date not believed), one line each. */
  warnings?: string[];
}

export type LoadResult = { ok: true; document: LoadedDocument } | { ok: false; error: string };

/** One report waiting to be read: named as the user will see it in messages. */
export interface Candidate {
  name: string;
  load(): Promise<LoadResult>;
}
