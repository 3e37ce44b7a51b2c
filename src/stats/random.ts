import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { mersenne } from 'pure-rand/generator/mersenne';

/**
 * A deterministic source of uniform numbers in [0, 1): the same seed gives the same sequence on
 * every machine and Node version, which makes bootstraps, permutation tests and simulations
 * reproducible. Wraps pure-rand's Mersenne Twister (MT19937, whose seeding spreads even small seeds over its whole state, unlike xoroshiro128+'s first draws) and its 53-bit `uniformFloat64`
 * (multiples of 2^-53), so nothing here is hand-written.
 *
 * Complexity: O(1) per draw.
 *
 * @param seed - any safe integer; pure-rand uses its low 32 bits.
 * @returns a function returning the next uniform number in [0, 1) at each call.
 * @throws {Error} `createRandom: seed must be ...` when `seed` is not a safe integer.
 * @example
 * const random = createRandom(42);
 * random(); // same value on every run, in [0, 1)
 */
export function createRandom(seed: number): () => number {
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`createRandom: seed must be a safe integer, got ${String(seed)}`);
  }
  // pure-rand v8 generators advance in place: one generator per closure.
  const generator = mersenne(seed | 0);
  return () => uniformFloat64(generator);
}

/**
 * One draw from the normal distribution N(mean, sd²) by the Box–Muller transform, using two
 * uniform draws of `random`. Written by hand: simple-statistics has no seeded normal sampler.
 *
 * Complexity: O(1).
 *
 * @param random - a uniform [0, 1) source, e.g. from {@link createRandom}.
 * @param mean - location (0 unless told).
 * @param sd - standard deviation (1 unless told).
 * @throws {Error} `normalSample: ...` when `sd` is negative or not finite.
 * @example
 * normalSample(createRandom(1)); // a standard normal value, the same for seed 1 every time
 */
export function normalSample(random: () => number, mean = 0, sd = 1): number {
  if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) {
    throw new Error(`normalSample: mean must be finite and sd finite and >= 0, got ${mean}, ${sd}`);
  }
  // 1 - u is in (0, 1], so the logarithm is finite.
  const u1 = 1 - random();
  const u2 = random();
  return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
