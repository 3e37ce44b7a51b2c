import { ConfigurationError } from '../../../shared/errors.js';
import {
  errorBudgetRemaining,
  multiWindowBurnAlert,
  SRE_WORKBOOK_BURN_RULES,
} from '../../../stats/index.js';
import type {
  BurnAlertResult,
  SeriesPoint,
  SloObjective,
  SloResult,
  SoakSeries,
} from '../types.js';
import { seriesId } from './series-id.js';

/** Target of a threshold objective written without `@ TARGET%`. */
export const DEFAULT_SLO_TARGET = 0.99;

const EXAMPLES =
  "e.g. 'latency_p99_ms < 200', 'latency_p99_ms < 200 @ 99.5%' or 'error_ratio < 0.001'";

/**
 * Parses an objective written `NAME OP VALUE` with an optional `@ TARGET%`:
 *
 * - NAME is a glob over series (`*` any run, `?` one character), matched against a series' full
 *   id (`name{label="value"}`) or its bare name; OP is `<`, `<=`, `>` or `>=`; VALUE a number;
 *   TARGET a percentage in (0, 100).
 * - `ratio` kind: NAME (without its `{…}` labels) ends with `ratio` or `_rate`, OP is `<` or
 *   `<=`, there is no `@ TARGET%`, and 0 < VALUE < 1. The series is then read as a bad-event
 *   ratio (errors / requests) and VALUE as the error budget: `error_ratio < 0.001` allows 0.1%
 *   of bad events over the run (objective 99.9%).
 * - `threshold` kind otherwise: each sample is good when `sample OP VALUE`, and TARGET of the
 *   samples (99% unless told) must be good: `latency_p99_ms < 200 @ 99.5%`.
 * - A ratio name with `> VALUE`/`>= VALUE` or a VALUE outside (0, 1), and no target, is refused
 *   as ambiguous (a success rate? a percentage?): write the bad ratio with `<`, or add a target
 *   for a per-sample threshold (`success_rate > 0.99 @ 99%`).
 *
 * @throws ConfigurationError naming the text, the rule it breaks and an example.
 * @example
 * parseSloObjective('error_ratio < 0.001');
 * // { text: 'error_ratio < 0.001', series: 'error_ratio', comparison: '<', value: 0.001, kind: 'ratio' }
 */
export function parseSloObjective(text: string): SloObjective {
  const match = /^\s*([^<>]*?)\s*(<=|>=|<|>)\s*([^@]*?)\s*(?:@\s*(.*?)\s*)?$/.exec(text);
  const bad = (why: string): ConfigurationError =>
    new ConfigurationError(
      `slo: cannot read the objective '${text}': ${why}; write NAME OP VALUE [@ TARGET%], ${EXAMPLES}`,
    );
  if (!match) throw bad('no comparison (<, <=, > or >=) found');
  const [, name = '', comparisonText = '', valueText = '', targetText] = match;
  if (name === '') throw bad('the series name is missing');
  const comparison = comparisonText as SloObjective['comparison'];
  const value = valueText === '' ? Number.NaN : Number(valueText);
  if (!Number.isFinite(value)) throw bad(`the value '${valueText}' is not a number`);
  let target: number | undefined;
  if (targetText !== undefined) {
    const percent = /^(.*?)\s*%$/.exec(targetText);
    const number = percent && percent[1] !== '' ? Number(percent[1]) : Number.NaN;
    if (!(number > 0 && number < 100)) {
      throw bad(`the target '${targetText}' is not a percentage between 0 and 100 (like 99.9%)`);
    }
    target = number / 100;
  }
  const trimmed = text.trim();
  const baseName = name.replace(/\{.*\}$/, '').toLowerCase();
  const ratioName = baseName.endsWith('ratio') || baseName.endsWith('_rate');
  if (ratioName && target === undefined) {
    if ((comparison === '<' || comparison === '<=') && value > 0 && value < 1) {
      return { text: trimmed, series: name, comparison, value, kind: 'ratio' };
    }
    throw bad(
      `'${name}' is read as a bad-event ratio, which takes an upper bound between 0 and 1 ` +
        `('${name} < 0.001' allows 0.1% bad events); for a per-sample threshold add a target ` +
        `('${name} ${comparison} ${valueText} @ 99%')`,
    );
  }
  return {
    text: trimmed,
    series: name,
    comparison,
    value,
    kind: 'threshold',
    target: target ?? DEFAULT_SLO_TARGET,
  };
}

