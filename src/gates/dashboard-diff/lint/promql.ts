/**
 * PromQL checks of a dashboard's Prometheus queries, on the text with Grafana variables masked:
 * validity (prom-lint's parser and type checks, as `promtool` would judge the query Grafana
 * sends), and dashboard-linter's target rules ($__rate_interval in rate(), counters read through
 * rate(), job and instance matchers) and template-label-promql-rule.
 */
import { checkParsedPromQL } from '../../prom-lint/promql/index.js';
import { aggregationOperator, functionName } from '../../prom-lint/promql/output-labels.js';
import {
  nodeText,
  parsePromQL,
  promTree,
  selectorParts,
  type ParsedPromQL,
  type PromNode,
} from '../../prom-lint/promql/tree.js';
import type { ExpressionDiagnostic } from '../../prom-lint/types.js';
import type { DashboardSide, PanelModel, QueryModel } from '../types.js';
import { MASK_PREFIX, maskGrafanaVariables, type MaskedQuery } from '../query/mask.js';
import {
  datasourceRefOf,
  datasourceType,
  isPrometheusQuery,
  isRecord,
  panelName,
  panelOf,
  sideNames,
  targetIndex,
  type LintFinding,
} from './context.js';

/** What the checks read of one query text, whichever panels and sides hold it. */
interface ParsedExpression {
  masked: MaskedQuery;
  parsed: ParsedPromQL;
  /** prom-lint's errors, a variable standing as a function (`$agg(x)`) excepted. */
  errors: ExpressionDiagnostic[];
}

/**
 * Parsed query texts by text. The two sides of a change share most of their queries, and parsing
 * is most of the lint's time: one cache for both sides (and every dashboard of a run) parses each
 * text once.
 */
export type PromQLParseCache = Map<string, ParsedExpression>;

/** A query masked and parsed once for every check. */
interface ParsedQuery extends ParsedExpression {
  panel: PanelModel;
  query: QueryModel;
  expr: string;
  /** True when prom-lint found no error: the other rules read only valid queries. */
  valid: boolean;
}

function parseExpression(expr: string, cache: PromQLParseCache): ParsedExpression {
  const known = cache.get(expr);
  if (known !== undefined) return known;
  const masked = maskGrafanaVariables(expr);
  const parsed = parsePromQL(masked.text);
  const errors = checkParsedPromQL(parsed).filter(
    (d) =>
      d.severity === 'error' &&
      // `$agg(x)`: a variable as the function; what it becomes is not known here.
      !(d.message.startsWith('unknown function') && d.message.includes(MASK_PREFIX)),
  );
  const parsedExpression = { masked, parsed, errors };
  cache.set(expr, parsedExpression);
  return parsedExpression;
}

/** Shortens a query for a message. */
function quoted(expr: string): string {
  const oneLine = expr.replace(/\s+/gu, ' ').trim();
  return JSON.stringify(oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine);
}

function base(item: ParsedQuery): Pick<LintFinding, 'source' | 'panel' | 'targetIdx'> {
  return {
    source: [...item.query.source, item.query.exprField ?? 'expr'],
    panel: panelOf(item.panel),
    targetIdx: targetIndex(item.panel, item.query),
  };
}

/** Every Prometheus query of the side, masked and parsed, with the validity findings. */
function parseQueries(
  side: DashboardSide,
  cache: PromQLParseCache,
): { queries: ParsedQuery[]; findings: LintFinding[] } {
  const names = sideNames(side);
  const queries: ParsedQuery[] = [];
  const findings: LintFinding[] = [];
  for (const panel of side.model.panels) {
    for (const query of panel.queries) {
      if (!isPrometheusQuery(query, names) || query.expr === undefined) continue;
      const expr = query.expr;
      // An empty query of a hidden or new target is Grafana's "no query yet", not an error.
      if (expr.trim() === '') continue;
      const { masked, parsed, errors } = parseExpression(expr, cache);
      const item: ParsedQuery = {
        panel,
        query,
        expr,
        masked,
        parsed,
        errors,
        valid: errors.length === 0,
      };
      queries.push(item);
      const [first] = errors;
      if (first !== undefined) {
        findings.push({
          rule: 'target-promql-rule',
          title: `Invalid PromQL in query ${query.refId}`,
          message: `${panelName(panel)}, query ${query.refId}: ${unmask(first.message, masked)} (in ${quoted(expr)}, variables substituted).`,
          ...base(item),
          subject: query.refId,
        });
      }
    }
  }
  return { queries, findings };
}

/** A diagnostic's message with placeholders named back as the variables they stand for. */
function unmask(message: string, masked: MaskedQuery): string {
  let text = message;
  for (const variable of masked.variables)
    text = text.split(variable.replacement).join(variable.text);
  return text;
}

