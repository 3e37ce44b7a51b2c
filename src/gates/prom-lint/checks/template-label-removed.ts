/**
 * `alerts/template-label-removed`: an alert's label or annotation template that reads a label
 * (`$labels.instance`, `.Labels.instance`, `index $labels "instance"`) the expression's result
 * can never carry, e.g. `sum by (job) (rate(errors_total[5m])) > 1` with
 * `{{ $labels.instance }}`. Go templates print a missing map key as an empty string, so every
 * notification says "on instance " and nobody notices until it matters.
 *
 * `$labels` is the result series' labels and nothing else: rules/alerting.go (Eval) builds the
 * template data from `smpl.Metric` alone, and adds the rule's own labels (and a group's labels,
 * merged into every rule's labels when loading) to the alert only after expanding the templates;
 * external labels are `$externalLabels`. So a static `severity: critical` in `labels:` does not
 * make `$labels.severity` work; the message says so for that case.
 */
import {
  describeLabelSet,
  expressionLabels,
  mayCarryLabel,
  type LabelSet,
} from '../promql/output-labels.js';
import type { NamedValue } from '../rulefmt/model.js';
import {
  lexTemplate,
  parseTemplate,
  PREDEFINED_VARIABLES,
  type TemplateToken,
} from '../template/index.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** One read of a label of the alert's series in a template. */
export interface TemplateLabelReference {
  label: string;
  /** How it is written (`$labels.instance`), for messages. */
  written: string;
  /** Offsets of the whole reference in the template text. */
  from: number;
  to: number;
}

/** Keywords that open a block closed by `{{ end }}`. */
const BLOCK_KEYWORDS = new Set(['if', 'range', 'with', 'define', 'block']);
/** Blocks inside which `.` is no longer the alert's data. */
const DOT_CHANGING = new Set(['range', 'with', 'define', 'block']);

/**
 * The label reads of one template: `$labels.X`, `$.Labels.X`, `.Labels.X` (where `.` is still the
 * alert's data, outside range/with/define/block), and `index $labels "X"` / `index .Labels "X"`.
 * Found on Go's tokens (lexer.ts) rather than by pattern on the text, so text outside actions and
 * strings inside them are never taken for a read. Returns none for a
 * template that does not parse (its error is reported elsewhere) or that assigns `$labels`;
 * `parses: true` skips that check for a template known to parse (the linter's rule checks only
 * see such rules).
 * @example templateLabelReferences('{{ $labels.instance }} down') // [{ label: 'instance', ... }]
 */
