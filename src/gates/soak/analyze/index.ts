/**
 * The soak gate's analysis: pure functions from parsed runs (../types.ts) to a
 * {@link SoakAnalysis}. Nothing here does I/O.
 */
export { analyzeSoak, MAX_WARMUP_POINTS } from './analyze-soak.js';
export { seriesId, patternMatchesSeries } from './series-id.js';
export { detectWarmup } from './warmup.js';
export { thinPoints } from './thin.js';
export {
  analyzeTrend,
  growthLimitFor,
  isMemoryLike,
  DEFAULT_MEMORY_LIMIT_PERCENT_PER_HOUR,
  MAX_TREND_POINTS,
  MIN_TREND_POINTS,
  type TrendOptions,
  type TrendOutcome,
} from './trend.js';
export { analyzeLatency, isLatencySeries, MAX_CHANGE_POINT_POINTS } from './latency.js';
export {
  parseSloObjective,
  evaluateSlo,
  windowSeconds,
  DEFAULT_SLO_TARGET,
  type SloOutcome,
  type SloSeriesInput,
} from './slo.js';
