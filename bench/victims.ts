// Benchmark: the victims registry at scale. Four synthetic lists (two in Persian script) of about
// 100,000 records in all (TALLY_BENCH_VICTIMS people sets the size) are read from CSV files and
// imported into a fresh PGlite store, then linked; target: import + link under 60 s on 2 cores.
// Also reports the linkage's pairwise precision, recall and F1 against the generator's truth.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/open.js";
import { linkStoredRecords } from "../src/store/victims-link.js";
import { readList } from "../src/victims/import-list.js";
import type { BenchResult } from "./result.js";
import { listCsv, pairwiseScore, syntheticLists } from "./synthetic-victims.js";

const PEOPLE = Number(process.env.TALLY_BENCH_VICTIMS ?? 40_500);

export async function bench(): Promise<BenchResult> {
  const folder = await mkdtemp(join(tmpdir(), "tally-bench-victims-"));
  try {
    const { lists, truth } = syntheticLists(PEOPLE);
    const files = await Promise.all(
      lists.map(async (list) => {
        const file = join(folder, `${list.name}.csv`);
        await writeFile(file, listCsv(list));
        return { file, name: list.name };
      }),
    );
    const store = await openStore({ dataDir: join(folder, "data"), databaseUrl: "" });
    try {
      const started = performance.now();
      const cpuStart = process.cpuUsage();
      let records = 0;
      for (const { file, name } of files) {
        const read = readList(`${name}.csv`, await readFile(file, "utf8"), name, {});
        records += (await store.victims.importRecords(read.records, null)).inserted;
      }
      const imported = performance.now();
      const cpuImported = process.cpuUsage(cpuStart);
      const run = await linkStoredRecords(store);
      const linked = performance.now();
      const cpuAll = process.cpuUsage(cpuStart);
      const cpuSeconds = (usage: NodeJS.CpuUsage) => Number(((usage.user + usage.system) / 1e6).toFixed(1));
      const score = pairwiseScore(run.persons, truth);
      return {
        name: `victims registry (${records} records from 4 lists, 2 in Persian script)`,
        figures: {
          "import (s)": Number(((imported - started) / 1000).toFixed(1)),
          "link (s)": Number(((linked - imported) / 1000).toFixed(1)),
          "import + link (s)": Number(((linked - started) / 1000).toFixed(1)),
          // CPU seconds do not grow when other processes share the cores: the figure to compare runs by.
          "import CPU (s)": cpuSeconds(cpuImported),
          "import + link CPU (s)": cpuSeconds(cpuAll),
          "pairs compared": run.comparedPairs,
          persons: run.personCount,
          "pairs to review": run.reviewPairs.length,
          "pairwise precision": Number(score.precision.toFixed(3)),
          "pairwise recall": Number(score.recall.toFixed(3)),
          "pairwise F1": Number(score.f1.toFixed(3)),
        },
      };
    } finally {
      await store.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
