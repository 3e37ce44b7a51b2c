/**
 * YAML text to documents, each with its value, its problems and a {@link Host} for its lines.
 * The `yaml` package (eemeli/yaml) parses and keeps every node's range; this module adds the
 * nesting limit and the duplicate keys with both places, and turns errors into plain messages.
 */
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import type { JsonPath } from '../types.js';
import type { DuplicateKey } from './json-text.js';
import { blockScalarPlaces } from './block-scalar-places.js';
import type { Host } from './host.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import type { TextLines } from './text-lines.js';

/** One document of a YAML stream. */
export interface YamlDocument {
  /** 1-based index in the stream. */
  index: number;
  /** Set when the document could be read; undefined for an empty document. */
  host?: Host;
  /** Keys written twice in one mapping (the last one is kept). */
  duplicates: DuplicateKey[];
  /** Why the document could not be read, with the offset in the file. */
  error?: { offset: number; message: string };
}

/** Reads every document of `text`; never throws. `lines` are the file's. */
export function readYamlDocuments(text: string, lines: TextLines): YamlDocument[] {
  let documents: Document.Parsed[];
  try {
    // uniqueKeys off: a repeated key is reported by the walk below, with its name and both lines.
    documents = parseAllDocuments(text, {
      uniqueKeys: false,
      prettyErrors: false,
    }) as Document.Parsed[];
  } catch (error) {
    return [
      {
        index: 1,
        duplicates: [],
        error: { offset: 0, message: `invalid YAML: ${String(error)}` },
      },
    ];
  }
  if (!Array.isArray(documents)) return [];
  return documents.map((document, i) => readDocument(document, i + 1, text, lines));
}

function readDocument(
  document: Document.Parsed,
  index: number,
  text: string,
  lines: TextLines,
): YamlDocument {
  const failed = document.errors[0];
  if (failed !== undefined) {
    // The package turns its own stack overflow into RESOURCE_EXHAUSTION, far past our limit.
    const message =
      failed.code === 'RESOURCE_EXHAUSTION'
        ? `YAML nested deeper than ${MAX_NESTING_DEPTH} levels; not read`
        : `invalid YAML: ${plainReason(failed.message)}`;
    return { index, duplicates: [], error: { offset: failed.pos[0], message } };
  }
  if (document.contents === null) return { index, duplicates: [] };
  const walked = walkNodes(document.contents);
  if (walked.tooDeepAt !== undefined) {
    return {
      index,
      duplicates: [],
      error: {
        offset: walked.tooDeepAt,
        message: `YAML nested deeper than ${MAX_NESTING_DEPTH} levels; not read (no dashboard nests anywhere near that deep)`,
      },
    };
  }
  let value: unknown;
  try {
    // The package's own guard against alias bombs ("billion laughs").
    value = document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      index,
      duplicates: [],
      error: { offset: document.range[0], message: `YAML cannot be expanded: ${reason}` },
    };
  }
  return {
    index,
    duplicates: walked.duplicates,
    host: yamlHost(document, value, text, lines),
  };
}

/** The package's message without its own " at line L, column C:" and source excerpt. */
function plainReason(message: string): string {
  const first = message.split('\n')[0] ?? message;
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

/** Nesting depth and repeated keys, walked without recursion (aliases are not followed). */
function walkNodes(root: Node): { tooDeepAt?: number; duplicates: DuplicateKey[] } {
  const duplicates: DuplicateKey[] = [];
  const stack: { node: Node; path: JsonPath; depth: number }[] = [
    { node: root, path: [], depth: 1 },
  ];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === undefined) break;
    const { node, path, depth } = next;
    if (isMap(node) || isSeq(node)) {
      if (depth > MAX_NESTING_DEPTH) return { tooDeepAt: node.range?.[0] ?? 0, duplicates };
    }
    if (isMap(node)) {
      const seen = new Map<string, number>();
      for (const pair of node.items) {
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
        const at = isScalar(keyNode) ? (keyNode.range?.[0] ?? 0) : 0;
        if (key !== undefined) {
          const first = seen.get(key);
          if (first === undefined) seen.set(key, at);
          else duplicates.push({ path, key, firstOffset: first, offset: at });
        }
        if (isMap(pair.value) || isSeq(pair.value)) {
          stack.push({ node: pair.value, path: [...path, key ?? '?'], depth: depth + 1 });
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isMap(item) || isSeq(item))
          stack.push({ node: item, path: [...path, i], depth: depth + 1 });
      });
    }
  }
  return { duplicates };
}

/** A host whose lines come from the document's nodes, found by walking them when asked. */
function yamlHost(document: Document.Parsed, value: unknown, text: string, lines: TextLines): Host {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(document) : node);
  const walk = (path: JsonPath): { node: unknown; entryOffset: number; depth: number } => {
    let node: unknown = resolve(document.contents);
    let entryOffset = document.contents?.range?.[0] ?? document.range[0];
    let depth = 0;
    for (const step of path) {
      let found: { node: unknown; entryOffset: number } | undefined;
      if (isMap(node)) {
        // The last pair of that name, as the value keeps it.
        for (let i = node.items.length - 1; i >= 0 && found === undefined; i--) {
          const pair = node.items[i];
          if (pair !== undefined && isScalar(pair.key) && String(pair.key.value) === String(step)) {
            found = { node: resolve(pair.value), entryOffset: pair.key.range?.[0] ?? entryOffset };
          }
        }
      } else if (isSeq(node) && typeof step === 'number') {
        const item = resolve(node.items[step]);
        const start = isScalar(item) || isMap(item) || isSeq(item) ? item.range?.[0] : undefined;
        if (start !== undefined) found = { node: item, entryOffset: start };
      }
      if (found === undefined) break;
      node = found.node;
      entryOffset = found.entryOffset;
      depth++;
    }
    return { node, entryOffset, depth };
  };
  return {
    value,
    placeAt: (offset) => lines.at(offset),
    lineOf: (path) => lines.at(walk(path).entryOffset).line,
    stringPlaces(path) {
      const found = walk(path);
      const node = found.node;
      if (found.depth < path.length || !isScalar(node) || typeof node.value !== 'string')
        return undefined;
      const start = lines.at(node.range?.[0] ?? 0);
      if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
        // A quoted or plain string does not keep its text's lines: point at where it starts.
        return () => ({ line: start.line });
      }
      return blockScalarPlaces(text, node.range?.[0] ?? 0, start.line, node.value);
    },
  };
}
