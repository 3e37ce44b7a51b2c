/**
 * Agreement of checkPromQL with Prometheus' own parser tests: the `testExpr` table of
 * promql/parser/parse_test.go (copied as data, see SOURCES.md), which the Go test runs with every
 * experimental syntax on. Two oracles:
 *
 * - the table's verdicts, for the current Prometheus (checkPromQL's default) with every flag on;
 * - Debian's promtool 2.42 on the same inputs, for checkPromQL told to follow 2.42.
 *
 * Each prints its agreement, so a change in either direction shows in the test output.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPromQL, type PromQLOptions } from '../../src/gates/prom-lint/promql/index.js';
import { parsePrometheusVersion } from '../../src/gates/prom-lint/promql/versions.js';
import { skipWithout, toolAvailable } from '../support/tools.js';

interface TableCase {
  input: string;
  valid: boolean;
  error?: string;
}

function isTableCase(value: unknown): value is TableCase {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c.input === 'string' && typeof c.valid === 'boolean';
}

const table: unknown = JSON.parse(
  readFileSync(
    new URL('../fixtures/prom-lint/promql-parse-test-table.json', import.meta.url),
    'utf8',
  ),
);
const cases: TableCase[] =
  typeof table === 'object' && table !== null && 'cases' in table && Array.isArray(table.cases)
    ? table.cases.filter(isTableCase)
    : [];

/** The Go test's parser options: every experimental syntax on. */
const EVERY_FLAG: PromQLOptions = {
  experimentalFunctions: true,
  durationExpressions: true,
  extendedRangeSelectors: true,
  fillModifiers: true,
};

const accepts = (input: string, options: PromQLOptions): boolean =>
  !checkPromQL(input, options).some((d) => d.severity === 'error');

/** `expr` shown on one line, cut to 60 characters (one case is 50,000 long). */
const shown = (input: string): string => {
  const one = JSON.stringify(input);
  return one.length > 60 ? `${one.slice(0, 60)}…` : one;
};

describe("checkPromQL against the Go parser's test table", () => {
  it('reads the whole table', () => {
    expect(cases).toHaveLength(356);
    expect(cases.filter((c) => c.valid)).toHaveLength(208);
  });

  it('agrees with the table on every case, with every flag on (at least 97% required)', () => {
    const disagreements = cases
      .filter((c) => accepts(c.input, EVERY_FLAG) !== c.valid)
      .map(
        (c) => `${c.valid ? 'rejects' : 'accepts'} ${shown(c.input)} (Go: ${c.error ?? 'valid'})`,
      );
    const agreement = (cases.length - disagreements.length) / cases.length;
    console.log(
      `Go parser table: ${cases.length - disagreements.length} of ${cases.length} agree (${(100 * agreement).toFixed(1)}%)`,
    );
    expect(agreement).toBeGreaterThanOrEqual(0.97);
    expect(disagreements).toEqual([]);
  });

  it('refuses what needs a flag by naming it, never silently, when the flags are off', () => {
    // Prometheus 3.13: before duration expressions (3.14) and anchored/smoothed (3.16) were the default.
    const options = { prometheusVersion: parsePrometheusVersion('3.13') };
    const needFlag = cases.filter((c) => c.valid && !accepts(c.input, options));
    for (const c of needFlag) {
      const checks = checkPromQL(c.input, options).map((d) => d.check);
      expect(checks, c.input).toContain('promql/experimental');
      expect(
        checks.filter((check) => check !== 'promql/experimental'),
        c.input,
      ).toEqual([]);
    }
    console.log(`Go parser table: ${needFlag.length} valid cases need a flag in Prometheus 3.13`);
    expect(needFlag.length).toBeGreaterThan(20);
  });
});

const available = toolAvailable('promtool');
const skip = skipWithout('promtool', available, 'apt-get install -y prometheus');
const workDir = mkdtempSync(join(tmpdir(), 'promql-go-table-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Lone surrogates (the table's invalid UTF-8) cannot be written to a YAML file. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

describe.skipIf(skip)(
  'checkPromQL for Prometheus 2.42 against promtool 2.42, on the Go table',
  () => {
    it('agrees on at least 97% of the inputs a rule file can hold', () => {
      const inputs = cases.map((c) => c.input).filter((input) => !LONE_SURROGATE.test(input));
      const file = join(workDir, 'table.yml');
      // One rule per input: promtool reports every rule that fails, as `rule N`.
      writeFileSync(
        file,
        `groups:\n  - name: table\n    rules:\n${inputs
          .map((input, i) => `      - record: r${i}\n        expr: ${JSON.stringify(input)}\n`)
          .join('')}`,
      );
      const result = spawnSync('promtool', ['check', 'rules', file], {
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      const output = `${result.stdout}${result.stderr}`;
      const failed = new Set(
        [...output.matchAll(/group "table", rule (\d+),/gu)].map((m) => Number(m[1]) - 1),
      );
      expect(failed.size).toBeGreaterThan(100);
      const options = { prometheusVersion: parsePrometheusVersion('2.42') };
      const disagreements = inputs.flatMap((input, i) =>
        accepts(input, options) === !failed.has(i)
          ? []
          : [`${failed.has(i) ? 'accepts' : 'rejects'} ${shown(input)}`],
      );
      const agreed = inputs.length - disagreements.length;
      console.log(
        `promtool 2.42 on the Go table: ${agreed} of ${inputs.length} agree (${((100 * agreed) / inputs.length).toFixed(1)}%)\n  ${disagreements.join('\n  ')}`,
      );
      expect(agreed / inputs.length).toBeGreaterThanOrEqual(0.97);
      // promtool 2.42 accepts these; Prometheus 3 (the Go table) rejects them, as checkPromQL does.
      expect(disagreements).toEqual([
        'rejects "some_metric @ start() [5m]"',
        'rejects "some_metric @ end()[5m]"',
        'rejects "foo[5s x 5s]"',
        'rejects "foo[5s s 5s]"',
      ]);
    });
  },
);
