import type { SeriesPoint, SoakSeries } from '../types.js';

/**
 * Fewest points a series needs to be kept: a trend needs at least three (Theil–Sen is defined
 * from two, but a Mann–Kendall test on fewer than three has no power at all).
 */
export const minSeriesPoints = 3;

/** What identifies a series: its name, unit and labels. */
export interface SeriesIdentity {
  name: string;
  unit?: string;
  labels?: Readonly<Record<string, string>>;
}

interface Building {
  identity: SeriesIdentity;
  points: SeriesPoint[];
  lastT: number;
  backwards: number;
  firstBackwardsAt?: string;
}

/** How {@link SeriesAccumulator.finish} treats points that arrived out of time order. */
export interface FinishOptions {
  /**
   * True when the format records samples in time order, so a step back in time is worth a note
   * (a clock change, two files concatenated); false where order carries no meaning (k6 writes
   * samples of many VUs in buffered batches), in which case points are sorted silently and
   * duplicate timestamps (two VUs in the same instant) are not noted either.
   */
  ordered: boolean;
}

/**
 * Collects points into series keyed by name and labels; {@link finish} sorts them by time and
 * turns what is odd about them into notes. Points are never silently dropped: non-finite values
 * and short series are counted in a note.
 */
export class SeriesAccumulator {
  private readonly building = new Map<string, Building>();
  private nonFinite = 0;
  private firstNonFiniteAt: string | undefined;

  /** Adds one point; `where` (`file:line`) locates it for notes. */
  add(identity: SeriesIdentity, t: number, v: number, where: string): void {
    if (!Number.isFinite(v)) {
      this.nonFinite++;
      this.firstNonFiniteAt ??= where;
      return;
    }
    const key = seriesKey(identity);
    let series = this.building.get(key);
    if (!series) {
      series = { identity, points: [], lastT: -Infinity, backwards: 0 };
      this.building.set(key, series);
    }
    if (t < series.lastT) {
      series.backwards++;
      series.firstBackwardsAt ??= where;
    } else {
      series.lastT = t;
    }
    series.points.push({ t, v });
  }

  /** The series sorted by time, and the notes about them appended to `notes`. */
  finish(options: FinishOptions, notes: string[]): SoakSeries[] {
    if (this.nonFinite > 0) {
      notes.push(
        `${this.nonFinite} point(s) with a NaN or infinite value dropped (first at ${this.firstNonFiniteAt ?? '?'})`,
      );
    }
    const result: SoakSeries[] = [];
    for (const series of this.building.values()) {
      const label = describeSeries(series.identity);
      if (options.ordered && series.backwards > 0) {
        notes.push(
          `${label}: the clock goes backwards ${series.backwards} time(s) (first at ${series.firstBackwardsAt ?? '?'}); points sorted by time`,
        );
      }
      // Array.prototype.sort is stable (ES2019), so tied points keep their input order.
      const points = series.backwards > 0 ? series.points.sort((a, b) => a.t - b.t) : series.points;
      let duplicates = 0;
      for (let i = 1; i < points.length; i++) {
        if (points[i]?.t === points[i - 1]?.t) duplicates++;
      }
      if (duplicates > 0 && options.ordered) {
        notes.push(`${label}: ${duplicates} duplicate timestamp(s); all points kept`);
      }
      if (points.length < minSeriesPoints) {
        notes.push(
          `${label}: dropped, ${points.length} point(s) (a trend needs at least ${minSeriesPoints})`,
        );
        continue;
      }
      result.push({ ...series.identity, points });
    }
    return result.sort(compareSeries);
  }
}

/** `name{a="1",b="2"}`, the way the series is named in notes. */
export function describeSeries(identity: SeriesIdentity): string {
  const labels = Object.entries(identity.labels ?? {});
  if (labels.length === 0) return identity.name;
  return `${identity.name}{${labels.map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}}`;
}

function seriesKey(identity: SeriesIdentity): string {
  const labels = Object.entries(identity.labels ?? {}).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return JSON.stringify([identity.name, labels]);
}

function compareSeries(a: SoakSeries, b: SoakSeries): number {
  const ka = seriesKey(a);
  const kb = seriesKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
