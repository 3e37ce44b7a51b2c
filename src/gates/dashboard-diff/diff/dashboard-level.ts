/**
 * Changes above the panels: the dashboard's title, uid, tags and settings, its time settings,
 * variables, annotations, links and rows, and (apart) its view state.
 */
import type { DashboardChange, DashboardModel, JsonPath } from '../types.js';
import { countNoise, lineAt, makeChange, type ChangeContext } from './change-context.js';
import { diffFields, type FieldDifference } from './field-diff.js';
import type { RowMatching } from './layout.js';
import { jsonEqual } from './values.js';

/** Settings Grafana's settings page shows under "Time options"; reported with area `time`. */
const TIME_SETTINGS = new Set([
  'timezone',
  'weekStart',
  'fiscalYearStartMonth',
  'timepicker',
  'nowDelay',
  'liveNow',
]);

/** Dashboard, time, variable, annotation and link changes, in that order. */
export function diffDashboardLevel(context: ChangeContext): DashboardChange[] {
  const base = context.base.model;
  const head = context.head.model;
  const out: DashboardChange[] = [];
  const headLine = (path: JsonPath): number | undefined => lineAt(context, 'head', path);
  if (base.title !== head.title) {
    out.push(
      makeChange(context, {
        area: 'dashboard',
        kind: 'renamed',
        field: 'title',
        before: base.title,
        after: head.title,
        line: headLine(['title']),
      }),
    );
  }
  if (base.uid !== head.uid) {
    out.push(
      makeChange(context, {
        area: 'dashboard',
        kind: 'modified',
        field: 'uid',
        before: base.uid,
        after: head.uid,
        line: headLine(['uid']),
      }),
    );
  }
  const baseTags = [...base.tags].sort();
  const headTags = [...head.tags].sort();
  if (!jsonEqual(baseTags, headTags)) {
    out.push(
      makeChange(context, {
        area: 'dashboard',
        kind: 'modified',
        field: 'tags',
        before: base.tags,
        after: head.tags,
        line: headLine(['tags']),
      }),
    );
  }
  if (base.schemaVersion !== head.schemaVersion) countNoise(context, 'schema migration');
  const settings = diffFields(base.settings, head.settings);
  const timeFirst = [...settings.filter((d) => !isTime(d)), ...settings.filter(isTime)];
  for (const difference of timeFirst) {
    out.push(
      makeChange(context, {
        area: isTime(difference) ? 'time' : 'dashboard',
        kind: 'modified',
        field: difference.field,
        before: difference.before,
        after: difference.after,
        line: lineAt(context, difference.side, difference.sourcePath),
      }),
    );
  }
  out.push(...diffVariables(context, base, head));
  out.push(...diffAnnotations(context, base, head));
  out.push(...diffLinks(context, base, head));
  return out;
}

function isTime(difference: FieldDifference): boolean {
  const first = difference.sourcePath[0];
  return typeof first === 'string' && TIME_SETTINGS.has(first);
}

function diffVariables(
  context: ChangeContext,
  base: DashboardModel,
  head: DashboardModel,
): DashboardChange[] {
  const out: DashboardChange[] = [];
  const baseByName = new Map(base.variables.map((v) => [v.name, v]));
  const headNames = new Set(head.variables.map((v) => v.name));
  for (const variable of base.variables) {
    if (headNames.has(variable.name)) continue;
    out.push(
      makeChange(context, {
        area: 'variable',
        kind: 'removed',
        subject: variable.name,
        before: variable.type,
        line: lineAt(context, 'base', variable.source),
      }),
    );
  }
  // Variables are evaluated and shown in order (a chained variable after the one it reads), so
  // reordering them is a change: those outside the longest run that kept its order moved.
  const headIndex = new Map(head.variables.map((v, index) => [v.name, index]));
  const common = base.variables.filter((v) => headIndex.has(v.name));
  const kept = longestIncreasing(common.map((v) => headIndex.get(v.name) ?? 0));
  const moved = new Set(common.filter((_, index) => !kept.has(index)).map((v) => v.name));
  for (const variable of head.variables) {
    const old = baseByName.get(variable.name);
    if (old && moved.has(variable.name)) {
      out.push(
        makeChange(context, {
          area: 'variable',
          kind: 'moved',
          subject: variable.name,
          before: base.variables.indexOf(old) + 1,
          after: (headIndex.get(variable.name) ?? 0) + 1,
          line: lineAt(context, 'head', variable.source),
        }),
      );
    }
    if (!old) {
      out.push(
        makeChange(context, {
          area: 'variable',
          kind: 'added',
          subject: variable.name,
          after: variable.type,
          line: lineAt(context, 'head', variable.source),
        }),
      );
      continue;
    }
    if (old.type !== variable.type) {
      out.push(
        makeChange(context, {
          area: 'variable',
          kind: 'type-changed',
          subject: variable.name,
          field: 'type',
          before: old.type,
          after: variable.type,
          line: lineAt(context, 'head', [...variable.source, 'type']),
        }),
      );
    }
    for (const difference of withoutEchoedDefinition(diffFields(old.fields, variable.fields))) {
      const source = difference.side === 'head' ? variable.source : old.source;
      out.push(
        makeChange(context, {
          area: 'variable',
          kind: 'modified',
          subject: variable.name,
          field: difference.field,
          before: difference.before,
          after: difference.after,
          line: lineAt(context, difference.side, [...source, ...difference.sourcePath]),
        }),
      );
    }
  }
  return out;
}

