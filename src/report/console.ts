/**
 * The CLI's report: plain text for a terminal, columns aligned by display width, colour only
 * when asked. User strings lose every control character first, so a benchmark name cannot move
 * the cursor, clear the screen or retitle the terminal. Tables fit the terminal's width when
 * there is one, by wrapping text onto more lines, never by cutting it: a name cut to
 * `BenchmarkDecode/forma…` looks like its sibling, and a cut number is a wrong number. Output
 * that is not a terminal (a pipe, a file, a CI log) gets every cell whole.
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
  /**
   * Terminal width in columns ({@link terminalWidth}), at least 40: tables are fitted to it.
   * Absent when the output is not a terminal: tables keep their natural width and every cell is
   * whole, for a file, a pipe or a CI log to keep everything.
   */
  width?: number;
}

/** Width of a terminal that does not say its own. */
export const DEFAULT_CONSOLE_WIDTH = 100;
const MIN_WIDTH = 40;

/** What {@link terminalWidth} reads of the output stream (`process.stdout`). */
export interface OutputStream {
  /** True when the stream is a terminal. */
  isTTY?: boolean;
  /** The terminal's width in columns, when Node knows it. */
  columns?: number;
}

/**
 * The width to fit tables to: for a terminal, its width (`columns`), else the `COLUMNS`
 * variable (set by shells, and by users for a terminal Node cannot measure), else
 * {@link DEFAULT_CONSOLE_WIDTH}; `undefined` when the output is not a terminal (whole cells).
 *
 * @example terminalWidth({ isTTY: true, columns: 120 }, {}) // 120
 * @example terminalWidth({ isTTY: false }, { COLUMNS: '80' }) // undefined
 */
export function terminalWidth(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  if (stream.isTTY !== true) return undefined;
  if (stream.columns !== undefined && stream.columns > 0) return stream.columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_CONSOLE_WIDTH;
}
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

/**
 * Cuts `text` to at most `width` display columns on a grapheme boundary, with an ellipsis: for
 * free text in a fixed space (a minimap's legend). Tables wrap instead (see {@link wrapWidth}).
 */
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
 * widest columns are narrowed to a common cap (found by bisection), never below their
 * `minimum` (a number column's longest word: it wraps only between words) or their natural
 * width. `undefined` when even the minimums do not fit: the caller keeps natural widths and
 * lets the terminal wrap the long lines, since a number cut short would be a different number.
 */
function fitColumns(
  natural: readonly number[],
  minimum: readonly number[],
  available: number,
): number[] | undefined {
  const capped = (cap: number): number[] =>
    natural.map((width, index) => Math.min(width, Math.max(cap, minimum[index] ?? width)));
  const total = (cap: number): number => capped(cap).reduce((sum, width) => sum + width, 0);
  const widest = natural.reduce((most, width) => Math.max(most, width), 0);
  if (total(widest) <= available) return [...natural];
  if (total(0) > available) return undefined;
  let low = 0;
  let high = widest;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (total(middle) <= available) low = middle;
    else high = middle - 1;
  }
  return capped(low);
}

/**
 * `text` as lines of at most `width` display columns, broken only at spaces (a no-break space
 * holds): for numbers, whose words are never split. A word wider than `width` keeps a line of
 * its own, whole.
 */
