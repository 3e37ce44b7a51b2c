/**
 * The Markdown building blocks shared by the PR comment, the job summary and the check run: each
 * turns one part of a verdict into escaped Markdown. Blocks that can shrink take the number of
 * items to keep and say how many they left out, so a caller can fit a length limit without ever
 * cutting Markdown in half.
 */
import type { Cell, Chart, Finding, Metric, Note, Table, Verdict } from '../verdict/types.js';
import type { ShrinkablePart } from './fit-markdown.js';
import {
  escapeHtmlText,
  escapeMarkdownLines,
  escapeMarkdownText,
  escapeTableCell,
  inlineCode,
} from './escape.js';
import { formatNumber } from './format.js';
import {
  countOf,
  gateTitle,
  SEVERITY_ORDER,
  severityGroupTitle,
  severityIcon,
  statusIcon,
} from './labels.js';
import { chartLegend, renderXyChart } from './mermaid.js';

/** Longest text kept per field, in characters; a comment keeps less than a job summary. */
export interface FieldLimits {
  /** The headline. */
  headline: number;
  /** A table cell or a metric value. */
  cell: number;
  /** A note, before escaping. */
  note: number;
  /** A finding's title. */
  findingTitle: number;
  /** A finding's message. */
  findingMessage: number;
  /** A table's title. */
  tableTitle: number;
}

/** Limits for the PR comment, where space is short (65,536 characters in all). */
export const COMMENT_LIMITS: FieldLimits = {
  headline: 300,
  cell: 200,
  note: 1_500,
  findingTitle: 200,
  findingMessage: 500,
  tableTitle: 200,
};

/** Limits for the job summary and the check-run text, which have room for whole messages. */
export const FULL_LIMITS: FieldLimits = {
  headline: 1_000,
  cell: 1_000,
  note: 10_000,
  findingTitle: 255,
  findingMessage: 4_000,
  tableTitle: 255,
};

/**
 * Where omitted items can be read, as a Markdown fragment that completes "… 312 more rows ___":
 * e.g. `in [the job summary](https://…)` or `not shown`.
 */
export type MoreWhere = string;

/**
 * Builds the {@link MoreWhere} fragment from a plain-text hint ("the job summary") and an
 * optional URL: `in [the job summary](url)`, `in the job summary`, or `fallback` without a hint.
 */
export function moreWhere(
  hint: string | undefined,
  url: string | undefined,
  fallback: string,
): MoreWhere {
  if (hint === undefined || hint.trim() === '') return fallback;
  const text = escapeMarkdownText(hint, { maxLength: 100 });
  const href = url === undefined ? undefined : safeLinkUrl(url);
  return href === undefined ? `in ${text}` : `in [${text}](${href})`;
}

/**
 * An http(s) URL made safe as a Markdown link destination (parentheses, quotes, backticks and
 * spaces percent-encoded), or `undefined` for anything else (a `javascript:` URL, garbage).
 */
