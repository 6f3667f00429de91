// Read once: a global lookup on every call is slow where the global object is a sandbox's (Node's vm).
const imul = Math.imul;

/**
 * A small deterministic pseudo-random generator (mulberry32): the same seed gives the same
 * numbers, so results and timings repeat run to run. Used by the randomised selection of Sen's
 * slope and by the tests' generated workbooks.
 *
 * @param seed any integer
 * @returns a function giving numbers in [0, 1)
 * @example
 * const next = seededRandom(42);
 * next() === seededRandom(42)(); // => true
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
