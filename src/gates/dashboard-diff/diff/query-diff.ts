/**
 * Changes to the queries of one panel: matched by `refId`; queries left over whose text is the
 * same, then whose text is similar, are one query whose refId was renamed (Grafana editors rename
 * refIds freely, often while editing the query); the rest are added or removed. A changed text carries a unified diff, unless the texts are the
 * same query written differently, which is noise.
 */
import { createPatch } from 'diff';
import { distance } from 'fastest-levenshtein';
import { equivalentQueries } from '../query/equivalent.js';
import type { DatasourceRef, QueryModel } from '../types.js';
import { diffFields, type FieldDifference } from './field-diff.js';
import { isQueryDefault } from './plugin-defaults.js';
import { jsonEqual } from './values.js';

/** A query-level change before the caller adds dashboard, panel, file and line. */
export interface QueryChange {
  kind: 'added' | 'removed' | 'modified' | 'renamed';
  /** The refId (head side, base when removed). */
  subject: string;
  field?: string;
  before?: unknown;
  after?: unknown;
  textDiff?: string;
  /** The query the change is about, and the side it is on, for the line. */
  query: QueryModel;
  side: 'base' | 'head';
  /** Path inside the query, for the line of a field. */
  sourcePath: readonly (string | number)[];
}

/** Outcome of {@link diffQueries}: changes plus what was hidden as noise. */
export interface QueryDiff {
  changes: QueryChange[];
  /** Query texts equal but for formatting. */
  formattingOnly: number;
  /** Keys one side lacks and the other holds at the editor's default. */
  defaults: number;
}

/**
 * Query changes between `before` and `after`; `panelDatasource` is the panel's own datasource
 * change, if any, so queries that merely inherit it do not repeat it.
 */
export function diffQueries(
  before: readonly QueryModel[],
  after: readonly QueryModel[],
  panelDatasource?: { before?: DatasourceRef; after?: DatasourceRef },
): QueryDiff {
  const changes: QueryChange[] = [];
  let formattingOnly = 0;
  let defaults = 0;
  const baseByRef = new Map(before.map((q) => [q.refId, q]));
  const headRefs = new Set(after.map((q) => q.refId));
  const pairs: { base: QueryModel; head: QueryModel }[] = [];
  const added: QueryModel[] = [];
  for (const head of after) {
    const base = baseByRef.get(head.refId);
    if (base) pairs.push({ base, head });
    else added.push(head);
  }
  const removed = before.filter((q) => !headRefs.has(q.refId));
  const renamed = (base: QueryModel, head: QueryModel): void => {
    changes.push({
      kind: 'renamed',
      subject: head.refId,
      field: 'refId',
      before: base.refId,
      after: head.refId,
      query: head,
      side: 'head',
      sourcePath: ['refId'],
    });
    pairs.push({ base, head });
  };
  // Leftovers with the same text: the refId was renamed.
  for (const head of [...added]) {
    const index = removed.findIndex((base) => sameText(base, head));
    const base = removed[index];
    if (index < 0 || !base) continue;
    removed.splice(index, 1);
    added.splice(added.indexOf(head), 1);
    renamed(base, head);
  }
  // Leftovers with similar text: renamed and edited in the same commit.
  for (const { base, head } of pairSimilar(removed, added)) {
    removed.splice(removed.indexOf(base), 1);
    added.splice(added.indexOf(head), 1);
    renamed(base, head);
  }
  for (const base of removed) {
    changes.push({
      kind: 'removed',
      subject: base.refId,
      ...(base.expr === undefined ? {} : { before: base.expr }),
      query: base,
      side: 'base',
      sourcePath: [],
    });
  }
  for (const head of added) {
    changes.push({
      kind: 'added',
      subject: head.refId,
      ...(head.expr === undefined ? {} : { after: head.expr }),
      query: head,
      side: 'head',
      sourcePath: [],
    });
  }
  for (const { base, head } of pairs) {
    const result = diffQuery(base, head, panelDatasource);
    changes.push(...result.changes);
    formattingOnly += result.formattingOnly;
    defaults += result.defaults;
  }
  // Reading order: the head's query order, removed queries where they were.
  const order = new Map(after.map((q, index) => [q, index]));
  const baseOrder = new Map(before.map((q, index) => [q, index]));
  const rank = (c: QueryChange): number =>
    c.side === 'head' ? (order.get(c.query) ?? 0) : (baseOrder.get(c.query) ?? 0) - 0.5;
  changes.sort((a, b) => rank(a) - rank(b));
  return { changes, formattingOnly, defaults };
}

