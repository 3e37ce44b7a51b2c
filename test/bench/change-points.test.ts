/**
 * Change points of a stored bench history: the series each benchmark gives, and where E-Divisive
 * (as Apache Otava runs it) places its steps, on Otava's TigerBeetle series stored as a history
 * (test/fixtures/bench/otava/, origin in SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  benchmarkSeries,
  defaultChangePointOptions,
  describeSince,
  findChangePoints,
  parseSince,
  sinceStart,
  type Since,
} from '../../src/gates/bench/change-points.js';
import type { HistoryBenchmark, HistoryEntry } from '../../src/gates/bench/history.js';
import { HISTORY_SCHEMA } from '../../src/gates/bench/history.js';

const tigerbeetle: number[] = (
  JSON.parse(
    readFileSync(new URL('../fixtures/bench/otava/tigerbeetle.json', import.meta.url), 'utf8'),
  ) as { series: number[] }
).series;

/** A 40-hex sha that shows its run in its first digits, e.g. run 15 → `0015000…`. */
function shaOf(run: number): string {
  return `${String(run).padStart(4, '0')}${'0'.repeat(36)}`;
}

/** One history entry per run, one day apart from 2026-01-01, with the benchmarks `of` gives. */
function historyOf(
  runs: number,
  of: (run: number) => HistoryBenchmark[],
  suite = 'default',
): HistoryEntry[] {
  return Array.from({ length: runs }, (_, run) => ({
    schema: HISTORY_SCHEMA,
    suite,
    sha: shaOf(run),
    createdAt: new Date(Date.UTC(2026, 0, 1) + run * 86_400_000).toISOString(),
    benchmarks: of(run),
  }));
}

const bench = (
  name: string,
  median: number,
  direction: HistoryBenchmark['direction'] = 'bigger-is-better',
  unit = 'ops/s',
): HistoryBenchmark => ({ name, unit, direction, median, n: 5 });

