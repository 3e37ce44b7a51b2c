/**
 * The noise cases of the issue, applied to every real dashboard of the corpus: a dashboard diffed
 * with itself, with its keys shuffled, with its volatile fields changed or its panel ids
 * renumbered gives no change at all; one panel inserted at the top (everything below pushed
 * down, as Grafana saves it) is exactly one change; a panel made taller is one `resized`; two
 * panels that trade places are both `moved` and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { changeLine, corpusFiles, corpusText, diffTexts } from './corpus.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The dashboard's panels, rows included, and the panels inside collapsed rows. */
function allPanels(dashboard: { [key: string]: Json }): { [key: string]: Json }[] {
  const top = Array.isArray(dashboard.panels) ? dashboard.panels.filter(isObject) : [];
  return top.flatMap((panel) => [
    panel,
    ...(Array.isArray(panel.panels) ? panel.panels.filter(isObject) : []),
  ]);
}

function gridOf(panel: { [key: string]: Json }): { x: number; y: number; w: number; h: number } {
  const grid = panel.gridPos;
  if (!isObject(grid)) throw new Error(`panel ${String(panel.title)} has no gridPos`);
  const n = (key: string): number => (typeof grid[key] === 'number' ? grid[key] : 0);
  return { x: n('x'), y: n('y'), w: n('w'), h: n('h') };
}

function setGrid(
  panel: { [key: string]: Json },
  grid: { x: number; y: number; w: number; h: number },
): void {
  panel.gridPos = { ...grid };
}

function parse(text: string): { [key: string]: Json } {
  const value: Json = JSON.parse(text) as Json;
  if (!isObject(value)) throw new Error('not an object');
  return value;
}

const print = (value: Json): string => `${JSON.stringify(value, null, 2)}\n`;

/** Rebuilds every object with its keys in a scrambled (but deterministic) order. */
function shuffleKeys(value: Json, seed = { n: 7 }): Json {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, seed));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i > 0; i -= 1) {
    seed.n = (seed.n * 1103515245 + 12345) % 2147483648;
    const j = seed.n % (i + 1);
    [keys[i], keys[j]] = [keys[j] ?? '', keys[i] ?? ''];
  }
  return Object.fromEntries(keys.map((key) => [key, shuffleKeys(value[key] ?? null, seed)]));
}

/** The top-level grid items (panels and row headers; a collapsed row's panels are not on the grid). */
function topLevel(dashboard: { [key: string]: Json }): { [key: string]: Json }[] {
  return Array.isArray(dashboard.panels) ? dashboard.panels.filter(isObject) : [];
}

/**
 * Grafana's vertical compaction (react-grid-layout's `compact` with `verticalCompact`): in reading
 * order, each item rises until it would touch one already placed.
 */
