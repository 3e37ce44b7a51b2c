/**
 * The CLI's report: plain text for a terminal, columns aligned by display width, colour only
 * when asked. User strings lose every control character first, so a benchmark name cannot move
 * the cursor, clear the screen or retitle the terminal.
 */
import stringWidth from 'string-width';
import type {
  Finding,
  Metric,
  Section,
  SectionBlock,
  Span,
  Status,
  Table,
  Verdict,
} from '../verdict/types.js';
import { formatNumber } from './format.js';
import { assertNever, gateTitle, statusWord } from './labels.js';
import { findingLocation, sortFindings } from './markdown-blocks.js';
import { ELLIPSIS, graphemes, sanitizeText, truncateText } from './text.js';

/** Options of {@link renderConsole}. */
export interface ConsoleOptions {
  /** Emit ANSI colours; the caller passes `process.stdout.isTTY && !NO_COLOR`. */
  color: boolean;
  /** Terminal width in columns; tables are fitted to it. Default 100, at least 40. */
  width?: number;
}

/** Width used when the caller does not know the terminal's. */
export const DEFAULT_CONSOLE_WIDTH = 100;
const MIN_WIDTH = 40;
/** A column is never squeezed below this many display columns. */
const MIN_COLUMN_WIDTH = 4;
/**
 * Rows of a table a terminal shows; the rest are counted. Rows come most important first, and
 * nobody scrolls past a thousand lines: the verdict JSON has them all.
 */
export const MAX_CONSOLE_ROWS = 1000;
const INDENT = '  ';
const GAP = '  ';

/** SGR codes used; nothing else is ever written to the terminal. */
const SGR = {
  bold: '1',
  dim: '2',
  red: '31',
  green: '32',
  yellow: '33',
  magenta: '35',
  cyan: '36',
} as const;

type Style = keyof typeof SGR;

function paint(color: boolean, text: string, ...styles: Style[]): string {
  if (!color || styles.length === 0 || text === '') return text;
  return `\u001B[${styles.map((style) => SGR[style]).join(';')}m${text}\u001B[0m`;
}

function statusStyle(status: Status): Style {
  switch (status) {
    case 'pass':
      return 'green';
    case 'warn':
      return 'yellow';
    case 'fail':
      return 'red';
    case 'error':
      return 'magenta';
    default:
      return assertNever(status);
  }
}

function severityStyle(severity: Finding['severity']): Style {
  switch (severity) {
    case 'error':
      return 'red';
    case 'warning':
      return 'yellow';
    case 'notice':
      return 'cyan';
    default:
      return assertNever(severity);
  }
}

/**
 * Longest user string kept in a line, in code units: wider than any terminal, and it keeps the
 * display-width arithmetic cheap for a 10,000-character benchmark name.
 */
const MAX_FIELD_LENGTH = 1_000;

/** User text made safe for a terminal line: no control or bidi character, no line break. */
function clean(text: string): string {
  return truncateText(sanitizeText(text).trim(), MAX_FIELD_LENGTH);
}

/** Printable ASCII only: one column per character. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Display width in columns. Printable ASCII (nearly every cell: paths, numbers) is its length;
 * string-width's grapheme walk, which a 1,000-row table of a 4,000-file coverage report called
 * 12,000 times for a second of CPU, is left for the rest.
 */
function displayWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Cuts `text` to at most `width` display columns on a grapheme boundary, with an ellipsis. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let used = 0;
  let result = '';
  // A visible grapheme is at least one column wide, so the first `width` graphemes suffice.
  for (const grapheme of graphemes(text, width)) {
    const next = displayWidth(grapheme);
    if (used + next > width - 1) break;
    result += grapheme;
    used += next;
  }
  return result + ELLIPSIS;
}

function pad(text: string, width: number, align: Table['columns'][number]['align']): string {
  const space = Math.max(0, width - displayWidth(text));
  if (align === 'right') return ' '.repeat(space) + text;
  if (align === 'center') {
    const left = Math.floor(space / 2);
    return ' '.repeat(left) + text + ' '.repeat(space - left);
  }
  return text + ' '.repeat(space);
}

function cellText(cell: Table['rows'][number][number] | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number') return formatNumber(cell);
  if (typeof cell === 'string') return clean(cell);
  return clean(cell.text);
}

