/**
 * The shared run log with a record type that is not bench's (a soak night): entries, JSON-lines
 * round trips, lines of other gates and versions kept, retention, re-runs, the nearest
 * ancestor's run, and the file each gate and suite gets.
 */
import { describe, expect, it } from 'vitest';
import { BENCH_HISTORY, historyEntry } from '../../src/gates/bench/history.js';
import {
  appendToLog,
  logEntry,
  logFilePath,
  nearestLogEntry,
  parseLog,
  type LogEntry,
} from '../../src/history/log.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import { SOAK_LOG, type SoakNight } from './record-kinds.js';

const sha = (c: string): string => c.repeat(40);

function night(commit: string, p99Ms: number, runId?: string): LogEntry<SoakNight> {
  return logEntry(
    SOAK_LOG,
    { suite: 'checkout-api', sha: commit, createdAt: '2026-11-23T02:00:00.000Z' },
    { memoryGrowthPerHour: 0.4, p99Ms },
    runId === undefined ? {} : { runId },
  );
}

const logOf = (entries: LogEntry<SoakNight>[], retention = 500): string =>
  entries.reduce((text, entry) => appendToLog(SOAK_LOG, text, entry, retention), '');

describe('logEntry', () => {
  it('puts the stamp first, in a fixed order, then the record', () => {
    const entry = logEntry(
      SOAK_LOG,
      { suite: 'checkout-api', sha: sha('a'), createdAt: '2026-11-23T02:00:00.000Z' },
      { memoryGrowthPerHour: 1.5, p99Ms: 180 },
      { runId: '9', ref: 'refs/heads/main' },
    );
    expect(JSON.stringify(entry)).toBe(
      `{"schema":"kaizen-gates/soak-night@1","suite":"checkout-api","sha":"${sha('a')}","ref":"refs/heads/main","createdAt":"2026-11-23T02:00:00.000Z","runId":"9","memoryGrowthPerHour":1.5,"p99Ms":180}`,
    );
    // Optional facts that were not given are absent, not undefined.
    expect(Object.keys(night(sha('a'), 1))).toEqual([
      'schema',
      'suite',
      'sha',
      'createdAt',
      'memoryGrowthPerHour',
      'p99Ms',
    ]);
  });
});

describe('parseLog and appendToLog', () => {
  it('round-trips entries, one line each', () => {
    const entries = [night(sha('a'), 150, '1'), night(sha('b'), 160, '2')];
    const text = logOf(entries);
    expect(text.split('\n')).toEqual([...entries.map((e) => JSON.stringify(e)), '']);
    expect(parseLog(SOAK_LOG, text, 'soak.jsonl')).toEqual({ entries, unreadable: [] });
  });

  it("keeps another gate's lines and damaged lines verbatim, unread and uncounted", () => {
    const bench = JSON.stringify(
      historyEntry('default', sha('c'), 't', [
        {
          name: 'parse',
          unit: 'ns',
          direction: 'smaller-is-better',
          samples: [5],
          kind: 'summary',
          source: { file: 'b.json' },
        },
      ]),
    );
    const badRecord = JSON.stringify({ ...night(sha('d'), 1), p99Ms: 'fast' });
    const emptySha = JSON.stringify({ ...night(sha('d'), 1), sha: '' });
    const text = [JSON.stringify(night(sha('a'), 150)), bench, badRecord, emptySha].join('\n');
    const appended = appendToLog(SOAK_LOG, text, night(sha('e'), 170), 1);
    const parsed = parseLog(SOAK_LOG, appended, 'soak.jsonl');
    // Retention 1 dropped the oldest readable night only.
    expect(parsed.entries).toEqual([night(sha('e'), 170)]);
    expect(parsed.unreadable).toEqual([
      { line: 1, text: bench },
      { line: 2, text: badRecord },
      { line: 3, text: emptySha },
    ]);
    // And the bench log reads the bench line but not the soak ones.
    expect(parseLog(BENCH_HISTORY, appended, 'h').entries.map((e) => e.sha)).toEqual([sha('c')]);
  });

  it('adds a re-run of the same workflow run once, another run of the same commit again', () => {
    const once = logOf([night(sha('a'), 150, '7')]);
    expect(appendToLog(SOAK_LOG, once, night(sha('a'), 999, '7'))).toBe(once);
    const twice = appendToLog(SOAK_LOG, once, night(sha('a'), 155, '8'));
    expect(parseLog(SOAK_LOG, twice, 'h').entries.map((e) => e.p99Ms)).toEqual([150, 155]);
  });

  it('keeps exactly `retention` nights, the newest', () => {
    const nights = Array.from({ length: 9 }, (_, i) => night(sha(String(i)), 100 + i));
    expect(parseLog(SOAK_LOG, logOf(nights, 3), 'h').entries.map((e) => e.p99Ms)).toEqual([
      106, 107, 108,
    ]);
  });

  it.each([0, -3, 1.5, Number.NaN])('refuses a retention of %s', (retention) => {
    expect(() => appendToLog(SOAK_LOG, '', night(sha('a'), 1), retention)).toThrow(
      /^appendToLog: retention must be a positive integer/,
    );
  });

  it("names the gate's log in the message about a hostile file", () => {
    let caught: unknown;
    try {
      parseLog(SOAK_LOG, 'x'.repeat(20 * 1024 * 1024 + 1), 'kaizen-data:soak/nightly.jsonl');
    } catch (error) {
      caught = error;
    }
    expect(isConfigurationError(caught)).toBe(true);
    expect(String(caught)).toMatch(
      /The soak history kaizen-data:soak\/nightly\.jsonl is over 20 MB/,
    );
  });
});

describe('nearestLogEntry', () => {
  const entries = [
    night(sha('1'), 100, 'r1'),
    night(sha('2'), 110, 'r2'),
    night(sha('3'), 120, 'r3'),
    night(sha('2'), 111, 'r4'), // a re-run of night 2's commit
  ];

  it("finds the merge base's run, or the nearest ancestor's, the last stored of a commit", () => {
    expect(nearestLogEntry(entries, [sha('3'), sha('2')])).toEqual({
      entry: entries[2],
      distance: 0,
    });
    // The merge base 9 was never logged; its parent 2 was, twice.
    expect(nearestLogEntry(entries, [sha('9'), sha('2'), sha('1')])).toEqual({
      entry: entries[3],
      distance: 1,
    });
  });

  it('is undefined when no ancestor was logged', () => {
    expect(nearestLogEntry(entries, [sha('8'), sha('9')])).toBeUndefined();
    expect(nearestLogEntry(entries, [])).toBeUndefined();
    expect(nearestLogEntry([], [sha('1')])).toBeUndefined();
  });
});

describe('logFilePath', () => {
  it('gives each gate a folder and each suite its own file', () => {
    expect(logFilePath(SOAK_LOG, 'checkout-api')).toBe('soak/checkout-api.jsonl');
    expect(logFilePath(BENCH_HISTORY, 'checkout-api')).toBe('bench/checkout-api.jsonl');
    expect(logFilePath(SOAK_LOG, 'a/b')).toBe('soak/a%2Fb.jsonl');
    expect(logFilePath(SOAK_LOG, 'a/b')).not.toBe(logFilePath(SOAK_LOG, 'a_b'));
  });
});
