/**
 * One difference per property path between two canonical JSON objects (a panel's `fields`, a
 * query's, a variable's), named the way a dashboard author knows the property: `unit`,
 * `thresholds`, `overrides[byName=cpu].color`, `legend.displayMode`, `transformations[organize]`.
 *
 * Arrays whose items have an identity (overrides by matcher, override properties and
 * transformations by id, links by title) are matched by it, never by position, so inserting one
 * override is one difference, not one per following item. Other arrays and a few objects that
 * authors edit as a whole (`thresholds`, `mappings`) are compared as one value.
 */
import type { JsonPath } from '../types.js';
import { canonicalJson, isRecord, jsonEqual, withoutBaseStep } from './values.js';

/** One property that differs. */
export interface FieldDifference {
  /** Readable path: `unit`, `overrides[byName=cpu].color`, `options.reduceOptions.calcs`. */
  field: string;
  /** Path of the property inside the diffed object, on the head side (base side when removed). */
  sourcePath: JsonPath;
  /** Which side {@link sourcePath} refers to. */
  side: 'base' | 'head';
  /** Absent when the property was added. */
  before?: unknown;
  /** Absent when the property was removed. */
  after?: unknown;
}

/** Properties reported as one value: their parts mean nothing apart (a threshold step list). */
const ATOMIC_KEYS = new Set(['thresholds', 'mappings', 'steps']);

/** Arrays whose order changes what the panel shows (transformations run as a pipeline). */
const ORDERED_ARRAYS = new Set(['transformations']);

/** How the walker names the next step of a path. */
type Segment =
  { kind: 'key'; name: string } | { kind: 'item'; key: string } | { kind: 'property'; id: string };

/**
 * Differences between `before` and `after` (the `fields` of one panel, query, variable… on the
 * two sides), one per property path, in key order.
 */
export function diffFields(before: unknown, after: unknown): FieldDifference[] {
  const out: FieldDifference[] = [];
  walk(before, after, [], [], [], out);
  return out;
}

function walk(
  before: unknown,
  after: unknown,
  segments: Segment[],
  basePath: (string | number)[],
  headPath: (string | number)[],
  out: FieldDifference[],
): void {
  if (jsonEqual(before, after)) return;
  const last = segments[segments.length - 1];
  if (isThresholds(last) && jsonEqual(withoutBaseStep(before), withoutBaseStep(after))) return;
  const atomic =
    last !== undefined &&
    ((last.kind === 'key' && ATOMIC_KEYS.has(last.name)) ||
      (last.kind === 'property' && ATOMIC_KEYS.has(last.id)));
  if (!atomic && isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) {
      // An override's `properties` list is named by property id directly: `overrides[byName=cpu].color`.
      const isOverrideProperties =
        key === 'properties' && last?.kind === 'item' && segmentName(segments, -2) === 'overrides';
      const next: Segment[] = isOverrideProperties
        ? segments
        : [...segments, { kind: 'key', name: key }];
      if (isOverrideProperties) {
        walkProperties(
          before[key],
          after[key],
          segments,
          [...basePath, key],
          [...headPath, key],
          out,
        );
      } else {
        walk(before[key], after[key], next, [...basePath, key], [...headPath, key], out);
      }
    }
    return;
  }
  if (!atomic && Array.isArray(before) && Array.isArray(after) && last?.kind === 'key') {
    const baseKeys = itemKeys(last.name, before);
    const headKeys = itemKeys(last.name, after);
    if (baseKeys && headKeys) {
      walkKeyedArray(before, after, baseKeys, headKeys, segments, basePath, headPath, out);
      return;
    }
  }
  out.push(difference(segments, basePath, headPath, before, after));
}

function isThresholds(segment: Segment | undefined): boolean {
  return (
    (segment?.kind === 'key' && segment.name === 'thresholds') ||
    (segment?.kind === 'property' && segment.id === 'thresholds')
  );
}

function walkKeyedArray(
  before: unknown[],
  after: unknown[],
  baseKeys: string[],
  headKeys: string[],
  segments: Segment[],
  basePath: (string | number)[],
  headPath: (string | number)[],
  out: FieldDifference[],
): void {
  const last = segments[segments.length - 1];
  const baseIndex = new Map(baseKeys.map((key, index) => [key, index]));
  const headIndex = new Map(headKeys.map((key, index) => [key, index]));
  const common = headKeys.filter((key) => baseIndex.has(key));
  if (last?.kind === 'key' && ORDERED_ARRAYS.has(last.name)) {
    const baseOrder = baseKeys.filter((key) => headIndex.has(key));
    if (baseOrder.join('\u0000') !== common.join('\u0000')) {
      out.push({
        ...difference(segments, basePath, headPath, baseOrder, common),
        field: `${readableField(segments)} order`,
      });
    }
  }
  // Removed items first (at their base place), then head order: what the reader scans.
  baseKeys.forEach((key, index) => {
    if (!headIndex.has(key)) {
      const item: Segment = { kind: 'item', key };
      out.push(
        difference([...segments, item], [...basePath, index], headPath, before[index], undefined),
      );
    }
  });
  headKeys.forEach((key, index) => {
    const item: Segment = { kind: 'item', key };
    const old = baseIndex.get(key);
    walk(
      old === undefined ? undefined : before[old],
      after[index],
      [...segments, item],
      old === undefined ? basePath : [...basePath, old],
      [...headPath, index],
      out,
    );
  });
}

