import { describe, expect, it } from 'vitest';
import {
  alignSeries,
  burnRate,
  errorBudgetRemaining,
  ewma,
  multiWindowBurnAlert,
  resample,
  rollingWindow,
  sloAttainment,
  SRE_WORKBOOK_BURN_RULES,
  median,
} from '../../src/stats/index.js';
import { expectClose, frozen, loadReference, num, nums, records, str } from './reference.js';

describe('SLO arithmetic (Google SRE workbook, "Alerting on SLOs")', () => {
  it('attainment and remaining budget of a 99.9% objective', () => {
    expect(sloAttainment(999_500, 1_000_000)).toBe(0.9995);
    // 500 bad of 1e6 spend half of the 0.1% budget; 2,000 bad overspend it by one budget.
    expectClose(
      errorBudgetRemaining({ objective: 0.999, good: 999_500, total: 1_000_000 }),
      0.5,
      1e-12,
    );
    expectClose(
      errorBudgetRemaining({ objective: 0.999, good: 998_000, total: 1_000_000 }),
      -1,
      1e-12,
    );
    expect(errorBudgetRemaining({ objective: 0.999, good: 10, total: 10 })).toBe(1);
  });

  it('a burn rate of 14.4 spends 2% of a 30-day budget in one hour', () => {
    const rate = burnRate({ objective: 0.999, errorRatio: 0.0144 });
    expectClose(rate, 14.4, 1e-12);
    expectClose((rate * 1) / (30 * 24), 0.02, 1e-12);
    expect(burnRate({ objective: 0.99, errorRatio: 0 })).toBe(0);
  });

  const quiet = { '5m': 0, '30m': 0, '1h': 0, '6h': 0, '3d': 0 };

  it('pages only when both windows of a rule burn above its threshold', () => {
    // 1h at 20×, 5m at 30×: the 14.4× rule fires.
    const page = multiWindowBurnAlert({
      objective: 0.999,
      errorRatios: { ...quiet, '1h': 0.02, '5m': 0.03 },
    });
    expect(page.firing).toBe(true);
    expect(page.severity).toBe('page');
    expect(page.rules[0]?.firing).toBe(true);
    expectClose(page.rules[0]?.longBurnRate ?? 0, 20, 1e-12);
    // The burning stopped: 5m is back under 14.4×, the alert resets although 1h is still high.
    const reset = multiWindowBurnAlert({
      objective: 0.999,
      errorRatios: { ...quiet, '1h': 0.02, '5m': 0.001 },
    });
    expect(reset.severity).toBe('none');
    // A short spike alone does not page.
    expect(
      multiWindowBurnAlert({ objective: 0.999, errorRatios: { ...quiet, '5m': 0.5 } }).firing,
    ).toBe(false);
  });

  it('tickets on a slow burn over 3 days and 6 hours', () => {
    const slow = multiWindowBurnAlert({
      objective: 0.999,
      errorRatios: { ...quiet, '3d': 0.0015, '6h': 0.002, '30m': 0.002, '1h': 0.002 },
    });
    expect(slow.severity).toBe('ticket');
    expect(slow.rules.map((r) => r.firing)).toEqual([false, false, true]);
  });

  it('uses the workbook rules by default and accepts custom ones', () => {
    expect(SRE_WORKBOOK_BURN_RULES.map((r) => [r.longWindow, r.shortWindow, r.burnRate])).toEqual([
      ['1h', '5m', 14.4],
      ['6h', '30m', 6],
      ['3d', '6h', 1],
    ]);
    const custom = multiWindowBurnAlert({
      objective: 0.99,
      errorRatios: { '1d': 0.05, '2h': 0.04 },
      rules: [{ severity: 'ticket', longWindow: '1d', shortWindow: '2h', burnRate: 3 }],
    });
    expect(custom.severity).toBe('ticket');
  });

  it.each([
    ['sloAttainment', () => sloAttainment(5, 4)],
    ['sloAttainment', () => sloAttainment(0, 0)],
    ['sloAttainment', () => sloAttainment(Number.NaN, 4)],
    ['errorBudgetRemaining', () => errorBudgetRemaining({ objective: 1, good: 1, total: 1 })],
    ['burnRate', () => burnRate({ objective: 0.999, errorRatio: 1.5 })],
    ['burnRate', () => burnRate({ objective: Infinity, errorRatio: 0.1 })],
    [
      'multiWindowBurnAlert',
      () => multiWindowBurnAlert({ objective: 0.999, errorRatios: { '1h': 0.1 } }),
    ],
    [
      'multiWindowBurnAlert',
      () => multiWindowBurnAlert({ objective: 0.999, errorRatios: { ...quiet, '1h': -1 } }),
    ],
  ] as const)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});

