/** The reporting layer's public API: pure functions from a verdict to text. */
export type { Annotation, CheckConclusion, CheckRunReport } from './types.js';
export {
  codeBlock,
  escapeHtmlText,
  escapeMarkdownLines,
  escapeMarkdownText,
  escapeTableCell,
  inlineCode,
  type EscapeOptions,
  type InlineCodeOptions,
} from './escape.js';
export {
  formatBytes,
  formatDuration,
  formatNumber,
  formatPercent,
  type NumberOptions,
  type PercentOptions,
} from './format.js';
export { renderXyChart } from './mermaid.js';
export { COMMENT_LENGTH_LIMIT, renderComment, type CommentOptions } from './markdown.js';
export { JOB_SUMMARY_BYTE_LIMIT, renderJobSummary, type JobSummaryOptions } from './summary.js';
export {
  buildCheckRunReport,
  CHECK_RUN_TEXT_LIMIT,
  checkConclusion,
  DEFAULT_MAX_ANNOTATIONS,
  toAnnotation,
  type CheckRunOptions,
} from './check-run.js';
export { sanitizeText, truncateText, utf8Length, type SanitizeOptions } from './text.js';
export { renderConsole, type ConsoleOptions } from './console.js';
