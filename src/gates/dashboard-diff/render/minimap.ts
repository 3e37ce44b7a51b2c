/**
 * The layout picture: the 24-column grid before and after, side by side, as text for a code
 * block, so a reviewer sees a reshuffle at a glance. Pure.
 *
 * One character per grid column; one text line per `scale` grid rows, the scale chosen so the
 * taller map stays within a height cap. Each panel is drawn with the fill character of its status
 * and its letter at the start of every one of its lines (so stacked and side-by-side panels stay
 * apart); the same panel has the same letter on both maps, and a legend maps letters to titles.
 */
import stringWidth from 'string-width';
import { fitWidth } from '../../../report/console.js';
import { sanitizeText } from '../../../report/text.js';
import type { GridBox, LayoutBox } from '../types.js';

/** Grafana's grid is 24 columns wide. */
export const GRID_COLUMNS = 24;

/** Fill character per status; removed panels appear on the before map only. */
export const STATUS_FILL: Readonly<Record<LayoutBox['status'], string>> = {
  unchanged: '.',
  added: '+',
  modified: '~',
  moved: '>',
  removed: '-',
};

/** Statuses in the order the key lists them. */
const STATUS_ORDER: readonly LayoutBox['status'][] = [
  'unchanged',
  'added',
  'modified',
  'moved',
  'removed',
];

/** The letters panels are named by, in order: 62 in all. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Width of one of the legend's two columns: long titles stay readable, a line stays under 80. */
const LEGEND_COLUMN_WIDTH = 38;

/** Space between the two maps. */
const GAP = '   ';

/**
 * At least this many grid rows per text line: a grid row (30 px) is much lower than a column is
 * wide (1/24 of the screen), so one row per line would draw panels four times too tall.
 */
const MIN_SCALE = 2;

/** Most map lines by default: a screenful beside the change list. */
export const DEFAULT_MAX_LINES = 40;

/** Options of {@link renderMinimap}. */
export interface MinimapOptions {
  /** Most text lines per map (the scale grows to keep within it). Default {@link DEFAULT_MAX_LINES}. */
  maxLines?: number;
}

/** A box clamped to the grid: whole numbers, at least one unit, nothing past column 24. */
function clampGrid(grid: GridBox): GridBox {
  const whole = (value: number, min: number): number =>
    Number.isFinite(value) ? Math.max(min, Math.floor(value)) : min;
  const x = Math.min(whole(grid.x, 0), GRID_COLUMNS - 1);
  const w = Math.min(whole(grid.w, 1), GRID_COLUMNS - x);
  return { x, y: whole(grid.y, 0), w, h: whole(grid.h, 1) };
}

/** Reading order: top to bottom, then left to right. */
const byPlace = (a: LayoutBox, b: LayoutBox): number => a.grid.y - b.grid.y || a.grid.x - b.grid.x;

/**
 * A letter per panel key, shared by both maps: the after map's panels in reading order, then the
 * removed ones. With more panels than letters, the changed panels are lettered first.
 */
export function assignLetters(
  before: readonly LayoutBox[],
  after: readonly LayoutBox[],
): Map<string, string> {
  const ordered: LayoutBox[] = [];
  const seen = new Set<string>();
  for (const box of [...[...after].sort(byPlace), ...[...before].sort(byPlace)]) {
    if (seen.has(box.key)) continue;
    seen.add(box.key);
    ordered.push(box);
  }
  const changed = new Set(
    [...before, ...after].filter((box) => box.status !== 'unchanged').map((box) => box.key),
  );
  const chosen =
    ordered.length <= LETTERS.length
      ? ordered
      : [
          ...ordered.filter((box) => changed.has(box.key)),
          ...ordered.filter((box) => !changed.has(box.key)),
        ]
          .slice(0, LETTERS.length)
          .sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b));
  return new Map(chosen.map((box, index) => [box.key, LETTERS[index] ?? '?']));
}

/**
 * Where each grid row starts on the map: a function from grid y to text line, and the number of
 * lines. Every stretch between two panel edges that a panel covers gets at least one line, so a
 * short panel (a stat) is never hidden by its neighbour, and an empty one none; then one line per `scale` rows, the
 * smallest scale (at least {@link MIN_SCALE}) that keeps within `maxLines`. When even one line
 * per stretch is too many, rows are mapped evenly and small panels may share a line.
 */
