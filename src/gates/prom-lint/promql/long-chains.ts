/**
 * Long chains of binary operators (`x + x + … + x`, 1,200 terms), parsed as Prometheus parses
 * them. @lezer/lr stops a left-associative production that has been reduced more than 300 times
 * at one start over 2,000 characters or more ("Rec.MaxLeftAssociativeReductionCount", a guard
 * against trees too deep for its recursive tree builder), and the rest of the chain becomes error
 * nodes; Prometheus' Go parser has no such limit. So a chain with more operators at its top level
 * than one parse may take is cut, at its lowest-precedence operators, into slices parsed one by
 * one, and their trees are grafted into the tree one parse would have given: each slice after
 * the first is parsed with a one-character stand-in (`x`) for everything before it, which is
 * then replaced by that tree. Offsets are the text's own throughout (lezer reads only the given
 * ranges), so every error keeps its exact position.
 */
import {
  LinkedNode,
  parseLinked,
  type LinkedTree,
  type Patch,
  type TextRange,
} from './linked-tree.js';

/**
 * Operators per parse. lezer gives up after 300 reductions at one start; a binary operator costs
 * two of them, and a postfix operator that lezer reads over the chain so far (`a + b offset 5m`
 * as `(a + b) offset 5m`) one more: 100 operators stay under it (measured: 150 `+ x` after a
 * 2,000-character operand fail, 140 pass).
 */
export const OPERATORS_PER_PARSE = 100;

/** lezer counts only reductions over 2,000 characters or more: shorter text cannot reach its limit. */
const SHORTEST_AFFECTED = 2000;

/** PromQL's binary precedence, lowest first (Prometheus' generated_parser.y). */
const OR = 1;
const AND_UNLESS = 2;
const COMPARISON = 3;
const ADDITION = 4;
const MULTIPLICATION = 5;
/**
 * `^`, the one right-associative level: never cut. lezer's limit is on left-associative chains;
 * a `^` chain parses without an error node, though past about 900 terms lezer's tree of it is
 * shallower than Prometheus' right-nested one (measured: 5,000 terms, 952 levels).
 */
const POWER = 6;

const KEYWORD_LEVELS: Record<string, number> = {
  or: OR,
  and: AND_UNLESS,
  unless: AND_UNLESS,
  atan2: MULTIPLICATION,
};

/** One binary operator at the top level of an expression. */
export interface ChainOperator {
  /** Where the operator starts (the cut before it). */
  from: number;
  /** Where its right operand starts, after `bool`, `on(…)`, `group_left(…)` and the like. */
  operandFrom: number;
  /** Precedence, 1 (`or`) to 6 (`^`). */
  level: number;
}

/** Keywords between an operator and its right operand. */
const MATCHING_MODIFIERS = new Set(['bool', 'on', 'ignoring', 'group_left', 'group_right']);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isWordStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58;
const isWordPart = (code: number): boolean => isWordStart(code) || isDigit(code);
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * The binary operators outside any bracket, in order, as far as the scan can read the text: it
 * stops at anything it does not model (an unmatched bracket, an unclosed string, a character
 * PromQL does not use), and what follows stays with the last operand, for the grammar to judge.
 * A `+` or `-` is binary only after an operand, so `a + -b`, `a > bool -1`, `x offset -5m` and
 * `a * on(b) group_left -c` keep their signs.
 * @example topLevelOperators('a * b + sum(c + d)') // [{ from: 2, … level: 5 }, { from: 6, … level: 4 }]
 */