function compactUp(items: { [key: string]: Json }[]): void {
  const placed: { x: number; y: number; w: number; h: number }[] = [];
  const collides = (a: { x: number; y: number; w: number; h: number }): boolean =>
    placed.some((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h);
  const ordered = [...items].sort((a, b) => gridOf(a).y - gridOf(b).y || gridOf(a).x - gridOf(b).x);
  for (const item of ordered) {
    const grid = gridOf(item);
    while (grid.y > 0 && !collides({ ...grid, y: grid.y - 1 })) grid.y -= 1;
    setGrid(item, grid);
    placed.push(grid);
  }
}

function nonRowTopLevel(dashboard: { [key: string]: Json }): { [key: string]: Json }[] {
  const top = Array.isArray(dashboard.panels) ? dashboard.panels.filter(isObject) : [];
  return top.filter((panel) => panel.type !== 'row');
}

const files = corpusFiles();

describe('noise cases on every corpus dashboard', () => {
  it('has the whole corpus', () => {
    expect(files.length).toBe(8 + 24);
  });

  describe.each(files)('%s', (name) => {
    const text = corpusText(name);
    const lines = (base: string, head: string): string[] => {
      const diff = diffTexts(name, base, head);
      return [...diff.changes, ...diff.viewChanges].map(changeLine);
    };

    it('no change against itself', () => {
      const diff = diffTexts(name, text, text);
      expect([...diff.changes, ...diff.viewChanges].map(changeLine)).toEqual([]);
      expect(diff.status).toBe('unchanged');
      expect(diff.layout.after.every((box) => box.status === 'unchanged')).toBe(true);
    });

    it('no change with its keys shuffled', () => {
      expect(lines(text, print(shuffleKeys(parse(text))))).toEqual([]);
    });

    it('no change with its volatile fields changed', () => {
      const dashboard = parse(text);
      dashboard.id = 987654;
      dashboard.version = (typeof dashboard.version === 'number' ? dashboard.version : 0) + 17;
      dashboard.iteration = 1733500000000;
      for (const panel of allPanels(dashboard))
        if (panel.type !== 'row') panel.pluginVersion = '99.1.0';
      expect(lines(text, print(dashboard))).toEqual([]);
    });

    it('no change with its panel ids renumbered consistently (in reverse)', () => {
      const dashboard = parse(text);
      const panels = allPanels(dashboard);
      const top = Math.max(...panels.map((panel) => (typeof panel.id === 'number' ? panel.id : 0)));
      for (const panel of panels)
        if (typeof panel.id === 'number') panel.id = top + 1 + (top - panel.id);
      const diff = diffTexts(name, text, print(dashboard));
      expect([...diff.changes, ...diff.viewChanges].map(changeLine)).toEqual([]);
    });

    it('one panel inserted at the top is one change, and no panel moved', () => {
      const dashboard = parse(text);
      const panels = allPanels(dashboard);
      for (const panel of panels) {
        const grid = gridOf(panel);
        setGrid(panel, { ...grid, y: grid.y + 5 });
      }
      const top = Math.max(...panels.map((panel) => (typeof panel.id === 'number' ? panel.id : 0)));
      const inserted: Json = {
        id: top + 1,
        type: 'text',
        title: 'Inserted panel',
        gridPos: { x: 0, y: 0, w: 24, h: 5 },
        options: { mode: 'markdown', content: 'Read the runbook first.' },
      };
      dashboard.panels = [inserted, ...(Array.isArray(dashboard.panels) ? dashboard.panels : [])];
      const diff = diffTexts(name, text, print(dashboard));
      expect([...diff.changes, ...diff.viewChanges].map(changeLine)).toEqual([
        'panel added "Inserted panel": (none) → "text"',
      ]);
      expect(
        diff.layout.after.filter((box) => box.status !== 'unchanged').map((box) => box.title),
      ).toEqual(['Inserted panel']);
    });

    it('one panel deleted is one change, and what floats up into its place only shifted', () => {
      const dashboard = parse(text);
      const target = nonRowTopLevel(dashboard)[0];
      if (!target) throw new Error('no top-level panel');
      // As Grafana saves it: the panel gone, the grid compacted upwards.
      dashboard.panels = topLevel(dashboard).filter((panel) => panel !== target);
      const before = new Map(nonRowTopLevel(dashboard).map((panel) => [panel, gridOf(panel).y]));
      compactUp(topLevel(dashboard));
      const risen = [...before].filter(([panel, y]) => gridOf(panel).y !== y).length;
      const diff = diffTexts(name, text, print(dashboard));
      expect(diff.changes.map((change) => [change.area, change.kind])).toEqual([
        ['panel', 'removed'],
      ]);
      // Those that rose are shifted, not moved (at least as many: rows' panels rise with them).
      expect(diff.hidden['shifted panel'] ?? 0).toBeGreaterThanOrEqual(risen);
      // A removed panel points at its object in the base file.
      expect(text.split('\n')[(diff.changes[0]?.line ?? 0) - 1]?.trim()).toBe('{');
      expect(diff.viewChanges).toEqual([]);
      expect(
        diff.layout.before.filter((box) => box.status !== 'unchanged').map((box) => box.title),
      ).toEqual([target.title]);
    });

    it('a panel made taller is resized, and nothing else', () => {
      const dashboard = parse(text);
      const target = nonRowTopLevel(dashboard)[0];
      if (!target) throw new Error('no top-level panel');
      const grid = gridOf(target);
      // Grafana pushes everything that was below the panel's old bottom edge down by the growth.
      for (const panel of allPanels(dashboard)) {
        const other = gridOf(panel);
        if (panel !== target && other.y >= grid.y + grid.h)
          setGrid(panel, { ...other, y: other.y + 3 });
      }
      setGrid(target, { ...grid, h: grid.h + 3 });
      const diff = diffTexts(name, text, print(dashboard));
      expect(diff.changes.map((change) => [change.kind, change.before, change.after])).toEqual([
        ['resized', { w: grid.w, h: grid.h }, { w: grid.w, h: grid.h + 3 }],
      ]);
      expect(diff.viewChanges).toEqual([]);
    });

    it('two panels of the same size trading places are both moved, and nothing else', () => {
      const dashboard = parse(text);
      const candidates = nonRowTopLevel(dashboard);
      // The first two panels of equal size in the same row section (no row header between them).
      const rowYs = allPanels(dashboard)
        .filter((panel) => panel.type === 'row')
        .map((panel) => gridOf(panel).y);
      const section = (y: number): number => rowYs.filter((rowY) => rowY < y).length;
      let pair: [{ [key: string]: Json }, { [key: string]: Json }] | undefined;
      for (let i = 0; i < candidates.length && !pair; i += 1) {
        for (let j = i + 1; j < candidates.length && !pair; j += 1) {
          const a = candidates[i];
          const b = candidates[j];
          if (!a || !b) continue;
          const ga = gridOf(a);
          const gb = gridOf(b);
          if (
            ga.w === gb.w &&
            ga.h === gb.h &&
            section(ga.y) === section(gb.y) &&
            a.title !== b.title
          )
            pair = [a, b];
        }
      }
      if (!pair) throw new Error('no two panels of the same size in one row');
      const [a, b] = pair;
      const ga = gridOf(a);
      const gb = gridOf(b);
      setGrid(a, { ...ga, x: gb.x, y: gb.y });
      setGrid(b, { ...gb, x: ga.x, y: ga.y });
      const diff = diffTexts(name, text, print(dashboard));
      expect(diff.changes.map((change) => change.kind)).toEqual(['moved', 'moved']);
      // A title repeated in the dashboard is named with its row first (`Vulnerabilities / HIGH`).
      const named = diff.changes.map((change) => change.panel ?? '');
      expect(
        named.some((panel) => panel === a.title || panel.endsWith(` / ${String(a.title)}`)),
      ).toBe(true);
      expect(
        named.some((panel) => panel === b.title || panel.endsWith(` / ${String(b.title)}`)),
      ).toBe(true);
      expect(diff.viewChanges).toEqual([]);
    });
  });
});
