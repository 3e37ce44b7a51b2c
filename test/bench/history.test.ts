/** The bench history file: building entries, JSON-lines round trips, retention, trends and noise. */
import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  HISTORY_SCHEMA,
  historyEntry,
  historyFilePath,
  noiseFromHistory,
  parseHistory,
  trendFor,
  type HistoryEntry,
} from '../../src/gates/bench/history.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import type { BenchmarkSeries } from '../../src/gates/bench/types.js';

/** R's consistency constant of mad(), written out here rather than imported from the code under test. */
const R_MAD_CONSTANT = 1.4826;

function series(name: string, samples: number[], unit = 'ns'): BenchmarkSeries {
  return {
    name,
    unit,
    direction: 'smaller-is-better',
    samples,
    kind: samples.length > 1 ? 'repetitions' : 'summary',
    source: { file: 'bench.json' },
  };
}

const sha = (c: string): string => c.repeat(40);

/** An entry of one benchmark `name` with a single-sample median. */
function run(commit: string, medianValue: number, runId?: string, name = 'BM_Sort'): HistoryEntry {
  return historyEntry(
    'default',
    commit,
    '2026-11-23T10:00:00.000Z',
    [series(name, [medianValue])],
    runId === undefined ? {} : { runId },
  );
}

/** Appends every entry in turn to an empty file. */
function fileOf(entries: HistoryEntry[], retention = 500): string {
  return entries.reduce((text, entry) => appendHistory(text, entry, retention), '');
}

