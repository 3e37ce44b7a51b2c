/**
 * `promql/short-range`: functions that compare samples (rate(), increase(), deriv(), changes(),
 * ...) need at least two samples inside their range, and a range that is short next to the
 * scrape interval often holds fewer.
 *
 * Two tiers, both warnings:
 * - shorter than 2× the scrape interval: the range holds a single sample much of the time, so the
 *   function returns nothing (or, for changes()/resets(), 0) on most evaluations. pint reports the
 *   same bound as a bug ("promql/rate": Prometheus needs two samples, so at least 2×).
 * - shorter than 4× the scrape interval: it works while every scrape lands on time, but one failed
 *   or late scrape leaves a single sample. 4× is the well-known minimum (Robust Perception, "What
 *   range should I use with rate()?"; Grafana's `$__rate_interval` is at least 4× the scrape
 *   interval for the same reason).
 *
 * A subquery's samples come one per step, and never more often than the data they are computed
 * from changes, so a subquery range is judged against the larger of its step and the scrape
 * interval; the step alone (when larger) only for the first tier, since subquery steps do not go
 * missing the way scrapes do. `offset` and `@` move the range in time without changing its length,
 * so they are looked through. Ranges with the experimental `anchored`/`smoothed` modifiers take
 * the sample before the range too and are not judged. Ranges that are duration expressions
 * (`[5m+1m]`) are not judged either: their length is not plain text.
 */
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import {
  childrenNamed,
  exprChildren,
  functionCalls,
  nodeText,
  type ParsedPromQL,
} from '../promql/index.js';
import type { SyntaxNode } from '../promql/index.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/**
 * Functions whose range argument (always the first) needs two samples, with what they give when
 * it holds only one: nothing at all, or a count of 0 that hides what happened.
 */
const TWO_SAMPLE_FUNCTIONS: ReadonlyMap<string, string> = new Map([
  ['rate', 'returns nothing'],
  ['irate', 'returns nothing'],
  ['increase', 'returns nothing'],
  ['delta', 'returns nothing'],
  ['idelta', 'returns nothing'],
  ['deriv', 'returns nothing'],
  ['predict_linear', 'returns nothing'],
  ['holt_winters', 'returns nothing'],
  ['double_exponential_smoothing', 'returns nothing'],
  ['changes', 'reports 0 whatever happened'],
  ['resets', 'reports 0 whatever happened'],
]);

/** Wrappers that leave a range's length alone: parentheses, `offset`, `@`. */
const TRANSPARENT = new Set(['ParenExpr', 'OffsetExpr', 'StepInvariantExpr']);

/** The shortest range the advice asks for, in scrape intervals. */
const SAFE_FACTOR = 4;

/**
 * One warning per range of a two-sample function that is shorter than 4× the scrape interval
 * (`settings.scrapeInterval`), on the range text (`[1m]`, or `[1m:30s]` for a subquery).
 * @example shortRange(context) // for `rate(x[30s])` at 15 s: "[30s] is less than 4× ..."
 */
export function shortRange(context: RuleContext): LintFinding[] {
  const { parsed, settings } = context;
  const scrapeMs = settings.scrapeInterval * 1000;
  if (!Number.isFinite(scrapeMs) || scrapeMs <= 0) return [];
  const findings: LintFinding[] = [];
  for (const call of functionCalls(parsed)) {
    const outcome = TWO_SAMPLE_FUNCTIONS.get(call.name);
    const argument = call.args[0];
    if (outcome === undefined || argument === undefined) continue;
    const range = rangeOf(parsed, argument);
    if (range === undefined) continue;
    const stepMs = range.stepMs ?? 0;
    const spacingMs = Math.max(stepMs, scrapeMs);
    const byStep = stepMs > scrapeMs;
    const spacing = byStep
      ? `the subquery's ${formatDuration(stepMs)} step`
      : `the ${formatDuration(scrapeMs)} scrape interval`;
    // Subquery steps do not go missing, so two of them are enough; scrapes need the margin.
    const safe = formatDuration((byStep ? 2 : SAFE_FACTOR) * spacingMs);
    let message: string | undefined;
    if (range.ms < 2 * spacingMs) {
      message =
        `${context.prefix}${call.name}() needs two samples in its range, but ${range.text} is ` +
        `less than twice ${spacing}, so it often holds only one and ${call.name}() ${outcome}; ` +
        `use a range of at least ${safe}`;
    } else if (range.ms < SAFE_FACTOR * spacingMs && !byStep) {
      message =
        `${context.prefix}${range.text} is less than 4× ${spacing}: one missed or late scrape ` +
        `leaves ${call.name}() a single sample and it ${outcome}; use a range of at least ${safe}`;
    }
    if (message !== undefined) {
      findings.push(
        warningInScalar(
          context.file,
          context.exprNode,
          range.from,
          range.to,
          'promql/short-range',
          message,
        ),
      );
    }
  }
  return findings;
}

/** The range of a range-vector argument: its text from `[` to `]`, length and subquery step. */
interface RangeText {
  text: string;
  ms: number;
  /** The subquery's step; undefined for a range selector or a subquery without a step. */
  stepMs: number | undefined;
  from: number;
  to: number;
}

function rangeOf(parsed: ParsedPromQL, argument: SyntaxNode): RangeText | undefined {
  let node = argument;
  while (TRANSPARENT.has(node.name)) {
    const inner = exprChildren(node)[0];
    if (inner === undefined) return undefined;
    node = inner;
  }
  if (node.name !== 'MatrixSelector' && node.name !== 'SubqueryExpr') return undefined;
  const [rangeNode, stepNode] = childrenNamed(node, 'DurationExpr');
  if (rangeNode === undefined) return undefined;
  const ms = durationMs(parsed, rangeNode);
  const stepMs = stepNode === undefined ? undefined : durationMs(parsed, stepNode);
  if (ms === undefined || (stepNode !== undefined && stepMs === undefined)) return undefined;
  const from = parsed.text.lastIndexOf('[', rangeNode.from);
  if (from < node.from) return undefined;
  return { text: parsed.text.slice(from, node.to), ms, stepMs, from, to: node.to };
}

/**
 * Milliseconds of a range or step written as one duration literal (`5m`, `1h30m`), or as a plain
 * number of seconds (Prometheus 3 with duration expressions); undefined for anything else.
 */
function durationMs(parsed: ParsedPromQL, node: SyntaxNode): number | undefined {
  const literal = node.firstChild;
  if (literal?.name !== 'NumberDurationLiteralInDurationContext' || literal.nextSibling !== null)
    return undefined;
  const text = nodeText(parsed, literal);
  if (/^\d+(?:\.\d+)?$/u.test(text)) return Number(text) * 1000;
  const duration = parsePrometheusDuration(text);
  return 'ms' in duration ? duration.ms : undefined;
}

const UNITS: readonly [string, number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1000],
  ['ms', 1],
];

/**
 * Milliseconds as Prometheus writes durations, largest unit first.
 * @example formatDuration(90_000) // "1m30s"
 */
function formatDuration(ms: number): string {
  let rest = Math.round(ms);
  let text = '';
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text === '' ? '0s' : text;
}
