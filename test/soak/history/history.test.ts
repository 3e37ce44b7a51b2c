/**
 * The soak history: a night's line (SOAK_HISTORY), its round trip through the shared log, and
 * the night-over-night analysis that flags the night a figure shifted, with its commit range.
 */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SOAK_HISTORY,
  SOAK_HISTORY_SCHEMA,
  type SoakNight,
  type SoakNightEntry,
} from '../../../src/gates/soak/history.js';
import { analyzeNights } from '../../../src/gates/soak/nightly.js';
import { runSoakGate } from '../../../src/gates/soak/run.js';
import { streamTextFile } from '../../../src/gates/soak/stream-file.js';
import { historyFile } from '../../../src/history/history-file.js';
import { logEntry, parseLog } from '../../../src/history/log.js';
import { resolveFiles } from '../../../src/io/files.js';
import { createRandom, normalSample } from '../../../src/stats/index.js';
import { RecordingLogger } from '../../github/harness.js';
import { simulateNight } from '../run/simulate.js';

const sha = (n: number): string => n.toString(16).padStart(2, '0').repeat(20);

/** Nights whose memory growth is `growth[i]` %/h (plus noise), other figures steady. */
function nights(growth: readonly number[], seed = 7): SoakNightEntry[] {
  const random = createRandom(seed);
  return growth.map((g, i) => {
    const record: SoakNight = {
      passed: g < 1,
      spanSeconds: 2700,
      trends: [
        {
          series: 'process_resident_memory_bytes',
          unit: 'bytes',
          percentPerHour: normalSample(random, g, 0.15),
          level: normalSample(random, 420e6, 2e6),
        },
      ],
      latency: [{ series: 'latency_p99_ms', lastWindow: normalSample(random, 180, 3) }],
      slos: [{ objective: 'error_ratio < 0.001', attainment: 0.9997, passed: true }],
    };
    const createdAt = new Date(Date.UTC(2026, 10, 20 + i, 3)).toISOString();
    return logEntry(SOAK_HISTORY, { suite: 'nightly', sha: sha(i + 1), createdAt }, record, {
      runId: String(1000 + i),
    });
  });
}

describe('SOAK_HISTORY lines', () => {
  it('round-trips through the log, and keeps lines it cannot read', () => {
    const entries = nights([0.1, 0.2, 3]);
    const text = `${entries.map((e) => JSON.stringify(e)).join('\n')}\n{"schema":"${SOAK_HISTORY_SCHEMA}","suite":"nightly","sha":"${sha(9)}","createdAt":"2026-11-30T03:00:00.000Z","passed":"yes"}\n`;
    const parsed = parseLog(SOAK_HISTORY, text, 'soak/nightly.jsonl');
    expect(parsed.entries).toEqual(entries);
    expect(parsed.unreadable).toEqual([
      { line: 4, text: expect.stringContaining('"passed":"yes"') },
    ]);
  });

  it.each([
    ['a trend without a level', { trends: [{ series: 'm', percentPerHour: 1 }] }],
    [
      'a non-finite attainment',
      { slos: [{ objective: 'x < 1', attainment: 'NaN', passed: true }] },
    ],
    ['a unit that is not text', { latency: [{ series: 'l', unit: 5, lastWindow: 1 }] }],
  ])('refuses %s', (_, change) => {
    const [entry] = nights([0]);
    const line = JSON.stringify({ ...entry, ...change });
    expect(parseLog(SOAK_HISTORY, line, 'h').entries).toEqual([]);
  });
});

