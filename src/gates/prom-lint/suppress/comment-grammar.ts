/**
 * The grammar of suppression comments, compatible with pint's so a team moving from pint keeps
 * its files unchanged: `# pint <directive> [<value>]`, and the same under our own prefix,
 * `# kaizen-gates <directive> [<value>]`.
 *
 * As pint reads them: spaces after `#` are optional, the prefix is followed by white space, the
 * directive is letters, `/` and `-`, and the rest of the comment is its value. Directives:
 * `ignore/file`, `ignore/line`, `ignore/next-line`, `ignore/begin`, `ignore/end` (no value),
 * `disable <check>[(<params>)]`, `file/disable <check>[(<params>)]`,
 * `snooze <YYYY-MM-DD or RFC 3339> <check>[(<params>)]`, `file/snooze <time> <check>[(...)]`.
 * pint's `file/owner`, `rule/owner` and `rule/set` concern pint alone and are not directives here.
 *
 * Hand-written rather than a parser library: the grammar is one line of five tokens.
 */

/** Whose comment it is: pint's, kept for compatibility, or our own. */
export type SuppressionNamespace = 'pint' | 'kaizen-gates';

/** The directives without a value: line ranges and the whole file. */
export type IgnoreKind =
  'ignore/file' | 'ignore/line' | 'ignore/next-line' | 'ignore/begin' | 'ignore/end';

/** Which check a `disable` or `snooze` names, as written. */
export interface CheckTarget {
  /** The check name, e.g. `promql/regexp` or `conventions/*`. */
  check: string;
  /**
   * Text in parentheses after the name. pint uses it for a Prometheus server (`(prod)`), a tag
   * (`(+testing)`) or a metric (`promql/series(my_metric)`); this linter runs offline against
   * no server, so it is kept for messages and the suppression applies to the whole check.
   */
  params?: string;
}

/** What one suppression comment says. */
export type SuppressionDirective =
  | { kind: IgnoreKind }
  | ({ kind: 'disable' | 'file/disable' } & CheckTarget)
  | ({
      kind: 'snooze' | 'file/snooze';
      /** When the snooze ends, in milliseconds since the epoch (a date alone is its 00:00 UTC). */
      until: number;
      /** The time as written. */
      untilText: string;
    } & CheckTarget)
  | {
      kind: 'invalid';
      /** Why the comment cannot be applied, said so that the fix is clear. */
      reason: string;
    };

/** A directive found in a comment, and whose it is. */
export interface ParsedSuppression {
  namespace: SuppressionNamespace;
  directive: SuppressionDirective;
  /** 0-based offset of the `#` that starts it, in the comment text given. */
  offset: number;
}

const IGNORE_KINDS: readonly string[] = [
  'ignore/file',
  'ignore/line',
  'ignore/next-line',
  'ignore/begin',
  'ignore/end',
];

/** pint directives that only pint acts on (ownership, per-rule settings): not ours to apply. */
const PINT_ONLY_KINDS: readonly string[] = ['file/owner', 'rule/owner', 'rule/set'];

/** `#`, optional spaces, a prefix, white space, a directive, then its value (maybe empty). */
const DIRECTIVE = /^#\s*(pint|kaizen-gates)\s+([A-Za-z/-]+)(?:\s+(.*))?$/u;

/** A check name (`family/name`, or `family/*` for a whole family) with optional `(params)`. */
const TARGET = /^([a-z0-9_-]+\/(?:[a-z0-9_-]+|\*))(?:\((.*)\))?$/u;

/** `YYYY-MM-DD`. */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** RFC 3339 date-time (`2023-01-12T10:00:00Z`, `...T10:00:00.5+02:00`), as Go's time.RFC3339. */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/u;

/**
 * The suppression directive in one YAML comment (its text from `#` to the end of the line), or
 * undefined when it holds none. Like pint, every `#` in the comment is a candidate start, so
 * `# keep this # pint disable promql/regexp` works; the first directive found wins.
 * @example parseSuppressionComment('# pint disable promql/regexp')
 *   // { namespace: 'pint', directive: { kind: 'disable', check: 'promql/regexp' }, offset: 0 }
 */
export function parseSuppressionComment(comment: string): ParsedSuppression | undefined {
  for (let offset = comment.indexOf('#'); offset >= 0; offset = comment.indexOf('#', offset + 1)) {
    const match = DIRECTIVE.exec(comment.slice(offset).trimEnd());
    if (match === null) continue;
    const namespace: SuppressionNamespace = match[1] === 'pint' ? 'pint' : 'kaizen-gates';
    const kind = match[2] ?? '';
    const value = (match[3] ?? '').trim();
    const directive = parseDirective(namespace, kind, value);
    if (directive !== undefined) return { namespace, directive, offset };
  }
  return undefined;
}

