// mulberry32: a small seeded generator, so that samples, synthetic lists and benchmarks draw the
// same sequence on every run (linkage must be deterministic; benchmarks must compare like with like).

/** 32-bit unsigned integers, the same sequence for a seed on every run. */
export function seededIntegers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** Numbers in [0, 1), the same sequence for a seed on every run. */
export function seededRandom(seed: number): () => number {
  const next = seededIntegers(seed);
  return () => next() / 4294967296;
}