describe('analyzeNights', () => {
  it('flags the night memory growth shifted, with the commits between it and the night before', () => {
    const stored = nights([0.2, 0.1, 0.3, 0.2, 0.1, 0.2, 3, 3.1, 2.9, 3.2, 3, 3.1]);
    const result = analyzeNights(stored);
    expect(result.nights).toBe(12);
    const growth = result.shifts.filter(
      (s) => s.metric.key === 'growth:process_resident_memory_bytes',
    );
    expect(growth).toHaveLength(1);
    expect(growth[0]).toMatchObject({
      night: 6,
      fromSha: sha(6),
      toSha: sha(7),
      createdAt: '2026-11-26T03:00:00.000Z',
      worse: true,
      recent: true,
    });
    expect(growth[0]?.before).toBeCloseTo(0.2, 0);
    expect(growth[0]?.after).toBeCloseTo(3, 0);
    // The steady figures did not shift.
    expect(result.shifts.filter((s) => s.metric.kind !== 'growth')).toEqual([]);
  });

  it('finds nothing in nights of noise alone, or in too few nights', () => {
    expect(
      analyzeNights(
        nights(
          Array.from({ length: 14 }, () => 0.2),
          3,
        ),
      ).shifts,
    ).toEqual([]);
    expect(analyzeNights(nights([0, 0, 0, 3, 3])).shifts).toEqual([]);
  });

  it('calls a fall in attainment worse and a fall in growth better', () => {
    const entries = nights([3, 3.1, 2.9, 3, 3.2, 3, 0.1, 0.2, 0.1, 0.3, 0.2, 0.1]).map((e, i) => ({
      ...e,
      slos: [
        { objective: 'error_ratio < 0.001', attainment: i < 6 ? 0.9999 : 0.99, passed: i < 6 },
      ],
    }));
    const byKind = new Map(analyzeNights(entries).shifts.map((s) => [s.metric.kind, s]));
    expect(byKind.get('growth')?.worse).toBe(false);
    expect(byKind.get('slo')).toMatchObject({ worse: true, night: 6 });
  });
});

describe('nights through the gate and a history file', () => {
  it('stores one line per night and, on the twelfth, names the night the leak came in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-soak-history-'));
    const path = join(dir, 'nights.jsonl');
    const history = historyFile(SOAK_HISTORY, path, 500);
    let last;
    for (let night = 0; night < 12; night += 1) {
      const input = join(dir, `night-${night}.csv`);
      writeFileSync(
        input,
        simulateNight({
          leakPercentPerHour: night < 6 ? 0 : 3,
          seed: 100 + night,
          start: 1_796_590_800 + night * 86_400,
        }),
      );
      last = await runSoakGate((name) => ({ input, job: 'nightly' })[name] ?? '', {
        logger: new RecordingLogger(),
        resolveFiles,
        openFile: streamTextFile,
        history,
        appendHistory: true,
        sha: sha(night + 1),
        runId: String(500 + night),
        now: () => new Date(Date.UTC(2026, 11, 1 + night, 3)),
      });
      if (night === 0) {
        // Appending a line to the file by hand: it is kept, never overwritten.
        appendFileSync(path, 'not a night\n');
      }
    }
    const parsed = parseLog(SOAK_HISTORY, readFileSync(path, 'utf8'), path);
    expect(parsed.entries.map((e) => e.sha)).toEqual(
      Array.from({ length: 12 }, (_, i) => sha(i + 1)),
    );
    expect(parsed.entries.map((e) => e.passed)).toEqual([
      ...Array(6).fill(true),
      ...Array(6).fill(false),
    ]);
    expect(parsed.unreadable).toEqual([{ line: 2, text: 'not a night' }]);

    expect(last?.status).toBe('fail');
    expect(last?.headline).toMatch(
      new RegExp(
        `nightly: growth of process_resident_memory_bytes shifted \\+\\d(\\.\\d)?%/h at ${sha(7).slice(0, 7)}$`,
      ),
    );
    const table = last?.tables.find((t) => t.id === 'nightly-shifts');
    expect(table?.rows).toContainEqual(
      expect.arrayContaining([
        { text: `${sha(6).slice(0, 7)}..${sha(7).slice(0, 7)}`, code: true },
      ]),
    );
    expect(last?.metrics.find((m) => m.key === 'nights')?.value).toBe(12);
    expect(last?.charts.map((c) => c.title)).toContain(
      'Night over night: growth of process_resident_memory_bytes',
    );
  });

  it('reads the nights on a pull request without adding one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kaizen-soak-history-'));
    const path = join(dir, 'nights.jsonl');
    const stored = nights([0.1, 0.2]);
    writeFileSync(path, stored.map((e) => `${JSON.stringify(e)}\n`).join(''));
    const input = join(dir, 'pr.csv');
    writeFileSync(input, simulateNight({ leakPercentPerHour: 0, seed: 5 }));
    const verdict = await runSoakGate((name) => ({ input, job: 'nightly' })[name] ?? '', {
      logger: new RecordingLogger(),
      resolveFiles,
      openFile: streamTextFile,
      history: historyFile(SOAK_HISTORY, path, 500),
      appendHistory: false,
      sha: sha(50),
      now: () => new Date('2026-12-06T03:00:00Z'),
    });
    expect(verdict.metrics.find((m) => m.key === 'nights')?.value).toBe(3);
    expect(parseLog(SOAK_HISTORY, readFileSync(path, 'utf8'), path).entries).toEqual(stored);
  });
});
