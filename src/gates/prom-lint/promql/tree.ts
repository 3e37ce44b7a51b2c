/**
 * A typed view of a parsed PromQL expression, so the warning checks that come later can ask
 * "which selectors, functions, aggregations and comparisons are there" without knowing the node
 * names of the `@prometheus-io/lezer-promql` grammar (the parser the Prometheus UI itself uses).
 */
import { LinkedNode, parseLinked, type LinkedTree, type SyntaxNode } from './linked-tree.js';
import { parseLongChain, RIGHT_NESTING_LIMIT } from './long-chains.js';
import { lezerText } from './parse-text.js';

export type { SyntaxNode } from './linked-tree.js';

/**
 * A parsed expression: its nodes, linked, and the text their offsets point into. The lezer tree
 * is copied in the parse and let go: every check reads the copy, and thousands of rules' trees
 * kept twice would only give the garbage collector work.
 */
export interface ParsedPromQL {
  text: string;
  /** The top node (lezer's `PromQL`). */
  top: SyntaxNode;
  /** What the checks asked of this parse, answered once (see `memoizedPerParse`). */
  readonly answers: unknown[];
  /** Nodes on the longest path down from `top`, `top` included (see expressionDepth). */
  readonly depth: number;
  /**
   * Why the expression is not checked (it nests deeper than prom-lint reads, see
   * MAX_EXPRESSION_DEPTH), worded for the finding; `top` is then empty, so every check sees
   * nothing. Undefined for every expression prom-lint reads.
   */
  readonly unchecked?: string;
}

/**
 * The deepest normalised expression tree prom-lint reads (in nodes, see expressionDepth). The Go
 * parser has no such limit; a deeper expression is not checked, with a warning that says so
 * (syntax.ts), and its tree is empty. Every walk over a tree is iterative or depth-safe
 * (depthSafe), so the limit bounds time only, linear in the depth: `((…x…))` 20,000 deep is
 * checked in 0.4 s, 100,000 deep in 3 s (promtool 2.42 reads 20,000 in 1 to 2 s). Signs and `^`
 * chains have a lower limit of lezer's (long-chains.ts, RIGHT_NESTING_LIMIT).
 */
export const MAX_EXPRESSION_DEPTH = 25_000;

/** One label matcher of a selector, e.g. `job=~"api.*"`. */
export interface PromLabelMatcher {
  name: string;
  op: '=' | '!=' | '=~' | '!~';
  /** The unquoted value. */
  value: string;
  from: number;
  to: number;
}

/** One vector selector (`foo{a="b"}`), with or without a range. */
export interface PromSelector {
  /** The metric name, or undefined when only label matchers are given. */
  metricName: string | undefined;
  matchers: PromLabelMatcher[];
  /** The range text (`5m`) when the selector is a range selector. */
  range: string | undefined;
  from: number;
  to: number;
  node: SyntaxNode;
}

/** One function call, e.g. `rate(x[5m])`. */
export interface PromFunctionCall {
  name: string;
  args: SyntaxNode[];
  from: number;
  to: number;
  node: SyntaxNode;
}

/** One aggregation, e.g. `sum by (job) (x)`. */
export interface PromAggregation {
  op: string;
  /** `by`, `without`, or undefined without a grouping clause. */
  grouping: 'by' | 'without' | undefined;
  labels: string[];
  args: SyntaxNode[];
  from: number;
  to: number;
  node: SyntaxNode;
}

/** One comparison (`==`, `!=`, `>`, `<`, `>=`, `<=`) with its operands. */
export interface PromComparison {
  op: string;
  bool: boolean;
  lhs: SyntaxNode;
  rhs: SyntaxNode;
  /** The number on either side, when one side is a plain number literal (an alert threshold). */
  threshold: number | undefined;
  from: number;
  to: number;
  node: SyntaxNode;
}

/**
 * Parses `text` as PromQL (never throws; syntax errors are error nodes in the tree). The grammar
 * reads a same-length rewrite of the text (see parse-text.ts); offsets point into `text`.
 */
