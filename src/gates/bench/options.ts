import type { Correction } from '../../stats/index.js';
import type { Direction } from './types.js';
import type { PatternRule } from '../../shared/name-pattern.js';

/**
 * Where the baseline was measured. `same-job`: base and head ran interleaved on one runner, so a
 * suite-wide change is real. `other-runner`: a stored baseline from another machine, so a
 * suite-wide offset is runner speed and is corrected for.
 */
export type BaselineOrigin = 'same-job' | 'other-runner';

/** Multiple-comparison control across the suite (src/stats/multiple-comparisons.ts). */
export type { Correction };

/** Every knob of the bench analysis, validated. */
export interface BenchAnalysisOptions {
  /** Relative change beyond which a significant regression fails, e.g. 0.10. */
  threshold: number;
  /** Per-benchmark thresholds by name pattern (last match wins). */
  thresholds: PatternRule<number>[];
  /** Benchmarks left out by name pattern. */
  ignore: string[];
  /** Direction overrides by name pattern. */
  directions: PatternRule<Direction>[];
  /**
   * Family-wise (Holm) or false-discovery (BH) level across the suite of "this benchmark changed"
   * claims, e.g. 0.05.
   */
  alpha: number;
  /**
   * Multiple-comparison correction: across the suite for "changed", and among the benchmarks
   * whose estimate lies beyond the threshold for "beyond the threshold".
   */
  correction: Correction;
  /**
   * Two-sided level of the reported intervals, e.g. 0.9. The decision is one-sided: a benchmark
   * regressed when its change is significant and the test of "beyond the threshold" passes at
   * (1 − level) / 2, 5% for 0.9, corrected among the benchmarks whose estimate lies beyond the
   * threshold. With one such benchmark that is the interval's lower end exceeding the threshold.
   */
  confidence: number;
  /** Where the baseline comes from. */
  baselineFrom: BaselineOrigin;
  /**
   * Benchmarks with a single value per side cannot support a verdict on shared runners: by
   * default they warn at most; `fail` lets them fail when the change exceeds the noise too.
   */
  singleValue: 'warn' | 'fail';
}

/**
 * Defaults: a 10% threshold at a 5% family-wise level, 90% intervals (each end a one-sided 95%
 * bound), stored baseline.
 */
export const defaultAnalysisOptions: BenchAnalysisOptions = {
  threshold: 0.1,
  thresholds: [],
  ignore: [],
  directions: [],
  alpha: 0.05,
  correction: 'holm',
  confidence: 0.9,
  baselineFrom: 'other-runner',
  singleValue: 'warn',
};