export function topLevelOperators(text: string): ChainOperator[] {
  const operators: ChainOperator[] = [];
  /** Whether the last token ends an operand (so `+`/`-` next is binary). */
  let afterOperand = false;
  /** The operator whose right operand has not started yet. */
  let pending: ChainOperator | undefined;
  /** Open brackets, innermost last, and whether each closes an operand. */
  const open: { close: string; endsOperand: boolean }[] = [];
  let lastWord = '';
  const operandAt = (at: number): void => {
    if (pending !== undefined && open.length === 0) {
      pending.operandFrom = at;
      pending = undefined;
    }
  };
  const operatorAt = (from: number, to: number, level: number): number => {
    const operator = { from, operandFrom: to, level };
    operators.push(operator);
    pending = operator;
    afterOperand = false;
    return to;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    const next = text.charAt(i + 1);
    const top = open.length === 0;
    let word = '';
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i += 1;
      continue;
    }
    if (ch === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i += 1;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length) break;
      operandAt(i);
      afterOperand = true;
      i = j + 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      // `on(…)`, `group_left(…)`: labels, after which the right operand is still to come.
      const modifier = ch === '(' && !afterOperand && MATCHING_MODIFIERS.has(lastWord);
      if (top && ch !== '[' && !modifier) operandAt(i);
      open.push({ close: CLOSING[ch] ?? '', endsOperand: !modifier });
      i += 1;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const closed = open.pop();
      if (closed?.close !== ch) break;
      if (open.length === 0) afterOperand = closed.endsOperand;
      i += 1;
    } else if (!top) {
      // Inside brackets only the brackets and strings matter.
      if (isWordStart(code) || isDigit(code)) {
        let j = i + 1;
        while (j < text.length && isWordPart(text.charCodeAt(j))) j += 1;
        i = j;
      } else i += 1;
      continue;
    } else if (isWordStart(code)) {
      let j = i + 1;
      while (j < text.length && isWordPart(text.charCodeAt(j))) j += 1;
      word = text.slice(i, j).toLowerCase();
      const level = KEYWORD_LEVELS[word];
      if (level !== undefined && afterOperand) {
        i = operatorAt(i, j, level);
      } else if (MATCHING_MODIFIERS.has(word) && !afterOperand) {
        i = j;
      } else if ((word === 'offset' || word === 'by' || word === 'without') && afterOperand) {
        // `offset -5m`: the sign is the duration's. `sum(x) by (a)`: the labels end an operand.
        afterOperand = word !== 'offset';
        i = j;
      } else {
        operandAt(i);
        afterOperand = true;
        i = j;
      }
    } else if (isDigit(code) || (ch === '.' && isDigit(text.charCodeAt(i + 1)))) {
      operandAt(i);
      let j = i + 1;
      const hex = ch === '0' && (next === 'x' || next === 'X');
      while (j < text.length) {
        const c = text.charAt(j);
        if (isWordPart(text.charCodeAt(j)) || c === '.') j += 1;
        else if (
          !hex &&
          (c === '+' || c === '-') &&
          /[eE]/u.test(text.charAt(j - 1)) &&
          isDigit(text.charCodeAt(j + 1))
        )
          j += 2;
        else break;
      }
      afterOperand = true;
      i = j;
    } else if (ch === '+' || ch === '-') {
      if (afterOperand) i = operatorAt(i, i + 1, ADDITION);
      else {
        // A sign: part of the operand that follows.
        operandAt(i);
        i += 1;
      }
    } else if (ch === '*' || ch === '/' || ch === '%') {
      if (!afterOperand) break;
      i = operatorAt(i, i + 1, MULTIPLICATION);
    } else if (ch === '^') {
      if (!afterOperand) break;
      i = operatorAt(i, i + 1, POWER);
    } else if ((ch === '=' || ch === '!') && next === '=') {
      if (!afterOperand) break;
      i = operatorAt(i, i + 2, COMPARISON);
    } else if (ch === '<' || ch === '>') {
      if (!afterOperand) break;
      i = operatorAt(i, next === '=' ? i + 2 : i + 1, COMPARISON);
    } else if (ch === '@') {
      // `x @ -100`, `x @ start()`: a modifier whose value may carry a sign.
      afterOperand = false;
      i += 1;
    } else {
      break;
    }
    lastWord = word;
  }
  // An operator with no operand after it: the slice that holds it must end the text.
  if (pending !== undefined) pending.operandFrom = text.length;
  return operators;
}

/** A tree built so far, or the nodes to show when a slice did not parse. */
type Built = { expr: LinkedNode } | { failed: LinkedNode[] };

/** The `PromQL` node type, read from the grammar once. */
let promqlType: LinkedNode['type'] | undefined;

/** Adjacent ranges merged: lezer wants them apart or joined. */
function rangesOf(...spans: TextRange[]): TextRange[] {
  const result: TextRange[] = [];
  for (const span of spans) {
    const last = result.at(-1);
    if (last !== undefined && last.to >= span.from) last.to = Math.max(last.to, span.to);
    else result.push({ ...span });
  }
  return result;
}

