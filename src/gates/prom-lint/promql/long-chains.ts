/**
 * Long chains of binary operators (`x + x + … + x`, 1,200 terms), parsed as Prometheus parses
 * them. @lezer/lr stops a left-associative production that has been reduced more than 300 times
 * at one start over 2,000 characters or more ("Rec.MaxLeftAssociativeReductionCount", a guard
 * against trees too deep for its recursive tree builder), and the rest of the chain becomes error
 * nodes; Prometheus' Go parser has no such limit. So a chain with more operators at its top level
 * than one parse may take is cut, at its lowest-precedence operators, into slices parsed one by
 * one, and their trees are grafted into the tree one parse would have given: each slice after
 * the first is parsed with a one-character stand-in (`x`) for everything before it, which is
 * then replaced by that tree. A long chain inside brackets (`sum(x + x + …)`, `(x + x + …)`,
 * `clamp(x + x + …, 0, 1)`, at any depth) is parsed the same way on its own, and the parse around
 * it reads a stand-in `x` in its place, which is then replaced by its tree. Offsets are the
 * text's own throughout (lezer reads only the given ranges), so every error keeps its exact
 * position. Deep nesting is cut the same way: lezer's stack holds 2,800 states, so an argument
 * NESTING_PER_PARSE brackets deep is parsed apart (`((…x…))` 20,000 deep is 80 parses); signs and
 * `^` chains, which have no brackets to cut at, are not read past RIGHT_NESTING_LIMIT.
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

/**
 * Brackets nested in one parse. @lezer/lr keeps a stack of at most 2,800 states: deeper, it
 * forces reductions ("Rec.CutDepth", 8,400 slots of 3), which leaves error nodes (measured on
 * @lezer/lr 1.4: `(((x)))` parses 2,000 deep and fails 2,800 deep, `sum(sum(x))` 1,300 and
 * 1,400, two states a level). So an argument that nests this deep is parsed apart, as a long
 * chain is, and nesting has no limit of lezer's (20,000 deep: 0.4 s).
 */
export const NESTING_PER_PARSE = 250;

/**
 * What a `^` keeps on lezer's stack until its chain ends: `^` is right-associative, so lezer
 * shifts `x ^` and reduces only at the end (3 states each: a `^` chain of 934 terms is cut into a
 * tree shallower than Prometheus', without an error node). A sign (`- - x`) keeps one.
 */
const STACK_PER_POWER = 3;

/**
 * The most that signs and `^` chains may keep on lezer's stack (see STACK_PER_POWER), with
 * NESTING_PER_PARSE brackets of up to three states around them in one parse, under lezer's 2,800.
 * They are not cut into slices (unlike brackets, a sign or a `^` has no bracket to put a stand-in
 * in), so a deeper expression is not read (tree.ts: not checked, with a warning): 2,000 signs in
 * a row, or a `^` chain of 667 terms.
 */
export const RIGHT_NESTING_LIMIT = 2000;

/** Texts shorter than this cannot nest RIGHT_NESTING_LIMIT deep (`x^x^…`: 3 states per 2 characters). */
const SHORTEST_RIGHT_NESTING = Math.floor((RIGHT_NESTING_LIMIT * 2) / STACK_PER_POWER);

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
/** The length of the longest keyword the scan looks for (`group_right`). */
const LONGEST_KEYWORD = 11;
/** Those of them that take a label list in parentheses (`bool (a)` is an operand in parentheses). */
const LABEL_LIST_MODIFIERS = new Set(['on', 'ignoring', 'group_left', 'group_right']);

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isWordStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 58;
const isWordPart = (code: number): boolean => isWordStart(code) || isDigit(code);
const CLOSING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * A chain of binary operators at one level of an expression: the whole text, or one group or
 * argument inside parentheses (`(…)`, `sum(…)`, each argument of `clamp(…, 0, 1)`).
 */
export interface Chain {
  /** Where its first token starts (0 for the whole text). */
  from: number;
  /** Where its last token ends (the text's length for the whole text). */
  to: number;
  /** Its binary operators, in order, outside any bracket of its own. */
  operators: ChainOperator[];
  /** The long chains inside it (at any depth, outermost only), in order. */
  inner: Chain[];
}