describe('historyEntry', () => {
  it('keeps the median, the count and the MAD of the log samples, not the samples', () => {
    const entry = historyEntry(
      'default',
      sha('a'),
      '2026-11-23T10:00:00.000Z',
      [series('BM_Sort', [10, 40, 20]), series('BM_One', [7])],
      { ref: 'refs/heads/main', runId: '123' },
    );
    expect(entry).toEqual({
      schema: HISTORY_SCHEMA,
      suite: 'default',
      sha: sha('a'),
      ref: 'refs/heads/main',
      createdAt: '2026-11-23T10:00:00.000Z',
      runId: '123',
      benchmarks: [
        // logs 10, 20, 40 lie ln 2 apart: absolute deviations from ln 20 are ln 2, 0, ln 2.
        {
          name: 'BM_Sort',
          unit: 'ns',
          direction: 'smaller-is-better',
          median: 20,
          n: 3,
          noise: expect.closeTo(R_MAD_CONSTANT * Math.LN2, 12),
        },
        // One sample: no spread to speak of.
        { name: 'BM_One', unit: 'ns', direction: 'smaller-is-better', median: 7, n: 1 },
      ],
    });
  });

  it('gives no noise when a sample is zero (allocs/op), instead of failing on log 0', () => {
    const entry = historyEntry('s', sha('a'), 't', [series('allocs', [0, 0, 1], 'allocs/op')]);
    expect(entry.benchmarks[0]).toEqual({
      name: 'allocs',
      unit: 'allocs/op',
      direction: 'smaller-is-better',
      median: 0,
      n: 3,
    });
  });

  it('does not mutate its input', () => {
    const samples = Object.freeze([3, 1, 2]) as number[];
    const input = Object.freeze([series('x', samples)]);
    expect(historyEntry('s', sha('a'), 't', input).benchmarks[0]?.median).toBe(2);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('parseHistory and appendHistory', () => {
  it('round-trips entries as one compact JSON object per line', () => {
    const entries = [run(sha('a'), 100, '1'), run(sha('b'), 110, '2')];
    const text = fileOf(entries);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual(entries[0]);
    expect(text).not.toContain('samples');
    expect(text).not.toMatch(/\n\s/);
    expect(parseHistory(text, 'h.jsonl')).toEqual({ entries, unreadable: [] });
  });

  it('reads CRLF files and skips blank lines', () => {
    const a = run(sha('a'), 1);
    const text = `\r\n${JSON.stringify(a)}\r\n\r\n`;
    expect(parseHistory(text, 'h.jsonl')).toEqual({ entries: [a], unreadable: [] });
  });

  it.each([
    ['not JSON', '{"schema": "kaizen-gates/bench-history@1", "sha": '],
    ['another schema', JSON.stringify({ ...run(sha('a'), 1), schema: 'other@2' })],
    [
      'a median that is a string',
      JSON.stringify(run(sha('a'), 1)).replace('"median":1', '"median":"1"'),
    ],
    ['a zero sample count', JSON.stringify(run(sha('a'), 1)).replace('"n":1', '"n":0')],
    ['a numeric run id', JSON.stringify({ ...run(sha('a'), 1), runId: 7 })],
    ['an array', '[1, 2]'],
  ])('keeps a line with %s verbatim as unreadable', (_what, line) => {
    const good = run(sha('b'), 2);
    const text = `${JSON.stringify(good)}\n${line}\n`;
    expect(parseHistory(text, 'h.jsonl')).toEqual({
      entries: [good],
      unreadable: [{ line: 2, text: line }],
    });
  });

  it('keeps a damaged line, in place, when appending', () => {
    const damaged = '{"schema":"kaizen-gates/bench-history@1", truncated by a hand edi';
    const text = `${JSON.stringify(run(sha('a'), 1))}\n${damaged}\n`;
    const appended = appendHistory(text, run(sha('b'), 2), 500);
    expect(appended.split('\n')).toEqual([
      JSON.stringify(run(sha('a'), 1)),
      damaged,
      JSON.stringify(run(sha('b'), 2)),
      '',
    ]);
    expect(parseHistory(appended, 'h.jsonl').unreadable).toEqual([{ line: 2, text: damaged }]);
  });

  it('drops only the oldest readable entries beyond the retention', () => {
    const unknown = '{"schema":"kaizen-gates/bench-history@2","from":"a newer writer"}';
    const text = [run(sha('1'), 1), run(sha('2'), 2)]
      .map((e) => JSON.stringify(e))
      .concat(unknown, JSON.stringify(run(sha('3'), 3)))
      .join('\n');
    const appended = appendHistory(text, run(sha('4'), 4), 2);
    const parsed = parseHistory(appended, 'h.jsonl');
    expect(parsed.entries.map((e) => e.benchmarks[0]?.median)).toEqual([3, 4]);
    // The line we do not understand is never counted nor dropped.
    expect(parsed.unreadable).toEqual([{ line: 1, text: unknown }]);
  });

  it('keeps exactly `retention` entries when appending one at a time', () => {
    const text = fileOf(
      Array.from({ length: 12 }, (_, i) => run(sha(String(i % 10)), i + 1, String(i))),
      5,
    );
    expect(parseHistory(text, 'h.jsonl').entries.map((e) => e.benchmarks[0]?.median)).toEqual([
      8, 9, 10, 11, 12,
    ]);
  });

  it('does not add a run twice (same sha and run id), but adds another run of the same sha', () => {
    const once = fileOf([run(sha('a'), 100, '7')]);
    expect(appendHistory(once, run(sha('a'), 101, '7'), 500)).toBe(once);
    const twice = appendHistory(once, run(sha('a'), 102, '8'), 500);
    expect(parseHistory(twice, 'h.jsonl').entries.map((e) => e.runId)).toEqual(['7', '8']);
    // Without run ids, the sha alone identifies the run.
    const bare = fileOf([run(sha('c'), 1)]);
    expect(appendHistory(bare, run(sha('c'), 2), 500)).toBe(bare);
  });

  it.each([0, -1, 2.5, Number.NaN])('refuses a retention of %s', (retention) => {
    expect(() => appendHistory('', run(sha('a'), 1), retention)).toThrow(
      /^appendHistory: retention must be a positive integer/,
    );
  });
});

describe('hostile files', () => {
  const tooBig = 'x'.repeat(20 * 1024 * 1024 + 1);

  it('refuses a file over 20 MB, naming it', () => {
    let error: unknown;
    try {
      parseHistory(tooBig, 'kaizen-data:bench/default.jsonl');
    } catch (caught) {
      error = caught;
    }
    expect(isConfigurationError(error)).toBe(true);
    expect(String(error)).toMatch(/kaizen-data:bench\/default\.jsonl is over 20 MB/);
  });

  it('refuses a line over 1 MB, counting UTF-8 bytes, naming the file and line', () => {
    const ok = JSON.stringify(run(sha('a'), 1));
    // 400,000 euro signs are 1.2 MB in UTF-8 although only 400,000 characters long.
    const line = `"${'€'.repeat(400_000)}"`;
    expect(() => parseHistory(`${ok}\n${line}\n`, 'h.jsonl')).toThrow(
      /h\.jsonl has a line over 1 MB \(line 2\)/,
    );
    expect(() => appendHistory(`${ok}\n${line}\n`, run(sha('b'), 2), 5, 'h.jsonl')).toThrow(
      /over 1 MB/,
    );
  });

  it('accepts a line just under 1 MB', () => {
    const line = 'y'.repeat(1024 * 1024);
    expect(parseHistory(line, 'h.jsonl').unreadable).toHaveLength(1);
  });
});

describe('trendFor', () => {
  const entries = [
    run(sha('1'), 10),
    run(sha('2'), 20, undefined, 'BM_Other'),
    run(sha('3'), 30),
    run(sha('4'), 40),
    run(sha('5'), 50),
  ];

  it('lists the runs that have the benchmark, oldest first, labelled by short sha', () => {
    expect(trendFor(entries, 'BM_Sort')).toEqual({
      labels: ['1111111', '3333333', '4444444', '5555555'],
      values: [10, 30, 40, 50],
    });
  });

  it('keeps the last `limit` of them', () => {
    expect(trendFor(entries, 'BM_Sort', 2)).toEqual({
      labels: ['4444444', '5555555'],
      values: [40, 50],
    });
    expect(trendFor(entries, 'BM_Missing')).toEqual({ labels: [], values: [] });
    expect(() => trendFor(entries, 'BM_Sort', 0)).toThrow(/^trendFor: limit/);
  });

  it('does not mix units when a benchmark changed unit', () => {
    const bytes = historyEntry('default', sha('6'), 't', [series('BM_Sort', [4096], 'B')]);
    expect(trendFor([...entries, bytes], 'BM_Sort')).toEqual({
      labels: ['6666666'],
      values: [4096],
    });
  });
});

describe('noiseFromHistory', () => {
  it('is the scaled MAD of the log medians', () => {
    const medians = [100, 110, 90, 105, 95];
    const entries = medians.map((m, i) => run(sha(String(i)), m));
    // By hand: the median log is ln 100; the deviations are ln 1.1, ln(10/9), ln 1.05,
    // ln(100/95) and 0, whose median is ln(100/95) ≈ 0.0513.
    const expected = R_MAD_CONSTANT * Math.log(100 / 95);
    expect(noiseFromHistory(entries, 'BM_Sort')).toBeCloseTo(expected, 12);
    expect(noiseFromHistory(entries, 'BM_Sort')).toBeCloseTo(0.07605, 4);
  });

  it('needs the minimum number of runs', () => {
    const entries = [100, 110, 90, 105].map((m, i) => run(sha(String(i)), m));
    expect(noiseFromHistory(entries, 'BM_Sort')).toBeUndefined();
    expect(noiseFromHistory(entries, 'BM_Sort', 4)).toBeGreaterThan(0);
    expect(noiseFromHistory(entries, 'BM_Missing', 1)).toBeUndefined();
  });

  it('looks only at the most recent runs', () => {
    // An old, very noisy era followed by five steady runs.
    const medians = [10, 1000, 10, 1000, 10, 200, 200, 200, 200, 200];
    const entries = medians.map((m, i) => run(sha(String(i)), m));
    expect(noiseFromHistory(entries, 'BM_Sort', 5, 5)).toBe(0);
    expect(noiseFromHistory(entries, 'BM_Sort', 5, 10)).toBeGreaterThan(1);
  });
});

describe('historyFilePath', () => {
  it('gives each suite its own file under bench/', () => {
    expect(historyFilePath('default')).toBe('bench/default.jsonl');
    expect(historyFilePath('api/v2 (linux)')).toBe('bench/api%2Fv2%20(linux).jsonl');
    expect(historyFilePath('a/b')).not.toBe(historyFilePath('a_b'));
  });
});