function parseDirective(
  namespace: SuppressionNamespace,
  kind: string,
  value: string,
): SuppressionDirective | undefined {
  if (isIgnoreKind(kind)) {
    if (value === '') return { kind };
    return {
      kind: 'invalid',
      reason: `${kind} takes nothing after it, found ${JSON.stringify(value)}`,
    };
  }
  if (kind === 'disable' || kind === 'file/disable') {
    const target = parseTarget(kind, value);
    return 'reason' in target ? { kind: 'invalid', reason: target.reason } : { kind, ...target };
  }
  if (kind === 'snooze' || kind === 'file/snooze') return parseSnooze(kind, value);
  // pint ignores comments with a directive it does not know; ours are worth a word (a typo).
  if (namespace === 'pint' || PINT_ONLY_KINDS.includes(kind)) return undefined;
  return {
    kind: 'invalid',
    reason:
      `unknown directive ${JSON.stringify(kind)}; use one of ${IGNORE_KINDS.join(', ')}, ` +
      'disable, file/disable, snooze, file/snooze',
  };
}

function isIgnoreKind(kind: string): kind is IgnoreKind {
  return IGNORE_KINDS.includes(kind);
}

function parseTarget(kind: string, value: string): CheckTarget | { reason: string } {
  if (value === '')
    return { reason: `${kind} needs a check name, e.g. ${kind} promql/regex-matcher` };
  const match = TARGET.exec(value);
  if (match === null) {
    return {
      reason:
        `${kind} takes one check name, optionally with (parameters), found ${JSON.stringify(value)}; ` +
        'write one comment per check',
    };
  }
  const check = match[1] ?? '';
  return match[2] === undefined ? { check } : { check, params: match[2] };
}

function parseSnooze(kind: 'snooze' | 'file/snooze', value: string): SuppressionDirective {
  const space = value.search(/\s/u);
  if (space < 0) {
    return {
      kind: 'invalid',
      reason: `${kind} needs a time and a check, e.g. ${kind} 2026-01-31 promql/regex-matcher`,
    };
  }
  const untilText = value.slice(0, space);
  const until = parseSnoozeTime(untilText);
  if (until === undefined) {
    return {
      kind: 'invalid',
      reason: `${kind} time ${JSON.stringify(untilText)} is neither YYYY-MM-DD nor RFC 3339 (2026-01-31T10:00:00Z)`,
    };
  }
  const target = parseTarget(kind, value.slice(space).trim());
  if ('reason' in target) return { kind: 'invalid', reason: target.reason };
  return { kind, until, untilText, ...target };
}

/**
 * Milliseconds since the epoch of a `YYYY-MM-DD` date (00:00 UTC, as Go parses a date) or an
 * RFC 3339 date-time; undefined when it is neither or names a day that does not exist.
 * @example parseSnoozeTime('2026-01-31') // Date.UTC(2026, 0, 31)
 * @example parseSnoozeTime('2026-02-30') // undefined
 */
export function parseSnoozeTime(text: string): number | undefined {
  const dateOnly = DATE.exec(text);
  if (dateOnly !== null) return utcMidnight(dateOnly[1], dateOnly[2], dateOnly[3]);
  const dateTime = DATE_TIME.exec(text);
  if (dateTime === null) return undefined;
  if (utcMidnight(dateTime[1], dateTime[2], dateTime[3]) === undefined) return undefined;
  const [hours, minutes, seconds] = [dateTime[4], dateTime[5], dateTime[6]].map(Number);
  if ((hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59) return undefined;
  if (dateTime[7] !== undefined && (Number(dateTime[7]) > 23 || Number(dateTime[8]) > 59)) {
    return undefined;
  }
  const parsed = Date.parse(text.toUpperCase());
  return Number.isNaN(parsed) ? undefined : parsed;
}

/** 00:00 UTC of a calendar day, or undefined for a day that does not exist (2026-02-30). */
function utcMidnight(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): number | undefined {
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const midnight = Date.UTC(y, m - 1, d);
  // Date.UTC rolls 2026-02-30 over to March; Go's time.Parse refuses such a day.
  const check = new Date(midnight);
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? midnight : undefined;
}