export function parsePromQL(text: string): ParsedPromQL {
  const { top, depth, unread } = parsedTree(lezerText(text));
  if (unread === true) return notChecked(text, top, RIGHT_NESTING_MESSAGE);
  const parsed = { text, top, answers: [], depth };
  if (depth <= MAX_EXPRESSION_DEPTH) return parsed;
  // lezer's tree is deeper than the normalised one (it has the argument lists too): measure that.
  const nesting = expressionDepth(parsed);
  if (nesting <= MAX_EXPRESSION_DEPTH) return parsed;
  const levels = nesting.toLocaleString('en-US');
  const limit = MAX_EXPRESSION_DEPTH.toLocaleString('en-US');
  return notChecked(
    text,
    top,
    `expression not checked: it nests ${levels} levels deep; prom-lint reads at most ${limit} (Prometheus has no such limit)`,
  );
}

/** What a sign or `^` chain beyond lezer's stack is told (long-chains.ts, RIGHT_NESTING_LIMIT). */
const RIGHT_NESTING_MESSAGE = `expression not checked: its signs and ^ operators nest deeper than prom-lint's parser reads (${RIGHT_NESTING_LIMIT.toLocaleString('en-US')} levels; Prometheus has no such limit)`;

/** A parse that is not checked: an empty tree, and why. */
function notChecked(text: string, top: SyntaxNode, unchecked: string): ParsedPromQL {
  return { text, top: new LinkedNode(top.type, 0, text.length), answers: [], depth: 1, unchecked };
}

/** Where the first error node starts, or Infinity when there is none. */
function firstErrorFrom(top: SyntaxNode): number {
  let first = Infinity;
  const stack: SyntaxNode[] = [top];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type.isError) first = Math.min(first, node.from);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) stack.push(child);
  }
  return first;
}

/**
 * The tree of the grammar's text: one parse, or for a chain longer than one parse may take (at
 * the top level or inside brackets), the parse of its slices (long-chains.ts). Should that find an error, the single parse is tried too
 * and the one that read further is kept: a safety net, should the chain be cut where it should
 * not, that never reports an error earlier than the single parse does.
 */
function parsedTree(source: string): LinkedTree {
  const chained = parseLongChain(source);
  if (chained === undefined) return parseLinked(source);
  if (!chained.hasError || chained.unread === true || chained.sliced === true) return chained;
  const whole = wholeParse(source);
  // Too deep for lezer to build in one go (its tree builder recurses): the slices' error stands.
  if (whole === undefined) return chained;
  const chainedError = firstErrorFrom(chained.top);
  // A chain that could not be cut (no error node to show) leaves the single parse to speak.
  if (chainedError === Infinity) return whole;
  return firstErrorFrom(whole.top) > chainedError ? whole : chained;
}

/**
 * The single parse of the safety net above, or undefined where lezer's tree builder, which
 * recurses once per level, runs out of stack: a malformed chain of 50,000 characters (one of the
 * Go parser's own test cases) is about as deep as the stack allows, on one machine and not the
 * next.
 */
