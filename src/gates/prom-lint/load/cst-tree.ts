/**
 * The fast path of YAML loading: our positioned tree built straight from the `yaml` package's
 * CST (its `Parser`), skipping its Composer and Document, which cost most of the time and memory
 * on large rule files (on promtool's 10,002-rule file and a 9.5 MB file of 19,000 alerts, loading
 * takes 10-25% less time and the heap peaks about 20% lower; the package's Parser itself is now
 * most of what remains).
 *
 * Scalar values, styles and ranges come from the package's own `CST.resolveAsScalar`, and their
 * types from its core schema's tags, so YAML semantics stay the library's. What the Composer adds
 * on top is its validation: this module follows the Composer's steps (resolve-props,
 * resolve-block-map, resolve-block-seq, compose-doc of yaml 2.x) only far enough to be sure a
 * document is one the Composer accepts without any error or warning, and gives up (returns
 * undefined) on anything else: tags, directives, flow collections, explicit or complex keys,
 * tabs in indentation, any syntax problem, and every limit of limits.ts. The caller then runs the
 * full Document path, so errors, hostile-input limits and exotic YAML behave exactly as before.
 */
import { CST, Document, isScalar, Parser } from 'yaml';
import type { SourcePosition } from '../types.js';
import { MAX_EXPANDED_NODES, MAX_NESTING_DEPTH } from './limits.js';
import { MapAssembler } from './map-assembler.js';
import { nullScalarAt, scalarNode, styleOf } from './scalar-node.js';
import { positionInText } from './text-position.js';
import type { DocumentSource, YamlNode, YamlScalar } from './yaml-tree.js';

/** Thrown inside this module only: the input leaves the subset the fast path handles. */
class OutsideFastPath extends Error {}

function giveUp(): never {
  throw new OutsideFastPath();
}

/** What the Composer's resolveProps learns from the tokens before a node. */
interface Props {
  found: CST.SourceToken | null;
  anchor: CST.SourceToken | null;
  hasNewline: boolean;
  newlineAfterProp: CST.SourceToken | null;
  hasComment: boolean;
  end: number;
}

/** A converted node, its expanded size (for the alias-bomb limit) and the Composer's range[2]. */
interface Built {
  node: YamlNode;
  size: number;
  end: number;
}

/** An anchor seen so far; `node` is unset while the anchored node is still being built. */
interface Anchored {
  node: YamlNode | undefined;
  size: number;
}

interface ScalarTagLike {
  default?: unknown;
  test?: RegExp;
  resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown;
}

function isScalarTag(tag: unknown): tag is ScalarTagLike {
  return (
    typeof tag === 'object' &&
    tag !== null &&
    'resolve' in tag &&
    typeof tag.resolve === 'function' &&
    !('collection' in tag && tag.collection !== undefined)
  );
}

/**
 * The package's core-schema tags a plain scalar is tested against, in order, and its options,
 * as the Composer sets them up for the options parse-yaml.ts gives parseAllDocuments (merge off:
 * `<<` is ours to handle).
 */
let schemaCache: { tags: readonly ScalarTagLike[]; options: unknown } | undefined;
function schema(): { tags: readonly ScalarTagLike[]; options: unknown } {
  schemaCache ??= (() => {
    const document = new Document(null, { uniqueKeys: false, merge: false });
    const tags = document.schema.tags.filter(
      (tag): tag is ScalarTagLike & typeof tag =>
        isScalarTag(tag) && tag.default === true && tag.test !== undefined,
    );
    return { tags, options: document.options };
  })();
  return schemaCache;
}

/**
 * The value of a plain scalar as the Composer resolves it (compose-scalar's
 * findScalarTagByTest): the first default tag of the core schema whose test matches, else the
 * string itself. Shared with js-yaml-tree.ts, which reads scalars with js-yaml but types them
 * as the reference does.
 */
export function resolvePlain(text: string): unknown {
  const { tags, options } = schema();
  for (const tag of tags) {
    if (tag.test?.test(text) === true) {
      let resolved: unknown;
      try {
        resolved = tag.resolve(text, giveUp, options);
      } catch {
        giveUp(); // the Composer reports a tag that fails to resolve as an error
      }
      return isScalar(resolved) ? resolved.value : resolved;
    }
  }
  return text;
}

/**
 * Parses `source` into one tree per document, or returns undefined when the text is outside
 * what this fast path handles (the caller then uses the full Document path).
 */
export function treesFromCst(source: DocumentSource): (YamlNode | undefined)[] | undefined {
  try {
    const roots: YamlNode[] = [];
    let documents = 0;
    for (const token of new Parser().parse(source.text)) {
      switch (token.type) {
        case 'document':
          roots.push(new CstTreeBuilder(source).document(token));
          documents++;
          break;
        case 'doc-end':
          if (documents === 0) giveUp();
          checkEnd(token.end, true);
          break;
        case 'byte-order-mark':
        case 'space':
        case 'comment':
        case 'newline':
          break;
        default:
          giveUp(); // directives, errors
      }
    }
    return roots;
  } catch (error) {
    if (error instanceof OutsideFastPath) return undefined;
    throw error;
  }
}

