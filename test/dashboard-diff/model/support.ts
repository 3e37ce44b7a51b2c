/**
 * Test helpers for the normaliser: fixtures as the loader would hand them over, and the
 * transformations (key shuffles, renumbering, collapsing) the noise tests apply to them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import { isRecord } from '../../../src/gates/dashboard-diff/model/json.js';
import type { LoadedDashboard } from '../../../src/gates/dashboard-diff/types.js';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/dashboard-diff');

/** Every real dashboard of the corpus fixtures: the 8 current ones and both revision histories. */
export function corpusFiles(): string[] {
  const current = readdirSync(join(FIXTURES, 'dotdc')).map((name) => `dotdc/${name}`);
  const history = ['k8s-views-global', 'k8s-views-nodes'].flatMap((dir) =>
    readdirSync(join(FIXTURES, 'dotdc-history', dir)).map((name) => `dotdc-history/${dir}/${name}`),
  );
  return [...current, ...history].filter((name) => name.endsWith('.json')).sort();
}

/** Parsed JSON of a fixture, as a record. */
export function readJson(relative: string): Record<string, unknown> {
  const value: unknown = JSON.parse(readFileSync(join(FIXTURES, relative), 'utf8'));
  if (!isRecord(value)) throw new Error(`${relative}: not a JSON object`);
  return value;
}

/**
 * The one dashboard the real loader reads from `text` (a test fails loudly when the loader
 * finds none, several, or a problem).
 */
export function loadOne(file: string, text: string): LoadedDashboard {
  const loaded = loadDashboardFile(file, text);
  if (loaded.problems.length > 0 || loaded.dashboards.length !== 1) {
    throw new Error(
      `${file}: loaded ${String(loaded.dashboards.length)} dashboards, problems ${JSON.stringify(loaded.problems)}, ${loaded.notDashboard ?? ''}`,
    );
  }
  const [dashboard] = loaded.dashboards;
  if (dashboard === undefined) throw new Error(`${file}: no dashboard`);
  return dashboard;
}

/** A classic dashboard as the loader hands it over (written out as JSON text, then loaded). */
export function classic(json: Record<string, unknown>, file = 'dashboard.json'): LoadedDashboard {
  const loaded = loadOne(file, JSON.stringify(json, null, 2));
  if (loaded.dashboard.schema !== 'classic') throw new Error(`${file}: not read as classic`);
  return loaded;
}

/** A v2 spec as the loader hands it over. */
export function v2(spec: Record<string, unknown>, file = 'dashboard.json'): LoadedDashboard {
  const loaded = loadOne(file, JSON.stringify(spec, null, 2));
  if (loaded.dashboard.schema !== 'v2') throw new Error(`${file}: not read as v2`);
  return loaded;
}

/** A deep copy of parsed JSON. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** A small seeded generator (mulberry32), so a failing shuffle can be replayed. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The value with every object's keys in a random order, at every depth; arrays keep theirs. */
export function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = entries[i];
    const other = entries[j];
    if (swap !== undefined && other !== undefined) {
      entries[i] = other;
      entries[j] = swap;
    }
  }
  return Object.fromEntries(entries.map(([key, item]) => [key, shuffleKeys(item, random)]));
}

/** The model without what differs by design between equal dashboards (ids, places in the source, noise). */
export function comparable(model: unknown, options: { keys?: boolean } = {}): unknown {
  return JSON.parse(
    JSON.stringify(model, (key, value: unknown) => {
      if (key === 'source' || key === 'noise' || key === 'id') return undefined;
      if (options.keys === false && key === 'key') return undefined;
      return value;
    }),
  );
}

/** Panel objects of a classic dashboard, rows' collapsed children included, in order. */
export function everyPanel(json: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    for (const panel of list) {
      if (!isRecord(panel)) continue;
      out.push(panel);
      walk(panel.panels);
    }
  };
  walk(json.panels);
  return out;
}
