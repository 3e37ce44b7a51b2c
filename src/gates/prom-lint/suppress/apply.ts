/**
 * Applies suppression comments (pint's and ours, see comment-grammar.ts) to the findings of a
 * lint run. Pure: the files' text and decoded models in, findings out.
 *
 * Errors, what Prometheus itself rejects, are never suppressed: a rule Prometheus refuses to load
 * must not pass, whatever a comment says. A comment that only covers errors gets a notice
 * (`suppress/ineffective`), not a warning: the error is already reported and fails the gate on
 * its own, and the notice explains why the comment did not help.
 *
 * Notices (severity `notice`, check `suppress/*`) are kept few: malformed comments, unknown check
 * names and comments of our own that silence nothing; expired snoozes; `disable` comments that
 * touch no rule. pint comments naming pint checks we have no counterpart for, and pint comments
 * that silence nothing here (pint may see what we do not), are left alone.
 */
import { positionInText } from '../load/parse-yaml.js';
import type { DocumentSource } from '../load/yaml-tree.js';
import type { RuleFileModel } from '../rulefmt/model.js';
import type { LintFinding } from '../types.js';
import { matchesCheck } from './check-names.js';
import { parseSnoozeTime } from './comment-grammar.js';
import { suppressionsAmong, type SuppressionComment } from './comments.js';
import { ruleSpans } from './rule-spans.js';
import { buildSuppressors, type Suppressor } from './suppressors.js';
import { sourceComments, yamlComments, type YamlComment } from './yaml-comments.js';

/** A linted file: its path as in the findings, its text, and its decoded rule documents. */
export interface SuppressionFile {
  path: string;
  text: string;
  models: readonly RuleFileModel[];
}

/** The findings left after suppression, and what was learned about the comments. */
export interface SuppressionResult {
  /** The findings no comment silenced, in their original order. */
  kept: LintFinding[];
  /** How many findings comments silenced. */
  suppressed: number;
  /** Notes about comments that cannot act, ordered by file and line. */
  notices: LintFinding[];
}

/**
 * Drops the warnings and notices that suppression comments silence.
 * @param today the date snoozes are judged against, `YYYY-MM-DD` (00:00 UTC) or an RFC 3339 time;
 *   a snooze until a date is over from that date on, as in pint.
 * @throws Error starting with `applySuppressions` when `today` is neither form.
 * @example applySuppressions(findings, [{ path: 'r.yml', text, models }], '2026-11-23')
 *   // { kept: [...], suppressed: 2, notices: [] }
 */
export function applySuppressions(
  findings: readonly LintFinding[],
  files: readonly SuppressionFile[],
  today: string,
): SuppressionResult {
  const now = parseSnoozeTime(today);
  if (now === undefined) {
    throw new Error(
      `applySuppressions: today must be YYYY-MM-DD or an RFC 3339 time, got ${JSON.stringify(today)}`,
    );
  }
  const reportedChecks = [...new Set(findings.map((finding) => finding.check))];
  const byFile = new Map<string, FileState>();
  const notices: LintFinding[] = [];
  for (const file of files) {
    const comments = commentsOf(file);
    // No comment, nothing to silence: the rules' spans are not worth finding.
    if (comments.suppressions.length === 0) continue;
    const built = buildSuppressors({
      path: file.path,
      comments: comments.suppressions,
      spans: ruleSpans(file.models),
      commentOnlyLines: comments.commentOnlyLines,
      reportedChecks,
      now,
      rulesKnown: file.models.length > 0,
    });
    notices.push(...built.notices);
    byFile.set(file.path, {
      suppressors: built.suppressors.map((suppressor) => ({
        suppressor,
        used: false,
        blocked: false,
      })),
    });
  }
  const kept: LintFinding[] = [];
  let suppressed = 0;
  for (const finding of findings) {
    const matching = (byFile.get(finding.file)?.suppressors ?? []).filter(({ suppressor }) =>
      silences(suppressor, finding),
    );
    if (matching.length === 0) kept.push(finding);
    else if (finding.severity === 'error') {
      kept.push(finding);
      for (const state of matching) state.blocked = true;
    } else {
      suppressed++;
      for (const state of matching) state.used = true;
    }
  }
  for (const [path, state] of byFile) notices.push(...unusedNotices(path, state));
  notices.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column,
  );
  return { kept, suppressed, notices };
}