/** A node of the normalised tree with the way up to its root. */
interface Placed {
  node: PromNode;
  parent: Placed | undefined;
}

/**
 * Every node of the normalised tree with its parent, in document order. A loop with its own
 * stack, and parents linked rather than ancestor lists copied: a query nested thousands of levels
 * deep (Prometheus accepts it) neither overflows the call stack nor takes quadratic memory.
 */
function withAncestors(root: PromNode | undefined): Placed[] {
  const result: Placed[] = [];
  const stack: Placed[] = root === undefined ? [] : [{ node: root, parent: undefined }];
  for (let placed = stack.pop(); placed !== undefined; placed = stack.pop()) {
    result.push(placed);
    const { children } = placed.node;
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({ node: children[i] as PromNode, parent: placed });
    }
  }
  return result;
}

/** The ancestors of a placed node, nearest first. */
function* ancestorsOf(placed: Placed): Generator<PromNode> {
  for (let up = placed.parent; up !== undefined; up = up.parent) yield up.node;
}

function callName(parsed: ParsedPromQL, node: PromNode | undefined): string | undefined {
  if (node?.kind === 'call') return functionName(parsed, node.node).toLowerCase();
  if (node?.kind === 'aggregate') return aggregationOperator(parsed, node.node);
  return undefined;
}

/** rate() and irate() over a range other than `$__rate_interval` (Grafana's scrape-aware window). */
function rateInterval(item: ParsedQuery): LintFinding[] {
  const rateVariable = item.masked.variables.find(
    (v) => v.name === '__rate_interval' && v.kind === 'duration',
  );
  const findings: LintFinding[] = [];
  for (const { node, parent } of withAncestors(promTree(item.parsed))) {
    if (node.kind !== 'matrix') continue;
    const fn = callName(item.parsed, parent?.node);
    if (fn !== 'rate' && fn !== 'irate') continue;
    const operand = node.children[0];
    const range = item.parsed.text
      .slice(operand?.to ?? node.from, node.to)
      .replace(/[\s[\]]/gu, '');
    if (rateVariable !== undefined && range === rateVariable.replacement) continue;
    const written = item.masked.variables.find((v) => v.replacement === range)?.text ?? range;
    findings.push({
      rule: 'target-rate-interval-rule',
      title: `${fn}() without $__rate_interval`,
      message: `${panelName(item.panel)}, query ${item.query.refId}: ${fn}() over [${written}] instead of [$__rate_interval], which Grafana sizes to the scrape interval and the zoom so the rate neither misses samples nor hides spikes.`,
      ...base(item),
      subject: `${item.query.refId} ${fn}[${written}]`,
    });
  }
  return findings;
}

/** Functions through which a counter is read as it should be. */
const COUNTER_FUNCTIONS = new Set(['rate', 'irate', 'increase']);
/** Functions and aggregations that read a series' presence or labels, not its value. */
const VALUE_BLIND = new Set([
  'count',
  'group',
  'absent',
  'absent_over_time',
  'present_over_time',
  'timestamp',
  'changes',
  'resets',
  'count_over_time',
]);

/** Counters (`…_total`) read other than through rate(), irate() or increase(). */
function counterAggregation(item: ParsedQuery): LintFinding[] {
  const findings: LintFinding[] = [];
  const seen = new Set<string>();
  for (const placed of withAncestors(promTree(item.parsed))) {
    const { node } = placed;
    if (node.kind !== 'selector') continue;
    const metric = selectorParts(item.parsed, node.node).metricName;
    if (metric === undefined || !metric.endsWith('_total') || seen.has(metric)) continue;
    const parent = placed.parent?.node;
    const grandparent = placed.parent?.parent?.node;
    if (
      parent?.kind === 'matrix' &&
      COUNTER_FUNCTIONS.has(callName(item.parsed, grandparent) ?? '')
    )
      continue;
    if ([...ancestorsOf(placed)].some((a) => VALUE_BLIND.has(callName(item.parsed, a) ?? '')))
      continue;
    seen.add(metric);
    findings.push({
      rule: 'target-counter-agg-rule',
      title: `Counter ${metric} not read through rate()`,
      message: `${panelName(item.panel)}, query ${item.query.refId}: the counter ${metric} is used as a raw value; a counter's value resets on restart and only grows, so read it through rate(), irate() or increase().`,
      ...base(item),
      subject: `${item.query.refId} ${metric}`,
    });
  }
  return findings;
}

