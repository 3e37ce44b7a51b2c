/**
 * Pairs the panels of two versions of a dashboard, so that renumbered ids, duplicate titles and
 * moved panels never show up as a removed and an added panel.
 *
 * Stages, each on what the previous ones left unpaired:
 * 1. same id and identical content (everything but id and position), then identical content
 *    alone when it is unique on both sides (ids renumbered);
 * 2. same id and same title;
 * 3. same row and title, when unique on both sides;
 * 4. same title, when unique on both sides (a panel moved to another row);
 * 4b. same title repeated as often on both sides: the k-th with the k-th, in reading order;
 * 5. same id, when the content is still similar (a panel renamed in place);
 * 6. the most similar remaining pair (Levenshtein over a summary of the panel), within a bounded
 *    window of candidates so the cost stays near-linear on dashboards of hundreds of panels.
 */
import { distance } from 'fastest-levenshtein';
import type { PanelModel } from '../types.js';
import { canonicalJson, jsonEqual } from './values.js';

/** A base panel and the head panel it became. */
export interface PanelPair {
  base: PanelModel;
  head: PanelModel;
}

/** Result of {@link matchPanels}. */
export interface PanelMatching {
  pairs: PanelPair[];
  /** Base panels with no counterpart (removed). */
  removed: PanelModel[];
  /** Head panels with no counterpart (added). */
  added: PanelModel[];
}

/** Below this similarity (0–1) two panels are different panels, not one panel edited. */
const MIN_SIMILARITY = 0.5;
/** How many unpaired head panels, nearest in reading order, each base panel is compared with. */
const CANDIDATE_WINDOW = 30;
/** Summaries are cut to this length: enough to tell panels apart, bounded cost per comparison. */
const SUMMARY_LENGTH = 400;

/** Pairs base and head panels; each panel is in exactly one pair or one of the two lists. */
export function matchPanels(
  base: readonly PanelModel[],
  head: readonly PanelModel[],
): PanelMatching {
  const pairs: PanelPair[] = [];
  const freeBase = new Set(base);
  const freeHead = new Set(head);
  const pair = (b: PanelModel, h: PanelModel): void => {
    pairs.push({ base: b, head: h });
    freeBase.delete(b);
    freeHead.delete(h);
  };

  // Same id and same content: most panels of most diffs, found without building fingerprints.
  const headById = uniqueBy(freeHead, (p) => (p.id === undefined ? undefined : String(p.id)));
  for (const [id, b] of uniqueBy(freeBase, (p) =>
    p.id === undefined ? undefined : String(p.id),
  )) {
    const h = headById.get(id);
    if (b && h && jsonEqual(contentObject(b), contentObject(h))) pair(b, h);
  }
  pairUnique(freeBase, freeHead, (p) => canonicalJson(contentObject(p)), pair);
  pairUnique(
    freeBase,
    freeHead,
    (p) => (p.id === undefined ? undefined : `${p.id}\u0000${p.title}`),
    pair,
  );
  pairUnique(freeBase, freeHead, (p) => `${p.row ?? ''}\u0000${p.title}`, pair);
  pairUnique(freeBase, freeHead, (p) => (p.title === '' ? undefined : p.title), pair);
  pairByOccurrence(base, head, freeBase, freeHead, pair);
  const freeHeadById = new Map<number, PanelModel>();
  for (const h of freeHead) if (h.id !== undefined) freeHeadById.set(h.id, h);
  for (const b of [...freeBase]) {
    const h = b.id === undefined ? undefined : freeHeadById.get(b.id);
    if (h && freeHead.has(h) && similarity(summaryOf(b), summaryOf(h)) >= MIN_SIMILARITY)
      pair(b, h);
  }
  pairSimilar(base, head, freeBase, freeHead, pair);

  return {
    pairs,
    removed: base.filter((p) => freeBase.has(p)),
    added: head.filter((p) => freeHead.has(p)),
  };
}

/**
 * Titles repeated among the free panels (a "CPU" panel per node row): when a title occurs as
 * often on both sides, the k-th occurrence in reading order pairs with the k-th.
 */