/**
 * One open parenthesis of the scan, or the whole text (the bottom frame), with the chain of the
 * argument being read (`to`: where its last token so far ends; `from` is -1 before its first).
 * Reused for the next argument and the next parenthesis at the same depth: a long text has
 * hundreds of parentheses, and a chain is copied out only when it is long.
 */
interface Frame extends Chain {
  /** The bracket that closes it ('' for the whole text). */
  close: string;
  /** Whether the bracket closes an operand (`(a)`, `f(a)`), not a label list (`on(a)`). */
  endsOperand: boolean;
  /** Whether the last token ends an operand (so `+`/`-` next is binary). */
  afterOperand: boolean;
  /** The operator whose right operand has not started yet. */
  pending: ChainOperator | undefined;
  lastWord: string;
  /**
   * Brackets nested inside the argument so far, not counting those inside a part already cut
   * out to be parsed apart (see NESTING_PER_PARSE).
   */
  height: number;
  /**
   * What the signs (`- - x`) and `^` operators of the current operand keep on lezer's stack:
   * each is shifted and reduced only at the operand's end (see RIGHT_NESTING_LIMIT).
   */
  run: number;
}

/** Readies `frame` for the next argument. */
function nextArgument(frame: Frame): void {
  frame.from = -1;
  frame.to = -1;
  frame.operators.length = 0;
  frame.inner.length = 0;
  frame.afterOperand = false;
  frame.pending = undefined;
  frame.lastWord = '';
  frame.height = 0;
  frame.run = 0;
}

/** The brackets open inside a range or label matchers (reused: the scan is not reentrant). */
const openInside: string[] = [];

/**
 * Where a range or a selector's label matchers (`[…]`, `{…}`, opening at `at`) end, after the
 * closing bracket, or -1 where the brackets do not match or a string is not closed: inside them
 * only brackets and strings matter.
 */
function skipMatchers(text: string, at: number): number {
  openInside.length = 0;
  let i = at;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length) return -1;
      i = j + 1;
    } else if (ch === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i += 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      openInside.push(CLOSING[ch] ?? '');
      i += 1;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (openInside.pop() !== ch) return -1;
      i += 1;
      if (openInside.length === 0) return i;
    } else i += 1;
  }
  return -1;
}

/**
 * Hands the chain of a finished argument to the chain around it: the chain itself when it is
 * long or nests too deep for one parse (then the brackets around it nest one level, the stand-in
 * inside them), else the long chains inside it.
 */
function finishArgument(
  frame: Frame,
  into: Frame,
  isLong: (chain: Chain) => boolean,
  cutNesting: boolean,
): boolean {
  if (frame.from < 0) return false;
  // An operator with no operand after it: the slice that holds it must end the chain.
  if (frame.pending !== undefined) frame.pending.operandFrom = frame.to;
  const deep = cutNesting && frame.height >= NESTING_PER_PARSE;
  if (deep || isLong(frame)) {
    const { from, to, operators, inner } = frame;
    into.inner.push({ from, to, operators: [...operators], inner: [...inner] });
    into.height = Math.max(into.height, 1);
  } else {
    for (const inner of frame.inner) into.inner.push(inner);
    into.height = Math.max(into.height, frame.height + 1);
  }
  return deep;
}

/**
 * The operator chains of an expression, as far as the scan can read the text: the whole text's
 * and, inside it, every long one in parentheses. The scan stops at anything it does not model
 * (an unmatched bracket, an unclosed string, a character PromQL does not use, a comma outside
 * any bracket), and what follows stays with the last operand, for the grammar to judge; each
 * argument still open there ends at its last token, as at the end of the text. A `+` or
 * `-` is binary only after an operand, so `a + -b`, `a > bool -1`, `x offset -5m` and
 * `a * on(b) group_left -c` keep their signs. One pass, one frame per depth of parentheses.
 * An argument nesting NESTING_PER_PARSE brackets deep is handed on as a long chain, to be parsed
 * apart (`nestingCut`; not with `cutNesting` false); `rightNesting` is the most that signs and
 * `^` chains keep on lezer's stack at once; `stopped`: the scan stopped before the end.
 * @param isLong which chains are long enough to be parsed apart
 */
