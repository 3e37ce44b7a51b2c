/**
 * `kaizen-gates bench history` as a shell user meets it: a history file or the data branch as a
 * local git branch, Otava's TigerBeetle series stored as the history (origin in
 * test/fixtures/bench/otava/SOURCES.md), the recent runs, and every mistake as one line.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BENCH_HISTORY } from '../../src/gates/bench/history.js';
import { logEntry } from '../../src/history/log.js';
import { cli } from '../support/cli.js';
import { createTestRepo, type TestRepo } from '../diff/git-repo.js';

const tigerbeetle = (
  JSON.parse(
    readFileSync(new URL('../fixtures/bench/otava/tigerbeetle.json', import.meta.url), 'utf8'),
  ) as { series: number[] }
).series;

const shaOf = (run: number): string => `${String(run).padStart(4, '0')}${'a'.repeat(36)}`;

/** TigerBeetle as a bench history file: throughput, so the drop at run 15 is a regression. */
function historyText(suite = 'default'): string {
  return tigerbeetle
    .map((value, run) =>
      JSON.stringify(
        logEntry(
          BENCH_HISTORY,
          {
            suite,
            sha: shaOf(run),
            createdAt: new Date(Date.UTC(2026, 0, 1) + run * 86_400_000).toISOString(),
          },
          {
            benchmarks: [
              {
                name: 'transfers',
                unit: 'ops/s',
                direction: 'bigger-is-better',
                median: value,
                n: 5,
              },
            ],
          },
        ),
      ),
    )
    .join('\n');
}

let dir: string;
let file: string;
const originalCwd = process.cwd();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-bench-history-'));
  file = join(dir, 'history.jsonl');
  writeFileSync(file, `${historyText()}\n`);
});
afterEach(() => {
  process.chdir(originalCwd);
});