function wrapWords(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && displayWidth(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/** The display width of the longest space-free word of `text`. */
function longestWord(text: string): number {
  return text.split(' ').reduce((most, word) => Math.max(most, displayWidth(word)), 0);
}

/** Characters a wrapped line best ends after: a space, and the separators of a name's parts. */
const STRONG_BREAKS = new Set([' ', '/', ':']);
/** Characters a wrapped line may end after when no strong break fits: within a part. */
const WEAK_BREAKS = new Set(['=', ',', '-', '_', '.', ')', ']', '>']);

/**
 * `text` as lines of at most `width` display columns (a grapheme wider than `width` gets a line
 * of its own): each line ends after the last space, `/` or `:` that fits, else after the last
 * `=`, `,`, `-`, `_`, `.` or closing bracket, else where it is full. Joined again, the lines are
 * the text: nothing is left out.
 *
 * @example wrapWidth('format=json/message=Flat/size=64', 20) // ['format=json/', 'message=Flat/size=64']
 */
export function wrapWidth(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line: string[] = [];
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const next = displayWidth(grapheme);
    if (used + next > width && line.length > 0) {
      const cut = breakPoint(line);
      lines.push(line.slice(0, cut).join(''));
      line = line.slice(cut);
      used = line.reduce((sum, part) => sum + displayWidth(part), 0);
    }
    line.push(grapheme);
    used += next;
  }
  if (line.length > 0) lines.push(line.join(''));
  return lines;
}

/** Where a full line of graphemes ends: after its last strong break, else weak, else all of it. */
function breakPoint(line: readonly string[]): number {
  let weak = 0;
  // The last grapheme is never a break: the line would not shrink.
  for (let index = line.length - 2; index >= 0; index -= 1) {
    const grapheme = line[index] ?? '';
    if (STRONG_BREAKS.has(grapheme)) return index + 1;
    if (weak === 0 && WEAK_BREAKS.has(grapheme)) weak = index + 1;
  }
  return weak > 0 ? weak : line.length;
}

/**
 * A text column narrower than this (and than its cells) goes on a line of its own above each
 * row instead: `Benchm`/`arkDec`/`ode/…` in a 6-column slot reads worse than the whole name
 * above its numbers.
 */
const MIN_WRAPPED_COLUMN_WIDTH = 24;
/** Indent of a row's other columns under the column moved to a line of its own above them. */
const STACK_INDENT = INDENT + '  ';

/**
 * A table as aligned lines: at its natural width without `width`, else fitted to `width` by
 * narrowing the widest columns and wrapping their cells (numbers, right-aligned, only between
 * words: a number is never split), a row taking as many lines as its tallest cell. When that would leave the widest
 * text column narrower than {@link MIN_WRAPPED_COLUMN_WIDTH}, that column moves to a line of its
 * own that heads each row (and the header), wrapped to the whole width, the other columns
 * indented below it.
 */
function tableLines(table: Table, width: number | undefined, color: boolean): string[] {
  const lines = [paint(color, clean(table.title), 'bold')];
  if (table.rows.length === 0 || table.columns.length === 0)
    return [...lines, `${INDENT}(no rows)`];
  const header = table.columns.map((column) => clean(column.header));
  const shown = table.rows.length > MAX_CONSOLE_ROWS ? MAX_CONSOLE_ROWS : table.rows.length;
  const rows = table.rows
    .slice(0, shown)
    .map((row) => table.columns.map((_, index) => cellText(row[index])));
  // Loops, not Math.max(...rows): a table of 300,000 rows would overflow the call stack.
  const numeric = table.columns.map((column) => column.align === 'right');
  const natural = header.map((text) => displayWidth(text));
  // A text column may narrow to MIN_COLUMN_WIDTH; a number column to its longest word.
  const minimum = header.map((text, index) =>
    numeric[index] === true ? longestWord(text) : MIN_COLUMN_WIDTH,
  );
  for (const row of rows) {
    row.forEach((text, index) => {
      natural[index] = Math.max(natural[index] ?? 0, displayWidth(text));
      if (numeric[index] === true)
        minimum[index] = Math.max(minimum[index] ?? 0, longestWord(text));
    });
  }
  const layout = fitTable(table, natural, minimum, width);
  const rowLines = (cells: readonly string[], styles: Style[]): string[] => {
    const inline = layout.columns.map((index) => {
      const wrap = numeric[index] === true ? wrapWords : wrapWidth;
      return { index, parts: wrap(cells[index] ?? '', layout.widths[index] ?? 0) };
    });
    const height = inline.reduce((most, { parts }) => Math.max(most, parts.length), 1);
    const indent = layout.stacked === undefined ? INDENT : STACK_INDENT;
    const result = Array.from(
      { length: height },
      (_, lineIndex) =>
        indent +
        inline
          .map(({ index, parts }) =>
            paint(
              color,
              pad(parts[lineIndex] ?? '', layout.widths[index] ?? 0, table.columns[index]?.align),
              ...styles,
            ),
          )
          .join(GAP)
          .trimEnd(),
    );
    if (layout.stacked === undefined || width === undefined) return result;
    const text = cells[layout.stacked] ?? '';
    const parts = text === '' ? [] : wrapWidth(text, width - INDENT.length);
    return [...parts.map((part) => paint(color, INDENT + part.trimEnd(), ...styles)), ...result];
  };
  lines.push(...rowLines(header, ['dim']));
  for (const row of rows) lines.push(...rowLines(row, []));
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

/** How a table is laid out: the columns on the row's line, their widths, and one moved above. */
interface TableLayout {
  /** Indexes of the columns on the row's own lines, left to right. */
  columns: number[];
  /** Width of each column, by index. */
  widths: number[];
  /** Index of the column shown on a line of its own above each row. */
  stacked?: number;
}

/**
 * Lays out a table whose columns' natural widths are `natural` (and narrowest, `minimum`) in
 * `width` display columns.
 */
function fitTable(
  table: Table,
  natural: readonly number[],
  minimum: readonly number[],
  width: number | undefined,
): TableLayout {
  const all = table.columns.map((_, index) => index);
  if (width === undefined) return { columns: all, widths: [...natural] };
  const room = (count: number): number => width - INDENT.length - GAP.length * (count - 1);
  const widths = fitColumns(natural, minimum, room(all.length));
  // The widest text column (numbers are right-aligned) is the one that may move to its own line.
  const widest = all
    .filter((index) => table.columns[index]?.align !== 'right')
    .reduce<number | undefined>(
      (best, index) =>
        best === undefined || (natural[index] ?? 0) > (natural[best] ?? 0) ? index : best,
      undefined,
    );
  // Moved: when fitting would leave it too narrow, or cannot fit at all.
  const stack =
    widest !== undefined &&
    all.length > 1 &&
    (widths === undefined ||
      (widths[widest] ?? 0) < Math.min(natural[widest] ?? 0, MIN_WRAPPED_COLUMN_WIDTH));
  if (!stack) return { columns: all, widths: widths ?? [...natural] };
  const columns = all.filter((index) => index !== widest);
  const rest = fitColumns(
    columns.map((index) => natural[index] ?? 0),
    columns.map((index) => minimum[index] ?? 0),
    room(columns.length) - (STACK_INDENT.length - INDENT.length),
  );
  const restWidths = [...natural];
  columns.forEach((index, position) => {
    restWidths[index] = rest?.[position] ?? natural[index] ?? 0;
  });
  return { columns, widths: restWidths, stacked: widest };
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
 * indented), each table as aligned columns fitted to `width` (long text wraps onto more lines;
 * numbers and names are never cut) or at its natural width without one,
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
  const width =
    options.width === undefined ? undefined : Math.max(MIN_WIDTH, Math.floor(options.width));
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