export function scanChains(
  text: string,
  isLong: (chain: Chain) => boolean,
  cutNesting = true,
): Chain & { rightNesting: number; nestingCut: boolean; stopped: boolean } {
  /** The frames around the current one, outermost first. */
  const frames: Frame[] = [];
  /** Frames by depth, for reuse. */
  const byDepth: Frame[] = [];
  const newFrame = (close: string, endsOperand: boolean): Frame => ({
    close,
    endsOperand,
    from: -1,
    to: -1,
    operators: [],
    inner: [],
    afterOperand: false,
    pending: undefined,
    lastWord: '',
    height: 0,
    run: 0,
  });
  const root = newFrame('', false);
  root.from = 0;
  let frame = root;
  const operandAt = (at: number): void => {
    if (frame.pending !== undefined) {
      frame.pending.operandFrom = at;
      frame.pending = undefined;
    }
  };
  /** The runs of the open frames, summed, and the most they summed to (see Frame.run). */
  let pathRun = 0;
  let rightNesting = 0;
  /** Whether an argument was handed on for its depth (NESTING_PER_PARSE). */
  let nestingCut = false;
  const addRun = (cost: number): void => {
    frame.run += cost;
    pathRun += cost;
    rightNesting = Math.max(rightNesting, pathRun);
  };
  const endRun = (): void => {
    pathRun -= frame.run;
    frame.run = 0;
  };
  const operatorAt = (from: number, to: number, level: number): number => {
    // Prometheus binds a sign as tightly as `*`: an operator at that level or lower ends both.
    if (level <= MULTIPLICATION) endRun();
    else addRun(STACK_PER_POWER);
    const operator = { from, operandFrom: to, level };
    frame.operators.push(operator);
    frame.pending = operator;
    frame.afterOperand = false;
    return to;
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    const code = text.charCodeAt(i);
    const next = text.charAt(i + 1);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i += 1;
      continue;
    }
    if (ch === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i += 1;
      continue;
    }
    if (ch === ')' || ch === ']' || ch === '}') {
      const outer = frames.at(-1);
      if (outer === undefined || frame.close !== ch) break;
      frames.pop();
      endRun();
      if (finishArgument(frame, outer, isLong, cutNesting)) nestingCut = true;
      outer.afterOperand = frame.endsOperand;
      frame = outer;
      i += 1;
      frame.to = i;
      frame.lastWord = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
      if (j >= text.length) break;
      if (frame.from < 0) frame.from = i;
      operandAt(i);
      frame.afterOperand = true;
      frame.to = j + 1;
      frame.lastWord = '';
      i = j + 1;
      continue;
    }
    if (ch === ',') {
      // The next argument of a call or an aggregation; outside any bracket, not PromQL.
      const outer = frames.at(-1);
      if (outer === undefined) break;
      endRun();
      if (finishArgument(frame, outer, isLong, cutNesting)) nestingCut = true;
      nextArgument(frame);
      i += 1;
      continue;
    }
    if (frame.from < 0) frame.from = i;
    let word = '';
    if (ch === '(') {
      // `on(…)`, `group_left(…)`: labels, after which the right operand is still to come.
      const modifier = !frame.afterOperand && LABEL_LIST_MODIFIERS.has(frame.lastWord);
      if (!modifier) operandAt(i);
      frame.lastWord = '';
      frames.push(frame);
      const reused = byDepth[frames.length];
      if (reused === undefined) {
        frame = newFrame(')', !modifier);
        byDepth[frames.length] = frame;
      } else {
        frame = reused;
        frame.endsOperand = !modifier;
        nextArgument(frame);
      }
      i += 1;
      continue;
    } else if (ch === '[' || ch === '{') {
      // A range or a selector's matchers: a selector starts an operand, a range ends one.
      const j = skipMatchers(text, i);
      if (j < 0) break;
      if (ch === '{') operandAt(i);
      frame.afterOperand = true;
      i = j;
    } else if (isWordStart(code)) {
      let j = i + 1;
      while (j < text.length && isWordPart(text.charCodeAt(j))) j += 1;
      // No keyword is longer than `group_right`: longer names are operands, read without a copy.
      word = j - i <= LONGEST_KEYWORD ? text.slice(i, j).toLowerCase() : '';
      const level = KEYWORD_LEVELS[word];
      if (level !== undefined && frame.afterOperand) {
        i = operatorAt(i, j, level);
      } else if (MATCHING_MODIFIERS.has(word) && !frame.afterOperand) {
        i = j;
      } else if ((word === 'offset' || word === 'by' || word === 'without') && frame.afterOperand) {
        // `offset -5m`: the sign is the duration's. `sum(x) by (a)`: the labels end an operand.
        frame.afterOperand = word !== 'offset';
        i = j;
      } else {
        operandAt(i);
        frame.afterOperand = true;
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
      frame.afterOperand = true;
      i = j;
    } else if (ch === '+' || ch === '-') {
      if (frame.afterOperand) i = operatorAt(i, i + 1, ADDITION);
      else {
        // A sign: part of the operand that follows.
        operandAt(i);
        addRun(1);
        i += 1;
      }
    } else if (ch === '*' || ch === '/' || ch === '%') {
      if (!frame.afterOperand) break;
      i = operatorAt(i, i + 1, MULTIPLICATION);
    } else if (ch === '^') {
      if (!frame.afterOperand) break;
      i = operatorAt(i, i + 1, POWER);
    } else if ((ch === '=' || ch === '!') && next === '=') {
      if (!frame.afterOperand) break;
      i = operatorAt(i, i + 2, COMPARISON);
    } else if (ch === '<' || ch === '>') {
      if (!frame.afterOperand) break;
      i = operatorAt(i, next === '=' ? i + 2 : i + 1, COMPARISON);
    } else if (ch === '@') {
      // `x @ -100`, `x @ start()`: a modifier whose value may carry a sign.
      frame.afterOperand = false;
      i += 1;
    } else {
      break;
    }
    frame.to = i;
    frame.lastWord = word;
  }
  const stopped = i < text.length;
  // Brackets left open (at the end of the text, or where the scan stopped) end their arguments
  // at their last token: what follows is read after the chain, and the grammar judges it there.
  for (let outer = frames.pop(); outer !== undefined; outer = frames.pop()) {
    if (finishArgument(frame, outer, isLong, cutNesting)) nestingCut = true;
    outer.to = Math.max(outer.to, frame.to);
    frame = outer;
  }
  if (root.pending !== undefined) root.pending.operandFrom = text.length;
  return {
    from: 0,
    to: text.length,
    operators: root.operators,
    inner: root.inner,
    rightNesting,
    nestingCut,
    stopped,
  };
}

