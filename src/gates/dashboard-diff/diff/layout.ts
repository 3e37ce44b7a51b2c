/**
 * Where panels went: rows paired across the versions, and for each panel pair whether it moved to
 * another row, moved within its row, was resized, or only shifted.
 *
 * Grafana stores absolute grid positions and compacts the grid upwards when it draws it
 * (react-grid-layout's vertical compaction), so inserting, removing or resizing one panel changes
 * the stored `y` of every panel below it although none of them was touched. What a reader
 * perceives is the order of panels that share columns: a panel moved when its horizontal place
 * changed, or when it now sits above a panel it was below (or the reverse) in the columns they
 * share. Of each such pair of panels whose vertical order flipped, as few panels as possible are
 * called moved (one panel dragged from the top to the bottom of a column moved; the others did
 * not), and every other panel whose stored position changed only shifted.
 */
import type { PanelModel, RowModel } from '../types.js';
import type { PanelPair } from './match-panels.js';

/** A row of the base and the row of the head it became. */
export interface RowPair {
  base: RowModel;
  head: RowModel;
}

/** Result of {@link matchRows}. */
export interface RowMatching {
  pairs: RowPair[];
  removed: RowModel[];
  added: RowModel[];
  /** Base row key → head row key, for the rows paired. */
  headKeyOf: Map<string, string>;
}

/**
 * Pairs rows by key (their title, `#2` for repeats), then rows left over by the panels they share
 * (a renamed row keeps its panels), then what is still left by order.
 */
export function matchRows(
  base: readonly RowModel[],
  head: readonly RowModel[],
  panelPairs: readonly PanelPair[],
): RowMatching {
  const headByKey = new Map(head.map((row) => [row.key, row]));
  const pairs: RowPair[] = [];
  const freeBase = new Set(base);
  const freeHead = new Set(head);
  for (const row of base) {
    const other = headByKey.get(row.key);
    if (other) {
      pairs.push({ base: row, head: other });
      freeBase.delete(row);
      freeHead.delete(other);
    }
  }
  // Votes: how many paired panels went from base row b to head row h.
  const votes = new Map<RowModel, Map<RowModel, number>>();
  const baseRowByKey = new Map(base.map((row) => [row.key, row]));
  for (const { base: b, head: h } of panelPairs) {
    const from = b.row === undefined ? undefined : baseRowByKey.get(b.row);
    const to = h.row === undefined ? undefined : headByKey.get(h.row);
    if (!from || !to || !freeBase.has(from) || !freeHead.has(to)) continue;
    const tally = votes.get(from) ?? new Map<RowModel, number>();
    tally.set(to, (tally.get(to) ?? 0) + 1);
    votes.set(from, tally);
  }
  for (const row of base) {
    const tally = votes.get(row);
    if (!tally || !freeBase.has(row)) continue;
    const best = [...tally].filter(([to]) => freeHead.has(to)).sort((x, y) => y[1] - x[1])[0];
    if (best) {
      pairs.push({ base: row, head: best[0] });
      freeBase.delete(row);
      freeHead.delete(best[0]);
    }
  }
  // Empty rows renamed: pair the rest in order, as many as both sides have.
  const restBase = base.filter((row) => freeBase.has(row));
  const restHead = head.filter((row) => freeHead.has(row));
  const emptyBase = restBase.filter((row) => !panelPairs.some((p) => p.base.row === row.key));
  const emptyHead = restHead.filter((row) => !panelPairs.some((p) => p.head.row === row.key));
  for (let i = 0; i < Math.min(emptyBase.length, emptyHead.length); i += 1) {
    const b = emptyBase[i];
    const h = emptyHead[i];
    if (!b || !h) continue;
    pairs.push({ base: b, head: h });
    freeBase.delete(b);
    freeHead.delete(h);
  }
  return {
    pairs,
    removed: base.filter((row) => freeBase.has(row)),
    added: head.filter((row) => freeHead.has(row)),
    headKeyOf: new Map(pairs.map((p) => [p.base.key, p.head.key])),
  };
}

