/**
 * Dashboard sides for the lint tests, read the way the gate reads them: the loader, then the
 * normaliser. A mutation edits the parsed JSON of a real dashboard before it is loaded, so each
 * check is tested on a real dashboard with one defect added.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import type { DashboardSide } from '../../../src/gates/dashboard-diff/types.js';

export const DOTDC = 'test/fixtures/dashboard-diff/dotdc';
export const HISTORY = 'test/fixtures/dashboard-diff/dotdc-history';

/** The dashboard JSON files of a fixture folder, sorted. */
export function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Every side of a file's text (a file may hold several dashboards). */
export function sidesOfText(file: string, text: string): DashboardSide[] {
  const loaded = loadDashboardFile(file, text);
  if (loaded.problems.length > 0)
    throw new Error(`${file}: ${loaded.problems.map((p) => p.message).join('; ')}`);
  return loaded.dashboards.map((dashboard) => ({
    loaded: dashboard,
    model: normalizeDashboard(dashboard),
  }));
}

/** The one dashboard of a fixture file, optionally mutated first (the JSON is re-printed with two-space indent). */
export function sideOf(
  path: string,
  mutate?: (json: Record<string, unknown>) => void,
): DashboardSide {
  const text = readFileSync(path, 'utf8');
  let source = text;
  if (mutate !== undefined) {
    const json = obj(JSON.parse(text));
    mutate(json);
    source = JSON.stringify(json, null, 2);
  }
  const [side] = sidesOfText(path, source);
  if (side === undefined) throw new Error(`${path} holds no dashboard`);
  return side;
}

/** The fixture file under DOTDC. */
export function dotdc(name: string): string {
  return join(DOTDC, `${name}.json`);
}

/** Narrows a JSON value met in a mutation (the fixtures' shape is known; a wrong guess throws). */
export function obj(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`expected an object, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value as Record<string, unknown>;
}

/** Narrows a JSON array met in a mutation. */
export function arr(value: unknown): unknown[] {
  if (!Array.isArray(value))
    throw new Error(`expected an array, got ${JSON.stringify(value)?.slice(0, 80)}`);
  return value;
}

/** The top-level panel of a dashboard JSON with this title. */
export function panelTitled(json: Record<string, unknown>, title: string): Record<string, unknown> {
  const panel = arr(json['panels'])
    .map(obj)
    .find((p) => p['title'] === title);
  if (panel === undefined) throw new Error(`no top-level panel ${JSON.stringify(title)}`);
  return panel;
}