/**
 * Replaces the stand-in operand that starts at `at` (the leftmost operand of `expr`) with
 * `operand`; every node on the way down now starts where `operand` starts. False when the
 * stand-in is not there (a slice with errors).
 */
function graftLeft(expr: LinkedNode, at: number, operand: LinkedNode): boolean {
  const path: LinkedNode[] = [];
  let parent = expr;
  for (;;) {
    const child = parent.firstChild;
    if (child === null || child.from !== at) return false;
    path.push(parent);
    if (child.name === 'VectorSelector') {
      operand.nextSibling = child.nextSibling;
      parent.firstChild = operand;
      for (const node of path) node.from = operand.from;
      return true;
    }
    parent = child;
  }
}

/** Replaces the stand-in operand at `at` (the rightmost operand of `expr`) with `operand`. */
function graftRight(expr: LinkedNode, at: number, operand: LinkedNode): boolean {
  const path: LinkedNode[] = [];
  let parent = expr;
  for (;;) {
    let previous: LinkedNode | null = null;
    let child = parent.firstChild;
    while (child?.nextSibling != null) {
      previous = child;
      child = child.nextSibling;
    }
    if (child === null || child.to !== at + 1) return false;
    path.push(parent);
    if (child.name === 'VectorSelector' && child.from === at) {
      if (previous === null) parent.firstChild = operand;
      else previous.nextSibling = operand;
      for (const node of path) node.to = operand.to;
      return true;
    }
    parent = child;
  }
}

/**
 * The spans and patches that read `x` in place of everything from `from` to `start`, then the
 * text up to `to`. The stand-in sits just before `start` (lezer counts a reduction's size from
 * it, gap included), and the character between them is read as a space, so that the stand-in
 * cannot join a word operator (`x` and `or` read `xor`; a word operator always has a character
 * before it that is not part of a word, so nothing is lost).
 */
function standIn(
  from: number,
  start: number,
  to: number,
): { at: number; ranges: TextRange[]; patches: Patch[] } {
  const at = Math.max(from, start - 2);
  const patches: Patch[] = [{ at, read: 'x' }];
  if (start - 1 > at) patches.push({ at: start - 1, read: ' ' });
  return { at, ranges: rangesOf({ from: at, to: at + 1 }, { from: at + 1, to }), patches };
}

/** The parse of a whole long chain: the text, its top-level operators, and the slice size. */
class ChainParse {
  constructor(
    private readonly text: string,
    private readonly operators: readonly ChainOperator[],
    private readonly perParse: number,
  ) {}

  /** Parses the given spans, with the characters of `patches` changed. */
  private slice(ranges: TextRange[], patches: Patch[] = []): Built {
    const { top, hasError } = parseLinked(this.text, ranges, patches);
    promqlType ??= top.type;
    const expr = top.firstChild;
    if (hasError || expr === null || expr.nextSibling !== null) {
      const failed: LinkedNode[] = [];
      for (let node = top.firstChild; node !== null; node = node.nextSibling) failed.push(node);
      return { failed };
    }
    return { expr };
  }

