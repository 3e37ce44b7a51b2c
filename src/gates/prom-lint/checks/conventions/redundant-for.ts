/**
 * `conventions/redundant-for`: `for: 0s` (or `keep_firing_for: 0s`) writes out the default, so
 * a reader looks for a wait that is not there; leave the key out. pint reports the same as
 * alerts/for. A style check: opt-in (`redundant-for: true`, or the `pint` preset).
 */
import { parsePrometheusDuration } from '../../rulefmt/duration.js';
import type { Located } from '../../rulefmt/model.js';
import type { LintFinding } from '../../types.js';
import { warningInScalar, type RuleContext } from '../rule-context.js';

/** One warning per zero `for` / `keep_firing_for` of an alerting rule, on the value. */
export function redundantFor(context: RuleContext): LintFinding[] {
  if (!context.isAlert || !context.settings.conventions.redundantFor) return [];
  const fields: [string, Located<string> | undefined][] = [
    ['for', context.rule.for],
    ['keep_firing_for', context.rule.keepFiringFor],
  ];
  return fields.flatMap(([key, field]) =>
    field !== undefined && isZero(field.value)
      ? [
          warningInScalar(
            context.file,
            field.node,
            0,
            field.value.length,
            'conventions/redundant-for',
            `${context.prefix}${key}: ${field.value} is the default; remove it`,
          ),
        ]
      : [],
  );
}

/** Whether a duration is zero (`0s`, `0h`, `0`); a bad duration is an error reported elsewhere. */
function isZero(text: string): boolean {
  const duration = parsePrometheusDuration(text.trim());
  return 'ms' in duration && duration.ms === 0;
}
