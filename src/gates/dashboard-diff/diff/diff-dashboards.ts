/**
 * The diff of one dashboard across two versions: panels paired, rows paired, placement judged,
 * then every change in reading order, the view state apart, the minimap boxes and the noise.
 */
import type {
  DashboardChange,
  DashboardDiff,
  DashboardSide,
  LayoutBox,
  NoiseCounts,
  PanelModel,
} from '../types.js';
import { makeChange, type ChangeContext } from './change-context.js';
import { diffDashboardLevel, diffRows, diffView } from './dashboard-level.js';
import { matchRows, placePanels } from './layout.js';
import { matchPanels, type PanelPair } from './match-panels.js';
import { diffPanels } from './panel-diff.js';

/**
 * Diffs one dashboard: `base` undefined means it was added, `head` undefined that it was
 * removed. Throws when both are undefined (a caller bug: there is nothing to diff).
 */
export function diffDashboards(
  base: DashboardSide | undefined,
  head: DashboardSide | undefined,
): DashboardDiff {
  if (!base || !head) {
    const side = head ?? base;
    if (!side) throw new Error('diffDashboards: both sides are missing');
    return oneSided(side, head !== undefined);
  }

  const context: ChangeContext = {
    dashboard: head.model.title,
    file: head.loaded.file,
    base,
    head,
    noise: {},
  };
  const matching = matchPanels(base.model.panels, head.model.panels);
  const rows = matchRows(base.model.rows, head.model.rows, matching.pairs);
  const placements = placePanels(matching.pairs, rows);
  const panelResult = diffPanels(context, matching, placements);
  const changes: DashboardChange[] = [
    ...diffDashboardLevel(context),
    ...diffRows(context, rows),
    ...panelResult.changes,
  ];
  const viewChanges = diffView(context, rows);

  const statusOf = (pair: PanelPair): LayoutBox['status'] => {
    if (placements.get(pair)?.moved) return 'moved';
    return panelResult.changedPairs.has(pair) ? 'modified' : 'unchanged';
  };
  const baseStatus = new Map<PanelModel, LayoutBox['status']>(
    matching.removed.map((p) => [p, 'removed']),
  );
  const headStatus = new Map<PanelModel, LayoutBox['status']>(
    matching.added.map((p) => [p, 'added']),
  );
  for (const pair of matching.pairs) {
    baseStatus.set(pair.base, statusOf(pair));
    headStatus.set(pair.head, statusOf(pair));
  }
  return {
    dashboard: head.model.title,
    ...(head.model.uid === undefined ? {} : { uid: head.model.uid }),
    file: head.loaded.file,
    location: head.loaded.location,
    ...(base.loaded.file === head.loaded.file ? {} : { baseFile: base.loaded.file }),
    status: changes.length > 0 || viewChanges.length > 0 ? 'modified' : 'unchanged',
    changes,
    viewChanges,
    layout: {
      before: base.model.panels.map((p) => box(p, baseStatus.get(p) ?? 'unchanged')),
      after: head.model.panels.map((p) => box(p, headStatus.get(p) ?? 'unchanged')),
    },
    hidden: mergeNoise(base.model.noise, head.model.noise, context.noise),
  };
}

/** A dashboard on one side only: one change, every panel added (or removed) in the minimap. */
function oneSided(side: DashboardSide, added: boolean): DashboardDiff {
  const context: ChangeContext = {
    dashboard: side.model.title,
    file: side.loaded.file,
    base: side,
    head: side,
    noise: {},
  };
  const panels = side.model.panels.length;
  const change = makeChange(context, {
    area: 'dashboard',
    kind: added ? 'added' : 'removed',
    subject: side.model.title,
    [added ? 'after' : 'before']: `${panels} panel${panels === 1 ? '' : 's'}`,
    line: side.loaded.lineOf([]),
  });
  const boxes = side.model.panels.map((p) => box(p, added ? 'added' : 'removed'));
  return {
    dashboard: side.model.title,
    ...(side.model.uid === undefined ? {} : { uid: side.model.uid }),
    file: side.loaded.file,
    location: side.loaded.location,
    status: added ? 'added' : 'removed',
    changes: [change],
    viewChanges: [],
    layout: { before: added ? [] : boxes, after: added ? boxes : [] },
    hidden: mergeNoise(side.model.noise),
  };
}

function box(panel: PanelModel, status: LayoutBox['status']): LayoutBox {
  return { key: panel.key, title: panel.title, grid: { ...panel.grid }, status };
}

/** Sum of noise counts by reason. */
export function mergeNoise(...counts: NoiseCounts[]): NoiseCounts {
  const out: NoiseCounts = {};
  for (const count of counts) {
    for (const [reason, n] of Object.entries(count) as [keyof NoiseCounts, number | undefined][]) {
      if (n) out[reason] = (out[reason] ?? 0) + n;
    }
  }
  return out;
}
