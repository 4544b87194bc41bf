/**
 * Seeded randomness for sample data, query sets and fuzzing: the same seed gives the same
 * sequence on every machine, so generated files are reproducible byte for byte.
 */

/** mulberry32: small, fast, good enough for sample data; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [lo, hi] and a random element, drawn from `rand`. */
export function randomTools(rand: () => number) {
  return {
    int: (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!,
  };
}