function wholeParse(source: string): LinkedTree | undefined {
  try {
    return parseLinked(source);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * Calls `enter` on every node, parents before children, in source order. Without recursion: a
 * chain of thousands of operators is a tree as deep (long-chains.ts).
 */
export function forEachNode(parsed: ParsedPromQL, enter: (node: SyntaxNode) => void): void {
  const parents: SyntaxNode[] = [];
  let node: SyntaxNode | null = parsed.top;
  while (node !== null) {
    enter(node);
    if (node.firstChild !== null) {
      parents.push(node);
      node = node.firstChild;
      continue;
    }
    while (node !== null && node.nextSibling === null) node = parents.pop() ?? null;
    node = node === null ? null : node.nextSibling;
  }
}

/** Kinds of nodes of the normalised expression tree. */
export type PromNodeKind =
  | 'number'
  | 'string'
  | 'selector'
  | 'matrix'
  | 'subquery'
  | 'offset'
  | 'at'
  | 'anchored'
  | 'smoothed'
  | 'paren'
  | 'unary'
  | 'call'
  | 'aggregate'
  | 'binary'
  | 'other';

/**
 * One node of the normalised expression tree. The lezer grammar leaves the postfix operators
 * (`[5m]`, `[5m:1m]`, `offset`, `@`) without precedence, so it reads `a - b offset 5m` as
 * `(a - b) offset 5m`; Prometheus binds them tighter than any binary or unary operator. This tree
 * moves each postfix operator onto the rightmost operand, as Prometheus' own parser reads it.
 */
export interface PromNode {
  readonly kind: PromNodeKind;
  /** The lezer node that carries this node's details (name, matchers, durations, modifiers). */
  readonly node: SyntaxNode;
  /** Operand expressions, in source order. */
  readonly children: readonly PromNode[];
  readonly from: number;
  readonly to: number;
  /**
   * The node's number in its tree, from 0 to the number of its nodes less one, each node its
   * own: what a node's answers are kept by (memoizedPerNode).
   */
  readonly id: number;
}

const POSTFIX_KINDS: Record<string, PromNodeKind> = {
  MatrixSelector: 'matrix',
  SubqueryExpr: 'subquery',
  OffsetExpr: 'offset',
  StepInvariantExpr: 'at',
  AnchoredExpr: 'anchored',
  SmoothedExpr: 'smoothed',
};

const PLAIN_KINDS: Record<string, PromNodeKind> = {
  NumberDurationLiteral: 'number',
  StringLiteral: 'string',
  VectorSelector: 'selector',
  ParenExpr: 'paren',
  UnaryExpr: 'unary',
  FunctionCall: 'call',
  AggregateExpr: 'aggregate',
  BinaryExpr: 'binary',
};

/** Numbers the nodes of one tree as they are built (PromNode.id). */
interface NodeNumbers {
  next: number;
}

function applyPostfix(
  postfix: SyntaxNode,
  kind: PromNodeKind,
  operand: PromNode,
  ids: NodeNumbers,
): PromNode {
  // Down the rightmost operands in a loop (a run of signs nests as deep), then rebuilt upwards.
  const path: PromNode[] = [];
  let target = operand;
  for (;;) {
    if (target.kind !== 'binary' && target.kind !== 'unary') break;
    const last = target.children[target.children.length - 1];
    if (last === undefined) break;
    path.push(target);
    target = last;
  }
  let moved: PromNode = {
    kind,
    node: postfix,
    children: [target],
    from: target.from,
    to: postfix.to,
    id: ids.next++,
  };
  // Each rebuilt node takes the place (and the number) of the one it copies, which is let go.
  for (let k = path.length - 1; k >= 0; k -= 1) {
    const outer = path[k] as PromNode;
    moved = { ...outer, children: [...outer.children.slice(0, -1), moved], to: moved.to };
  }
  return moved;
}

/** The first operand of a node: an expression child, or of a call's argument list. */
function firstOperand(node: SyntaxNode): SyntaxNode | null {
  const holder =
    node.name === 'FunctionCall' || node.name === 'AggregateExpr'
      ? (childNamed(node, 'FunctionCallBody') ?? node)
      : node;
  return nextOperand(holder.firstChild);
}

/** `node` or the first sibling after it that is an expression (the grammar's `Expr` group). */
function nextOperand(node: SyntaxNode | null): SyntaxNode | null {
  let operand = node;
  while (operand !== null && !operand.type.is('Expr')) operand = operand.nextSibling;
  return operand;
}

/** One node being built: its next operand to build, and the operands built so far. */
interface BuildFrame {
  node: SyntaxNode;
  next: SyntaxNode | null;
  built: PromNode[];
}

/**
 * The normalised tree under `root`, built children first without recursion (see forEachNode),
 * and its size (the nodes numbered, see PromNode.id).
 */
function buildTree(root: SyntaxNode): { root: PromNode; size: number } {
  const ids: NodeNumbers = { next: 0 };
  const stack: BuildFrame[] = [{ node: root, next: firstOperand(root), built: [] }];
  for (;;) {
    const frame = stack[stack.length - 1] as BuildFrame;
    const next = frame.next;
    if (next !== null) {
      frame.next = nextOperand(next.nextSibling);
      const operand = firstOperand(next);
      // A leaf (half the nodes of a tree) is built at once, with no frame and no array of its own.
      if (operand === null) frame.built.push(buildNode(next, NO_OPERANDS, ids));
      else stack.push({ node: next, next: operand, built: [] });
      continue;
    }
    stack.pop();
    const done = buildNode(frame.node, frame.built, ids);
    const parent = stack[stack.length - 1];
    if (parent === undefined) return { root: done, size: ids.next };
    parent.built.push(done);
  }
}

/** The children of every leaf: one array, never written (a tree is read-only). */
const NO_OPERANDS: readonly PromNode[] = [];

function buildNode(node: SyntaxNode, children: readonly PromNode[], ids: NodeNumbers): PromNode {
  const postfixKind = POSTFIX_KINDS[node.name];
  const first = children[0];
  if (postfixKind !== undefined && first !== undefined)
    return applyPostfix(node, postfixKind, first, ids);
  return {
    kind: PLAIN_KINDS[node.name] ?? 'other',
    node,
    children,
    from: node.from,
    to: node.to,
    id: ids.next++,
  };
}

/** Marks a question not yet answered for a parse (an answer may itself be undefined). */
const UNANSWERED = Symbol('unanswered');

/** Slots in `ParsedPromQL.answers`, one per memoized question. */
let questions = 0;

/**
 * `answer(parsed)` computed once per parse and per question: a dozen checks ask for the same
 * tree and the same node lists of every expression. The answers live on the parse itself (not in
 * a WeakMap: weak tables of hundreds of thousands of entries cost the garbage collector dearly).
 */
function memoizedPerParse<T>(answer: (parsed: ParsedPromQL) => T): (parsed: ParsedPromQL) => T {
  const slot = questions++;
  return (parsed) => {
    const answers = parsed.answers;
    const known = slot < answers.length ? answers[slot] : UNANSWERED;
    if (known !== UNANSWERED) return known as T;
    const result = answer(parsed);
    while (answers.length <= slot) answers.push(UNANSWERED);
    answers[slot] = result;
    return result;
  };
}

/** Nodes on the longest path down from `root`, counted without recursion. */
function promDepth(root: PromNode): number {
  let deepest = 0;
  const stack: [PromNode, number][] = [[root, 1]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    deepest = Math.max(deepest, depth);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** The normalised tree, its depth and its size, built once per parse. */
const normalised = memoizedPerParse(
  (parsed): { root: PromNode | undefined; depth: number; size: number } => {
    const top = parsed.top.firstChild;
    if (top === null) return { root: undefined, depth: 0, size: 0 };
    const { root, size } = buildTree(top);
    // lezer's tree is at least as deep (it has the identifiers and argument lists too), so only a
    // deep one needs the normalised tree measured: lezer reads `a + b offset 5m + c offset 5m`
    // with each `offset` over the chain before it, twice as deep as Prometheus' reading.
    const depth = parsed.depth <= MAX_EXPRESSION_DEPTH ? parsed.depth : promDepth(root);
    return { root, depth, size };
  },
);

/**
 * Levels between the nodes that a depth-safe walk answers first (see depthSafe): its recursion
 * then goes at most this deep, a few JavaScript frames a level, well inside Node's stack.
 */
export const CHECKPOINT_LEVELS = 100;

/**
 * The nodes at every CHECKPOINT_LEVELS-th level below the root, deepest first; none for a tree
 * that is not so deep (nearly every one: that costs no walk).
 */
export const checkpointNodes = memoizedPerParse((parsed): readonly PromNode[] => {
  const root = promTree(parsed);
  if (root === undefined || expressionDepth(parsed) <= CHECKPOINT_LEVELS) return [];
  const byLevel: PromNode[][] = [];
  const stack: [PromNode, number][] = [[root, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > 0 && depth % CHECKPOINT_LEVELS === 0)
      (byLevel[depth / CHECKPOINT_LEVELS] ??= []).push(node);
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return byLevel.reverse().flat();
});

/**
 * A recursive walk over the normalised tree, made safe for any depth: on a deep tree it first
 * answers the checkpoint nodes (checkpointNodes), deepest first, and keeps their answers, so no
 * call recurses more than CHECKPOINT_LEVELS levels before it meets an answer kept. `walk` must
 * call the returned function for its recursion, and its answer must depend on the parse and the
 * node only. On other trees it is `walk` itself, plus one look-up per call.
 * @example const depth = depthSafe((p, n) => 1 + Math.max(0, ...n.children.map((c) => depth(p, c))));
 */
export function depthSafe<T>(
  walk: (parsed: ParsedPromQL, node: PromNode) => T,
): (parsed: ParsedPromQL, node: PromNode) => T {
  const keptOf = memoizedPerParse((parsed) =>
    checkpointNodes(parsed).length === 0
      ? undefined
      : { primed: false, answers: new Map<PromNode, T>() },
  );
  return (parsed, node) => {
    const kept = keptOf(parsed);
    if (kept === undefined) return walk(parsed, node);
    if (!kept.primed) {
      kept.primed = true;
      for (const checkpoint of checkpointNodes(parsed))
        kept.answers.set(checkpoint, walk(parsed, checkpoint));
    }
    return kept.answers.has(node) ? (kept.answers.get(node) as T) : walk(parsed, node);
  };
}

/**
 * `walk` answered once per node of a parse, and depth-safe as depthSafe makes it: for questions
 * that the checks ask of the same node again and again (the labels of every input of every
 * clause, the canonical text of a threshold's side), each of which would otherwise walk the
 * subtree anew. The answers are kept in an array on the parse, by node number (PromNode.id), so
 * they go with the parse; `node` must be a node of `promTree(parsed)`, and the answer must
 * depend on the parse and the node only (and is shared: treat it as read-only).
 */
export function memoizedPerNode<T>(
  walk: (parsed: ParsedPromQL, node: PromNode) => T,
): (parsed: ParsedPromQL, node: PromNode) => T {
  const slot = questions++;
  const answer = (parsed: ParsedPromQL, node: PromNode): T => {
    const { answers } = parsed;
    let perNode = (slot < answers.length ? answers[slot] : UNANSWERED) as unknown[] | symbol;
    if (typeof perNode === 'symbol') {
      const kept = new Array<unknown>(normalised(parsed).size).fill(UNANSWERED);
      while (answers.length <= slot) answers.push(UNANSWERED);
      answers[slot] = kept;
      // A deep tree's checkpoints first, deepest first, so no walk recurses far (see depthSafe).
      for (const checkpoint of checkpointNodes(parsed))
        kept[checkpoint.id] = walk(parsed, checkpoint);
      perNode = kept;
    }
    const known = perNode[node.id];
    if (known !== UNANSWERED) return known as T;
    const result = walk(parsed, node);
    perNode[node.id] = result;
    return result;
  };
  return answer;
}

/**
 * How deep the normalised tree is, in nodes, or an upper bound when that is under
 * MAX_EXPRESSION_DEPTH.
 */
export function expressionDepth(parsed: ParsedPromQL): number {
  return normalised(parsed).depth;
}

/**
 * The normalised tree of a parsed expression, or undefined for an empty one or one deeper than
 * MAX_EXPRESSION_DEPTH (not checked, see ParsedPromQL.unchecked). Built once per parse and shared: treat it
 * as read-only.
 */
export function promTree(parsed: ParsedPromQL): PromNode | undefined {
  const { root, depth } = normalised(parsed);
  return depth > MAX_EXPRESSION_DEPTH ? undefined : root;
}

/**
 * The value of a number literal, through parentheses and a sign (`-(0.5)`), or undefined for
 * anything else: thresholds and clamp bounds are compared by value, however they are written.
 * @example numberLiteral(parsed, root) // -0.5 for `-(0.5)`
 */
export function numberLiteral(parsed: ParsedPromQL, node: PromNode): number | undefined {
  // Through the parentheses and signs in a loop: `((((1))))` may nest thousands deep.
  let negative = false;
  let inner = node;
  while (inner.kind === 'paren' || inner.kind === 'unary') {
    const [only] = inner.children;
    if (only === undefined || inner.children.length !== 1) return undefined;
    if (inner.kind === 'unary' && parsed.text.slice(inner.from, only.from).includes('-'))
      negative = !negative;
    inner = only;
  }
  if (inner.kind !== 'number') return undefined;
  const value = Number(nodeText(parsed, inner.node).replace(/_/gu, ''));
  return Number.isNaN(value) ? undefined : negative ? -value : value;
}

/** Every node of the normalised tree, parents before children. */
export function allNodes(root: PromNode | undefined): PromNode[] {
  const result: PromNode[] = [];
  // Without recursion, as forEachNode.
  const stack: PromNode[] = root === undefined ? [] : [root];
  for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
    result.push(n);
    for (let k = n.children.length - 1; k >= 0; k -= 1) stack.push(n.children[k] as PromNode);
  }
  return result;
}

/** The text a node covers. */
export function nodeText(parsed: ParsedPromQL, node: SyntaxNode): string {
  return parsed.text.slice(node.from, node.to);
}

/**
 * The first direct child of this type or group, or null: lezer's `getChild` over linked nodes
 * (lezer's builds a cursor and an array of every match; the checks ask thousands of times per
 * file).
 */
export function childNamed(node: SyntaxNode | null | undefined, name: string): SyntaxNode | null {
  if (node === null || node === undefined) return null;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.type.is(name)) return child;
  }
  return null;
}

/** Every direct child of this type or group, in source order (lezer's `getChildren`). */
export function childrenNamed(node: SyntaxNode | null | undefined, name: string): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  if (node === null || node === undefined) return result;
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.type.is(name)) result.push(child);
  }
  return result;
}

