/**
 * Fitting a Markdown report into a hard length limit by leaving out whole items (table rows,
 * findings, charts, notes), least important first, each part saying what it left out. Text is
 * never cut, so every `<details>`, code fence and table stays balanced.
 */
import type { Table } from '../verdict/types.js';

/** A part of a report that can show fewer of its items. */
export interface ShrinkablePart {
  /** Number of items shown when nothing needs to give way. */
  size: number;
  /**
   * The part showing its first `kept` items (0 ≤ kept ≤ size) and, when some were left out, a
   * line saying how many. An empty string leaves the part out.
   */
  render(kept: number): string;
}

/** A report as the fitter sees it. */
export interface FittableReport {
  /** Parts in display order: fixed text, or parts that can shrink. */
  parts: Array<string | ShrinkablePart>;
  /** The shrinkable parts in the order they give way, first to go first. */
  dropOrder: ShrinkablePart[];
}

/** What the fitter is given. */
export interface FitRequest {
  /** The report with nothing left out and the layout of its full form. */
  full: FittableReport;
  /**
   * The same report laid out for shrinking (e.g. every table collapsed), tried when the full one
   * is too long; defaults to `full`.
   */
  degraded?: FittableReport;
  /** Last resort when nothing else fits: a short report that points elsewhere. */
  minimal: string;
  /** The limit, in the unit `measure` counts. */
  limit: number;
  /** Length of a text (UTF-16 code units, or UTF-8 bytes for the job summary). */
  measure: (text: string) => number;
  /** Name of the calling function, for the error when even `minimal` is too long. */
  caller: string;
}

/** Separator between parts: a blank line, so each part is its own Markdown block. */
const SEPARATOR = '\n\n';

function assemble(rendered: readonly string[]): string {
  return rendered.filter((text) => text !== '').join(SEPARATOR) + '\n';
}

/**
 * Returns the full report when it fits; otherwise the degraded layout with, for each part in
 * drop order, the largest number of items that fits (found by bisection, as a part's length
 * grows with the items it keeps); otherwise the minimal report.
 *
 * @throws Error (message starting with `caller`) when even the minimal report exceeds the limit.
 */
export function fitMarkdown(request: FitRequest): string {
  const { measure, limit } = request;
  const full = assemble(
    request.full.parts.map((part) => (typeof part === 'string' ? part : part.render(part.size))),
  );
  if (measure(full) <= limit) return full;

  const report = request.degraded ?? request.full;
  const kept = new Map<ShrinkablePart, number>();
  const render = (part: string | ShrinkablePart): string =>
    typeof part === 'string' ? part : part.render(kept.get(part) ?? part.size);
  const rendered = report.parts.map(render);
  // Joined length = sum of the non-empty parts + one separator between each pair (the unit of
  // `measure` is additive over concatenation since parts never split a character).
  const lengths = rendered.map((text) => measure(text));
  const total = (): number => {
    let sum = 1; // trailing newline
    let count = 0;
    lengths.forEach((length, index) => {
      if (rendered[index] === '') return;
      sum += length;
      count += 1;
    });
    return sum + Math.max(0, count - 1) * SEPARATOR.length;
  };
  if (total() <= limit) return assemble(rendered);

  for (const part of report.dropOrder) {
    const index = report.parts.indexOf(part);
    if (index < 0) continue;
    const fitsWith = (count: number): boolean => {
      const text = part.render(count);
      const previousText = rendered[index] ?? '';
      const previousLength = lengths[index] ?? 0;
      rendered[index] = text;
      lengths[index] = measure(text);
      const fits = total() <= limit;
      rendered[index] = previousText;
      lengths[index] = previousLength;
      return fits;
    };
    // Showing every item already failed; find the most items, below that, that fit.
    let best = 0;
    if (part.size > 0 && fitsWith(0)) {
      let low = 0; // fits
      let high = part.size - 1;
      while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (fitsWith(middle)) low = middle;
        else high = middle - 1;
      }
      best = low;
    }
    kept.set(part, Math.min(best, part.size));
    rendered[index] = render(part);
    lengths[index] = measure(rendered[index]);
    if (total() <= limit) return assemble(rendered);
  }

  const minimal = request.minimal.endsWith('\n') ? request.minimal : request.minimal + '\n';
  if (measure(minimal) <= limit) return minimal;
  throw new Error(
    `${request.caller}: the limit of ${limit} is too small for even the shortest report (${measure(minimal)})`,
  );
}

/**
 * Orders shrinkable parts for dropping: tables with a positive `dropPriority` first (highest
 * first, later tables before earlier ones on a tie), then `middle` (charts), then the remaining
 * tables the same way, then `last` (findings, then notes: what the reader must act on goes
 * last).
 */
export function dropOrderFor(
  tables: ReadonlyArray<{ table: Table; part: ShrinkablePart }>,
  middle: readonly ShrinkablePart[],
  last: readonly ShrinkablePart[],
): ShrinkablePart[] {
  const ranked = tables
    .map((entry, index) => ({ ...entry, index, priority: entry.table.dropPriority ?? 0 }))
    .sort((a, b) => b.priority - a.priority || b.index - a.index);
  return [
    ...ranked.filter((entry) => entry.priority > 0).map((entry) => entry.part),
    ...middle,
    ...ranked.filter((entry) => entry.priority <= 0).map((entry) => entry.part),
    ...last,
  ];
}
