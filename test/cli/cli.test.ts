import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli } from '../support/cli.js';

const root = resolve(import.meta.dirname, '../..');
// Globs: the example results are five interleaved rounds per side.
const base = join(root, 'examples/bench/base-*.json');
const head = join(root, 'examples/bench/head-*.json');

let dir: string;
const originalCwd = process.cwd();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-cli-'));
});
afterEach(() => {
  process.chdir(originalCwd);
});

describe('kaizen-gates CLI', () => {
  it('prints usage, the version and per-gate help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/Usage: kaizen-gates <gate>/);
    expect((await cli(['--version'])).stdout.trim()).toBe(VERSION);
    const help = await cli(['bench', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--baseline-from WHERE/);
  });

  it('exits 2 on bad usage, naming the problem', async () => {
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['benchh']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown gate 'benchh'/);
    const flag = await cli(['bench', '--currnet', head]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--currnet/);
    const missing = await cli(['bench']);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/--current is required/);
    const badThreshold = await cli(['bench', '--current', head, '--threshold', 'ten']);
    expect(badThreshold.code).toBe(2);
    expect(badThreshold.stdout).toMatch(/--threshold is 'ten'/);
  });

  it('exits 2 with the file named when a result file is unreadable', async () => {
    const result = await cli(['bench', '--current', join(dir, 'nope.json')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/nope\.json' does not exist/);
  });

  it('exits 2 with a glob to use when a result path is a directory', async () => {
    const result = await cli(['bench', '--current', dir]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`'${dir}' is a directory; name files, or a glob such as`);
  });

  it('fails on the real regression of the example data and writes JSON and Markdown', async () => {
    const json = join(dir, 'out/verdict.json');
    const markdown = join(dir, 'out/comment.md');
    const result = await cli([
      'bench',
      '--baseline',
      base,
      '--current',
      head,
      '--json',
      json,
      '--markdown',
      markdown,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/regressed beyond 10%/);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as {
      gate: string;
      status: string;
      data: { baselineFrom: string };
    };
    expect(verdict).toMatchObject({ gate: 'bench', status: 'fail' });
    // Baseline files mean a same-job A/B here as in the action (test/action/bench-action.test.ts).
    expect(verdict.data.baselineFrom).toBe('same-job');
    expect(readFileSync(markdown, 'utf8')).toContain('BM_StringJoin/256');
  });

  it('follows --fail-on', async () => {
    expect(
      (await cli(['bench', '--baseline', base, '--current', head, '--fail-on', 'never'])).code,
    ).toBe(0);
    // Comparing a file with itself: nothing changes, whatever the policy.
    expect(
      (await cli(['bench', '--baseline', base, '--current', base, '--fail-on', 'warn'])).code,
    ).toBe(0);
  });

  it('stores a baseline in a directory and finds it for a later commit through git', async () => {
    cpSync(join(root, 'examples/bench'), dir, { recursive: true });
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      }).trim();
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'one');
    const first = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'two');
    git('checkout', '-q', '-b', 'feature');
    git('commit', '-q', '--allow-empty', '-m', 'three');
    process.chdir(dir);
    const store = join(dir, 'store');
    const saved = await cli([
      'bench',
      '--current',
      'base-*.json',
      '--baseline-dir',
      store,
      '--save-baseline',
      'always',
      '--sha',
      first,
    ]);
    expect(saved.code).toBe(0);
    expect(existsSync(join(store, 'default', `${first}.json`))).toBe(true);
    // main's tip has no baseline; its parent does: found one commit back.
    const compared = await cli([
      'bench',
      '--current',
      'head-*.json',
      '--baseline-dir',
      store,
      '--base-ref',
      'main',
      '--json',
      'v.json',
    ]);
    expect(compared.code).toBe(1);
    expect(compared.stdout).toMatch(/1 commit before the merge base/);
  });

  it('runs from the built bundle like an installed command', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'dist/cli/index.mjs'), 'bench', '--baseline', base, '--current', head, '--quiet'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/regressed beyond 10%/);
  });
});