/** The direct children of a node that are expressions (the grammar's `Expr` group). */
export function exprChildren(node: SyntaxNode): SyntaxNode[] {
  return childrenNamed(node, 'Expr');
}

/** All nodes of the given grammar name, in source order (a walk of the tree: no index is kept per parse). */
export function nodesNamed(parsed: ParsedPromQL, name: string): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  forEachNode(parsed, (node) => {
    if (node.name === name) found.push(node);
  });
  return found;
}

/**
 * Unquotes a PromQL string literal. Go's escapes are close enough to JavaScript's for matcher
 * values; raw (backtick) strings are taken as they are.
 */
export function unquotePromString(literal: string): string {
  if (literal.length < 2) return literal;
  const body = literal.slice(1, -1);
  if (literal.startsWith('`')) return body;
  return body.replace(/\\(.)/gu, (_match, ch: string) => {
    const escapes: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '\\': '\\',
      '"': '"',
      "'": "'",
    };
    return escapes[ch] ?? ch;
  });
}

function matcherOf(parsed: ParsedPromQL, node: SyntaxNode): PromLabelMatcher | undefined {
  const nameNode = childNamed(node, 'LabelName') ?? childNamed(node, 'QuotedLabelName');
  const opNode = childNamed(node, 'MatchOp');
  const valueNode = childNamed(node, 'StringLiteral');
  if (nameNode === null || opNode === null || valueNode === null) return undefined;
  const rawName = nodeText(parsed, nameNode);
  const op = nodeText(parsed, opNode);
  if (op !== '=' && op !== '!=' && op !== '=~' && op !== '!~') return undefined;
  return {
    name: nameNode.name === 'QuotedLabelName' ? unquotePromString(rawName) : rawName,
    op,
    value: unquotePromString(nodeText(parsed, valueNode)),
    from: node.from,
    to: node.to,
  };
}