function pairByOccurrence(
  base: readonly PanelModel[],
  head: readonly PanelModel[],
  freeBase: Set<PanelModel>,
  freeHead: Set<PanelModel>,
  pair: (b: PanelModel, h: PanelModel) => void,
): void {
  const group = (
    panels: readonly PanelModel[],
    free: Set<PanelModel>,
  ): Map<string, PanelModel[]> => {
    const map = new Map<string, PanelModel[]>();
    for (const panel of panels) {
      if (!free.has(panel) || panel.title === '') continue;
      const list = map.get(panel.title) ?? [];
      list.push(panel);
      map.set(panel.title, list);
    }
    return map;
  };
  const headGroups = group(head, freeHead);
  for (const [title, bases] of group(base, freeBase)) {
    const heads = headGroups.get(title);
    if (!heads || heads.length !== bases.length) continue;
    bases.forEach((b, index) => {
      const h = heads[index];
      if (h) pair(b, h);
    });
  }
}

/** Pairs panels whose `keyOf` is the same and occurs once among the free panels of each side. */
function pairUnique(
  freeBase: Set<PanelModel>,
  freeHead: Set<PanelModel>,
  keyOf: (panel: PanelModel) => string | undefined,
  pair: (b: PanelModel, h: PanelModel) => void,
): void {
  const baseByKey = uniqueBy(freeBase, keyOf);
  const headByKey = uniqueBy(freeHead, keyOf);
  for (const [key, b] of baseByKey) {
    const h = headByKey.get(key);
    if (b && h) pair(b, h);
  }
}

/** Key → the one panel with it, or null when several share it. */
function uniqueBy(
  panels: Iterable<PanelModel>,
  keyOf: (panel: PanelModel) => string | undefined,
): Map<string, PanelModel | null> {
  const map = new Map<string, PanelModel | null>();
  for (const panel of panels) {
    const key = keyOf(panel);
    if (key === undefined) continue;
    map.set(key, map.has(key) ? null : panel);
  }
  return map;
}

/**
 * Greedy best-first pairing of what is left: candidates are scored within a window of reading
 * order (a base panel is compared with at most {@link CANDIDATE_WINDOW} head panels), best pairs
 * taken first, each panel used once.
 */
function pairSimilar(
  base: readonly PanelModel[],
  head: readonly PanelModel[],
  freeBase: Set<PanelModel>,
  freeHead: Set<PanelModel>,
  pair: (b: PanelModel, h: PanelModel) => void,
): void {
  const bases = base.filter((p) => freeBase.has(p));
  const heads = head.filter((p) => freeHead.has(p));
  if (bases.length === 0 || heads.length === 0) return;
  const headSummaries = heads.map(summaryOf);
  const candidates: { b: PanelModel; h: PanelModel; score: number; order: number }[] = [];
  bases.forEach((b, index) => {
    const summary = summaryOf(b);
    // Reading order is preserved by most edits, so the counterpart is near the same relative place.
    const centre = Math.round((index / Math.max(1, bases.length - 1)) * (heads.length - 1));
    const from = Math.max(0, centre - CANDIDATE_WINDOW / 2);
    const to = Math.min(heads.length, from + CANDIDATE_WINDOW);
    for (let j = from; j < to; j += 1) {
      const h = heads[j];
      const headSummary = headSummaries[j];
      if (h === undefined || headSummary === undefined) continue;
      const sameType = b.type === h.type ? 0.05 : 0;
      const score = similarity(summary, headSummary) + sameType;
      if (score >= MIN_SIMILARITY) candidates.push({ b, h, score, order: Math.abs(j - centre) });
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.order - y.order);
  for (const { b, h } of candidates) {
    if (freeBase.has(b) && freeHead.has(h)) pair(b, h);
  }
}

/** What a panel shows, without its id, position and row: equal for a panel only moved. */
function contentObject(panel: PanelModel): Record<string, unknown> {
  return {
    title: panel.title,
    type: panel.type,
    datasource: panel.datasource,
    queries: panel.queries.map((q) => ({ ...q, source: undefined })),
    repeat: panel.repeat,
    libraryPanel: panel.libraryPanel,
    fields: panel.fields,
  };
}

/** A short text standing for the panel: title, type, query texts, then the rest. */
function summaryOf(panel: PanelModel): string {
  const queries = panel.queries.map((q) => q.expr ?? canonicalJson(q.fields)).join('\n');
  return `${panel.title}\n${panel.type}\n${queries}\n${canonicalJson(panel.fields)}`.slice(
    0,
    SUMMARY_LENGTH,
  );
}

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}
