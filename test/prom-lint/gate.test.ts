/**
 * The prom-lint gate end to end: the CLI on the example folder of valid and broken rule files,
 * and the composite action the way the runner runs it.
 */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cli } from '../support/cli.js';
import { describe, expect, it } from 'vitest';
import { directoryCache, runComposite } from '../action/composite-runner.js';

const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples/prom-lint');

interface VerdictJson {
  status: string;
  findings: {
    severity: string;
    file: string;
    line: number;
    column: number;
    rule: string;
    message: string;
  }[];
  metrics: { key: string; value: number }[];
}

/** Where each broken example must be reported, and with which Prometheus message. */
const expected = [
  { file: 'bad-expr.rules.yaml', line: 5, message: /parse error|range vector/ },
  {
    file: 'duplicate-grp.rules.yaml',
    line: 3,
    message: /groupname: "yolo" is repeated in the same file/,
  },
  { file: 'noexpr.rules.yaml', line: 4, message: /field 'expr' must be set in rule/ },
  {
    file: 'record-and-alert.rules.yaml',
    line: 4,
    message: /only one of 'record' and 'alert' must be set/,
  },
];

describe('kaizen-gates prom-lint', () => {
  it('passes the valid folder', async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'kaizen-pl-')), 'v.json');
    const result = await cli(['prom-lint', `${examples}/valid/*.rules.yml`, '--json', json]);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as VerdictJson;
    expect(verdict.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.code).toBe(0);
    expect(verdict.metrics.find((m) => m.key === 'rules')?.value).toBe(63);
  });

  it('fails the broken files, each finding on its line with the Prometheus message', async () => {
    const json = join(mkdtempSync(join(tmpdir(), 'kaizen-pl-')), 'v.json');
    const result = await cli(['prom-lint', `${examples}/**/*.rules.y*ml`, '--json', json]);
    expect(result.code).toBe(1);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as VerdictJson;
    expect(verdict.status).toBe('fail');
    for (const want of expected) {
      const hit = verdict.findings.find(
        (f) => f.file.endsWith(want.file) && f.severity === 'error' && want.message.test(f.message),
      );
      expect(hit, `${want.file}: ${want.message}`).toBeDefined();
      expect(hit?.line).toBe(want.line);
      expect(hit?.column).toBeGreaterThan(0);
      expect(hit?.rule).toMatch(/\//);
    }
    expect(result.stdout).toMatch(/broken\/bad-expr\.rules\.yaml:5:\d+/);
  });

  it('writes the findings as SARIF 2.1.0 for code scanning', async () => {
    const sarif = join(mkdtempSync(join(tmpdir(), 'kaizen-pl-')), 'out.sarif');
    const json = join(mkdtempSync(join(tmpdir(), 'kaizen-pl-')), 'v.json');
    await cli(['prom-lint', `${examples}/broken/*.rules.yaml`, '--sarif', sarif, '--json', json]);
    const verdict = JSON.parse(readFileSync(json, 'utf8')) as VerdictJson;
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as {
      version: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run?.tool.driver.name).toBe('kaizen-gates prom-lint');
    expect(run?.results).toHaveLength(verdict.findings.length);
    const ruleIds = new Set(run?.tool.driver.rules.map((r) => r.id));
    for (const result of run?.results ?? []) expect(ruleIds.has(result.ruleId)).toBe(true);
    const badExpr = run?.results.find((r) =>
      r.locations[0]?.physicalLocation.artifactLocation.uri.endsWith('broken/bad-expr.rules.yaml'),
    );
    expect(badExpr).toMatchObject({ level: 'error' });
    expect(badExpr?.locations[0]?.physicalLocation.region.startLine).toBe(5);
  });

  it('warns, not passes, when the default globs find nothing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kaizen-pl-'));
    const cwd = process.cwd();
    process.chdir(empty);
    try {
      const result = await cli(['prom-lint', '--fail-on', 'warn']);
      expect(result.code).toBe(1);
      expect(result.stdout).toMatch(/No rule files found/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('lints the YAML files of a directory named as a path, at any depth', async () => {
    const result = await cli([
      'prom-lint',
      examples,
      '--json',
      join(tmpdir(), 'kaizen-pl-dir.json'),
    ]);
    const verdict = JSON.parse(readFileSync(join(tmpdir(), 'kaizen-pl-dir.json'), 'utf8')) as {
      findings: { file: string; severity: string }[];
    };
    const files = new Set(verdict.findings.map((finding) => finding.file));
    expect(result.code).toBe(1);
    expect([...files].some((file) => file.includes('/broken/'))).toBe(true);
    expect(verdict.findings.some((finding) => finding.severity === 'error')).toBe(true);
  });

  it('exits 2 naming a directory without YAML files', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'kaizen-pl-empty-'));
    const result = await cli(['prom-lint', empty]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`the directory '${empty}' holds no *.{yml,yaml} file`);
  });

  it('exits 2 naming a path that does not exist', async () => {
    const result = await cli(['prom-lint', 'no/such/file.rules.yml']);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/no\/such\/file\.rules\.yml' does not exist/);
  });
});

describe('actions/prom-lint', () => {
  it('annotates the broken files of a folder with valid and broken files', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'kaizen-pl-ws-'));
    cpSync(examples, join(workspace, 'rules'), { recursive: true });
    const result = await runComposite({
      actionFile: join(root, 'actions/prom-lint/action.yml'),
      inputs: { paths: 'rules/**/*.rules.y*ml' },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(root, 'test/fixtures/events/pull_request.synchronize.json'),
        GITHUB_REPOSITORY: 'Codertocat/Hello-World',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/pull/2/merge',
        GITHUB_RUN_ID: '7',
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_SERVER_URL: 'https://github.com',
      },
      workspace,
      uses: directoryCache(join(workspace, '.cache')),
    });
    expect(result.failed).toBe(true);
    expect(result.outputs.status).toBe('fail');
    expect(Number(result.outputs.errors)).toBeGreaterThanOrEqual(expected.length);
    expect(result.outputs.files).toBe('6');
    expect(result.summary).toContain('rules/broken/noexpr.rules.yaml');
    const sarif = JSON.parse(readFileSync(result.outputs['sarif-path'] ?? '', 'utf8')) as {
      runs: { results: unknown[] }[];
    };
    expect(sarif.runs[0]?.results.length).toBe(
      Number(result.outputs.errors) + Number(result.outputs.warnings),
    );
  });
});
