/**
 * Conformance with the real `promtool check rules` (Debian package `prometheus`): every fixture
 * we reject, promtool rejects, and the other way round, except the cases listed with the reason.
 *
 * Recorded here: Debian 12's promtool is 2.42.0 (`promtool, version 2.42.0+ds`). It predates
 * UTF-8 names (Prometheus 3), group `labels` and `query_offset` (2.53+), and duration
 * expressions. So the linter runs with `legacyNames` when promtool is 2.x, and the cases that
 * rely on a newer rulefmt are listed in NEWER_RULEFMT and not compared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { skipWithout, toolAvailable } from '../support/tools.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prom-lint');
const available = toolAvailable('promtool', ['--version']);
const skip = skipWithout('promtool', available, 'apt-get install -y prometheus');

function promtoolVersion(): string {
  const result = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
  return /version (\d+\.\d+\.\d+)/.exec(`${result.stdout}${result.stderr}`)?.[1] ?? 'unknown';
}

function promtoolRejects(path: string): { rejected: boolean; output: string } {
  const result = spawnSync('promtool', ['check', 'rules', path], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error !== undefined) throw result.error;
  return { rejected: result.status !== 0, output: `${result.stdout}${result.stderr}` };
}

/** Rule files written for this test, each exercising one rule of the format. */
const INLINE_CASES: Record<string, string> = {
  'duration-bad.yml':
    'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up\n        for: 1.5m\n',
  'duration-out-of-order.yml': 'groups:\n  - name: g\n    interval: 5m1h\n',
  'duration-unitless.yml': 'groups:\n  - name: g\n    interval: 30\n',
  'duration-ok.yml':
    'groups:\n  - name: g\n    interval: 1h30m\n    rules:\n      - alert: A\n        expr: up\n        for: 2w3d\n',
  'record-for-zero.yml':
    'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: up\n        for: 0s\n',
  'duplicate-key.yml':
    'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up\n        expr: down\n',
  'unknown-top-level.yml': 'group:\n  - name: g\n',
  'limit-string.yml': 'groups:\n  - name: g\n    limit: ten\n',
  'expr-map.yml': 'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: {a: b}\n',
  'syntax-error.yml': 'groups:\n  - name: g\n    rules: [\n',
  'empty-group-name.yml': 'groups:\n  - name: ""\n',
  'empty-file.yml': '',
  'labels-numbers.yml':
    'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up\n        labels: {severity: 1, page: true}\n',
  'template-bad.yml':
    'groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up\n        annotations:\n          summary: "{{ .Foo "\n',
  'template-in-recording-rule.yml':
    'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: up\n        labels:\n          x: "{{ .Foo "\n',
  'merge-keys.yml':
    'groups:\n  - name: g\n    rules:\n      - &a\n        alert: A\n        expr: up\n      - <<: *a\n        alert: B\n',
  'promql-bad.yml':
    'groups:\n  - name: g\n    rules:\n      - record: r\n        expr: sum(rate(x[5m])\n',
};

/**
 * Where we reject on purpose what promtool accepts, or where this promtool is older than the
 * rulefmt we model. Not compared; each says why.
 */
const DELIBERATE: Record<string, string> = {
  'second-document-bad.yml': 'we lint every YAML document; promtool reads only the first',
  'negative-limit.yml':
    'promtool accepts a negative limit (treated as no limit); we reject it as a mistake',
};
const DELIBERATE_CASES: Record<string, string> = {
  'second-document-bad.yml':
    'groups:\n  - name: g\n---\ngroups:\n  - name: g\n    rules:\n      - alert: A\n',
  'negative-limit.yml': 'groups:\n  - name: g\n    limit: -1\n',
};
const NEWER_RULEFMT: Record<string, string> = {
  'group-labels.yml':
    'group labels arrived in Prometheus 3.0; promtool 2.42 calls them an unknown field',
  'query-offset.yml':
    'query_offset arrived in Prometheus 2.53; promtool 2.42 calls it an unknown field',
};
const NEWER_CASES: Record<string, string> = {
  'group-labels.yml': 'groups:\n  - name: g\n    labels: {team: a}\n',
  'query-offset.yml': 'groups:\n  - name: g\n    query_offset: 1m\n',
};

