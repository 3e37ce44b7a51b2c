/**
 * The fast path of YAML loading: a scanner for the block YAML that rule files are written in
 * (block mappings and sequences, plain and quoted scalars on one line or folded over several,
 * `|` and `>` block scalars, comments, several documents between `---` and `...`, LF or CRLF line
 * ends), building our positioned trees directly from the text and collecting the comments in the
 * same pass.
 *
 * Written by hand because no library does this fast: the `yaml` package's Document (the
 * reference, parse-yaml.ts) and js-yaml with an event listener both build far more than a linter
 * needs; on a 9 MB rule file this scanner takes a fraction of either's time and allocates little
 * besides the tree. It is not a YAML parser: what it does not handle it hands, as small as it
 * can, to a fallback (the Document path over a slice of the text): a flow collection (`{…}`,
 * `[…]`) alone, a document with anchors, aliases, tags, explicit keys or anything else it is
 * unsure of as a whole document. Without a fallback, or where the fallback finds an error, it
 * declines the file (returns undefined) and the caller uses the Document path with its own
 * messages. Declined for the whole file: directives, a byte-order mark, a CR that does not end
 * a line, and every limit of limits.ts. The tests compare its trees and comments with the
 * Document path's, whole, on every fixture and on the output of PyYAML, Go's yaml.v2 and v3,
 * jsonnet and kube-prometheus.
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

/**
 * Text-level refusals, checked once: directives (a `%` starting a line, a line as the `m` flag
 * of a regular expression counts them), a byte-order mark, a CR not before an LF. By indexOf:
 * one regular expression over a 10 MB text runs in V8's interpreter before it is compiled.
 */
function outsideSubset(text: string): boolean {
  if (text.includes('\uFEFF')) return true;
  for (let i = text.indexOf('%'); i !== -1; i = text.indexOf('%', i + 1)) {
    const before = i === 0 ? NEWLINE : text.charCodeAt(i - 1);
    if (before === NEWLINE || before === CR || before === 0x2028 || before === 0x2029) return true;
  }
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== NEWLINE) return true;
  }
  return false;
}

/** A `---` or `...` line: the start or end of a document, wherever it appears. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/** The `yaml` package's implicit keys are at most 1024 characters; longer ones are left to it. */
const MAX_KEY_LENGTH = 1000;

/** Characters that may not start a plain scalar here (YAML indicators, and `-?:` before a space). */
const INDICATORS = new Set([...'&*!|>\'"%@`[]{},#']);

/** Short plain scalars are shared (see `sliceShared`) up to this length, in a table this large. */
const MAX_INTERNED_LENGTH = 24;
const SHARED_SLOTS = 4096;

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;
const HASH = 35;
const BACKSLASH = 92;

/** What the scanner (or its fallback) read: one tree per document, and the comments. */
export interface ScannedYaml {
  /** One entry per document; undefined for an empty one (`---` with nothing after it). */
  documents: (YamlNode | undefined)[];
  /** The offsets of every comment's `#`, in order. */
  comments: number[];
}

/**
 * Reads a slice of the text the scanner does not handle, through the full path.
 * @param text the slice, in which every offset is `base` less than in the whole text.
 * @param depth the nesting depth of the slice's root.
 * @returns undefined when the slice holds an error: the whole file then goes to the full path.
 */
export type FallbackParser = (text: string, base: number, depth: number) => ScannedYaml | undefined;

/**
 * Parses `source` into one tree per document (none for a text of comments), handing what it does
 * not read itself to `fallback`; undefined when the text is outside what both handle.
 */
export function scanBlockYaml(
  source: DocumentSource,
  fallback?: FallbackParser,
): ScannedYaml | undefined {
  if (outsideSubset(source.text)) return undefined;
  try {
    return new BlockScanner(source, fallback).stream();
  } catch (error) {
    if (error instanceof OutsideBlockSubset) return undefined;
    throw error;
  }
}

/**
 * The trees of {@link scanBlockYaml} with no fallback: undefined for a text with anything the
 * scanner does not read itself.
 */