/**
 * Widths for columns whose natural widths are `natural`, fitting `available` columns: the
 * widest columns are narrowed to a common cap (found by bisection), never below
 * {@link MIN_COLUMN_WIDTH} or their natural width.
 */
function fitColumns(natural: readonly number[], available: number): number[] {
  const total = (cap: number): number =>
    natural.reduce((sum, width) => sum + Math.min(width, Math.max(cap, MIN_COLUMN_WIDTH)), 0);
  const widest = natural.reduce((most, width) => Math.max(most, width), 0);
  if (total(widest) <= available) return [...natural];
  let low = MIN_COLUMN_WIDTH;
  let high = widest;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= available) low = middle;
    else high = middle - 1;
  }
  return natural.map((width) => Math.min(width, low));
}

function tableLines(table: Table, width: number, color: boolean): string[] {
  const lines = [paint(color, clean(table.title), 'bold')];
  if (table.rows.length === 0 || table.columns.length === 0)
    return [...lines, `${INDENT}(no rows)`];
  const header = table.columns.map((column) => clean(column.header));
  const shown = table.rows.length > MAX_CONSOLE_ROWS ? MAX_CONSOLE_ROWS : table.rows.length;
  const rows = table.rows
    .slice(0, shown)
    .map((row) => table.columns.map((_, index) => cellText(row[index])));
  // Loops, not Math.max(...rows): a table of 300,000 rows would overflow the call stack.
  const natural = header.map((text) => displayWidth(text));
  for (const row of rows) {
    row.forEach((text, index) => {
      natural[index] = Math.max(natural[index] ?? 0, displayWidth(text));
    });
  }
  const available = width - INDENT.length - GAP.length * (table.columns.length - 1);
  const widths = fitColumns(natural, available);
  const line = (cells: readonly string[], styles: Style[]): string =>
    INDENT +
    cells
      .map((text, index) =>
        paint(
          color,
          pad(fitWidth(text, widths[index] ?? 0), widths[index] ?? 0, table.columns[index]?.align),
          ...styles,
        ),
      )
      .join(GAP)
      .trimEnd();
  lines.push(line(header, ['dim']));
  for (const row of rows) lines.push(line(row, []));
  const left = table.rows.length - shown;
  if (left > 0) {
    lines.push(
      paint(
        color,
        `${INDENT}… ${left} more ${left === 1 ? 'row' : 'rows'} (all are in the verdict JSON)`,
        'dim',
      ),
    );
  }
  return lines;
}

function metricLines(metrics: readonly Metric[]): string[] {
  const labels = metrics.map((metric) => clean(metric.label));
  const labelWidth = labels.reduce((most, label) => Math.max(most, displayWidth(label)), 0);
  return metrics.map((metric, index) => {
    const value =
      typeof metric.value === 'number' ? formatNumber(metric.value) : clean(metric.value);
    return `${INDENT}${pad(labels[index] ?? '', labelWidth, 'left')}  ${value}`;
  });
}

/** A line of spans: code in backticks (and cyan), strong in bold; no control character. */
function spansLine(spans: readonly Span[], color: boolean): string {
  return spans
    .map((span) => {
      if (typeof span === 'string') return truncateText(sanitizeText(span), MAX_FIELD_LENGTH);
      if ('code' in span) return paint(color, `\`${clean(span.text)}\``, 'cyan');
      return paint(color, clean(span.text), 'bold');
    })
    .join('')
    .trim();
}

/**
 * A block's lines at `indent`: lists as `- item`, code as its lines indented once more (each
 * line cleaned, tabs as spaces; a diff's `+` lines green and `-` lines red when in colour), a
 * collapsed part as its summary then its blocks indented.
 */
function blockLines(block: SectionBlock, indent: string, color: boolean): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [indent + spansLine(block.spans, color)];
    case 'list':
      return block.items.map((item) => `${indent}- ${spansLine(item, color)}`);
    case 'code': {
      const diff = block.language === 'diff';
      return sanitizeText(block.text, { newlines: 'keep' })
        .replace(/\n+$/, '')
        .split('\n')
        .map((line) => {
          const text = truncateText(line, MAX_FIELD_LENGTH).trimEnd();
          // A diff reads as one in a terminal too: additions green, removals red.
          const style: Style[] =
            diff && text.startsWith('+') ? ['green'] : diff && text.startsWith('-') ? ['red'] : [];
          return `${indent}${INDENT}${paint(color, text, ...style)}`.trimEnd();
        });
    }
    case 'details':
      return [
        indent + paint(color, clean(block.summary), 'dim'),
        ...block.blocks.flatMap((inner) => blockLines(inner, indent + INDENT, color)),
      ];
  }
}