export function safeLinkUrl(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  return parsed.href.replace(
    /[()'"`<>\s\\|]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** The italic line that says how many items were left out, e.g. `_… 312 more rows in …._` */
export function moreLine(omitted: number, noun: string, where: MoreWhere): string {
  return `_… ${countOf(omitted, `more ${noun}`)} ${where}._`;
}

/** `### ❌ Benchmarks: 2 of 148 benchmarks regressed` (the key is shown unless `default`). */
export function headlineBlock(verdict: Verdict, limits: FieldLimits): string {
  const key =
    verdict.key === 'default' ? '' : ` (${escapeMarkdownText(verdict.key, { maxLength: 100 })})`;
  const headline = escapeMarkdownText(verdict.headline, { maxLength: limits.headline });
  const title = `${statusIcon(verdict.status)} ${gateTitle(verdict.gate)}${key}`;
  return headline === '' ? `### ${title}` : `### ${title}: ${headline}`;
}

/** A metric value or table cell as text: numbers formatted for reading, strings escaped. */
function valueCell(value: string | number, limits: FieldLimits): string {
  return typeof value === 'number'
    ? escapeTableCell(formatNumber(value))
    : escapeTableCell(value, { maxLength: limits.cell });
}

/**
 * Up to this many metrics go side by side in one row; more are listed one per row. Seven short
 * labels (dashboard-diff's) still fit GitHub's 840 px comment column, wrapped on two lines, and
 * keep the first change on the first screen.
 */
const MAX_METRICS_ACROSS = 7;

/**
 * The headline figures as a compact table: side by side when there are few, one per row
 * otherwise. Empty when there are none.
 */
export function metricsBlock(metrics: readonly Metric[], limits: FieldLimits): string {
  if (metrics.length === 0) return '';
  const labels = metrics.map((metric) => escapeTableCell(metric.label, { maxLength: limits.cell }));
  const values = metrics.map((metric) => valueCell(metric.value, limits));
  if (metrics.length <= MAX_METRICS_ACROSS) {
    return [tableRow(labels), tableRow(labels.map(() => ':---:')), tableRow(values)].join('\n');
  }
  const rows = labels.map((label, index) => tableRow([label, values[index] ?? '']));
  return [tableRow(['Metric', 'Value']), tableRow(['---', '---:']), ...rows].join('\n');
}

/**
 * A note: `warning` as a GitHub `> [!WARNING]` alert, `info` as a paragraph. Inline code spans
 * written in backticks are kept as code.
 */
export function noteBlock(note: Note, limits: FieldLimits): string {
  const lines = escapeMarkdownLines(note.text, { maxLength: limits.note });
  if (note.level === 'warning') {
    return ['> [!WARNING]', ...lines.map((line) => (line === '' ? '>' : `> ${line}`))].join('\n');
  }
  return lines.join('\n');
}

/** Notes in order, the first `kept` of them, then a line saying how many were left out. */
export function notesBlock(
  notes: readonly Note[],
  kept: number,
  limits: FieldLimits,
  where: MoreWhere,
): string {
  const blocks = notes.slice(0, kept).map((note) => noteBlock(note, limits));
  if (kept < notes.length) blocks.push(moreLine(notes.length - kept, 'note', where));
  return blocks.join('\n\n');
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function alignmentMark(align: Table['columns'][number]['align']): string {
  switch (align) {
    case 'left':
      return ':---';
    case 'right':
      return '---:';
    case 'center':
      return ':---:';
    default:
      return '---';
  }
}

/** One table cell, escaped: text, formatted number, or inline code (pipes escaped for GFM). */
export function renderCell(cell: Cell | undefined, limits: FieldLimits): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string' || typeof cell === 'number') return valueCell(cell, limits);
  return inlineCode(cell.text, { inTable: true, maxLength: limits.cell });
}

/** A table whose rows are escaped once, so that fitting a limit only joins strings. */
export interface PreparedTable {
  /** The table it came from. */
  table: Table;
  /** Header and delimiter rows. */
  head: string[];
  /** One line per row, in display order. */
  rows: string[];
}

/**
 * Escapes a table's header and rows into GFM lines. Every row gets exactly one cell per
 * column: short rows are padded with empty cells, extra cells are dropped (GitHub would ignore
 * them anyway).
 */
export function prepareTable(table: Table, limits: FieldLimits): PreparedTable {
  const width = table.columns.length;
  const head =
    width === 0
      ? []
      : [
          tableRow(
            table.columns.map((column) => escapeTableCell(column.header, { maxLength: 100 })),
          ),
          tableRow(table.columns.map((column) => alignmentMark(column.align))),
        ];
  const rows =
    width === 0
      ? []
      : table.rows.map((row) =>
          tableRow(Array.from({ length: width }, (_, index) => renderCell(row[index], limits))),
        );
  return { table, head, rows };
}

/**
 * Whether a table is shown collapsed: as the gate asked (where `honourCollapsed`, i.e. in the
 * comment and check run), and, once a report has to give way (`degraded`), also when the table
 * is a less important one (`dropPriority` above 0) or has lost rows. A small important table
 * stays open, so the reviewer still sees it without a click.
 */
export function isCollapsed(
  table: Table,
  kept: number,
  honourCollapsed: boolean,
  degraded: boolean,
): boolean {
  if (honourCollapsed && table.collapsed === true) return true;
  return degraded && ((table.dropPriority ?? 0) > 0 || kept < table.rows.length);
}

/**
 * Each prepared table as a part that can lose rows, rendered collapsed as {@link isCollapsed}
 * decides for this report (`honourCollapsed`) and this attempt (`degraded`).
 */
export function tableParts(
  prepared: readonly PreparedTable[],
  layout: { honourCollapsed: boolean; degraded: boolean; limits: FieldLimits; where: MoreWhere },
): { table: Table; part: ShrinkablePart }[] {
  return prepared.map((entry) => ({
    table: entry.table,
    part: {
      size: entry.rows.length,
      render: (kept: number) =>
        tableBlock(
          entry,
          kept,
          isCollapsed(entry.table, kept, layout.honourCollapsed, layout.degraded),
          layout.limits,
          layout.where,
        ),
    },
  }));
}

/**
 * A table with its title and the first `kept` rows, then a line saying how many rows were left
 * out. `collapsed` puts it in a `<details>` block, with the blank lines GitHub needs to render
 * Markdown inside.
 */
export function tableBlock(
  prepared: PreparedTable,
  kept: number,
  collapsed: boolean,
  limits: FieldLimits,
  where: MoreWhere,
): string {
  const total = prepared.rows.length;
  const parts: string[] = [];
  if (total === 0) {
    parts.push('_No rows._');
  } else if (kept > 0) {
    parts.push([...prepared.head, ...prepared.rows.slice(0, kept)].join('\n'));
  }
  if (kept < total) parts.push(moreLine(total - kept, 'row', where));
  const body = parts.join('\n\n');
  if (collapsed) {
    const title = escapeHtmlText(prepared.table.title, { maxLength: limits.tableTitle });
    const summary = `${title} (${countOf(total, 'row')})`;
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
  }
  const title = escapeMarkdownText(prepared.table.title, { maxLength: limits.tableTitle });
  return `#### ${title}\n\n${body}`;
}

/** Findings ordered for display and for caps: errors, then warnings, then notices, stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return SEVERITY_ORDER.flatMap((severity) =>
    findings.filter((finding) => finding.severity === severity),
  );
}

/** `file:line:column`, as far as the finding knows it; empty without a file. */
export function findingLocation(finding: Finding): string {
  if (finding.file === undefined || finding.file === '') return '';
  let location = finding.file;
  if (finding.line !== undefined) {
    location += `:${finding.line}`;
    if (finding.column !== undefined) location += `:${finding.column}`;
  }
  return location;
}

/** `**title** message`, the message left out when it only repeats the title. */
function findingText(finding: Finding, limits: FieldLimits): string {
  const title = escapeMarkdownText(finding.title, { maxLength: limits.findingTitle });
  const message = escapeMarkdownText(finding.message, { maxLength: limits.findingMessage });
  if (message === '' || finding.message.trim() === finding.title.trim()) return `**${title}**`;
  return title === '' ? message : `**${title}**: ${message}`;
}

/** `<fileUrl>/<path>#L3-L5`, each path segment percent-encoded; undefined without a file. */
export function lineUrl(fileUrl: string, finding: Finding): string | undefined {
  if (finding.file === undefined || finding.file === '') return undefined;
  const path = finding.file.split('/').map(encodeURIComponent).join('/');
  const lines =
    finding.line === undefined
      ? ''
      : finding.endLine !== undefined && finding.endLine > finding.line
        ? `#L${finding.line}-L${finding.endLine}`
        : `#L${finding.line}`;
  return safeLinkUrl(`${fileUrl.replace(/\/+$/, '')}/${path}${lines}`);
}

/** One finding as a list item: location (linked to its lines when it can be), title and message, rule. */
function findingItem(finding: Finding, limits: FieldLimits, fileUrl: string | undefined): string {
  const location = findingLocation(finding);
  const parts = ['-'];
  if (location !== '') {
    const code = inlineCode(location, { maxLength: 300 });
    const href = fileUrl === undefined ? undefined : lineUrl(fileUrl, finding);
    parts.push(href === undefined ? code : `[${code}](${href})`);
  }
  parts.push(findingText(finding, limits));
  if (finding.rule !== undefined && finding.rule !== '') {
    parts.push(`(${inlineCode(finding.rule, { maxLength: 100 })})`);
  }
  return parts.join(' ');
}

/**
 * Findings as lists grouped by severity (each group headed with its full count), the first
 * `kept` of the sorted findings, then a line saying how many were left out; locations link to
 * their lines when `fileUrl` (the repository's files at the commit) is known. Empty without
 * findings.
 */
export function findingsListBlock(
  sorted: readonly Finding[],
  kept: number,
  limits: FieldLimits,
  where: MoreWhere,
  fileUrl?: string,
): string {
  if (sorted.length === 0) return '';
  const blocks: string[] = [];
  const shown = sorted.slice(0, kept);
  for (const severity of SEVERITY_ORDER) {
    const group = shown.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    const total = sorted.filter((finding) => finding.severity === severity).length;
    const heading = `**${severityIcon(severity)} ${severityGroupTitle(severity)} (${total.toLocaleString('en-US')})**`;
    blocks.push(heading, group.map((finding) => findingItem(finding, limits, fileUrl)).join('\n'));
  }
  if (kept < sorted.length) blocks.push(moreLine(sorted.length - kept, 'finding', where));
  return ['#### Findings', ...blocks].join('\n\n');
}

/** One finding as a table row: severity, location, rule, text. */
export function findingRow(finding: Finding, limits: FieldLimits): string {
  const location = findingLocation(finding);
  return tableRow([
    `${severityIcon(finding.severity)} ${finding.severity}`,
    location === '' ? '' : inlineCode(location, { inTable: true, maxLength: 300 }),
    finding.rule === undefined || finding.rule === ''
      ? ''
      : inlineCode(finding.rule, { inTable: true, maxLength: 100 }),
    findingText(finding, limits),
  ]);
}

/**
 * Findings as one table (the job summary and check run, where there may be thousands), given
 * their rows from {@link findingRow}: the first `kept`, then a line saying how many were left
 * out. Empty without findings.
 */
export function findingsTableBlock(
  rows: readonly string[],
  kept: number,
  where: MoreWhere,
): string {
  if (rows.length === 0) return '';
  const parts = ['#### Findings'];
  if (kept > 0) {
    const head = [
      tableRow(['Severity', 'Location', 'Rule', 'Finding']),
      tableRow(['---', '---', '---', '---']),
    ];
    parts.push([...head, ...rows.slice(0, kept)].join('\n'));
  }
  if (kept < rows.length) parts.push(moreLine(rows.length - kept, 'finding', where));
  return parts.join('\n\n');
}

/**
 * One chart as a Mermaid block with its legend; a chart that cannot be drawn (no data, a
 * non-finite value) becomes a line saying why, so one bad chart does not lose the report.
 */
export function chartBlock(chart: Chart): string {
  try {
    const legend = escapeMarkdownText(chartLegend(chart), { maxLength: 500 });
    return legend === '' ? renderXyChart(chart) : `${renderXyChart(chart)}\n\n_${legend}_`;
  } catch (error) {
    const title = escapeMarkdownText(chart.title, { maxLength: 200 });
    const reason = escapeMarkdownText(error instanceof Error ? error.message : String(error), {
      maxLength: 300,
    });
    return `_Chart “${title}” could not be drawn: ${reason}_`;
  }
}

/** The first `kept` charts, then a line saying how many were left out. Empty without charts. */
export function chartsBlock(charts: readonly Chart[], kept: number, where: MoreWhere): string {
  const blocks = charts.slice(0, kept).map(chartBlock);
  if (kept < charts.length) blocks.push(moreLine(charts.length - kept, 'chart', where));
  return blocks.join('\n\n');
}

/** `<sub>Benchmarks gate · kaizen-gates 1.2.3 · [Details](url)</sub>` */
export function footerBlock(verdict: Verdict, version: string, detailsUrl?: string): string {
  const parts = [
    `${gateTitle(verdict.gate)} gate`,
    `kaizen-gates ${escapeMarkdownText(version, { maxLength: 50 })}`,
  ];
  const href = detailsUrl === undefined ? undefined : safeLinkUrl(detailsUrl);
  if (href !== undefined) parts.push(`[Details](${href})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
