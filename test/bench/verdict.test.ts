import { describe, expect, it } from 'vitest';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import type { BenchmarkSeries } from '../../src/gates/bench/types.js';
import { benchmarkKeys, buildBenchVerdict } from '../../src/gates/bench/verdict.js';
import { createRandom, normalSample } from '../../src/stats/index.js';

function suite(
  factors: number[],
  seed = 3,
  names: (i: number) => string = (i) => `BM_${i}`,
  n = 12,
  cv = 0.01,
): { base: BenchmarkSeries[]; head: BenchmarkSeries[] } {
  const random = createRandom(seed);
  const make = (name: string, median: number): BenchmarkSeries => ({
    name,
    unit: 'ns',
    direction: 'smaller-is-better',
    kind: 'repetitions',
    samples: Array.from({ length: n }, () => median * Math.exp(normalSample(random, 0, cv))),
    source: { file: 'x.json' },
  });
  return {
    base: factors.map((_, i) => make(names(i), 1000)),
    head: factors.map((f, i) => make(names(i), 1000 * f)),
  };
}

const stored = { kind: 'files' as const, label: 'result files (base.json)' };

describe('buildBenchVerdict', () => {
  it('fails with a headline counting the regressions and tables of changes and the rest', () => {
    const { base, head } = suite([1.5, 1, 1, 0.5]);
    const analysis = analyzeBench(base, head, {
      ...defaultAnalysisOptions,
      baselineFrom: 'same-job',
    });
    const verdict = buildBenchVerdict(analysis, { key: 'default', baseline: stored });
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toBe('1 of 4 benchmarks regressed beyond 10%');
    expect(verdict.tables.map((t) => [t.id, t.rows.length])).toEqual([
      ['changes', 2],
      ['unchanged', 2],
    ]);
    // Regressions first in the changes table, then improvements; the verdict and the change
    // lead each row, the name (the one cell that can be long) ends it.
    expect(verdict.tables[0]?.rows.map((r) => [r[0], r[5]])).toEqual([
      ['regressed', { text: 'BM_0', code: true }],
      ['improved', { text: 'BM_3', code: true }],
    ]);
    expect(verdict.tables[0]?.columns.map((c) => c.header)).toEqual([
      'Verdict',
      'Change (90% CI)',
      'p (adj.)',
      'Base (median)',
      'Head (median)',
      'Benchmark',
    ]);
    const outputs = Object.fromEntries(
      verdict.metrics.filter((m) => m.output).map((m) => [m.key, m.value]),
    );
    expect(outputs).toMatchObject({ regressions: 1, improvements: 1, 'worst-benchmark': 'BM_0' });
    expect(String(outputs['worst-change'])).toMatch(/^\+4\d\.\d%$/);
  });

  it('passes with directions when there is no baseline yet', () => {
    const { head } = suite([1, 1]);
    const analysis = analyzeBench([], head, defaultAnalysisOptions);
    const verdict = buildBenchVerdict(analysis, {
      key: 'default',
      baseline: { kind: 'none', label: 'No stored baseline was found.' },
    });
    expect(verdict.status).toBe('pass');
    expect(verdict.headline).toBe('No baseline yet: 2 benchmarks recorded, nothing to compare');
    expect(verdict.notes.map((n) => n.text).join('\n')).toMatch(/same-job A\/B/);
  });

  it('warns of a suspected runner shift instead of failing', () => {
    const { base, head } = suite([1.3, 1.3, 1.3, 1.3, 1.3]);
    const analysis = analyzeBench(base, head, defaultAnalysisOptions);
    const verdict = buildBenchVerdict(analysis, { key: 'k', baseline: stored });
    expect(verdict.status).toBe('warn');
    expect(verdict.headline).toMatch(
      /^Suspected runner shift: almost every benchmark moved by \+30\.\d%/,
    );
    expect(verdict.key).toBe('k');
  });

  it('draws the trend of a regressed benchmark from the history', () => {
    const { base, head } = suite([1.5]);
    const analysis = analyzeBench(base, head, {
      ...defaultAnalysisOptions,
      baselineFrom: 'same-job',
    });
    const verdict = buildBenchVerdict(analysis, {
      key: 'default',
      baseline: stored,
      history: new Map([['BM_0', { labels: ['aaaaaaa', 'bbbbbbb'], values: [1000, 1010] }]]),
    });
    expect(verdict.charts).toHaveLength(1);
    expect(verdict.charts[0]?.xLabels).toEqual(['aaaaaaa', 'bbbbbbb', 'this PR']);
    // In the unit the table shows the head's median in (1.5 µs), not in nanoseconds.
    expect(verdict.charts[0]?.yLabel).toBe('µs');
    expect(verdict.charts[0]?.series[0]?.values.slice(0, 2)).toEqual([1, 1.01]);
    expect(verdict.charts[0]?.series[0]?.values[2]).toBeGreaterThan(1.4);
    expect(verdict.charts[0]?.series[0]?.values[2]).toBeLessThan(1.6);
  });

  it('counts benchmarks and metrics apart: ns/op and B/op of one benchmark are one benchmark', () => {
    const names = [
      'BenchmarkDecode',
      'BenchmarkDecode (B/op)',
      'BenchmarkEncode',
      'BenchmarkEncode (B/op)',
    ];
    const { base, head } = suite([1.5, 1.5, 1, 1], 3, (i) => names[i] ?? '');
    const analysis = analyzeBench(base, head, {
      ...defaultAnalysisOptions,
      baselineFrom: 'same-job',
    });
    const verdict = buildBenchVerdict(analysis, { key: 'default', baseline: stored });
    expect(verdict.headline).toBe('1 of 2 benchmarks regressed beyond 10% (2 of 4 metrics)');
    const metrics = Object.fromEntries(verdict.metrics.map((m) => [m.key, m.value]));
    expect(metrics).toMatchObject({ benchmarks: 2, metrics: 4, regressions: 1 });
    // The rows below the headline are the 4 metrics, 2 of them regressed.
    expect(verdict.tables[0]?.rows).toHaveLength(2);
  });

  it('groups metric series by benchmark only where the name is a metric suffix', () => {
    const keys = benchmarkKeys([
      'BenchmarkFib10-8',
      'BenchmarkFib10-8 (B/op)',
      'BenchmarkFib10-8 (allocs/op)',
      'BM_Counter (items)',
      'BM_Counter (bytes)',
      'test_parse (fast path)',
    ]);
    expect([...new Set(keys.values())]).toEqual([
      'BenchmarkFib10-8',
      'BM_Counter',
      'test_parse (fast path)',
    ]);
  });

  it('states what the suite detects once, from the same rule as the verdicts', () => {
    const { base, head } = suite(
      Array.from({ length: 50 }, (_, i) => (i === 0 ? 1.3 : 1)),
      5,
      (i) => `BM_${i}`,
      5,
      0.03,
    );
    const analysis = analyzeBench(base, head, {
      ...defaultAnalysisOptions,
      baselineFrom: 'same-job',
    });
    const verdict = buildBenchVerdict(analysis, { key: 'default', baseline: stored });
    expect(verdict.status).toBe('fail');
    const texts = verdict.notes.map((n) => n.text).join('\n');
    expect(texts).toMatch(
      /With 5 repetitions per side at a typical noise of \d\.\d%, a regression fails this gate reliably \(80% of the time\) from \+1\d\.\d% on \(threshold 10%, Holm's correction across 50 benchmarks\)\./,
    );
    expect(texts).not.toMatch(/cannot|run at least/);
  });

  it('says when a lone regression cannot pass the correction, and never beside a regression', () => {
    const { base, head } = suite([2, 1], 3, (i) => `BM_${i}`, 3);
    const analysis = analyzeBench(base, head, {
      ...defaultAnalysisOptions,
      baselineFrom: 'same-job',
    });
    const verdict = buildBenchVerdict(analysis, { key: 'default', baseline: stored });
    expect(verdict.status).toBe('warn');
    const warning = verdict.notes.find((n) => n.level === 'warning')?.text ?? '';
    expect(warning).toMatch(
      /^With 3 repetitions per side, a regression of a single benchmark cannot pass Holm's correction across 2 benchmarks: .* \(1\/20\), and it would have to be below 0\.025\. For a \+20% regression to fail, about 4 repetitions on each side would bring it to \+20%\.$/,
    );
    expect(verdict.notes.map((n) => n.text)).toContain(
      'BM_0: inconclusive with 3 repetitions per side; about 4 on each side would settle a change of this size (80% of the time).',
    );
  });

  it('describes unequal sides as they are', () => {
    const random = createRandom(8);
    const make = (name: string, n: number, median: number): BenchmarkSeries => ({
      name,
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
      samples: Array.from({ length: n }, () => median * Math.exp(normalSample(random, 0, 0.02))),
      source: { file: 'x.json' },
    });
    const base = Array.from({ length: 18 }, (_, i) => make(`BM_${i}`, 4, 1000));
    const head = Array.from({ length: 18 }, (_, i) => make(`BM_${i}`, 20, i === 0 ? 2000 : 1000));
    const analysis = analyzeBench(base, head, {
      ...defaultAnalysisOptions,
      baselineFrom: 'same-job',
    });
    const verdict = buildBenchVerdict(analysis, { key: 'default', baseline: stored });
    expect(verdict.headline).toBe('1 of 18 benchmarks regressed beyond 10%');
    const texts = verdict.notes.map((n) => n.text).join('\n');
    expect(texts).toMatch(/With 4 base and 20 head repetitions at a typical noise of/);
    expect(texts).not.toMatch(/cannot/);
  });
});
