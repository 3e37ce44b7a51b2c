/**
 * Deeply nested expressions (issue 14, item 15): `((…x…))`, `sum(sum(…x…))` and mixes of calls,
 * aggregations and operators thousands of levels deep are read and checked as Prometheus reads
 * them (its Go parser has no depth limit), in one lezer parse per NESTING_PER_PARSE brackets, and
 * every walk over the tree is iterative or depth-safe. Past MAX_EXPRESSION_DEPTH, and past what
 * lezer's stack holds for signs and `^` chains, the expression gets one warning that it was not
 * checked, never an error. promtool's verdicts on the same shapes: deep-expressions-conformance.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintRuleFiles } from '../../src/gates/prom-lint/lint.js';
import { parseLinked, type SyntaxNode } from '../../src/gates/prom-lint/promql/linked-tree.js';
import { NESTING_PER_PARSE } from '../../src/gates/prom-lint/promql/long-chains.js';
import { normalizedExpression } from '../../src/gates/prom-lint/promql/normalize.js';
import { expressionLabels } from '../../src/gates/prom-lint/promql/output-labels.js';
import { expressionMatchers } from '../../src/gates/prom-lint/promql/result-matchers.js';
import { semanticDiagnostics } from '../../src/gates/prom-lint/promql/semantics.js';
import {
  allNodes,
  checkPromQL,
  CHECKPOINT_LEVELS,
  MAX_EXPRESSION_DEPTH,
  numberLiteral,
  parsePromQL,
  promTree,
} from '../../src/gates/prom-lint/promql/index.js';

/** `open` `depth` times, `inner`, then `close` `depth` times. */
function nested(depth: number, open: string, inner: string, close: string): string {
  return open.repeat(depth) + inner + close.repeat(depth);
}

/** Wraps `inner` in `depth` layers, taking the wrappers (`{}` marks the inner part) in turn. */
function wrapped(depth: number, inner: string, wrappers: readonly string[]): string {
  let text = inner;
  for (let k = 0; k < depth; k += 1)
    text = (wrappers[k % wrappers.length] ?? '{}').replace('{}', text);
  return text;
}

/** Instant-vector wrappers of many kinds, for a deep expression of mixed nodes. */
const MIXED = [
  '({})',
  'sum by (job) ({})',
  'abs({})',
  '{} * 2',
  'max_over_time(({})[5m:1m])',
  'clamp_min({}, 0)',
  'label_replace({}, "a", "$1", "job", "(.*)")',
  'rate(y_total[5m]) / {}',
  '{} and on (job) y',
  'count_values("v", {})',
  'avg_over_time(({})[5m:1m] offset 5m)',
  '{} unless y',
  '{} or vector(1)',
  '- {}',
  '{} ^ 2',
  'sum without (le) ({})',
];

