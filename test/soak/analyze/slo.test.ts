import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SLO_TARGET,
  evaluateSlo,
  parseSloObjective,
  windowSeconds,
} from '../../../src/gates/soak/analyze/index.js';
import type { SeriesPoint, SoakSeries } from '../../../src/gates/soak/types.js';
import { isConfigurationError } from '../../../src/shared/errors.js';

describe('parseSloObjective', () => {
  it.each([
    [
      'latency_p99_ms < 200',
      { series: 'latency_p99_ms', comparison: '<', value: 200, kind: 'threshold', target: 0.99 },
    ],
    [
      '  latency_p99_ms<=200 @ 99.5% ',
      { series: 'latency_p99_ms', comparison: '<=', value: 200, kind: 'threshold', target: 0.995 },
    ],
    [
      'error_ratio < 0.001',
      { series: 'error_ratio', comparison: '<', value: 0.001, kind: 'ratio' },
    ],
    [
      'http_error_rate <= 0.01',
      { series: 'http_error_rate', comparison: '<=', value: 0.01, kind: 'ratio' },
    ],
    [
      'errors_ratio{route="/a"} < 0.05',
      { series: 'errors_ratio{route="/a"}', comparison: '<', value: 0.05, kind: 'ratio' },
    ],
    // An explicit target makes a ratio name a per-sample threshold.
    [
      'error_ratio < 0.001 @ 95%',
      { series: 'error_ratio', comparison: '<', value: 0.001, kind: 'threshold', target: 0.95 },
    ],
    // `_rate` only: `http_req_rate` is a ratio name, `iteration_rates` is not.
    [
      'iterations > 10',
      { series: 'iterations', comparison: '>', value: 10, kind: 'threshold', target: 0.99 },
    ],
    [
      '*duration* >= 1e-3',
      { series: '*duration*', comparison: '>=', value: 0.001, kind: 'threshold', target: 0.99 },
    ],
  ])('%s', (text, expected) => {
    expect(parseSloObjective(text)).toEqual({ text: text.trim(), ...expected });
  });

  it.each([
    ['latency 200', 'no comparison'],
    ['< 200', 'the series name is missing'],
    ['latency < fast', "the value 'fast' is not a number"],
    ['latency <', "the value '' is not a number"],
    ['latency < 200 @ 99', "the target '99' is not a percentage"],
    ['latency < 200 @ 100%', "the target '100%' is not a percentage"],
    ['latency < 200 @ %', "the target '%' is not a percentage"],
    ['error_rate < 5', "'error_rate' is read as a bad-event ratio"],
    ['success_rate > 0.99', "add a target ('success_rate > 0.99 @ 99%')"],
    ['error_ratio < 0', "'error_ratio' is read as a bad-event ratio"],
  ])('refuses %s', (text, why) => {
    let caught: unknown;
    try {
      parseSloObjective(text);
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    const message = (caught as Error).message;
    expect(message).toContain(`cannot read the objective '${text}'`);
    expect(message).toContain(why);
    expect(message).toContain("e.g. 'latency_p99_ms < 200'");
  });
});

describe('windowSeconds', () => {
  it.each([
    ['5m', 300],
    ['1h', 3600],
    ['3d', 259_200],
    ['30s', 30],
  ])('%s → %d', (window, seconds) => {
    expect(windowSeconds(window)).toBe(seconds);
  });
  it('refuses what it cannot read', () => {
    expect(() => windowSeconds('1w')).toThrow(/^windowSeconds: cannot read the window '1w'/);
  });
});

/** One sample every `step` seconds from t = 0, values from `value(i)`. */
function series(
  name: string,
  count: number,
  step: number,
  value: (i: number) => number,
): SoakSeries {
  return { name, points: Array.from({ length: count }, (_, i) => ({ t: i * step, v: value(i) })) };
}
const input = (s: SoakSeries, points: readonly SeriesPoint[] = s.points) => ({ series: s, points });

describe('evaluateSlo', () => {
  it('counts good samples of a threshold objective and the budget left', () => {
    // 1000 samples, 5 above 200: 99.5% good against 99% → half the budget left.
    const latency = series('latency_p99_ms', 1000, 10, (i) => (i % 200 === 7 ? 250 : 120));
    const { result, failures } = evaluateSlo(parseSloObjective('latency_p99_ms < 200'), [
      input(latency),
    ]);
    expect(result.series).toEqual(['latency_p99_ms']);
    expect(result.attainment).toBeCloseTo(0.995, 12);
    expect(result.budgetRemaining).toBeCloseTo(0.5, 12);
    expect(result.passed).toBe(true);
    expect(failures).toEqual([]);
  });

  it('fails a threshold objective below its target, saying by how much', () => {
    const latency = series('latency_p99_ms', 100, 10, (i) => (i < 3 ? 250 : 120));
    const { result, failures } = evaluateSlo(parseSloObjective('latency_p99_ms <= 200 @ 99.9%'), [
      input(latency),
    ]);
    expect(result.attainment).toBeCloseTo(0.97, 12);
    // 3% bad against a 0.1% budget: 30 budgets spent, 29 too many.
    expect(result.budgetRemaining).toBeCloseTo(-29, 9);
    expect(result.passed).toBe(false);
    expect(failures).toEqual([
      'latency_p99_ms <= 200 @ 99.9%: 97% of samples good (target 99.9%), error budget overspent by 2900%',
    ]);
  });

  it('reads a ratio objective as the mean bad ratio against the budget', () => {
    const errors = series('error_ratio', 360, 10, (i) => (i % 2 === 0 ? 0.0004 : 0.0008));
    const { result } = evaluateSlo(parseSloObjective('error_ratio < 0.001'), [input(errors)]);
    expect(result.attainment).toBeCloseTo(1 - 0.0006, 12);
    expect(result.budgetRemaining).toBeCloseTo(0.4, 9);
    expect(result.passed).toBe(true);
  });

  it('does not evaluate burn-rate rules whose long window is longer than the run', () => {
    const errors = series('error_ratio', 360, 10, () => 0.0005); // one hour less 10 s
    const { result } = evaluateSlo(parseSloObjective('error_ratio < 0.001'), [input(errors)]);
    expect(
      result.burnAlerts.map((a) => [a.longWindow, a.shortWindow, a.burnRate, a.evaluated]),
    ).toEqual([
      ['1h', '5m', 14.4, false],
      ['6h', '30m', 6, false],
      ['3d', '6h', 1, false],
    ]);
  });

  it('pages when an hour and five minutes both burn faster than 14.4×, and fails the objective', () => {
    // Eight hours at 10 s, budget 0.1%; from 4 h on, 2% errors (20× the budget).
    const errors = series('error_ratio', 8 * 360 + 1, 10, (i) => (i * 10 >= 4 * 3600 ? 0.02 : 0));
    const { result, failures } = evaluateSlo(parseSloObjective('error_ratio < 0.001'), [
      input(errors),
    ]);
    const [fast, slow, ticket] = result.burnAlerts;
    expect(fast?.evaluated).toBe(true);
    // The hour's mean passes 14.4 × 0.1% when more than 72% of it burns at 2%:
    // the first sample where 0.02·k/360 > 0.0144 is k = 260 burning samples, at 4 h + 2590 s.
    expect(fast?.firedAt).toBe(4 * 3600 + 2590);
    // 6h/30m at 6×: first evaluated at 6 h (a whole long window behind it), when 721 of the
    // 2160 samples burn: 0.02·721/2160 ≈ 0.0067 > 6 × 0.1%, so it fires at once.
    expect(slow?.evaluated).toBe(true);
    expect(slow?.firedAt).toBe(6 * 3600);
    expect(ticket?.evaluated).toBe(false);
    expect(result.passed).toBe(false);
    expect(failures.some((f) => f.includes('burn rate above 14.4× over 1h and 5m (page)'))).toBe(
      true,
    );
  });

  it('pools the samples of every matching series', () => {
    const a = series('lat', 100, 10, () => 100);
    const b = series('lat', 100, 10, (i) => (i < 10 ? 300 : 100));
    const { result } = evaluateSlo(parseSloObjective('lat < 200'), [input(a), input(b)]);
    expect(result.attainment).toBeCloseTo(190 / 200, 12);
  });

  it('fails an objective no series matches, with a note', () => {
    const outcome = evaluateSlo(parseSloObjective('missing < 1'), []);
    expect(outcome.result).toMatchObject({ series: [], attainment: 0, passed: false });
    expect(outcome.notes).toEqual(["missing < 1: no series matches 'missing'"]);
    expect(outcome.failures).toEqual(outcome.notes);
  });

  it('refuses to read a series outside [0, 1] as a ratio', () => {
    const percent = series('error_ratio', 10, 10, () => 5);
    const outcome = evaluateSlo(parseSloObjective('error_ratio < 0.01'), [input(percent)]);
    expect(outcome.result.passed).toBe(false);
    expect(outcome.failures[0]).toContain('has values outside [0, 1]');
  });

  it('defaults the target to 99%', () => {
    expect(DEFAULT_SLO_TARGET).toBe(0.99);
  });
});