/** resolve-end's checks on the tokens after a node: only spaces, newlines and spaced comments. */
function checkEnd(end: CST.SourceToken[] | undefined, requireSpace: boolean): number {
  let length = 0;
  let hasSpace = false;
  for (const token of end ?? []) {
    if (token.type === 'space' || token.type === 'newline') hasSpace = true;
    else if (token.type !== 'comment' || (requireSpace && !hasSpace)) giveUp();
    length += token.source.length;
  }
  return length;
}

/** The Composer's resolveProps, giving up wherever it would report an error or a warning. */
function props(
  tokens: readonly CST.SourceToken[],
  indicator: string,
  next: CST.Token | undefined,
  offset: number,
  startOnNewline: boolean,
): Props {
  let hasSpace = startOnNewline;
  let hasNewline = false;
  let hasComment = false;
  let requireSpace = false;
  let anchor: CST.SourceToken | null = null;
  let found: CST.SourceToken | null = null;
  let newlineAfterProp: CST.SourceToken | null = null;
  for (const token of tokens) {
    if (requireSpace) {
      if (token.type !== 'space' && token.type !== 'newline') giveUp();
      requireSpace = false;
    }
    switch (token.type) {
      case 'space':
        // Tabs may be indentation errors, which depend on context: leave them to the Composer.
        if (token.source.includes('\t')) giveUp();
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) giveUp();
        hasComment = true;
        break;
      case 'newline':
        hasNewline = true;
        if (anchor !== null) newlineAfterProp = token;
        hasSpace = true;
        break;
      case 'anchor':
        if (anchor !== null || token.source === '&' || token.source.endsWith(':')) giveUp();
        anchor = token;
        hasSpace = false;
        requireSpace = true;
        break;
      default:
        if (token.type !== indicator || anchor !== null || found !== null) giveUp();
        found = token;
        hasSpace = false;
    }
  }
  const last = tokens[tokens.length - 1];
  const end = last === undefined ? offset : last.offset + last.source.length;
  if (
    requireSpace &&
    next !== undefined &&
    next.type !== 'space' &&
    next.type !== 'newline' &&
    !(next.type === 'scalar' && next.source === '')
  ) {
    giveUp();
  }
  return { found, anchor, hasNewline, newlineAfterProp, hasComment, end };
}

/** The Composer's emptyScalarPosition: after the last real token of `before`, past its spaces. */
function emptyScalarPosition(
  offset: number,
  before: readonly CST.SourceToken[] | undefined,
): number {
  if (before === undefined) return offset;
  let position = offset;
  for (let i = before.length - 1; i >= 0; --i) {
    const token = before[i];
    if (token === undefined) break;
    if (token.type === 'space' || token.type === 'comment' || token.type === 'newline') {
      position -= token.source.length;
      continue;
    }
    for (let j = i + 1; before[j]?.type === 'space'; j++) position += before[j]?.source.length ?? 0;
    break;
  }
  return position;
}

/** Builds one document's tree from its CST. */
class CstTreeBuilder {
  private readonly anchors = new Map<string, Anchored>();

  constructor(private readonly source: DocumentSource) {}

  document(token: CST.Document): YamlNode {
    const { start, value, end } = token;
    const p = props(start, 'doc-start', value ?? end?.[0], token.offset, true);
    if (
      p.found !== null &&
      value !== undefined &&
      (value.type === 'block-map' || value.type === 'block-seq') &&
      !p.hasNewline
    ) {
      giveUp();
    }
    const built = value === undefined ? this.empty(p.end, start, p, 0) : this.node(value, p, 0);
    checkEnd(end, false);
    return built.node;
  }

  private at(offset: number): SourcePosition {
    return this.source.toFilePosition(positionInText(this.source.lineStarts, offset));
  }