/** What {@link evaluateSlo} returns: the result, and the reasons it fails, as plain text. */
export interface SloOutcome {
  result: SloResult;
  failures: string[];
  notes: string[];
}

/** A series with the points to evaluate (after the warm-up). */
export interface SloSeriesInput {
  series: SoakSeries;
  points: readonly SeriesPoint[];
}

/**
 * Evaluates one objective over every series it matches, their samples pooled in time order
 * (each sample one event: a bad sample of one route counts as much as one of another).
 *
 * - Attainment: the fraction of good samples (threshold), or 1 − the mean bad ratio (ratio).
 * - Budget remaining: 1 − (1 − attainment)/(1 − objective), objective = the target
 *   (threshold) or 1 − VALUE (ratio), via stats' errorBudgetRemaining.
 * - Burn alerts: the SRE workbook's rules (14.4× over 1h and 5m, 6× over 6h and 30m, 1× over 3d
 *   and 6h), evaluated at each sample once a whole long window lies inside the span, on the
 *   windows ending there; a rule whose long window is longer than the span is `evaluated: false`.
 * - Passed: the attainment meets the objective (ratio: the mean ratio meets `OP VALUE`) and no
 *   page-severity rule fired (a page-worthy burn during the night fails the run even when the
 *   whole run's budget holds).
 *
 * No matching series: attainment and budget 0, not passed, a note and a failure say so. A ratio
 * series with values outside [0, 1] is not a ratio: not passed, a failure says so.
 */
export function evaluateSlo(
  objective: SloObjective,
  inputs: readonly SloSeriesInput[],
): SloOutcome {
  const series = inputs.map((input) => seriesId(input.series));
  const empty = (why: string): SloOutcome => ({
    result: { objective, series, attainment: 0, budgetRemaining: 0, burnAlerts: [], passed: false },
    failures: [`${objective.text}: ${why}`],
    notes: [`${objective.text}: ${why}`],
  });
  const samples = inputs
    .flatMap((input) => input.points)
    .slice()
    .sort((a, b) => a.t - b.t);
  if (samples.length === 0) return empty(`no series matches '${objective.series}'`);
  if (objective.kind === 'ratio' && samples.some((p) => p.v < 0 || p.v > 1)) {
    return empty(`'${objective.series}' has values outside [0, 1], so it is not a bad-event ratio`);
  }
  const badness = samples.map((p) =>
    objective.kind === 'ratio' ? p.v : meets(p.v, objective) ? 0 : 1,
  );
  const meanBad = badness.reduce((sum, b) => sum + b, 0) / badness.length;
  const attainment = 1 - meanBad;
  const target =
    objective.kind === 'ratio' ? 1 - objective.value : (objective.target ?? DEFAULT_SLO_TARGET);
  const budgetRemaining = errorBudgetRemaining({ objective: target, good: attainment, total: 1 });
  const burnAlerts = burnAlertsOver(samples, badness, target);
  const met = objective.kind === 'ratio' ? meets(meanBad, objective) : attainment >= target;
  const paged = burnAlerts.filter((a) => a.severity === 'page' && a.firedAt !== undefined);
  const failures: string[] = [];
  if (!met) {
    failures.push(
      objective.kind === 'ratio'
        ? `${objective.text}: mean ratio ${formatNumber(meanBad)}, ${budgetText(budgetRemaining)}`
        : `${objective.text}: ${formatPercent(attainment)} of samples good (target ${formatPercent(target)}), ${budgetText(budgetRemaining)}`,
    );
  }
  for (const alert of paged) {
    failures.push(
      `${objective.text}: burn rate above ${alert.burnRate}× over ${alert.longWindow} and ${alert.shortWindow} (page) from ${new Date((alert.firedAt as number) * 1000).toISOString()}`,
    );
  }
  return {
    result: {
      objective,
      series,
      attainment,
      budgetRemaining,
      burnAlerts,
      passed: failures.length === 0,
    },
    failures,
    notes: [],
  };
}

