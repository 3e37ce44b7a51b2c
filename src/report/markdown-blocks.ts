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
  formatCount,
  gateTitle,
  SEVERITY_ORDER,
  severityGroupTitle,
  severityIcon,
  statusIcon,
} from './labels.js';
import { chartLegend, renderXyChart } from './mermaid.js';
import { tableCode, wrappableText } from './table-code.js';

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
  // A long value (the worst benchmark's full name) may wrap at its separators.
  const values = metrics.map((metric) =>
    typeof metric.value === 'string'
      ? wrappableText(metric.value, limits.cell)
      : valueCell(metric.value, limits),
  );
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
  // A long identifier may wrap at its separators, or it would push the table out of the comment.
  return tableCode(cell.text, limits.cell);
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

/** True when a finding's title is only its check's name (prom-lint's): the check is named once. */
function titleIsRule(finding: Finding): boolean {
  return finding.rule !== undefined && finding.title.trim() === finding.rule.trim();
}

/**
 * `**title**: message`, the message left out when it only repeats the title, and the title left
 * out when it only repeats the check's name (which the caller shows, linked to its docs).
 */
function findingText(finding: Finding, limits: FieldLimits): string {
  const message = escapeMarkdownText(finding.message, { maxLength: limits.findingMessage });
  if (titleIsRule(finding) && message !== '') return message;
  const title = escapeMarkdownText(finding.title, { maxLength: limits.findingTitle });
  if (message === '' || finding.message.trim() === finding.title.trim()) return `**${title}**`;
  return title === '' ? message : `**${title}**: ${message}`;
}

/**
 * The finding's check as inline code, linked to its documentation when `docsUrl` is an http(s)
 * URL; empty without a check. `inTable` escapes pipes for a table cell.
 */
