/**
 * Patch coverage against Debian's diff-cover (7.4 on bookworm), the reference the issue names:
 * a small C project in a temporary git repository, a base commit on `main`, a branch that changes
 * it, a real LCOV report of the branch (gcc --coverage, then lcov --capture), and then both
 * `diff-cover coverage.info --compare-branch=main --json-report` and `kaizen-gates coverage
 * --base-ref main --json` on the same checkout. They must agree on the changed coverable lines,
 * the covered ones, and which lines of which file are not covered, in every scenario: lines
 * modified and added, a new file, a renamed file with edits, a changed file the report does not
 * cover, and uncommitted edits (diff-cover counts staged and unstaged changes too).
 *
 * The same on a Python project measured by coverage.py and read as its Cobertura XML (the
 * report diff-cover is most used with): modified lines, a new module and a renamed one.
 *
 * Skipped with a visible message where gcc, lcov, diff-cover (or python3-coverage) is missing;
 * .ci/run installs them and sets KAIZEN_REQUIRE_TOOLS, so in CI it always runs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../../support/cli.js';
import { skipWithout, toolAvailable } from '../../support/tools.js';
import { createTestRepo, type TestRepo } from '../../diff/git-repo.js';

const available =
  toolAvailable('gcc') && toolAvailable('lcov') && toolAvailable('diff-cover', ['--version']);
const skip = skipWithout(
  'diff-cover (with gcc and lcov)',
  available,
  'apt-get install diff-cover lcov gcc',
);

const originalCwd = process.cwd();
afterEach(() => {
  process.chdir(originalCwd);
});

/** The demo project's sources (examples/coverage), the base of every scenario. */
const demo = (path: string): string =>
  readFileSync(join(import.meta.dirname, '../../../examples/coverage', path), 'utf8');

/** diff-cover's JSON report, as far as the comparison reads it. */
interface DiffCoverJson {
  src_stats: Record<string, { percent_covered: number | null; violation_lines: number[] }>;
  total_num_lines: number;
  total_num_violations: number;
}

/** Our verdict JSON, as far as the comparison reads it. */
interface VerdictJson {
  status: string;
  data: {
    patchCoverage: number | null;
    patch: { covered: number; total: number } | null;
    files: {
      path: string;
      patch?: {
        covered: number;
        total: number;
        coverage: number | null;
        uncovered: { start: number; end: number }[];
      };
    }[];
  };
}

/** A repository with the demo project committed on `main`, build outputs ignored. */
function baseRepository(): TestRepo {
  const repo = createTestRepo();
  repo.write('.gitignore', '*.gcno\n*.gcda\n*.info\ncalc-test\n');
  repo.write('src/calc.c', demo('src/calc.c'));
  repo.write('src/calc.h', demo('src/calc.h'));
  repo.write('test/main.c', demo('test/main.c'));
  repo.write('README.md', 'A calculator.\n');
  repo.commit('main');
  repo.git('checkout', '-q', '-b', 'feature');
  return repo;
}

/** Builds `sources` with coverage, runs the test program, and captures the LCOV report. */
function measure(repo: TestRepo, sources: readonly string[]): void {
  const run = (command: string, args: string[]): void => {
    execFileSync(command, args, { cwd: repo.dir, stdio: ['ignore', 'ignore', 'pipe'] });
  };
  run('gcc', ['--coverage', '-O0', '-o', 'calc-test', ...sources, 'test/main.c']);
  run('./calc-test', []);
  run('lcov', ['--quiet', '--capture', '--directory', '.', '--output-file', 'coverage.info']);
}

