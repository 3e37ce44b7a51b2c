/**
 * The fast path of YAML loading: our positioned tree built from js-yaml's parse events. js-yaml
 * reads rule files, events included, several times faster than the `yaml` package: loading
 * promtool's 1.2 MB rules_large.yml takes about 0.15 s instead of 0.6 s, a 9.7 MB file of 19,000
 * alerts 0.8 s instead of 2.7 s (best of 5 on one machine).
 *
 * js-yaml is not the reference: the `yaml` package's Document is (parse-yaml.ts). So this module
 * only takes the YAML subset where both libraries must agree, and gives up (returns undefined)
 * on anything else: tags, anchors, aliases, flow collections, explicit or complex keys,
 * directives and document markers, tabs, lone CR line ends, multi-line plain or quoted scalars,
 * block scalars with an indentation indicator or keep chomping, any js-yaml error (duplicate keys
 * among them: the full path reports them with both places), and every limit of limits.ts.
 *
 * js-yaml is loaded with its failsafe schema (every scalar a string) and each plain scalar is
 * typed with the `yaml` package's core schema (plain-scalar.ts), so types
 * stay the reference's (js-yaml's default schema differs: timestamps, `<<` merges, octals).
 * Ranges are not in js-yaml's events (a node's `open` comes before its leading spaces and
 * comments, its `close` after some trailing ones), so they are read from the source text here,
 * by the same definition as the `yaml` package's ranges; the tests compare both builders whole.
 */
