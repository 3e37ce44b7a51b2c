/**
 * Long operator chains (issue 14, item 15): `x + x + … + x` of 1,200 terms was refused with
 * `unexpected "x"` at 1:2303, because @lezer/lr stops a left-associative production after 300
 * reductions at one start. The chain is parsed in slices (src/gates/prom-lint/promql/long-chains.ts);
 * here the sliced parse is held to the tree one parse gives, on chains short enough for one parse,
 * and long chains are held to exact positions and to one error per expression.
 */
import { describe, expect, it } from 'vitest';
import {
  checkPromQL,
  MAX_EXPRESSION_DEPTH,
  parsePromQL,
  promTree,
  type PromNode,
  type SyntaxNode,
} from '../../src/gates/prom-lint/promql/index.js';
import { parseLinked } from '../../src/gates/prom-lint/promql/linked-tree.js';
import {
  type Chain,
  OPERATORS_PER_PARSE,
  parseLongChain,
  scanChains,
  topLevelOperators,
} from '../../src/gates/prom-lint/promql/long-chains.js';

/** A tree as text: every node's name and span, children in brackets. */
function shape(node: SyntaxNode): string {
  const children: string[] = [];
  for (let child = node.firstChild; child !== null; child = child.nextSibling)
    children.push(shape(child));
  const self = `${node.name}@${node.from}-${node.to}`;
  return children.length === 0 ? self : `${self}(${children.join(',')})`;
}

/** The normalised tree as text: kind, span and the lezer node it reads. */
function promShape(node: PromNode | undefined): string {
  if (node === undefined) return '';
  const self = `${node.kind}:${node.node.name}@${node.from}-${node.to}`;
  return node.children.length === 0 ? self : `${self}(${node.children.map(promShape).join(',')})`;
}

/** Joins `count` copies of `term` with the operators given, in turn. */
function chain(count: number, term: string, operators: readonly string[]): string {
  let text = term;
  for (let k = 1; k < count; k += 1) text += ` ${operators[(k - 1) % operators.length]} ${term}`;
  return text;
}

const SHORT_CHAINS = [
  'a + b + c + d + e',
  'a - b - c - d - e',
  'a / b * c % d atan2 e',
  'a ^ b ^ c ^ d',
  'a or b and c unless d or e and f',
  'a + b * c - d / e + f ^ g ^ h - i',
  '  # a header comment\n a + on(x) group_left(y) -b - c > bool 1 + d',
  'a + ignoring(x) group_right c - on() d * e + f',
  'a > bool -1 + b == bool +2 - c',
  'a > bool (b) + c < bool (d - e) - f',
  'sum by (a) (x) + sum(y) without (b) + -z + 1e+5 + 0x1F - .5',
  'a + "x + y" + `z - w` + \'a or b\' - c{l="1+2"}',
  'a + (b + c + d) + e - (f * (g - h)) + i',
  'rate(a[5m]) + b[5m:1m] - c @ 100 + d @ -100 + e @ start() - f',
  'a offset 5m + b offset -5m + c',
  'a + b*c*d*e + f*g*h + i*j - k',
  'a +\n# between\nb -\n# and here\nc + d',
  'topk(5, a) + histogram_quantile(0.9, sum by (le) (rate(b[5m]))) - c',
];

/** Chains inside brackets, each with more operators than the per-parse counts below. */
const BRACKETED_CHAINS = [
  'sum(a + b - c * d + e)',
  '(a + b + c + d + e)',
  'rate(a[5m]) / (b + b + b + b + b)',
  'max by (job) (a + b + c + d + e)',
  'sum(a + b + c + d + e) by (job)',
  'abs(a + b + c + d + e)',
  'clamp(a + b + c + d + e, 0, 1)',
  'clamp(0 + a, b - c - d - e - f, g * h * i * j * k)',
  'topk(5, a + b + c + d + e) or bottomk(5, f + g + h + i + j)',
  'sum(abs((a + b + c + d + e) * (f - g - h - i - j)) + k + l + m + n) - (o + p + q + r + s)',
  'a + (b + (c + (d + e + f + g + h) + i + j + k) + l + m) + n',
  'sum(\n  a + on(x) group_left(y) b\n  # a comment\n  - c > bool 1 + d * e\n)',
  'label_replace(a + b + c + d + e, "d", "a+b-c", "s", "(.*)")',
  'max_over_time((a + b + c + d + e)[5m:1m])',
  '-(a + b + c + d + e) + -(f - g - h - i - j)',
  'histogram_quantile(0.9, sum by (le) (rate(a[5m]) + rate(b[5m]) + rate(c[5m]) + rate(d[5m]) + e))',
  'count_values("v", a + b + c + d + e) unless on(v) (f or g or h or i or j)',
  'sum without (a) (b + c + d + e + f) / ignoring(a) group_left sum(g ^ h ^ i + j + k + l)',
];

