/**
 * One change as one line of the report: who (the panel, variable, query…), what (the field) and
 * how (old → new value), as spans that the reporters escape. Pure.
 */
import { assertNever } from '../../../report/labels.js';
import { truncateText } from '../../../report/text.js';
import type { Span } from '../../../verdict/types.js';
import type { DashboardChange } from '../types.js';

/** Longest value shown inline; the verdict's `data.changes` keeps it whole. */
const MAX_VALUE_LENGTH = 160;

const code = (text: string): Span => ({ text, code: true });
const strong = (text: string): Span => ({ text, strong: true });

/** A number-valued property of an object, if it has one. */
function numberAt(value: object, key: string): number | undefined {
  const entry: unknown = Object.getOwnPropertyDescriptor(value, key)?.value;
  return typeof entry === 'number' ? entry : undefined;
}

/**
 * A grid place as text: `x 0, y 8` for a position, `12×8` for a size, both for a whole box;
 * undefined for anything else.
 */
function gridText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length === 0 || keys.some((key) => !['x', 'y', 'w', 'h'].includes(key)))
    return undefined;
  const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((key) => numberAt(value, key));
  const parts: string[] = [];
  if (x !== undefined && y !== undefined) parts.push(`x ${x}, y ${y}`);
  if (w !== undefined && h !== undefined) parts.push(`${w}×${h}`);
  return parts.length === 0 || parts.length * 2 !== keys.length ? undefined : parts.join(', ');
}

/** A time range `{from, to}` as `now-6h to now`; undefined for anything else. */
function rangeText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value).sort().join(',');
  const from: unknown = Object.getOwnPropertyDescriptor(value, 'from')?.value;
  const to: unknown = Object.getOwnPropertyDescriptor(value, 'to')?.value;
  return keys === 'from,to' && typeof from === 'string' && typeof to === 'string'
    ? `${from} to ${to}`
    : undefined;
}

/**
 * A JSON value as short text: strings as they are, grid places and time ranges readable, the
 * rest as JSON.
 */
export function valueText(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : (gridText(value) ?? rangeText(value) ?? JSON.stringify(value) ?? String(value));
  return truncateText(text, MAX_VALUE_LENGTH);
}

/** The spans that name what a change is about: `Panel **CPU**`, `Variable `job``, … */
function subjectSpans(change: DashboardChange): Span[] {
  const panel = change.panel ?? change.subject ?? '';
  switch (change.area) {
    case 'dashboard':
      return ['Dashboard'];
    case 'time':
      return ['Time settings'];
    case 'variable':
      return change.subject === undefined ? ['Variables'] : ['Variable ', code(change.subject)];
    case 'annotation':
      return change.subject === undefined
        ? ['Annotations']
        : ['Annotation ', strong(change.subject)];
    case 'link':
      return change.subject === undefined ? ['Links'] : ['Link ', strong(change.subject)];
    case 'row':
      return change.subject === undefined ? ['Rows'] : ['Row ', strong(change.subject)];
    case 'panel':
      return panel === '' ? ['Panel'] : ['Panel ', strong(panel)];
    case 'query': {
      const owner: Span[] =
        change.panel === undefined ? [] : ['Panel ', strong(change.panel), ': '];
      const query: Span[] =
        change.subject === undefined ? ['query'] : ['query ', code(change.subject)];
      return [...owner, ...query];
    }
    case 'view': {
      // The diff names view state in words ("time range", "variable node", "row Nodes collapsed").
      const words = change.subject?.trim() ?? '';
      return words === '' ? [] : [words.charAt(0).toUpperCase() + words.slice(1)];
    }
    default:
      return assertNever(change.area);
  }
}

/** Longest value shown inline in a change; longer ones (or several lines) are shown as a diff. */
const MAX_INLINE_CHANGE = 80;

/**
 * The two sides of a change as text to diff line by line, when they read best as a diff block
 * rather than two code spans: text with several lines or a long one (a variable's query, a
 * description), or a long JSON value (thresholds, overrides) pretty-printed, also when it was
 * set or removed (one side empty). Undefined when the change is short enough for its line.
 */
