import { describe, expect, it } from "vitest";
import { storedClaim } from "../../reconcile/stored-claim-fixture.js";
import { queuePage, queueUrl } from "./review-queue.js";

const queue = [2, 3, 5, 7, 11, 13, 17].map((id) => storedClaim({ id, metric: "killed" }));
const ids = (page: ReturnType<typeof queuePage>) => page.items.map((c) => c.id);

describe("queuePage", () => {
  it("names each page by the id before it, and links to the pages around it", () => {
    expect(queuePage(queue, {}, 3)).toMatchObject({ start: 0, total: 7, self: undefined, previous: null, next: 5 });
    const second = queuePage(queue, { after: 5 }, 3);
    expect(ids(second)).toEqual([7, 11, 13]);
    expect(second).toMatchObject({ start: 3, self: 5, previous: undefined, next: 13 });
    expect(queuePage(queue, { after: 13 }, 3)).toMatchObject({ start: 6, previous: 5, next: null });
  });

  it("finds the page holding a claim, or where it would be once reviewed", () => {
    expect(ids(queuePage(queue, { claim: 11 }, 3))).toEqual([7, 11, 13]);
    expect(ids(queuePage(queue, { claim: 12 }, 3))).toEqual([7, 11, 13]);
    expect(ids(queuePage(queue, { claim: 99 }, 3))).toEqual([17]);
  });

  it("shows the last page when the one asked for is past the end", () => {
    expect(ids(queuePage(queue, { after: 17 }, 3))).toEqual([17]);
    expect(ids(queuePage(queue, { offset: 50 }, 3))).toEqual([17]);
    expect(queuePage([], { after: 4 }, 3)).toMatchObject({ items: [], start: 0, total: 0, previous: null, next: null });
  });
});

describe("queue helpers", () => {
  it("writes the queue's address with its event", () => {
    expect(queueUrl(3, false)).toBe("/review?event=3");
    expect(queueUrl(undefined, true, 40)).toBe("/review?all=1&after=40");
    expect(queueUrl(undefined, false)).toBe("/review");
  });
});
