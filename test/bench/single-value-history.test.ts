/**
 * Single values judged against stored runs, through the history layer, the analysis and the
 * gate's run. Head files are real tool outputs (test/fixtures/bench/generated, see SOURCES.md);
 * stored runs are simulated around their values with a seeded generator, since a real history
 * of unchanged code is what the replay benchmark (bench/replay.ts) models.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeBench } from '../../src/gates/bench/analyze.js';
import {
  historyEntry,
  historyOfAncestry,
  storedRunValues,
  type HistoryEntry,
} from '../../src/gates/bench/history.js';
import { readBenchInputs } from '../../src/gates/bench/inputs.js';
import { buildBenchVerdict } from '../../src/gates/bench/verdict.js';
import { defaultAnalysisOptions } from '../../src/gates/bench/options.js';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { baselineRuns, runBench } from '../../src/gates/bench/run.js';
import type { BenchmarkSeries } from '../../src/gates/bench/types.js';
import { silentLogger } from '../../src/shared/logger.js';
import { createRandom, normalSample } from '../../src/stats/index.js';

const fixture = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/bench/generated/${name}`, import.meta.url));
const benchmarkjsPath = fixture('benchmarkjs_suite.txt');
const cargoPath = fixture('cargo_libtest_bench.txt');

function entry(
  sha: string,
  values: Record<string, number>,
  like?: readonly BenchmarkSeries[],
): HistoryEntry {
  const series: BenchmarkSeries[] = Object.entries(values).map(([name, value]) => {
    const model = like?.find((s) => s.name === name);
    return {
      name,
      unit: model?.unit ?? 'ns',
      direction: model?.direction ?? 'smaller-is-better',
      samples: [value],
      kind: 'summary',
      source: { file: 'history' },
    };
  });
  return historyEntry('default', sha, '2026-12-01T00:00:00Z', series);
}

describe('historyOfAncestry', () => {
  const entries = ['old1', 'old2', 'a1', 'side', 'a2', 'a3', 'after1', 'after2'].map((sha) =>
    entry(sha, { x: 1 }),
  );
  const shas = (list: HistoryEntry[]): string[] => list.map((e) => e.sha);

  it("keeps the runs of the merge base's ancestry and the older ones, not later or side runs", () => {
    expect(shas(historyOfAncestry(entries, ['a3', 'a2', 'a1']))).toEqual([
      'old1',
      'old2',
      'a1',
      'a2',
      'a3',
    ]);
  });

  it('keeps everything without an ancestry or when none of it was stored', () => {
    expect(historyOfAncestry(entries, undefined)).toHaveLength(8);
    expect(historyOfAncestry(entries, ['zz', 'yy'])).toHaveLength(8);
  });

  it('drops an earlier attempt of the commit under test', () => {
    expect(shas(historyOfAncestry(entries, undefined, 'after2'))).not.toContain('after2');
  });
});

describe('storedRunValues', () => {
  it('gives one value per run of the window, undefined where a run lacks it or its unit differs', () => {
    const entries = [
      entry('c1', { x: 10, y: 5 }),
      entry('c2', { x: 11 }),
      entry('c3', { x: 12, y: 6 }),
    ];
    const values = storedRunValues(entries, [
      { name: 'x', unit: 'ns' },
      { name: 'y', unit: 'ns' },
      { name: 'x', unit: 'B' },
    ]);
    expect(values.get('y')).toEqual([5, undefined, 6]);
    expect(storedRunValues(entries, [{ name: 'x', unit: 'ns' }], 2).get('x')).toEqual([11, 12]);
    expect(storedRunValues(entries, [{ name: 'x', unit: 'B' }]).get('x')).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(() => storedRunValues(entries, [], 0)).toThrow(/^storedRunValues: /);
  });
});

/** A head suite from a real cargo libtest run (single values with a reported ± spread). */
function cargoHead(): BenchmarkSeries[] {
  return parseBenchFile({ path: cargoPath, text: readFileSync(cargoPath, 'utf8') }).benchmarks;
}

/** `runs` stored runs around the head's values: lognormal run-to-run noise `noise`. */
function storedAround(head: readonly BenchmarkSeries[], runs: number, noise: number, seed: number) {
  const random = createRandom(seed);
  return Array.from({ length: runs }, (_, r) =>
    entry(
      `c${r}`,
      Object.fromEntries(
        head.map((s) => [s.name, (s.samples[0] ?? 1) * Math.exp(normalSample(random, 0, noise))]),
      ),
      head,
    ),
  );
}

/** A head suite from a real benchmark.js run (ops/s, bigger is better, with a ± margin). */
function benchmarkjsHead(): BenchmarkSeries[] {
  return parseBenchFile({ path: benchmarkjsPath, text: readFileSync(benchmarkjsPath, 'utf8') })
    .benchmarks;
}

