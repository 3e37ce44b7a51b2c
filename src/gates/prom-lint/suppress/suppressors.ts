/**
 * Turns the suppression comments of one file into suppressors (which lines, which checks), as
 * pint scopes them:
 * - `ignore/file`: from its line to the end of the file; `ignore/line`: its own line;
 *   `ignore/next-line`: the line after; `ignore/begin` … `ignore/end`: the lines between (to the
 *   end of the file when no end follows).
 * - `disable` / `snooze`: the rule the comment touches: inside the rule, in the comment lines
 *   right above it (no blank line between), or right below its last line indented like its keys.
 *   A comment touching no rule silences nothing (pint reports it too).
 * - `file/disable` / `file/snooze`: every line of the file, wherever the comment is.
 * A snooze is active while its time is after `now`.
 * Comments that cannot act produce a notice saying why, except where that would be noise for a
 * file written for pint (a pint check we have no counterpart for is left alone).
 */
import type { LintFinding } from '../types.js';
import { onlyErrorChecks, resolveCheckName } from './check-names.js';
import type { SuppressionComment } from './comments.js';
import type { RuleSpan } from './rule-spans.js';

/** What one suppression comment silences. */
export interface Suppressor {
  comment: SuppressionComment;
  /** The file lines it covers. */
  covers: (line: number) => boolean;
  /** Check patterns (`family/*` allowed) it silences; undefined for every check. */
  patterns?: readonly string[];
}

/** Everything one file's comments amount to. */
export interface FileSuppressors {
  suppressors: Suppressor[];
  /** Notices about comments that cannot act (malformed, unknown check, expired, ...). */
  notices: LintFinding[];
}

/** One file's comments and what is needed to scope them. */
export interface SuppressorInput {
  path: string;
  comments: readonly SuppressionComment[];
  spans: readonly RuleSpan[];
  /** Lines that hold nothing but a comment: a comment block above a rule may span several. */
  commentOnlyLines: ReadonlySet<number>;
  /** Check names reported in this run, so newer checks than the name table are recognised. */
  reportedChecks: readonly string[];
  /** Milliseconds since the epoch: snoozes ending at or before it are over. */
  now: number;
  /**
   * False when the file's rules could not be read (it is not YAML): a comment then cannot be
   * tied to a rule, and saying so would only repeat the error about the file.
   */
  rulesKnown: boolean;
}

/**
 * The suppressors of one file and the notices about comments that cannot act.
 * @example buildSuppressors({ path, comments: findSuppressions(text), spans, ... })
 */
export function buildSuppressors(input: SuppressorInput): FileSuppressors {
  const suppressors: Suppressor[] = [];
  const notices: LintFinding[] = [];
  const notice = (comment: SuppressionComment, check: string, message: string): void => {
    notices.push({
      severity: 'notice',
      file: input.path,
      line: comment.line,
      column: comment.column,
      check,
      message: `${comment.text}: ${message}`,
    });
  };
  const comments = input.comments;
  for (const [index, comment] of comments.entries()) {
    const directive = comment.directive;
    const line = comment.line;
    switch (directive.kind) {
      case 'invalid':
        notice(comment, 'suppress/invalid', `${directive.reason}; the comment is ignored`);
        break;
      case 'ignore/file':
        suppressors.push({ comment, covers: (at) => at >= line });
        break;
      case 'ignore/line':
        suppressors.push({ comment, covers: (at) => at === line });
        break;
      case 'ignore/next-line':
        suppressors.push({ comment, covers: (at) => at === line + 1 });
        break;
      case 'ignore/begin': {
        const end = comments.find(
          (other, i) =>
            i > index &&
            other.directive.kind === 'ignore/end' &&
            other.namespace === comment.namespace,
        )?.line;
        suppressors.push({
          comment,
          covers: (at) => at > line && (end === undefined || at < end),
        });
        break;
      }
      case 'ignore/end':
        break;
      case 'disable':
      case 'file/disable':
      case 'snooze':
      case 'file/snooze': {
        const resolved = resolveCheckName(comment.namespace, directive.check, input.reportedChecks);
        if ('unknown' in resolved) {
          // A pint name with no counterpart, or an unknown name in a pint comment: pint's own
          // business (it reports its typos itself), so only our comments get a notice.
          if (comment.namespace === 'kaizen-gates') {
            const hint =
              resolved.suggestion === undefined
                ? 'name a check as findings show it (family/name), or a family as family/*'
                : `that is pint's name; ours is ${resolved.suggestion}`;
            notice(
              comment,
              'suppress/unknown-check',
              `no check is named ${JSON.stringify(directive.check)}; ${hint}`,
            );
          }
          break;
        }
        if (resolved.patterns.length === 0) break;
        if (onlyErrorChecks(resolved.patterns)) {
          notice(
            comment,
            'suppress/ineffective',
            `${directive.check} reports what Prometheus rejects, and errors are never suppressed ` +
              '(Prometheus would refuse the rule whatever the comment says); fix the rule and remove the comment',
          );
          break;
        }
        if (
          (directive.kind === 'snooze' || directive.kind === 'file/snooze') &&
          directive.until <= input.now
        ) {
          notice(
            comment,
            'suppress/expired',
            `the snooze ended on ${directive.untilText}, so ${directive.check} reports again; ` +
              'fix what it reports, or snooze to a later date',
          );
          break;
        }
        if (directive.kind === 'file/disable' || directive.kind === 'file/snooze') {
          suppressors.push({ comment, covers: () => true, patterns: resolved.patterns });
          break;
        }
        const span = attachedRule(comment, input.spans, input.commentOnlyLines);
        if (span === undefined) {
          if (!input.rulesKnown) break;
          notice(
            comment,
            'suppress/unattached',
            'the comment touches no rule, so it silences nothing; put it inside the rule or on ' +
              `the lines right above it (no blank line between), or use file/${directive.kind} for the whole file`,
          );
          break;
        }
        suppressors.push({
          comment,
          covers: (at) => at >= span.firstLine && at <= span.lastLine,
          patterns: resolved.patterns,
        });
        break;
      }
    }
  }
  return { suppressors, notices };
}

/** The rule a `disable` or `snooze` comment touches, if any. */
function attachedRule(
  comment: SuppressionComment,
  spans: readonly RuleSpan[],
  commentOnlyLines: ReadonlySet<number>,
): RuleSpan | undefined {
  const line = comment.line;
  const inside = spans.find((span) => line >= span.firstLine && line <= span.lastLine);
  if (inside !== undefined || !comment.ownLine) return inside;
  const onlyComments = (from: number, to: number): boolean => {
    for (let at = from; at <= to; at++) if (!commentOnlyLines.has(at)) return false;
    return true;
  };
  // Right below a rule's last line, indented like its keys: the rule's own trailing comment.
  const above = spans.find(
    (span) =>
      span.lastLine < line &&
      comment.column >= span.keyColumn &&
      onlyComments(span.lastLine + 1, line - 1),
  );
  if (above !== undefined) return above;
  // In the comment block right above a rule's first line.
  return spans.find((span) => span.firstLine > line && onlyComments(line + 1, span.firstLine - 1));
}
