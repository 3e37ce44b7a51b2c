import type { GridBox } from '../types.js';
import { isRecord, numberOf, stringOf } from './json.js';
import type { NoiseTally } from './noise.js';
import type { ClassicItem, LaidOutPanel, LaidOutRow } from './raw.js';

/** Grafana's default `gridPos` for a panel that has none (PanelModel `defaults`). */
const DEFAULT_GRID: GridBox = { x: 0, y: 0, w: 6, h: 3 };

/** A laid-out dashboard: rows in order, panels in reading order. */
export interface Layout {
  rows: LaidOutRow[];
  panels: LaidOutPanel[];
}

interface RowGroup {
  row: LaidOutRow;
  /** Source `y` of the row header, to measure its free-standing panels from. */
  headerY: number;
  /** Height of a collapsed row's own panels: the panels that follow it go below them. */
  hiddenBody: number;
  members: { item: ClassicItem; grid: GridBox }[];
}

/**
 * Reads a classic panel list (panels and row panels) into rows and panels placed as if every
 * row were expanded. Why: collapsing a row moves its panels into `row.panels` and every row
 * below it up; expanding moves them back (Grafana re-bases them under the row header). Placing
 * each row's panels relative to its header, and each header below the previous row's expanded
 * body, gives one layout whatever is collapsed, so collapsing is a view change, not a move.
 * - Panels before the first row keep their place.
 * - A row's panels are its collapsed `panels` (measured from the first of them, as Grafana
 *   re-bases them on expand) and the panels that follow it in the list up to the next row
 *   (measured from its header; after a collapsed row, below its collapsed panels).
 * - Repeat clones (`repeatPanelId`, `repeatIteration`, `repeatedByRow`, or `scopedVars` on a
 *   panel that repeats nothing and is not in a repeated row) and rows cloned by a row repeat,
 *   with their panels, are dropped and counted as noise.
 */
export function layOut(items: readonly ClassicItem[], noise: NoiseTally): Layout {
  const top: { item: ClassicItem; grid: GridBox }[] = [];
  const groups: RowGroup[] = [];
  let skippingClonedRow = false;
  for (const item of items) {
    if (item.json.type === 'row') {
      if (isRepeatClone(item.json, undefined)) {
        noise.add('repeat clone', 1 + (item.children?.length ?? 0));
        skippingClonedRow = true;
        continue;
      }
      skippingClonedRow = false;
      groups.push(rowGroup(item, noise));
      continue;
    }
    if (skippingClonedRow) {
      noise.add('repeat clone');
      continue;
    }
    const group = groups.at(-1);
    if (isRepeatClone(item.json, group?.row)) {
      noise.add('repeat clone');
      continue;
    }
    const grid = gridOf(item.json);
    if (group === undefined) {
      top.push({ item, grid });
    } else {
      const y = grid.y - (group.headerY + 1) + group.hiddenBody;
      group.members.push({ item, grid: { ...grid, y } });
    }
  }

  const panels: LaidOutPanel[] = readingOrder(top).map(({ item, grid }) => ({ item, grid }));
  let cursor = bodyHeight(top);
  for (const group of groups) {
    group.row.y = cursor;
    const bodyTop = cursor + 1;
    for (const { item, grid } of readingOrder(group.members)) {
      panels.push({ item, grid: { ...grid, y: bodyTop + grid.y }, row: group.row });
    }
    cursor = bodyTop + bodyHeight(group.members);
  }
  return { rows: groups.map((group) => group.row), panels };
}

function rowGroup(item: ClassicItem, noise: NoiseTally): RowGroup {
  const { json } = item;
  const row: LaidOutRow = {
    title: stringOf(json.title) ?? '',
    collapsed: json.collapsed === true,
    y: 0,
    source: item.source,
  };
  const repeat = stringOf(json.repeat);
  if (repeat) row.repeat = repeat;
  // A row panel's id is volatile like any panel's; its `datasource` is a leftover Grafana keeps
  // on row panels and uses for nothing (rows run no queries), so neither is a change.
  if (json.id !== undefined) noise.add('volatile field');
  if (json.datasource !== undefined) noise.add('volatile field');
  const members: RowGroup['members'] = [];
  const children = (item.children ?? []).filter((child) => {
    if (!isRepeatClone(child.json, row)) return true;
    noise.add('repeat clone');
    return false;
  });
  const firstY = children.length > 0 ? gridOf(children[0]?.json).y : 0;
  const base = item.childrenY === 'row-body' ? 0 : firstY;
  for (const child of children) {
    const grid = gridOf(child.json);
    members.push({ item: child, grid: { ...grid, y: grid.y - base } });
  }
  const hiddenBody = row.collapsed ? bodyHeight(members) : 0;
  return { row, headerY: gridOf(json).y, hiddenBody, members };
}

function isRepeatClone(json: Record<string, unknown>, row: LaidOutRow | undefined): boolean {
  if (json.repeatPanelId !== undefined && json.repeatPanelId !== null) return true;
  if (json.repeatIteration !== undefined && json.repeatIteration !== null) return true;
  if (json.repeatedByRow === true) return true;
  // A clone of an old Grafana keeps only its scopedVars; the repeated panel itself, and the
  // panels of a repeated row's first instance, carry scopedVars too and are kept.
  return isRecord(json.scopedVars) && !json.repeat && !row?.repeat;
}

/** A panel's `gridPos`, with Grafana's default for each missing or non-numeric part. */
export function gridOf(json: unknown): GridBox {
  const gridPos = isRecord(json) && isRecord(json.gridPos) ? json.gridPos : {};
  return {
    x: numberOf(gridPos.x) ?? DEFAULT_GRID.x,
    y: numberOf(gridPos.y) ?? DEFAULT_GRID.y,
    w: numberOf(gridPos.w) ?? DEFAULT_GRID.w,
    h: numberOf(gridPos.h) ?? DEFAULT_GRID.h,
  };
}

function bodyHeight(members: readonly { grid: GridBox }[]): number {
  return members.reduce((bottom, { grid }) => Math.max(bottom, grid.y + grid.h), 0);
}

function readingOrder<T extends { grid: GridBox }>(members: readonly T[]): T[] {
  return members
    .map((member, index) => ({ member, index }))
    .sort(
      (a, b) =>
        a.member.grid.y - b.member.grid.y || a.member.grid.x - b.member.grid.x || a.index - b.index,
    )
    .map(({ member }) => member);
}
