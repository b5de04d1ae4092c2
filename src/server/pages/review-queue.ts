// Which claims one page of the review queue shows. The queue is in the store's order (by id), and a
// page is named by the last id before it (`after`, as /api/claims pages): reviewing claims on a page
// takes them out of the queue without moving the page that follows, as an offset would.
import { firstAfter } from "../ledger.js";

export const QUEUE_PAGE_SIZE = 100;

/** Where a reader asks to be: the page holding a claim, the page after an id, or an offset. */
export interface QueueRequest {
  claim?: number;
  after?: number;
  offset?: number;
}

export interface QueuePage<T extends { id: number }> {
  items: T[];
  /** Position of the page's first claim in the queue, from 0. */
  start: number;
  total: number;
  /** `after` for this page, the one before and the one after; undefined for the first page, null where there is none. */
  self: number | undefined;
  previous: number | undefined | null;
  next: number | null;
}

/** The id a page starting at `start` is named by: the id before it (none for the first page). */
function nameOf(queue: ReadonlyArray<{ id: number }>, start: number): number | undefined {
  return start === 0 ? undefined : queue[start - 1]!.id;
}

export function queuePage<T extends { id: number }>(queue: readonly T[], request: QueueRequest, size = QUEUE_PAGE_SIZE): QueuePage<T> {
  const total = queue.length;
  let start: number;
  if (request.claim !== undefined) start = Math.floor(firstAfter(queue, request.claim - 1) / size) * size;
  else if (request.after !== undefined) start = firstAfter(queue, request.after);
  else start = request.offset ?? 0;
  // Past the end (the last page all reviewed): the last page there is.
  if (start >= total) start = Math.max(0, Math.floor((total - 1) / size) * size);
  const end = Math.min(total, start + size);
  return {
    items: queue.slice(start, end),
    start,
    total,
    self: nameOf(queue, start),
    previous: start === 0 ? null : nameOf(queue, Math.max(0, start - size)),
    next: end < total ? queue[end - 1]!.id : null,
  };
}

/** The URL of a queue page: the event, all or unreviewed, and where it starts. */
export function queueUrl(eventId: number | undefined, showAll: boolean, after?: number): string {
  const params = new URLSearchParams();
  if (eventId !== undefined) params.set("event", String(eventId));
  if (showAll) params.set("all", "1");
  if (after !== undefined) params.set("after", String(after));
  const query = params.toString();
  return `/review${query ? `?${query}` : ""}`;
}