describe('analyzeBench with stored runs', () => {
  const head = benchmarkjsHead();

  it('judges a real run of single values against 20 stored runs', () => {
    expect(head.every((s) => s.kind === 'summary')).toBe(true);
    const entries = storedAround(head, 20, 0.05, 1);
    const storedRuns = { values: storedRunValues(entries, head), source: 'history' };
    const base = head.map((s) => ({ ...s, samples: [s.samples[0] ?? 1] }));
    const analysis = analyzeBench(
      base,
      head,
      { ...defaultAnalysisOptions, singleValue: 'fail' },
      {
        storedRuns,
      },
    );
    expect(analysis.singleValues?.benchmarks).toBe(head.length);
    expect(analysis.singleValues?.runs).toBe(20);
    for (const c of analysis.comparisons) {
      expect(c.method).toBe('single-value');
      expect(c.historyRuns).toBe(20);
      expect(c.verdict).toBe('unchanged');
    }
    // The same head 4× slower on one benchmark is proven beyond benchmark.js's own ±18% margin
    // (the noise's lower bound here), and fails under `fail`.
    const [first] = head;
    expect(first?.direction).toBe('bigger-is-better');
    const slower = head.map((s) =>
      s === first ? { ...s, samples: [(s.samples[0] ?? 1) / 4] } : s,
    );
    const failed = analyzeBench(
      base,
      slower,
      { ...defaultAnalysisOptions, singleValue: 'fail' },
      {
        storedRuns,
      },
    );
    expect(failed.comparisons.find((c) => c.name === first?.name)?.verdict).toBe('regressed');
    // The notes say what the verdict did: single values judged against the stored runs, one
    // proven regression failing, never "warns at most" beside a failure.
    const verdict = buildBenchVerdict(failed, {
      key: 'default',
      baseline: { kind: 'stored', label: 'the history' },
    });
    expect(verdict.status).toBe('fail');
    const notes = verdict.notes.map((n) => n.text).join('\n');
    expect(notes).toContain(
      `${head.length} benchmarks with a single value were judged against up to 20 stored runs (history)`,
    );
    expect(notes).toContain('fails (single-value: fail)');
    expect(notes).not.toMatch(/at most|none fails/);
    const warned = buildBenchVerdict(
      analyzeBench(base, slower, defaultAnalysisOptions, { storedRuns }),
      { key: 'default', baseline: { kind: 'stored', label: 'the history' } },
    );
    expect(warned.status).toBe('warn');
    expect(warned.notes.map((n) => n.text).join('\n')).toContain('none fails');
  });

  it('never fails on fewer than 5 stored runs, whatever single-value says', () => {
    const entries = storedAround(head, 3, 0.05, 2);
    const storedRuns = { values: storedRunValues(entries, head), source: 'history' };
    const base = head.map((s) => ({ ...s, samples: [s.samples[0] ?? 1] }));
    const slower = head.map((s) => ({ ...s, samples: [(s.samples[0] ?? 1) / 3] }));
    const analysis = analyzeBench(
      base,
      slower,
      { ...defaultAnalysisOptions, singleValue: 'fail' },
      {
        storedRuns,
      },
    );
    expect(analysis.singleValues).toBeUndefined();
    for (const c of analysis.comparisons) {
      expect(c.verdict).toBe('inconclusive');
      expect(c.reason).toMatch(/fewer than 5 stored runs/);
    }
  });
});

describe('baselineRuns', () => {
  it('reads several baseline files of single values as runs, one value per file', () => {
    const text = readFileSync(benchmarkjsPath, 'utf8');
    const files = ['run1.txt', 'run2.txt', 'run3.txt'].map((path) =>
      parseBenchFile({ path, text }),
    );
    const { base, runs } = baselineRuns(files);
    const names = files[0]?.benchmarks.map((s) => s.name) ?? [];
    expect(names.length).toBeGreaterThan(0);
    expect([...(runs?.keys() ?? [])]).toEqual(names);
    for (const series of base) {
      expect(series.kind).toBe('summary');
      expect(runs?.get(series.name)).toEqual([
        series.samples[0],
        series.samples[0],
        series.samples[0],
      ]);
    }
  });

  it('leaves a single baseline file as it was', () => {
    const text = readFileSync(benchmarkjsPath, 'utf8');
    const { base, runs } = baselineRuns([parseBenchFile({ path: 'one.txt', text })]);
    expect(runs).toBeUndefined();
    expect(base.length).toBeGreaterThan(0);
  });
});

describe('runBench with a history and no baseline', () => {
  it('uses the stored runs of the history as the baseline', async () => {
    const head = cargoHead();
    const stored = storedAround(head, 12, 0.04, 3);
    const inputs = readBenchInputs(
      Object.assign((name: string) => (name === 'current' ? cargoPath : ''), {}),
    );
    const verdict = await runBench(inputs, {
      logger: silentLogger,
      resolveFiles: async (patterns) => [...patterns],
      readFile: async (path) => readFileSync(path, 'utf8'),
      history: { label: 'test history', read: async () => stored, append: async () => undefined },
      now: () => new Date('2026-12-07T00:00:00Z'),
    });
    expect(verdict.status).toBe('pass');
    expect(verdict.notes.map((n) => n.text).join('\n')).toMatch(
      /the last 12 runs stored in the history \(test history\)/,
    );
  });
});