/** The metric name and matchers of a `VectorSelector` node. */
export function selectorParts(
  parsed: ParsedPromQL,
  node: SyntaxNode,
): { metricName: string | undefined; matchers: PromLabelMatcher[] } {
  const identifier = childNamed(node, 'Identifier');
  let metricName = identifier === null ? undefined : nodeText(parsed, identifier);
  const matchers: PromLabelMatcher[] = [];
  const list = childNamed(node, 'LabelMatchers');
  for (let child = list?.firstChild ?? null; child !== null; child = child.nextSibling) {
    if (child.name === 'QuotedLabelName') {
      // `{"metric.name"}`: a quoted metric name inside the braces (UTF-8 names, Prometheus 3).
      metricName ??= unquotePromString(nodeText(parsed, child));
    } else if (child.name === 'UnquotedLabelMatcher' || child.name === 'QuotedLabelMatcher') {
      const matcher = matcherOf(parsed, child);
      if (matcher !== undefined) matchers.push(matcher);
    }
  }
  return { metricName, matchers };
}

/**
 * {@link selectorParts} of a `selector` node of `promTree(parsed)`, read once per parse: the type
 * checks, the selector list and the canonical text each read every selector. Shared: treat the
 * matchers as read-only.
 */
export const selectorPartsOf = memoizedPerNode(
  (parsed, n): { metricName: string | undefined; matchers: PromLabelMatcher[] } =>
    selectorParts(parsed, n.node),
);

