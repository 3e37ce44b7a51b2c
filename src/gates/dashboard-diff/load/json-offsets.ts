/**
 * Where each entry of valid JSON text starts, indexed in one pass for {@link LoadedDashboard.lineOf}.
 *
 * Written by hand: jsonc-parser's `parseTree` gives the same offsets but builds an object for
 * every value, about 30 times slower than `JSON.parse` on a 500-panel dashboard (0.6 s). This
 * index keeps only objects and arrays, with their entries' offsets, and walks the text without
 * recursion.
 */
import type { JsonPath } from '../types.js';

/** An object or array: its entries in order (keys for an object) and where each starts. */
interface Container {
  /** Keys of an object's entries; undefined for an array. */
  keys: string[] | undefined;
  /** Offset where each entry starts: the key of a property, the value of an item. */
  entries: number[];
  /** Offset of each entry's value. */
  values: number[];
  /** The entry's value when it is an object or array. */
  children: (Container | undefined)[];
}

/** Offsets of paths in one JSON text. */
export interface JsonOffsets {
  /**
   * Follows `path` as far as the text has it: the offset of the last entry reached (its key for a
   * property), of its value, and how many steps were followed.
   */
  find(path: JsonPath): { entry: number; value: number; depth: number };
}

/**
 * Indexes `text`, which must be valid JSON (the caller parsed it with `JSON.parse` first); a
 * leading byte-order mark is skipped.
 */
export function indexJsonOffsets(text: string): JsonOffsets {
  const root = buildIndex(text);
  const start = firstValueOffset(text);
  return {
    find(path) {
      let container = root;
      let entry = start;
      let value = start;
      let depth = 0;
      for (const step of path) {
        if (container === undefined) break;
        const index =
          container.keys === undefined
            ? typeof step === 'number' && step < container.entries.length
              ? step
              : -1
            : // The last of a repeated key: JSON.parse, like Grafana, keeps the last.
              container.keys.lastIndexOf(String(step));
        if (index < 0) break;
        entry = container.entries[index] ?? entry;
        value = container.values[index] ?? value;
        container = container.children[index];
        depth++;
      }
      return { entry, value, depth };
    },
  };
}

function firstValueOffset(text: string): number {
  const match = /[^\s\uFEFF]/.exec(text);
  return match?.index ?? 0;
}

function buildIndex(text: string): Container | undefined {
  const stack: Container[] = [];
  let root: Container | undefined;
  // What the next token is, inside the innermost container.
  let expectKey = false;
  let pendingEntry = -1; // offset of the key whose value comes next
  let pendingKey = '';
  const length = text.length;
  const addValue = (at: number, child: Container | undefined) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) return;
    if (parent.keys === undefined) {
      parent.entries.push(at);
    } else {
      parent.keys.push(pendingKey);
      parent.entries.push(pendingEntry);
    }
    parent.values.push(at);
    parent.children.push(child);
  };
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end > 0 && isEscaped(text, end)) end = text.indexOf('"', end + 1);
      if (end < 0) break;
      if (expectKey) {
        const raw = text.slice(i + 1, end);
        pendingKey = raw.includes('\\') ? String(JSON.parse(text.slice(i, end + 1))) : raw;
        pendingEntry = i;
        expectKey = false;
      } else {
        addValue(i, undefined);
      }
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const container: Container = {
        keys: c === 123 ? [] : undefined,
        entries: [],
        values: [],
        children: [],
      };
      if (stack.length === 0) root = container;
      else addValue(i, container);
      stack.push(container);
      expectKey = c === 123;
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      expectKey = stack[stack.length - 1]?.keys !== undefined;
    } else if (c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110) {
      // A number, true, false or null: record it, then skip to its end.
      addValue(i, undefined);
      while (i + 1 < length && !isDelimiter(text.charCodeAt(i + 1))) i++;
    }
  }
  return root;
}

/** Ends a number or literal: whitespace, ',', ']' or '}'. */
function isDelimiter(c: number): boolean {
  return c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9;
}

/** True when the quote at `at` is preceded by an odd number of backslashes. */
export function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}