  /**
   * The expression in `from`…`to`, whose top-level operators are `operators[lo]` up to (not
   * including) `operators[hi]`.
   */
  build(from: number, to: number, lo: number, hi: number): Built {
    const { operators, perParse } = this;
    if (hi - lo <= perParse) return this.slice([{ from, to }]);
    let lowest = POWER;
    for (let k = lo; k < hi; k += 1) lowest = Math.min(lowest, operators[k]?.level ?? POWER);
    if (lowest === POWER) return this.slice([{ from, to }]);
    const cuts: number[] = [];
    for (let k = lo; k < hi; k += 1) if (operators[k]?.level === lowest) cuts.push(k);
    /** Where the operand after cut `c` ends: at the next cut, or at `to`. */
    const endAfter = (c: number): number => {
      const nextCut = cuts[c + 1];
      return nextCut === undefined ? to : (operators[nextCut]?.from ?? to);
    };
    /** Top-level operators inside the operand after cut `c` (`c` = -1: the first operand). */
    const inside = (c: number): number => (cuts[c + 1] ?? hi) - (c < 0 ? lo : (cuts[c] ?? lo) + 1);

    /** Where piece `c` starts: its operator (`c` = -1: the first operand, at `from`). */
    const startOf = (c: number): number =>
      c < 0 ? from : (operators[cuts[c] ?? lo]?.from ?? from);
    /** Operators in piece `c`: its own and those inside its operand. */
    const sizeOf = (c: number): number => (c < 0 ? 0 : 1) + inside(c);

    let acc: LinkedNode | undefined;
    let c = -1; // the next piece to take
    if (inside(-1) > perParse) {
      const first = this.build(from, endAfter(-1), lo, cuts[0] ?? lo);
      if ('failed' in first) return first;
      acc = first.expr;
      c = 0;
    }
    while (c < cuts.length) {
      const cut = operators[cuts[c] ?? lo];
      if (acc !== undefined && cut !== undefined && sizeOf(c) > perParse) {
        // An operand too long for one parse: `x op x`, both stand-ins, the right one built apart.
        const right = this.build(
          cut.operandFrom,
          endAfter(c),
          (cuts[c] ?? lo) + 1,
          cuts[c + 1] ?? hi,
        );
        if ('failed' in right) return { failed: [acc, ...right.failed] };
        // Both stand-ins must stand apart from the words around them (`and(…)` would read `andx`).
        if (isWordPart(this.text.charCodeAt(cut.operandFrom - 1))) return { failed: [] };
        const left = standIn(from, cut.from, cut.operandFrom + 1);
        const pair = this.slice(left.ranges, [...left.patches, { at: cut.operandFrom, read: 'x' }]);
        if ('failed' in pair) return { failed: [acc, ...pair.failed] };
        if (
          !graftLeft(pair.expr, left.at, acc) ||
          !graftRight(pair.expr, cut.operandFrom, right.expr)
        )
          return { failed: [acc, pair.expr] };
        acc = pair.expr;
        c += 1;
        continue;
      }
      // As many whole pieces as one parse may take, after the stand-in for what came before.
      let count = sizeOf(c);
      let last = c;
      while (last + 1 < cuts.length && count + sizeOf(last + 1) <= perParse) {
        last += 1;
        count += sizeOf(last);
      }
      const span = { from: startOf(c), to: endAfter(last) };
      const left = acc === undefined ? undefined : standIn(from, span.from, span.to);
      const built = left === undefined ? this.slice([span]) : this.slice(left.ranges, left.patches);
      if ('failed' in built)
        return { failed: acc === undefined ? built.failed : [acc, ...built.failed] };
      if (acc !== undefined && left !== undefined && !graftLeft(built.expr, left.at, acc))
        return { failed: [acc, built.expr] };
      acc = built.expr;
      c = last + 1;
    }
    return acc === undefined ? this.slice([{ from, to }]) : { expr: acc };
  }
}

/** Nodes on the longest path down from `top`, counted without recursion. */
function treeDepth(top: LinkedNode): number {
  let deepest = 0;
  const stack: [LinkedNode, number][] = [[top, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The tree of an expression whose top-level operator chain is longer than one lezer parse may
 * take, or undefined when one parse will do (nearly every expression: this costs one scan of
 * texts over 2,000 characters). Where a slice does not parse, the tree holds the nodes parsed so
 * far and that slice's error nodes, so the first error is reported where it is.
 * @param perParse operators per lezer parse; smaller values are for tests.
 */
export function parseLongChain(
  text: string,
  perParse: number = OPERATORS_PER_PARSE,
): LinkedTree | undefined {
  if (perParse === OPERATORS_PER_PARSE && text.length < SHORTEST_AFFECTED) return undefined;
  const operators = topLevelOperators(text);
  if (operators.length <= perParse) return undefined;
  const built = new ChainParse(text, operators, perParse).build(
    0,
    text.length,
    0,
    operators.length,
  );
  const type = promqlType;
  if (type === undefined) return undefined;
  const top = new LinkedNode(type, 0, text.length);
  const nodes = 'failed' in built ? built.failed : [built.expr];
  nodes.forEach((node, k) => {
    node.nextSibling = nodes[k + 1] ?? null;
  });
  top.firstChild = nodes[0] ?? null;
  return { top, hasError: 'failed' in built, depth: treeDepth(top) };
}
