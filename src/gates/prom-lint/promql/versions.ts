/**
 * Which Prometheus release the PromQL checks follow. The parser changes between releases: 3.0
 * reads a bare number as seconds in `[300]` and `offset 3600` and accepts quoted (UTF-8) names,
 * 3.14 turned duration expressions on by default, 3.16 the `anchored` and `smoothed` range
 * modifiers; functions arrive (and `holt_winters` left in 3.0). A rule checked against the
 * wrong release gets errors its server would never raise, or misses the ones it would.
 *
 * Sources: Prometheus' CHANGELOG.md (2.47 histogram_stddev/stdvar, 2.49 the
 * promql-experimental-functions flag with mad_over_time and sort_by_label, 2.51 histogram_avg),
 * the 3.0 migration guide (holt_winters renamed double_exponential_smoothing), the 3.14 and 3.16
 * release notes (duration expressions and first_over_time on by default; anchored/smoothed
 * stable). What arrived inside 3.x without a cited release is taken as present in every 3.x, so
 * the checks never raise an error a 3.x server would not.
 */

/** A Prometheus release, major and minor (the patch level never changes the parser). */
export interface PrometheusVersion {
  readonly major: number;
  readonly minor: number;
}

/** The current Prometheus release (November 2026), which the checks follow by default. */
export const CURRENT_PROMETHEUS: PrometheusVersion = { major: 3, minor: 16 };

/** The last 2.x release, for a version given as `2` or `2.x`. */
const LAST_2X: PrometheusVersion = { major: 2, minor: 55 };

/** The oldest release modelled: `@` and negative offsets are on by default from 2.33. */
const OLDEST: PrometheusVersion = { major: 2, minor: 33 };

/**
 * Reads `3`, `3.x`, `3.5`, `v2.42.0` or `2.42.0+ds`; undefined for anything else (and for a
 * major other than 2 or 3). A bare major means its newest release (`2` is 2.55, `3` current).
 * @example parsePrometheusVersion('2.42') // { major: 2, minor: 42 }
 */
export function parsePrometheusVersion(text: string): PrometheusVersion | undefined {
  const match = /^v?(\d+)(?:\.(\d+|x)(?:\.\d+)?)?(?:[-+][\w.-]*)?$/iu.exec(text.trim());
  if (match === null) return undefined;
  const major = Number(match[1]);
  const minor =
    match[2] === undefined || match[2].toLowerCase() === 'x' ? undefined : Number(match[2]);
  if (major === 2) {
    if (minor === undefined) return LAST_2X;
    return atLeast({ major, minor }, OLDEST) ? { major, minor } : OLDEST;
  }
  if (major === 3) return minor === undefined ? CURRENT_PROMETHEUS : { major, minor };
  return undefined;
}

/** `v` is `since` or newer. */
export function atLeast(v: PrometheusVersion, since: PrometheusVersion): boolean {
  return v.major !== since.major ? v.major > since.major : v.minor >= since.minor;
}

/** `3.16`, as a version is named in messages. */
export function versionName(v: PrometheusVersion): string {
  return `${v.major}.${v.minor}`;
}

const V = (major: number, minor: number): PrometheusVersion => ({ major, minor });

/** The releases the parser's behaviour changes at. */
export const PROMQL_CHANGES = {
  /** The promql-experimental-functions flag (and the functions behind it) exists. */
  experimentalFunctionsFlag: V(2, 49),
  /** `[300]`, `offset 3600`, `@ 1m`: numbers and durations interchangeable; quoted UTF-8 names. */
  prometheus3: V(3, 0),
  /** Duration expressions (`[5m * 2]`, `step()`) need no flag. */
  durationExpressionsByDefault: V(3, 14),
  /** `anchored` and `smoothed` need no flag. */
  extendedRangeSelectorsByDefault: V(3, 16),
} as const;

/**
 * The release each function arrived in, where it is after 2.33; `removedIn` for those a release
 * took away. Functions not listed are in every modelled release.
 */
export const FUNCTION_RELEASES: ReadonlyMap<
  string,
  { since?: PrometheusVersion; removedIn?: PrometheusVersion; stableSince?: PrometheusVersion }
> = new Map([
  ['histogram_stddev', { since: V(2, 47) }],
  ['histogram_stdvar', { since: V(2, 47) }],
  ['mad_over_time', { since: V(2, 49) }],
  ['sort_by_label', { since: V(2, 49) }],
  ['sort_by_label_desc', { since: V(2, 49) }],
  ['histogram_avg', { since: V(2, 51) }],
  ['holt_winters', { removedIn: V(3, 0) }],
  // Experimental functions of 3.x whose minor release is not cited: present in all of 3.x.
  ['double_exponential_smoothing', { since: V(3, 0) }],
  ['info', { since: V(3, 0) }],
  ['first_over_time', { since: V(3, 0), stableSince: V(3, 14) }],
  ['ts_of_first_over_time', { since: V(3, 0) }],
  ['ts_of_last_over_time', { since: V(3, 0) }],
  ['ts_of_max_over_time', { since: V(3, 0) }],
  ['ts_of_min_over_time', { since: V(3, 0) }],
  ['histogram_quantiles', { since: V(3, 0) }],
  ['integral', { since: V(3, 16) }],
]);

/** Aggregations that arrived after 2.33 (behind the experimental-functions flag, in 2.x). */
export const AGGREGATION_RELEASES: ReadonlyMap<string, PrometheusVersion> = new Map([
  ['limitk', V(2, 49)],
  ['limit_ratio', V(2, 49)],
]);

/**
 * Prometheus' `--enable-feature` values that change what its PromQL parser accepts, with the
 * option of the checks each one sets.
 */
export const PROMQL_FEATURE_FLAGS = {
  'promql-experimental-functions': 'experimentalFunctions',
  'promql-duration-expr': 'durationExpressions',
  'promql-extended-range-selectors': 'extendedRangeSelectors',
  'promql-binop-fill-modifiers': 'fillModifiers',
} as const;

/** One of {@link PROMQL_FEATURE_FLAGS}' names. */
export type PromQLFeatureFlag = keyof typeof PROMQL_FEATURE_FLAGS;

/** The flag of that name, or undefined. */
export function promqlFeatureFlag(name: string): PromQLFeatureFlag | undefined {
  return Object.keys(PROMQL_FEATURE_FLAGS).find((flag): flag is PromQLFeatureFlag => flag === name);
}

/** How a version is asked for, in messages. */
export const VERSION_EXPECTED = 'a Prometheus release such as 3.16, 3 or 2.42';
