/**
 * The CLI as a shell user meets it (issue 14, items 11 and 12): a closed pipe, `--json -`,
 * mistyped options, gates and refs, flag names in messages, plurals, `--version`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli } from '../support/cli.js';
import { createTestRepo, type TestRepo } from '../diff/git-repo.js';

const root = resolve(import.meta.dirname, '../..');
const base = join(root, 'examples/bench/base-*.json');
const head = join(root, 'examples/bench/head-*.json');
const validRules = readFileSync(
  join(root, 'examples/prom-lint/valid/prometheus.rules.yml'),
  'utf8',
);

/** A rule file of `count` alerts whose expressions end in a dangling `+`: one error each. */
function brokenRules(count: number): string {
  const rules = Array.from(
    { length: count },
    (_, i) => `      - alert: A${i}\n        expr: up{job="x${i}"} +\n`,
  );
  return `groups:\n  - name: g\n    rules:\n${rules.join('')}`;
}

let dir: string;
const originalCwd = process.cwd();
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kaizen-cli-hygiene-'));
});
afterEach(() => {
  process.chdir(originalCwd);
});

describe('kaizen-gates … | head', () => {
  it('writes the files first and exits quietly, with the verdict’s code, on a closed pipe', async () => {
    const rules = join(dir, 'big.rules.yml');
    writeFileSync(rules, brokenRules(3000));
    // The console text is several pipe buffers long: head exits while the CLI still writes.
    const whole = await cli(['prom-lint', rules, '--no-color']);
    expect(whole.stdout.length).toBeGreaterThan(4 * 65536);
    const markdown = join(dir, 'out/comment.md');
    const command =
      `node --import tsx src/cli/index.ts prom-lint '${rules}' --markdown '${markdown}' | head -1; ` +
      'exit "${PIPESTATUS[0]}"';
    const piped = spawnSync('bash', ['-c', command], { cwd: root, encoding: 'utf8' });
    expect(piped.stdout).toBe('FAIL Prometheus rules: 3,000 errors in 1 of 1 rule file\n');
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at |node:events/);
    expect(piped.stderr).toBe('Linted 1 rule file (3,000 rules): 3,000 findings\n');
    expect(piped.status).toBe(1);
    expect(existsSync(markdown)).toBe(true);
    expect(readFileSync(markdown, 'utf8')).toMatch(/3,000 errors/);
  });
});

describe('--json -', () => {
  it('writes the verdict alone to standard output, the headline to standard error', async () => {
    const result = await cli(['bench', '--baseline', base, '--current', head, '--json', '-']);
    expect(result.code).toBe(1);
    const verdict = JSON.parse(result.stdout) as { gate: string; status: string; headline: string };
    expect(verdict).toMatchObject({ gate: 'bench', status: 'fail' });
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(verdict.headline);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
  });

  it('writes the other outputs to files beside it', async () => {
    const markdown = join(dir, 'comment.md');
    const result = await cli([
      'bench',
      '--baseline',
      base,
      '--current',
      head,
      '--json',
      '-',
      '--markdown',
      markdown,
    ]);
    expect(JSON.parse(result.stdout)).toMatchObject({ gate: 'bench' });
    expect(readFileSync(markdown, 'utf8')).toContain('BM_StringJoin/256');
  });

  it('refuses two outputs on standard output', async () => {
    const result = await cli(['bench', '--current', head, '--json', '-', '--sarif', '-']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'kaizen-gates bench: --json and --sarif both name standard output (-); one output can go there\n',
    );
  });
});

