/** Reading the dashboard-diff fixtures, and checking a reported line against the file's text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { isRecord } from '../../../src/shared/is-record.js';
import type { LoadedDashboard } from '../../../src/gates/dashboard-diff/types.js';

/** The fixtures folder, as paths in the repository. */
export const FIXTURES = 'test/fixtures/dashboard-diff';

/** Text of a fixture, by its path under {@link FIXTURES}. */
export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Every real dashboard file: the dotdc set and both revision histories. */
export function realDashboardFiles(): string[] {
  const history = readdirSync(join(FIXTURES, 'dotdc-history')).flatMap((folder) =>
    readdirSync(join(FIXTURES, 'dotdc-history', folder)).map(
      (file) => `dotdc-history/${folder}/${file}`,
    ),
  );
  const current = readdirSync(join(FIXTURES, 'dotdc')).map((file) => `dotdc/${file}`);
  return [...current, ...history].filter((file) => file.endsWith('.json'));
}

/** A fixture's JSON (for the dotdc dashboards the other formats are made from). */
export function fixtureJson(path: string): Record<string, unknown> {
  const value: unknown = JSON.parse(fixture(path));
  if (!isRecord(value)) throw new Error(`${path} is not a JSON object`);
  return value;
}

/** The dashboard as Grafana stores it: the export-for-sharing keys dropped. */
export function stored(dashboard: Record<string, unknown>): Record<string, unknown> {
  const sharing = ['__inputs', '__requires', '__elements'];
  return Object.fromEntries(Object.entries(dashboard).filter(([key]) => !sharing.includes(key)));
}

/** The classic JSON of a loaded dashboard (fails the test for a v2 one). */
export function classicJson(loaded: LoadedDashboard | undefined): Record<string, unknown> {
  if (loaded?.dashboard.schema !== 'classic') throw new Error('expected a classic dashboard');
  return loaded.dashboard.json;
}

/** The panels of a classic dashboard, as records. */
export function panelsOf(json: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(json.panels) ? json.panels.filter(isRecord) : [];
}

/** Asserts that 1-based `line` of `text` contains every one of `parts`. */
export function expectLine(text: string, line: number | undefined, ...parts: string[]): void {
  expect(line).toBeTypeOf('number');
  const content = text.split('\n')[(line ?? 0) - 1] ?? '';
  for (const part of parts) expect(content, `line ${line}: ${content}`).toContain(part);
}
