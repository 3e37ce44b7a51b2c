/**
 * The fast path of YAML loading: a scanner for the block YAML that rule files are written in
 * (block mappings and sequences, one-line plain and quoted scalars, `|` and `>` block scalars,
 * comments), building our positioned trees directly from the text.
 *
 * Written by hand because no library does this fast: the `yaml` package's Document (the
 * reference, parse-yaml.ts) and js-yaml with an event listener both build far more than a linter
 * needs; on promtool's 1.2 MB rules_large.yml this scanner takes a fraction of either's time and
 * allocates little besides the tree. It is not a YAML parser: anything outside that subset, or
 * that it is unsure of, makes it decline (return undefined), and the caller uses the Document
 * path with its own messages. Declined: directives and document markers, tabs, CR line ends, a
 * byte-order mark, anchors, aliases, tags, flow collections, explicit keys, multi-line plain or
 * quoted scalars, block scalars with an indentation indicator, keep chomping, a comment on their
 * header or more-indented folded lines, a root that is not a block collection at column 1, and
 * every limit of limits.ts. The tests compare its trees with the Document path's, whole.
 */
import { resolvePlain } from './plain-scalar.js';
import { MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';
import { MapAssembler } from './map-assembler.js';
import { nullScalarAt, scalarNode } from './scalar-node.js';
import type { DocumentSource, ScalarStyle, YamlNode, YamlScalar } from './yaml-tree.js';

/** Thrown inside this module only: the input leaves the subset this path handles. */
class OutsideBlockSubset extends Error {}

function decline(): never {
  throw new OutsideBlockSubset();
}

/** Text-level refusals, checked once: directives, document markers, tabs, CR, a byte-order mark. */
const OUTSIDE_SUBSET = /^(?:%|---|\.\.\.)|[\t\r\uFEFF]/m;

/** The `yaml` package's implicit keys are at most 1024 characters; longer ones are left to it. */
const MAX_KEY_LENGTH = 1000;

/** Characters that may not start a plain scalar here (YAML indicators, and `-?:` before a space). */
const INDICATORS = new Set([...'&*!|>\'"%@`[]{},#']);

/** Short plain scalars are shared (see `interned`) up to this length and this many. */
const MAX_INTERNED_LENGTH = 24;
const MAX_INTERNED_STRINGS = 4096;

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;

/**
 * Parses `source` into one tree per document (none for a text of comments), or returns undefined
 * when the text is outside the subset this path handles.
 */
export function treesFromBlockYaml(source: DocumentSource): (YamlNode | undefined)[] | undefined {
  if (OUTSIDE_SUBSET.test(source.text)) return undefined;
  try {
    return new BlockScanner(source).documents();
  } catch (error) {
    if (error instanceof OutsideBlockSubset) return undefined;
    throw error;
  }
}

/** Where a line's content starts and how deep it is indented. */
interface ContentLine {
  /** Offset of the line's start. */
  start: number;
  /** Spaces before its first character. */
  indent: number;
  /** 0-based line number. */
  line: number;
}

class BlockScanner {
  private readonly text: string;
  private nodes = 0;
  private readonly strings = new Map<string, string>();
  /** The line the scanner is on (0-based); kept in step with every offset it moves to. */
  private line = 0;

  constructor(private readonly source: DocumentSource) {
    this.text = source.text;
  }

  documents(): YamlNode[] {
    const first = this.nextContentLine(0, 0);
    if (first === undefined) return [];
    if (first.indent !== 0) decline();
    const root = this.collection(first, -1, 0);
    if (this.nextContentLine(this.resume.start, this.resume.line) !== undefined) decline();
    return [root];
  }

  /** Where scanning goes on after the last node read: the start of the line after it. */
  private resume: { start: number; line: number } = { start: 0, line: 0 };

  /**
   * The first line at or after `start` (a line start, on line `line`) that holds more than
   * spaces and a comment, or undefined at the end of the text.
   */
  private nextContentLine(start: number, line: number): ContentLine | undefined {
    const text = this.text;
    let i = start;
    let current = line;
    while (i < text.length) {
      let j = i;
      while (text.charCodeAt(j) === SPACE) j++;
      const c = text.charCodeAt(j);
      if (j < text.length && c !== NEWLINE && c !== HASH) {
        return { start: i, indent: j - i, line: current };
      }
      const end = text.indexOf('\n', j);
      if (end === -1) return undefined;
      i = end + 1;
      current++;
    }
    return undefined;
  }

  private position(line: number, offset: number, lineStart: number): YamlScalar['position'] {
    return this.source.toFilePosition({ line: line + 1, column: offset - lineStart + 1 });
  }

  private count(depth: number): void {
    this.nodes++;
    if (this.nodes > MAX_EXPANDED_NODES || depth > MAX_NESTING_DEPTH) decline();
  }

  /** A block sequence or mapping whose first line is `first`, inside a parent at `parentIndent`. */
  private collection(first: ContentLine, parentIndent: number, depth: number): YamlNode {
    const at = first.start + first.indent;
    if (this.isSequenceItem(at)) return this.sequence(first, depth);
    return this.mapping(first.indent, at, first.line, first.start, parentIndent, depth);
  }

  /** `-` followed by a space or a line end. */
  private isSequenceItem(offset: number): boolean {
    if (this.text.charCodeAt(offset) !== 45 /* - */) return false;
    const next = this.text.charCodeAt(offset + 1);
    return next === SPACE || next === NEWLINE || offset + 1 >= this.text.length;
  }

  private sequence(first: ContentLine, depth: number): YamlNode {
    this.count(depth);
    const indent = first.indent;
    const items: YamlNode[] = [];
    const position = this.position(first.line, first.start + indent, first.start);
    let line: ContentLine | undefined = first;
    while (
      line !== undefined &&
      line.indent === indent &&
      this.isSequenceItem(line.start + indent)
    ) {
      const dash = line.start + indent;
      let content = dash + 1;
      while (this.text.charCodeAt(content) === SPACE) content++;
      items.push(this.itemValue(content, line, indent, depth + 1));
      line = this.nextContentLine(this.resume.start, this.resume.line);
    }
    // A line indented deeper than the items, yet no part of the last one, is not this subset.
    if (line !== undefined && line.indent > indent) decline();
    return { kind: 'seq', items, position };
  }

  /** The value after a sequence item's `- `: inline, on the lines below, or empty. */
  private itemValue(content: number, line: ContentLine, indent: number, depth: number): YamlNode {
    const c = this.text.charCodeAt(content);
    if (content >= this.text.length || c === NEWLINE || c === HASH) {
      return this.valueBelow(content, line, indent, false, depth);
    }
    if (this.isSequenceItem(content)) decline(); // `- - x`: a compact nested sequence
    if (this.keyEnd(content) !== undefined) {
      // `- key: value`: a mapping whose keys are indented to the first key's column.
      return this.mapping(content - line.start, content, line.line, line.start, indent, depth);
    }
    return this.inlineScalar(content, line, indent, depth);
  }

  /**
   * A value that is not on its indicator's line: a collection on the lines below (deeper than
   * `indent`, or at `indent` for a mapping's sequence), else an empty (null) node at `offset`.
   */
  private valueBelow(
    offset: number,
    line: ContentLine,
    indent: number,
    sequenceMayAlign: boolean,
    depth: number,
  ): YamlNode {
    const lineEnd = this.text.indexOf('\n', offset);
    const next = lineEnd === -1 ? undefined : this.nextContentLine(lineEnd + 1, line.line + 1);
    const aligned =
      next !== undefined &&
      sequenceMayAlign &&
      next.indent === indent &&
      this.isSequenceItem(next.start + indent);
    if (next !== undefined && (next.indent > indent || aligned)) {
      return this.collection(next, indent, depth);
    }
    this.count(depth);
    this.resumeAfterLine(offset, line.line);
    return nullScalarAt(offset, this.source, this.position(line.line, offset, line.start));
  }

  private resumeAfterLine(offset: number, line: number): void {
    const end = this.text.indexOf('\n', offset);
    this.resume =
      end === -1 ? { start: this.text.length, line } : { start: end + 1, line: line + 1 };
  }

  /**
   * A block mapping whose first key starts at `keyStart` (column `indent`), on line `line`
   * starting at `lineStart`.
   */
  private mapping(
    indent: number,
    keyStart: number,
    line: number,
    lineStart: number,
    parentIndent: number,
    depth: number,
  ): YamlNode {
    if (indent <= parentIndent) decline();
    this.count(depth);
    const assembler = new MapAssembler(decline);
    const position = this.position(line, keyStart, lineStart);
    let start = keyStart;
    let current: ContentLine = { start: lineStart, indent, line };
    for (;;) {
      const colon = this.keyEnd(start);
      if (colon === undefined) decline();
      const key = this.key(start, colon.keyEnd, current, depth + 1);
      let valueStart = colon.colon + 1;
      while (this.text.charCodeAt(valueStart) === SPACE) valueStart++;
      const c = this.text.charCodeAt(valueStart);
      const value =
        valueStart >= this.text.length || c === NEWLINE || c === HASH
          ? this.valueBelow(valueStart, current, indent, true, depth + 1)
          : this.inlineValue(valueStart, current, indent, depth + 1);
      assembler.add(key, value);
      const next = this.nextContentLine(this.resume.start, this.resume.line);
      if (next === undefined || next.indent < indent) break;
      if (next.indent > indent) decline();
      current = next;
      start = next.start + indent;
      if (this.isSequenceItem(start)) decline();
    }
    return assembler.finish(position);
  }

  /**
   * Where an implicit key starting at `start` ends (its text trimmed) and where its `:` is, or
   * undefined when the line holds no `key:` there.
   */
  private keyEnd(start: number): { keyEnd: number; colon: number } | undefined {
    const text = this.text;
    const quote = text[start];
    let i = start;
    if (quote === '"' || quote === "'") {
      i = this.quotedEnd(start, quote);
      let colon = i;
      while (text.charCodeAt(colon) === SPACE) colon++;
      if (text[colon] !== ':' || !this.endsIndicator(colon + 1)) return undefined;
      return { keyEnd: i, colon };
    }
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c === NEWLINE) return undefined;
      if (c === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
      if (c === 58 /* : */ && this.endsIndicator(i + 1)) {
        let end = i;
        while (text.charCodeAt(end - 1) === SPACE) end--;
        return { keyEnd: end, colon: i };
      }
      i++;
    }
  }

  /** Whether an indicator before `offset` is complete: a space, a line end or the text's end follows. */
  private endsIndicator(offset: number): boolean {
    const c = this.text.charCodeAt(offset);
    return offset >= this.text.length || c === SPACE || c === NEWLINE;
  }

  private key(start: number, end: number, line: ContentLine, depth: number): YamlScalar {
    this.count(depth);
    if (end - start > MAX_KEY_LENGTH || end === start) decline();
    const text = this.text;
    const first = text[start];
    const position = this.position(line.line, start, line.start);
    if (first === '"' || first === "'") {
      const value = first === '"' ? this.doubleQuoted(start, end) : this.singleQuoted(start, end);
      return scalarNode(
        value,
        first === '"' ? 'double-quoted' : 'single-quoted',
        start,
        end,
        this.source,
        position,
      );
    }
    const raw = this.interned(text.slice(start, end));
    this.checkPlainStart(raw);
    if (raw.includes(' #')) decline();
    return scalarNode(this.resolve(raw), 'plain', start, end, this.source, position);
  }

  /** A value on its key's line: a block scalar, a quoted or a plain scalar. */
  private inlineValue(start: number, line: ContentLine, indent: number, depth: number): YamlNode {
    if (this.isSequenceItem(start)) decline(); // `key: - a`
    // `a: b: c` (a mapping on a key's line) is refused while the scalar is read.
    return this.inlineScalar(start, line, indent, depth);
  }

  /** A scalar that starts on this line; `indent` is its parent collection's. */
  private inlineScalar(start: number, line: ContentLine, indent: number, depth: number): YamlNode {
    this.count(depth);
    const text = this.text;
    const first = text[start];
    const position = this.position(line.line, start, line.start);
    if (first === '|' || first === '>') return this.blockScalar(start, line, indent, position);
    let end: number;
    let value: unknown;
    let style: ScalarStyle;
    if (first === '"' || first === "'") {
      end = this.quotedEnd(start, first);
      value = first === '"' ? this.doubleQuoted(start, end) : this.singleQuoted(start, end);
      style = first === '"' ? 'double-quoted' : 'single-quoted';
      let after = end;
      while (text.charCodeAt(after) === SPACE) after++;
      const c = text.charCodeAt(after);
      // Only a comment or the line end may follow (a `:` would make the scalar a key).
      if (after < text.length && c !== NEWLINE && !(c === HASH && after > end)) decline();
    } else {
      // To the line end or a comment (` #`), trailing spaces left out; a `: ` on the way
      // would make the text before it a key.
      end = start;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === NEWLINE || (c === HASH && text.charCodeAt(end - 1) === SPACE)) break;
        if (c === 58 /* : */ && this.endsIndicator(end + 1)) decline();
        end++;
      }
      while (text.charCodeAt(end - 1) === SPACE) end--;
      const raw = this.interned(text.slice(start, end));
      this.checkPlainStart(raw);
      value = this.resolve(raw);
      style = 'plain';
    }
    this.resumeAfterLine(end, line.line);
    // A deeper line below would continue a plain scalar (or be an error): not this subset.
    const next = this.nextContentLine(this.resume.start, this.resume.line);
    if (next !== undefined && next.indent > indent) decline();
    return scalarNode(value, style, start, end, this.source, position);
  }

  private checkPlainStart(raw: string): void {
    const first = raw[0];
    if (first === undefined || INDICATORS.has(first)) decline();
    if ((first === '-' || first === '?' || first === ':') && (raw.length === 1 || raw[1] === ' ')) {
      decline();
    }
  }

  /**
   * One string per distinct short text: keys (`expr`, `labels`) and values (`critical`, `5m`)
   * repeat thousands of times in a large file, and a short slice is a copy of its own.
   */
  private interned(text: string): string {
    if (text.length > MAX_INTERNED_LENGTH) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    if (this.strings.size < MAX_INTERNED_STRINGS) this.strings.set(text, text);
    return text;
  }

  /** The value the `yaml` package's core schema gives a plain scalar; declines where it errs. */
  private resolve(raw: string): unknown {
    try {
      return resolvePlain(raw);
    } catch {
      decline();
    }
  }

  /** The end (after the closing quote) of a one-line quoted scalar. */
  private quotedEnd(start: number, quote: string): number {
    const text = this.text;
    let i = start + 1;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') decline();
      if (quote === '"' && c === '\\') i += 2;
      else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i += 2;
        else return i + 1;
      } else i++;
    }
  }

  private singleQuoted(start: number, end: number): string {
    return this.text.slice(start + 1, end - 1).replaceAll("''", "'");
  }

  /** A one-line double-quoted scalar's value, its escapes as YAML 1.2 defines them. */
  private doubleQuoted(start: number, end: number): string {
    const body = this.text.slice(start + 1, end - 1);
    if (!body.includes('\\')) return body;
    // Runs between escapes are sliced and joined once: `+=` per character would leave a chain
    // of one-character strings per value (measured: half the tree's memory on 19,000 alerts).
    const parts: string[] = [];
    let run = 0;
    for (let i = body.indexOf('\\'); i !== -1; i = body.indexOf('\\', run)) {
      parts.push(body.slice(run, i));
      const escape = body[i + 1];
      const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        parts.push(simple);
        run = i + 2;
        continue;
      }
      const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
      const hex = body.slice(i + 2, i + 2 + digits);
      if (digits === 0 || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) decline();
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) decline();
      parts.push(String.fromCodePoint(code));
      run = i + 2 + digits;
    }
    parts.push(body.slice(run));
    return parts.join('');
  }

  /**
   * A `|` or `>` block scalar with clip or strip chomping. Its range ends after the line end of
   * its last non-blank line, as the `yaml` package's does.
   */
  private blockScalar(
    start: number,
    line: ContentLine,
    parentIndent: number,
    position: YamlScalar['position'],
  ): YamlScalar {
    const text = this.text;
    const folded = text[start] === '>';
    let i = start + 1;
    const strip = text[i] === '-';
    if (strip) i++;
    while (text.charCodeAt(i) === SPACE) i++;
    // Keep chomping, an indentation indicator, a comment or anything else on the header.
    if (i >= text.length || text.charCodeAt(i) !== NEWLINE) decline();
    // The scalar's lines: blank ones, and those indented deeper than the parent.
    const lines: { start: number; end: number }[] = [];
    let contentIndent = -1;
    let lineStart = i + 1;
    let lastContent = -1;
    // The longest line of nothing but spaces: beyond the indentation its spaces are content (or
    // an error before the first line), left to the full path.
    let widestBlank = 0;
    while (lineStart < text.length) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd === -1) lineEnd = text.length;
      let spaces = lineStart;
      while (text.charCodeAt(spaces) === SPACE) spaces++;
      const blank = spaces === lineEnd;
      const indent = spaces - lineStart;
      if (!blank) {
        if (contentIndent === -1) {
          if (indent <= parentIndent) break;
          contentIndent = indent;
        }
        if (indent < contentIndent) break;
        lastContent = lines.length;
      } else widestBlank = Math.max(widestBlank, indent);
      lines.push({ start: lineStart, end: lineEnd });
      lineStart = lineEnd + 1;
    }
    if (lastContent === -1 || widestBlank > contentIndent) decline(); // no content, or spaces as content
    const content = lines.slice(0, lastContent + 1);
    const parts: string[] = [];
    for (const { start: from, end: to } of content) {
      parts.push(to - from <= contentIndent ? '' : text.slice(from + contentIndent, to));
    }
    let value = folded ? this.fold(parts) : parts.join('\n');
    if (!strip) value += '\n';
    const last = content[content.length - 1] as { start: number; end: number };
    // The text ends in the last line, without a line end: chomping would differ, not this subset.
    if (last.end >= text.length) decline();
    const end = last.end + 1;
    // Trailing blank lines belong to the scalar; scanning goes on after the last content line.
    this.resume = { start: end, line: line.line + 1 + lastContent + 1 };
    return scalarNode(value, folded ? 'folded' : 'literal', start, end, this.source, position);
  }

  /** Folded lines: a line break between two lines is a space, each blank line a line break. */
  private fold(parts: readonly string[]): string {
    let value = '';
    let breaks = 0;
    let seenContent = false;
    for (const part of parts) {
      if (part === '') {
        breaks++;
        continue;
      }
      // A more-indented line keeps its line breaks: left to the full path.
      if (part.startsWith(' ')) decline();
      if (seenContent) value += breaks === 0 ? ' ' : '\n'.repeat(breaks);
      else value += '\n'.repeat(breaks);
      value += part;
      breaks = 0;
      seenContent = true;
    }
    return value;
  }
}

/** YAML 1.2 double-quoted escapes that stand for one fixed character. */
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