/** Every node as `name from-to`, parents first: the shape two trees must share. */
function shape(top: SyntaxNode): string[] {
  const lines: string[] = [];
  const stack: [SyntaxNode, number][] = [[top, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    lines.push(`${depth} ${node.name} ${node.from}-${node.to}`);
    const children: SyntaxNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      children.push(child);
    for (const child of children.reverse()) stack.push([child, depth + 1]);
  }
  return lines;
}

describe('deep expressions', () => {
  it.each([
    ['((…x…)), 20,000 deep', nested(20_000, '(', 'x', ')'), 'paren', 20_000],
    ['sum(sum(…x…)), 20,000 deep', nested(20_000, 'sum(', 'x', ')'), 'aggregate', 20_000],
    ['abs(abs(…x…)), 20,000 deep', nested(20_000, 'abs(', 'x', ')'), 'call', 20_000],
  ])(
    'reads %s as Prometheus does: no finding, every level in the tree',
    (_name, text, kind, levels) => {
      expect(checkPromQL(text)).toEqual([]);
      const nodes = allNodes(promTree(parsePromQL(text)));
      expect(nodes).toHaveLength(levels + 1);
      expect(nodes.filter((n) => n.kind === kind)).toHaveLength(levels);
      expect(nodes.at(-1)?.kind).toBe('selector');
      expect(nodes.at(-1)?.from).toBe(text.indexOf('x'));
    },
  );

  it('builds the tree one lezer parse builds where one parse can (sliced every NESTING_PER_PARSE brackets)', () => {
    // 600 levels of mixed nodes: sliced (over 250 brackets), yet within one parse's reach.
    const text = wrapped(600, 'x{job="a"}', MIXED);
    expect(text.length).toBeGreaterThan(2000);
    const parsed = parsePromQL(text);
    const single = parseLinked(text);
    expect(single.hasError).toBe(false);
    expect(shape(parsed.top)).toEqual(shape(single.top));
    expect(NESTING_PER_PARSE).toBeLessThan(600);
  });

  it('finds a syntax error at the bottom of 20,000 brackets where it is', () => {
    const text = nested(20_000, '(', 'x +', ')');
    expect(checkPromQL(text)).toEqual([
      expect.objectContaining({ severity: 'error', message: 'unexpected ")"', from: 20_003 }),
    ]);
  });

  it('finds a type error at the bottom of 20,000 aggregations where it is', () => {
    const text = nested(20_000, 'sum(', '"a"', ')');
    expect(checkPromQL(text)).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'expected type instant vector in aggregation expression, got string',
        from: 80_000,
        to: 80_003,
      }),
    ]);
  });

  it('gives the type errors of a deep tree in the order the recursion gives them', () => {
    // abs(x, 1): the argument count is checked before the arguments, so outer errors come first.
    const outerFirst = nested(1000, 'abs(', 'x', ', 1)');
    const before = semanticDiagnostics(parsePromQL(outerFirst));
    expect(before).toHaveLength(1000);
    expect(before.every((d, k) => k === 0 || d.from > (before[k - 1]?.from ?? 0))).toBe(true);
    // rate(rate(x)): each argument is checked after its own subtree, so inner errors come first.
    const innerFirst = nested(1000, 'rate(', 'x', ')');
    const after = semanticDiagnostics(parsePromQL(innerFirst));
    expect(after).toHaveLength(1000);
    expect(after.every((d, k) => k === 0 || d.from < (after[k - 1]?.from ?? 0))).toBe(true);
    expect(1000).toBeGreaterThan(CHECKPOINT_LEVELS * 2);
  });

  it('normalises, follows labels and matchers through 20,000 levels as through one', () => {
    const inner = 'sum by (job) (rate(x_total{job="a", env="p"}[5m]))';
    const deep = parsePromQL(nested(20_000, '(', inner, ')'));
    const shallow = parsePromQL(inner);
    expect(normalizedExpression(deep)).toBe(normalizedExpression(shallow));
    expect(expressionLabels(deep)).toEqual(expressionLabels(shallow));
    expect(expressionMatchers(deep)).toEqual(expressionMatchers(shallow));
    expect(expressionMatchers(deep)).toEqual([{ name: 'job', op: '=', value: 'a' }]);
  });

  it('reads a number through 20,000 parentheses and signs', () => {
    const parsed = parsePromQL(`${nested(20_000, '(', '- (2.5)', ')')} + 1`);
    const lhs = promTree(parsed)?.children[0];
    expect(lhs === undefined ? undefined : numberLiteral(parsed, lhs)).toBe(-2.5);
  });

  it('gives an alert nested 20,000 deep in parentheses the findings it gives without them', () => {
    const base =
      'topk(3, sum by (job) (rate(a_total[5m])) / sum by (job) (rate(b_total[5m]))) > 0 or vector(0) > 1';
    const findings = (expr: string): string[] =>
      lintRuleFiles([
        {
          path: 'r.yml',
          text: `groups:\n- name: g\n  rules:\n  - alert: A\n    expr: '${expr}'\n    annotations:\n      summary: '{{ $labels.instance }}'\n`,
        },
      ]).findings.map((f) => `${f.severity} ${f.check}: ${f.message}`);
    const plain = findings(base);
    expect(plain.map((f) => f.split(':')[0])).toEqual([
      'warning alerts/topk',
      'warning alerts/unguarded-aggregation',
      'warning promql/dead-code',
      'warning alerts/template-label-removed',
    ]);
    expect(findings(nested(20_000, '(', base, ')'))).toEqual(plain);
  });

  it('checks a mixed expression 5,000 levels deep and finds its warnings', () => {
    const expr = wrapped(5000, 'x{job="a"}', MIXED);
    expect(checkPromQL(expr)).toEqual([]);
    const { findings } = lintRuleFiles([
      {
        path: 'r.yml',
        text: `groups:\n- name: g\n  rules:\n  - alert: A\n    expr: '${expr} > 1'\n    for: 5m\n`,
      },
    ]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // `on (job)` after `count_values` (which keeps only `v`) names a label that is gone.
    expect(findings.filter((f) => f.check === 'promql/label-removed').length).toBeGreaterThan(100);
  });

  it('does not check a tree deeper than MAX_EXPRESSION_DEPTH, with one warning', () => {
    const text = nested(MAX_EXPRESSION_DEPTH + 10, '(', 'x', ')');
    const parsed = parsePromQL(text);
    expect(promTree(parsed)).toBeUndefined();
    expect(checkPromQL(text)).toEqual([
      {
        severity: 'warning',
        check: 'promql/nesting-limit',
        message:
          'expression not checked: it nests 25,011 levels deep; prom-lint reads at most 25,000 (Prometheus has no such limit)',
        from: 0,
        to: text.length,
      },
    ]);
  });

  it.each([
    ['2,000 signs in a row', `${'- '.repeat(2000)}x`],
    ['a ^ chain of 700 terms', Array.from({ length: 700 }, () => 'x').join(' ^ ')],
  ])('does not check %s (past lezer stack), with one warning', (_name, text) => {
    expect(checkPromQL(text)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        check: 'promql/nesting-limit',
        message: expect.stringContaining(
          'expression not checked: its signs and ^ operators',
        ) as unknown,
      }),
    ]);
  });

  it.each([
    ['1,999 signs in a row', `${'- '.repeat(1999)}x`, 1999, 'unary'],
    ['a ^ chain of 600 terms', Array.from({ length: 600 }, () => 'x').join(' ^ '), 599, 'binary'],
  ])('checks %s, nested as Prometheus nests it', (_name, text, levels, kind) => {
    expect(checkPromQL(text)).toEqual([]);
    // Right-nested: each node's last child is the next one down.
    let depth = 0;
    for (let n = promTree(parsePromQL(text)); n?.kind === kind; n = n.children.at(-1)) depth += 1;
    expect(depth).toBe(levels);
  });

  it('gives no warning of its own to an alert of an unchecked expression', () => {
    const { findings } = lintRuleFiles([
      {
        path: 'r.yml',
        text: `groups:\n- name: g\n  rules:\n  - record: r\n    expr: '${nested(MAX_EXPRESSION_DEPTH + 1, '(', 'x', ')')}'\n`,
      },
    ]);
    expect(findings.map((f) => [f.severity, f.check, f.line])).toEqual([
      ['warning', 'promql/nesting-limit', 5],
    ]);
    expect(findings[0]?.message).toContain('expression not checked');
    expect(findings[0]?.message).not.toContain('could not parse');
  });
});

describe('a malformed chain about as deep as the stack allows', () => {
  it('is rejected, not crashed on, with a smaller stack than the default', () => {
    // The Go parser's own test case of 55,002 characters (`(-{}-1-{}-1-…`, never closed), with
    // a stack of 600 KB (Node's default is about 984 KB): the slices' error must stand where a
    // single parse would overflow lezer's recursive tree builder.
    const table = fileURLToPath(
      new URL('../fixtures/prom-lint/promql-parse-test-table.json', import.meta.url),
    );
    const module = fileURLToPath(
      new URL('../../src/gates/prom-lint/promql/index.ts', import.meta.url),
    );
    const script = `
      const { readFileSync } = await import('node:fs');
      const { checkPromQL } = await import(${JSON.stringify(module)});
      const cases = JSON.parse(readFileSync(${JSON.stringify(table)}, 'utf8')).cases;
      const long = cases.find((c) => c.input.length > 50000);
      const errors = checkPromQL(long.input, {}).filter((d) => d.severity === 'error');
      console.log(JSON.stringify({ length: long.input.length, errors: errors.length }));
    `;
    const run = spawnSync(
      process.execPath,
      ['--stack-size=600', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ length: 55_002, errors: 1 });
  });
});