/**
 * The binary operators outside any bracket, in order, as far as the scan can read the text (see
 * scanChains).
 * @example topLevelOperators('a * b + sum(c + d)') // [{ from: 2, … level: 5 }, { from: 6, … level: 4 }]
 */
export function topLevelOperators(text: string): ChainOperator[] {
  return scanChains(text, () => false).operators;
}

/** What one lezer parse reads: spans of the text, with single characters read otherwise. */
interface Reading {
  ranges: TextRange[];
  patches: Patch[];
}

/**
 * A tree built so far, or the nodes to show when a slice did not parse, with the reading of the
 * slice that failed: a chain inside brackets fails in isolation (`x + x +` ends the input) where
 * in its place it fails at the next token (`)`), so the parse around it reads that slice in
 * place of the chain to find the error as Prometheus words and places it. Without a reading,
 * the chain is read as it is. `placed`: the error was read in place already (one level up), so
 * the parses further out read a stand-in for it and keep its nodes: reading it in place at every
 * level would parse the whole of a deep nesting at once, which lezer cannot (NESTING_PER_PARSE).
 */
type Built = { expr: LinkedNode } | { failed: LinkedNode[]; reread?: Reading; placed?: boolean };

/** The `PromQL` node type, read from the grammar once. */
let promqlType: LinkedNode['type'] | undefined;