function meets(sample: number, objective: SloObjective): boolean {
  switch (objective.comparison) {
    case '<':
      return sample < objective.value;
    case '<=':
      return sample <= objective.value;
    case '>':
      return sample > objective.value;
    case '>=':
      return sample >= objective.value;
    default: {
      const unreachable: never = objective.comparison;
      throw new Error(`unknown comparison ${String(unreachable)}`);
    }
  }
}

/** Seconds of a window written like the SRE workbook's: `5m`, `1h`, `3d`. */
export function windowSeconds(window: string): number {
  const match = /^(\d+(?:\.\d+)?)([smhd])$/.exec(window);
  if (!match) throw new Error(`windowSeconds: cannot read the window '${window}'`);
  const unit = { s: 1, m: 60, h: 3600, d: 86_400 }[match[2] as 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

/**
 * Each workbook rule over the samples: at every sample time t with a whole long window behind it
 * (t − first ≥ long window), the mean badness over (t − W, t] for both windows goes to stats'
 * multiWindowBurnAlert; the first t where it fires is `firedAt`. O(n · rules) with prefix sums.
 */
function burnAlertsOver(
  samples: readonly SeriesPoint[],
  badness: readonly number[],
  objective: number,
): BurnAlertResult[] {
  const first = (samples[0] as SeriesPoint).t;
  const span = (samples[samples.length - 1] as SeriesPoint).t - first;
  const prefix = new Float64Array(badness.length + 1);
  badness.forEach((b, i) => {
    prefix[i + 1] = (prefix[i] as number) + b;
  });
  return SRE_WORKBOOK_BURN_RULES.map((rule) => {
    const base = {
      severity: rule.severity,
      longWindow: rule.longWindow,
      shortWindow: rule.shortWindow,
      burnRate: rule.burnRate,
    };
    const long = windowSeconds(rule.longWindow);
    const short = windowSeconds(rule.shortWindow);
    if (long > span) return { ...base, evaluated: false };
    let longStart = 0;
    let shortStart = 0;
    for (let i = 0; i < samples.length; i++) {
      const t = (samples[i] as SeriesPoint).t;
      while ((samples[longStart] as SeriesPoint).t <= t - long) longStart++;
      while ((samples[shortStart] as SeriesPoint).t <= t - short) shortStart++;
      if (t - first < long) continue;
      // Clamped: prefix-sum differences of ratios can fall a rounding error outside [0, 1].
      const mean = (start: number): number =>
        Math.min(
          1,
          Math.max(0, ((prefix[i + 1] as number) - (prefix[start] as number)) / (i + 1 - start)),
        );
      const alert = multiWindowBurnAlert({
        objective,
        errorRatios: { [rule.longWindow]: mean(longStart), [rule.shortWindow]: mean(shortStart) },
        rules: [rule],
      });
      if (alert.firing) return { ...base, evaluated: true, firedAt: t };
    }
    return { ...base, evaluated: true };
  });
}

function budgetText(remaining: number): string {
  return remaining < 0
    ? `error budget overspent by ${formatPercent(-remaining)}`
    : `${formatPercent(remaining)} of the error budget left`;
}

function formatPercent(fraction: number): string {
  return `${Number((100 * fraction).toPrecision(4))}%`;
}

function formatNumber(value: number): string {
  return String(Number(value.toPrecision(3)));
}