/** Every vector selector, with its range when it is the inside of a range selector. */
export const selectors = memoizedPerParse((parsed): readonly PromSelector[] => {
  const result: PromSelector[] = [];
  // Without recursion, as forEachNode: each node with the range selector it is the inside of.
  const root = promTree(parsed);
  const stack: [PromNode, PromNode | undefined][] = root === undefined ? [] : [[root, undefined]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [n, rangeOf] = entry;
    if (n.kind === 'selector') {
      const rangeNode = childNamed(rangeOf?.node, 'DurationExpr') ?? null;
      const { metricName, matchers } = selectorPartsOf(parsed, n);
      result.push({
        metricName,
        matchers,
        range: rangeNode === null ? undefined : nodeText(parsed, rangeNode),
        from: n.from,
        to: rangeOf?.to ?? n.to,
        node: n.node,
      });
    }
    for (let k = n.children.length - 1; k >= 0; k -= 1)
      stack.push([n.children[k] as PromNode, n.kind === 'matrix' ? n : undefined]);
  }
  return result;
});

/** Every function call, with its name as written and its argument nodes. */
export const functionCalls = memoizedPerParse((parsed): readonly PromFunctionCall[] =>
  nodesNamed(parsed, 'FunctionCall').map((node) => {
    const identifier = childNamed(node, 'FunctionIdentifier');
    const body = childNamed(node, 'FunctionCallBody');
    return {
      name: identifier === null ? '' : nodeText(parsed, identifier),
      args: body === null ? [] : exprChildren(body),
      from: node.from,
      to: node.to,
      node,
    };
  }),
);

