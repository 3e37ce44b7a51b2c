/**
 * Changes of the panels: added, removed, and for a pair what changed in its name, type, place,
 * size, datasource, repeat, properties and queries. A pair whose sides went through different
 * schema migrations gets one `migrated` change first; across a plugin-type migration (graph →
 * timeseries) the options are in two plugins' shapes, so their differences are counted as
 * `schema migration` noise rather than listed (queries, title, place and size still are).
 */
import type { DashboardChange, DashboardModel, PanelModel } from '../types.js';
import { countNoise, lineAt, makeChange, type ChangeContext } from './change-context.js';
import { diffFields, type FieldDifference } from './field-diff.js';
import { isPluginDefault } from './plugin-defaults.js';
import type { PanelMatching, PanelPair } from './match-panels.js';
import type { Placement } from './layout.js';
import { diffQueries } from './query-diff.js';
import { jsonEqual } from './values.js';

/** A migration of the plugin type (`graph → timeseries`), as the normaliser words it. */
const TYPE_MIGRATION = /^[\w-]+ → [\w-]+$/;

/** How a panel is named in changes: its title, with the row first when the title alone is ambiguous. */
export function panelNamer(model: DashboardModel): (panel: PanelModel) => string {
  const titles = new Map<string, number>();
  for (const panel of model.panels) titles.set(panel.title, (titles.get(panel.title) ?? 0) + 1);
  const rowTitle = new Map(model.rows.map((row) => [row.key, row.title]));
  return (panel) => {
    const title = panel.title.trim() === '' ? `(untitled ${panel.type})` : panel.title;
    const ambiguous = (titles.get(panel.title) ?? 0) > 1 || panel.title.trim() === '';
    const row = panel.row === undefined ? undefined : rowTitle.get(panel.row);
    return ambiguous && row !== undefined && row !== '' ? `${row} / ${title}` : title;
  };
}

/** Panel changes in head reading order (removed panels where they stood in the base). */
export function diffPanels(
  context: ChangeContext,
  matching: PanelMatching,
  placements: Map<PanelPair, Placement>,
): { changes: DashboardChange[]; changedPairs: Set<PanelPair> } {
  const baseName = panelNamer(context.base.model);
  const headName = panelNamer(context.head.model);
  const ranked: { rank: number; changes: DashboardChange[] }[] = [];
  const headRank = new Map(context.head.model.panels.map((panel, index) => [panel, index]));
  const changedPairs = new Set<PanelPair>();

  for (const panel of matching.added) {
    ranked.push({
      rank: headRank.get(panel) ?? 0,
      changes: [
        makeChange(context, {
          area: 'panel',
          kind: 'added',
          panel: headName(panel),
          after: panel.type,
          line: lineAt(context, 'head', panel.source),
        }),
      ],
    });
  }
  // A removed panel is placed just after the head position of the base panel before it.
  const pairOfBase = new Map(matching.pairs.map((pair) => [pair.base, pair]));
  const removed = new Set(matching.removed);
  let previousRank = -1;
  for (const panel of context.base.model.panels) {
    const pair = pairOfBase.get(panel);
    if (pair) {
      previousRank = headRank.get(pair.head) ?? previousRank;
      continue;
    }
    if (!removed.has(panel)) continue;
    ranked.push({
      rank: previousRank + 0.5,
      changes: [
        makeChange(context, {
          area: 'panel',
          kind: 'removed',
          panel: baseName(panel),
          before: panel.type,
          line: lineAt(context, 'base', panel.source),
        }),
      ],
    });
  }
  for (const pair of matching.pairs) {
    const placement = placements.get(pair) ?? { resized: false, shifted: false };
    const changes = diffPanelPair(context, pair, placement, headName(pair.head));
    if (changes.length > 0) changedPairs.add(pair);
    if (placement.shifted) countNoise(context, 'shifted panel');
    if (pair.base.id !== undefined && pair.head.id !== undefined && pair.base.id !== pair.head.id) {
      countNoise(context, 'panel id renumbered');
    }
    ranked.push({ rank: headRank.get(pair.head) ?? 0, changes });
  }
  ranked.sort((a, b) => a.rank - b.rank);
  return { changes: ranked.flatMap((entry) => entry.changes), changedPairs };
}

