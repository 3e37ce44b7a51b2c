/**
 * Assembles one mapping the way Go's yaml.v3 sees it: `<<:` merge keys applied, keys written
 * twice remembered as duplicates. Shared by both tree builders so they cannot drift apart.
 */
import type { SourcePosition } from '../types.js';
import type { YamlEntry, YamlMap, YamlNode, YamlScalar } from './yaml-tree.js';

/** Collects a mapping's pairs in source order, then {@link MapAssembler.finish}es the map. */
export class MapAssembler {
  private readonly explicit: YamlEntry[] = [];
  // Made when first needed: most maps merge nothing and repeat no key, and a large file holds
  // tens of thousands of maps.
  private merged: YamlEntry[] | undefined;
  private duplicates: { key: YamlScalar; first: YamlScalar }[] | undefined;
  private seen: Map<string, YamlScalar> | undefined;

  /**
   * @param failMerge called (and must throw) when a `<<:` value is not a map or a sequence of
   *   maps, with the merge key's offset.
   */
  constructor(private readonly failMerge: (offset: number, reason: string) => never) {}

  /** Adds one written pair; a plain `<<` key merges its value instead. */
  add(key: YamlScalar, value: YamlNode): void {
    if (key.style === 'plain' && key.text === '<<') {
      // yaml.v3 merge: the merged maps supply keys the mapping does not write itself; with a
      // sequence of maps, earlier maps win.
      const sources = value.kind === 'seq' ? value.items : [value];
      for (const source of sources) {
        if (source.kind !== 'map') {
          this.failMerge(
            key.sourceStart,
            'map merge requires map or sequence of maps as the value',
          );
        }
        this.merged ??= [];
        for (const entry of source.entries) this.merged.push({ ...entry, merged: true });
      }
      return;
    }
    const first = this.firstWritten(key.text);
    if (first !== undefined) (this.duplicates ??= []).push({ key, first });
    else this.seen?.set(key.text, key);
    this.explicit.push({ key, value, merged: false });
  }

  /** The first written key of this text: a scan while the map is small, then an index. */
  private firstWritten(text: string): YamlScalar | undefined {
    if (this.seen === undefined) {
      for (const entry of this.explicit) if (entry.key.text === text) return entry.key;
      if (this.explicit.length < SCAN_LIMIT) return undefined;
      this.seen = new Map();
      for (const entry of this.explicit) {
        if (!this.seen.has(entry.key.text)) this.seen.set(entry.key.text, entry.key);
      }
      return undefined;
    }
    return this.seen.get(text);
  }

  /** The map: kept merged entries first (as yaml.v3 applies them), then the written ones. */
  finish(position: SourcePosition): YamlMap {
    let entries = this.explicit;
    if (this.merged !== undefined && this.merged.length > 0) {
      const written = new Set(this.explicit.map((entry) => entry.key.text));
      const kept: YamlEntry[] = [];
      const mergedSeen = new Set<string>();
      for (const entry of this.merged) {
        if (written.has(entry.key.text) || mergedSeen.has(entry.key.text)) continue;
        mergedSeen.add(entry.key.text);
        kept.push(entry);
      }
      entries = [...kept, ...this.explicit];
    }
    return { kind: 'map', entries, position, duplicates: this.duplicates ?? NO_DUPLICATES };
  }
}

/** The duplicates of every map that has none: one array, not one per map. */
const NO_DUPLICATES: YamlMap['duplicates'] = Object.freeze([]);

/** Keys a map holds before it indexes them instead of scanning. */
const SCAN_LIMIT = 16;
