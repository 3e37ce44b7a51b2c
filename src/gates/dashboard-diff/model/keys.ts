import type { PanelModel } from '../types.js';

/** Appends `#2`, `#3`… to the second and later occurrences of a name. */
function deduplicate(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}#${count}`;
  });
}

/** Row keys: the title (`(untitled row)` when empty), with `#2`… for repeated titles. */
export function rowKeys(titles: readonly string[]): string[] {
  return deduplicate(titles.map((title) => title.trim() || '(untitled row)'));
}

/**
 * Panel keys: `id:<n>` when every panel has an id and no two share one (Grafana's own
 * identity, stable across renames and moves); otherwise `<row key> / <title>` (the title, or
 * `(untitled <type>)`, alone at the top level) with `#2`… for duplicates in reading order, which
 * is stable across renumbering.
 */
export function panelKeys(panels: readonly Omit<PanelModel, 'key'>[]): string[] {
  const ids = panels.map((panel) => panel.id);
  const unique = ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
  if (unique) return ids.map((id) => `id:${String(id)}`);
  return deduplicate(
    panels.map((panel) => {
      const title = panel.title.trim() || `(untitled ${panel.type})`;
      return panel.row === undefined ? title : `${panel.row} / ${title}`;
    }),
  );
}