/**
 * Query variables keep `definition`, the text the variable editor shows, beside the query itself;
 * Grafana rewrites both on every edit. A definition change that repeats the query's change is
 * one change, reported on the query.
 */
function withoutEchoedDefinition(differences: FieldDifference[]): FieldDifference[] {
  const queryChanges = differences.filter((d) => d.field === 'query' || d.field === 'query.query');
  return differences.filter(
    (d) =>
      d.field !== 'definition' ||
      !queryChanges.some((q) => jsonEqual(q.before, d.before) && jsonEqual(q.after, d.after)),
  );
}

function diffAnnotations(
  context: ChangeContext,
  base: DashboardModel,
  head: DashboardModel,
): DashboardChange[] {
  const out: DashboardChange[] = [];
  const baseByName = new Map(base.annotations.map((a) => [a.name, a]));
  const headNames = new Set(head.annotations.map((a) => a.name));
  for (const annotation of base.annotations) {
    if (headNames.has(annotation.name)) continue;
    out.push(
      makeChange(context, {
        area: 'annotation',
        kind: 'removed',
        subject: annotation.name,
        line: lineAt(context, 'base', annotation.source),
      }),
    );
  }
  for (const annotation of head.annotations) {
    const old = baseByName.get(annotation.name);
    if (!old) {
      out.push(
        makeChange(context, {
          area: 'annotation',
          kind: 'added',
          subject: annotation.name,
          line: lineAt(context, 'head', annotation.source),
        }),
      );
      continue;
    }
    for (const difference of diffFields(old.fields, annotation.fields)) {
      const source = difference.side === 'head' ? annotation.source : old.source;
      out.push(
        makeChange(context, {
          area: 'annotation',
          kind: 'modified',
          subject: annotation.name,
          field: difference.field,
          before: difference.before,
          after: difference.after,
          line: lineAt(context, difference.side, [...source, ...difference.sourcePath]),
        }),
      );
    }
  }
  return out;
}

/** Links matched by title (else URL); an item-level difference is a link added or removed. */
function diffLinks(
  context: ChangeContext,
  base: DashboardModel,
  head: DashboardModel,
): DashboardChange[] {
  return diffFields({ links: base.links }, { links: head.links }).map((difference) => {
    const item = /^links\[(.*)\]$/.exec(difference.field);
    const itemKey = item?.[1];
    const kind =
      itemKey === undefined
        ? 'modified'
        : difference.before === undefined
          ? 'added'
          : difference.after === undefined
            ? 'removed'
            : 'modified';
    const subject = itemKey ?? /^links\[(.*?)\]/.exec(difference.field)?.[1];
    return makeChange(context, {
      area: 'link',
      kind,
      subject,
      field: kind === 'modified' ? difference.field : undefined,
      before: difference.before,
      after: difference.after,
      line: lineAt(context, difference.side, difference.sourcePath),
    });
  });
}

