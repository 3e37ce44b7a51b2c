/**
 * Long expressions judged by the real `promtool check rules` (Debian bookworm's 2.42, as
 * promql-conformance.test.ts) and by checkPromQL: both accept long operator chains of several
 * shapes, at the top level and inside brackets (`sum(x + x + …)`, `clamp(x + x + …, 0, 1)`), and
 * both reject them with an error added at the end, before the last bracket or in the middle, at
 * the same column. Prometheus' Go parser has no depth limit; prom-lint reads trees up to
 * MAX_EXPRESSION_DEPTH deep (deep-expressions-conformance.test.ts), and the last case records
 * that both accept a chain of 5,000 terms.
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
const workDir = mkdtempSync(join(tmpdir(), 'long-expressions-'));
const AS_PROMTOOL = { prometheusVersion: parsePrometheusVersion('2.42') };
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let fileCounter = 0;
/** promtool's verdict on `expr` as the only recording rule of a file, with the error's column. */
function promtool(expr: string): { valid: boolean; at: string | undefined; output: string } {
  fileCounter += 1;
  const file = join(workDir, `rule-${fileCounter}.yml`);
  writeFileSync(
    file,
    `groups:\n  - name: long\n    rules:\n      - record: long_rule\n        expr: ${JSON.stringify(expr)}\n`,
  );
  const result = spawnSync('promtool', ['check', 'rules', file], {
    encoding: 'utf8',
    timeout: 60_000,
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

/** Joins `count` copies of `term` with the operators given, in turn. */
function chain(count: number, term: string, operators: readonly string[]): string {
  let text = term;
  for (let k = 1; k < count; k += 1) text += ` ${operators[(k - 1) % operators.length]} ${term}`;
  return text;
}

const SHAPES: [string, string][] = [
  ['x + x + … (1,200 terms, issue 14)', chain(1200, 'x', ['+'])],
  ['x - x - … (1,400 terms)', chain(1400, 'x', ['-'])],
  ['mixed arithmetic (1,400 terms)', chain(1400, 'x', ['+', '*', '-', '/', '%', 'atan2', '^'])],
  ['set operators (1,200 terms)', chain(1200, 'up{job="a"}', ['and', 'or', 'unless'])],
  [
    'bool and vector matching (1,200 terms)',
    chain(1200, 'rate(x[5m])', ['+ on(job) group_left(a)', '> bool', '- ignoring(b)', '*']),
  ],
  [
    'comments, strings with operators, offsets (1,200 terms)',
    chain(1200, 'label_replace(x offset 5m, "d", "a+b-c", "s", "(.*)")', ['+\n# a - b\n', 'or']),
  ],
  ['5,000 terms in nested parentheses', chain(50, `(${chain(100, 'x', ['+', '-'])})`, ['+', '*'])],
  ['a sign on every term (1,200 terms)', chain(1200, '-x', ['+', '-'])],
];

const TERMS = chain(1200, 'x', ['+']);
/** Long chains inside brackets: the last bracket closes the chain (for an error put before it). */
const BRACKETED: [string, string][] = [
  ['sum(x + x + …), 1,200 terms', `sum(${TERMS})`],
  ['(x + x + …), 1,200 terms', `(${TERMS})`],
  ['rate(a[5m]) / (b + b + …), 1,200 terms', `rate(a[5m]) / (${chain(1200, 'b', ['+'])})`],
  ['max by (job) (x + x + …), 1,200 terms', `max by (job) (${TERMS})`],
  ['abs(x + x + …), 1,200 terms', `abs(${TERMS})`],
  [
    'clamp(x + x + …, 0, 1) + clamp(x, 0, 1 + 1 + …), 1,200 terms each',
    `clamp(${TERMS}, 0, 1) + clamp(x, 0, ${chain(1200, '1', ['+'])})`,
  ],
  ['sum(abs((x + x + …))), 1,200 terms', `sum(abs((${TERMS})))`],
  [
    'topk(5, x + x + …) by (job) / (x + x + …), 1,200 terms each',
    `topk(5, ${TERMS}) by (job) / (${TERMS})`,
  ],
  [
    'mixed arithmetic in a subquery, 1,400 terms',
    `max_over_time((${chain(1400, 'x', ['+', '*', '-', '/', '%', 'atan2', '^'])})[5m:1m])`,
  ],
  [
    'set operators, comments and strings inside an aggregation, 1,200 terms',
    `sum by (le) (\n${chain(1200, 'label_replace(up{job="a"}, "d", "a+b-c", "s", "(.*)")', ['and\n# a - b\n', 'or', 'unless'])}\n)`,
  ],
  [
    'nested: 4 chains of 400 terms',
    `sum(${chain(400, 'x', ['+'])} + abs(${chain(400, 'y', ['*'])} - (${chain(400, 'z', ['-'])})) - ${chain(400, 'w', ['/'])})`,
  ],
  ['150 sums of 150 terms', chain(150, `sum(${chain(150, 'x', ['+'])})`, ['+', '-'])],
];

describe.skipIf(skip)('long expressions: checkPromQL agrees with promtool check rules', () => {
  it.each(SHAPES)('both accept %s', (_name, expr) => {
    const verdict = promtool(expr);
    expect(verdict.valid, verdict.output).toBe(true);
    expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([]);
  });

  it.each(SHAPES)('both reject %s with a dangling operator, at the same column', (_name, body) => {
    const expr = `${body} +`;
    const verdict = promtool(expr);
    expect(verdict.valid).toBe(false);
    const diagnostics = checkPromQL(expr, AS_PROMTOOL);
    expect(diagnostics).toHaveLength(1);
    expect(placeOf(expr, diagnostics[0]?.from), verdict.output).toBe(verdict.at);
  });

  it.each(SHAPES.slice(0, 3))(
    'both reject %s with a doubled operator in the middle, at the same column',
    (_name, body) => {
      const cut = body.indexOf(' ', Math.floor(body.length / 2));
      const expr = `${body.slice(0, cut)} * /${body.slice(cut)}`;
      const verdict = promtool(expr);
      expect(verdict.valid).toBe(false);
      const diagnostics = checkPromQL(expr, AS_PROMTOOL);
      expect(diagnostics).toHaveLength(1);
      expect(placeOf(expr, diagnostics[0]?.from), verdict.output).toBe(verdict.at);
    },
  );

  it.each(BRACKETED)('both accept %s', (_name, expr) => {
    const verdict = promtool(expr);
    expect(verdict.valid, verdict.output).toBe(true);
    expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([]);
  });

  it.each(BRACKETED)(
    'both reject %s with a dangling operator, at the same column',
    (_name, body) => {
      const expr = `${body} +`;
      const verdict = promtool(expr);
      expect(verdict.valid).toBe(false);
      const diagnostics = checkPromQL(expr, AS_PROMTOOL);
      expect(diagnostics).toHaveLength(1);
      expect(placeOf(expr, diagnostics[0]?.from), verdict.output).toBe(verdict.at);
    },
  );

  it.each(BRACKETED)(
    'both reject %s with a dangling operator before the last bracket, at the same column',
    (_name, body) => {
      const close = body.lastIndexOf(')');
      const expr = `${body.slice(0, close)} +${body.slice(close)}`;
      const verdict = promtool(expr);
      expect(verdict.valid).toBe(false);
      const diagnostics = checkPromQL(expr, AS_PROMTOOL);
      expect(diagnostics).toHaveLength(1);
      expect(placeOf(expr, diagnostics[0]?.from), verdict.output).toBe(verdict.at);
    },
  );

  it.each(BRACKETED.slice(0, 6))(
    'both reject %s with a doubled operator at three quarters, at the same column',
    (_name, body) => {
      // Past the 300 terms at which one lezer parse gives up.
      const cut = body.indexOf(' + ', Math.floor((body.length * 3) / 4));
      const expr = `${body.slice(0, cut)} * /${body.slice(cut)}`;
      const verdict = promtool(expr);
      expect(verdict.valid).toBe(false);
      const diagnostics = checkPromQL(expr, AS_PROMTOOL);
      expect(diagnostics).toHaveLength(1);
      expect(placeOf(expr, diagnostics[0]?.from), verdict.output).toBe(verdict.at);
    },
  );

  it('both reject an unclosed sum(x + x + …) at the end', () => {
    const expr = `sum(${TERMS}`;
    const verdict = promtool(expr);
    expect(verdict.output).toContain('unclosed left parenthesis');
    const diagnostics = checkPromQL(expr, AS_PROMTOOL);
    expect(diagnostics).toEqual([
      expect.objectContaining({ message: 'unclosed left parenthesis' }),
    ]);
    expect(placeOf(expr, diagnostics[0]?.from)).toBe(verdict.at);
  });

  it("both accept 5,000 terms in one chain, under prom-lint's depth limit", () => {
    const expr = chain(5000, 'x', ['+']);
    expect(5000).toBeLessThan(MAX_EXPRESSION_DEPTH);
    expect(promtool(expr).valid).toBe(true);
    expect(checkPromQL(expr, AS_PROMTOOL)).toEqual([]);
  });
});
