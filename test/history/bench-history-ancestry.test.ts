/**
 * The bench gate's one code path (runBench) as the CLI runs it on a pull request branch: a local
 * history file, and the merge base's ancestry from local git (localAncestry), in a real
 * repository. Without `--baseline` files the stored runs are the baseline itself, so a window
 * that let in the runs after the merge base, or those of another branch, would move it.
 *
 * The repository: main m01 ← … ← m17; the branch `pr` (HEAD) from m11, the merge base, which has
 * no stored run; m12–m17 came to main after it at about 130 ms; the branch `other` (o1 ← o2)
 * from m08 was stored at about 160 ms in between. Runs m01–m10 measured about 100 ms.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_HISTORY } from '../../src/gates/bench/history.js';
import { readBenchInputs } from '../../src/gates/bench/inputs.js';
import { runBench, type BenchIo } from '../../src/gates/bench/run.js';
import { localAncestry } from '../../src/history/ancestry.js';
import { historyFile } from '../../src/history/history-file.js';
import { logEntry } from '../../src/history/log.js';
import type { Verdict } from '../../src/verdict/types.js';
import { createTestRepo, type TestRepo } from '../diff/git-repo.js';
import { RecordingLogger } from '../github/harness.js';

let repo: TestRepo;
let dir: string;
/** Commit of each name. */
const c: Record<string, string> = {};
/** Stored runs in the order they were appended: [commit name, parse time in ms]. */
let stored: [string, number][];
const ancestryTimes = [100, 101.5, 99, 100.8, 98.7, 100.2, 101, 99.4, 100.6, 99.8];

beforeAll(() => {
  repo = createTestRepo();
  const commit = (name: string): void => {
    repo.write('file.txt', `${name}\n`);
    c[name] = repo.commit(name);
  };
  const mainLine = Array.from({ length: 17 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
  for (const name of mainLine.slice(0, 11)) commit(name);
  repo.git('checkout', '-q', '-b', 'other', c['m08'] as string);
  for (const name of ['o1', 'o2']) commit(name);
  repo.git('checkout', '-q', '-b', 'pr', c['m11'] as string);
  commit('p1');
  repo.git('checkout', '-q', 'main');
  for (const name of mainLine.slice(11)) commit(name);
  repo.git('checkout', '-q', 'pr');
  stored = [
    ...mainLine.slice(0, 10).map((name, i): [string, number] => [name, ancestryTimes[i] ?? 0]),
    ['m12', 130],
    ['m13', 131.2],
    ['o1', 160],
    ['o2', 161],
    ['m14', 129.5],
    ['m15', 130.7],
    ['m16', 129.8],
    ['m17', 130.4],
  ];
  dir = mkdtempSync(join(tmpdir(), 'kaizen-bench-ancestry-'));
  writeFileSync(
    join(dir, 'head.json'),
    JSON.stringify([{ name: 'parse', unit: 'ms', value: 128 }]),
  );
});

function historyText(runs: readonly [string, number][]): string {
  return runs
    .map(
      ([name, ms], i) =>
        `${JSON.stringify(
          logEntry(
            BENCH_HISTORY,
            {
              suite: 'default',
              sha: c[name] as string,
              createdAt: new Date(Date.UTC(2026, 10, 1) + i * 86_400_000).toISOString(),
            },
            // In the canonical unit of times, as the gate stores results.
            {
              benchmarks: [
                {
                  name: 'parse',
                  unit: 'ns',
                  direction: 'smaller-is-better',
                  median: ms * 1e6,
                  n: 1,
                },
              ],
            },
          ),
        )}\n`,
    )
    .join('');
}

/** runBench as `kaizen-gates bench --current head.json --history-file FILE` runs it. */
async function bench(
  runs: readonly [string, number][],
  ancestry: BenchIo['ancestry'],
  logger = new RecordingLogger(),
  window = 10,
): Promise<Verdict> {
  const path = join(mkdtempSync(join(dir, 'h-')), 'history.jsonl');
  writeFileSync(path, historyText(runs));
  const values: Record<string, string> = {
    current: join(dir, 'head.json'),
    format: 'custom-smaller-is-better',
    'history-file': path,
    'history-window': String(window),
    'single-value': 'fail',
  };
  const inputs = readBenchInputs((name) => values[name] ?? '');
  return runBench(inputs, {
    logger,
    resolveFiles: async (patterns) => [...patterns],
    readFile: async (file) => readFileSync(file, 'utf8'),
    history: historyFile(BENCH_HISTORY, path, inputs.historyRetention),
    ...(ancestry ? { ancestry } : {}),
    now: () => new Date('2026-12-07T00:00:00Z'),
  });
}

const texts = (verdict: Verdict): string => verdict.notes.map((note) => note.text).join('\n');

describe('runBench with a history file on a pull request branch', () => {
  it('judges against the runs of the merge base’s ancestry only, as if no other were stored', async () => {
    const logger = new RecordingLogger();
    const cut = await bench(stored, () => localAncestry('main', 'HEAD', repo.dir), logger);
    expect(cut.status).toBe('fail');
    const short = (c['m11'] as string).slice(0, 7);
    expect(texts(cut)).toContain(
      `the last 10 runs stored in the history of the merge base's ancestry (${short})`,
    );
    expect(logger.infos).toContain(
      `10 stored runs of the history belong to the ancestry of the merge base ${short} (told by local git).`,
    );
    const alone = await bench(stored.slice(0, 10), undefined);
    expect(cut.data).toEqual(alone.data);
    expect(cut.status).toBe(alone.status);
    // Every stored run counted, the window is the ten newest, 130 to 161 ms: no change.
    const uncut = await bench(stored, undefined);
    expect(uncut.status).toBe('pass');
  });

  it('says how many stored runs it left out when the window is not full', async () => {
    const cut = await bench(stored, () => localAncestry('main', 'HEAD', repo.dir), undefined, 30);
    const short = (c['m11'] as string).slice(0, 7);
    // 18 stored runs, 10 of the ancestry of m11: m12–m17 came after it, o1 and o2 are elsewhere.
    expect(texts(cut)).toContain(
      `8 stored runs of the history are not of the merge base's ancestry (${short}): runs of other branches, stored after the merge base, or of commits this checkout does not have; they were left out.`,
    );
    expect(texts(cut)).toContain(`the last 10 runs stored in the history of the merge base's`);
  });

  it('still decides, and says so, where git cannot tell the merge base', async () => {
    const nowhere = mkdtempSync(join(tmpdir(), 'kaizen-no-git-'));
    const logger = new RecordingLogger();
    const verdict = await bench(stored, () => localAncestry('main', 'HEAD', nowhere), logger);
    expect(verdict.status).toBe('pass');
    const warning = verdict.notes.find((note) => note.level === 'warning');
    expect(warning?.text).toMatch(
      /^The history window could not be cut to the merge base's ancestry \(local git could not tell the merge base of HEAD and main \(fatal: not a git repository/,
    );
    // Said once, in the verdict (the console, the comment and the summary print its notes).
    expect(logger.warnings).toEqual([]);
  });
});
