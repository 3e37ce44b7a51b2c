/**
 * Deeply nested expressions judged by the real `promtool check rules` (Debian bookworm's 2.42, as
 * long-expressions-conformance.test.ts) and by checkPromQL: both accept `((…x…))`, `sum(sum(…))`,
 * `abs(abs(…))` 20,000 deep and a mix of calls, aggregations, subqueries and operators 2,000 deep;
 * both reject an error at the bottom of 20,000 levels at the same column. Where the two part,
 * the cases record it: promtool accepts 3,000 signs in a row, a `^` chain of 1,000 terms and
 * nesting past MAX_EXPRESSION_DEPTH, and prom-lint says it did not check them (a warning, never
 * an error: lezer's stack holds 2,800 states, see long-chains.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPromQL, MAX_EXPRESSION_DEPTH } from '../../src/gates/prom-lint/promql/index.js';
import { parsePrometheusVersion } from '../../src/gates/prom-lint/promql/versions.js';
import { skipWithout, toolAvailable } from '../support/tools.js';

const available = toolAvailable('promtool');
const skip = skipWithout('promtool', available, 'apt-get install -y prometheus');
const workDir = mkdtempSync(join(tmpdir(), 'deep-expressions-'));
const AS_PROMTOOL = { prometheusVersion: parsePrometheusVersion('2.42') };
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCounter = 0;
/** promtool's verdict on `expr` as the only recording rule of a file, with the error's column. */
function promtool(expr: string): { valid: boolean; at: string | undefined; output: string } {
  fileCounter += 1;
  const file = join(workDir, `rule-${fileCounter}.yml`);
  writeFileSync(
    file,
    `groups:\n  - name: deep\n    rules:\n      - record: deep_rule\n        expr: ${JSON.stringify(expr)}\n`,
  );
  const result = spawnSync('promtool', ['check', 'rules', file], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  return {
    valid: result.status === 0,
    at: /could not parse expression: (\d+:\d+):/u.exec(output)?.[1],
    output,
  };
}

/** `line:column` of an offset, 1-based, as Prometheus places its errors. */
function placeOf(text: string, offset: number | undefined): string | undefined {
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before.at(-1) ?? '').length + 1}`;
}

/** `open` `depth` times, `inner`, then `close` `depth` times. */
function nested(depth: number, open: string, inner: string, close: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** `inner` in `depth` layers of instant-vector wrappers of many kinds, taken in turn. */
function mixed(depth: number, inner: string): string {
  const wrappers = [
    '({})',
    'sum by (job) ({})',
    'abs({})',
    '{} * 2',
    'max_over_time(({})[5m:1m])',
    'clamp_min({}, 0)',
    'label_replace({}, "a", "$1", "job", "(.*)")',
    'rate(y_total[5m]) / {}',
    '{} and on (job) y',
    'avg_over_time(({})[5m:1m] offset 5m)',
    '{} or vector(1)',
    '- {}',
    '{} ^ 2',
  ];
  let text = inner;
  for (let k = 0; k < depth; k += 1)
    text = (wrappers[k % wrappers.length] ?? '{}').replace('{}', text);
  return text;
}

const ACCEPTED: [string, string][] = [
  ['((…x…)), 20,000 deep', nested(20_000, '(', 'x', ')')],
  ['sum(sum(…x…)), 20,000 deep', nested(20_000, 'sum(', 'x', ')')],
  ['abs(abs(…x…)), 20,000 deep', nested(20_000, 'abs(', 'x', ')')],
  ['a mix of calls, aggregations, subqueries and operators, 2,000 deep', mixed(2000, 'x')],
  ['1,999 signs in a row', `${'- '.repeat(1999)}x`],
];

const REJECTED: [string, string][] = [
  ['a dangling operator under 20,000 parentheses', nested(20_000, '(', 'x +', ')')],
  ['a string under 20,000 aggregations', nested(20_000, 'sum(', '"a"', ')')],
  ['rate() of an instant vector under 2,000 mixed levels', mixed(2000, 'rate(x)')],
  ['an unclosed parenthesis at the bottom of 20,000', nested(20_000, '(', '(x', ')')],
  // The scan stops at `$`: within one parse's depth, the nesting is read in one parse.
  ['a character PromQL has not under 1,000 parentheses', nested(1000, '(', 'x $', ')')],
];

const NOT_CHECKED: [string, string][] = [
  ['3,000 signs in a row', `${'- '.repeat(3000)}x`],
  ['a ^ chain of 1,000 terms', Array.from({ length: 1000 }, () => 'x').join(' ^ ')],
  [
    `parentheses ${(MAX_EXPRESSION_DEPTH + 1).toLocaleString('en-US')} deep`,
    nested(MAX_EXPRESSION_DEPTH + 1, '(', 'x', ')'),
  ],
];

describe.skipIf(skip)('deep expressions: checkPromQL agrees with promtool check rules', () => {
  it.each(ACCEPTED)('both accept %s', (_name, expr) => {
    const verdict = promtool(expr);
    expect(verdict.valid, verdict.output).toBe(true);
    expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([]);
  });

  it.each(REJECTED)('both reject %s, at the same column', (_name, expr) => {
    const verdict = promtool(expr);
    expect(verdict.valid).toBe(false);
    const diagnostics = checkPromQL(expr, AS_PROMTOOL);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.severity).toBe('error');
    expect(placeOf(expr, diagnostics[0]?.from), verdict.output).toBe(verdict.at);
  });

  it.each(NOT_CHECKED)(
    'parts at %s: promtool accepts, prom-lint warns that it did not check it',
    (_name, expr) => {
      expect(promtool(expr).valid).toBe(true);
      expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([
        expect.objectContaining({
          severity: 'warning',
          check: 'promql/nesting-limit',
          message: expect.stringMatching(/^expression not checked: /u) as unknown,
        }),
      ]);
    },
  );
});
