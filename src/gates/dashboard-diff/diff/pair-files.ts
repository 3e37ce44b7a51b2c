/**
 * Diffs the dashboards of two versions of one file: a file may hold several (a ConfigMap list,
 * multi-document YAML), so they are paired by uid, else title, else location in the file, each
 * normalised, then diffed; a dashboard on one side only is added or removed.
 */
import { normalizeDashboard } from '../model/index.js';
import type { DashboardDiff, DashboardSide, LoadedDashboard, LoadedFile } from '../types.js';
import { diffDashboards } from './diff-dashboards.js';

/** A dashboard and its counterpart on the other side; one of the two may be missing. */
export interface DashboardPair {
  base?: DashboardSide;
  head?: DashboardSide;
}

/**
 * Pairs the dashboards of two versions of one file: by uid, else title, else location in the
 * file; a file holding a single dashboard on both sides holds the same dashboard, whatever
 * changed. Head order first, then the base dashboards left over (removed).
 */
export function pairDashboards(
  baseSides: readonly DashboardSide[],
  headSides: readonly DashboardSide[],
): DashboardPair[] {
  const free = new Set(baseSides);
  const counterpart = new Map<DashboardSide, DashboardSide>();
  const keys: ((side: DashboardSide) => string | undefined)[] = [
    (side) => side.model.uid,
    (side) => side.model.title,
    (side) => side.loaded.location,
  ];
  for (const keyOf of keys) {
    const byKey = new Map<string, DashboardSide | null>();
    for (const side of free) {
      const key = keyOf(side);
      if (key !== undefined && key !== '') byKey.set(key, byKey.has(key) ? null : side);
    }
    for (const side of headSides) {
      if (counterpart.has(side)) continue;
      const key = keyOf(side);
      const match = key === undefined ? undefined : byKey.get(key);
      if (match && free.has(match)) {
        counterpart.set(side, match);
        free.delete(match);
      }
    }
  }
  const onlyBase = baseSides[0];
  const onlyHead = headSides[0];
  if (
    baseSides.length === 1 &&
    headSides.length === 1 &&
    onlyBase &&
    onlyHead &&
    free.has(onlyBase)
  ) {
    counterpart.set(onlyHead, onlyBase);
    free.delete(onlyBase);
  }
  const pairs: DashboardPair[] = headSides.map((head) => {
    const base = counterpart.get(head);
    return base === undefined ? { head } : { base, head };
  });
  for (const base of baseSides) if (free.has(base)) pairs.push({ base });
  return pairs;
}

/**
 * One diff per dashboard present on either side, in head order, then the removed ones. Either
 * file may be undefined (the file was added or deleted). `baseFile` is set on each diff when the
 * files' paths differ (renamed or moved file).
 */
export function diffDashboardFiles(
  base: LoadedFile | undefined,
  head: LoadedFile | undefined,
): DashboardDiff[] {
  const pairs = pairDashboards(
    (base?.dashboards ?? []).map(dashboardSide),
    (head?.dashboards ?? []).map(dashboardSide),
  );
  return diffPairs(pairs, base?.file, head?.file);
}

/** The diffs of paired dashboards; `baseFile` is set when the two files' paths differ. */
export function diffPairs(
  pairs: readonly DashboardPair[],
  baseFile: string | undefined,
  headFile: string | undefined,
): DashboardDiff[] {
  const diffs = pairs.map((pair) => diffDashboards(pair.base, pair.head));
  if (baseFile !== undefined && headFile !== undefined && baseFile !== headFile) {
    for (const diff of diffs) diff.baseFile = baseFile;
  }
  return diffs;
}

/** A loaded dashboard with its normalised model. */
export function dashboardSide(loaded: LoadedDashboard): DashboardSide {
  return { loaded, model: normalizeDashboard(loaded) };
}
