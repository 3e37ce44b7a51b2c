/**
 * YAML text to positioned trees, one per document. The `yaml` package (eemeli/yaml) parses and
 * gives ranges; this module resolves aliases and `<<:` merge keys the way Go's yaml.v3 does and
 * bounds the work a hostile file can cause.
 */
import { Alias, isAlias, isMap, isScalar, isSeq, parseAllDocuments, Scalar } from 'yaml';
import type { Document, Node as YamlLibNode } from 'yaml';
import type { SourcePosition } from '../types.js';
import { checkRuleFileSize, MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';
import { YamlLoadError } from './yaml-load-error.js';
import type {
  DocumentSource,
  ScalarStyle,
  YamlEntry,
  YamlMap,
  YamlNode,
  YamlScalar,
} from './yaml-tree.js';

/** Offsets where each line of `text` starts (`\n`, `\r\n` and lone `\r` end lines, as in YAML). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of `offset` in a text with these line starts. */
export function positionInText(lineStarts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
}

/** A source for a whole file: positions map to themselves. */
export function fileSource(text: string): DocumentSource {
  return { text, lineStarts: lineStartsOf(text), toFilePosition: (position) => position };
}

/** One parsed YAML document; `root` is undefined for an empty document. */
export interface YamlDocument {
  root: YamlNode | undefined;
  /** 1-based index of the document in its stream. */
  index: number;
  source: DocumentSource;
}

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
  const at = (offset: number): SourcePosition =>
    source.toFilePosition(positionInText(source.lineStarts, offset));
  let documents: Document.Parsed[];
  try {
    // uniqueKeys off: duplicates are reported by the schema check with both places, as yaml.v3.
    documents = parseAllDocuments(source.text, {
      uniqueKeys: false,
      merge: false,
      prettyErrors: false,
    }) as Document.Parsed[];
  } catch (error) {
    throw new YamlLoadError(file, at(0), `cannot parse YAML: ${String(error)}`);
  }
  if (!Array.isArray(documents)) return [];
  return documents.map((document, i) => {
    const error = document.errors[0];
    if (error !== undefined) {
      const reason = error.message.split('\n')[0] ?? error.message;
      const tooDeep = error.code === 'RESOURCE_EXHAUSTION';
      throw new YamlLoadError(
        file,
        at(error.pos[0]),
        tooDeep
          ? `YAML nesting too deep or too large to parse: ${reason}`
          : `YAML syntax error: ${reason}`,
      );
    }
    const builder = new TreeBuilder(file, source, document, at);
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
  ) {}

  build(node: YamlLibNode, depth: number): YamlNode {
    return this.convert(node, depth).node;
  }

  private fail(offset: number, reason: string): never {
    throw new YamlLoadError(this.file, this.at(offset), reason);
  }

  private convert(node: YamlLibNode, depth: number): { node: YamlNode; size: number } {
    const start = node.range?.[0] ?? 0;
    if (depth > MAX_NESTING_DEPTH) {
      this.fail(start, `YAML nesting deeper than ${MAX_NESTING_DEPTH} levels`);
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
    const start = alias.range?.[0] ?? 0;
    if (target === undefined) this.fail(start, `unknown anchor '${alias.source}' referenced`);
    return this.convert(target, depth);
  }

  private map(node: YamlLibNode, depth: number): { node: YamlNode; size: number } {
    const start = node.range?.[0] ?? 0;
    if (!isMap(node)) return { node: this.nullScalar(start), size: 1 };
    const explicit: YamlEntry[] = [];
    const merged: YamlEntry[] = [];
    const duplicates: YamlMap['duplicates'] = [];
    const seen = new Map<string, YamlScalar>();
    let size = 1;
    for (const pair of node.items) {
      const keyNode = pair.key;
      const key = isScalar(keyNode)
        ? this.scalar(keyNode)
        : this.nullScalar(
            isAlias(keyNode) || isMap(keyNode) || isSeq(keyNode)
              ? (keyNode.range?.[0] ?? start)
              : start,
          );
      const valueOffset = key.sourceEnd;
      const valueNode = pair.value;
      const value =
        isAlias(valueNode) || isScalar(valueNode) || isMap(valueNode) || isSeq(valueNode)
          ? this.convert(valueNode, depth + 1)
          : { node: this.nullScalar(valueOffset), size: 1 };
      size = this.grow(size, value.size + 1, start);
      if (key.style === 'plain' && key.text === '<<') {
        // yaml.v3 merge: the merged maps supply keys the mapping does not write itself; with a
        // sequence of maps, earlier maps win.
        const sources = value.node.kind === 'seq' ? value.node.items : [value.node];
        for (const source of sources) {
          if (source.kind !== 'map') {
            this.fail(key.sourceStart, 'map merge requires map or sequence of maps as the value');
          }
          for (const entry of source.entries) merged.push({ ...entry, merged: true });
        }
        continue;
      }
      const first = seen.get(key.text);
      if (first !== undefined) duplicates.push({ key, first });
      else seen.set(key.text, key);
      explicit.push({ key, value: value.node, merged: false });
    }
    const mergedKept: YamlEntry[] = [];
    const mergedSeen = new Set<string>();
    for (const entry of merged) {
      if (seen.has(entry.key.text) || mergedSeen.has(entry.key.text)) continue;
      mergedSeen.add(entry.key.text);
      mergedKept.push(entry);
    }
    return {
      node: {
        kind: 'map',
        entries: [...mergedKept, ...explicit],
        position: this.at(start),
        duplicates,
      },
      size,
    };
  }

  private scalar(node: Scalar): YamlScalar {
    const [start, end] = [node.range?.[0] ?? 0, node.range?.[1] ?? 0];
    const value = node.value;
    const style = styleOf(node.type);
    let type: YamlScalar['type'];
    let resolved: YamlScalar['value'];
    if (value === null || value === undefined) [type, resolved] = ['null', null];
    else if (typeof value === 'string') [type, resolved] = ['string', value];
    else if (typeof value === 'boolean') [type, resolved] = ['bool', value];
    else if (typeof value === 'number') {
      [type, resolved] = [
        Number.isInteger(value) && !/[.eE]/.test(this.source.text.slice(start, end))
          ? 'int'
          : 'float',
        value,
      ];
    } else if (typeof value === 'bigint') [type, resolved] = ['int', Number(value)];
    else [type, resolved] = ['string', String(value)];
    // yaml.v3 decodes any scalar into a Go string as its source text; null leaves it empty.
    const text =
      type === 'string'
        ? String(resolved)
        : type === 'null'
          ? ''
          : this.source.text.slice(start, end);
    return {
      kind: 'scalar',
      text,
      type,
      value: resolved,
      style,
      position: this.at(start),
      sourceStart: start,
      sourceEnd: end,
      source: this.source,
    };
  }

  private nullScalar(offset: number): YamlScalar {
    return {
      kind: 'scalar',
      text: '',
      type: 'null',
      value: null,
      style: 'plain',
      position: this.at(offset),
      sourceStart: offset,
      sourceEnd: offset,
      source: this.source,
    };
  }
}

function styleOf(type: Scalar['type']): ScalarStyle {
  switch (type) {
    case 'QUOTE_DOUBLE':
      return 'double-quoted';
    case 'QUOTE_SINGLE':
      return 'single-quoted';
    case 'BLOCK_LITERAL':
      return 'literal';
    case 'BLOCK_FOLDED':
      return 'folded';
    default:
      return 'plain';
  }
}
