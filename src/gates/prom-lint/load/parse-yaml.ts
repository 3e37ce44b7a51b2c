/**
 * YAML text to positioned trees, one per document. The `yaml` package (eemeli/yaml) parses and
 * gives ranges; this module resolves aliases and `<<:` merge keys the way Go's yaml.v3 does and
 * bounds the work a hostile file can cause.
 *
 * Two builders give the same trees: the fast one (block-yaml-tree.ts) scans the block YAML
 * rule files are written in (several times faster on large files); the full one below goes
 * through the package's Document and handles everything else (anchors, aliases, flow
 * collections, tags), including every error and limit message. The fast one hands what it does
 * not read to the full one a value or a document at a time. Both collect the comments in the
 * same pass and leave them on the source (`DocumentSource.comments`) for the suppressions.
 */
import { Alias, Composer, isAlias, isMap, isScalar, isSeq, Parser, Scalar } from 'yaml';
import type { Document, Node as YamlLibNode } from 'yaml';
import type { SourcePosition } from '../types.js';
import { scanBlockYaml, type FallbackParser, type ScannedYaml } from './block-yaml-tree.js';
import { commentOffsetsOf } from './cst-comments.js';
import { checkRuleFileSize, MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';
import { MapAssembler } from './map-assembler.js';
import { nullScalarAt, scalarNode, styleOf } from './scalar-node.js';
import { lineStartsOf, positionInText } from './text-position.js';
import { YamlLoadError } from './yaml-load-error.js';
import type { DocumentSource, YamlNode, YamlScalar } from './yaml-tree.js';

// Re-exported: the suppress/ modules and load-rule-file.ts import them from here.
export { lineStartsOf, positionInText } from './text-position.js';

/** A source for a whole file: positions map to themselves. */
export function fileSource(text: string): DocumentSource {
  let lineStarts: number[] | undefined;
  return {
    text,
    // Found when first asked: the block scanner counts lines itself, and a 10 MB file has
    // 300,000 of them.
    get lineStarts() {
      return (lineStarts ??= lineStartsOf(text));
    },
    toFilePosition: (position) => position,
  };
}

/** One parsed YAML document; `root` is undefined for an empty document. */
export interface YamlDocument {
  root: YamlNode | undefined;
  /** 1-based index of the document in its stream. */
  index: number;
  source: DocumentSource;
}

/** The message for nesting beyond {@link MAX_NESTING_DEPTH}, however deep it goes. */
const TOO_DEEP = `YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`;

/**
 * Parses every document of a YAML stream (promtool reads only the first; a linter reads all).
 * @param file the path, for messages.
 * @throws YamlLoadError (a ConfigurationError) on a syntax error, an alias bomb, nesting deeper
 *   than {@link MAX_NESTING_DEPTH}, or a text over 100 MB.
 */
export function parseYamlDocuments(file: string, source: DocumentSource): YamlDocument[] {
  // Characters never outnumber UTF-8 bytes, so this refuses every text over the limit in chars;
  // the I/O edge refuses by byte size (stat) before reading.
  checkRuleFileSize(file, source.text.length);
  // The block scanner first: it loads a rule file many times faster than the package.
  return scanYamlDocuments(file, source) ?? parseYamlDocumentsFully(file, source);
}

/**
 * The fast path of {@link parseYamlDocuments}: the block scanner, with the full path for the
 * values and documents it does not read itself. Undefined when the text holds an error or
 * exceeds a limit: the full path then gives the message. Sets `source.comments`.
 */
export function scanYamlDocuments(
  file: string,
  source: DocumentSource,
): YamlDocument[] | undefined {
  const fast = scanBlockYaml(source, fallbackFor(file, source));
  if (fast === undefined) return undefined;
  source.comments = fast.comments;
  return fast.documents.map((root, i) => ({ root, index: i + 1, source }));
}

/**
 * The full path for a slice of `source` the scanner hands over (a flow collection, a document),
 * with offsets and positions those of the whole text; undefined where the slice holds an error,
 * so that the whole file takes the full path and its messages.
 */
function fallbackFor(file: string, source: DocumentSource): FallbackParser {
  const at = (offset: number): SourcePosition =>
    source.toFilePosition(positionInText(source.lineStarts, offset));
  return (text, base, depth): ScannedYaml | undefined => {
    try {
      const { documents, comments } = composeDocuments(text);
      if (documents.some((document) => document.errors.length > 0)) return undefined;
      return {
        documents: documents.map((document) =>
          document.contents === null
            ? undefined
            : new TreeBuilder(file, source, document, at, base).build(document.contents, depth),
        ),
        comments: comments.map((offset) => offset + base),
      };
    } catch {
      return undefined;
    }
  };
}

/** The package's Documents of `text` and its comments' offsets, from one pass of its parser. */
function composeDocuments(text: string): { documents: Document.Parsed[]; comments: number[] } {
  const comments: number[] = [];
  const tokens = new Parser().parse(text);
  function* collecting(): Generator<typeof tokens extends Generator<infer T> ? T : never> {
    for (const token of tokens) {
      commentOffsetsOf(token, comments);
      yield token;
    }
  }
  // uniqueKeys off: duplicates are reported by the schema check with both places, as yaml.v3.
  const composer = new Composer({ uniqueKeys: false, merge: false });
  const documents = Array.from(composer.compose(collecting())) as Document.Parsed[];
  comments.sort((a, b) => a - b);
  return { documents, comments };
}

/**
 * {@link parseYamlDocuments} through the `yaml` package's Document for every input: the path
 * for everything the block scanner declines, and the reference it is tested against.
 */
export function parseYamlDocumentsFully(file: string, source: DocumentSource): YamlDocument[] {
  checkRuleFileSize(file, source.text.length);
  const at = (offset: number): SourcePosition =>
    source.toFilePosition(positionInText(source.lineStarts, offset));
  let documents: Document.Parsed[];
  try {
    const composed = composeDocuments(source.text);
    documents = composed.documents;
    source.comments = composed.comments;
  } catch (error) {
    if (error instanceof RangeError) throw new YamlLoadError(file, at(0), TOO_DEEP);
    throw new YamlLoadError(file, at(0), `cannot parse YAML: ${String(error)}`);
  }
  return documents.map((document, i) => {
    const error = document.errors[0];
    if (error !== undefined) {
      const reason = error.message.split('\n')[0] ?? error.message;
      // The package reports its own stack overflow as an error of the document, with the
      // engine's words; far deeper than our limit, so the limit is what the user hears.
      const overflow = /call stack/i.test(reason);
      throw new YamlLoadError(
        file,
        at(error.pos[0]),
        overflow
          ? TOO_DEEP
          : error.code === 'RESOURCE_EXHAUSTION'
            ? `YAML too large to parse: ${reason}`
            : `YAML syntax error: ${reason}`,
      );
    }
    const builder = new TreeBuilder(file, source, document, at, 0);
    const root = document.contents === null ? undefined : builder.build(document.contents, 0);
    return { root, index: i + 1, source };
  });
}

/** Converts one document, memoizing anchored nodes so an alias costs nothing to share. */
class TreeBuilder {
  private readonly memo = new Map<YamlLibNode, { node: YamlNode; size: number }>();
  private readonly inProgress = new Set<YamlLibNode>();

  constructor(
    private readonly file: string,
    private readonly source: DocumentSource,
    private readonly document: Document.Parsed,
    private readonly at: (offset: number) => SourcePosition,
    /** Added to every range: the offset in the source of the text the package parsed. */
    private readonly base: number,
  ) {}

  build(node: YamlLibNode, depth: number): YamlNode {
    return this.convert(node, depth).node;
  }

  private fail(offset: number, reason: string): never {
    throw new YamlLoadError(this.file, this.at(offset), reason);
  }

  private convert(node: YamlLibNode, depth: number): { node: YamlNode; size: number } {
    const start = (node.range?.[0] ?? 0) + this.base;
    if (depth > MAX_NESTING_DEPTH) {
      this.fail(start, TOO_DEEP);
    }
    if (isAlias(node)) return this.convertAlias(node, depth);
    const cached = this.memo.get(node);
    if (cached !== undefined) return cached;
    if (this.inProgress.has(node)) this.fail(start, 'YAML alias refers to itself');
    this.inProgress.add(node);
    let result: { node: YamlNode; size: number };
    if (isScalar(node)) {
      result = { node: this.scalar(node), size: 1 };
    } else if (isSeq(node)) {
      const items: YamlNode[] = [];
      let size = 1;
      for (const item of node.items) {
        const converted =
          isAlias(item) || isScalar(item) || isMap(item) || isSeq(item)
            ? this.convert(item, depth + 1)
            : { node: this.nullScalar(start), size: 1 };
        items.push(converted.node);
        size = this.grow(size, converted.size, start);
      }
      result = { node: { kind: 'seq', items, position: this.at(start) }, size };
    } else if (isMap(node)) {
      result = this.map(node, depth);
    } else {
      result = { node: this.nullScalar(start), size: 1 };
    }
    this.inProgress.delete(node);
    this.memo.set(node, result);
    return result;
  }

  private grow(size: number, more: number, offset: number): number {
    const total = size + more;
    if (total > MAX_EXPANDED_NODES) {
      this.fail(
        offset,
        `YAML expands to more than ${MAX_EXPANDED_NODES} nodes through aliases (an alias bomb?)`,
      );
    }
    return total;
  }

  private convertAlias(alias: Alias, depth: number): { node: YamlNode; size: number } {
    const target = alias.resolve(this.document);
    const start = (alias.range?.[0] ?? 0) + this.base;
    if (target === undefined) this.fail(start, `unknown anchor '${alias.source}' referenced`);
    return this.convert(target, depth);
  }

  private map(node: YamlLibNode, depth: number): { node: YamlNode; size: number } {
    const start = (node.range?.[0] ?? 0) + this.base;
    if (!isMap(node)) return { node: this.nullScalar(start), size: 1 };
    const assembler = new MapAssembler((offset, reason) => this.fail(offset, reason));
    let size = 1;
    for (const pair of node.items) {
      const keyNode = pair.key;
      const key = isScalar(keyNode)
        ? this.scalar(keyNode)
        : this.nullScalar(
            isAlias(keyNode) || isMap(keyNode) || isSeq(keyNode)
              ? (keyNode.range?.[0] ?? start - this.base) + this.base
              : start,
          );
      const valueOffset = key.sourceEnd;
      const valueNode = pair.value;
      const value =
        isAlias(valueNode) || isScalar(valueNode) || isMap(valueNode) || isSeq(valueNode)
          ? this.convert(valueNode, depth + 1)
          : { node: this.nullScalar(valueOffset), size: 1 };
      size = this.grow(size, value.size + 1, start);
      assembler.add(key, value.node);
    }
    return { node: assembler.finish(this.at(start)), size };
  }

  private scalar(node: Scalar): YamlScalar {
    const start = (node.range?.[0] ?? 0) + this.base;
    const end = (node.range?.[1] ?? 0) + this.base;
    return scalarNode(node.value, styleOf(node.type), start, end, this.source, this.at(start));
  }

  private nullScalar(offset: number): YamlScalar {
    return nullScalarAt(offset, this.source, this.at(offset));
  }
}