function verticalScale(
  boxes: readonly GridBox[],
  maxLines: number,
): { lineOf: (y: number) => number; lines: number; scale: number } {
  const edges = [...new Set(boxes.flatMap((grid) => [grid.y, grid.y + grid.h]))].sort(
    (a, b) => a - b,
  );
  const height = Math.max(1, ...edges);
  const stretches = edges.slice(1).map((edge, index) => ({
    from: edges[index] ?? 0,
    length: edge - (edges[index] ?? 0),
  }));
  // A stretch no panel covers (under a row header, which the map does not draw) gets no line.
  const covered = stretches.map((stretch) =>
    boxes.some((grid) => grid.y <= stretch.from && grid.y + grid.h > stretch.from),
  );
  const linesAt = (scale: number): number[] =>
    stretches.map((stretch, index) =>
      covered[index] === true ? Math.max(1, Math.round(stretch.length / scale)) : 0,
    );
  const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
  if (stretches.length > 0 && covered.filter(Boolean).length <= maxLines) {
    let scale = MIN_SCALE;
    while (sum(linesAt(scale)) > maxLines) scale += 1;
    const counts = linesAt(scale);
    const starts = new Map<number, number>();
    let line = 0;
    stretches.forEach((stretch, index) => {
      starts.set(stretch.from, line);
      line += counts[index] ?? 1;
    });
    starts.set(height, line);
    return { lineOf: (y) => starts.get(y) ?? 0, lines: line, scale };
  }
  const scale = Math.max(MIN_SCALE, Math.ceil(height / maxLines));
  return {
    lineOf: (y) => Math.round(y / scale),
    lines: Math.max(1, Math.round(height / scale)),
    scale,
  };
}

/** One map as lines of exactly {@link GRID_COLUMNS} characters. */
function drawMap(
  boxes: readonly LayoutBox[],
  letters: ReadonlyMap<string, string>,
  lineOf: (y: number) => number,
  lines: number,
): string[] {
  const cells = Array.from({ length: lines }, () => Array<string>(GRID_COLUMNS).fill(' '));
  // Changed panels are drawn last, so where boxes overlap (a collapsed row's children, bad
  // input) the change is what shows.
  const ordered = [
    ...boxes.filter((box) => box.status === 'unchanged'),
    ...boxes.filter((box) => box.status !== 'unchanged'),
  ];
  for (const box of ordered) {
    const grid = clampGrid(box.grid);
    const top = lineOf(grid.y);
    const bottom = Math.max(top + 1, lineOf(grid.y + grid.h));
    const fill = STATUS_FILL[box.status];
    const letter = letters.get(box.key) ?? fill;
    for (let line = top; line < Math.min(bottom, lines); line += 1) {
      const row = cells[line];
      if (row === undefined) continue;
      for (let column = grid.x; column < grid.x + grid.w; column += 1) row[column] = fill;
      row[grid.x] = letter;
    }
  }
  return cells.map((row) => row.join(''));
}

/** Text padded with spaces to `width` display columns. */
function padTo(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/**
 * Draws the before and after layouts side by side, with a key to the fill characters and the
 * scale, and a legend of letters and panel titles (two to a line). Boxes off the grid are
 * clamped to it; titles lose control characters and are cut to fit their column. The result
 * is plain text for a code block, at most `maxLines` map lines plus the key and the legend
 * (at most 31 lines: 62 letters).
 *
 * @example renderMinimap({ before: [], after: [{ key: 'p', title: 'CPU', grid: { x: 0, y: 0, w: 24, h: 4 }, status: 'added' }] })
 * // 'before                     after\n                           A+++…'
 */
export function renderMinimap(
  layout: { before: readonly LayoutBox[]; after: readonly LayoutBox[] },
  options: MinimapOptions = {},
): string {
  const maxLines = Math.max(1, Math.floor(options.maxLines ?? DEFAULT_MAX_LINES));
  const grids = [...layout.before, ...layout.after].map((box) => clampGrid(box.grid));
  const { lineOf, lines, scale } = verticalScale(grids, maxLines);
  const letters = assignLetters(layout.before, layout.after);
  const before = drawMap(layout.before, letters, lineOf, lines);
  const after = drawMap(layout.after, letters, lineOf, lines);

  const out = [`${padTo('before', GRID_COLUMNS)}${GAP}after`];
  for (let line = 0; line < lines; line += 1) {
    out.push(`${before[line] ?? ''}${GAP}${after[line] ?? ''}`.trimEnd());
  }
  const fills = STATUS_ORDER.map((status) => `${STATUS_FILL[status]} ${status}`).join('  ');
  out.push('', fills, `1 line ≈ ${scale} grid rows`);

  const titles = new Map<string, string>();
  for (const box of [...layout.after, ...layout.before]) {
    if (!titles.has(box.key)) titles.set(box.key, box.title);
  }
  const entryWidth = LEGEND_COLUMN_WIDTH;
  const entries = [...letters].map(([key, letter]) => {
    const title = sanitizeText(titles.get(key) ?? '').trim() || '(untitled)';
    return `${letter} ${fitWidth(title, entryWidth - 3)}`;
  });
  const unlettered = titles.size - letters.size;
  if (entries.length > 0) out.push('');
  for (let index = 0; index < entries.length; index += 2) {
    const left = entries[index] ?? '';
    const right = entries[index + 1];
    out.push(right === undefined ? left : `${padTo(left, entryWidth)}${right}`);
  }
  if (unlettered > 0) out.push(`(${unlettered} more panels drawn without a letter)`);
  return out.join('\n');
}
