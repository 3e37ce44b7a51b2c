import { describe, expect, it } from 'vitest';
import { patchOf } from '../../../src/gates/coverage/patch.js';

/** Hits per line: `{ 3: 0, 4: 2 }`. */
const lines = (hits: Record<number, number>): Map<number, number> =>
  new Map(Object.entries(hits).map(([line, count]) => [Number(line), count]));

describe('patchOf', () => {
  // The report measures lines 2, 3, 5, 6, 9 and 10; lines 3, 6 and 9 have no hits.
  const file = lines({ 2: 1, 3: 0, 5: 4, 6: 0, 9: 0, 10: 0 });

  it('counts only the changed lines the report measures', () => {
    // Changed: 1–3 (measured: 2 covered, 3 not) and 7–8 (measured: none).
    expect(
      patchOf(file, [
        { start: 1, end: 3 },
        { start: 7, end: 8 },
      ]),
    ).toEqual({
      covered: 1,
      total: 2,
      uncovered: [{ start: 3, end: 3 }],
    });
  });

  it('counts every measured line of a whole (new or untracked) file', () => {
    // 6 measured lines, 2 with hits. Uncovered: 3, then 6, 9 and 10, one range since 7–8 are
    // unmeasured and (the whole file being new) changed.
    expect(patchOf(file, 'whole-file')).toEqual({
      covered: 2,
      total: 6,
      uncovered: [
        { start: 3, end: 3 },
        { start: 6, end: 10 },
      ],
    });
  });

  it('merges uncovered lines across changed unmeasured lines only', () => {
    // Changed 6–10: 6 uncovered, 7–8 unmeasured and changed, 9–10 uncovered → one range 6–10.
    expect(patchOf(file, [{ start: 6, end: 10 }]).uncovered).toEqual([{ start: 6, end: 10 }]);
    // Changed 6 and 9–10 apart (7–8 unchanged): two ranges.
    expect(
      patchOf(file, [
        { start: 6, end: 6 },
        { start: 9, end: 10 },
      ]).uncovered,
    ).toEqual([
      { start: 6, end: 6 },
      { start: 9, end: 10 },
    ]);
  });

  it('splits a range at a covered line', () => {
    // Changed 2–6: 2 covered, 3 uncovered, 5 covered, 6 uncovered.
    expect(patchOf(file, [{ start: 2, end: 6 }])).toEqual({
      covered: 2,
      total: 4,
      uncovered: [
        { start: 3, end: 3 },
        { start: 6, end: 6 },
      ],
    });
  });

  it('is empty when no changed line is measured', () => {
    expect(patchOf(file, [{ start: 7, end: 8 }])).toEqual({ covered: 0, total: 0, uncovered: [] });
    expect(patchOf(new Map(), 'whole-file')).toEqual({ covered: 0, total: 0, uncovered: [] });
    expect(patchOf(file, [])).toEqual({ covered: 0, total: 0, uncovered: [] });
  });

  it('reads lines in any order the map holds them', () => {
    const shuffled = lines({ 10: 0, 2: 1, 9: 0, 3: 0, 5: 2 });
    // Changed 1–10: 2 and 5 covered; 3 alone (5 covered splits it), then 9–10.
    expect(patchOf(shuffled, [{ start: 1, end: 10 }])).toEqual({
      covered: 2,
      total: 5,
      uncovered: [
        { start: 3, end: 3 },
        { start: 9, end: 10 },
      ],
    });
  });

  it('agrees with a line-by-line count by the definition, whatever the sizes', () => {
    // The reference walks every line number: a changed measured line counts; uncovered ones
    // join the previous range when every line between them is changed and unmeasured.
    function reference(hits: Map<number, number>, changed: Set<number>, last: number) {
      let covered = 0;
      let total = 0;
      const uncovered: { start: number; end: number }[] = [];
      let bridgeable = false;
      for (let line = 1; line <= last; line += 1) {
        const measured = hits.has(line);
        if (!changed.has(line)) {
          bridgeable = false;
        } else if (measured) {
          total += 1;
          if ((hits.get(line) ?? 0) > 0) {
            covered += 1;
            bridgeable = false;
          } else {
            const open = uncovered.at(-1);
            if (bridgeable && open !== undefined) open.end = line;
            else uncovered.push({ start: line, end: line });
            bridgeable = true;
          }
        }
      }
      return { covered, total, uncovered };
    }
    let state = 99;
    const next = (bound: number): number => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % bound;
    };
    for (let round = 0; round < 400; round += 1) {
      const last = 1 + next(60);
      const hits = new Map<number, number>();
      const changed = new Set<number>();
      for (let line = 1; line <= last; line += 1) {
        if (next(3) > 0) hits.set(line, next(3) === 0 ? 0 : next(5));
        if (next(4) < (round % 4) + 1) changed.add(line);
      }
      const ranges: { start: number; end: number }[] = [];
      for (const line of [...changed].sort((a, b) => a - b)) {
        const open = ranges.at(-1);
        if (open !== undefined && open.end === line - 1) open.end = line;
        else ranges.push({ start: line, end: line });
      }
      expect(patchOf(hits, ranges)).toEqual(reference(hits, changed, last));
      const everything = new Set(Array.from({ length: last }, (_, i) => i + 1));
      expect(patchOf(hits, 'whole-file')).toEqual(reference(hits, everything, last));
    }
  });
});
