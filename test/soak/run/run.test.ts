/**
 * The soak gate's one code path (runSoakGate) on real files: the parser fixtures of every format,
 * the example night in examples/soak/, and simulated runs whose leak is known by construction.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSoakRun } from '../../../src/gates/soak/read-runs.js';
import { runSoakGate, type SoakIo } from '../../../src/gates/soak/run.js';
import { streamTextFile } from '../../../src/gates/soak/stream-file.js';
import type { SoakAnalysis } from '../../../src/gates/soak/types.js';
import { resolveFiles } from '../../../src/io/files.js';
import { ConfigurationError } from '../../../src/shared/errors.js';
import type { Verdict } from '../../../src/verdict/types.js';
import { RecordingLogger } from '../../github/harness.js';
import { simulateNight } from './simulate.js';

const root = resolve(import.meta.dirname, '../../..');
const fixture = (path: string): string => join(root, 'test/fixtures/soak', path);
const example = join(root, 'examples/soak/nightly-run.csv');

function io(overrides: Partial<SoakIo> = {}): SoakIo {
  return {
    logger: new RecordingLogger(),
    resolveFiles,
    openFile: streamTextFile,
    appendHistory: false,
    now: () => new Date('2026-12-06T22:05:00Z'),
    ...overrides,
  };
}

function run(inputs: Record<string, string>, overrides: Partial<SoakIo> = {}): Promise<Verdict> {
  return runSoakGate((name) => inputs[name] ?? '', io(overrides));
}

function analysisOf(verdict: Verdict): SoakAnalysis {
  // The verdict carries the analysis as data for machines; read back through JSON like one.
  const data: unknown = JSON.parse(JSON.stringify(verdict.data));
  return (data as { analysis: SoakAnalysis }).analysis;
}

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'kaizen-soak-run-')), name);
  writeFileSync(path, text);
  return path;
}

describe('runSoakGate on the example night', () => {
  it('fails the 3%/h leak against the default 1%/h and finds the latency step at +35 min', async () => {
    const verdict = await run({
      input: example,
      slo: 'http_req_duration_p99_ms < 250\nerror_ratio < 0.001',
    });
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toMatch(
      /^process_resident_memory_bytes leaks \+\d+(\.\d+)?%\/h \(limit 1%\/h\); 2 SLOs met$/,
    );
    const analysis = analysisOf(verdict);
    const memory = analysis.trends.find((t) => t.series === 'process_resident_memory_bytes');
    // Simulated at 3% of the settled level per hour (examples/soak/generate.mjs).
    expect(memory?.classification).toBe('leak');
    expect(memory?.percentIntervalPerHour[0]).toBeLessThan(3);
    expect(memory?.percentIntervalPerHour[1]).toBeGreaterThan(3);
    const p99 = analysis.latency.find((l) => l.series === 'http_req_duration_p99_ms');
    const stepAt = 1_796_590_800 + 35 * 60;
    expect(p99?.changePoints.some((c) => Math.abs(c.t - stepAt) <= 120)).toBe(true);
    expect(analysis.warmup.detected).toBe(true);
    expect(verdict.metrics.find((m) => m.key === 'leaks')?.value).toBe(1);
    expect(verdict.metrics.find((m) => m.key === 'slos-missed')?.value).toBe(0);
  });

  it('reads the same verdict whatever the chunking of the stream', async () => {
    const text = readFileSync(example, 'utf8');
    async function* chunks(size: number): AsyncGenerator<string> {
      for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
    }
    const whole = await readSoakRun('nightly-run.csv', 'auto', chunks(text.length));
    for (const size of [1, 7, 4096]) {
      expect(await readSoakRun('nightly-run.csv', 'auto', chunks(size))).toEqual(whole);
    }
    expect(whole.series.map((s) => s.points.length)).toEqual([240, 240, 240, 240]);
  });
});

describe('runSoakGate on simulated nights', () => {
  it('passes a flat run and fails a missed objective', async () => {
    const flat = tempFile('flat.csv', simulateNight({ leakPercentPerHour: 0, seed: 11 }));
    const passing = await run({ input: flat, slo: 'latency_p99_ms < 250\nerror_ratio < 0.001' });
    expect(passing.status).toBe('pass');
    expect(passing.headline).toMatch(/^process_resident_memory_bytes does not leak/);

    const missed = await run({ input: flat, slo: 'latency_p99_ms < 150' });
    expect(missed.status).toBe('fail');
    expect(missed.headline).toMatch(/SLO latency_p99_ms < 150 missed \(\d+\.\d\d% attained\)$/);
  });

  it('lets a growth rule lift the default limit of a memory series', async () => {
    const leaking = tempFile('leak.csv', simulateNight({ leakPercentPerHour: 3, seed: 12 }));
    expect((await run({ input: leaking })).status).toBe('fail');
    const lifted = await run({ input: leaking, growth: 'process_*: 5%/h' });
    expect(lifted.status).toBe('pass');
    expect(lifted.headline).toMatch(/does not leak \(\+\d(\.\d)?%\/h, limit 5%\/h\)/);
  });

  it('takes a configured warm-up instead of detecting one', async () => {
    const path = tempFile('warm.csv', simulateNight({ leakPercentPerHour: 0, seed: 13 }));
    const verdict = await run({ input: path, warmup: '10m' });
    expect(analysisOf(verdict).warmup).toEqual({ seconds: 600, detected: false });
    expect(verdict.metrics.find((m) => m.key === 'warmup')).toMatchObject({
      label: 'Warm-up (configured)',
      value: '10m',
    });
  });
});

describe('runSoakGate on the parser fixtures', () => {
  it('reads k6 NDJSON and reports what the parser dropped', async () => {
    const verdict = await run({ input: fixture('k6/out.ndjson') });
    expect(verdict.notes.map((n) => n.text)).toContain(
      `${fixture('k6/out.ndjson')}: heap_bytes: dropped, 1 point(s) (a trend needs at least 3)`,
    );
    // A run of seconds cannot show a trend: that is a warning, never a silent pass.
    expect(verdict.status).toBe('warn');
  });

  it('reads Locust CSV files together, with the cut-off line and the failures noted', async () => {
    const verdict = await run({
      input: `${fixture('locust/killed_stats_history.csv')}\n${fixture('locust/soak_failures.csv')}`,
      format: 'locust',
    });
    const notes = verdict.notes.map((n) => n.text);
    expect(
      notes.some((n) => /killed_stats_history\.csv:11: cut-off last line dropped/.test(n)),
    ).toBe(true);
    expect(notes).toContain(
      `${fixture('locust/soak_failures.csv')}: Locust recorded 3 failures; the most frequent: GET /api/items?page=1,2: HTTPError('500 Server Error: INTERNAL SERVER ERROR for url: /api/items?page=1,2') (2)`,
    );
  });

  it('notes a NaN in plain CSV with its line, and a null in plain JSON', async () => {
    const csv = await run({ input: fixture('plain/soak.csv') });
    expect(csv.notes.map((n) => n.text).join('\n')).toMatch(/soak\.csv:6\)/);
    const json = await run({ input: fixture('plain/soak.json') });
    expect(json.notes.map((n) => n.text).join('\n')).toMatch(
      /1 point\(s\) with a null value dropped/,
    );
  });

  it('names a failed k6 threshold of a summary given beside the series', async () => {
    const verdict = await run({
      input: `${example}\n${fixture('k6/summary-export.json')}`,
    });
    const k6 = verdict.notes.map((n) => n.text).filter((n) => n.includes('k6 threshold'));
    expect(k6.length).toBeGreaterThan(0);
    for (const note of k6)
      expect(note).toMatch(/summary-export\.json: k6 threshold .+ on .+ failed$/);
  });

  it.each([
    [
      'a summary alone (no series)',
      { input: 'k6/summary-export.json' },
      /has no time series to analyse/,
    ],
    [
      'locust named for a CSV of another kind',
      { input: 'plain/soak.csv', format: 'locust' },
      /not a Locust CSV file/,
    ],
    [
      'a file that does not exist',
      { input: 'plain/missing.csv' },
      /the file '.*missing\.csv' does not exist/,
    ],
  ])('refuses %s', async (_, inputs, message) => {
    const given = { ...inputs, input: fixture(inputs.input) };
    await expect(run(given)).rejects.toThrow(ConfigurationError);
    await expect(run(given)).rejects.toThrow(message);
  });

  it('refuses a file of no known format, asking for the format', async () => {
    const path = tempFile('run.txt', 'started 21:00\nmemory fine\n');
    await expect(run({ input: path })).rejects.toThrow(
      /run\.txt: the format could not be told from the file; set 'format'/,
    );
  });

  it('refuses an empty file', async () => {
    await expect(run({ input: tempFile('empty.csv', '') })).rejects.toThrow(/the file is empty/);
  });
});
