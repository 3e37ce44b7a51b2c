/**
 * The run history through the CLI (a local JSON-lines file stands in for the data branch):
 * runs are appended, and single-value benchmarks are judged against the stored run-to-run
 * noise, with a trend chart for a regression. The stored runs are commits of a real repository
 * (git is pointed at it with GIT_DIR), because the CLI keeps only the runs of the merge base's
 * ancestry.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHistory } from '../../src/gates/bench/history.js';
import { sampleStandardDeviation } from 'simple-statistics';
import { cli } from '../support/cli.js';
import { createTestRepo } from '../diff/git-repo.js';

/** github-action-benchmark's custom format: one value per benchmark and run. */
function customResults(dir: string, file: string, parse: number, render: number): string {
  const path = join(dir, file);
  writeFileSync(
    path,
    JSON.stringify([
      { name: 'parse', unit: 'ms', value: parse },
      { name: 'render', unit: 'ms', value: render },
    ]),
  );
  return path;
}

const parseRuns = [100, 102, 99, 101, 98, 100, 103];
let dir: string;
let history: string;
/** One commit per stored run, then the commit under review (HEAD; its parent is the merge base). */
let commits: string[] = [];
const gitEnv = { dir: process.env.GIT_DIR, workTree: process.env.GIT_WORK_TREE };

beforeAll(() => {
  const repo = createTestRepo();
  commits = [...parseRuns, 'head'].map((_, i) => {
    repo.write('bench.txt', `run ${i}\n`);
    return repo.commit(`run ${i}`);
  });
  process.env.GIT_DIR = join(repo.dir, '.git');
  process.env.GIT_WORK_TREE = repo.dir;
});

afterAll(() => {
  if (gitEnv.dir === undefined) delete process.env.GIT_DIR;
  else process.env.GIT_DIR = gitEnv.dir;
  if (gitEnv.workTree === undefined) delete process.env.GIT_WORK_TREE;
  else process.env.GIT_WORK_TREE = gitEnv.workTree;
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-history-'));
  history = join(dir, 'history.jsonl');
  for (const [i, value] of parseRuns.entries()) {
    const run = customResults(dir, `run-${i}.json`, value, 50);
    const sha = commits[i] as string;
    const saved = await cli([
      'bench',
      '--current',
      run,
      '--history-file',
      history,
      '--save-baseline',
      'always',
      '--sha',
      sha,
      '--quiet',
    ]);
    expect(saved.code).toBe(0);
  }
});

describe('bench history (local file)', () => {
  it('appends one entry per run, idempotently', async () => {
    const entries = parseHistory(readFileSync(history, 'utf8'), history).entries;
    expect(entries.map((e) => e.benchmarks.find((b) => b.name === 'parse')?.median)).toEqual(
      parseRuns.map((ms) => ms * 1e6),
    );
    // The same commit stored again (a re-run) adds nothing.
    await cli([
      'bench',
      '--current',
      join(dir, 'run-0.json'),
      '--history-file',
      history,
      '--save-baseline',
      'always',
      '--sha',
      commits[0] as string,
    ]);
    expect(parseHistory(readFileSync(history, 'utf8'), history).entries).toHaveLength(
      parseRuns.length,
    );
  });

  it('judges single values against the stored run-to-run noise', async () => {
    const base = join(dir, `run-${parseRuns.length - 1}.json`);
    const head = customResults(dir, 'pr.json', 130, 50.5);
    const json = join(dir, 'verdict.json');
    const warned = await cli([
      'bench',
      '--baseline',
      base,
      '--current',
      head,
      '--history-file',
      history,
      '--json',
      json,
    ]);
    expect(warned.code).toBe(0);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as {
      status: string;
      data: {
        comparisons: {
          name: string;
          verdict: string;
          historyNoise?: number;
          ratioLower?: number;
        }[];
      };
    };
    expect(verdict.status).toBe('warn');
    const parse = verdict.data.comparisons.find((c) => c.name === 'parse');
    // The noise is the standard deviation of the logs of the stored medians, computed here
    // independently.
    expect(parse?.historyNoise).toBeCloseTo(
      sampleStandardDeviation(parseRuns.map((ms) => Math.log(ms * 1e6))),
      12,
    );
    expect(parse?.verdict).toBe('inconclusive');
    expect(parse?.ratioLower).toBeGreaterThan(1.1);
    expect(verdict.data.comparisons.find((c) => c.name === 'render')?.verdict).toBe('unchanged');

    // Allowed to fail on single values, the 30% slowdown (far beyond the ~2% noise) fails,
    // and the comment shows its trend over the stored runs.
    const markdown = join(dir, 'comment.md');
    const failed = await cli([
      'bench',
      '--baseline',
      base,
      '--current',
      head,
      '--history-file',
      history,
      '--single-value',
      'fail',
      '--markdown',
      markdown,
    ]);
    expect(failed.code).toBe(1);
    const comment = readFileSync(markdown, 'utf8');
    expect(comment).toContain('xychart-beta');
    expect(comment).toContain('this PR');
  });

  it('keeps a damaged line when appending', async () => {
    writeFileSync(history, `${readFileSync(history, 'utf8')}{"not": "an entry"\n`);
    const result = await cli([
      'bench',
      '--current',
      join(dir, 'run-1.json'),
      '--history-file',
      history,
      '--save-baseline',
      'always',
      '--sha',
      commits.at(-1) as string,
      '--quiet',
    ]);
    expect(result.code).toBe(0);
    const text = readFileSync(history, 'utf8');
    expect(text).toContain('{"not": "an entry"');
    expect(parseHistory(text, history).entries).toHaveLength(parseRuns.length + 1);
  });
});
