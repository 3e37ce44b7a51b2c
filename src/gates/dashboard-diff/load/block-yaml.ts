/**
 * The fast path for block YAML (kube-prometheus' ConfigMapList, kubectl's ConfigMaps): prom-lint's
 * scanner (prom-lint/load/block-yaml-tree.ts) builds positioned trees several times faster than
 * the `yaml` package's Document. It declines anything outside plain block YAML (document
 * markers, flow collections, anchors, tabs…) and every limit, and the caller then reads the text
 * through the Document (yaml-text.ts), which gives the messages for broken files.
 */
import { treesFromBlockYaml } from '../../prom-lint/load/block-yaml-tree.js';
import { fileSource } from '../../prom-lint/load/parse-yaml.js';
import type { YamlNode } from '../../prom-lint/load/yaml-tree.js';
import type { JsonPath } from '../types.js';
import { blockScalarPlaces } from './block-scalar-places.js';
import type { Host } from './host.js';
import type { DuplicateKey } from './json-text.js';
import type { TextLines } from './text-lines.js';
import type { YamlDocument } from './yaml-text.js';

/** The documents of `text`, or undefined when the scanner declines it. Never throws. */
export function readBlockYaml(text: string, lines: TextLines): YamlDocument[] | undefined {
  let trees: (YamlNode | undefined)[] | undefined;
  try {
    trees = treesFromBlockYaml(fileSource(text));
  } catch {
    return undefined; // the Document path reports it
  }
  if (trees === undefined) return undefined;
  return trees.map((root, i) => {
    if (root === undefined) return { index: i + 1, duplicates: [] };
    const duplicates: DuplicateKey[] = [];
    const value = toValue(root, [], duplicates);
    return { index: i + 1, duplicates, host: treeHost(root, value, text, lines) };
  });
}

/**
 * The plain value of a tree, as the `yaml` package's `toJS` gives it; repeated keys keep the last
 * value and are collected. Recursive: the scanner declines trees deeper than 256 levels.
 */
function toValue(node: YamlNode, path: JsonPath, duplicates: DuplicateKey[]): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq')
    return node.items.map((item, i) => toValue(item, [...path, i], duplicates));
  const object: Record<string, unknown> = {};
  for (const entry of node.entries) {
    const key = entry.key.text;
    const value = toValue(entry.value, [...path, key], duplicates);
    // A `__proto__` key is data, as JSON.parse makes it, not the object's prototype.
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const { key, first } of node.duplicates) {
    duplicates.push({
      path,
      key: key.text,
      firstOffset: first.sourceStart,
      offset: key.sourceStart,
    });
  }
  return object;
}

/** A host whose lines come from the tree's positions. */
function treeHost(root: YamlNode, value: unknown, text: string, lines: TextLines): Host {
  const walk = (path: JsonPath): { node: YamlNode; line: number; depth: number } => {
    let node = root;
    let line = root.position.line;
    let depth = 0;
    for (const step of path) {
      let next: YamlNode | undefined;
      if (node.kind === 'map') {
        // The last entry of that name, as the value keeps it.
        for (let i = node.entries.length - 1; i >= 0 && next === undefined; i--) {
          const entry = node.entries[i];
          if (entry !== undefined && entry.key.text === String(step)) {
            next = entry.value;
            line = entry.key.position.line;
          }
        }
      } else if (node.kind === 'seq' && typeof step === 'number') {
        next = node.items[step];
        if (next !== undefined) line = next.position.line;
      }
      if (next === undefined) break;
      node = next;
      depth++;
    }
    return { node, line, depth };
  };
  return {
    value,
    placeAt: (offset) => lines.at(offset),
    lineOf: (path) => walk(path).line,
    stringPlaces(path) {
      const { node, depth } = walk(path);
      if (depth < path.length || node.kind !== 'scalar' || typeof node.value !== 'string') {
        return undefined;
      }
      const start = node.position.line;
      if (node.style !== 'literal' && node.style !== 'folded') return () => ({ line: start });
      return blockScalarPlaces(text, node.sourceStart, start, node.value);
    },
  };
}