import { FAILSAFE_SCHEMA, loadAll } from 'js-yaml';
import type { EventType, LoadOptions, State } from 'js-yaml';
import { resolvePlain } from './plain-scalar.js';
import { MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';
import { MapAssembler } from './map-assembler.js';
import { nullScalarAt, scalarNode } from './scalar-node.js';
import { positionInText } from './text-position.js';
import type { DocumentSource, ScalarStyle, YamlNode, YamlScalar } from './yaml-tree.js';

/** Thrown inside this module only: the input leaves the subset this path handles. */
class OutsideJsYamlPath extends Error {}

function giveUp(): never {
  throw new OutsideJsYamlPath();
}

/** A node js-yaml has opened and not yet closed, with the nodes closed inside it so far. */
interface Frame {
  open: number;
  children: YamlNode[];
}

/**
 * Text-level refusals, checked once: directives and document markers (several documents),
 * tabs (indentation errors depend on context), a byte-order mark, and lone CR line ends.
 */
const OUTSIDE_SUBSET = /^(?:%|---|\.\.\.)|\t|\r(?!\n)|^\uFEFF/m;

/**
 * The `yaml` package's implicit keys may not be longer than this (strict mode allows 1024
 * characters before the `:`); keys near it are left to the full path.
 */
const MAX_KEY_LENGTH = 1000;

/**
 * Parses `source` into one tree per document, or returns undefined when the text is outside
 * what this path handles (the caller then uses the full Document path).
 */
export function treesFromJsYaml(source: DocumentSource): (YamlNode | undefined)[] | undefined {
  if (OUTSIDE_SUBSET.test(source.text)) return undefined;
  const builder = new JsYamlTreeBuilder(source);
  // js-yaml refuses a node at depth MAX_NESTING_DEPTH, one level before the full path does.
  const options: LoadOptions & { maxDepth: number } = {
    schema: FAILSAFE_SCHEMA,
    maxDepth: MAX_NESTING_DEPTH,
    listener: (event: EventType, state: State) => builder.event(event, state),
  };
  try {
    loadAll(source.text, () => undefined, options);
  } catch {
    // js-yaml's errors (duplicate keys, syntax, depth) and our refusals alike: the full path
    // decides, with its own messages.
    return undefined;
  }
  return builder.roots();
}

/** Builds the trees of one stream from js-yaml's open and close events. */
class JsYamlTreeBuilder {
  private readonly stack: Frame[] = [];
  private readonly documents: YamlNode[] = [];
  private nodes = 0;
  private readonly text: string;

  constructor(private readonly source: DocumentSource) {
    this.text = source.text;
  }

  roots(): YamlNode[] {
    if (this.stack.length !== 0 || this.documents.length > 1) giveUp();
    return this.documents;
  }

  event(event: EventType, state: State): void {
    if (event === 'open') {
      if (this.stack.length > MAX_NESTING_DEPTH) giveUp();
      this.stack.push({ open: state.position, children: [] });
      return;
    }
    const frame = this.stack.pop();
    if (frame === undefined) giveUp();
    const node = this.close(frame, state);
    // js-yaml may open a document for a text of comments, where the `yaml` package has none.
    if (this.stack.length === 0 && state.kind === null) giveUp();
    this.nodes++;
    if (this.nodes > MAX_EXPANDED_NODES) giveUp();
    const parent = this.stack[this.stack.length - 1];
    if (parent === undefined) this.documents.push(node);
    else parent.children.push(node);
  }

  private at(offset: number): YamlScalar['position'] {
    return this.source.toFilePosition(positionInText(this.source.lineStarts, offset));
  }

  /** The node a close event ends; children closed inside a scalar were js-yaml's tries. */
  private close(frame: Frame, state: State): YamlNode {
    const result: unknown = state.result;
    const kind: unknown = state.kind;
    if (kind === null && result === null) return this.empty(frame.open);
    const start = this.contentStart(frame.open);
    switch (kind) {
      case 'scalar':
        if (typeof result !== 'string') giveUp();
        return this.scalar(start, result, state.position);
      case 'sequence':
        // js-yaml stores an empty item without composing it: left to the other paths.
        if (!Array.isArray(result) || result.length !== frame.children.length) giveUp();
        frame.children.forEach((item, i) => this.checkSame(item, result[i]));
        return { kind: 'seq', items: frame.children, position: this.at(start) };
      case 'mapping':
        return this.map(start, frame.children, result);
      default:
        giveUp();
    }
  }

  /**
   * Where a node's content starts: past the spaces, line ends and comments after its open
   * event. Properties, aliases, flow collections, explicit keys and reserved indicators end
   * the fast path here.
   */
  private contentStart(open: number): number {
    const text = this.text;
    let i = open;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13) i++;
      else if (c === 35 /* # */) {
        while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      } else break;
    }
    switch (text[i]) {
      case '&':
      case '*':
      case '!':
      case '[':
      case '{':
      case '%':
      case '@':
      case '`':
      case '?':
      case ':':
      case ',':
        giveUp();
    }
    return i;
  }

  /** compose-node's empty node: a null scalar after the indicator and its spaces. */
  private empty(open: number): YamlScalar {
    let offset = open;
    while (this.text.charCodeAt(offset) === 32) offset++;
    return nullScalarAt(offset, this.source, this.at(offset));
  }

  private scalar(start: number, value: string, closed: number): YamlScalar {
    const text = this.text;
    let style: ScalarStyle;
    let end: number;
    switch (text[start]) {
      case '"':
        style = 'double-quoted';
        end = this.quotedEnd(start, '"');
        break;
      case "'":
        style = 'single-quoted';
        end = this.quotedEnd(start, "'");
        break;
      case '|':
        style = 'literal';
        end = this.blockEnd(start, closed);
        break;
      case '>':
        style = 'folded';
        end = this.blockEnd(start, closed);
        break;
      default:
        // A single-line plain scalar is its own source; a folded multi-line one is not.
        if (value === '' || !text.startsWith(value, start)) giveUp();
        end = start + value.length;
        return scalarNode(resolvePlain(value), 'plain', start, end, this.source, this.at(start));
    }
    return scalarNode(value, style, start, end, this.source, this.at(start));
  }

  /** The end of a one-line quoted scalar; it must be followed by a space, `:` or a line end. */
  private quotedEnd(start: number, quote: '"' | "'"): number {
    const text = this.text;
    let i = start + 1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n' || c === '\r') giveUp();
      if (quote === '"' && c === '\\') {
        const escaped = text[i + 1];
        if (escaped === '\n' || escaped === '\r') giveUp(); // an escaped line break
        i += 2;
      } else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i += 2;
        else break;
      } else i++;
    }
    const end = i + 1;
    const next = text[end];
    if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\r' && next !== ':') {
      giveUp();
    }
    return end;
  }

  /**
   * The `yaml` package's range end of a block scalar with clip or strip chomping: after the
   * line end of its last non-blank line (the text's end when that line has none). js-yaml closes
   * it at the first line of what follows, so the end is found walking back from there.
   */
  private blockEnd(start: number, jsYamlPosition: number): number {
    const text = this.text;
    // js-yaml appends a line end to a text without one, and may stop past it.
    const closed = Math.min(jsYamlPosition, text.length);
    let i = start + 1;
    const chomp = text[i];
    if (chomp === '-' || chomp === '+') i++;
    // Keep chomping takes trailing blank lines, an indentation indicator changes the indent.
    if (chomp === '+' || /[0-9+-]/.test(text[i] ?? '')) giveUp();
    const headerEnd = text.indexOf('\n', start);
    if (headerEnd === -1 || closed <= headerEnd) giveUp();
    const lineStartOf = (offset: number): number => {
      let i = offset;
      while (i > headerEnd + 1 && text[i - 1] !== '\n') i--;
      return i;
    };
    let end: number;
    if (closed === text.length && text[closed - 1] !== '\n') {
      // The text ends without a line end, maybe inside the scalar's last line.
      end = lineStartOf(closed);
      if (text.slice(end, closed).trim() !== '') return closed;
    } else {
      end = lineStartOf(closed);
    }
    // Walk back over blank lines to the line end of the last non-blank one.
    while (end > headerEnd + 1) {
      const previous = lineStartOf(end - 1);
      const line = text.slice(previous, end);
      if (line.trim() !== '') return end;
      // Spaces on a blank line may be content (beyond the indent): leave them to the full path.
      if (line !== '\n' && line !== '\r\n') giveUp();
      end = previous;
    }
    giveUp(); // no content line at all
  }

  private map(start: number, children: readonly YamlNode[], result: unknown): YamlNode {
    if (typeof result !== 'object' || result === null || Array.isArray(result)) giveUp();
    if (children.length % 2 !== 0 || Object.keys(result).length !== children.length / 2) {
      giveUp();
    }
    const assembler = new MapAssembler(giveUp);
    for (let i = 0; i < children.length; i += 2) {
      const key = children[i];
      const value = children[i + 1];
      if (key?.kind !== 'scalar' || value === undefined) giveUp();
      if (key.type === 'null' || key.style === 'literal' || key.style === 'folded') giveUp();
      if (key.sourceEnd - key.sourceStart > MAX_KEY_LENGTH) giveUp();
      this.checkImplicitKey(key);
      // The key js-yaml stored must be the one read here (js-yaml keeps `__proto__` apart).
      if (key.text === '__proto__' || !Object.hasOwn(result, key.text)) giveUp();
      const stored: unknown = Reflect.get(result, key.text);
      this.checkSame(value, stored);
      assembler.add(key, value);
    }
    return assembler.finish(this.at(start));
  }

  /**
   * Gives up unless `node` is the value js-yaml stored for it, so an event this builder paired
   * wrongly cannot go unnoticed.
   */
  private checkSame(node: YamlNode, stored: unknown): void {
    if (node.kind === 'map') {
      if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) giveUp();
    } else if (node.kind === 'seq') {
      if (!Array.isArray(stored)) giveUp();
    } else if (node.sourceStart === node.sourceEnd) {
      if (stored !== null) giveUp(); // an empty node
    } else {
      const expected =
        node.style === 'plain' ? this.text.slice(node.sourceStart, node.sourceEnd) : node.value;
      if (stored !== expected) giveUp();
    }
  }

  /**
   * An implicit key as the `yaml` package takes it: first on its line (or after the `- ` of a
   * sequence item) and followed by its `:` on the same line.
   */
  private checkImplicitKey(key: YamlScalar): void {
    const text = this.text;
    let before = key.sourceStart;
    while (text.charCodeAt(before - 1) === 32) before--;
    const previous = text[before - 1];
    if (previous !== undefined && previous !== '\n' && previous !== '-') giveUp();
    let after = key.sourceEnd;
    while (text.charCodeAt(after) === 32) after++;
    if (text[after] !== ':') giveUp();
  }
}