/** Selectors without a `label=~"$label"` matcher (dashboard-linter's job and instance rules). */
function requiredMatcher(item: ParsedQuery, label: 'job' | 'instance'): LintFinding[] {
  const placeholder = `${MASK_PREFIX}${label}`;
  for (const { node } of withAncestors(promTree(item.parsed))) {
    if (node.kind !== 'selector') continue;
    const { matchers } = selectorParts(item.parsed, node.node);
    const ok = matchers.some((m) => m.name === label && m.op === '=~' && m.value === placeholder);
    if (ok) continue;
    return [
      {
        rule: label === 'job' ? 'target-job-rule' : 'target-instance-rule',
        title: `Selector without ${label}=~"$${label}"`,
        message: `${panelName(item.panel)}, query ${item.query.refId}: ${nodeText(item.parsed, node.node).split(MASK_PREFIX).join('$')} has no ${label}=~"$${label}" matcher.`,
        ...base(item),
        subject: `${item.query.refId} ${label}`,
      },
    ];
  }
  return [];
}

/** The PromQL findings of one side; `enabled` says which opt-in rules run. */
export function promqlFindings(
  side: DashboardSide,
  enabled: ReadonlySet<string>,
  cache: PromQLParseCache = new Map(),
): LintFinding[] {
  const { queries, findings } = parseQueries(side, cache);
  for (const item of queries) {
    if (!item.valid) continue;
    findings.push(...rateInterval(item), ...counterAggregation(item));
    if (enabled.has('target-job-rule')) findings.push(...requiredMatcher(item, 'job'));
    if (enabled.has('target-instance-rule')) findings.push(...requiredMatcher(item, 'instance'));
  }
  findings.push(...templateLabelPromQL(side));
  return findings;
}

/** The query functions of Grafana's Prometheus query variables. */
const VARIABLE_FUNCTION =
  /^\s*(label_values|label_names|metrics|query_result)\s*\(([\s\S]*)\)\s*$/u;

/**
 * Query variables of a Prometheus datasource: the query must be one of Grafana's variable
 * functions, with valid PromQL inside, or the variable gets no values.
 */
function templateLabelPromQL(side: DashboardSide): LintFinding[] {
  const names = sideNames(side);
  const findings: LintFinding[] = [];
  for (const variable of side.model.variables) {
    if (variable.type !== 'query') continue;
    const type = datasourceType(datasourceRefOf(variable.fields['datasource']), names);
    if (type === undefined || !type.toLowerCase().includes('prometheus')) continue;
    const query = variableQueryText(variable.fields['query']);
    if (query === undefined || query.trim() === '') continue;
    const problem = variableQueryProblem(query);
    if (problem === undefined) continue;
    findings.push({
      rule: 'template-label-promql-rule',
      title: `Invalid query in variable ${variable.name}`,
      message: `Variable ${variable.name}: ${problem} (query ${JSON.stringify(query)}).`,
      source: [...variable.source, 'query'],
      subject: variable.name,
    });
  }
  return findings;
}

/** The text of a variable's query: a string, or the `query` of Grafana's query object. */
function variableQueryText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isRecord(value) && typeof value['query'] === 'string' ? value['query'] : undefined;
}

/** What is wrong with a Prometheus variable query, or undefined. */
function variableQueryProblem(query: string): string | undefined {
  const match = VARIABLE_FUNCTION.exec(query);
  if (match === null) {
    // A bare PromQL expression is a query_result() in all but name: Grafana runs it as one.
    return promqlProblem(query) === undefined
      ? undefined
      : 'not label_values(), label_names(), metrics() or query_result(), nor valid PromQL';
  }
  const fn = match[1] ?? '';
  const inner = (match[2] ?? '').trim();
  if (fn === 'metrics') return undefined; // its argument is a regex, not PromQL
  if (fn === 'query_result') return promqlProblem(inner);
  // label_values(label), label_values(expr, label), label_names(), label_names(expr)
  if (fn === 'label_names') return inner === '' ? undefined : promqlProblem(inner);
  const comma = inner.lastIndexOf(',');
  if (comma < 0)
    return /^[\w$]+$/u.test(inner)
      ? undefined
      : `label_values() needs a label name, not ${JSON.stringify(inner)}`;
  const label = inner.slice(comma + 1).trim();
  if (!/^[\w${}]+$/u.test(label))
    return `label_values() needs a label name last, not ${JSON.stringify(label)}`;
  return promqlProblem(inner.slice(0, comma));
}

function promqlProblem(expr: string): string | undefined {
  const masked = maskGrafanaVariables(expr);
  const errors = checkParsedPromQL(parsePromQL(masked.text)).filter((d) => d.severity === 'error');
  const [first] = errors;
  return first === undefined ? undefined : `invalid PromQL: ${unmask(first.message, masked)}`;
}