describe('benchmarkSeries', () => {
  it('gives one series per benchmark, in the order they first appear, with each run placed', () => {
    const entries = historyOf(4, (run) => [
      ...(run >= 2 ? [bench('late', run)] : []),
      bench('early', 10 + run),
    ]);
    const series = benchmarkSeries(entries);
    expect(series.map((s) => s.name)).toEqual(['early', 'late']);
    expect(series[1]?.points).toEqual([
      { entry: 2, sha: shaOf(2), createdAt: '2026-01-03T00:00:00.000Z', value: 2 },
      { entry: 3, sha: shaOf(3), createdAt: '2026-01-04T00:00:00.000Z', value: 3 },
    ]);
  });

  it('keeps the runs in the newest unit and direction, and one suite when told', () => {
    const entries = [
      ...historyOf(3, (run) => [bench('b', run + 1, 'smaller-is-better', 'ms')], 'other'),
      ...historyOf(3, (run) => [bench('b', run + 100, 'smaller-is-better', run < 1 ? 'ms' : 'ns')]),
    ];
    const [all] = benchmarkSeries(entries);
    expect(all?.unit).toBe('ns');
    expect(all?.points.map((p) => p.value)).toEqual([101, 102]);
    const [other] = benchmarkSeries(entries, 'other');
    expect(other?.points.map((p) => [p.entry, p.value])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });
});

describe('findChangePoints on the TigerBeetle history', () => {
  const entries = historyOf(tigerbeetle.length, (run) => [
    bench('tigerbeetle', tigerbeetle[run] as number),
  ]);

  it('finds Otava’s [15, 71] with the defaults, with commit ranges and directions', () => {
    const [found] = findChangePoints(benchmarkSeries(entries), defaultChangePointOptions);
    const points = found?.changePoints ?? [];
    expect(points.map((p) => p.index)).toEqual([15, 71]);
    const [drop, rise] = points;
    expect(drop?.before.sha).toBe(shaOf(14));
    expect(drop?.after.sha).toBe(shaOf(15));
    expect(drop?.after.createdAt).toBe('2026-01-16T00:00:00.000Z');
    // Throughput (bigger is better): the drop at 15 is a regression, the rise at 71 is not.
    expect(drop?.regression).toBe(true);
    expect(rise?.regression).toBe(false);
    expect(drop?.change).toBeCloseTo(23828.76785714286 / 26000.666666666668 - 1, 12);
    // Otava's magnitude is the larger of the forward and backward relative changes.
    expect(drop?.magnitude).toBeCloseTo(26000.666666666668 / 23828.76785714286 - 1, 12);
    expect(drop?.pValue).toBeLessThan(1e-6);
  });

  it('reads a rise as a regression when smaller is better', () => {
    const slower = historyOf(tigerbeetle.length, (run) => [
      bench('latency', tigerbeetle[run] as number, 'smaller-is-better', 'ns'),
    ]);
    const [found] = findChangePoints(benchmarkSeries(slower), defaultChangePointOptions);
    expect(found?.changePoints.map((p) => p.regression)).toEqual([false, true]);
  });

  it('applies Otava’s options: window 30, p 0.1, magnitude 5% finds [10, 11, 15, 71, 363]', () => {
    const [found] = findChangePoints(benchmarkSeries(entries), {
      window: 30,
      significance: 0.1,
      minMagnitude: 0.05,
    });
    expect(found?.changePoints.map((p) => p.index)).toEqual([10, 11, 15, 71, 363]);
  });

  it('does not search a benchmark with fewer than 3 runs', () => {
    const found = findChangePoints(
      benchmarkSeries(historyOf(2, (run) => [bench('b', run === 0 ? 1 : 100)])),
    );
    expect(found[0]?.changePoints).toEqual([]);
  });
});

describe('since', () => {
  it.each([
    ['10', { kind: 'runs', count: 10 }, 'the newest 10 runs'],
    ['1', { kind: 'runs', count: 1 }, 'the newest run'],
    ['ABC1234', { kind: 'commit', sha: 'abc1234' }, 'the runs since commit abc1234'],
    [
      '2026-01-20',
      { kind: 'date', time: Date.UTC(2026, 0, 20), text: '2026-01-20' },
      'the runs since 2026-01-20',
    ],
  ] as const)('reads %j', (text, since, described) => {
    expect(parseSince(text, '--since')).toEqual(since);
    expect(describeSince(since)).toBe(described);
  });

  it.each([
    ['0', "--since is '0'; a number of runs is at least 1."],
    [
      'yesterday',
      "--since is 'yesterday'; expected a number of recent runs (10), a commit sha (7 to 40 hex digits) or a date (2026-11-30).",
    ],
    ['2026-13-45', "--since is '2026-13-45'; expected a number of recent runs (10)"],
  ])('refuses %j', (text, message) => {
    expect(() => parseSince(text, '--since')).toThrow(message);
  });

  const entries = historyOf(30, () => [bench('b', 1)]);
  it.each([
    [{ kind: 'runs', count: 10 }, 20],
    [{ kind: 'runs', count: 100 }, 0],
    [{ kind: 'commit', sha: shaOf(12).slice(0, 8) }, 12],
    [{ kind: 'date', time: Date.UTC(2026, 0, 20), text: '2026-01-20' }, 19],
    [{ kind: 'date', time: Date.UTC(2027, 0, 1), text: '2027-01-01' }, 30],
  ] as [Since, number][])('places %j at run %d', (since, first) => {
    expect(sinceStart(entries, since, 'h.jsonl')).toBe(first);
  });

  it('says which history lacks a commit', () => {
    expect(() => sinceStart(entries, { kind: 'commit', sha: 'fffffff' }, 'h.jsonl')).toThrow(
      "Input 'since': no run of commit fffffff is stored in h.jsonl; name a stored commit, a date or a number of runs.",
    );
  });
});
