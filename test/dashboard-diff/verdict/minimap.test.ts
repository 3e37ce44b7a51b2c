/**
 * The layout minimap, on the real grid of dotdc's Nodes dashboard (41 panels in 6 rows) and on
 * small layouts whose picture is known.
 */
import { describe, expect, it } from 'vitest';
import {
  assignLetters,
  GRID_COLUMNS,
  renderMinimap,
} from '../../../src/gates/dashboard-diff/render/minimap.js';
import type { LayoutBox } from '../../../src/gates/dashboard-diff/types.js';
import { layoutOf, readDashboard } from './inputs.js';

const box = (
  key: string,
  grid: LayoutBox['grid'],
  status: LayoutBox['status'] = 'unchanged',
): LayoutBox => ({ key, title: `Panel ${key}`, grid, status });

/** The map lines (between the header and the blank line before the key). */
const mapLines = (text: string): string[] => {
  const lines = text.split('\n');
  return lines.slice(1, lines.indexOf(''));
};

describe('renderMinimap', () => {
  it('draws a known layout: one panel moved right, one added below', () => {
    const before = [
      box('a', { x: 0, y: 0, w: 12, h: 8 }, 'moved'),
      box('b', { x: 12, y: 0, w: 12, h: 8 }),
    ];
    const after = [
      box('b', { x: 0, y: 0, w: 12, h: 8 }),
      box('a', { x: 12, y: 0, w: 12, h: 8 }, 'moved'),
      box('c', { x: 0, y: 8, w: 24, h: 4 }, 'added'),
    ];
    expect(renderMinimap({ before, after })).toBe(
      [
        'before                     after',
        'B>>>>>>>>>>>A...........   A...........B>>>>>>>>>>>',
        'B>>>>>>>>>>>A...........   A...........B>>>>>>>>>>>',
        'B>>>>>>>>>>>A...........   A...........B>>>>>>>>>>>',
        'B>>>>>>>>>>>A...........   A...........B>>>>>>>>>>>',
        '                           C+++++++++++++++++++++++',
        '                           C+++++++++++++++++++++++',
        '',
        '. unchanged  + added  ~ modified  > moved  - removed',
        '1 line ≈ 2 grid rows',
        '',
        `${'A Panel b'.padEnd(38)}B Panel a`,
        'C Panel c',
      ].join('\n'),
    );
  });

  it('draws a removed panel on the before map only', () => {
    const text = renderMinimap({
      before: [box('gone', { x: 0, y: 0, w: 6, h: 2 }, 'removed')],
      after: [],
    });
    expect(mapLines(text)).toEqual(['A-----']);
    expect(text).toContain('A Panel gone');
  });

  it('shows every panel of a real dashboard, each letter at its column, within the height cap', () => {
    const panels = readDashboard('k8s-views-nodes/00-b4e0422.json').panels;
    const layout = layoutOf(panels);
    const text = renderMinimap({ before: layout, after: layout }, { maxLines: 30 });
    const lines = mapLines(text);
    expect(lines.length).toBeLessThanOrEqual(30);
    const letters = assignLetters(layout, layout);
    expect(letters.size).toBe(layout.length);
    for (const panel of layout) {
      const letter = letters.get(panel.key) ?? '';
      // Before and after are the same: the letter shows at the panel's column on both maps.
      expect(lines.some((line) => line[panel.grid.x] === letter)).toBe(true);
      expect(lines.some((line) => line[GRID_COLUMNS + 3 + panel.grid.x] === letter)).toBe(true);
      expect(text).toContain(`${letter} ${panel.title.slice(0, 20)}`);
    }
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(2 * GRID_COLUMNS + 3);
  });

  it('keeps within the cap for 500 panels, lettering the changed ones first', () => {
    const real = layoutOf(readDashboard('k8s-views-nodes/00-b4e0422.json').panels);
    const many = Array.from({ length: 500 }, (_, index) => {
      const source = real[index % real.length] ?? real[0];
      if (source === undefined) throw new Error('no panels');
      return {
        ...source,
        key: `p${index}`,
        grid: { ...source.grid, y: source.grid.y + 130 * Math.floor(index / real.length) },
      };
    });
    const after = many.map((panel, index) =>
      index === 480 ? { ...panel, status: 'modified' as const } : panel,
    );
    const text = renderMinimap({ before: many, after });
    expect(mapLines(text).length).toBeLessThanOrEqual(40);
    expect(assignLetters(many, after).has('p480')).toBe(true);
    expect(text).toContain('(438 more panels drawn without a letter)');
  });

  it('clamps boxes off the grid and survives nonsense sizes', () => {
    const text = renderMinimap({
      before: [],
      after: [
        box('wide', { x: 20, y: 0, w: 30, h: 2 }, 'added'),
        box('nan', { x: Number.NaN, y: -4, w: 0, h: Number.POSITIVE_INFINITY }),
      ],
    });
    for (const line of mapLines(text))
      expect(line.length).toBeLessThanOrEqual(2 * GRID_COLUMNS + 3);
    // Reading order names the clamped box at the top left A, the wide one B.
    expect(mapLines(text)[0]).toBe(`${' '.repeat(27)}A${' '.repeat(19)}B+++`);
  });
});
