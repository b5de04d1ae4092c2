// No exception escapes a run: an input whose expansion throws, or a candidate whose loader throws,
// is one failure line naming it, and the other inputs are still stored.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { temporaryStore } from "../../test/support/temporary-store.js";
import type { Store } from "../store/store.js";
import { ingestInputs } from "./run-ingest.js";

vi.mock("./load-url.js", () => ({
  async expandUrl(url: string) {
    if (url.includes("explodes")) throw new TypeError("Cannot destructure property 'firstElementChild' of 'documentElement' as it is null.");
    return {
      ok: true,
      candidates: [
        { name: `${url}#1`, load: async () => ({ ok: true, document: { text: "At least 12 people were killed in the city, officials said.", url, outlet: null, title: null, published: "2023-09-20", source: "url" } }) },
        { name: `${url}#2`, load: async () => Promise.reject(new RangeError("Maximum call stack size exceeded")) },
        {
          name: `${url}#3`,
          load: () => {
            throw new Error("thrown before any promise");
          },
        },
      ],
    };
  },
}));

let store: Store;
beforeAll(async () => {
  store = await temporaryStore("tally-run-ingest-");
}, 60_000);
afterAll(() => store?.close());

describe("ingestInputs", () => {
  it("names an input whose expansion throws and a candidate whose loader throws, and stores the rest", async () => {
    const failures: string[] = [];
    const summary = await ingestInputs(store, ["http://news.example/explodes", "http://news.example/fine"], { onFailure: (message) => failures.push(message) });
    expect(failures).toEqual([
      "http://news.example/explodes: could not be read (Cannot destructure property 'firstElementChild' of 'documentElement' as it is null.)",
      "http://news.example/fine#2: could not be read (Maximum call stack size exceeded)",
      "http://news.example/fine#3: could not be read (thrown before any promise)",
    ]);
    expect(summary).toMatchObject({ documentsNew: 1, documentsFailed: 3 });
    expect((await store.listDocuments()).items.map((document) => document.url)).toEqual(["http://news.example/fine"]);
  });
});