export function treesFromBlockYaml(source: DocumentSource): (YamlNode | undefined)[] | undefined {
  return scanBlockYaml(source)?.documents;
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
  /** Where the document being read ends: the start of a marker line, or the text's end. */
  private end: number;
  private nodes = 0;
  private readonly shared: (string | undefined)[] = new Array<string | undefined>(
    SHARED_SLOTS,
  ).fill(undefined);
  private readonly comments: number[] = [];
  /** The last comment recorded: lines are looked at more than once, comments kept once. */
  private lastComment = -1;

  constructor(
    private readonly source: DocumentSource,
    private readonly fallback: FallbackParser | undefined,
  ) {
    this.text = source.text;
    this.end = this.text.length;
  }

  /** Every document of the text, split at its `---` and `...` lines. */
  stream(): ScannedYaml {
    const text = this.text;
    const documents: (YamlNode | undefined)[] = [];
    let start = 0;
    let startLine = 0;
    let explicit = false;
    // The line of offset `counted`, kept in step as markers are found.
    let line = 0;
    let counted = 0;
    for (const match of text.matchAll(DOCUMENT_MARKER)) {
      const at = match.index;
      this.document(start, at, startLine, explicit, documents);
      line += this.linesBetween(counted, at);
      counted = at;
      const lineEnd = this.lineEndOf(at);
      let rest = at + 3;
      while (text.charCodeAt(rest) === SPACE) rest++;
      if (match[0] === '---') {
        start = at;
        startLine = line;
        explicit = true;
      } else {
        // `...` ends a document; a comment may follow it, nothing else.
        if (rest < lineEnd && !(text.charCodeAt(rest) === HASH && rest > at + 3)) decline();
        if (rest < lineEnd) this.comment(rest);
        const lineBreak = text.indexOf('\n', at);
        start = lineBreak === -1 ? text.length : lineBreak + 1;
        startLine = line + 1;
        explicit = false;
      }
    }
    this.document(start, text.length, startLine, explicit, documents);
    if (this.nodes > MAX_EXPANDED_NODES) decline();
    this.comments.sort((a, b) => a - b);
    return { documents, comments: this.comments };
  }

  /** Line breaks in [from, to). */
  private linesBetween(from: number, to: number): number {
    let lines = 0;
    for (
      let i = this.text.indexOf('\n', from);
      i !== -1 && i < to;
      i = this.text.indexOf('\n', i + 1)
    ) {
      lines++;
    }
    return lines;
  }

  /** The offset of the line break (or the text's end) of the line holding `offset`. */
  private lineEndOf(offset: number): number {
    const end = this.text.indexOf('\n', offset);
    if (end === -1) return this.text.length;
    return this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
  }

  /**
   * The document in [start, end), on line `line`: after a `---` line when `explicit` (a tree, or
   * undefined when nothing follows the marker), else a bare one (nothing when it holds only
   * comments). Read by the scanner, or else whole by the fallback.
   */
  private document(
    start: number,
    end: number,
    line: number,
    explicit: boolean,
    documents: (YamlNode | undefined)[],
  ): void {
    if (start >= end && !explicit) return;
    const commentsBefore = this.comments.length;
    const lastCommentBefore = this.lastComment;
    try {
      this.end = end;
      let bodyStart = start;
      let bodyLine = line;
      // Where the package puts the null of an empty document: after `---` and its spaces.
      let emptyAt = start;
      if (explicit) {
        // `---` and a comment; content on the marker line is left to the fallback.
        const markerEnd = this.lineEndOf(start);
        let rest = start + 3;
        while (this.text.charCodeAt(rest) === SPACE) rest++;
        emptyAt = rest;
        if (rest < markerEnd) {
          if (this.text.charCodeAt(rest) !== HASH || rest === start + 3) decline();
          this.comment(rest);
        }
        const lineBreak = this.text.indexOf('\n', start);
        bodyStart = lineBreak === -1 || lineBreak >= end ? end : lineBreak + 1;
        bodyLine = line + 1;
      }
      const first = this.nextContentLine(bodyStart, bodyLine);
      if (first === undefined) {
        if (explicit) {
          this.count(0);
          const position = this.position(line, emptyAt, start);
          documents.push(nullScalarAt(emptyAt, this.source, position));
        }
        return;
      }
      if (first.indent !== 0) decline();
      const root = this.collection(first, -1, 0);
      if (this.nextContentLine(this.resume.start, this.resume.line) !== undefined) decline();
      documents.push(root);
    } catch (error) {
      if (!(error instanceof OutsideBlockSubset) || this.fallback === undefined) throw error;
      this.comments.length = commentsBefore;
      this.lastComment = lastCommentBefore;
      const whole = this.fallback(this.text.slice(start, end), start, 0);
      if (whole === undefined) decline();
      documents.push(...whole.documents);
      this.addComments(whole.comments);
    } finally {
      this.end = this.text.length;
    }
  }

  private addComments(offsets: readonly number[]): void {
    for (const offset of offsets) this.comments.push(offset);
    if (offsets.length > 0) this.lastComment = Math.max(this.lastComment, ...offsets.slice(-1));
  }

  /** Records the comment whose `#` is at `offset`, once. */
  private comment(offset: number): void {
    if (offset <= this.lastComment) return;
    this.comments.push(offset);
    this.lastComment = offset;
  }

  /** Where scanning goes on after the last node read: the start of the line after it. */
  private resume: { start: number; line: number } = { start: 0, line: 0 };

  /** Whether `offset` ends its line: a line break, or the end of the document. */
  private isLineEnd(offset: number): boolean {
    if (offset >= this.end) return true;
    const c = this.text.charCodeAt(offset);
    return c === NEWLINE || c === CR;
  }

  /**
   * The first line at or after `start` (a line start, on line `line`) that holds more than
   * spaces and a comment, or undefined at the end of the document. Comments are recorded.
   */
  private nextContentLine(start: number, line: number): ContentLine | undefined {
    const text = this.text;
    let i = start;
    let current = line;
    while (i < this.end) {
      let j = i;
      while (text.charCodeAt(j) === SPACE) j++;
      const c = text.charCodeAt(j);
      if (c === TAB) decline();
      if (!this.isLineEnd(j) && c !== HASH) {
        return { start: i, indent: j - i, line: current };
      }
      if (c === HASH && j < this.end) this.comment(j);
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
    return this.endsIndicator(offset + 1);
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
    if (c === TAB) decline();
    if (this.isLineEnd(content) || c === HASH) {
      return this.valueBelow(content, line, indent, false, depth);
    }
    if (this.isSequenceItem(content)) decline(); // `- - x`: a compact nested sequence
    if (c === 123 /* { */ || c === 91 /* [ */) return this.flowValue(content, line, indent, depth);
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
    if (offset < this.end && this.text.charCodeAt(offset) === HASH) this.comment(offset);
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
      end === -1 || end >= this.end
        ? { start: this.end, line }
        : { start: end + 1, line: line + 1 };
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
      if (c === TAB) decline();
      const value =
        this.isLineEnd(valueStart) || c === HASH
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
      i = this.quotedLineEnd(start, quote);
      if (i === -1) return undefined; // continued on the next line: a value, never a key
      let colon = i;
      while (text.charCodeAt(colon) === SPACE) colon++;
      if (text[colon] !== ':' || !this.endsIndicator(colon + 1)) return undefined;
      return { keyEnd: i, colon };
    }
    for (;;) {
      const c = text.charCodeAt(i);
      if (this.isLineEnd(i)) return undefined;
      if (c === TAB) decline();
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
    return this.isLineEnd(offset) || this.text.charCodeAt(offset) === SPACE;
  }

  private key(start: number, end: number, line: ContentLine, depth: number): YamlScalar {
    this.count(depth);
    if (end - start > MAX_KEY_LENGTH || end === start) decline();
    const text = this.text;
    const first = text[start];
    const position = this.position(line.line, start, line.start);
    if (first === '"' || first === "'") {
      const value =
        first === '"'
          ? this.doubleQuoted(start + 1, end - 1)
          : this.singleQuoted(start + 1, end - 1);
      return scalarNode(
        value,
        first === '"' ? 'double-quoted' : 'single-quoted',
        start,
        end,
        this.source,
        position,
      );
    }
    this.checkPlainStart(start, end);
    const raw = this.sliceShared(start, end);
    if (raw.includes(' #')) decline();
    return scalarNode(this.resolve(raw), 'plain', start, end, this.source, position);
  }

  /** A value on its key's line: a flow collection, a block scalar, a quoted or a plain scalar. */
  private inlineValue(start: number, line: ContentLine, indent: number, depth: number): YamlNode {
    if (this.isSequenceItem(start)) decline(); // `key: - a`
    const c = this.text.charCodeAt(start);
    if (c === 123 /* { */ || c === 91 /* [ */) return this.flowValue(start, line, indent, depth);
    // `a: b: c` (a mapping on a key's line) is refused while the scalar is read.
    return this.inlineScalar(start, line, indent, depth);
  }

  /**
   * A flow collection starting at `start` on `line`: `{}` and `[]` read here, any other handed
   * to the fallback alone (its text, from the bracket to its match, at the same place).
   */
  private flowValue(start: number, line: ContentLine, indent: number, depth: number): YamlNode {
    this.count(depth);
    const text = this.text;
    const open = text.charCodeAt(start);
    const close = open === 123 ? 125 : 93;
    let i = start;
    let nesting = 0;
    let deepest = 0;
    let lines = 0;
    for (;;) {
      if (i >= this.end) decline();
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        nesting++;
        deepest = Math.max(deepest, nesting);
      } else if (c === 125 || c === 93) {
        nesting--;
        if (nesting === 0) {
          if (c !== close) decline();
          i++;
          break;
        }
      } else if (c === 34 /* " */ || c === 39 /* ' */) {
        const quoted = this.quotedEnd(i, c === 34 ? '"' : "'", indent);
        lines += quoted.lines;
        i = quoted.end;
        continue;
      } else if (
        c === HASH &&
        (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === NEWLINE)
      ) {
        i = text.indexOf('\n', i);
        if (i === -1) decline();
        continue;
      } else if (c === NEWLINE) {
        lines++;
        this.continuationIndent(i + 1, indent);
      } else if (c === TAB) decline();
      i++;
    }
    const after = this.afterScalar(i);
    if (after !== undefined) this.comment(after);
    const closingLine = line.line + lines;
    this.resumeAfterLine(i, closingLine);
    this.noDeeperLineBelow(indent);
    if (depth + deepest > MAX_NESTING_DEPTH) decline();
    if (i === start + 2) {
      // `{}` or `[]`: the package gives an empty collection positioned at its bracket.
      const position = this.position(line.line, start, line.start);
      if (open === 91) return { kind: 'seq', items: [], position };
      return new MapAssembler(decline).finish(position);
    }
    if (this.fallback === undefined) decline();
    const padded = ' '.repeat(start - line.start) + text.slice(start, i);
    const read = this.fallback(padded, line.start, depth);
    const root = read?.documents.length === 1 ? read.documents[0] : undefined;
    if (read === undefined || root === undefined) decline();
    this.addComments(read.comments);
    return root;
  }

  /** Declines when the line below the value read is deeper than `indent`: it would continue it. */
  private noDeeperLineBelow(indent: number): void {
    const next = this.nextContentLine(this.resume.start, this.resume.line);
    if (next !== undefined && next.indent > indent) decline();
  }

  /**
   * Checks what follows a scalar or flow collection ending at `end`: spaces, then the line end
   * or a comment (returned: its offset). Anything else (a `:` would make it a key) declines.
   */
  private afterScalar(end: number): number | undefined {
    const text = this.text;
    let after = end;
    while (text.charCodeAt(after) === SPACE) after++;
    if (this.isLineEnd(after)) return undefined;
    if (text.charCodeAt(after) === HASH && after > end) return after;
    return decline();
  }

  /** A continuation line of a flow scalar or collection must be indented deeper than its parent. */
  private continuationIndent(lineStart: number, parentIndent: number): void {
    let j = lineStart;
    while (this.text.charCodeAt(j) === SPACE) j++;
    if (this.text.charCodeAt(j) === TAB) decline();
    if (!this.isLineEnd(j) && j - lineStart <= parentIndent) decline();
  }

  /** A scalar that starts on this line; `indent` is its parent collection's. */
  private inlineScalar(start: number, line: ContentLine, indent: number, depth: number): YamlNode {
    this.count(depth);
    const text = this.text;
    const first = text[start];
    const position = this.position(line.line, start, line.start);
    if (first === '|' || first === '>') return this.blockScalar(start, line, indent, position);
    if (first === '"' || first === "'") {
      const { end, lines } = this.quotedEnd(start, first, indent);
      const value =
        first === '"'
          ? this.doubleQuoted(start + 1, end - 1)
          : this.singleQuoted(start + 1, end - 1);
      const style: ScalarStyle = first === '"' ? 'double-quoted' : 'single-quoted';
      // Only a comment or the line end may follow (a `:` would make the scalar a key).
      const comment = this.afterScalar(end);
      if (comment !== undefined) this.comment(comment);
      this.resumeAfterLine(end, line.line + lines);
      this.noDeeperLineBelow(indent);
      return scalarNode(value, style, start, end, this.source, position);
    }
    return this.plainScalar(start, line, indent, position);
  }

  /**
   * A plain scalar from `start` to the line end or a comment (` #`), trailing spaces left out,
   * folded with the deeper lines below it: each line break a space, each blank line a line break.
   */
  private plainScalar(
    start: number,
    line: ContentLine,
    indent: number,
    position: YamlScalar['position'],
  ): YamlNode {
    const text = this.text;
    let { end, comment } = this.plainLine(start);
    const firstEnd = end;
    this.checkPlainStart(start, firstEnd);
    let lastLine = line.line;
    let parts: string[] | undefined;
    if (comment === undefined) {
      let lineBreak = text.indexOf('\n', end);
      let current = line.line + 1;
      let blank = 0;
      while (lineBreak !== -1 && lineBreak + 1 < this.end) {
        const lineStart = lineBreak + 1;
        let j = lineStart;
        while (text.charCodeAt(j) === SPACE) j++;
        if (text.charCodeAt(j) === TAB) decline();
        if (this.isLineEnd(j)) {
          blank++;
        } else {
          if (j - lineStart <= indent || text.charCodeAt(j) === HASH) break;
          const next = this.plainLine(j);
          parts ??= [text.slice(start, firstEnd)];
          parts.push(blank === 0 ? ' ' : '\n'.repeat(blank), text.slice(j, next.end));
          blank = 0;
          end = next.end;
          lastLine = current;
          if (next.comment !== undefined) {
            comment = next.comment;
            break;
          }
        }
        lineBreak = text.indexOf('\n', lineStart);
        current++;
      }
    }
    if (comment !== undefined) this.comment(comment);
    const raw = parts === undefined ? this.sliceShared(start, firstEnd) : parts.join('');
    const value = this.resolve(raw);
    this.resumeAfterLine(end, lastLine);
    // A deeper line below now is one after a comment: an error, not this subset.
    this.noDeeperLineBelow(indent);
    return scalarNode(value, 'plain', start, end, this.source, position);
  }

  /**
   * One line of a plain scalar from `start`: where its text ends (trailing spaces left out) and
   * the comment that ends it, if any. A `: ` on the way would make it a key: declined.
   */
  private plainLine(start: number): { end: number; comment: number | undefined } {
    const text = this.text;
    let end = start;
    let comment: number | undefined;
    while (!this.isLineEnd(end)) {
      const c = text.charCodeAt(end);
      if (c === HASH && text.charCodeAt(end - 1) === SPACE) {
        comment = end;
        break;
      }
      if (c === TAB) decline();
      if (c === 58 /* : */ && this.endsIndicator(end + 1)) decline();
      end++;
    }
    while (text.charCodeAt(end - 1) === SPACE) end--;
    return { end, comment };
  }

  /** Declines a plain scalar [start, end) that is empty or starts with an indicator. */
  private checkPlainStart(start: number, end: number): void {
    const first = this.text[start];
    if (end <= start || first === undefined || INDICATORS.has(first)) decline();
    if (
      (first === '-' || first === '?' || first === ':') &&
      (end - start === 1 || this.text.charCodeAt(start + 1) === SPACE)
    ) {
      decline();
    }
  }

  /**
   * The text [start, end), one string per distinct short text: keys (`expr`, `labels`) and values
   * (`critical`, `5m`) repeat thousands of times in a large file, and a short slice is a copy of
   * its own. A table indexed by length and three characters, compared in place, so a text seen
   * before costs neither a slice nor a hash of it.
   */
  private sliceShared(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    if (length > MAX_INTERNED_LENGTH || length <= 0) return text.slice(start, end);
    const slot =
      (length * 7919 +
        text.charCodeAt(start) * 31 +
        text.charCodeAt(start + (length >> 1)) * 131 +
        text.charCodeAt(end - 1)) &
      (SHARED_SLOTS - 1);
    const known = this.shared[slot];
    if (known !== undefined && known.length === length && text.startsWith(known, start)) {
      return known;
    }
    const fresh = text.slice(start, end);
    this.shared[slot] = fresh;
    return fresh;
  }

  /** The value the `yaml` package's core schema gives a plain scalar; declines where it errs. */
  private resolve(raw: string): unknown {
    try {
      return resolvePlain(raw);
    } catch {
      decline();
    }
  }

  /**
   * The end (after the closing quote) of a quoted scalar, and the line breaks inside it. Its
   * continuation lines must be deeper than `parentIndent`.
   */
  private quotedEnd(
    start: number,
    quote: string,
    parentIndent: number,
  ): { end: number; lines: number } {
    const text = this.text;
    const q = quote.charCodeAt(0);
    let i = start + 1;
    let lines = 0;
    for (;;) {
      if (i >= this.end) decline();
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        lines++;
        i++;
        this.continuationIndent(i, parentIndent);
      } else if (q === 34 && c === BACKSLASH) {
        i += text.charCodeAt(i + 1) === NEWLINE ? 1 : 2;
      } else if (c === q) {
        if (q === 39 && text.charCodeAt(i + 1) === 39) i += 2;
        else return { end: i + 1, lines };
      } else i++;
    }
  }

  /** The end of a quoted scalar closed on its own line, or -1 when it goes on to the next. */
  private quotedLineEnd(start: number, quote: string): number {
    const text = this.text;
    const q = quote.charCodeAt(0);
    let i = start + 1;
    for (;;) {
      if (this.isLineEnd(i)) return -1;
      const c = text.charCodeAt(i);
      if (q === 34 && c === BACKSLASH) i += 2;
      else if (c === q) {
        if (q === 39 && text.charCodeAt(i + 1) === 39) i += 2;
        else return i + 1;
      } else i++;
    }
  }

  /** The value of the single-quoted scalar whose body (between the quotes) is [from, to). */
  private singleQuoted(from: number, to: number): string {
    const body = this.text.slice(from, to);
    const unquoted = body.includes("''") ? body.replaceAll("''", "'") : body;
    if (!body.includes('\n')) return unquoted;
    return this.folded(from, to, false);
  }

  /** A double-quoted scalar's value, its escapes as YAML 1.2 defines them. */
  private doubleQuoted(from: number, to: number): string {
    const body = this.text.slice(from, to);
    if (body.includes('\n')) return this.folded(from, to, true);
    if (!body.includes('\\')) return body;
    // Runs between escapes are sliced and joined once: `+=` per character would leave a chain
    // of one-character strings per value (measured: half the tree's memory on 19,000 alerts).
    const parts: string[] = [];
    let run = 0;
    for (let i = body.indexOf('\\'); i !== -1; i = body.indexOf('\\', run)) {
      parts.push(body.slice(run, i));
      run = i + this.escape(body, i, parts);
    }
    parts.push(body.slice(run));
    return parts.join('');
  }

  /**
   * Decodes the escape at `at` of `body` (not a line break) onto `parts`; returns its length.
   */
  private escape(body: string, at: number, parts: string[]): number {
    const escape = body[at + 1];
    const simple = escape === undefined ? undefined : SIMPLE_ESCAPES[escape];
    if (simple !== undefined) {
      parts.push(simple);
      return 2;
    }
    const digits = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
    const hex = body.slice(at + 2, at + 2 + digits);
    if (digits === 0 || hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) decline();
    const code = Number.parseInt(hex, 16);
    if (code > 0x10ffff) decline();
    parts.push(String.fromCodePoint(code));
    return 2 + digits;
  }

  /**
   * The value of a quoted scalar over several lines, body [from, to): white space around each
   * line break is dropped, a lone break becomes a space and each blank line a line break; in a
   * double-quoted one, escapes are decoded and a `\` at the line end joins the lines with nothing.
   */
  private folded(from: number, to: number, double: boolean): string {
    const text = this.text;
    const parts: string[] = [];
    let run = from;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === 39 && !double) {
        // `''` is one quote.
        parts.push(text.slice(run, i + 1));
        i += 2;
        run = i;
      } else if (c === BACKSLASH && double) {
        parts.push(text.slice(run, i));
        const next = text.charCodeAt(i + 1);
        if (next === NEWLINE || (next === CR && text.charCodeAt(i + 2) === NEWLINE)) {
          // An escaped line break: nothing for it nor for the next line's indentation (a blank
          // line after it folds as after any line break, as the `yaml` package reads it).
          i = text.indexOf('\n', i) + 1;
          while (i < to && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
        } else {
          const body = text.slice(i, Math.min(i + 10, to));
          i += this.escape(body, 0, parts);
        }
        run = i;
      } else if (c === NEWLINE || (c === CR && text.charCodeAt(i + 1) === NEWLINE)) {
        let k = i;
        while (k > run && (text.charCodeAt(k - 1) === SPACE || text.charCodeAt(k - 1) === TAB)) k--;
        parts.push(text.slice(run, k));
        const before = parts.length;
        i = this.skipBlankLines(text.indexOf('\n', i) + 1, to, parts);
        if (parts.length === before) parts.push(' ');
        run = i;
      } else i++;
    }
    parts.push(text.slice(run, to));
    return parts.join('');
  }

  /**
   * Skips the indentation of the line starting at `lineStart` and every blank line, a line break
   * onto `parts` for each; returns the offset of the first character of content (or `to`).
   */
  private skipBlankLines(lineStart: number, to: number, parts: string[]): number {
    const text = this.text;
    let i = lineStart;
    for (;;) {
      while (i < to && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
      const c = text.charCodeAt(i);
      if (i < to && (c === NEWLINE || c === CR)) {
        parts.push('\n');
        i = text.indexOf('\n', i) + 1;
        continue;
      }
      return i;
    }
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
    if (i >= this.end || !this.isLineEnd(i)) decline();
    // The scalar's lines: blank ones, and those indented deeper than the parent.
    const lines: { start: number; end: number; lineBreak: number }[] = [];
    let contentIndent = -1;
    let lineStart = text.indexOf('\n', i) + 1;
    if (lineStart === 0) decline();
    let lastContent = -1;
    // The longest line of nothing but spaces: beyond the indentation its spaces are content (or
    // an error before the first line), left to the full path.
    let widestBlank = 0;
    while (lineStart < this.end) {
      let lineBreak = text.indexOf('\n', lineStart);
      if (lineBreak === -1) lineBreak = text.length;
      const lineEnd = text.charCodeAt(lineBreak - 1) === CR ? lineBreak - 1 : lineBreak;
      let spaces = lineStart;
      while (text.charCodeAt(spaces) === SPACE) spaces++;
      const blank = spaces >= lineEnd;
      const indent = spaces - lineStart;
      if (!blank) {
        if (contentIndent === -1) {
          if (indent <= parentIndent) break;
          contentIndent = indent;
        }
        if (indent < contentIndent) break;
        if (text.charCodeAt(spaces) === TAB && indent === contentIndent) decline();
        lastContent = lines.length;
      } else widestBlank = Math.max(widestBlank, indent);
      lines.push({ start: lineStart, end: lineEnd, lineBreak });
      lineStart = lineBreak + 1;
    }
    if (lastContent === -1 || widestBlank > contentIndent) decline(); // no content, or spaces as content
    const content = lines.slice(0, lastContent + 1);
    const parts: string[] = [];
    for (const { start: from, end: to } of content) {
      parts.push(to - from <= contentIndent ? '' : text.slice(from + contentIndent, to));
    }
    let value = folded ? this.fold(parts) : parts.join('\n');
    if (!strip) value += '\n';
    const last = content[content.length - 1] as { lineBreak: number };
    // The text ends in the last line, without a line end: chomping would differ, not this subset.
    if (last.lineBreak >= text.length) decline();
    const end = last.lineBreak + 1;
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
      if (part.startsWith(' ') || part.startsWith('\t')) decline();
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
  '\t': '\t',
  N: '\x85',
  _: '\xa0',
  L: '\u2028',
  P: '\u2029',
};