function diffPanelPair(
  context: ChangeContext,
  pair: PanelPair,
  placement: Placement,
  name: string,
): DashboardChange[] {
  const { base, head } = pair;
  const out: DashboardChange[] = [];
  const panelLine = lineAt(context, 'head', head.source);
  const change = (fields: Omit<Parameters<typeof makeChange>[1], 'panel'>): void => {
    out.push(makeChange(context, { panel: name, ...fields }));
  };
  if (base.title !== head.title) {
    change({
      area: 'panel',
      kind: 'renamed',
      field: 'title',
      before: base.title,
      after: head.title,
      line: lineAt(context, 'head', [...head.source, 'title']),
    });
  }
  if (base.type !== head.type) {
    change({
      area: 'panel',
      kind: 'type-changed',
      field: 'type',
      before: base.type,
      after: head.type,
      line: lineAt(context, 'head', [...head.source, 'type']),
    });
  }
  if (placement.moved === 'row') {
    change({
      area: 'panel',
      kind: 'moved',
      field: 'row',
      before: rowTitle(context.base.model, base),
      after: rowTitle(context.head.model, head),
      line: panelLine,
    });
  } else if (placement.moved === 'position') {
    change({
      area: 'panel',
      kind: 'moved',
      field: 'gridPos',
      before: { x: base.grid.x, y: base.grid.y },
      after: { x: head.grid.x, y: head.grid.y },
      line: lineAt(context, 'head', [...head.source, 'gridPos']) ?? panelLine,
    });
  }
  if (placement.resized) {
    change({
      area: 'panel',
      kind: 'resized',
      field: 'gridPos',
      before: { w: base.grid.w, h: base.grid.h },
      after: { w: head.grid.w, h: head.grid.h },
      line: lineAt(context, 'head', [...head.source, 'gridPos']) ?? panelLine,
    });
  }
  const modified = (
    field: string,
    before: unknown,
    after: unknown,
    path: (string | number)[],
  ): void => {
    if (jsonEqual(before, after)) return;
    change({
      area: 'panel',
      kind: 'modified',
      field,
      before,
      after,
      line: lineAt(context, 'head', [...head.source, ...path]) ?? panelLine,
    });
  };
  modified('datasource', base.datasource, head.datasource, ['datasource']);
  modified('repeat', base.repeat, head.repeat, ['repeat']);
  modified('libraryPanel', base.libraryPanel, head.libraryPanel, ['libraryPanel']);
  const migrations = symmetricDifference(base.migrations, head.migrations);
  // Across a plugin-type migration (graph → timeseries) the two sides' options are in different
  // plugins' shapes: their differences are the migration's churn, not the author's edits.
  const typeMigrated = migrations.some((migration) => TYPE_MIGRATION.test(migration));
  let migrationChurn = 0;
  for (const difference of diffFields(base.fields, head.fields)) {
    if (typeMigrated) {
      migrationChurn += 1;
      continue;
    }
    if (isDefaultOnOneSide(difference, base.type, head.type)) {
      countNoise(context, 'default value');
      continue;
    }
    const side = difference.side;
    const panel = side === 'head' ? head : base;
    change({
      area: 'panel',
      kind: 'modified',
      field: difference.field,
      before: difference.before,
      after: difference.after,
      line:
        lineAt(context, side, [...panel.source, ...difference.sourcePath]) ??
        lineAt(context, side, panel.source),
    });
  }
  const queries = diffQueries(base.queries, head.queries, {
    before: base.datasource,
    after: head.datasource,
  });
  countNoise(context, 'query formatting', queries.formattingOnly);
  countNoise(context, 'default value', queries.defaults);
  for (const q of queries.changes) {
    const line =
      lineAt(context, q.side, [...q.query.source, ...q.sourcePath]) ??
      lineAt(context, q.side, q.query.source);
    change({
      area: 'query',
      kind: q.kind,
      subject: q.subject,
      field: q.field,
      before: q.before,
      after: q.after,
      textDiff: q.textDiff,
      line,
    });
  }
  countNoise(context, 'schema migration', migrationChurn);
  if (migrations.length > 0) {
    // The migrations themselves are counted as `schema migration` noise by the normaliser.
    // One line per panel, before its other changes: the reader learns first that the JSON churn
    // under this panel is Grafana's migration.
    out.unshift(
      makeChange(context, {
        panel: name,
        area: 'panel',
        kind: 'migrated',
        field: 'schema',
        after: migrations,
        line: panelLine,
      }),
    );
  }
  return out;
}

/** An option present on one side only, holding its plugin default there. */
function isDefaultOnOneSide(
  difference: FieldDifference,
  baseType: string,
  headType: string,
): boolean {
  if (difference.before === undefined && difference.after !== undefined) {
    return isPluginDefault(headType, difference.sourcePath, difference.after);
  }
  if (difference.after === undefined && difference.before !== undefined) {
    return isPluginDefault(baseType, difference.sourcePath, difference.before);
  }
  return false;
}

function rowTitle(model: DashboardModel, panel: PanelModel): string {
  if (panel.row === undefined) return '(top level)';
  return model.rows.find((row) => row.key === panel.row)?.title ?? panel.row;
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const inB = new Set(b);
  const inA = new Set(a);
  return [...a.filter((item) => !inB.has(item)), ...b.filter((item) => !inA.has(item))];
}