// Expected values: SciPy 1.10.1 signal.lfilter (EWMA as a first-order IIR filter) and NumPy
// convolve (moving mean); see reference/make-reference.py.
const smoothing = records(loadReference('reference-scipy.json').smoothing, 'smoothing');

describe.each(smoothing.map((c) => [str(c.name, 'name'), c] as const))(
  'smoothing of %s',
  (name, c) => {
    const values = frozen(nums(c.values, `${name}.values`));
    it('ewma matches an IIR filter', () => {
      for (const e of records(c.ewma, 'ewma')) {
        const expected = nums(e.smoothed, 'smoothed');
        ewma(values, num(e.alpha, 'alpha')).forEach((v, i) =>
          expectClose(v, expected[i] as number, 1e-12),
        );
      }
    });
    it('rolling mean matches a convolution', () => {
      for (const r of records(c.rollingMean, 'rollingMean')) {
        const expected = nums(r.means, 'means');
        const actual = rollingWindow(values, num(r.size, 'size'));
        expect(actual).toHaveLength(expected.length);
        actual.forEach((v, i) => expectClose(v, expected[i] as number, 1e-12));
      }
    });
  },
);

describe('time series helpers', () => {
  it('alignSeries keeps common timestamps in order, whatever the input order', () => {
    const left = Object.freeze([
      { timestamp: 3000, value: 3 },
      { timestamp: 1000, value: 1 },
      { timestamp: 2000, value: 2 },
    ]);
    const right = Object.freeze([
      { timestamp: 2000, value: 20 },
      { timestamp: 4000, value: 40 },
      { timestamp: 1000, value: 10 },
    ]);
    expect(alignSeries(left, right)).toEqual({
      timestamps: [1000, 2000],
      left: [1, 2],
      right: [10, 20],
    });
    expect(alignSeries([], right)).toEqual({ timestamps: [], left: [], right: [] });
  });

  it('resample buckets on multiples of the step, by mean or last, leaving gaps out', () => {
    const points = Object.freeze([
      { timestamp: 70_000, value: 5 },
      { timestamp: 0, value: 1 },
      { timestamp: 30_000, value: 3 },
      { timestamp: 200_000, value: 9 },
    ]);
    expect(resample(points, { step: 60_000 })).toEqual([
      { timestamp: 0, value: 2 },
      { timestamp: 60_000, value: 5 },
      { timestamp: 180_000, value: 9 },
    ]);
    expect(resample(points, { step: 60_000, method: 'last' }).map((p) => p.value)).toEqual([
      3, 5, 9,
    ]);
    // An origin of 30 s shifts the grid: [−30 s, 30 s), [30 s, 90 s), [150 s, 210 s).
    expect(resample(points, { step: 60_000, origin: 30_000 })).toEqual([
      { timestamp: -30_000, value: 1 },
      { timestamp: 30_000, value: 4 },
      { timestamp: 150_000, value: 9 },
    ]);
  });

  it('rollingWindow takes any reducer and gives nothing for a window longer than the series', () => {
    expect(rollingWindow([5, 1, 9, 3, 7], 3, (w) => median(w))).toEqual([5, 3, 7]);
    expect(rollingWindow([1, 2], 3)).toEqual([]);
  });

  it.each([
    ['alignSeries', () => alignSeries([{ timestamp: 1, value: Number.NaN }], [])],
    [
      'alignSeries',
      () =>
        alignSeries(
          [
            { timestamp: 1, value: 1 },
            { timestamp: 1, value: 2 },
          ],
          [],
        ),
    ],
    ['resample', () => resample([{ timestamp: 0, value: 1 }], { step: 0 })],
    ['resample', () => resample([{ timestamp: Infinity, value: 1 }], { step: 10 })],
    ['rollingWindow', () => rollingWindow([1, 2], 0)],
    ['rollingWindow', () => rollingWindow([1, Number.NaN], 1)],
    ['ewma', () => ewma([1, 2], 0)],
    ['ewma', () => ewma([1, 2], 1.5)],
    ['ewma', () => ewma([Infinity], 0.5)],
  ] as const)('%s rejects bad input with its name first', (name, call) => {
    expect(call).toThrow(new RegExp(`^${name}: `));
  });
});