/** How a paired panel's place changed. */
export interface Placement {
  /** Moved to another row, or to another place in its row; undefined when it did not move. */
  moved?: 'row' | 'position';
  /** Width or height changed. */
  resized: boolean;
  /** Stored position changed only because of the panels around it (noise). */
  shifted: boolean;
}

/** Placement of every panel pair (see the module comment for what counts as moved). */
export function placePanels(
  pairs: readonly PanelPair[],
  rows: RowMatching,
): Map<PanelPair, Placement> {
  const result = new Map<PanelPair, Placement>();
  const sections = new Map<string, PanelPair[]>();
  for (const pair of pairs) {
    const { base, head } = pair;
    const resized = base.grid.w !== head.grid.w || base.grid.h !== head.grid.h;
    const baseRow =
      base.row === undefined ? undefined : (rows.headKeyOf.get(base.row) ?? `\u0000${base.row}`);
    if (baseRow !== head.row) {
      result.set(pair, { moved: 'row', resized, shifted: false });
      continue;
    }
    if (base.grid.x !== head.grid.x) {
      result.set(pair, { moved: 'position', resized, shifted: false });
      continue;
    }
    result.set(pair, { resized, shifted: false });
    const section = head.row ?? '';
    const list = sections.get(section) ?? [];
    list.push(pair);
    sections.set(section, list);
  }
  for (const list of sections.values()) {
    for (const pair of movedInSection(list)) {
      const placement = result.get(pair);
      if (placement) placement.moved = 'position';
    }
  }
  for (const [pair, placement] of result) {
    placement.shifted = placement.moved === undefined && pair.base.grid.y !== pair.head.grid.y;
  }
  return result;
}

/**
 * The fewest panels of one row section whose moves explain every pair of column-sharing panels
 * whose vertical order differs between the versions. Greedy: the panel in most flipped pairs is
 * taken first; pairs that flipped with nothing else (two panels swapped) take both panels.
 */
function movedInSection(pairs: readonly PanelPair[]): Set<PanelPair> {
  // Sorting by head x lets the overlap scan stop early: O(n log n + overlapping pairs).
  const byX = [...pairs].sort((a, b) => a.head.grid.x - b.head.grid.x);
  const flips = new Map<PanelPair, Set<PanelPair>>();
  const addFlip = (a: PanelPair, b: PanelPair): void => {
    const set = flips.get(a) ?? new Set<PanelPair>();
    set.add(b);
    flips.set(a, set);
  };
  for (let i = 0; i < byX.length; i += 1) {
    const a = byX[i];
    if (!a) continue;
    const right = a.head.grid.x + a.head.grid.w;
    for (let j = i + 1; j < byX.length; j += 1) {
      const b = byX[j];
      if (!b || b.head.grid.x >= right) break;
      const before = Math.sign(a.base.grid.y - b.base.grid.y);
      const after = Math.sign(a.head.grid.y - b.head.grid.y);
      if (before !== 0 && after !== 0 && before !== after) {
        addFlip(a, b);
        addFlip(b, a);
      }
    }
  }
  const moved = new Set<PanelPair>();
  for (;;) {
    let worst: PanelPair | undefined;
    let count = 0;
    for (const [pair, set] of flips) {
      if (
        set.size > count ||
        (set.size === count && worst !== undefined && readsBefore(pair.head, worst.head))
      ) {
        worst = pair;
        count = set.size;
      }
    }
    if (!worst || count === 0) break;
    if (count === 1) {
      // Only isolated flips remain: each is a swap of two panels, and both changed place.
      for (const [pair, set] of flips) if (set.size > 0) moved.add(pair);
      break;
    }
    moved.add(worst);
    for (const other of flips.get(worst) ?? []) flips.get(other)?.delete(worst);
    flips.delete(worst);
  }
  return moved;
}

function readsBefore(a: PanelModel, b: PanelModel): boolean {
  return a.grid.y < b.grid.y || (a.grid.y === b.grid.y && a.grid.x < b.grid.x);
}
