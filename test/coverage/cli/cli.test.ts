/**
 * `kaizen-gates coverage` end to end, in process, on a temporary git repository holding the demo
 * project (examples/coverage: C sources and their real lcov report): the exit codes 0, 1 and 2,
 * patch coverage of a branch, --json and --markdown, and the stored coverage of a commit used by
 * a later run's drop check. Expected figures are read from the report's own `DA:` records here,
 * not from our parser.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const demoDir = resolve(import.meta.dirname, '../../../examples/coverage');
const demo = (path: string): string => readFileSync(join(demoDir, path), 'utf8');

interface VerdictJson {
  gate: string;
  key: string;
  status: string;
  headline: string;
  notes: { level: string; text: string }[];
  findings: { file?: string; line?: number; endLine?: number; rule?: string }[];
  data: {
    patchCoverage: number | null;
    totalCoverage: number | null;
    patch: { covered: number; total: number } | null;
    base: { sha: string; distance: number; totalCoverage: number | null } | null;
    checks: { kind: string; passed: boolean; explanation: string }[];
    files: { path: string; lines: { covered: number; total: number } }[];
  };
}

/** `DA:` records of the demo report: path → line → hits. */
function reportLines(): Map<string, Map<number, number>> {
  const files = new Map<string, Map<number, number>>();
  let current = new Map<number, number>();
  for (const record of demo('coverage.info').split('\n')) {
    if (record.startsWith('SF:')) files.set(record.slice(3), (current = new Map()));
    if (record.startsWith('DA:')) {
      const [line, hits] = record.slice(3).split(',').map(Number);
      current.set(line ?? 0, hits ?? 0);
    }
  }
  return files;
}

/** Line counts of the report, summed over its files. */
function reportTotals(): { covered: number; total: number } {
  let covered = 0;
  let total = 0;
  for (const lines of reportLines().values()) {
    for (const hits of lines.values()) {
      total += 1;
      if (hits > 0) covered += 1;
    }
  }
  return { covered, total };
}

const originalCwd = process.cwd();
let repo: TestRepo;
let out: string;

beforeEach(() => {
  repo = createTestRepo();
  out = mkdtempSync(join(tmpdir(), 'kaizen-coverage-cli-'));
  repo.write('.gitignore', '*.info\n');
  repo.write('src/calc.h', demo('src/calc.h'));
  repo.write('test/main.c', demo('test/main.c'));
  process.chdir(repo.dir);
});
afterEach(() => {
  process.chdir(originalCwd);
});

/** The demo's calc.c without `calc_factorial`, and the lines that function spans in the demo. */
function withoutFactorial(): { text: string; start: number; end: number } {
  const text = demo('src/calc.c');
  const at = text.indexOf('\nint calc_factorial');
  const start = text.slice(0, at).split('\n').length + 1;
  return { text: text.slice(0, at), start, end: text.split('\n').length - 1 };
}

/** Commits a base on main without calc_factorial, then the demo's calc.c on a branch. */
function branchAddingFactorial(): { start: number; end: number; base: string } {
  const { text, start, end } = withoutFactorial();
  repo.write('src/calc.c', text);
  const base = repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/calc.c', demo('src/calc.c'));
  repo.write('coverage.info', demo('coverage.info'));
  repo.commit('feature');
  return { start, end, base };
}

async function run(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string; verdict: VerdictJson }> {
  const json = join(out, `verdict-${Math.random().toString(36).slice(2)}.json`);
  const result = await cli(['coverage', ...args, '--json', json, '--no-color']);
  return { ...result, verdict: JSON.parse(readFileSync(json, 'utf8')) as VerdictJson };
}

describe('coverage --help', () => {
  it('documents the reports, the thresholds and the store, and is listed among the gates', async () => {
    const help = await cli(['coverage', '--help']);
    expect(help.code).toBe(0);
    for (const option of [
      '--report',
      '--base-ref',
      '--min-patch',
      '--min-total',
      '--max-drop',
      '--path-fix',
      "--per-file 'GLOB: P'",
      '--store DIR',
      '--save always',
    ]) {
      expect(help.stdout).toContain(option);
    }
    expect((await cli(['--help'])).stdout).toMatch(
      /coverage\s+fail on coverage of the changed lines/,
    );
  });
});