/** A section: its title in bold, then its blocks indented (a terminal shows nothing collapsed). */
function sectionLines(section: Section, color: boolean): string[] {
  const title = clean(section.title);
  const indent = title === '' ? '' : INDENT;
  const lines = section.blocks.flatMap((block) => blockLines(block, indent, color));
  return title === '' ? lines : [paint(color, title, 'bold'), ...lines];
}

/** `file:line:col severity rule message`, the parts the finding has. */
function findingLine(finding: Finding, color: boolean): string {
  // A title that only repeats the rule name adds nothing on a line that shows the rule.
  const title = finding.title === finding.rule ? '' : clean(finding.title);
  const message = clean(finding.message);
  const text =
    message === '' || message === title ? title : title === '' ? message : `${title}: ${message}`;
  const parts = [
    clean(findingLocation(finding)),
    paint(color, finding.severity, severityStyle(finding.severity)),
    finding.rule === undefined ? '' : paint(color, clean(finding.rule), 'dim'),
    text,
  ];
  return INDENT + parts.filter((part) => part !== '').join(' ');
}

/**
 * Renders a verdict for a terminal: the outcome and headline, metrics as aligned label/value
 * pairs, notes, each section (title, then its paragraphs, lists, code and collapsed parts
 * indented), each table as aligned columns fitted to `width` (long cells end in `…`),
 * findings one per line as `file:line:col severity rule message`, errors first. Charts are left
 * out (a terminal cannot draw them). ANSI colour codes appear only when `color` is true; user
 * strings never carry control characters.
 */
export function renderConsole(verdict: Verdict, options: ConsoleOptions): string {
  return [...consoleChunks(verdict, options)].join('');
}

/** How many finding lines {@link consoleChunks} puts in one piece. */
const FINDING_LINES_PER_CHUNK = 500;

/**
 * {@link renderConsole}'s text in pieces, for writing as it is made: 20,000 findings make tens
 * of megabytes of text, which need not all be in memory at once.
 */
export function* consoleChunks(verdict: Verdict, options: ConsoleOptions): Generator<string> {
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_CONSOLE_WIDTH));
  const color = options.color;
  const key = verdict.key === 'default' ? '' : ` (${clean(verdict.key)})`;
  const headline = clean(verdict.headline);
  const word = paint(color, statusWord(verdict.status), 'bold', statusStyle(verdict.status));
  const sections: string[][] = [
    [`${word} ${gateTitle(verdict.gate)}${key}${headline === '' ? '' : `: ${headline}`}`],
  ];
  if (verdict.metrics.length > 0) sections.push(metricLines(verdict.metrics));
  if (verdict.notes.length > 0) {
    sections.push(
      verdict.notes.map((note) => {
        const label =
          note.level === 'warning' ? paint(color, 'warning:', 'yellow', 'bold') : 'note:';
        const text = sanitizeText(note.text, { newlines: 'keep' })
          .trim()
          .split('\n')
          .map((line) => line.trim())
          .join(`\n${INDENT}`);
        return `${label} ${text}`;
      }),
    );
  }
  for (const section of verdict.sections ?? []) sections.push(sectionLines(section, color));
  for (const table of verdict.tables) sections.push(tableLines(table, width, color));
  yield sections.map((lines) => lines.join('\n')).join('\n\n');
  if (verdict.findings.length > 0) {
    yield `\n\n${paint(color, `Findings (${verdict.findings.length})`, 'bold')}`;
    const sorted = sortFindings(verdict.findings);
    for (let start = 0; start < sorted.length; start += FINDING_LINES_PER_CHUNK) {
      let chunk = '';
      for (const finding of sorted.slice(start, start + FINDING_LINES_PER_CHUNK))
        chunk += `\n${findingLine(finding, color)}`;
      yield chunk;
    }
  }
  yield '\n';
}