/** Whether `parseLongChain(text, perParse)` has anything to slice. */
function hasLongChain(text: string, perParse: number): boolean {
  const root = scanChains(text, (c) => c.operators.length > perParse);
  return root.operators.length > perParse || root.inner.length > 0;
}

describe('the sliced parse of an operator chain', () => {
  it.each(
    [...SHORT_CHAINS, ...BRACKETED_CHAINS].flatMap((text) =>
      [1, 2, 3].map((perParse) => [text, perParse] as const),
    ),
  )('gives the tree one parse gives: %j, %i operators a parse', (text, perParse) => {
    const whole = parseLinked(text);
    expect(whole.hasError).toBe(false);
    const sliced = parseLongChain(text, perParse);
    if (!hasLongChain(text, perParse)) {
      expect(BRACKETED_CHAINS).not.toContain(text);
      expect(sliced).toBeUndefined();
      return;
    }
    expect(sliced).toBeDefined();
    expect(sliced?.hasError).toBe(false);
    expect(sliced?.depth).toBe(whole.depth);
    const top = sliced?.top as SyntaxNode;
    // The normalised tree (what the checks read) is always the same.
    const parsed = { text, top, answers: [], depth: sliced?.depth ?? 0 };
    expect(promShape(promTree(parsed))).toBe(promShape(promTree(parsePromQL(text))));
    expect(promShape(promTree(parsed))).not.toBe('');
    // lezer's own tree is too, except where lezer reads a postfix operator over the chain
    // before it (`a + b offset 5m` as `(a + b) offset 5m`), which the slices read as Prometheus.
    if (!/offset|@|\[/u.test(text)) expect(shape(top)).toBe(shape(whole.top));
  });

  it.each([
    'sum(a + b + c + d +)',
    'sum(a + b + c + d + )',
    'clamp(a + b + c + d +, 0, 1)',
    'clamp(0, 1, a - b - c - d -)',
    '(a + b + c + * d + e)',
    'sum(a + b + c + d',
    'abs((a + b + c + d) + e + f +) - g',
    'sum(abs((a + b + c + d)) + e +) by (job)',
    'sum(a + b + c + d) by (job +)',
    'a + (b + c + d + e) + ) + f',
    'a + sum(b + c + d + e $ f) + g',
    'x + (a + b + c + d',
    'sum(a + b + c + d ] + e)',
    'sum(a + b + c + "d)',
  ])('places the first error where one parse does: %j', (text) => {
    const firstError = (top: SyntaxNode): number => {
      let first = Infinity;
      const stack = [top];
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        if (node.type.isError) first = Math.min(first, node.from);
        for (let child = node.firstChild; child !== null; child = child.nextSibling)
          stack.push(child);
      }
      return first;
    };
    const whole = parseLinked(text);
    expect(whole.hasError).toBe(true);
    for (const perParse of [1, 2]) {
      const sliced = parseLongChain(text, perParse);
      expect(sliced?.hasError).toBe(true);
      expect(firstError(sliced?.top as SyntaxNode)).toBe(firstError(whole.top));
    }
  });

  it('reads a postfix operator on its own operand, as Prometheus does', () => {
    // Prometheus binds `offset` tighter than any binary operator: a + ((b offset 5m) * c) + d.
    // lezer reads `(a + b) offset 5m * c`, and the one-parse tree keeps `* c` above `a + …`.
    const text = 'a + b offset 5m * c + d';
    const sliced = parseLongChain(text, 1);
    expect(sliced?.hasError).toBe(false);
    const parsed = { text, top: sliced?.top as SyntaxNode, answers: [], depth: 0 };
    expect(promShape(promTree(parsed))).toBe(
      'binary:BinaryExpr@0-23(binary:BinaryExpr@0-19(selector:VectorSelector@0-1,' +
        'binary:BinaryExpr@4-19(offset:OffsetExpr@4-15(selector:VectorSelector@4-5),' +
        'selector:VectorSelector@18-19)),selector:VectorSelector@22-23)',
    );
  });

  it('is not used where one parse will do', () => {
    expect(parseLongChain('a + b + c')).toBeUndefined();
    // More operators than one parse takes, in fewer characters than lezer's limit counts.
    expect(parseLongChain(chain(OPERATORS_PER_PARSE + 2, 'x', ['+']))).toBeUndefined();
    const long = chain(OPERATORS_PER_PARSE + 2, 'some_long_metric_name{job="api"}', ['+']);
    expect(long.length).toBeGreaterThan(2000);
    expect(parseLongChain(long)?.hasError).toBe(false);
    // The same inside brackets.
    expect(parseLongChain(`sum(${chain(OPERATORS_PER_PARSE + 2, 'x', ['+'])})`)).toBeUndefined();
    expect(parseLongChain(`sum(${long})`)?.hasError).toBe(false);
    // Over 2,000 characters, but no more operators than one parse takes.
    const most = `sum(${chain(OPERATORS_PER_PARSE + 1, 'some_long_metric_name', ['+'])})`;
    expect(most.length).toBeGreaterThan(2000);
    expect(parseLongChain(most)).toBeUndefined();
  });
});

