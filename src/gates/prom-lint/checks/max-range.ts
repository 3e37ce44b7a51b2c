/**
 * `promql/max-range`: range selectors longer than the team allows (`max-range` in the
 * configuration file): a query over `up[7d]` reads a week of samples of every series on each
 * evaluation, and a server that keeps less than that answers from what it has without saying so.
 * pint's promql/range_query (`max`). Off unless configured.
 */
import { selectors } from '../promql/index.js';
import { parsePrometheusDuration } from '../rulefmt/duration.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** One warning per range selector longer than `settings.maxRange`, on the selector. */
export function maxRange(context: RuleContext): LintFinding[] {
  const max = context.settings.maxRange;
  if (max === undefined) return [];
  return selectors(context.parsed).flatMap((selector) => {
    if (selector.range === undefined) return [];
    const range = parsePrometheusDuration(selector.range);
    if (!('ms' in range) || range.ms <= max) return [];
    return [
      warningInScalar(
        context.file,
        context.exprNode,
        selector.from,
        selector.to,
        'promql/max-range',
        `${context.prefix}the range [${selector.range}] is longer than the ${formatMs(max)} ` +
          'allowed (max-range in the configuration)',
      ),
    ];
  });
}

/** Milliseconds as the shortest Prometheus duration that says them (`6h`, `90s`). */
export function formatMs(ms: number): string {
  const units: [string, number][] = [
    ['y', 31_536_000_000],
    ['w', 604_800_000],
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
    ['ms', 1],
  ];
  if (ms === 0) return '0s';
  let rest = ms;
  let text = '';
  for (const [unit, size] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) {
      text += `${count}${unit}`;
      rest -= count * size;
    }
  }
  return text;
}
