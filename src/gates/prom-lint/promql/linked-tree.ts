/**
 * The lezer-promql grammar as prom-lint runs it, and the copy of its trees that every check reads
 * (plain linked nodes). Kept apart from tree.ts so that the parse of long operator chains
 * (long-chains.ts) can build trees from several lezer parses without an import cycle.
 */
import type { Input, NodeType, Tree } from '@lezer/common';
import { LineComment, parser as lezerParser } from '@prometheus-io/lezer-promql';
import type { Stack } from '@lezer/lr';

/**
 * lezer-promql finds keywords by looking identifiers up in plain objects, so `constructor` and
 * `__proto__` find Object.prototype's members and the parse fails where Prometheus accepts a
 * metric of that name. Its specializers are wrapped (LRParser.configure) to see no keyword in a
 * name Object.prototype owns. The grammar's specializers are read from the parser: lezer does
 * not type that field, so it is read through a cast, and a grammar without it is left as it is.
 */
const INHERITED_NAMES: readonly string[] =
  // Looked up lowercased, so only lowercase members can be hit: `constructor`, `__proto__`.
  Object.getOwnPropertyNames(Object.prototype).filter((name) => name === name.toLowerCase());
/**
 * Whether `value.toLowerCase()` is one of INHERITED_NAMES, without lowercasing: the specializer
 * asks for every identifier of every expression. The names are ASCII lowercase, and the only
 * character that lowercases to ASCII from outside ASCII is the Kelvin sign (to `k`); `İ`
 * lowercases to two characters, neither ASCII `i` alone.
 */
function isInheritedName(value: string): boolean {
  for (let k = 0; k < INHERITED_NAMES.length; k += 1) {
    const name = INHERITED_NAMES[k] as string;
    if (name.length === value.length && lowercasesTo(value, name)) return true;
  }
  return false;
}

/** Whether `value.toLowerCase() === name` for an ASCII lowercase `name` of the same length. */
function lowercasesTo(value: string, name: string): boolean {
  for (let i = 0; i < name.length; i += 1) {
    const want = name.charCodeAt(i);
    const code = value.charCodeAt(i);
    if (code === want) continue;
    const upper = code >= 0x41 && code <= 0x5a && code + 0x20 === want;
    const kelvin = code === 0x212a && want === 0x6b;
    if (!upper && !kelvin) return false;
  }
  return true;
}

const promqlParser = (() => {
  const specs = (lezerParser as unknown as { specializerSpecs?: { external?: unknown }[] })
    .specializerSpecs;
  const externals = (specs ?? []).flatMap((spec) =>
    typeof spec.external === 'function'
      ? [spec.external as (value: string, stack: Stack) => number]
      : [],
  );
  return lezerParser.configure({
    specializers: externals.map((external) => ({
      from: external,
      to: (value, stack) => (isInheritedName(value) ? -1 : external(value, stack)),
    })),
  });
})();

/**
 * One node of a parsed expression: the part of lezer's `SyntaxNode` the checks use, as plain
 * linked objects. A lezer node is a view that is allocated anew at every `firstChild` or
 * `nextSibling` step; the checks walk each tree a dozen times, so one copy made in a single
 * cursor walk is several times cheaper than those views (measured on 19,000 rules).
 */
export interface SyntaxNode {
  readonly type: NodeType;
  /** The grammar's node name, e.g. `VectorSelector`. */
  readonly name: string;
  readonly from: number;
  readonly to: number;
  readonly firstChild: SyntaxNode | null;
  readonly lastChild: SyntaxNode | null;
  readonly nextSibling: SyntaxNode | null;
}

/**
 * Five fields a node: thousands of rules' trees stay in memory for the suite checks. Writable
 * here only so that long-chains.ts can graft the trees of several parses into one.
 */
export class LinkedNode implements SyntaxNode {
  firstChild: LinkedNode | null = null;
  nextSibling: LinkedNode | null = null;

  constructor(
    readonly type: NodeType,
    public from: number,
    public to: number,
  ) {}

  get name(): string {
    return this.type.name;
  }

  get lastChild(): LinkedNode | null {
    let child = this.firstChild;
    while (child?.nextSibling != null) child = child.nextSibling;
    return child;
  }
}