interface SuppressorState {
  suppressor: Suppressor;
  /** It silenced at least one finding. */
  used: boolean;
  /** It covered an error, which it may not silence. */
  blocked: boolean;
}

interface FileState {
  suppressors: SuppressorState[];
}

function silences(suppressor: Suppressor, finding: LintFinding): boolean {
  if (!suppressor.covers(finding.line)) return false;
  const patterns = suppressor.patterns;
  return patterns === undefined || patterns.some((pattern) => matchesCheck(pattern, finding.check));
}

/**
 * Notices for comments that silenced nothing: always when all they covered was an error; for our
 * own comments also when they covered nothing (stale). `ignore/end` only closes a range.
 */
function unusedNotices(path: string, state: FileState): LintFinding[] {
  const notices: LintFinding[] = [];
  for (const { suppressor, used, blocked } of state.suppressors) {
    if (used) continue;
    const comment = suppressor.comment;
    const at = {
      severity: 'notice' as const,
      file: path,
      line: comment.line,
      column: comment.column,
    };
    if (blocked) {
      notices.push({
        ...at,
        check: 'suppress/ineffective',
        message:
          `${comment.text}: it covers an error, what Prometheus rejects, and errors are never ` +
          'suppressed (Prometheus would refuse the rule whatever the comment says); fix the error',
      });
    } else if (comment.namespace === 'kaizen-gates') {
      notices.push({
        ...at,
        check: 'suppress/unused',
        message: `${comment.text}: it silences nothing here; remove it`,
      });
    }
  }
  return notices;
}

/**
 * The suppression comments of a file, including those inside rule files embedded in ConfigMap
 * values (a `|` value is YAML text of its own, whose comments the outer parse sees as text), and
 * the lines holding nothing but a comment.
 */
function commentsOf(file: SuppressionFile): {
  suppressions: SuppressionComment[];
  commentOnlyLines: Set<number>;
} {
  // The loader collected the comments while it parsed: no second parse of the file.
  const own = file.models.map(sourceOf).find((source) => source?.text === file.text);
  const all: YamlComment[] = !mayHoldDirectives(file.text)
    ? []
    : own !== undefined
      ? sourceComments(own)
      : yamlComments(file.text);
  const seen = new Set<DocumentSource>();
  for (const model of file.models) {
    if (model.kind !== 'configmap') continue;
    const source = sourceOf(model);
    if (source === undefined || seen.has(source) || !mayHoldDirectives(source.text)) continue;
    if (!keepsLines(source)) continue;
    seen.add(source);
    for (const comment of sourceComments(source)) {
      all.push({ ...comment, ...source.toFilePosition(comment) });
    }
  }
  all.sort((a, b) => a.line - b.line || a.column - b.column);
  const commentOnlyLines = new Set(all.filter((c) => c.ownLine).map((c) => c.line));
  return { suppressions: suppressionsAmong(all), commentOnlyLines };
}

/**
 * Whether a text may hold a suppression comment: the comments of the many files that never
 * mention either prefix are not worth placing.
 */
function mayHoldDirectives(text: string): boolean {
  return text.includes('pint') || text.includes('kaizen-gates');
}

/** The text a decoded document came from, through any of its values. */
function sourceOf(model: RuleFileModel): DocumentSource | undefined {
  for (const group of model.groups) {
    const node = group.name?.node ?? group.rules.find((rule) => rule.expr)?.expr?.node;
    if (node !== undefined) return node.source;
  }
  return undefined;
}

/**
 * Whether a document's lines map one to one onto the file's: true for the file itself and for a
 * literal (`|`) ConfigMap value; other styles fold lines, so their comments cannot be placed.
 */
function keepsLines(source: DocumentSource): boolean {
  if (source.lineStarts.length < 2) return true;
  const first = source.toFilePosition(positionInText(source.lineStarts, 0)).line;
  const second = source.toFilePosition(
    positionInText(source.lineStarts, source.lineStarts[1] ?? 0),
  ).line;
  return second === first + 1;
}