export function checkReference(finding: Finding, inTable = false): string {
  if (finding.rule === undefined || finding.rule === '') return '';
  const code = inlineCode(finding.rule, { inTable, maxLength: 100 });
  const href = finding.docsUrl === undefined ? undefined : safeLinkUrl(finding.docsUrl);
  return href === undefined ? code : `[${code}](${href})`;
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

/**
 * One finding as a list item: location (linked to its lines when it can be), title and message,
 * check (linked to its docs); a finding whose title is its check's name leads with the check.
 */
function findingItem(finding: Finding, limits: FieldLimits, fileUrl: string | undefined): string {
  const location = findingLocation(finding);
  const parts = ['-'];
  if (location !== '') {
    const code = inlineCode(location, { maxLength: 300 });
    const href = fileUrl === undefined ? undefined : lineUrl(fileUrl, finding);
    parts.push(href === undefined ? code : `[${code}](${href})`);
  }
  const check = checkReference(finding);
  if (titleIsRule(finding) && check !== '') {
    parts.push(`${check}:`);
    parts.push(findingText(finding, limits));
  } else {
    parts.push(findingText(finding, limits));
    if (check !== '') parts.push(`(${check})`);
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

/** One finding as a table row: severity, location, check (linked to its docs), text. */
export function findingRow(finding: Finding, limits: FieldLimits): string {
  const location = findingLocation(finding);
  return tableRow([
    `${severityIcon(finding.severity)} ${finding.severity}`,
    location === '' ? '' : inlineCode(location, { inTable: true, maxLength: 300 }),
    checkReference(finding, true),
    findingText(finding, limits),
  ]);
}

/** Title of the table or list of the findings a change did not bring. */
export const EXISTING_FINDINGS_TITLE = 'Existing findings, not brought by this change';

/** The rows of the findings tables, sorted: the change's own, and apart those it did not bring. */
export interface FindingRows {
  /** Findings of this run (every finding of a verdict without `existing` ones). */
  fresh: string[];
  /** Findings marked `existing`. */
  existing: string[];
}

/** Each finding as a table row by {@link findingRow}, the existing ones apart. */
export function findingRows(findings: readonly Finding[], limits: FieldLimits): FindingRows {
  const sorted = sortFindings(findings);
  return {
    fresh: sorted.filter((f) => f.existing !== true).map((f) => findingRow(f, limits)),
    existing: sorted.filter((f) => f.existing === true).map((f) => findingRow(f, limits)),
  };
}

/**
 * The table of existing findings as a part that can lose rows (first to go: they do not count),
 * headed by their count. Empty without any.
 */
export function existingFindingsTablePart(
  rows: readonly string[],
  where: MoreWhere,
): ShrinkablePart {
  const title = `${EXISTING_FINDINGS_TITLE} (${formatCount(rows.length)})`;
  return {
    size: rows.length,
    render: (kept) => findingsTableBlock(rows, kept, where, title),
  };
}

/**
 * Findings as one table (the job summary and check run, where there may be thousands), given
 * their rows from {@link findingRow}: the first `kept`, then a line saying how many were left
 * out. Empty without findings. `title` heads it (`Findings` by default): the renderer's own
 * words, written as they are.
 */
export function findingsTableBlock(
  rows: readonly string[],
  kept: number,
  where: MoreWhere,
  title = 'Findings',
): string {
  if (rows.length === 0) return '';
  const parts = [`#### ${title}`];
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
 * A message longer than this many characters is shown collapsed in a comment: its first clause
 * in a `<details>` summary, the rest on a click. A paragraph per finding buries the list.
 */
export const PARAGRAPH_LENGTH = 280;

/** Where a collapsed text's summary ends: at a clause boundary in this window, else a space. */
const SUMMARY_CUT = { earliest: 100, latest: 200 } as const;

/** A text cut into its first clause and the rest; `rest` is empty when it is short. */
function splitParagraph(text: string): { head: string; rest: string } {
  const clean = text.trim();
  if (clean.length <= PARAGRAPH_LENGTH) return { head: clean, rest: '' };
  const window = clean.slice(0, SUMMARY_CUT.latest);
  let cut = -1;
  for (const boundary of ['; ', ': ', ', ', '. ']) {
    const at = window.lastIndexOf(boundary);
    if (at >= SUMMARY_CUT.earliest && at + 1 > cut) cut = at + 1;
  }
  if (cut < 0) cut = window.lastIndexOf(' ');
  if (cut < SUMMARY_CUT.earliest) cut = SUMMARY_CUT.latest;
  return { head: clean.slice(0, cut).trim(), rest: clean.slice(cut).trim() };
}

/**
 * The explanation every message of a check's findings ends with (after a `: `), to show once
 * above the group instead of once per finding; empty when they share none of at least 40
 * characters. prom-lint words each message `group "g", rule 2, "Name": <explanation>`.
 */
function sharedExplanation(messages: readonly string[]): string {
  const [first] = messages;
  if (first === undefined || messages.length < 2) return '';
  for (let at = first.indexOf(': '); at >= 0; at = first.indexOf(': ', at + 1)) {
    const suffix = first.slice(at + 2);
    if (suffix.length < 40) return '';
    const ending = `: ${suffix}`;
    if (messages.every((m) => m.length > ending.length && m.endsWith(ending))) return suffix;
  }
  return '';
}

/** The findings of one check and severity (or, for errors, of every check), in display order. */
interface FindingGroup {
  severity: Finding['severity'];
  /** Grouped by check: the check heads the group and each item leaves it out. */
  byCheck: boolean;
  findings: readonly Finding[];
  /** The explanation shown once above the group, cut from each message. */
  shared: string;
}

/**
 * Findings laid out for a reader who acts on them: errors first, as one list that names each
 * finding's check; then warnings and notices grouped by check (alphabetically), each group
 * headed by its check and count and, when every message ends the same way, that explanation.
 */
function groupFindings(sorted: readonly Finding[]): FindingGroup[] {
  const groups: FindingGroup[] = [];
  for (const severity of SEVERITY_ORDER) {
    const ofSeverity = sorted.filter((finding) => finding.severity === severity);
    if (ofSeverity.length === 0) continue;
    if (severity === 'error') {
      groups.push({ severity, byCheck: false, findings: ofSeverity, shared: '' });
      continue;
    }
    const byRule = new Map<string, Finding[]>();
    for (const finding of ofSeverity) {
      const rule = finding.rule ?? '';
      const group = byRule.get(rule);
      if (group === undefined) byRule.set(rule, [finding]);
      else group.push(finding);
    }
    for (const rule of [...byRule.keys()].sort()) {
      const findings = byRule.get(rule) ?? [];
      const titled = findings.every(titleIsRule);
      groups.push({
        severity,
        byCheck: true,
        findings,
        shared: titled ? sharedExplanation(findings.map((f) => f.message.trim())) : '',
      });
    }
  }
  return groups;
}

/**
 * How many items each group shows when `kept` findings are shown in all: errors first, then the
 * other groups evenly (one each in turn), so every check keeps examples before any gets many.
 */
function allotFindings(groups: readonly FindingGroup[], kept: number): number[] {
  const allotted = groups.map(() => 0);
  let left = kept;
  groups.forEach((group, index) => {
    if (group.byCheck) return;
    allotted[index] = Math.min(group.findings.length, left);
    left -= allotted[index] ?? 0;
  });
  while (left > 0) {
    let given = false;
    groups.forEach((group, index) => {
      const now = allotted[index] ?? 0;
      if (!group.byCheck || left === 0 || now >= group.findings.length) return;
      allotted[index] = now + 1;
      left -= 1;
      given = true;
    });
    if (!given) break;
  }
  return allotted;
}

/** A safe URL (see {@link safeLinkUrl}) as an HTML attribute value: `&` written as an entity. */
function htmlAttribute(url: string): string {
  return url.replace(/&/g, '&amp;');
}

/** A finding's location as Markdown inline code, or as HTML for a `<summary>`, linked when it can be. */
function locationOf(finding: Finding, fileUrl: string | undefined, html: boolean): string {
  const location = findingLocation(finding);
  if (location === '') return '';
  const href = fileUrl === undefined ? undefined : lineUrl(fileUrl, finding);
  if (html) {
    const code = `<code>${escapeHtmlText(location, { maxLength: 300 })}</code>`;
    return href === undefined ? code : `<a href="${htmlAttribute(href)}">${code}</a>`;
  }
  const code = inlineCode(location, { maxLength: 300 });
  return href === undefined ? code : `[${code}](${href})`;
}

/** The check as HTML for a `<summary>`, linked to its docs when it can be. */
function checkReferenceHtml(finding: Finding): string {
  if (finding.rule === undefined || finding.rule === '') return '';
  const code = `<code>${escapeHtmlText(finding.rule, { maxLength: 100 })}</code>`;
  const href = finding.docsUrl === undefined ? undefined : safeLinkUrl(finding.docsUrl);
  return href === undefined ? code : `<a href="${htmlAttribute(href)}">${code}</a>`;
}

/** Said of a finding of the change that is not on a line it changed (no annotation shows it). */
const OFF_THE_CHANGED_LINES = 'off the changed lines';

/**
 * A text as a list item after `lead` (location and check, as Markdown and as HTML): on one line
 * when short; else collapsed, the lead and the text's first clause in the `<summary>` (HTML,
 * where Markdown is not read) and the rest inside. `aside` (plain text) ends the item, in italics.
 */
function collapsibleItem(
  lead: { markdown: string; html: string },
  text: string,
  limits: FieldLimits,
  aside: string,
): string {
  const { head, rest } = splitParagraph(text);
  if (rest === '') {
    const body = escapeMarkdownText(head, { maxLength: limits.findingMessage });
    const line = [lead.markdown, body].filter((part) => part !== '').join(' ');
    return `- ${line}${aside === '' ? '' : ` · _${escapeMarkdownText(aside)}_`}`;
  }
  const summaryText = escapeHtmlText(head);
  const summary = [lead.html, `${summaryText} …`].filter((part) => part !== '').join(' ');
  const more = escapeMarkdownText(rest, { maxLength: limits.findingMessage });
  const asideText = aside === '' ? '' : ` · _${escapeMarkdownText(aside)}_`;
  return `- <details>\n  <summary>${summary}</summary>\n\n  … ${more}${asideText}\n\n  </details>`;
}

/** One finding as an item of a {@link FindingGroup}: location, the check unless grouped by it, text. */
function groupItem(
  finding: Finding,
  group: FindingGroup,
  limits: FieldLimits,
  fileUrl: string | undefined,
): string {
  const check = group.byCheck ? { markdown: '', html: '' } : checkLead(finding);
  const location = {
    markdown: locationOf(finding, fileUrl, false),
    html: locationOf(finding, fileUrl, true),
  };
  const lead = {
    markdown: [location.markdown, check.markdown].filter((part) => part !== '').join(' '),
    html: [location.html, check.html].filter((part) => part !== '').join(' '),
  };
  const message = finding.message.trim();
  let text = message;
  if (group.shared !== '') text = message.slice(0, message.length - group.shared.length - 2);
  else if (
    !titleIsRule(finding) &&
    finding.title.trim() !== '' &&
    finding.title.trim() !== message
  ) {
    text = `${finding.title.trim()}: ${message}`;
  }
  const aside =
    finding.annotate === false && finding.existing !== true ? OFF_THE_CHANGED_LINES : '';
  return collapsibleItem(lead, text, limits, aside);
}

/** `check:` leading an item, as Markdown and as HTML. */
function checkLead(finding: Finding): { markdown: string; html: string } {
  const markdown = checkReference(finding);
  return markdown === ''
    ? { markdown: '', html: '' }
    : { markdown: `${markdown}:`, html: `${checkReferenceHtml(finding)}:` };
}

/** The heading of a check's group: the check linked to its docs, its count, its explanation. */
function groupHeading(group: FindingGroup, limits: FieldLimits): string {
  const [first] = group.findings;
  const check = first === undefined ? '' : checkReference(first);
  const count = countOf(group.findings.length, group.severity);
  const title = check === '' ? `**Other** · ${count}` : `**${check}** · ${count}`;
  if (group.shared === '') return title;
  const { head, rest } = splitParagraph(group.shared);
  if (rest === '')
    return `${title}: ${escapeMarkdownText(head, { maxLength: limits.findingMessage })}`;
  const more = escapeMarkdownText(rest, { maxLength: limits.findingMessage });
  return `${title}\n\n<details>\n<summary>${escapeHtmlText(head)} …</summary>\n\n… ${more}\n\n</details>`;
}

/**
 * Findings laid out by {@link groupFindings}: errors, then warnings and notices by check, each
 * severity headed by its full count (and how many checks), showing `kept` findings in all as
 * {@link allotFindings} shares them out; a group that shows fewer than it has says how many it
 * left out and where they are. Locations link to their lines when `fileUrl` is known. Empty
 * without findings.
 */
export function findingsByCheckBlock(
  sorted: readonly Finding[],
  kept: number,
  limits: FieldLimits,
  where: MoreWhere,
  fileUrl?: string,
): string {
  const groups = groupFindings(sorted);
  const allotted = allotFindings(groups, kept);
  const blocks: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    const mine = groups.flatMap((group, index) =>
      group.severity === severity ? [{ group, shown: allotted[index] ?? 0 }] : [],
    );
    if (mine.length === 0) continue;
    const total = mine.reduce((sum, { group }) => sum + group.findings.length, 0);
    const checks = mine.every(({ group }) => group.byCheck)
      ? ` from ${countOf(mine.length, 'check')}`
      : '';
    blocks.push(
      `#### ${severityIcon(severity)} ${severityGroupTitle(severity)} (${formatCount(total)})${checks}`,
    );
    for (const { group, shown } of mine) {
      const parts: string[] = [];
      if (group.byCheck) parts.push(groupHeading(group, limits));
      if (shown > 0) {
        parts.push(
          group.findings
            .slice(0, shown)
            .map((finding) => groupItem(finding, group, limits, fileUrl))
            .join('\n'),
        );
      }
      if (shown < group.findings.length) {
        parts.push(moreLine(group.findings.length - shown, severity, where));
      }
      blocks.push(parts.join('\n\n'));
    }
  }
  return blocks.join('\n\n');
}

/**
 * The findings a change did not bring, collapsed under their count and laid out as
 * {@link findingsByCheckBlock} does; `kept` of them shown. Empty without any.
 */
export function existingFindingsBlock(
  sorted: readonly Finding[],
  kept: number,
  limits: FieldLimits,
  where: MoreWhere,
  fileUrl?: string,
): string {
  if (sorted.length === 0) return '';
  const summary = `${EXISTING_FINDINGS_TITLE} (${formatCount(sorted.length)})`;
  const body =
    kept === 0
      ? moreLine(sorted.length, 'finding', where)
      : findingsByCheckBlock(sorted, kept, limits, where, fileUrl);
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
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

/**
 * `<sub>Benchmarks gate · kaizen-gates 1.2.3 · Comparing `a1b2c3d`…`e4f5a6b` · [Details](url)</sub>`;
 * `commits` is the escaped fragment of `commitsFragment` (commits.ts), left out when empty.
 */
export function footerBlock(
  verdict: Verdict,
  version: string,
  detailsUrl?: string,
  commits = '',
): string {
  const parts = [
    `${gateTitle(verdict.gate)} gate`,
    `kaizen-gates ${escapeMarkdownText(version, { maxLength: 50 })}`,
  ];
  if (commits !== '') parts.push(commits);
  const href = detailsUrl === undefined ? undefined : safeLinkUrl(detailsUrl);
  if (href !== undefined) parts.push(`[Details](${href})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}