describe('topLevelOperators', () => {
  it.each([
    ['a + b', [[2, 4, 4]]],
    ['a + -b', [[2, 4, 4]]],
    ['-a - -b', [[3, 5, 4]]],
    ['a > bool -1', [[2, 9, 3]]],
    ['a * on(x) group_left(y) -b', [[2, 24, 5]]],
    [
      'a > bool (b) + c',
      [
        [2, 9, 3],
        [13, 15, 4],
      ],
    ],
    ['x offset -5m + y', [[13, 15, 4]]],
    ['x @ -100 - y', [[9, 11, 4]]],
    ['sum(a + b) by (c) / d', [[18, 20, 5]]],
    [
      'a and b or c unless d',
      [
        [2, 6, 2],
        [8, 11, 1],
        [13, 20, 2],
      ],
    ],
    [
      '1e+5 - 0x1F ^ 2',
      [
        [5, 7, 4],
        [12, 14, 6],
      ],
    ],
    ['"a + b" - c', [[8, 10, 4]]],
    ['a # b + c\n - d', [[11, 13, 4]]],
    ['a atan2 b', [[2, 8, 5]]],
  ] as const)('%j', (text, expected) => {
    expect(topLevelOperators(text).map((o) => [o.from, o.operandFrom, o.level])).toEqual(expected);
  });

  it('stops at what it does not read, leaving it to the grammar', () => {
    expect(topLevelOperators('a + b ) + c').map((o) => o.from)).toEqual([2]);
    expect(topLevelOperators('a + "b + c').map((o) => o.from)).toEqual([2]);
  });
});

describe('scanChains', () => {
  /** The spans of the long chains inside `text` (more than one operator), with their own inside. */
  const inner = (text: string): unknown[] => {
    const spans = (chain: Chain): unknown[] =>
      chain.inner.map((c) => [text.slice(c.from, c.to), ...spans(c)]);
    return spans(scanChains(text, (c) => c.operators.length > 1));
  };

  it.each([
    ['f(a + b + c, d * e / g) - (h - i - j)', [['a + b + c'], ['d * e / g'], ['h - i - j']]],
    ['sum by (a, b) (c + d + e) by (f)', [['c + d + e']]],
    ['a * on(b, c) group_left(d) (e + f + g)', [['e + f + g']]],
    ['(a + b) + (c + d + e)', [['c + d + e']]],
    // A short chain hands on the long ones inside it; a long one keeps them.
    [
      'f(g(a + b + c) + 1) + (h + (i + j + k) + l)',
      [['a + b + c'], ['h + (i + j + k) + l', ['i + j + k']]],
    ],
    ['sum(\n  # a + b + c\n  a + b + "c)" + {d="(e"}[5m]\n)', [['a + b + "c)" + {d="(e"}[5m]']]],
    ['sum(a + b +)', [['a + b +']]],
    // Unclosed at the end: the chain ends there, and the grammar says the bracket is unclosed.
    ['x + sum(a + b + c', [['a + b + c']]],
    // Where the scan stops, the brackets still open end at their last token.
    ['sum((a + b + c) + d + $ + e)', [['(a + b + c) + d +', ['a + b + c']]]],
    ['(a + b + c) ) + (d + e + f)', [['a + b + c']]],
  ] as const)('%j', (text, expected) => {
    expect(inner(text)).toEqual(expected);
  });
});

