import { describe, expect, it } from 'vitest';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import type { BenchmarkSeries } from '../../src/gates/bench/types.js';
import { buildBenchVerdict } from '../../src/gates/bench/verdict.js';
import { createRandom, normalSample } from '../../src/stats/index.js';

function suite(factors: number[], seed = 3): { base: BenchmarkSeries[]; head: BenchmarkSeries[] } {
  const random = createRandom(seed);
  const make = (name: string, median: number): BenchmarkSeries => ({
    name,
    unit: 'ns',
    direction: 'smaller-is-better',
    kind: 'repetitions',
    samples: Array.from({ length: 12 }, () => median * Math.exp(normalSample(random, 0, 0.01))),
    source: { file: 'x.json' },
  });
  return {
    base: factors.map((_, i) => make(`BM_${i}`, 1000)),
    head: factors.map((f, i) => make(`BM_${i}`, 1000 * f)),
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
    // Regressions first in the changes table, then improvements.
    expect(verdict.tables[0]?.rows.map((r) => r[0])).toEqual([
      { text: 'BM_0', code: true },
      { text: 'BM_3', code: true },
    ]);
    expect(verdict.tables[0]?.columns[3]?.header).toBe('Change (90% CI)');
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
});