/** Adjacent ranges merged and empty ones dropped: lezer wants them apart or joined. */
function rangesOf(...spans: TextRange[]): TextRange[] {
  const result: TextRange[] = [];
  for (const span of spans) {
    if (span.to <= span.from) continue;
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

/**
 * Replaces the stand-in for a chain inside brackets (a selector `x` at `at`, the whole of an
 * argument or a group) with the chain's tree; the nodes around it that ended or started with the
 * stand-in now end or start with the chain. False when the stand-in is not there.
 */
function graftInside(expr: LinkedNode, at: number, operand: LinkedNode): boolean {
  const path: LinkedNode[] = [];
  let parent = expr;
  for (;;) {
    let previous: LinkedNode | null = null;
    let child = parent.firstChild;
    while (child !== null && !(child.from <= at && at < child.to)) {
      previous = child;
      child = child.nextSibling;
    }
    if (child === null) return false;
    path.push(parent);
    if (child.name === 'VectorSelector' && child.from === at && child.to === at + 1) {
      operand.nextSibling = child.nextSibling;
      if (previous === null) parent.firstChild = operand;
      else previous.nextSibling = operand;
      for (const node of path) {
        if (node.from === at) node.from = operand.from;
        if (node.to === at + 1) node.to = operand.to;
      }
      return true;
    }
    parent = child;
  }
}

/**
 * `reading` with the span `from`…`to` (inside one of its ranges) read as `inside` reads it.
 * @param inside ranges within `from`…`to`, and the patches among them
 */
function readInstead(reading: Reading, from: number, to: number, inside: Reading): Reading {
  const ranges: TextRange[] = [];
  for (const range of reading.ranges) {
    if (range.from <= from && to <= range.to)
      ranges.push({ from: range.from, to: from }, ...inside.ranges, { from: to, to: range.to });
    else ranges.push(range);
  }
  const patches = [...reading.patches, ...inside.patches].sort((a, b) => a.at - b.at);
  return { ranges: rangesOf(...ranges), patches };
}

/** The parse of an expression with long chains: the text, the chains, and the slice size. */
class ChainParse {
  constructor(
    private readonly text: string,
    private readonly perParse: number,
  ) {}

  /** The tree of a chain, from the parses of its slices. */
  chain(chain: Chain): Built {
    return this.build(chain, chain.from, chain.to, 0, chain.operators.length);
  }

  /**
   * Parses what `reading` reads of `chain`, with each long chain inside it read as a stand-in
   * `x` and then grafted in (or, when it did not parse, read as its failed slice).
   */
  private slice(chain: Chain, reading: Reading): Built {
    const inner = chain.inner.filter((c) =>
      reading.ranges.some((range) => range.from <= c.from && c.to <= range.to),
    );
    let read = reading;
    const trees: LinkedNode[] = [];
    let innerFailed = false;
    /** The nodes of inner chains whose errors were read in place already. */
    const placed: LinkedNode[] = [];
    for (const c of inner) {
      const built = this.chain(c);
      if ('expr' in built || built.placed === true) {
        if ('expr' in built) trees.push(built.expr);
        else {
          innerFailed = true;
          placed.push(...built.failed);
        }
        // The stand-in ends the span: lezer stretches a token over a gap that follows it.
        const standIn = {
          ranges: [{ from: c.to - 1, to: c.to }],
          patches: [{ at: c.to - 1, read: 'x' }],
        };
        read = readInstead(read, c.from, c.to, standIn);
      } else {
        innerFailed = true;
        const failed = built.reread;
        if (failed === undefined) continue;
        // The failed slice, then the rest of the chain as it is: what follows the error.
        const end = failed.ranges.at(-1)?.to ?? c.from;
        const rest = {
          ranges: rangesOf(...failed.ranges, { from: end, to: c.to }),
          patches: failed.patches,
        };
        read = readInstead(read, c.from, c.to, rest);
      }
    }
    const { top, hasError } = parseLinked(this.text, read.ranges, read.patches);
    promqlType ??= top.type;
    const expr = top.firstChild;
    if (innerFailed || hasError || expr === null || expr.nextSibling !== null) {
      const failed: LinkedNode[] = [...placed];
      for (let node = top.firstChild; node !== null; node = node.nextSibling) failed.push(node);
      return { failed, reread: read, placed: innerFailed };
    }
    for (const [k, c] of inner.entries()) {
      const tree = trees[k];
      if (tree === undefined || !graftInside(expr, c.to - 1, tree)) return { failed: [expr] };
    }
    return { expr };
  }

  /**
   * The expression in `from`…`to` of `chain`, whose top-level operators are `operators[lo]` up
   * to (not including) `operators[hi]`.
   */
  private build(chain: Chain, from: number, to: number, lo: number, hi: number): Built {
    const { perParse } = this;
    const { operators } = chain;
    const whole = { ranges: [{ from, to }], patches: [] };
    if (hi - lo <= perParse) return this.slice(chain, whole);
    let lowest = POWER;
    for (let k = lo; k < hi; k += 1) lowest = Math.min(lowest, operators[k]?.level ?? POWER);
    if (lowest === POWER) return this.slice(chain, whole);
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
      const first = this.build(chain, from, endAfter(-1), lo, cuts[0] ?? lo);
      if ('failed' in first) return first;
      acc = first.expr;
      c = 0;
    }
    while (c < cuts.length) {
      const cut = operators[cuts[c] ?? lo];
      if (acc !== undefined && cut !== undefined && sizeOf(c) > perParse) {
        // An operand too long for one parse: `x op x`, both stand-ins, the right one built apart.
        const right = this.build(
          chain,
          cut.operandFrom,
          endAfter(c),
          (cuts[c] ?? lo) + 1,
          cuts[c + 1] ?? hi,
        );
        if ('failed' in right)
          return { failed: [acc, ...right.failed], reread: right.reread, placed: right.placed };
        // Both stand-ins must stand apart from the words around them (`and(…)` would read `andx`).
        if (isWordPart(this.text.charCodeAt(cut.operandFrom - 1))) return { failed: [] };
        const left = standIn(from, cut.from, cut.operandFrom + 1);
        const pair = this.slice(chain, {
          ranges: left.ranges,
          patches: [...left.patches, { at: cut.operandFrom, read: 'x' }],
        });
        if ('failed' in pair) {
          // Read again with the operator alone, what follows it as it is.
          const { ranges, patches } = standIn(from, cut.from, cut.operandFrom);
          return { failed: [acc, ...pair.failed], reread: { ranges, patches } };
        }
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
      const built = this.slice(chain, left === undefined ? { ranges: [span], patches: [] } : left);
      if ('failed' in built)
        return {
          failed: acc === undefined ? built.failed : [acc, ...built.failed],
          reread: built.reread,
          placed: built.placed,
        };
      if (acc !== undefined && left !== undefined && !graftLeft(built.expr, left.at, acc))
        return { failed: [acc, built.expr] };
      acc = built.expr;
      c = last + 1;
    }
    return acc === undefined ? this.slice(chain, whole) : { expr: acc };
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
 * The tree of an expression with an operator chain longer than one lezer parse may take, at its
 * top level or inside any parentheses (`sum(x + x + …)`, `clamp(x + x + …, 0, 1)`), or undefined
 * when one parse will do (nearly every expression: this costs one scan of texts over 2,000
 * characters). Each long chain is parsed in slices, and a long chain inside brackets is parsed
 * apart and grafted where the parse around it reads a stand-in. Where a slice does not parse,
 * the tree holds the nodes parsed so far and that slice's error nodes, so the first error is
 * reported where it is.
 * @param perParse operators per lezer parse; smaller values are for tests.
 */
export function parseLongChain(
  text: string,
  perParse: number = OPERATORS_PER_PARSE,
): LinkedTree | undefined {
  const shortest = perParse === OPERATORS_PER_PARSE ? SHORTEST_AFFECTED : 0;
  if (text.length < Math.min(shortest, SHORTEST_RIGHT_NESTING)) return undefined;
  const isLong = (chain: Chain): boolean =>
    chain.operators.length > perParse && chain.to - chain.from >= shortest;
  let root = scanChains(text, isLong);
  // Where the scan stopped (an unclosed string, a character PromQL has not), the text is wrong
  // there, and only the parse of the whole places that error as Prometheus does: within one
  // parse's depth, the nesting is not cut (deeper, lezer's cut finds an error, not always there).
  if (root.stopped && root.nestingCut) root = scanChains(text, isLong, false);
  if (root.rightNesting >= RIGHT_NESTING_LIMIT) {
    // Not read: lezer would cut it into another tree (see RIGHT_NESTING_LIMIT).
    promqlType ??= parseLinked('x').top.type;
    return {
      top: new LinkedNode(promqlType, 0, text.length),
      hasError: false,
      depth: 1,
      unread: true,
    };
  }
  if (root.operators.length <= perParse && root.inner.length === 0) return undefined;
  const built = new ChainParse(text, perParse).chain(root);
  const type = promqlType;
  if (type === undefined) return undefined;
  const top = new LinkedNode(type, 0, text.length);
  const nodes = 'failed' in built ? built.failed : [built.expr];
  nodes.forEach((node, k) => {
    node.nextSibling = nodes[k + 1] ?? null;
  });
  top.firstChild = nodes[0] ?? null;
  return { top, hasError: 'failed' in built, depth: treeDepth(top), sliced: root.nestingCut };
}
