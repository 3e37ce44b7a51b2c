/**
 * Lints Prometheus rule files: loads every YAML document, decodes it strictly, runs the rule
 * loader's checks, then checks every PromQL expression and every alert template. Pure: text in,
 * findings out; reading files is the caller's job.
 */
import { isConfigurationError } from '../../shared/errors.js';
import {
  expressionFacts,
  groupWarnings,
  removedDependencies,
  ruleWarnings,
  suiteNeeds,
  suiteWarnings,
  type ExpressionFacts,
  type SuiteNeeds,
} from './checks/index.js';
import { ruleIdentities, type RuleIdentity } from './existing-findings.js';
import { loadRuleFile } from './load/load-rule-file.js';
import { positionOfOffset } from './load/position-of-offset.js';
import { YamlLoadError } from './load/yaml-load-error.js';
import { checkParsedPromQL, parsePromQL } from './promql/index.js';
import { decodeRuleDocument } from './rulefmt/decode.js';
import type { RuleFileModel, RuleModel } from './rulefmt/model.js';
import { defaultPromLintSettings, isCheckEnabled, type PromLintSettings } from './settings.js';
import { applySuppressions } from './suppress/index.js';
import { rulePrefix, validateRuleFile } from './rulefmt/validate.js';
import { checkTemplate } from './template/index.js';
import type { ExpressionDiagnostic, LintFinding, SourcePosition } from './types.js';
import type { YamlScalar } from './load/yaml-tree.js';

/** Options of {@link lintRuleFiles}. */
export interface LintOptions {
  /** Check names against the legacy character set (Prometheus 2) instead of UTF-8 (3). */
  legacyNames?: boolean;
  /** Accept PromQL functions Prometheus only enables with `--enable-feature=promql-experimental-functions`. */
  experimentalFunctions?: boolean;
  /** Tunables of the warning checks; errors are never switched off. */
  settings?: PromLintSettings;
  /**
   * Now, as `YYYY-MM-DD` or RFC 3339, for `snooze` comments (the caller reads the clock, so
   * linting stays pure). Without it every snooze counts as expired.
   */
  today?: string;
  /** Report what suppression comments would silence too (an audit of what they hide). */
  ignoreSuppressionComments?: boolean;
  /**
   * Called once every file is decoded, when the YAML trees have just become garbage: the
   * caller may collect it (a memory hint; the findings do not depend on it).
   */
  afterDecoding?: () => void;
  /**
   * The rule documents as they were before the change under review (the merge base's versions
   * of the files it touched, see {@link decodeRuleModels}), for the checks that compare the two
   * states: `rules/removed-dependency`. Without it those checks do not run.
   */
  before?: readonly RuleFileModel[];
  /**
   * Name the rule each finding lies in ({@link LintResult.identities}), to tell the findings a
   * change brought from those it found (existing-findings.ts).
   */
  identifyRules?: boolean;
}

/** Counts of what was linted, for the summary. */
export interface LintStats {
  files: number;
  groups: number;
  rules: number;
  alerts: number;
  records: number;
  /** Findings silenced by suppression comments. */
  suppressed: number;
}

/** The result of {@link lintRuleFiles}. */
export interface LintResult {
  /** Sorted by file, line, column. */
  findings: LintFinding[];
  stats: LintStats;
  /** With {@link LintOptions.identifyRules}: the named rule each finding lies in, if any. */
  identities?: ReadonlyMap<LintFinding, RuleIdentity>;
}

/**
 * Lints rule files given as text. A file that is not YAML (or is hostile: an alias bomb, too
 * deep, over 100 MB) becomes one error finding at the place reading stopped, so the other files
 * are still linted.
 * @example lintRuleFiles([{ path: 'r.yml', text: 'groups: [{name: a}, {name: a}]' }], {})
 *   // one finding: rulefmt/duplicate-group, 'groupname: "a" is repeated in the same file'
 */
