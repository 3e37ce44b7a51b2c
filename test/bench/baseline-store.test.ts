/**
 * The bench baseline on the shared snapshot store: real Google Benchmark and hyperfine results
 * stored and read back unchanged, the nearest stored ancestor found, and a damaged baseline
 * refused with the messages the bench gate has always given.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BASELINE_SCHEMA,
  findBaseline,
  parseStoredBaseline,
  serializeBaseline,
  type StoredBaseline,
} from '../../src/gates/bench/baseline-store.js';
import { directoryStore } from '../../src/history/directory-store.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import { parseFixture } from '../bench-parse/fixture.js';

const sha = (c: string): string => c.repeat(40);

function baselineOf(file: string, commit: string): StoredBaseline {
  return {
    schema: BASELINE_SCHEMA,
    suite: 'default',
    sha: commit,
    createdAt: '2026-11-23T10:00:00.000Z',
    benchmarks: parseFixture(file).benchmarks,
  };
}

describe('bench baselines', () => {
  it('store real results and read them back unchanged, as one line in the same key order', () => {
    for (const file of [
      'generated/google_benchmark_repetitions.json',
      'generated/hyperfine_three_commands.json',
    ]) {
      const baseline = baselineOf(file, sha('a'));
      const text = serializeBaseline(baseline);
      expect(text.endsWith('}\n')).toBe(true);
      expect(text.split('\n')).toHaveLength(2);
      expect(Object.keys(JSON.parse(text) as object)).toEqual([
        'schema',
        'suite',
        'sha',
        'createdAt',
        'benchmarks',
      ]);
      const back = parseStoredBaseline(text, 'stored baseline');
      // What the analysis reads survives; where it came from is kept as the file name only.
      expect(back.benchmarks.map((b) => [b.name, b.unit, b.direction, b.kind, b.samples])).toEqual(
        baseline.benchmarks.map((b) => [b.name, b.unit, b.direction, b.kind, b.samples]),
      );
      expect(back.benchmarks.map((b) => b.source)).toEqual(
        baseline.benchmarks.map((b) => ({ file: b.source.file })),
      );
    }
  });

  it('are found at the nearest stored ancestor of the merge base', async () => {
    const store = directoryStore(mkdtempSync(join(tmpdir(), 'kaizen-baselines-')));
    const stored = baselineOf('generated/google_benchmark_repetitions.json', sha('2'));
    await store.write('default', sha('2'), serializeBaseline(stored));
    const found = await findBaseline(store, 'default', [sha('3'), sha('2'), sha('1')]);
    expect(found?.distance).toBe(1);
    expect(found?.baseline).toEqual(parseStoredBaseline(serializeBaseline(stored), 'x'));
    expect(await findBaseline(store, 'other-suite', [sha('2')])).toBeUndefined();
  });

  const good = JSON.parse(
    serializeBaseline(baselineOf('generated/google_benchmark_repetitions.json', sha('a'))),
  ) as Record<string, unknown>;

  it.each([
    ['not JSON', '{"schema":', /^The stored baseline of x is not valid JSON \(/],
    [
      'another schema',
      JSON.stringify({ ...good, schema: 'kaizen-gates/bench-baseline@2' }),
      /^The stored baseline of x is not a kaizen-gates baseline \(schema kaizen-gates\/bench-baseline@1\)\.$/,
    ],
    [
      'no benchmarks',
      JSON.stringify({ ...good, benchmarks: undefined }),
      /^The stored baseline of x lacks suite, sha, createdAt or benchmarks\.$/,
    ],
    [
      'no createdAt',
      JSON.stringify({ ...good, createdAt: 1 }),
      /^The stored baseline of x lacks suite, sha, createdAt or benchmarks\.$/,
    ],
    [
      'a benchmark without a direction',
      JSON.stringify({ ...good, benchmarks: [{ name: 'a', unit: 'ns', kind: 'summary' }] }),
      /^The stored baseline of x, benchmark 1 is malformed \(name, unit, direction, kind or samples\)\.$/,
    ],
    [
      'a negative sample',
      JSON.stringify({
        ...good,
        benchmarks: [
          {
            name: 'a',
            unit: 'ns',
            direction: 'smaller-is-better',
            kind: 'repetitions',
            samples: [1, -2],
          },
        ],
      }),
      /^The stored baseline of x, benchmark 1 has samples that are not positive finite numbers\.$/,
    ],
  ])('refuse %s, naming the baseline', (_what, text, message) => {
    let caught: unknown;
    try {
      parseStoredBaseline(text, 'stored baseline of x');
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(message);
  });
});
