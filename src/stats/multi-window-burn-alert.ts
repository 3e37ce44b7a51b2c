import { burnRate } from './burn-rate.js';
import { assertObjective } from './slo-attainment.js';

/** One multi-window burn-rate alert condition. */
export interface BurnRateRule {
  /** What the alert does when it fires. */
  severity: 'page' | 'ticket';
  /** Window that proves the budget is really being spent, e.g. `1h`. */
  longWindow: string;
  /** Window that proves it is still being spent now (the alert resets quickly), e.g. `5m`. */
  shortWindow: string;
  /** Burn rate both windows must exceed. */
  burnRate: number;
}

/**
 * The recommended rules of the Google SRE workbook ("Alerting on SLOs", multiwindow,
 * multi-burn-rate alerts) for a 30-day SLO: page at 14.4× over 1h and 5m (2% of the budget in an
 * hour) or 6× over 6h and 30m (5% in six hours); ticket at 1× over 3d and 6h (10% in three days).
 */
export const SRE_WORKBOOK_BURN_RULES: readonly BurnRateRule[] = Object.freeze([
  { severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4 },
  { severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6 },
  { severity: 'ticket', longWindow: '3d', shortWindow: '6h', burnRate: 1 },
]);

/** Inputs of {@link multiWindowBurnAlert}. */
export interface MultiWindowBurnAlertInput {
  /** Target fraction of good events, in (0, 1), e.g. 0.999. */
  objective: number;
  /** Error ratio (bad/total, in [0, 1]) measured over each window the rules name, e.g. `{ '1h': 0.02 }`. */
  errorRatios: Readonly<Record<string, number>>;
  /** Rules to evaluate; {@link SRE_WORKBOOK_BURN_RULES} unless told. */
  rules?: readonly BurnRateRule[];
}

/** Evaluation of one rule. */
export interface BurnRateRuleResult {
  /** The rule evaluated. */
  rule: BurnRateRule;
  /** Burn rate over the long window. */
  longBurnRate: number;
  /** Burn rate over the short window. */
  shortBurnRate: number;
  /** Both burn rates exceed the rule's threshold. */
  firing: boolean;
}

/** Result of {@link multiWindowBurnAlert}. */
export interface MultiWindowBurnAlert {
  /** Some rule fires. */
  firing: boolean;
  /** The most severe firing rule's severity (page over ticket), or `none`. */
  severity: 'page' | 'ticket' | 'none';
  /** Every rule with its burn rates, in rule order. */
  rules: BurnRateRuleResult[];
}

/**
 * Multiwindow, multi-burn-rate alerting of the Google SRE workbook: a rule fires when the burn
 * rate over its long window AND over its short window both exceed its threshold (strictly, as
 * the workbook's `>` in PromQL). The long window keeps precision (a short spike does not page),
 * the short one resets the alert soon after the burning stops.
 *
 * Complexity: O(number of rules).
 *
 * @throws {Error} `multiWindowBurnAlert: ...` for an objective outside (0, 1), a rule whose
 *   window has no error ratio, an error ratio outside [0, 1], or a threshold that is not > 0.
 * @example
 * multiWindowBurnAlert({
 *   objective: 0.999,
 *   errorRatios: { '5m': 0.03, '1h': 0.02, '30m': 0.01, '6h': 0.004, '3d': 0.0008 },
 * }).severity; // 'page' (1h and 5m burn at 20× and 30×, above 14.4×)
 */
export function multiWindowBurnAlert(input: MultiWindowBurnAlertInput): MultiWindowBurnAlert {
  const { objective, errorRatios, rules = SRE_WORKBOOK_BURN_RULES } = input;
  assertObjective('multiWindowBurnAlert', objective);
  const rateOf = (window: string): number => {
    const errorRatio = Object.hasOwn(errorRatios, window) ? errorRatios[window] : undefined;
    if (errorRatio === undefined) {
      throw new Error(`multiWindowBurnAlert: no error ratio for window ${window}`);
    }
    if (!(errorRatio >= 0 && errorRatio <= 1)) {
      throw new Error(
        `multiWindowBurnAlert: error ratio for window ${window} must be in [0, 1], got ${errorRatio}`,
      );
    }
    return burnRate({ objective, errorRatio });
  };
  const results = rules.map((rule) => {
    if (!(rule.burnRate > 0) || !Number.isFinite(rule.burnRate)) {
      throw new Error(
        `multiWindowBurnAlert: burn rate threshold must be > 0, got ${String(rule.burnRate)}`,
      );
    }
    const longBurnRate = rateOf(rule.longWindow);
    const shortBurnRate = rateOf(rule.shortWindow);
    return {
      rule,
      longBurnRate,
      shortBurnRate,
      firing: longBurnRate > rule.burnRate && shortBurnRate > rule.burnRate,
    };
  });
  const firing = results.filter((r) => r.firing);
  const severity = firing.some((r) => r.rule.severity === 'page')
    ? 'page'
    : firing.length > 0
      ? 'ticket'
      : 'none';
  return { firing: firing.length > 0, severity, rules: results };
}
