/** The CLI's run log in a local JSON-lines file, with a record type that is not bench's. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { withFileLock } from '../../src/history/file-lock.js';
import { historyFile } from '../../src/history/history-file.js';
import { logEntry, type LogEntry } from '../../src/history/log.js';
import { isConfigurationError } from '../../src/shared/errors.js';
import { SOAK_LOG, type SoakNight } from './record-kinds.js';

const sha = (c: string): string => c.repeat(40);

function night(commit: string, p99Ms: number): LogEntry<SoakNight> {
  return logEntry(
    SOAK_LOG,
    { suite: 'nightly', sha: commit, createdAt: '2026-11-23T02:00:00.000Z' },
    { memoryGrowthPerHour: 0.1, p99Ms },
  );
}

let path: string;
beforeEach(() => {
  path = join(mkdtempSync(join(tmpdir(), 'kaizen-history-file-')), 'soak.jsonl');
});

describe('historyFile', () => {
  it('reads a missing file as no runs, then appends and reads back, oldest first', async () => {
    const io = historyFile(SOAK_LOG, path, 500);
    expect(io.label).toBe(path);
    expect(await io.read()).toEqual([]);
    await io.append(night(sha('1'), 101));
    await io.append(night(sha('2'), 102));
    await io.append(night(sha('2'), 999)); // the same run again: not added
    expect(await io.read()).toEqual([night(sha('1'), 101), night(sha('2'), 102)]);
    expect(readFileSync(path, 'utf8')).toBe(
      `${JSON.stringify(night(sha('1'), 101))}\n${JSON.stringify(night(sha('2'), 102))}\n`,
    );
  });

  it('keeps a hand-edited line and bounds the runs it keeps', async () => {
    writeFileSync(path, '# nights since the new allocator\n');
    const io = historyFile(SOAK_LOG, path, 2);
    for (const [i, p99] of [101, 102, 103].entries()) await io.append(night(sha(String(i)), p99));
    expect((await io.read()).map((e) => e.p99Ms)).toEqual([102, 103]);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('# nights since the new allocator');
  });

  it('refuses a file that was not written by kaizen-gates, naming it', async () => {
    writeFileSync(path, `${'x'.repeat(1024 * 1024 + 1)}\n`);
    const io = historyFile(SOAK_LOG, path, 500);
    const error = await io.read().catch((caught: unknown) => caught);
    expect(isConfigurationError(error)).toBe(true);
    expect(String(error)).toContain(`The soak history ${path} has a line over 1 MB (line 1)`);
  });
});

describe('parallel appends to one file', () => {
  it('lose no run: each append holds the lock file', async () => {
    // Separate HistoryIo objects, as separate CLI runs would have.
    const nights = Array.from({ length: 8 }, (_, i) => night(sha(String(i)), 100 + i));
    await Promise.all(nights.map((n) => historyFile(SOAK_LOG, path, 500).append(n)));
    const stored = await historyFile(SOAK_LOG, path, 500).read();
    expect(stored.map((e) => e.p99Ms).sort()).toEqual(nights.map((n) => n.p99Ms));
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('lose no run when separate processes append at once', async () => {
    const writer = resolve(import.meta.dirname, 'append-writer.ts');
    const run = (name: string): Promise<number | null> =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, path, name, '15'], {
          stdio: 'inherit',
        });
        child.on('error', fail);
        child.on('close', done);
      });
    expect(await Promise.all([run('a'), run('b'), run('c')])).toEqual([0, 0, 0]);
    const stored = await historyFile(SOAK_LOG, path, 10_000).read();
    expect(stored).toHaveLength(45);
    expect(new Set(stored.map((e) => e.runId)).size).toBe(45);
    // Each writer's runs are in its own order, whatever the interleaving.
    for (const name of ['a', 'b', 'c']) {
      const own = stored.filter((e) => e.runId?.startsWith(`${name}-`)).map((e) => e.p99Ms);
      expect(own).toEqual(Array.from({ length: 15 }, (_, i) => i));
    }
  }, 60_000);

  it('gives up on a lock held past the timeout, naming it', async () => {
    writeFileSync(`${path}.lock`, '');
    await expect(withFileLock(path, async () => 'ran', { timeoutMs: 100 })).rejects.toThrow(
      `withFileLock: ${path}.lock is still held after 100 ms; if no other run is writing ${path}, remove the lock file.`,
    );
  });

  it("takes over a crashed writer's stale lock, and releases the lock when the action throws", async () => {
    writeFileSync(`${path}.lock`, '');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(`${path}.lock`, anHourAgo, anHourAgo);
    expect(await withFileLock(path, async () => 'ran', { timeoutMs: 100 })).toBe('ran');
    await expect(withFileLock(path, () => Promise.reject(new Error('disk full')))).rejects.toThrow(
      'disk full',
    );
    expect(existsSync(`${path}.lock`)).toBe(false);
  });
});