describe('mistakes on the command line', () => {
  it.each([
    [
      ['benchh'],
      "kaizen-gates: unknown gate 'benchh'; did you mean 'bench'? (see kaizen-gates --help)\n",
    ],
    [
      ['prom-lnit', 'rules/'],
      "kaizen-gates: unknown gate 'prom-lnit'; did you mean 'prom-lint'? (see kaizen-gates --help)\n",
    ],
    [['frobnicate'], "kaizen-gates: unknown gate 'frobnicate' (see kaizen-gates --help)\n"],
    [
      ['--verison'],
      "kaizen-gates: unknown option --verison; did you mean '--version'? (see kaizen-gates --help)\n",
    ],
    [
      ['bench', '--currnet', 'a.json'],
      'kaizen-gates bench: unknown option --currnet; did you mean --current? (see kaizen-gates bench --help)\n',
    ],
    [
      ['coverage', '--min-pach', '80%'],
      'kaizen-gates coverage: unknown option --min-pach; did you mean --min-patch? (see kaizen-gates coverage --help)\n',
    ],
    [
      ['prom-lint', '--experimental'],
      'kaizen-gates prom-lint: unknown option --experimental; did you mean --experimental-functions? (see kaizen-gates prom-lint --help)\n',
    ],
    [
      ['prom-lint', '--frobnicate'],
      'kaizen-gates prom-lint: unknown option --frobnicate (see kaizen-gates prom-lint --help)\n',
    ],
    [['bench', '-x'], 'kaizen-gates bench: unknown option -x (see kaizen-gates bench --help)\n'],
    [
      ['bench', '--current'],
      'kaizen-gates bench: --current needs a value (see kaizen-gates bench --help)\n',
    ],
    [
      ['bench', '--current', '--quiet'],
      'kaizen-gates bench: --current needs a value, but is followed by --quiet (write --current=VALUE for a value that starts with -) (see kaizen-gates bench --help)\n',
    ],
    [
      ['bench', '--quiet=yes'],
      "kaizen-gates bench: --quiet takes no value (got 'yes') (see kaizen-gates bench --help)\n",
    ],
    [
      ['bench', 'results.json'],
      "kaizen-gates bench: unexpected argument 'results.json': this gate takes its files as options (see kaizen-gates bench --help)\n",
    ],
  ])('%j gets one line with what was meant, and exit 2', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe('');
  });
});

