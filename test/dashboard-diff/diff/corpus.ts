/**
 * The real dashboards the diff is tested on (test/fixtures/dashboard-diff, see its SOURCES.md),
 * read through the real loader and normaliser, and the line format of the golden files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffDashboardFiles } from '../../../src/gates/dashboard-diff/diff/index.js';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import type {
  DashboardChange,
  DashboardDiff,
  LoadedFile,
} from '../../../src/gates/dashboard-diff/types.js';

/** The fixtures folder. */
export const FIXTURES = join(import.meta.dirname, '../../fixtures/dashboard-diff');

/** Every corpus file: the current dashboards and every revision of the histories. */
export function corpusFiles(): string[] {
  const current = readdirSync(join(FIXTURES, 'dotdc')).map((name) => `dotdc/${name}`);
  const history = historyNames().flatMap((dashboard) =>
    revisions(dashboard).map((name) => `dotdc-history/${dashboard}/${name}`),
  );
  return [...current, ...history].filter((name) => name.endsWith('.json'));
}

/** The dashboards with a revision history. */
export function historyNames(): string[] {
  return readdirSync(join(FIXTURES, 'dotdc-history')).sort();
}

/** A dashboard's revisions, newest first (`00-…` is the newest). */
export function revisions(dashboard: string): string[] {
  return readdirSync(join(FIXTURES, 'dotdc-history', dashboard))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** Text of a corpus file, by its path under the fixtures folder. */
export function corpusText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Loads a text as the loader would read the file `name`, failing loudly on any problem. */
export function load(name: string, text: string): LoadedFile {
  const file = loadDashboardFile(name, text);
  if (file.problems.length > 0 || file.notDashboard !== undefined || file.dashboards.length !== 1) {
    throw new Error(
      `${name}: not one clean dashboard: ${JSON.stringify({ problems: file.problems, notDashboard: file.notDashboard })}`,
    );
  }
  return file;
}

/** The one diff of two texts of the same dashboard file. */
export function diffTexts(name: string, baseText: string, headText: string): DashboardDiff {
  const diffs = diffDashboardFiles(load(name, baseText), load(name, headText));
  const [diff] = diffs;
  if (diffs.length !== 1 || !diff)
    throw new Error(`${name}: expected one dashboard diff, got ${diffs.length}`);
  return diff;
}

/** One line per change: `area kind "panel" subject=… field=…: before → after`. */
export function changeLine(change: DashboardChange): string {
  const parts: string[] = [change.area, change.kind];
  if (change.panel !== undefined) parts.push(JSON.stringify(change.panel));
  if (change.subject !== undefined) parts.push(`subject=${JSON.stringify(change.subject)}`);
  if (change.field !== undefined) parts.push(`field=${change.field}`);
  let line = parts.join(' ');
  if (change.before !== undefined || change.after !== undefined) {
    line += `: ${show(change.before)} → ${show(change.after)}`;
  }
  return line;
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}
