import { ConfigurationError } from '../../../shared/errors.js';
import { isRecord } from '../../../shared/is-record.js';
import type { K6MetricSummary, K6MetricType, K6Threshold, SoakRun } from '../types.js';
import { parseJsonText } from '../../../shared/parse-json-text.js';

const metricTypes: readonly K6MetricType[] = ['trend', 'rate', 'counter', 'gauge'];

/**
 * Parses k6's end-of-test summary in either of its two JSON shapes:
 * - `--summary-export`: `metrics[name]` holds the aggregates directly (`avg`, `p(95)`, `count`…)
 *   and `thresholds[expression]` is a boolean that is **true when the threshold failed**
 *   (grafana/k6#1498, kept for compatibility);
 * - the data object `handleSummary(data)` receives (what `JSON.stringify(data)` writes):
 *   `metrics[name]` has `type`, `contains`, `values` and `thresholds[expression].ok`.
 * Both become {@link K6MetricSummary} with `passed` meaning what it says.
 *
 * @throws ConfigurationError when the JSON is invalid or has no `metrics` object, or a metric's
 *   values are not numbers.
 */
export function parseK6Summary(text: string, source: string): SoakRun {
  const document = parseJsonText(text, source);
  const metricsObject = isRecord(document) ? document['metrics'] : undefined;
  if (!isRecord(metricsObject)) {
    throw new ConfigurationError(
      `${source}: not a k6 summary: no "metrics" object (expected the file of k6 run --summary-export, or JSON.stringify of handleSummary's data)`,
    );
  }
  const metrics = Object.entries(metricsObject).map(([name, metric]) =>
    readMetric(name, metric, source),
  );
  const state = isRecord(document) ? document['state'] : undefined;
  const duration = isRecord(state) ? state['testRunDurationMs'] : undefined;
  return {
    format: 'k6-summary',
    series: [],
    summary: {
      kind: 'k6',
      metrics,
      ...(typeof duration === 'number' ? { testRunDurationMs: duration } : {}),
    },
    notes: [],
  };
}

function readMetric(name: string, metric: unknown, source: string): K6MetricSummary {
  const where = `${source}: metric ${JSON.stringify(name)}`;
  if (!isRecord(metric)) throw new ConfigurationError(`${where} is not an object`);
  const handleSummaryShape = isRecord(metric['values']);
  const values: Record<string, number> = {};
  const rawValues = handleSummaryShape ? metric['values'] : metric;
  for (const [key, value] of Object.entries(isRecord(rawValues) ? rawValues : {})) {
    if (!handleSummaryShape && key === 'thresholds') continue;
    if (typeof value !== 'number') {
      throw new ConfigurationError(
        `${where}: value ${key} is ${JSON.stringify(value)}, not a number`,
      );
    }
    values[key] = value;
  }
  const result: K6MetricSummary = {
    name,
    values,
    thresholds: readThresholds(metric['thresholds'], handleSummaryShape, where),
  };
  const type = metric['type'];
  if (type !== undefined) {
    const known = metricTypes.find((t) => t === type);
    if (!known) {
      throw new ConfigurationError(
        `${where}: type ${JSON.stringify(type)} is not one of ${metricTypes.join(', ')}`,
      );
    }
    result.type = known;
  }
  if (typeof metric['contains'] === 'string') result.contains = metric['contains'];
  return result;
}

function readThresholds(
  thresholds: unknown,
  handleSummaryShape: boolean,
  where: string,
): K6Threshold[] {
  if (thresholds === undefined) return [];
  if (!isRecord(thresholds))
    throw new ConfigurationError(`${where}: "thresholds" is not an object`);
  return Object.entries(thresholds).map(([expression, outcome]) => {
    if (handleSummaryShape) {
      const ok = isRecord(outcome) ? outcome['ok'] : undefined;
      if (typeof ok !== 'boolean') {
        throw new ConfigurationError(
          `${where}: threshold ${JSON.stringify(expression)} has no boolean "ok"`,
        );
      }
      return { expression, passed: ok };
    }
    if (typeof outcome !== 'boolean') {
      throw new ConfigurationError(
        `${where}: threshold ${JSON.stringify(expression)} is not a boolean`,
      );
    }
    // --summary-export writes true for a failed threshold.
    return { expression, passed: !outcome };
  });
}