describe('messages name the flag the user typed', () => {
  it.each([
    [['bench'], '--current is required'],
    [['bench', '--current', 'nope.json'], "--current: the file 'nope.json' does not exist."],
    [['bench', '--current', 'nope/*.json'], "--current: no file matches 'nope/*.json'."],
    [
      ['bench', '--current', head, '--threshold', '1.5'],
      "--threshold is '1.5', which is ambiguous: write 1.5% for 1.5 percent, or 150%",
    ],
    [['bench', '--current', head, '--fail-on', 'sometimes'], "--fail-on is 'sometimes'"],
    [['bench', '--current', head, '--key', 'a b'], "--key is 'a b'"],
    [
      ['bench', '--current', head, '--thresholds', 'BM_*: lots'],
      "--thresholds for 'BM_*' is 'lots'",
    ],
    [['prom-lint', 'nope/*.yml'], "PATH: no file matches 'nope/*.yml'."],
    [['prom-lint', '--scope', 'some'], "--scope is 'some'"],
    [['coverage'], '--report is required'],
    [['coverage', 'nope.info'], "--report: the file 'nope.info' does not exist."],
    [['soak', '--input', 'a.csv', '--history-retention', 'many'], "--history-retention is 'many'"],
    [['dashboard-diff', '--head', 'b.json'], '--base is required with --head'],
    [
      ['dashboard-diff', '--base', 'a.json', '--head', 'b.json', '--render', 'a | b'],
      "--render contains '|'",
    ],
  ])('%j', async (args, message) => {
    // A repository: the coverage gate reads its files' paths from git.
    process.chdir(createTestRepo().dir);
    const result = await cli([...args, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(message);
    expect(result.stdout).not.toContain("Input '");
  });
});

describe('--version', () => {
  it('is listed in the help and answers to -V, at the top and after a gate', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/-V, --version\s+print the version/);
    expect((await cli(['bench', '--help'])).stdout).toMatch(/-V, --version\s+print the version/);
    for (const args of [['-V'], ['--version'], ['prom-lint', '-V']]) {
      const result = await cli(args);
      expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
  });
});

describe('a --base ref that names no commit is a usage error', () => {
  let repo: TestRepo;
  beforeEach(() => {
    repo = createTestRepo();
    repo.write('rules/prometheus.rules.yml', validRules);
    repo.commit('main');
    repo.git('checkout', '-q', '-b', 'feature');
    process.chdir(repo.dir);
  });

  it.each([
    [['prom-lint', '--base', 'mian'], "--base: git knows no commit 'mian' (did you mean 'main'?)."],
    [
      ['prom-lint', '--base', 'origin/main'],
      "--base: git knows no commit 'origin/main' (a typo, or a branch not fetched: try 'git fetch origin main').",
    ],
    [
      ['prom-lint', '--base', 'release-7'],
      "--base: git knows no commit 'release-7' (a typo, or a branch not fetched: try 'git fetch origin release-7' and --base origin/release-7).",
    ],
    [['prom-lint', '--base=--upload-pack=x'], "--base: '--upload-pack=x' is not a git ref."],
    [
      ['dashboard-diff', '--base-ref', 'featur'],
      "--base-ref: git knows no commit 'featur' (did you mean 'feature'?).",
    ],
    [
      ['coverage', '--report', 'nope.info', '--base-ref', 'mian'],
      "--base-ref: git knows no commit 'mian' (did you mean 'main'?).",
    ],
    [
      ['bench', '--current', head, '--baseline-dir', 'store', '--base-ref', 'mian'],
      "--base-ref: git knows no commit 'mian' (did you mean 'main'?).",
    ],
  ])('%j exits 2 before linting anything', async (args, message) => {
    const result = await cli([...args, '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe(`The ${args[0] ?? ''} gate could not run: ${message}\n`);
    expect(result.stderr).not.toMatch(/Linted|warning/);
  });

  it('outside a git repository, says that --base needs one', async () => {
    process.chdir(dir);
    writeFileSync(join(dir, 'a.rules.yml'), validRules);
    const result = await cli(['prom-lint', 'a.rules.yml', '--base', 'main', '--quiet']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/--base needs a git repository, and '.*' is not one/);
  });

  it('a ref that exists lints as before', async () => {
    const result = await cli(['prom-lint', '--base', 'main', '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/none changed since main/);
  });
});

describe('prom-lint where the default globs match nothing', () => {
  it('says so, and how to name the files', async () => {
    process.chdir(dir);
    writeFileSync(join(dir, 'prometheus.yml'), validRules);
    const result = await cli(['prom-lint', '--no-color']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^WARN Prometheus rules: No rule files found/);
    expect(result.stderr).toContain(
      'warning: No rule files found: nothing matches the default **/*.rules.yml, **/*.rules.yaml. ' +
        "Name the rule files, or the folders that hold them, as arguments (kaizen-gates prom-lint monitoring/ 'rules/**/*.yaml'), " +
        'or list them under `paths:` in .kaizen-gates/prom-lint.yml.',
    );
    // Named as told, the same file is linted.
    const named = await cli(['prom-lint', 'prometheus.yml']);
    expect(named.stderr).toMatch(/^Linted 1 rule file \(/);
  });
});

describe('plurals', () => {
  it('counts one rule file, one rule and one finding in the singular', async () => {
    process.chdir(dir);
    writeFileSync(join(dir, 'one.rules.yml'), brokenRules(1));
    const one = await cli(['prom-lint', 'one.rules.yml', '--no-color']);
    expect(one.code).toBe(1);
    expect(one.stderr).toBe('Linted 1 rule file (1 rule): 1 finding\n');
    expect(one.stdout).toMatch(/^FAIL Prometheus rules: 1 error in 1 of 1 rule file\n/);
    writeFileSync(join(dir, 'two.rules.yml'), brokenRules(2));
    const two = await cli(['prom-lint', 'one.rules.yml', 'two.rules.yml', '--quiet']);
    expect(two.stdout).toBe('3 errors in 2 of 2 rule files\n');
  });

  it('counts one more missed SLO in the singular', async () => {
    const run = (...limits: number[]) =>
      cli([
        'soak',
        '--input',
        join(root, 'examples/soak/nightly-run.csv'),
        ...limits.flatMap((limit) => ['--slo', `http_req_duration_p99_ms < ${limit}`]),
        '--quiet',
      ]);
    expect((await run(1, 2)).stdout).toMatch(/; 1 more SLO missed\n$/);
    expect((await run(1, 2, 3)).stdout).toMatch(/; 2 more SLOs missed\n$/);
  });
});
