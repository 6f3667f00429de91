// Read once: a global lookup on every draw is slow where the global object is a sandbox's (Node's vm).
const { log, sqrt } = Math;

/**
 * Standard normal numbers from a uniform source, by Marsaglia's polar method (Marsaglia and Bray,
 * SIAM Review 1964;6:260-264): two uniform numbers in the unit disc give two independent normal
 * numbers. With core's seeded generator (`seededRandom`) the sequence repeats exactly for a seed.
 *
 * @param uniform numbers in [0, 1)
 * @returns a function giving standard normal numbers
 * @example
 * const next = standardNormal(seededRandom(1));
 * next(); // => the same number every time for seed 1
 */
export function standardNormal(uniform: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const scale = sqrt((-2 * log(s)) / s);
    spare = v * scale;
    return u * scale;
  };
}