/** Every aggregation, with its `by`/`without` labels. */
export const aggregations = memoizedPerParse((parsed): readonly PromAggregation[] =>
  nodesNamed(parsed, 'AggregateExpr').map((node) => {
    const opNode = childNamed(node, 'AggregateOp');
    const modifier = childNamed(node, 'AggregateModifier');
    const body = childNamed(node, 'FunctionCallBody');
    const labels = childNamed(modifier, 'GroupingLabels');
    const labelNames: string[] = [];
    for (let child = labels?.firstChild ?? null; child !== null; child = child.nextSibling) {
      if (child.name === 'LabelName') labelNames.push(nodeText(parsed, child));
      if (child.name === 'QuotedLabelName')
        labelNames.push(unquotePromString(nodeText(parsed, child)));
    }
    return {
      op: opNode === null ? '' : nodeText(parsed, opNode).toLowerCase(),
      grouping:
        modifier === null ? undefined : childNamed(modifier, 'By') !== null ? 'by' : 'without',
      labels: labelNames,
      args: body === null ? [] : exprChildren(body),
      from: node.from,
      to: node.to,
      node,
    };
  }),
);

/**
 * The comparison operators by lezer-promql node name, with the symbol PromQL writes: the checks
 * that look for thresholds and filters know them by node, and show them by symbol.
 */
export const COMPARISON_OPERATORS: ReadonlyMap<string, '==' | '!=' | '>' | '<' | '>=' | '<='> =
  new Map([
    ['Eql', '=='],
    ['Neq', '!='],
    ['Gtr', '>'],
    ['Lss', '<'],
    ['Gte', '>='],
    ['Lte', '<='],
  ]);

/**
 * The arithmetic operators by lezer-promql node name: NaN in gives NaN out, and the result loses
 * the metric name (engine.go shouldDropMetricName).
 */
export const ARITHMETIC_OPERATORS: ReadonlySet<string> = new Set([
  'Add',
  'Sub',
  'Mul',
  'Div',
  'Mod',
  'Pow',
  'Atan2',
]);

/** The operator node of a `BinaryExpr` (the first child that is not an expression). */
export function binaryOperator(node: SyntaxNode): SyntaxNode | undefined {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (!child.type.is('Expr')) return child;
  }
  return undefined;
}

function numberValue(parsed: ParsedPromQL, node: SyntaxNode): number | undefined {
  let inner = node;
  while (inner.name === 'ParenExpr') {
    const child = exprChildren(inner)[0];
    if (child === undefined) return undefined;
    inner = child;
  }
  if (inner.name !== 'NumberDurationLiteral') return undefined;
  const value = Number(nodeText(parsed, inner).replace(/_/gu, ''));
  return Number.isNaN(value) ? undefined : value;
}

/** Every comparison, with the threshold when one side is a number. */
export const comparisons = memoizedPerParse((parsed): readonly PromComparison[] => {
  const result: PromComparison[] = [];
  for (const node of nodesNamed(parsed, 'BinaryExpr')) {
    const opNode = binaryOperator(node);
    const op = opNode === undefined ? undefined : COMPARISON_OPERATORS.get(opNode.name);
    const [lhs, rhs] = exprChildren(node);
    if (op === undefined || lhs === undefined || rhs === undefined) continue;
    result.push({
      op,
      bool: childNamed(node, 'BoolModifier') !== null,
      lhs,
      rhs,
      threshold: numberValue(parsed, rhs) ?? numberValue(parsed, lhs),
      from: node.from,
      to: node.to,
      node,
    });
  }
  return result;
});
