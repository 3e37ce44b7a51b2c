/**
 * LineHits (src/gates/coverage/parse/line-hits.ts) must read as a Map<number, number> in every
 * way the gate reads one: compared here with a real Map under the same operations, in ascending
 * order (its compact form) and out of order (where it turns into a Map).
 */
import { describe, expect, it } from 'vitest';
import { LineHits } from '../../../src/gates/coverage/parse/line-hits.js';

/** Everything a reader can observe of a map, in order. */
function observe(map: Map<number, number>): unknown {
  const each: [number, number][] = [];
  map.forEach((hits, line, self) => {
    expect(self).toBe(map);
    each.push([line, hits]);
  });
  return {
    size: map.size,
    entries: [...map],
    keys: [...map.keys()],
    values: [...map.values()],
    each,
    probes: [0, 1, 2, 5, 7, 9, 10, 1000].map((line) => [map.has(line), map.get(line)]),
  };
}

/** The same writes to a LineHits and to a Map. */
function both(writes: readonly [number, number][]): [LineHits, Map<number, number>] {
  const compact = new LineHits();
  const plain = new Map<number, number>();
  for (const [line, hits] of writes) {
    compact.set(line, hits);
    plain.set(line, hits);
  }
  return [compact, plain];
}

describe('LineHits', () => {
  it.each([
    ['empty', []],
    [
      'ascending',
      [
        [1, 0],
        [2, 5],
        [7, 0],
        [9, 12],
      ],
    ],
    [
      'ascending, then a line updated',
      [
        [1, 0],
        [2, 5],
        [7, 0],
        [2, 8],
      ],
    ],
    [
      'a line out of order',
      [
        [5, 1],
        [9, 0],
        [7, 3],
        [1, 0],
      ],
    ],
    [
      'out of order, then updated and appended',
      [
        [9, 1],
        [2, 0],
        [9, 4],
        [10, 1],
      ],
    ],
    [
      'counts beyond 32 bits',
      [
        [1, 2 ** 40],
        [3, 0],
      ],
    ],
  ] as [string, [number, number][]][])('reads like a Map: %s', (_, writes) => {
    const [compact, plain] = both(writes);
    expect(observe(compact)).toEqual(observe(plain));
    expect(Object.prototype.toString.call(compact)).toBe('[object Map]');
  });

  it('deletes and clears like a Map, in either form', () => {
    for (const writes of [
      [
        [1, 1],
        [4, 0],
        [6, 2],
      ],
      [
        [6, 2],
        [1, 1],
        [4, 0],
      ],
    ] as [number, number][][]) {
      const [compact, plain] = both(writes);
      expect(compact.delete(4)).toBe(plain.delete(4));
      expect(compact.delete(5)).toBe(plain.delete(5));
      expect(observe(compact)).toEqual(observe(plain));
      compact.clear();
      plain.clear();
      compact.set(3, 1);
      plain.set(3, 1);
      expect(observe(compact)).toEqual(observe(plain));
    }
  });

  it('agrees with a Map over 2,000 random writes of a report-like file', () => {
    // Mostly ascending lines (as reports write them), some repeated, a few out of order.
    let state = 7;
    const next = (): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state / 2 ** 31;
    };
    const writes: [number, number][] = [];
    let line = 0;
    for (let index = 0; index < 2000; index += 1) {
      const pick = next();
      if (pick < 0.9) line += 1 + Math.floor(next() * 3);
      const at = pick < 0.97 ? line : Math.floor(next() * line) + 1;
      writes.push([at, Math.floor(next() * 5)]);
    }
    const [compact, plain] = both(writes);
    expect(observe(compact)).toEqual(observe(plain));
  });
});