describe('long expressions', () => {
  const SHAPES: [string, string][] = [
    ['x + x + … (1,200 terms)', chain(1200, 'x', ['+'])],
    ['mixed precedence (1,400 terms)', chain(1400, 'x', ['+', '*', '-', '/', '%', 'atan2'])],
    ['and / or / unless (1,200 terms)', chain(1200, 'up{job="a"}', ['and', 'or', 'unless'])],
    [
      'with modifiers (1,200 terms)',
      chain(1200, 'rate(x[5m])', ['+ on(job) group_left(a)', '> bool', '- ignoring(b)']),
    ],
    ['5,000 terms in parentheses', chain(50, `(${chain(100, 'x', ['+', '-'])})`, ['+', '*'])],
    ['sum(x + x + …) (1,200 terms)', `sum(${chain(1200, 'x', ['+'])})`],
    ['clamp(x + x + …, 0, 1) (1,200 terms)', `clamp(${chain(1200, 'x', ['+'])}, 0, 1)`],
    [
      'nested brackets (4 × 300 terms)',
      `sum(${chain(300, 'x', ['+'])} + abs(${chain(300, 'y', ['*'])} - (${chain(300, 'z', ['-'])})) - ${chain(300, 'w', ['/'])})`,
    ],
    ['150 sums of 150 terms', chain(150, `sum(${chain(150, 'x', ['+'])})`, ['+', '-'])],
  ];

  it.each(SHAPES)('%s parses without an error', (_name, text) => {
    expect(checkPromQL(text)).toEqual([]);
  });

  it.each(SHAPES)(
    '%s with a dangling operator at the end: one error, at the end',
    (_name, text) => {
      expect(checkPromQL(`${text} +`)).toEqual([
        expect.objectContaining({
          severity: 'error',
          message: 'unexpected end of input',
          from: text.length + 2,
        }),
      ]);
    },
  );

  it.each(SHAPES.slice(5))(
    '%s with a dangling operator before its last bracket: one error, at the bracket',
    (_name, text) => {
      const close = text.lastIndexOf(')');
      const expr = `${text.slice(0, close)} +${text.slice(close)}`;
      expect(checkPromQL(expr)).toEqual([
        expect.objectContaining({
          severity: 'error',
          message: 'unexpected ")"',
          from: close + 2,
        }),
      ]);
    },
  );

  it('reports an error in the middle of a long chain where it is', () => {
    const head = chain(700, 'x', ['+']);
    const text = `${head} + ) + ${chain(700, 'x', ['+'])}`;
    const diagnostics = checkPromQL(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.from).toBe(head.length + 3);
    // The same inside brackets, past the 300 terms where one parse gives up.
    const inBrackets = `sum(${head} * / ${chain(700, 'x', ['+'])})`;
    expect(checkPromQL(inBrackets)).toEqual([
      expect.objectContaining({ message: 'unexpected "/"', from: head.length + 7 }),
    ]);
  });

  it('reports one error for a type error that repeats at every operator', () => {
    // Every `offset` after a function call is an error; promtool reports the first only.
    const text = chain(1200, 'rate(x[5m]) offset 5m', ['/']);
    const diagnostics = checkPromQL(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toContain('offset modifier must be preceded by');
  });

  it('does not check a tree deeper than it reads, with one warning that says so', () => {
    const text = chain(MAX_EXPRESSION_DEPTH + 100, 'x', ['+']);
    const parsed = parsePromQL(text);
    expect(promTree(parsed)).toBeUndefined();
    // One binary node per operator, and the two operands at the bottom.
    const depth = (MAX_EXPRESSION_DEPTH + 100).toLocaleString('en-US');
    expect(checkPromQL(text)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        check: 'promql/nesting-limit',
        message: `expression not checked: it nests ${depth} levels deep; prom-lint reads at most 25,000 (Prometheus has no such limit)`,
      }),
    ]);
  });
});
