/**
 * One dashboard's part of the report: where it is, its dashboard-level changes, its panels' changes
 * panel by panel with query diffs, the layout picture when the layout changed, and the view state
 * apart. Pure.
 */
import { countOf } from '../../../report/labels.js';
import type { Section, SectionBlock, Span } from '../../../verdict/types.js';
import type { DashboardChange, DashboardDiff, LayoutBox } from '../types.js';
import { structuredPatch } from 'diff';
import { changeLine, diffableSides, queryText } from './change-line.js';
import { renderMinimap } from './minimap.js';

const code = (text: string): Span => ({ text, code: true });

/** Areas reported before the panels, in this order, as Grafana's settings pages show them. */
const DASHBOARD_AREAS: ReadonlySet<DashboardChange['area']> = new Set([
  'dashboard',
  'time',
  'variable',
  'annotation',
  'link',
  'row',
]);

/** Height cap of the layout picture in the report: it sits open among the changes. */
const MINIMAP_LINES = 30;

/** Changes that move or resize panels, or add or remove them. */
const LAYOUT_KINDS: ReadonlySet<DashboardChange['kind']> = new Set([
  'added',
  'removed',
  'moved',
  'resized',
]);

/** True when the minimap has something to show: a panel added, removed, moved or resized. */
export function layoutChanged(diff: DashboardDiff): boolean {
  if (diff.status !== 'modified') return false;
  const grid = (box: LayoutBox): string =>
    `${box.grid.x},${box.grid.y},${box.grid.w},${box.grid.h}`;
  const before = new Map(diff.layout.before.map((box) => [box.key, grid(box)]));
  const after = new Map(diff.layout.after.map((box) => [box.key, grid(box)]));
  if (before.size !== after.size) return true;
  for (const [key, place] of after) {
    if (before.get(key) !== place) return true;
  }
  return diff.changes.some(
    (change) => (change.area === 'panel' || change.area === 'row') && LAYOUT_KINDS.has(change.kind),
  );
}

/** The dashboard's title as the section shows it, with what happened to it. */
function sectionTitle(diff: DashboardDiff): string {
  // An untitled dashboard is known by its file.
  const name = diff.dashboard.trim() === '' ? diff.file : diff.dashboard;
  switch (diff.status) {
    case 'added':
      return `${name} (new dashboard)`;
    case 'removed':
      return `${name} (deleted)`;
    default:
      return name;
  }
}

/** `file` (or `old` → `new`), the place in the file, and how many changes. */
function whereLine(diff: DashboardDiff): Span[] {
  const spans: Span[] =
    diff.baseFile !== undefined && diff.baseFile !== diff.file
      ? [code(diff.baseFile), ' → ', code(diff.file)]
      : [code(diff.file)];
  if (diff.location !== '') spans.push(', ', diff.location);
  const counts = [countOf(diff.changes.length, 'change')];
  if (diff.viewChanges.length > 0) {
    counts.push(countOf(diff.viewChanges.length, 'view-state change'));
  }
  spans.push(` · ${counts.join(', ')}`);
  return spans;
}

/**
 * The diff shown under a change's line: the diff engine's (a query's text), else one made here
 * for a long value (a variable's query, a description, thresholds as JSON) or for a query added
 * or removed (its lines all `+` or all `-`); without the hunk header when
 * there is one hunk, as a one-line query's `@@ -1,1 +1,1 @@` says nothing.
 */
function diffText(change: DashboardChange): string | undefined {
  let text = change.textDiff;
  const sides = text === undefined ? diffableSides(change) : undefined;
  if (sides !== undefined) {
    // Three lines of context, as the engine's query diffs: a long JSON value shows its change.
    const { hunks } = structuredPatch('', '', `${sides[0]}\n`, `${sides[1]}\n`, '', '', {
      context: 3,
    });
    text = hunks
      .flatMap((hunk) => [
        `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
        ...hunk.lines,
      ])
      .join('\n');
  }
  const query = queryText(change);
  if (text === undefined && query !== undefined) {
    const sign = change.kind === 'added' ? '+' : '-';
    text = query
      .split('\n')
      .map((line) => sign + line)
      .join('\n');
  }
  if (text === undefined || text.trim() === '') return undefined;
  const lines = text.split('\n');
  const hunks = lines.filter((line) => line.startsWith('@@')).length;
  return hunks === 1 && lines[0]?.startsWith('@@') === true ? lines.slice(1).join('\n') : text;
}

/**
 * The body's blocks for a run of changes: one list line per change, a query diff as a `diff`
 * block right after its line (the list is split there, so diffs sit beside their panel).
 */
function changeBlocks(changes: readonly DashboardChange[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let items: Span[][] = [];
  const flush = (): void => {
    if (items.length > 0) blocks.push({ kind: 'list', items });
    items = [];
  };
  for (const change of changes) {
    items.push(changeLine(change));
    const diff = diffText(change);
    if (diff !== undefined) {
      flush();
      blocks.push({ kind: 'code', text: diff, language: 'diff' });
    }
  }
  flush();
  return blocks;
}

/**
 * The panel changes in panel order: all changes of one panel together, in the order the diff
 * listed the panels (reading order), each panel's own order kept.
 */
function groupByPanel(changes: readonly DashboardChange[]): DashboardChange[] {
  const groups = new Map<string, DashboardChange[]>();
  for (const change of changes) {
    const key = change.panel ?? '';
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [change]);
    else group.push(change);
  }
  return [...groups.values()].flat();
}

/**
 * The section of one dashboard: a line with its file (`old → new` when renamed) and counts;
 * its dashboard-level changes (settings, time, variables, annotations, links, rows); its
 * panels' changes grouped by panel, query text changes as `diff` blocks; the before/after
 * minimap when panels were added, removed, moved or resized; and the view-state changes in a
 * collapsed part.
 */
export function dashboardSection(
  diff: DashboardDiff,
  options: { id: string; collapsed: boolean },
): Section {
  const dashboardLevel = diff.changes.filter((change) => DASHBOARD_AREAS.has(change.area));
  const panelLevel = groupByPanel(
    diff.changes.filter((change) => !DASHBOARD_AREAS.has(change.area)),
  );
  const blocks: SectionBlock[] = [
    { kind: 'paragraph', spans: whereLine(diff) },
    // One list: two lists one after the other would render as one loose list anyway.
    ...changeBlocks([...dashboardLevel, ...panelLevel]),
  ];
  if (layoutChanged(diff)) {
    blocks.push(
      { kind: 'paragraph', spans: [{ text: 'Layout', strong: true }, ', before and after:'] },
      { kind: 'code', text: renderMinimap(diff.layout, { maxLines: MINIMAP_LINES }) },
    );
  }
  if (diff.viewChanges.length > 0) {
    blocks.push({
      kind: 'details',
      summary: `View state (${countOf(diff.viewChanges.length, 'change')}: what Grafana's save dialog lets you keep or not)`,
      blocks: changeBlocks(diff.viewChanges),
    });
  }
  return {
    id: options.id,
    title: sectionTitle(diff),
    blocks,
    ...(options.collapsed ? { collapsed: true } : {}),
  };
}