/** Rows added, removed, renamed, moved, or with another repeat. */
export function diffRows(context: ChangeContext, rows: RowMatching): DashboardChange[] {
  const out: DashboardChange[] = [];
  for (const row of rows.removed) {
    out.push(
      makeChange(context, {
        area: 'row',
        kind: 'removed',
        subject: row.title,
        line: lineAt(context, 'base', row.source),
      }),
    );
  }
  for (const row of rows.added) {
    out.push(
      makeChange(context, {
        area: 'row',
        kind: 'added',
        subject: row.title,
        line: lineAt(context, 'head', row.source),
      }),
    );
  }
  const moved = movedRows(rows);
  const headOrder = new Map(context.head.model.rows.map((row, index) => [row, index]));
  const pairs = [...rows.pairs].sort(
    (a, b) => (headOrder.get(a.head) ?? 0) - (headOrder.get(b.head) ?? 0),
  );
  for (const pair of pairs) {
    const { base, head } = pair;
    const line = lineAt(context, 'head', head.source);
    if (base.title !== head.title) {
      out.push(
        makeChange(context, {
          area: 'row',
          kind: 'renamed',
          subject: head.title,
          field: 'title',
          before: base.title,
          after: head.title,
          line,
        }),
      );
    }
    if (moved.has(pair)) {
      out.push(makeChange(context, { area: 'row', kind: 'moved', subject: head.title, line }));
    }
    if (base.repeat !== head.repeat) {
      out.push(
        makeChange(context, {
          area: 'row',
          kind: 'modified',
          subject: head.title,
          field: 'repeat',
          before: base.repeat,
          after: head.repeat,
          line,
        }),
      );
    }
  }
  return out;
}

/**
 * Rows whose order among the paired rows changed: those outside the longest run that kept its
 * order (longest increasing subsequence, O(r log r)).
 */
function movedRows(rows: RowMatching): Set<RowMatching['pairs'][number]> {
  const byBase = [...rows.pairs].sort((a, b) => a.base.y - b.base.y);
  const headY = byBase.map((pair) => pair.head.y);
  const keep = longestIncreasing(headY);
  return new Set(byBase.filter((_, index) => !keep.has(index)));
}

function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  values.forEach((value, index) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const tail = tails[mid];
      if (tail !== undefined && (values[tail] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    previous[index] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = index;
  });
  const keep = new Set<number>();
  let at = tails[tails.length - 1] ?? -1;
  while (at >= 0) {
    keep.add(at);
    at = previous[at] ?? -1;
  }
  return keep;
}

/** View-state changes: time range, refresh, selected variable values, collapsed rows. */
export function diffView(context: ChangeContext, rows: RowMatching): DashboardChange[] {
  const base = context.base.model.view;
  const head = context.head.model.view;
  const out: DashboardChange[] = [];
  const view = (subject: string, before: unknown, after: unknown, path: JsonPath): void => {
    if (jsonEqual(before, after)) return;
    out.push(
      makeChange(context, {
        area: 'view',
        kind: 'modified',
        subject,
        before,
        after,
        line: lineAt(context, 'head', path),
      }),
    );
  };
  view('time range', base.time, head.time, ['time']);
  view('refresh', base.refresh, head.refresh, ['refresh']);
  const headVariables = new Map(context.head.model.variables.map((v) => [v.name, v]));
  const names = [...new Set([...Object.keys(base.selected), ...Object.keys(head.selected)])];
  for (const name of names) {
    // A variable added or removed is reported as such; its selection is part of that.
    if (!(name in base.selected) || !(name in head.selected)) continue;
    const variable = headVariables.get(name);
    view(
      `variable ${name}`,
      base.selected[name],
      head.selected[name],
      variable ? [...variable.source, 'current'] : ['templating'],
    );
  }
  const headRows = new Map(context.head.model.rows.map((row) => [row.key, row]));
  for (const [baseKey, collapsed] of Object.entries(base.collapsed)) {
    const headKey = rows.headKeyOf.get(baseKey);
    const now = headKey === undefined ? undefined : head.collapsed[headKey];
    if (now === undefined || now === collapsed) continue;
    const row = headKey === undefined ? undefined : headRows.get(headKey);
    view(
      `row ${row?.title ?? headKey ?? baseKey} collapsed`,
      collapsed,
      now,
      row ? [...row.source, 'collapsed'] : [],
    );
  }
  return out;
}
