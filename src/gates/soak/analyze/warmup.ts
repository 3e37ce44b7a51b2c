import { theilSen } from '../../../stats/index.js';
import type { SeriesPoint } from '../types.js';

/** Batch size of MSER-5 (White, Cobb & Spratt 2000): batch means tame point-to-point noise. */
const BATCH = 5;
/** Fewest batches on which a truncation point is looked for (below, nothing is trimmed). */
const MIN_BATCHES = 8;

/**
 * Length of the warm-up at the start of a series, in seconds from its first point: the MSER-5
 * truncation rule of simulation output analysis (White 1997, "An effective truncation heuristic
 * for bias reduction in simulation output", Simulation 69(6); White, Cobb & Spratt 2000), applied
 * to the series with its steady drift removed.
 *
 * Why this rule: a service's memory ramps up for minutes after start, and the user rarely knows
 * for how long. MSER picks the truncation d that minimises Σ(Zⱼ − Z̄)²/k² over the k batch means
 * left (the squared standard error of their mean): keeping the transient inflates the
 * deviations, cutting too much leaves fewer batches, so the minimum balances bias against
 * precision without a tuning constant. Batch means of 5 points absorb a GC sawtooth and AR(1)
 * noise; the search stops at half the series (MSER's known failure is to truncate near the end,
 * where a few batches happen to agree), so the rule never trims more than half the run.
 *
 * Why detrended: around the mean, a steady leak looks like a transient everywhere (a line has
 * less spread over a shorter span) and MSER would trim half of every leaking run. The drift is
 * therefore estimated first where the run is surely steady, as the Theil–Sen slope of the second
 * half's batch means (the rule never trims into it), and removed from every batch before MSER
 * runs. A fit of the line over the kept part would not do: it bends to absorb the ramp's tail,
 * so MSER stops too early and the tail reads as growth.
 *
 * Complexity: O(n) for the batches and the scan, O(m² log m) for the slope over the m/2 batch
 * means of the second half; the input is not mutated.
 *
 * @param points - the series in time order (as parsers give it).
 * @returns seconds from the first point to the first point kept; 0 when nothing is trimmed or
 *   the series has fewer than 40 points.
 * @example
 * // memory ramping for ten minutes, then flat with noise, sampled every 10 s for an hour
 * detectWarmup(points); // ≈ 600
 */
export function detectWarmup(points: readonly SeriesPoint[]): number {
  const batches = Math.floor(points.length / BATCH);
  if (batches < MIN_BATCHES) return 0;
  const first = (points[0] as SeriesPoint).t;
  // Batch means, times in hours from the first point (exact enough for epoch seconds).
  const times: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < batches; b++) {
    let t = 0;
    let v = 0;
    for (let i = b * BATCH; i < (b + 1) * BATCH; i++) {
      const point = points[i] as SeriesPoint;
      t += point.t - first;
      v += point.v;
    }
    times.push(t / BATCH / 3600);
    values.push(v / BATCH);
  }
  const lastTruncation = Math.floor(batches / 2);
  const secondHalf = times.slice(lastTruncation);
  const drift = secondHalf.every((t) => t === secondHalf[0])
    ? 0
    : theilSen(secondHalf, values.slice(lastTruncation)).slope;
  // Detrended and centred on the last batch, so the sums stay small for byte counts.
  const anchor = (values[batches - 1] as number) - drift * (times[batches - 1] as number);
  const residuals = values.map((v, b) => v - drift * (times[b] as number) - anchor);

  // Suffix sums from the end: the criterion for every d in one pass.
  let sum = 0;
  let squares = 0;
  let best = 0;
  let bestCriterion = Infinity;
  for (let d = batches - 1; d >= 0; d--) {
    const r = residuals[d] as number;
    sum += r;
    squares += r * r;
    if (d > lastTruncation) continue;
    const k = batches - d;
    const criterion = Math.max(0, squares - (sum * sum) / k) / (k * k);
    // `<=` while d falls: among equal criteria the smallest truncation wins (a constant series
    // keeps everything).
    if (criterion <= bestCriterion) {
      bestCriterion = criterion;
      best = d;
    }
  }
  if (best === 0) return 0;
  // Half the points is half the time on a regular grid; the cap keeps it so on an irregular one.
  const halfSpan = ((points[points.length - 1] as SeriesPoint).t - first) / 2;
  return Math.min((points[best * BATCH] as SeriesPoint).t - first, halfSpan);
}
