/**
 * A YAML tree that remembers where every node came from, with aliases and merge keys already
 * resolved (Go yaml.v3 semantics), so the rule checks can report exact lines and columns without
 * knowing anything about the `yaml` package.
 */
import type { SourcePosition } from '../types.js';

/**
 * Where a YAML document's text lives in the user's file. A rule file embedded in a ConfigMap
 * value is a document of its own; `toFilePosition` maps its positions back into the outer file.
 */
export interface DocumentSource {
  /** The text the YAML parser saw (the whole file, or a ConfigMap value). */
  text: string;
  /** Offsets where each line of `text` starts. */
  lineStarts: readonly number[];
  /** Maps a 1-based position inside `text` to the position in the user's file. */
  toFilePosition(position: SourcePosition): SourcePosition;
  /**
   * The offsets in `text` of every comment's `#`, in order: set by the loader, which finds them
   * while it parses, so the suppressions need no second parse.
   */
  comments?: readonly number[];
}

/** How a scalar is written: it decides how offsets in its value map back to its source text. */
export type ScalarStyle = 'plain' | 'single-quoted' | 'double-quoted' | 'literal' | 'folded';

/** A YAML scalar with its value as Go would decode it into a string field. */
export interface YamlScalar {
  kind: 'scalar';
  /** The value as yaml.v3 puts it in a Go string: the source text of non-string plain scalars. */
  text: string;
  /** The resolved YAML type. */
  type: 'string' | 'int' | 'float' | 'bool' | 'null';
  /** The resolved value (number, boolean or null for non-strings). */
  value: string | number | boolean | null;
  style: ScalarStyle;
  position: SourcePosition;
  /** Offsets in `source.text`: where the scalar's source starts and where its value ends. */
  sourceStart: number;
  sourceEnd: number;
  source: DocumentSource;
}

/** One key/value pair of a mapping. */
export interface YamlEntry {
  key: YamlScalar;
  value: YamlNode;
  /** True when the entry came from a `<<:` merge key rather than being written in this map. */
  merged: boolean;
}

/** A YAML mapping, in source order (merged entries first, as yaml.v3 applies them). */
export interface YamlMap {
  kind: 'map';
  entries: YamlEntry[];
  position: SourcePosition;
  /** Keys written more than once in this mapping (yaml.v3: "mapping key ... already defined"). */
  duplicates: readonly { key: YamlScalar; first: YamlScalar }[];
}

/** A YAML sequence. */
export interface YamlSeq {
  kind: 'seq';
  items: YamlNode[];
  position: SourcePosition;
}

/** Any node of the tree. */
export type YamlNode = YamlScalar | YamlMap | YamlSeq;

/** The name yaml.v3 gives a node's kind in "cannot unmarshal !!map into string". */
export function goYamlTag(node: YamlNode): string {
  if (node.kind === 'map') return '!!map';
  if (node.kind === 'seq') return '!!seq';
  switch (node.type) {
    case 'string':
      return '!!str';
    case 'int':
      return '!!int';
    case 'float':
      return '!!float';
    case 'bool':
      return '!!bool';
    case 'null':
      return '!!null';
  }
}

/** The value of `key` in `map`, if present (the last one when the key is repeated). */
export function mapGet(map: YamlMap, key: string): YamlNode | undefined {
  let found: YamlNode | undefined;
  for (const entry of map.entries) if (entry.key.text === key) found = entry.value;
  return found;
}