/** Runs both tools on the checkout and returns what each said. */
async function bothTools(
  repo: TestRepo,
  report = 'coverage.info',
): Promise<{ ours: VerdictJson; theirs: DiffCoverJson }> {
  const out = mkdtempSync(join(tmpdir(), 'kaizen-conformance-'));
  execFileSync(
    'diff-cover',
    [report, '--compare-branch=main', '--json-report', join(out, 'diff-cover.json'), '--quiet'],
    { cwd: repo.dir, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  process.chdir(repo.dir);
  const run = await cli([
    'coverage',
    '--report',
    report,
    '--base-ref',
    'main',
    '--json',
    join(out, 'verdict.json'),
    '--no-color',
  ]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return {
    ours: JSON.parse(readFileSync(join(out, 'verdict.json'), 'utf8')) as VerdictJson,
    theirs: JSON.parse(readFileSync(join(out, 'diff-cover.json'), 'utf8')) as DiffCoverJson,
  };
}

/** Expands ranges into line numbers. */
function linesOf(ranges: readonly { start: number; end: number }[]): number[] {
  return ranges.flatMap(({ start, end }) =>
    Array.from({ length: end - start + 1 }, (_, i) => start + i),
  );
}

/**
 * The lines the LCOV report counts as coverable, per repository path (its `DA:` records), read
 * here by hand so that the comparison does not rest on our parser. Our uncovered ranges may span
 * changed lines the report does not count (a closing brace between two uncovered lines), since
 * they are drawn as annotations; the lines themselves are the ranges' coverable lines.
 */
function coverableLines(repo: TestRepo): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const record of readFileSync(join(repo.dir, 'coverage.info'), 'utf8').split('\n')) {
    if (record.startsWith('SF:')) {
      current = new Set();
      lines.set(record.slice(3).replace(`${repo.dir}/`, ''), current);
    } else if (record.startsWith('DA:')) current?.add(Number(record.slice(3).split(',')[0]));
  }
  return lines;
}

/** The same from a coverage.py Cobertura report: `<class filename>` and its `<line number>`s. */
function coberturaLines(repo: TestRepo): Map<string, Set<number>> {
  const lines = new Map<string, Set<number>>();
  const xml = readFileSync(join(repo.dir, 'coverage.xml'), 'utf8');
  for (const match of xml.matchAll(/<class [^>]*filename="([^"]+)"[^>]*>([\s\S]*?)<\/class>/g)) {
    const numbers = [...(match[2] ?? '').matchAll(/<line number="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    lines.set(match[1] ?? '', new Set(numbers));
  }
  return lines;
}

/** Asserts that both tools agree, and returns the patch counts for scenario checks. */
function expectAgreement(
  coverable: Map<string, Set<number>>,
  { ours, theirs }: { ours: VerdictJson; theirs: DiffCoverJson },
): {
  covered: number;
  total: number;
} {
  const total = theirs.total_num_lines;
  const covered = total - theirs.total_num_violations;
  expect(ours.data.patch).not.toBeNull();
  expect({ covered: ours.data.patch?.covered, total: ours.data.patch?.total }).toEqual({
    covered,
    total,
  });
  if (total > 0) expect(ours.data.patchCoverage).toBeCloseTo((100 * covered) / total, 10);
  // Per file: the same uncovered lines, and the same percent where diff-cover measured any line.
  const theirFiles = Object.entries(theirs.src_stats)
    .filter(([, stats]) => stats.percent_covered !== null)
    .map(([path, stats]) => ({
      path,
      uncovered: [...stats.violation_lines].sort((a, b) => a - b),
      percent: stats.percent_covered,
    }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const ourFiles = ours.data.files
    .filter((file) => file.patch !== undefined && file.patch.total > 0)
    .map((file) => ({
      path: file.path,
      uncovered: linesOf(file.patch?.uncovered ?? []).filter(
        (line) => coverable.get(file.path)?.has(line) === true,
      ),
      percent: file.patch?.coverage ?? null,
    }));
  expect(ourFiles.map((f) => [f.path, f.uncovered])).toEqual(
    theirFiles.map((f) => [f.path, f.uncovered]),
  );
  for (const [i, file] of ourFiles.entries()) {
    expect(file.percent).toBeCloseTo(theirFiles[i]?.percent ?? Number.NaN, 10);
  }
  return { covered, total };
}

/** Replaces `from` by `to` in a file of the repository, which must contain it. */
function edit(repo: TestRepo, path: string, from: string, to: string): void {
  const text = readFileSync(join(repo.dir, path), 'utf8');
  expect(text).toContain(from);
  repo.write(path, text.replace(from, to));
}

describe.skipIf(skip)('patch coverage equals diff-cover on real gcc/lcov reports', () => {
  it('modified and added lines, covered and not', async () => {
    const repo = baseRepository();
    // Covered: calc_gcd runs; not covered: calc_factorial never does.
    edit(
      repo,
      'src/calc.c',
      '  return a < 0 ? -a : a;',
      '  if (a < 0) {\n    return -a;\n  }\n  return a;',
    );
    edit(
      repo,
      'src/calc.c',
      '    result *= i;',
      '    result = result * i;\n    if (result < 0) {\n      return -1;\n    }',
    );
    repo.commit('feature');
    measure(repo, ['src/calc.c']);
    const patch = expectAgreement(coverableLines(repo), await bothTools(repo));
    expect(patch.total).toBeGreaterThan(patch.covered);
    expect(patch.covered).toBeGreaterThan(0);
  }, 60_000);

  it('a new file, partly covered', async () => {
    const repo = baseRepository();
    repo.write(
      'src/stats.c',
      [
        'int stats_mean(const int *values, int n) {',
        '  int sum = 0;',
        '  for (int i = 0; i < n; i++) {',
        '    sum += values[i];',
        '  }',
        '  return n == 0 ? 0 : sum / n;',
        '}',
        '',
        'int stats_range(const int *values, int n) {',
        '  int low = values[0];',
        '  int high = values[0];',
        '  for (int i = 1; i < n; i++) {',
        '    if (values[i] < low) low = values[i];',
        '    if (values[i] > high) high = values[i];',
        '  }',
        '  return high - low;',
        '}',
        '',
      ].join('\n'),
    );
    edit(
      repo,
      'test/main.c',
      '  return 0;',
      '  int values[] = {3, 5, 7};\n  int stats_mean(const int *values, int n);\n  printf("%d\\n", stats_mean(values, 3));\n  return 0;',
    );
    repo.commit('feature');
    measure(repo, ['src/calc.c', 'src/stats.c']);
    const result = await bothTools(repo);
    const patch = expectAgreement(coverableLines(repo), result);
    expect(result.ours.data.files.some((f) => f.path === 'src/stats.c' && f.patch)).toBe(true);
    expect(patch.total - patch.covered).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it('a renamed file with edits: only the edited lines count', async () => {
    const repo = baseRepository();
    repo.git('mv', 'src/calc.c', 'src/arith.c');
    edit(repo, 'src/arith.c', '    return high;', '    int limit = high;\n    return limit;');
    repo.commit('feature');
    measure(repo, ['src/arith.c']);
    const result = await bothTools(repo);
    const patch = expectAgreement(coverableLines(repo), result);
    // A rename without its edits would count every line of the file.
    expect(patch.total).toBeLessThanOrEqual(3);
    expect(patch.total).toBeGreaterThan(0);
  }, 60_000);

  it('a changed file the report does not cover, and uncommitted edits', async () => {
    const repo = baseRepository();
    repo.write('src/unused.c', 'int unused(void) {\n  return 42;\n}\n');
    edit(repo, 'README.md', 'A calculator.', 'A small calculator.');
    repo.commit('feature');
    // Not committed: diff-cover reads staged and unstaged changes too, and so do we.
    edit(repo, 'src/calc.c', '  return x;\n}', '  int kept = x;\n  return kept;\n}');
    measure(repo, ['src/calc.c']);
    const result = await bothTools(repo);
    const patch = expectAgreement(coverableLines(repo), result);
    expect(patch.total).toBeGreaterThan(0);
    // Neither tool counts the file the report lacks; we name it (diff-cover passes it silently).
    expect(result.ours.data.files.map((f) => f.path)).not.toContain('src/unused.c');
    expect(readdirSync(repo.dir)).toContain('coverage.info');
  }, 60_000);
});

const pythonAvailable = available && toolAvailable('python3-coverage', ['--version']);
const skipPython = skipWithout(
  'diff-cover on coverage.py reports',
  pythonAvailable,
  'apt-get install diff-cover python3-coverage',
);

describe.skipIf(skipPython)('patch coverage equals diff-cover on real coverage.py XML', () => {
  /** A module and the script that runs part of it, committed on main. */
  function pythonRepository(): TestRepo {
    const repo = createTestRepo();
    repo.write('.gitignore', '.coverage\ncoverage.xml\n__pycache__/\n');
    repo.write(
      'shop/pricing.py',
      [
        'def total(prices, discount=0):',
        '    amount = sum(prices)',
        '    if discount:',
        '        amount = amount * (100 - discount) / 100',
        '    return round(amount, 2)',
        '',
        '',
        'def label(amount):',
        '    if amount > 100:',
        '        return "large"',
        '    return "small"',
        '',
      ].join('\n'),
    );
    repo.write('shop/__init__.py', '');
    repo.write(
      'run.py',
      'from shop.pricing import total, label\nprint(total([10, 20]), label(30))\n',
    );
    repo.commit('main');
    repo.git('checkout', '-q', '-b', 'feature');
    return repo;
  }

  /** Runs the script under coverage.py and writes its Cobertura XML. */
  function measurePython(repo: TestRepo): void {
    const run = (args: string[]): void => {
      execFileSync('python3-coverage', args, {
        cwd: repo.dir,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    };
    run(['run', '--branch', '--source=.', 'run.py']);
    run(['xml', '-o', 'coverage.xml']);
  }

  it('modified lines, a new module, and a renamed one', async () => {
    const repo = pythonRepository();
    edit(
      repo,
      'shop/pricing.py',
      '        return "large"',
      '        size = "large"\n        return size',
    );
    edit(
      repo,
      'shop/pricing.py',
      '    return round(amount, 2)',
      '    amount = max(amount, 0)\n    return round(amount, 2)',
    );
    repo.write(
      'shop/tax.py',
      'def vat(amount, rate=20):\n    if rate < 0:\n        raise ValueError(rate)\n    return amount * rate / 100\n',
    );
    repo.write(
      'run.py',
      'from shop.pricing import total, label\nfrom shop.tax import vat\nprint(total([10, 20]), label(30), vat(10))\n',
    );
    repo.git('mv', 'shop/__init__.py', 'shop/package.py');
    repo.commit('feature');
    measurePython(repo);
    const result = await bothTools(repo, 'coverage.xml');
    const patch = expectAgreement(coberturaLines(repo), result);
    expect(patch.total).toBeGreaterThan(patch.covered);
    expect(patch.covered).toBeGreaterThan(0);
  }, 60_000);
});