function diffQuery(
  base: QueryModel,
  head: QueryModel,
  panelDatasource?: { before?: DatasourceRef; after?: DatasourceRef },
): QueryDiff {
  const changes: QueryChange[] = [];
  let formattingOnly = 0;
  let defaults = 0;
  const at = { subject: head.refId, query: head, side: 'head' as const };
  if (base.expr !== head.expr) {
    const field = head.exprField ?? base.exprField ?? 'expr';
    if (
      base.expr !== undefined &&
      head.expr !== undefined &&
      equivalentQueries(base.expr, head.expr, head.datasource?.type)
    ) {
      formattingOnly += 1;
    } else {
      changes.push({
        kind: 'modified',
        ...at,
        field,
        ...(base.expr === undefined ? {} : { before: base.expr }),
        ...(head.expr === undefined ? {} : { after: head.expr }),
        textDiff: unifiedDiff(base.expr ?? '', head.expr ?? ''),
        sourcePath: [field],
      });
    }
  }
  const inheritedChange =
    panelDatasource !== undefined &&
    jsonEqual(base.datasource, panelDatasource.before) &&
    jsonEqual(head.datasource, panelDatasource.after);
  if (!jsonEqual(base.datasource, head.datasource) && !inheritedChange) {
    changes.push({
      kind: 'modified',
      ...at,
      field: 'datasource',
      ...(base.datasource === undefined ? {} : { before: base.datasource }),
      ...(head.datasource === undefined ? {} : { after: head.datasource }),
      sourcePath: ['datasource'],
    });
  }
  if (base.hidden !== head.hidden) {
    changes.push({
      kind: 'modified',
      ...at,
      field: 'hide',
      before: base.hidden,
      after: head.hidden,
      sourcePath: ['hide'],
    });
  }
  for (const difference of diffFields(base.fields, head.fields)) {
    if (isDefaultOnOneSide(difference, base, head)) {
      defaults += 1;
      continue;
    }
    const onBase = difference.side === 'base';
    changes.push({
      kind: 'modified',
      subject: head.refId,
      field: difference.field,
      ...(difference.before === undefined ? {} : { before: difference.before }),
      ...(difference.after === undefined ? {} : { after: difference.after }),
      query: onBase ? base : head,
      side: difference.side,
      sourcePath: difference.sourcePath,
    });
  }
  return { changes, formattingOnly, defaults };
}

/** A key one side lacks whose value on the other is what the query editor fills in. */
function isDefaultOnOneSide(
  difference: FieldDifference,
  base: QueryModel,
  head: QueryModel,
): boolean {
  const key = difference.sourcePath.length === 1 ? difference.sourcePath[0] : undefined;
  if (typeof key !== 'string') return false;
  if (difference.before === undefined)
    return isQueryDefault(head.datasource?.type, key, difference.after, head);
  if (difference.after === undefined)
    return isQueryDefault(base.datasource?.type, key, difference.before, base);
  return false;
}

/** Below this similarity (0–1) two query texts are different queries. */
const MIN_QUERY_SIMILARITY = 0.6;

/** Best-first pairs of removed and added queries whose texts are similar (few queries: all pairs). */
function pairSimilar(
  removed: readonly QueryModel[],
  added: readonly QueryModel[],
): { base: QueryModel; head: QueryModel }[] {
  const scored: { base: QueryModel; head: QueryModel; score: number }[] = [];
  for (const base of removed) {
    for (const head of added) {
      if (base.expr === undefined || head.expr === undefined) continue;
      const longest = Math.max(base.expr.length, head.expr.length);
      const score = longest === 0 ? 1 : 1 - distance(base.expr, head.expr) / longest;
      if (score >= MIN_QUERY_SIMILARITY) scored.push({ base, head, score });
    }
  }
  scored.sort((a, b) => b.score - a.score);
  const used = new Set<QueryModel>();
  const out: { base: QueryModel; head: QueryModel }[] = [];
  for (const candidate of scored) {
    if (used.has(candidate.base) || used.has(candidate.head)) continue;
    used.add(candidate.base);
    used.add(candidate.head);
    out.push(candidate);
  }
  return out;
}

function sameText(a: QueryModel, b: QueryModel): boolean {
  if (a.expr === undefined || b.expr === undefined) return jsonEqual(a.fields, b.fields);
  return a.expr === b.expr || equivalentQueries(a.expr, b.expr, b.datasource?.type);
}

/** A unified diff of two query texts, without file headers (the report names the query). */
export function unifiedDiff(before: string, after: string): string {
  const patch = createPatch('query', ensureNewline(before), ensureNewline(after), '', '', {
    context: 3,
    headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: false },
  });
  return patch.trimEnd();
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}