describe('kaizen-gates bench history --history FILE', () => {
  it('passes when the change points are old, and writes them to --json', async () => {
    const json = join(dir, 'verdict.json');
    const result = await cli(['bench', 'history', '--history', file, '--json', json, '--quiet']);
    expect(result).toMatchObject({
      code: 0,
      stdout:
        'No regression in the newest 10 runs (2 change points in the history of 1 benchmark)\n',
    });
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as {
      data: { changePoints: { index: number; kind: string; after: { sha: string } }[] };
    };
    expect(verdict.data.changePoints.map((c) => [c.index, c.kind, c.after.sha])).toEqual([
      [15, 'regression', shaOf(15)],
      [71, 'improvement', shaOf(71)],
    ]);
  });

  it('fails when a regression begins in the runs --since names', async () => {
    const bySha = await cli([
      'bench',
      'history',
      '--history',
      file,
      '--since',
      '0010aaa',
      '--quiet',
    ]);
    expect(bySha).toMatchObject({
      code: 1,
      stdout:
        '1 regression in the runs since commit 0010aaa (2 change points in the history of 1 benchmark)\n',
    });
    const byDate = await cli(['bench', 'history', '--history', file, '--since', '2026-01-10']);
    expect(byDate.code).toBe(1);
    const byRuns = await cli(['bench', 'history', '--history', file, '--since', '360', '--quiet']);
    expect(byRuns.code).toBe(1);
    // --fail-on applies as in every gate.
    const tolerated = await cli([
      'bench',
      'history',
      '--history',
      file,
      '--since',
      '360',
      '--fail-on',
      'never',
      '--quiet',
    ]);
    expect(tolerated.code).toBe(0);
  });

  it('takes Otava’s options', async () => {
    const json = join(dir, 'verdict.json');
    await cli([
      'bench',
      'history',
      '--history',
      file,
      '--window',
      '30',
      '--significance',
      '0.1',
      '--min-magnitude',
      '5%',
      '--json',
      json,
      '--quiet',
    ]);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as {
      data: { changePoints: { index: number }[] };
    };
    expect(verdict.data.changePoints.map((c) => c.index).sort((a, b) => a - b)).toEqual([
      10, 11, 15, 71, 363,
    ]);
  });

  it('asks for --suite when a file holds several suites', async () => {
    writeFileSync(file, `${historyText('api')}\n${historyText('db')}\n`);
    const result = await cli(['bench', 'history', '--history', file, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(
      `The bench gate could not run: --history: ${file} holds runs of 2 suites (api, db); name one with --suite.\n`,
    );
    const named = await cli(['bench', 'history', '--history', file, '--suite', 'db', '--quiet']);
    expect(named.code).toBe(0);
  });
});

describe('kaizen-gates bench history --data-branch BRANCH', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
    repo.write('README.md', 'code\n');
    repo.commit('main');
    repo.git('checkout', '-q', '--orphan', 'kaizen-data');
    repo.git('rm', '-q', '-rf', '.');
    repo.write('bench/default.jsonl', `${historyText()}\n`);
    repo.write('bench/nightly.jsonl', `${historyText('nightly')}\n`);
    repo.commit('history');
    repo.git('checkout', '-q', 'main');
    process.chdir(repo.dir);
  });

  it('reads bench/<suite>.jsonl from the branch', async () => {
    const result = await cli([
      'bench',
      'history',
      '--data-branch',
      'kaizen-data',
      '--since',
      '0012aaaa',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Change points of kaizen-data:bench/default.jsonl');
    expect(result.stderr).toBe('Read 365 stored runs from kaizen-data:bench/default.jsonl.\n');
    const nightly = await cli([
      'bench',
      'history',
      '--data-branch',
      'kaizen-data',
      '--suite',
      'nightly',
      '--quiet',
    ]);
    expect(nightly.code).toBe(0);
  });

  it.each([
    [
      ['--suite', 'weekly'],
      '--data-branch: kaizen-data holds no bench/weekly.jsonl; stored suites: default, nightly (name one with --suite).',
    ],
  ])('says what the branch holds (%j)', async (args, message) => {
    const result = await cli([
      'bench',
      'history',
      '--data-branch',
      'kaizen-data',
      ...args,
      '--quiet',
    ]);
    expect(result).toMatchObject({ code: 2, stdout: `The bench gate could not run: ${message}\n` });
  });

  it('suggests the branch meant', async () => {
    const result = await cli(['bench', 'history', '--data-branch', 'kaizen-dat', '--quiet']);
    expect(result.stdout).toBe(
      "The bench gate could not run: --data-branch: git knows no commit 'kaizen-dat' (did you mean 'kaizen-data'?).\n",
    );
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [[], 'bench history needs --history FILE (a bench history file) or --data-branch BRANCH'],
    [
      ['--history', 'h.jsonl', '--data-branch', 'kaizen-data'],
      '--history and --data-branch both name a history; give one.',
    ],
    [['--history', 'missing.jsonl'], "Cannot read 'missing.jsonl': ENOENT."],
    [['--window', '1'], "--window is '1'; expected a number from 2 to 1000."],
    [['--significance', '0.7'], "--significance is '0.7'; expected a number from 1e-300 to 0.5."],
    [['--min-magnitude', '5'], "--min-magnitude is '5', which is ambiguous"],
    [['--since', 'last week'], "--since is 'last week'; expected a number of recent runs (10)"],
    [['--suite', 'a b'], "--suite is 'a b'; use 1 to 64 letters"],
    [
      ['--history', 'history.jsonl', '--since', 'fffffff'],
      '--since: no run of commit fffffff is stored in history.jsonl; name a stored commit, a date or a number of runs.',
    ],
  ])('%j is one line naming the flag', async (args, message) => {
    process.chdir(dir);
    const result = await cli(['bench', 'history', ...args, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`The bench gate could not run: ${message}`);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('names the mode in usage errors', async () => {
    const result = await cli(['bench', 'history', '--current', 'x.json']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'kaizen-gates bench history: unknown option --current (see kaizen-gates bench history --help)\n',
    });
  });

  it('has its own help, and bench --help points to it', async () => {
    const help = await cli(['bench', 'history', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: kaizen-gates bench history --history FILE/);
    expect(help.stdout).toContain('time grows with N² per window');
    const bench = await cli(['bench', '--help']);
    expect(bench.stdout).toContain('kaizen-gates bench history --help');
  });
});
