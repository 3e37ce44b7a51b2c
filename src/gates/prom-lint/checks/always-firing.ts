/**
 * `alerts/always-firing`: an alert whose expression never drops a series (no comparison, no
 * `and`/`unless`, no absent()) fires for every series it selects, whatever their values. Almost
 * always a forgotten threshold (`expr: node_load1` instead of `node_load1 > 4`).
 */
import {
  childNamed,
  binaryOperator,
  depthSafe,
  COMPARISON_OPERATORS,
  promTree,
  type ParsedPromQL,
  type PromNode,
} from '../promql/index.js';
import { functionName } from '../promql/output-labels.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/**
 * Names under which monitoring stacks ship deliberate always-firing "is alerting alive" alerts,
 * also inside longer names (awesome-prometheus-alerts' `PrometheusAlertmanagerE2eDeadManSwitch`).
 */
const WATCHDOG_NAME = /watchdog|dead_?mans?_?switch/iu;

/** Functions that return nothing while their input has series: what absent() alerts rely on. */
const FILTERING_FUNCTIONS = new Set(['absent', 'absent_over_time']);

/**
 * One warning, over the whole expression, when an alert fires for every series it returns.
 * Watchdog / DeadMansSwitch alerts (by name) and alerts labelled `severity: none` fire on purpose
 * and are skipped (kube-prometheus and the Prometheus operator ship `expr: vector(1)` that way).
 */
export function alwaysFiring(context: RuleContext): LintFinding[] {
  const { parsed } = context;
  if (!context.isAlert || isWatchdog(context)) return [];
  const root = promTree(parsed);
  if (root === undefined || canDropSeries(parsed, root)) return [];
  return [
    warningInScalar(
      context.file,
      context.exprNode,
      root.from,
      root.to,
      'alerts/always-firing',
      `${context.prefix}the expression has no comparison, and/unless or absent(), so the alert ` +
        'fires for every series it returns whatever their values; add a threshold ' +
        '(or, for a deliberate always-firing alert, name it Watchdog or label it severity: none)',
    ),
  ];
}

function isWatchdog({ rule }: RuleContext): boolean {
  if (WATCHDOG_NAME.test(rule.alert?.value ?? '')) return true;
  return rule.labels.some((label) => label.name === 'severity' && label.value === 'none');
}

/**
 * Whether the expression can return fewer series than it selects. Node kinds it does not know
 * count as filtering, so the check stays quiet when it cannot tell.
 */
const canDropSeries = depthSafe((parsed: ParsedPromQL, node: PromNode): boolean => {
  const some = (): boolean => node.children.some((child) => canDropSeries(parsed, child));
  switch (node.kind) {
    case 'number':
    case 'string':
    case 'selector':
      return false;
    case 'binary': {
      const op = binaryOperator(node.node)?.name;
      if (op === 'And' || op === 'Unless') return true;
      const bool = childNamed(node.node, 'BoolModifier') !== null;
      if (op !== undefined && COMPARISON_OPERATORS.has(op) && !bool) return true;
      // `a or b` keeps a's series whatever b is: it drops series only when both sides do.
      if (op === 'Or') return node.children.every((child) => canDropSeries(parsed, child));
      // Arithmetic and `bool` comparisons keep only the series matched on both sides.
      return some();
    }
    case 'call':
      return FILTERING_FUNCTIONS.has(functionName(parsed, node.node)) || some();
    case 'aggregate':
    case 'matrix':
    case 'subquery':
    case 'offset':
    case 'at':
    case 'anchored':
    case 'smoothed':
    case 'paren':
    case 'unary':
      return some();
    case 'other':
      return true;
  }
});