export function lintRuleFiles(
  files: readonly { path: string; text: string }[],
  options: LintOptions = {},
): LintResult {
  const settings = options.settings ?? defaultPromLintSettings;
  const findings: LintFinding[] = [];
  // Every file is decoded first (each file's YAML tree is garbage once it is), so that the
  // suite decides which facts of each expression its checks need before the expressions are
  // checked; each tree is then dropped after its rule's checks, and only those facts are kept.
  const documents = files.flatMap(({ path, text }) =>
    decodeRuleFile(path, text, options, findings),
  );
  const models = documents.map(({ model }) => model);
  options.afterDecoding?.();
  const needs = suiteNeeds(models);
  const factsOf = new Map<RuleModel, ExpressionFacts>();
  const stats: LintStats = {
    files: files.length,
    groups: 0,
    rules: 0,
    alerts: 0,
    records: 0,
    suppressed: 0,
  };
  for (const { model, refused } of documents) {
    findings.push(...expressionFindings(model, options, settings, needs, factsOf, refused));
    countRules(model, stats);
  }
  findings.push(...suiteWarnings(models, needs, factsOf));
  if (options.before !== undefined) findings.push(...removedDependencies(options.before, models));
  const enabled = findings.filter(
    (finding) => finding.severity === 'error' || isCheckEnabled(settings, finding.check),
  );
  const suppression = options.ignoreSuppressionComments
    ? { kept: enabled, suppressed: 0, notices: [] }
    : applySuppressions(
        enabled,
        files.map(({ path, text }) => ({
          path,
          text,
          models: models.filter((model) => model.file === path),
        })),
        options.today ?? '1970-01-01',
      );
  stats.suppressed = suppression.suppressed;
  const kept = [
    ...suppression.kept,
    ...suppression.notices.filter((notice) => isCheckEnabled(settings, notice.check)),
  ];
  kept.sort(
    (a, b) =>
      compare(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compare(a.check, b.check) ||
      compare(a.message, b.message),
  );
  return options.identifyRules === true
    ? { findings: kept, stats, identities: ruleIdentities(kept, models) }
    : { findings: kept, stats };
}

/**
 * The rule documents of rule files, decoded as {@link lintRuleFiles} decodes them but not
 * checked: what the checks that compare two states need of the earlier one (a file that does not
 * load contributes nothing).
 * @example decodeRuleModels([{ path: 'r.yml', text: 'groups: [{name: a, rules: []}]' }])[0]?.groups.length // 1
 */
export function decodeRuleModels(
  files: readonly { path: string; text: string }[],
  options: Pick<LintOptions, 'legacyNames'> = {},
): RuleFileModel[] {
  const ignored: LintFinding[] = [];
  return files.flatMap(({ path, text }) =>
    decodeRuleFile(path, text, options, ignored).map(({ model }) => model),
  );
}

/**
 * Loads and decodes one file, adding its YAML and rule-loader errors to `findings`. A file that
 * is not YAML (or is hostile) becomes one error at the place reading stopped.
 */
function decodeRuleFile(
  path: string,
  text: string,
  options: LintOptions,
  findings: LintFinding[],
): { model: RuleFileModel; refused: Set<RuleModel> }[] {
  const error = (check: string, line: number, column: number, message: string): void => {
    findings.push({ severity: 'error', file: path, line, column, check, message });
  };
  let loaded;
  try {
    loaded = loadRuleFile(path, text);
  } catch (caught) {
    if (caught instanceof YamlLoadError) {
      error('rulefmt/yaml', caught.position.line, caught.position.column, caught.reason);
      return [];
    }
    if (isConfigurationError(caught)) {
      error('rulefmt/yaml', 1, 1, caught.message);
      return [];
    }
    throw caught;
  }
  for (const problem of loaded.problems)
    error('rulefmt/yaml', problem.position.line, problem.position.column, problem.message);
  return loaded.documents.map((document) => {
    const { model, problems } = decodeRuleDocument(document);
    const ruleProblems = [...problems, ...validateRuleFile(model, options)];
    for (const problem of ruleProblems) {
      error(problem.check, problem.position.line, problem.position.column, problem.message);
    }
    // A rule Prometheus refuses gets its errors and no warnings (see expressionFindings).
    const refused = rulesAt(
      model,
      ruleProblems.map((problem) => problem.position),
    );
    return { model, refused };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function countRules(model: RuleFileModel, stats: LintStats): void {
  stats.groups += model.groups.length;
  for (const group of model.groups) {
    stats.rules += group.rules.length;
    for (const rule of group.rules) {
      if ((rule.alert?.value ?? '') !== '') stats.alerts++;
      else if ((rule.record?.value ?? '') !== '') stats.records++;
    }
  }
}

/**
 * PromQL of every rule; templates of alerting rules' labels and annotations (as Prometheus); then
 * the warning checks (src/gates/prom-lint/checks) on every rule whose expression parsed, keeping
 * what the suite checks need of its expression.
 */
function expressionFindings(
  model: RuleFileModel,
  options: LintOptions,
  settings: PromLintSettings,
  needs: SuiteNeeds,
  factsOf: Map<RuleModel, ExpressionFacts>,
  refused: ReadonlySet<RuleModel>,
): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const group of model.groups) {
    findings.push(...groupWarnings(model.file, group));
    for (const rule of group.rules) {
      const prefix = rulePrefix(group, rule);
      const templateFindings = templateErrors(model.file, rule, prefix);
      findings.push(...templateFindings);
      const expr = rule.expr;
      if (expr === undefined || expr.value === '') continue;
      const parsed = parsePromQL(expr.value);
      const diagnostics = checkParsedPromQL(parsed, {
        ...options.settings?.promql,
        experimentalFunctions: options.experimentalFunctions === true,
      });
      for (const diagnostic of diagnostics) {
        // Prometheus: "could not parse expression: 1:6: parse error: ..." (place in the expr).
        const at = textPosition(expr.value, diagnostic.from);
        const detail = diagnostic.message.includes('parse error')
          ? diagnostic.message
          : `parse error: ${diagnostic.message}`;
        const message =
          diagnostic.severity === 'error'
            ? `${prefix}could not parse expression: ${at.line}:${at.column}: ${detail}`
            : prefix + diagnostic.message;
        findings.push(located(model.file, expr.node, diagnostic, message));
      }
      // A rule Prometheus refuses gets its errors and no warnings: they would only be noise. So
      // the warning checks also know that every template they read parses.
      const clean =
        !refused.has(rule) &&
        templateFindings.length === 0 &&
        !diagnostics.some((d) => d.severity === 'error') &&
        // An expression nested past what the parser reads was not checked: no facts to share.
        parsed.unchecked === undefined;
      if (clean) {
        findings.push(...ruleWarnings(model.file, group, rule, expr, parsed, settings));
        factsOf.set(rule, expressionFacts(rule, parsed, needs));
      }
    }
  }
  return findings;
}

/** Errors in the Go templates of an alerting rule's labels and annotations, as Prometheus checks them. */
function templateErrors(file: string, rule: RuleModel, prefix: string): LintFinding[] {
  if ((rule.alert?.value ?? '') === '') return [];
  const findings: LintFinding[] = [];
  for (const [what, entries] of [
    ['label', rule.labels],
    ['annotation', rule.annotations],
  ] as const) {
    for (const entry of entries) {
      for (const diagnostic of checkTemplate(entry.value)) {
        // Prometheus: `annotation "summary": template: __alert_A:1: ...`, the line counted
        // in the value (its variable definitions are prepended on the same line).
        const detail = diagnostic.message.startsWith('template: ')
          ? diagnostic.message
          : `template: __alert_${rule.alert?.value ?? ''}:${textPosition(entry.value, diagnostic.from).line}: ${diagnostic.message}`;
        const message = `${prefix}${what} ${JSON.stringify(entry.name)}: ${detail}`;
        findings.push(located(file, entry.node, diagnostic, message));
      }
    }
  }
  return findings;
}

/**
 * The rules that contain these positions (a rule runs from its `- ` item to the next rule or
 * group); positions on a group's own fields belong to no rule.
 */
function rulesAt(model: RuleFileModel, positions: readonly SourcePosition[]): Set<RuleModel> {
  const starts = [
    ...model.groups.map((group) => ({ line: group.position.line, rule: undefined })),
    ...model.groups.flatMap((group) =>
      group.rules.map((rule) => ({ line: rule.position.line, rule })),
    ),
  ].sort((a, b) => a.line - b.line || (a.rule === undefined ? -1 : 1));
  const found = new Set<RuleModel>();
  for (const { line } of positions) {
    // The last start at or before the line (binary search: a file may hold 10,000 rules).
    let low = 0;
    let high = starts.length - 1;
    let owner: RuleModel | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const start = starts[middle];
      if (start !== undefined && start.line <= line) {
        owner = start.rule;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (owner !== undefined) found.add(owner);
  }
  return found;
}

/** 1-based line and column of `offset` in an expression's own text, as Go parsers count them. */
function textPosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** A finding spanning the diagnostic's offsets, mapped through the scalar to file positions. */
function located(
  file: string,
  node: YamlScalar,
  diagnostic: ExpressionDiagnostic,
  message: string,
): LintFinding {
  const start = positionOfOffset(node, diagnostic.from);
  const end = positionOfOffset(node, diagnostic.to);
  return {
    severity: diagnostic.severity,
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    check: diagnostic.check,
    message,
  };
}