describe.skipIf(skip)(`conformance with promtool check rules`, () => {
  const version = available ? promtoolVersion() : 'unknown';
  const legacyNames = version.startsWith('2.');
  const dir = mkdtempSync(join(tmpdir(), 'prom-lint-conformance-'));
  for (const [name, text] of Object.entries({
    ...INLINE_CASES,
    ...DELIBERATE_CASES,
    ...NEWER_CASES,
  })) {
    writeFileSync(join(dir, name), text);
  }
  const fixtureFiles = ['rulefmt', 'promtool']
    .flatMap((folder) => readdirSync(join(FIXTURES, folder)).map((f) => join(FIXTURES, folder, f)))
    .filter((f) => /\.ya?ml$/.test(f));
  const cases = [...fixtureFiles, ...Object.keys(INLINE_CASES).map((f) => join(dir, f))];

  it('records the promtool version', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    console.info(`promtool ${version}; comparing with legacyNames=${legacyNames}`);
  });

  it.each(
    cases.map((path) => [
      relative(FIXTURES, path).replace(/^.*prom-lint-conformance-[^/]*\//, 'inline/'),
      path,
    ]),
  )('%s: rejected by us exactly when rejected by promtool', (_name, path) => {
    const { rejected, output } = promtoolRejects(path);
    const ours = lintRuleFiles([{ path, text: readFileSync(path, 'utf8') }], { legacyNames });
    const errors = ours.findings.filter((f) => f.severity === 'error');
    expect({ rejected: errors.length > 0, errors: errors.map((e) => e.message) }).toMatchObject({
      rejected,
      ...(rejected ? {} : { errors: [] }),
    });
    // Where promtool names lines ("5:15: group ..." or an unmarshal error's "  line 8: field"),
    // we report on one of them. Not for YAML syntax errors ("yaml: line 3: did not find ..."):
    // libyaml and the yaml package stop at different places (e.g. the last line vs end of file).
    const promtoolLines = [
      ...[...output.matchAll(/: (\d+):\d+: /g)].map((m) => Number(m[1])),
      ...[...output.matchAll(/^\s+line (\d+): /gm)].map((m) => Number(m[1])),
    ].filter((line) => line > 0);
    if (promtoolLines.length > 0) {
      const ourLines = errors.map((e) => e.line);
      expect(
        promtoolLines.some((line) => ourLines.includes(line)),
        `promtool: ${output}`,
      ).toBe(true);
    }
  });

  it('accepts every awesome-prometheus-alerts file, as promtool does', () => {
    const files = readdirSync(join(FIXTURES, 'awesome-prometheus-alerts'), {
      recursive: true,
      encoding: 'utf8',
    })
      .filter((f) => f.endsWith('.yml'))
      .map((f) => join(FIXTURES, 'awesome-prometheus-alerts', f));
    const result = spawnSync('promtool', ['check', 'rules', ...files], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    const ours = lintRuleFiles(
      files.map((path) => ({ path, text: readFileSync(path, 'utf8') })),
      { legacyNames },
    );
    expect(ours.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it.each(Object.entries(DELIBERATE))(
    '%s: we reject what promtool accepts, on purpose (%s)',
    (name) => {
      const path = join(dir, name);
      expect(promtoolRejects(path).rejected).toBe(false);
      const ours = lintRuleFiles([{ path, text: readFileSync(path, 'utf8') }], { legacyNames });
      expect(ours.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(NEWER_RULEFMT))('%s: accepted by the current rulefmt (%s)', (name) => {
    const path = join(dir, name);
    const ours = lintRuleFiles([{ path, text: readFileSync(path, 'utf8') }], { legacyNames });
    expect(ours.findings.filter((f) => f.severity === 'error')).toEqual([]);
    if (legacyNames) expect(promtoolRejects(path).rejected).toBe(true); // the older promtool's view
  });
});
