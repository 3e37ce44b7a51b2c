/**
 * What every change of one dashboard's diff shares (dashboard title, file, where lines come
 * from) and the noise the diff itself hides, so the per-area modules only say what changed.
 */
import type {
  DashboardChange,
  DashboardSide,
  JsonPath,
  NoiseCounts,
  NoiseReason,
} from '../types.js';

/** Shared state of one dashboard's diff. */
export interface ChangeContext {
  dashboard: string;
  file: string;
  base: DashboardSide;
  head: DashboardSide;
  /** Noise the diff hid (shifted panels, reformatted queries, migrations, renumbered ids). */
  noise: NoiseCounts;
}

/** Adds `count` to the noise counted for `reason`. */
export function countNoise(context: ChangeContext, reason: NoiseReason, count = 1): void {
  if (count <= 0) return;
  context.noise[reason] = (context.noise[reason] ?? 0) + count;
}

/** The line of `path` on one side: head lines normally, base lines for what the head lacks. */
export function lineAt(
  context: ChangeContext,
  side: 'base' | 'head',
  path: JsonPath,
): number | undefined {
  return (side === 'head' ? context.head : context.base).loaded.lineOf(path);
}

/** The fields of a change that the caller chooses; the shared ones are filled in here. */
export type ChangeFields = Omit<DashboardChange, 'dashboard' | 'file'>;

/** A change of this dashboard; `before`/`after`/`line` left out when undefined. */
export function makeChange(context: ChangeContext, fields: ChangeFields): DashboardChange {
  const change: DashboardChange = {
    dashboard: context.dashboard,
    file: context.file,
    area: fields.area,
    kind: fields.kind,
  };
  if (fields.panel !== undefined) change.panel = fields.panel;
  if (fields.subject !== undefined) change.subject = fields.subject;
  if (fields.field !== undefined) change.field = fields.field;
  if (fields.before !== undefined) change.before = fields.before;
  if (fields.after !== undefined) change.after = fields.after;
  if (fields.textDiff !== undefined) change.textDiff = fields.textDiff;
  if (fields.line !== undefined) change.line = fields.line;
  return change;
}