  private node(token: CST.Token, p: Props, depth: number): Built {
    if (depth > MAX_NESTING_DEPTH) giveUp();
    switch (token.type) {
      case 'alias':
        return this.alias(token, p);
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar': {
        const built = this.scalar(token);
        this.anchor(p, built);
        return built;
      }
      case 'block-map':
      case 'block-seq': {
        if (
          token.type === 'block-seq' &&
          p.anchor !== null &&
          (p.newlineAfterProp === null || p.newlineAfterProp.offset < p.anchor.offset)
        ) {
          giveUp(); // "Missing newline after block sequence props"
        }
        const anchored: Anchored | undefined =
          p.anchor === null ? undefined : { node: undefined, size: 0 };
        if (anchored !== undefined && p.anchor !== null) {
          this.anchors.set(p.anchor.source.substring(1), anchored);
        }
        const built =
          token.type === 'block-map' ? this.blockMap(token, depth) : this.blockSeq(token, depth);
        if (anchored !== undefined) {
          anchored.node = built.node;
          anchored.size = built.size;
        }
        return built;
      }
      default:
        giveUp(); // flow collections, error tokens
    }
  }

  private anchor(p: Props, built: Built): void {
    if (p.anchor !== null) {
      this.anchors.set(p.anchor.source.substring(1), { node: built.node, size: built.size });
    }
  }

  private alias(token: CST.FlowScalar, p: Props): Built {
    const name = token.source.substring(1);
    if (p.anchor !== null || name === '' || name.endsWith(':')) giveUp();
    const target = this.anchors.get(name);
    // Unknown anchors and aliases inside their own anchor are errors: the full path reports them.
    if (target?.node === undefined) giveUp();
    const valueEnd = token.offset + token.source.length;
    return { node: target.node, size: target.size, end: valueEnd + checkEnd(token.end, true) };
  }

  private scalar(token: CST.FlowScalar | CST.BlockScalar): Built & { node: YamlScalar } {
    const resolved = CST.resolveAsScalar(token, true, giveUp);
    const [start, valueEnd, end] = resolved.range;
    const value = token.type === 'scalar' ? resolvePlain(resolved.value) : resolved.value;
    const node = scalarNode(
      value,
      styleOf(resolved.type),
      start,
      valueEnd,
      this.source,
      this.at(start),
    );
    return { node, size: 1, end };
  }

  /** compose-node's composeEmptyNode: a null scalar where a value is missing. */
  private empty(
    offset: number,
    before: readonly CST.SourceToken[] | undefined,
    p: Props,
    depth: number,
  ): Built {
    if (depth > MAX_NESTING_DEPTH) giveUp();
    const position = emptyScalarPosition(offset, before);
    const built: Built = {
      node: nullScalarAt(position, this.source, this.at(position)),
      size: 1,
      end: p.hasComment ? p.end : position,
    };
    this.anchor(p, built);
    return built;
  }

  private blockMap(map: CST.BlockMap, depth: number): Built {
    const assembler = new MapAssembler(giveUp);
    let offset = map.offset;
    let commentEnd: number | null = null;
    let size = 1;
    for (const item of map.items) {
      const { start, key, sep, value } = item;
      const keyProps = props(start, 'explicit-key-ind', key ?? sep?.[0], offset, true);
      if (keyProps.found !== null || keyProps.anchor !== null) giveUp();
      if (key === undefined && sep === undefined) {
        commentEnd = keyProps.end; // a comment after the last pair
        continue;
      }
      // Only single-line scalar keys at the map's indentation; the rest is the Composer's.
      if (
        (key?.type !== 'scalar' &&
          key?.type !== 'single-quoted-scalar' &&
          key?.type !== 'double-quoted-scalar') ||
        key.indent !== map.indent ||
        key.source.includes('\n') ||
        (key.end ?? []).some((token) => token.type === 'newline')
      ) {
        giveUp();
      }
      if (sep === undefined) giveUp();
      const keyBuilt = this.scalar(key);
      const valueProps = props(sep, 'map-value-ind', value, keyBuilt.end, false);
      offset = valueProps.end;
      const indicator = valueProps.found;
      if (indicator === null) giveUp();
      if (value?.type === 'block-map' && !valueProps.hasNewline) giveUp();
      // strict mode: "The : indicator must be at most 1024 chars after the start of an
      // implicit block mapping key"
      if (keyProps.end < indicator.offset - 1024) giveUp();
      const valueBuilt =
        value === undefined
          ? this.empty(offset, sep, valueProps, depth + 1)
          : this.node(value, valueProps, depth + 1);
      offset = valueBuilt.end;
      size += valueBuilt.size + 1;
      if (size > MAX_EXPANDED_NODES) giveUp();
      assembler.add(keyBuilt.node, valueBuilt.node);
    }
    if (commentEnd !== null && commentEnd !== 0 && commentEnd < offset) giveUp();
    return { node: assembler.finish(this.at(map.offset)), size, end: commentEnd ?? offset };
  }

  private blockSeq(seq: CST.BlockSequence, depth: number): Built {
    const items: YamlNode[] = [];
    let offset = seq.offset;
    let commentEnd: number | null = null;
    let size = 1;
    for (const { start, value } of seq.items) {
      const p = props(start, 'seq-item-ind', value, offset, true);
      if (p.found === null) {
        if (p.anchor !== null || value !== undefined) giveUp();
        commentEnd = p.end;
        continue;
      }
      const built =
        value === undefined
          ? this.empty(p.end, start, p, depth + 1)
          : this.node(value, p, depth + 1);
      offset = built.end;
      size += built.size;
      if (size > MAX_EXPANDED_NODES) giveUp();
      items.push(built.node);
    }
    return {
      node: { kind: 'seq', items, position: this.at(seq.offset) },
      size,
      end: commentEnd ?? offset,
    };
  }
}