export function diffableSides(change: DashboardChange): [string, string] | undefined {
  const { before, after } = change;
  if (before === undefined && after === undefined) return undefined;
  const pretty = (value: unknown): string =>
    value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : (JSON.stringify(value, null, 2) ?? String(value));
  // A long value set or removed: its lines all `+` or all `-`.
  if (before === undefined || after === undefined) {
    const value = before ?? after;
    const long = valueText(value).length > MAX_INLINE_CHANGE || pretty(value).includes('\n');
    return long && typeof value === 'object' ? [pretty(before), pretty(after)] : undefined;
  }
  if (typeof before === 'string' && typeof after === 'string') {
    const long =
      Math.max(before.length, after.length) > MAX_INLINE_CHANGE ||
      before.includes('\n') ||
      after.includes('\n');
    return long ? [before, after] : undefined;
  }
  const structured = (value: unknown): boolean => typeof value === 'object' && value !== null;
  if (!structured(before) && !structured(after)) return undefined;
  const compact = Math.max(valueText(before).length, valueText(after).length);
  if (compact <= MAX_INLINE_CHANGE) return undefined;
  return [pretty(before), pretty(after)];
}

/**
 * The text of a query added or removed, shown as a diff block of `+` (or `-`) lines beside its
 * line, as a changed query's is.
 */
export function queryText(change: DashboardChange): string | undefined {
  if (change.area !== 'query') return undefined;
  const value =
    change.kind === 'added' ? change.after : change.kind === 'removed' ? change.before : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `old → new`, or `set to new`, or `removed (was old)`, as far as the values are known. */
function transition(before: unknown, after: unknown): Span[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [' set to ', code(valueText(after))];
  if (after === undefined) return [' removed (was ', code(valueText(before)), ')'];
  return [' ', code(valueText(before)), ' → ', code(valueText(after))];
}

/** `name: ` when there is a name before the field, else nothing (a view-state line). */
function lead(subject: readonly Span[]): Span[] {
  return subject.length === 0 ? [] : [...subject, ': '];
}

/** Migration notes (`graph → timeseries`) carried as a string or a list of strings. */
function migrationText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
    return value.join('; ');
  }
  return undefined;
}

/**
 * The line for one change, e.g. "Panel **CPU usage**: `unit` `percent` → `percentunit`",
 * "Variable `job` added", "Panel **Nodes / CPU** moved: `x 0, y 8, 12×8` → `x 12, y 8, 12×8`".
 * A query whose text changed says so; its diff is shown beside the line, not in it.
 */
export function changeLine(change: DashboardChange): Span[] {
  const subject = subjectSpans(change);
  const field: Span[] = change.field === undefined ? [] : [code(change.field)];
  switch (change.kind) {
    case 'added':
    case 'removed': {
      const value = change.kind === 'added' ? change.after : change.before;
      const scalar =
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
      if (field.length > 0) {
        return [
          ...lead(subject),
          ...field,
          ` ${change.kind}`,
          ...(scalar ? [': ', code(valueText(value))] : []),
        ];
      }
      if (!scalar || queryText(change) !== undefined) return [...subject, ` ${change.kind}`];
      // A whole dashboard's value is the diff's own words ("29 panels"); others are data.
      const shown: Span = change.area === 'dashboard' ? valueText(value) : code(valueText(value));
      return [...subject, ` ${change.kind} (`, shown, ')'];
    }
    case 'renamed':
      return [...subject, ' renamed', ...transition(change.before, change.after)];
    case 'type-changed':
      return [...lead(subject), 'type', ...transition(change.before, change.after)];
    case 'moved':
    case 'resized': {
      const how = transition(change.before, change.after);
      return [...subject, ` ${change.kind}`, ...(how.length > 0 ? [':', ...how] : [])];
    }
    case 'migrated': {
      const text = migrationText(change.after);
      return text === undefined
        ? [
            ...subject,
            ' migrated to the current schema',
            ...transition(change.before, change.after),
          ]
        : [...subject, ' migrated: ', text];
    }
    case 'modified': {
      // A query's text is what a query is: "query `A` changed", its diff beside the line.
      if (change.area === 'query' && change.textDiff !== undefined) return [...subject, ' changed'];
      if (change.textDiff !== undefined || diffableSides(change) !== undefined) {
        const how =
          change.before === undefined
            ? ' set'
            : change.after === undefined
              ? ' removed'
              : ' changed';
        return field.length === 0 ? [...subject, how] : [...lead(subject), ...field, how];
      }
      if (field.length === 0) {
        return change.area === 'view'
          ? [...subject, ':', ...transition(change.before, change.after)]
          : [...subject, ' changed', ...transition(change.before, change.after)];
      }
      return [...lead(subject), ...field, ...transition(change.before, change.after)];
    }
    default:
      return assertNever(change.kind);
  }
}