describe('kaizen-gates coverage: totals', () => {
  beforeEach(() => {
    repo.write('src/calc.c', demo('src/calc.c'));
    repo.write('coverage.info', demo('coverage.info'));
    repo.commit('main');
  });

  it('passes (exit 0) above the total minimum, with the totals lcov --summary prints', async () => {
    const totals = reportTotals();
    const { code, verdict } = await run(['--report', 'coverage.info', '--min-total', '60%']);
    expect(code).toBe(0);
    expect(verdict.status).toBe('pass');
    expect(verdict.gate).toBe('coverage');
    expect(verdict.data.totalCoverage).toBeCloseTo((100 * totals.covered) / totals.total, 10);
    // lcov --summary of this report (examples/coverage/README.md): 19 of 27 lines.
    expect(totals).toEqual({ covered: 19, total: 27 });
    expect(verdict.data.patch).toBeNull();
  });

  it('fails (exit 1) below the total minimum and says by how much', async () => {
    const { code, verdict, stdout } = await run([
      '--report',
      'coverage.info',
      '--min-total',
      '80%',
    ]);
    expect(code).toBe(1);
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toMatch(/80%/);
    expect(stdout).toMatch(/70\.3%|70\.4%/);
    expect(verdict.data.checks.find((c) => c.kind === 'total-lines')?.passed).toBe(false);
  });

  it('--fail-on never reports the failure and exits 0', async () => {
    const { code, verdict } = await run([
      '--report',
      'coverage.info',
      '--min-total',
      '80%',
      '--fail-on',
      'never',
    ]);
    expect(code).toBe(0);
    expect(verdict.status).toBe('fail');
  });

  it('takes reports as arguments too (a shell-expanded glob)', async () => {
    const result = await cli(['coverage', 'coverage.info', '--min-total', '60%', '--quiet']);
    expect(result.code).toBe(0);
  });

  it('checks per-file minimums by glob, the last matching rule winning', async () => {
    const calc = reportLines().get('src/calc.c') ?? new Map<number, number>();
    const calcPercent = (100 * [...calc.values()].filter((h) => h > 0).length) / calc.size;
    expect(calcPercent).toBeLessThan(70);
    const failing = await run([
      '--report',
      'coverage.info',
      '--min-per-file',
      '50%',
      '--per-file',
      'src/**: 90%',
    ]);
    expect(failing.code).toBe(1);
    const check = failing.verdict.data.checks.find((c) => c.kind === 'per-file' && !c.passed);
    expect(check?.explanation).toMatch(/src\/calc\.c/);
    const passing = await run([
      '--report',
      'coverage.info',
      '--per-file',
      'src/**: 90%',
      '--per-file',
      'src/calc.c: 50%',
    ]);
    expect(passing.code).toBe(0);
  });

  it('exits 2 naming the glob that matches nothing', async () => {
    const result = await run(['--report', 'build/*.info']);
    expect(result.code).toBe(2);
    expect(result.verdict.status).toBe('error');
    expect(result.stdout).toMatch(/no file matches 'build\/\*\.info'/);
  });

  it.each([
    [['--min-patch', 'most'], /--min-patch is 'most'/],
    [['--min-total', '120%'], /cannot be over 100%/],
    [['--format', 'ndjson'], /--format is 'ndjson'; expected one of: auto, lcov/],
    [['--path-fix', 'no-separator'], /--path-fix: .*'no-separator'/],
  ])('exits 2 on a bad input %j', async (args, message) => {
    const result = await run(['--report', 'coverage.info', ...args]);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(message);
  });

  it('exits 2 on a file that is no report, naming it', async () => {
    repo.write('notes.txt', 'not a report\n');
    const result = await run(['--report', 'notes.txt']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/notes\.txt/);
  });
});

describe('kaizen-gates coverage --base-ref: patch coverage', () => {
  it('counts the added lines the report counts, and fails under --min-patch with their lines', async () => {
    const { start, end } = branchAddingFactorial();
    const calc = reportLines().get('src/calc.c') ?? new Map<number, number>();
    const changed = [...calc].filter(([line]) => line >= start && line <= end);
    const covered = changed.filter(([, hits]) => hits > 0).length;
    expect(changed.length).toBeGreaterThan(0);

    const { code, verdict } = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'main',
      '--min-patch',
      '80%',
    ]);
    expect(verdict.data.patch).toEqual({ covered, total: changed.length, files: 1 });
    expect(code).toBe(1);
    expect(verdict.headline).toMatch(/[Pp]atch coverage/);
    const uncovered = verdict.findings.filter((f) => f.file === 'src/calc.c');
    expect(uncovered.length).toBeGreaterThan(0);
    for (const finding of uncovered) {
      expect(finding.line).toBeGreaterThanOrEqual(start);
      expect(finding.endLine ?? finding.line).toBeLessThanOrEqual(end);
    }
  });

  it('never rounds a patch up to a minimum, and writes the comment with --markdown', async () => {
    branchAddingFactorial();
    const markdown = join(out, 'comment.md');
    const result = await cli([
      'coverage',
      '--report',
      'coverage.info',
      '--base-ref',
      'main',
      '--min-patch',
      '0.001%',
      '--markdown',
      markdown,
    ]);
    // 0 of 5 lines covered is below even 0.001%: nothing is rounded up.
    expect(result.code).toBe(1);
    expect(readFileSync(markdown, 'utf8')).toMatch(/Patch coverage 0%/);
  });

  it('exits 2 on a --base-ref that names no commit', async () => {
    repo.write('src/calc.c', demo('src/calc.c'));
    repo.write('coverage.info', demo('coverage.info'));
    repo.commit('main');
    const { code, verdict } = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'mian',
      '--min-patch',
      '80%',
    ]);
    expect(code).toBe(2);
    expect(verdict.headline).toMatch(
      /--base-ref: git knows no commit 'mian' \(did you mean 'main'\?\)/,
    );
  });

  it('warns, without failing, when git finds no merge base for a patch minimum', async () => {
    repo.write('src/calc.c', demo('src/calc.c'));
    repo.write('coverage.info', demo('coverage.info'));
    repo.commit('main');
    // A branch with a history of its own: the ref exists, but shares no commit with HEAD.
    repo.git('checkout', '-q', '--orphan', 'unrelated');
    repo.commit('unrelated');
    repo.git('checkout', '-q', '-f', 'main');
    const { code, verdict } = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'unrelated',
      '--min-patch',
      '80%',
    ]);
    expect(code).toBe(0);
    expect(verdict.status).toBe('warn');
    expect(verdict.notes.map((n) => n.text).join('\n')).toMatch(/unrelated/);
    const strict = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'unrelated',
      '--min-patch',
      '80%',
      '--fail-on',
      'warn',
    ]);
    expect(strict.code).toBe(1);
  });
});

