// A one-line progress bar redrawn in place on a terminal's stderr; silent when stderr is not a TTY.
import type { IngestProgress } from "./run-ingest.js";

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export function renderProgress(progress: IngestProgress, width = 30): string {
  const share = progress.total === 0 ? 1 : progress.done / progress.total;
  const filled = Math.round(share * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${progress.done}/${progress.total}  new ${progress.documentsNew}  seen ${progress.documentsSeen}  failed ${progress.documentsFailed}  claims +${progress.claimsAdded}`;
}

export function progressBar(stream: ProgressStream): { update(progress: IngestProgress): void; clear(): void } {
  if (!stream.isTTY) return { update() {}, clear() {} };
  let last = 0;
  let shown = false;
  return {
    update(progress) {
      const now = Date.now();
      // Redraw at most ten times a second, and always at the end.
      if (now - last < 100 && progress.done !== progress.total) return;
      last = now;
      shown = true;
      stream.write(`\r${renderProgress(progress).slice(0, (stream.columns ?? 100) - 1)}\x1b[K`);
    },
    clear() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