export function templateLabelReferences(
  text: string,
  { parses = false }: { parses?: boolean } = {},
): TemplateLabelReference[] {
  // Every read names `$labels` or `.Labels`: a text without either reads none (nor assigns it).
  if (!text.includes('abels') || !text.includes('{{')) return [];
  if (!parses && parseTemplate(text, { predefinedVariables: PREDEFINED_VARIABLES }) !== undefined)
    return [];
  const { tokens } = lexTemplate(text);
  const references: TemplateLabelReference[] = [];
  const blocks: string[] = [];
  const at = (i: number): TemplateToken | undefined => tokens[i];
  /** The index of the next token that is not a space. */
  const skipSpace = (i: number): number => {
    let j = i;
    while (at(j)?.kind === 'space') j += 1;
    return j;
  };
  const isField = (token: TemplateToken | undefined): token is TemplateToken =>
    token?.kind === 'field';
  const isLabelsVariable = (token: TemplateToken | undefined): boolean =>
    token?.kind === 'variable' && token.value === '$labels';
  const add = (label: string, from: number, to: number): void => {
    references.push({ label, written: text.slice(from, to), from, to });
  };

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.kind === 'leftDelim') {
      const first = at(skipSpace(i + 1));
      if (first?.kind === 'keyword') {
        if (BLOCK_KEYWORDS.has(first.value)) blocks.push(first.value);
        else if (first.value === 'end') blocks.pop();
      }
      continue;
    }
    if (isLabelsVariable(token)) {
      const after = at(skipSpace(i + 1));
      // `{{ $labels := ... }}`: the name no longer means the alert's labels.
      if (after?.kind === 'declare' || after?.kind === 'assign') return [];
    }
    const next = at(i + 1);
    const previous = at(i - 1);
    if (isLabelsVariable(token) && isField(next)) {
      add(next.value.slice(1), token.from, next.to);
    } else if (token.kind === 'variable' && token.value === '$' && next?.value === '.Labels') {
      const label = at(i + 2);
      if (isField(label)) add(label.value.slice(1), token.from, label.to);
    } else if (
      token.kind === 'field' &&
      token.value === '.Labels' &&
      !['variable', 'field', 'rightParen', 'dot'].includes(previous?.kind ?? '') &&
      !blocks.some((b) => DOT_CHANGING.has(b)) &&
      isField(next)
    ) {
      add(next.value.slice(1), token.from, next.to);
    } else if (token.kind === 'identifier' && token.value === 'index') {
      const mapIndex = skipSpace(i + 1);
      const map = at(mapIndex);
      const key = at(skipSpace(mapIndex + 1));
      // `index $labels "x"`, or `index .Labels "x"` where `.` is still the alert's data.
      const labelsMap =
        isLabelsVariable(map) ||
        (map?.value === '.Labels' && !blocks.some((b) => DOT_CHANGING.has(b)));
      const plainLabels = labelsMap && at(mapIndex + 1)?.kind === 'space';
      if (plainLabels && (key?.kind === 'string' || key?.kind === 'rawString')) {
        // A string the parser accepted; JSON.parse reads Go's common escapes the same way.
        const label = key.kind === 'string' ? safeUnquote(key.value) : key.value.slice(1, -1);
        if (label !== undefined) add(label, token.from, key.to);
      }
    }
  }
  return references;
}

function safeUnquote(literal: string): string | undefined {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function findingFor(
  context: RuleContext,
  entry: NamedValue,
  what: 'label' | 'annotation',
  reference: TemplateLabelReference,
  labels: LabelSet,
): LintFinding {
  const label = JSON.stringify(reference.label);
  const staticLabel = [...context.group.labels, ...context.rule.labels].some(
    (l) => l.name === reference.label,
  );
  const fix = staticLabel
    ? `${label} is a static label of the rule, which $labels does not hold (Prometheus adds it ` +
      'after expanding the templates): write its value directly'
    : `keep ${label} in the expression (by (...), on (...) or group_left (...)) or drop the reference`;
  return warningInScalar(
    context.file,
    entry.node,
    reference.from,
    reference.to,
    'alerts/template-label-removed',
    `${context.prefix}${what} ${JSON.stringify(entry.name)} reads ${reference.written}, but the ` +
      `expression's result ${describeLabelSet(labels)}, so it renders as an empty string in ` +
      `every notification; ${fix}`,
  );
}

/**
 * One warning per label a template reads that the alert's series can never carry, on its first
 * read in each label or annotation (a second read of the same label is the same mistake).
 */
export function templateLabelRemoved(context: RuleContext): LintFinding[] {
  if (!context.isAlert) return [];
  const labels = expressionLabels(context.parsed);
  if (labels.kind === 'all-except' && labels.removed.size === 0) return [];
  const findings: LintFinding[] = [];
  for (const [what, entries] of [
    ['label', context.rule.labels],
    ['annotation', context.rule.annotations],
  ] as const) {
    for (const entry of entries) {
      const reported = new Set<string>();
      // Rule checks run only on rules without errors, so every template here parses.
      for (const reference of templateLabelReferences(entry.value, { parses: true })) {
        if (reported.has(reference.label) || mayCarryLabel(labels, reference.label)) continue;
        reported.add(reference.label);
        findings.push(findingFor(context, entry, what, reference, labels));
      }
    }
  }
  return findings;
}