describe('kaizen-gates coverage --store: the base coverage for the drop check', () => {
  it('stores the coverage of main, and a branch that lowers it fails --max-drop 0', async () => {
    const store = join(out, 'store');
    // main: calc.c without calc_factorial; its coverage measured by a report of those lines only.
    const { text, start } = withoutFactorial();
    repo.write('src/calc.c', text);
    const baseReport = demo('coverage.info')
      .split('\n')
      .filter((record) => {
        const match = /^(DA|FN|BRDA):(\d+)/.exec(record);
        return match === null || Number(match[2]) < start;
      })
      .filter((record) => !/calc_factorial/.test(record))
      .join('\n');
    repo.write('coverage.info', baseReport);
    const base = repo.commit('main');
    const saved = await run(['--report', 'coverage.info', '--store', store, '--save', 'always']);
    expect(saved.code).toBe(0);
    expect(saved.verdict.notes.map((n) => n.text).join('\n')).toMatch(
      new RegExp(`Stored .*${base.slice(0, 7)}`),
    );
    const stored = JSON.parse(readFileSync(join(store, 'default', `${base}.json`), 'utf8')) as {
      schema: string;
      sha: string;
      totals: { lines: { covered: number; total: number } };
    };
    expect(stored.schema).toBe('kaizen-gates/coverage@1');
    expect(stored.sha).toBe(base);

    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('src/calc.c', demo('src/calc.c'));
    repo.write('coverage.info', demo('coverage.info'));
    repo.commit('feature');
    const strict = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'main',
      '--store',
      store,
      '--max-drop',
      '0',
    ]);
    expect(strict.verdict.data.base?.sha).toBe(base);
    expect(strict.verdict.data.base?.distance).toBe(0);
    const before = (100 * stored.totals.lines.covered) / stored.totals.lines.total;
    expect(strict.verdict.data.base?.totalCoverage).toBeCloseTo(before, 10);
    expect(strict.verdict.data.totalCoverage ?? 100).toBeLessThan(before);
    expect(strict.code).toBe(1);
    expect(strict.verdict.data.checks.find((c) => c.kind === 'drop')?.passed).toBe(false);

    const lenient = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'main',
      '--store',
      store,
      '--max-drop',
      '20%',
    ]);
    expect(lenient.code).toBe(0);
  });

  it('passes --max-drop with a note when nothing is stored yet', async () => {
    branchAddingFactorial();
    const { code, verdict } = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'main',
      '--store',
      join(out, 'empty'),
      '--max-drop',
      '0',
    ]);
    expect(code).toBe(0);
    expect(verdict.notes.map((n) => n.text).join('\n')).toMatch(/drop/i);
  });

  it('warns when the stored base is damaged, and the drop check passes', async () => {
    const { base } = branchAddingFactorial();
    const store = join(out, 'damaged');
    mkdirSync(join(store, 'default'), { recursive: true });
    writeFileSync(join(store, 'default', `${base}.json`), '{"schema": "kaizen-gates/coverage@1",');
    const { code, verdict } = await run([
      '--report',
      'coverage.info',
      '--base-ref',
      'main',
      '--store',
      store,
      '--max-drop',
      '0',
    ]);
    expect(code).toBe(0);
    expect(verdict.status).toBe('warn');
    expect(verdict.notes.map((n) => n.text).join('\n')).toMatch(/not valid JSON/);
  });

  it('refuses --save always without --store (exit 2)', async () => {
    branchAddingFactorial();
    const result = await run(['--report', 'coverage.info', '--save', 'always']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/--store DIR/);
  });
});