/** A linked copy of a lezer tree, whether it holds an error node, and how deep it is. */
export interface LinkedTree {
  top: LinkedNode;
  hasError: boolean;
  /** Nodes on the longest path down from the top, the top included. */
  depth: number;
  /**
   * Set when the text was not read: it nests deeper than lezer's stack holds (long-chains.ts,
   * RIGHT_NESTING_LIMIT), and `top` is empty.
   */
  unread?: boolean;
  /**
   * Set when the text nests deeper than one parse holds and was parsed in slices (long-chains.ts,
   * NESTING_PER_PARSE): one parse of the whole would be no better, and lezer's tree builder
   * (@lezer/common's copyToBuffer) recurses and overflows the stack on it.
   */
  sliced?: boolean;
}

/**
 * Copies a lezer tree (named nodes only, as `SyntaxNode` navigation sees it) in one cursor walk.
 * `# comment` lines are left out: the grammar keeps them as nodes wherever they stand, so an
 * expression under a header comment would have the comment as its first child, and a comment
 * between an operand and its operator would read as an operand.
 */
function linkedTreeOf(tree: Tree, offset: number): LinkedTree {
  const cursor = tree.cursor();
  const top = new LinkedNode(cursor.type, cursor.from + offset, cursor.to + offset);
  let hasError = false;
  let deepest = 1;
  const parents: LinkedNode[] = [top];
  // The last child linked so far under each parent of `parents`.
  const lasts: (LinkedNode | null)[] = [null];
  if (cursor.firstChild()) {
    walk: for (;;) {
      if (cursor.type.id !== LineComment) {
        const node = new LinkedNode(cursor.type, cursor.from + offset, cursor.to + offset);
        if (cursor.type.isError) hasError = true;
        deepest = Math.max(deepest, parents.length + 1);
        const depth = parents.length - 1;
        const last = lasts[depth] ?? null;
        if (last === null) (parents[depth] as LinkedNode).firstChild = node;
        else last.nextSibling = node;
        lasts[depth] = node;
        if (cursor.firstChild()) {
          parents.push(node);
          lasts.push(null);
          continue;
        }
      }
      while (!cursor.nextSibling()) {
        cursor.parent();
        parents.pop();
        lasts.pop();
        if (parents.length === 0) break walk;
      }
    }
  }
  return { top, hasError, depth: deepest };
}

/** A span of the text to parse; the parser skips what lies between spans. */
export interface TextRange {
  from: number;
  to: number;
}

/**
 * The text as lezer reads it, with single characters replaced (a stand-in operand and the space
 * after it). A lezer `Input` rather than a copy of the text: the parse of a long chain reads the
 * same text once per slice of the chain.
 */
class PatchedInput implements Input {
  readonly lineChunks = false;
  readonly length: number;

  constructor(
    private readonly text: string,
    /** Positions to read otherwise, ascending, with the character read there. */
    private readonly patches: readonly Patch[],
  ) {
    this.length = text.length;
  }

  chunk(from: number): string {
    for (const { at, read } of this.patches) {
      if (at === from) return read;
      if (at > from) return this.text.slice(from, at);
    }
    return this.text.slice(from);
  }

  read(from: number, to: number): string {
    let result = '';
    for (let at = from; at < to;) {
      const piece = this.chunk(at).slice(0, to - at);
      result += piece;
      at += piece.length;
    }
    return result;
  }
}

/** One character of the text read as another. */
export interface Patch {
  at: number;
  read: string;
}

/**
 * Parses `text` with the grammar (never throws; syntax errors are error nodes). With `ranges`,
 * only those spans are read (lezer joins them as if nothing lay between) and the offsets still
 * point into `text`; `patches` (ascending) change single characters, e.g. to put a stand-in
 * operand where another parse's tree will go.
 */
export function parseLinked(
  text: string,
  ranges?: readonly TextRange[],
  patches: readonly Patch[] = [],
): LinkedTree {
  const input = patches.length === 0 ? text : new PatchedInput(text, patches);
  // lezer gives offsets from the first range's start.
  return linkedTreeOf(promqlParser.parse(input, undefined, ranges), ranges?.[0]?.from ?? 0);
}
