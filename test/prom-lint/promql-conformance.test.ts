/**
 * Conformance of checkPromQL with the real `promtool check rules`: for each hand-written case, both
 * must agree on valid versus invalid, and on the column of the error where Prometheus reports one.
 *
 * Debian bookworm packages promtool 2.42.0 (`apt-get install prometheus`), while checkPromQL
 * follows the current Prometheus by default; here it is told to follow 2.42
 * (`prometheusVersion`), so every case is judged, those that need a newer Prometheus
 * (`newerThanDebian` in promql-cases.ts) included: both must reject them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPromQL } from '../../src/gates/prom-lint/promql/index.js';
import { parsePrometheusVersion } from '../../src/gates/prom-lint/promql/versions.js';
import { skipWithout, toolAvailable } from '../support/tools.js';
import { INVALID_CASES, VALID_CASES } from './promql-cases.js';
import { EXPRESSION_FIXTURES } from './promql-corpus.js';

const available = toolAvailable('promtool');
const skip = skipWithout('promtool', available, 'apt-get install -y prometheus');
const workDir = mkdtempSync(join(tmpdir(), 'promql-conformance-'));
const AS_PROMTOOL = { prometheusVersion: parsePrometheusVersion('2.42') };
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

interface PromtoolVerdict {
  valid: boolean;
  /** 1-based column of the parse error in the expression, when promtool names one. */
  column: number | undefined;
  output: string;
}

let fileCounter = 0;
/** Writes `expr` as the only recording rule of a file and runs `promtool check rules` on it. */
function promtool(expr: string): PromtoolVerdict {
  fileCounter += 1;
  const file = join(workDir, `rule-${fileCounter}.yml`);
  // JSON strings are valid YAML double-quoted scalars, so any expression survives intact.
  writeFileSync(
    file,
    `groups:\n  - name: conformance\n    rules:\n      - record: conformance_rule\n        expr: ${JSON.stringify(expr)}\n`,
  );
  const result = spawnSync('promtool', ['check', 'rules', file], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  const column = /could not parse expression: 1:(\d+):/u.exec(output)?.[1];
  return {
    valid: result.status === 0,
    column: column === undefined ? undefined : Number(column),
    output,
  };
}

describe.skipIf(skip)(
  'checkPromQL agrees with promtool check rules (promtool 2.42 from Debian bookworm)',
  () => {
    it('runs promtool', () => {
      expect(spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status).toBe(0);
    });

    it.each(VALID_CASES.filter((c) => c.newerThanDebian === undefined).map((c) => [c.expr]))(
      'both accept %s',
      (expr) => {
        const verdict = promtool(expr);
        expect(verdict.output).toContain('SUCCESS');
        expect(verdict.valid).toBe(true);
        expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([]);
      },
    );

    it.each(VALID_CASES.filter((c) => c.newerThanDebian !== undefined).map((c) => [c.expr]))(
      'both reject %s, which needs a newer Prometheus',
      (expr) => {
        expect(promtool(expr).valid).toBe(false);
        expect(checkPromQL(expr, AS_PROMTOOL)[0]?.severity).toBe('error');
      },
    );

    it.each(INVALID_CASES.filter((c) => c.newerThanDebian !== undefined).map((c) => [c.expr]))(
      'both accept %s, which only a newer Prometheus rejects',
      (expr) => {
        expect(promtool(expr).valid).toBe(true);
        expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([]);
      },
    );

    it.each(INVALID_CASES.filter((c) => c.newerThanDebian === undefined).map((c) => [c.expr, c]))(
      'both reject %s',
      (expr, c) => {
        const verdict = promtool(expr);
        expect(verdict.valid, verdict.output).toBe(false);
        const [first] = checkPromQL(expr, AS_PROMTOOL);
        expect(first?.severity).toBe('error');
        if (c.columnDiffers === undefined)
          expect(first === undefined ? undefined : first.from + 1, verdict.output).toBe(
            verdict.column,
          );
      },
    );

    it('promtool accepts the whole awesome-prometheus-alerts fixture, as checkPromQL does', () => {
      const dir = join(EXPRESSION_FIXTURES, 'awesome-prometheus-alerts');
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.yml'))
        .map((name) => join(dir, name));
      expect(files.length).toBe(112);
      const result = spawnSync('promtool', ['check', 'rules', ...files], {
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    });
  },
);