/** An override's property list `[{ id, value }]`, matched by id; each property diffed by value. */
function walkProperties(
  before: unknown,
  after: unknown,
  segments: Segment[],
  basePath: (string | number)[],
  headPath: (string | number)[],
  out: FieldDifference[],
): void {
  const baseProps = propertyList(before);
  const headProps = propertyList(after);
  if (!baseProps || !headProps) {
    walk(
      before,
      after,
      [...segments, { kind: 'key', name: 'properties' }],
      basePath,
      headPath,
      out,
    );
    return;
  }
  const ids = [...new Set([...baseProps.keys(), ...headProps.keys()])];
  for (const id of ids) {
    const old = baseProps.get(id);
    const now = headProps.get(id);
    walk(
      old?.value,
      now?.value,
      [...segments, { kind: 'property', id }],
      old ? [...basePath, old.index, 'value'] : basePath,
      now ? [...headPath, now.index, 'value'] : headPath,
      out,
    );
  }
}

function propertyList(value: unknown): Map<string, { index: number; value: unknown }> | undefined {
  if (value === undefined) return new Map();
  if (!Array.isArray(value)) return undefined;
  const map = new Map<string, { index: number; value: unknown }>();
  for (const [index, item] of value.entries()) {
    if (!isRecord(item) || typeof item.id !== 'string') return undefined;
    const id = uniqueKey(map, item.id);
    map.set(id, { index, value: item.value });
  }
  return map;
}

/**
 * Identity of each item of the array named `name`, or undefined when its items have none (then
 * the array is compared as one value). Repeated identities get `#2`, `#3`… in order.
 */
function itemKeys(name: string, items: unknown[]): string[] | undefined {
  const seen = new Map<string, unknown>();
  const keys: string[] = [];
  for (const item of items) {
    if (!isRecord(item)) return undefined;
    const key = identityOf(name, item);
    if (key === undefined) return undefined;
    const unique = uniqueKey(seen, key);
    seen.set(unique, item);
    keys.push(unique);
  }
  return keys;
}

function identityOf(name: string, item: Record<string, unknown>): string | undefined {
  switch (name) {
    case 'overrides': {
      const matcher = item.matcher;
      if (!isRecord(matcher) || typeof matcher.id !== 'string') return undefined;
      const options = matcher.options;
      const text =
        typeof options === 'string' ? options : options === undefined ? '' : canonicalJson(options);
      return `${matcher.id}=${text}`;
    }
    case 'transformations':
      return typeof item.id === 'string' ? item.id : undefined;
    case 'links':
      if (typeof item.title === 'string' && item.title !== '') return item.title;
      return typeof item.url === 'string' ? item.url : undefined;
    default:
      return typeof item.refId === 'string' ? item.refId : undefined;
  }
}

function uniqueKey(seen: Map<string, unknown>, key: string): string {
  if (!seen.has(key)) return key;
  let n = 2;
  while (seen.has(`${key}#${n}`)) n += 1;
  return `${key}#${n}`;
}

function segmentName(segments: Segment[], fromEnd: number): string | undefined {
  const segment = segments[segments.length + fromEnd];
  return segment?.kind === 'key' ? segment.name : undefined;
}

function difference(
  segments: Segment[],
  basePath: (string | number)[],
  headPath: (string | number)[],
  before: unknown,
  after: unknown,
): FieldDifference {
  const removed = after === undefined;
  return {
    field: readableField(segments),
    sourcePath: removed ? basePath : headPath,
    side: removed ? 'base' : 'head',
    ...(before === undefined ? {} : { before }),
    ...(after === undefined ? {} : { after }),
  };
}

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

/**
 * The path as an author reads it: `fieldConfig.defaults.` dropped (`unit`, `custom.lineWidth`),
 * `fieldConfig.overrides` shortened to `overrides`, `options.legend` to `legend`.
 */
function readableField(segments: readonly Segment[]): string {
  let rest = [...segments];
  const names = rest.map((segment) => (segment.kind === 'key' ? segment.name : undefined));
  if (names[0] === 'fieldConfig' && names[1] === 'defaults') rest = rest.slice(2);
  else if (names[0] === 'fieldConfig' && names[1] === 'overrides') rest = rest.slice(1);
  else if (names[0] === 'options' && names[1] === 'legend') rest = rest.slice(1);
  let text = '';
  for (const segment of rest) {
    if (segment.kind === 'item') text += `[${segment.key}]`;
    // Override property ids are dotted paths already (`custom.width`).
    else if (segment.kind === 'property') text += `.${segment.id}`;
    else {
      const name = segment.name;
      if (IDENTIFIER.test(name)) text += text === '' ? name : `.${name}`;
      else text += `[${JSON.stringify(name)}]`;
    }
  }
  return text === '' ? '(value)' : text;
}
