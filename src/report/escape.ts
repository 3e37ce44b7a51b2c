/**
 * Neutralising user-controlled strings (benchmark names, file paths, messages) before they reach
 * GitHub-flavoured Markdown. A benchmark called `@octocat` must not ping anyone, one called
 * `</details>` must not break the comment's layout, and one called
 * `<!-- kaizen-gates:bench:default -->` must not forge the marker by which the sticky comment is
 * found.
 */
import {
  assertMaxLength,
  graphemes,
  joinWithinLength,
  sanitizeText,
  truncateText,
} from './text.js';

/** Options shared by the escaping functions. */
export interface EscapeOptions {
  /**
   * Maximum length of the result in UTF-16 code units, ellipsis included. The cut falls between
   * whole graphemes and whole escape sequences. Unlimited when omitted.
   */
  maxLength?: number;
}

/** Options of {@link inlineCode}. */
export interface InlineCodeOptions extends EscapeOptions {
  /**
   * When true, `|` is written `\|`: inside a GFM table a pipe ends the cell even within a code
   * span, and the table parser (not the code span) removes the backslash.
   */
  inTable?: boolean;
}

/**
 * Zero-width joiner, inserted after `@` and before the digits of issue references. GitHub links
 * `@user`, `#123`, `GH-123` and `owner/repo#1` even when the sign is backslash-escaped, but not
 * when an invisible character separates the sign from the name or number.
 */
const ZERO_WIDTH_JOINER = '\u200D';

/**
 * ASCII punctuation that CommonMark or GitHub's extensions give a meaning inline: emphasis
 * (`*`, `_`), strikethrough (`~`), links and images (`[`, `]`, `(`, `)`, `!`), code (`` ` ``),
 * table cells (`|`), math (`$`) and the escape character itself. Each is backslash-escaped.
 */
const INLINE_SPECIALS = new Set(['\\', '`', '*', '_', '~', '[', ']', '(', ')', '!', '|', '$']);

/** Characters with a meaning in HTML, written as entities (this also stops raw tags and comments). */
const HTML_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
]);

/**
 * Characters that start a block when they open a line and are followed by a space, the end, or
 * themselves: a list item (`- a`, `+ a`), a thematic break (`---`) or a heading underline (`===`).
 * `-1.5%` starts no block and stays as it is.
 */
const LINE_START_SPECIALS = new Set(['-', '+', '=']);

/** True when the unit after `index` ends a block marker: a space, the end, or `same` again. */
const endsMarker = (units: readonly string[], index: number, same: string): boolean => {
  const next = units[index + 1];
  return next === undefined || next === ' ' || next === same;
};

const isDigit = (unit: string | undefined): boolean => unit !== undefined && /^[0-9]/.test(unit);

/**
 * True when the unit at `index` is the `-` of `GH-<digits>`, GitHub's other issue-reference form.
 */
function isIssuePrefixDash(units: readonly string[], index: number): boolean {
  return (
    units[index] === '-' &&
    isDigit(units[index + 1]) &&
    units[index - 1]?.toUpperCase() === 'H' &&
    units[index - 2]?.toUpperCase() === 'G'
  );
}

/** The piece that stops `@`, `#1` and `GH-1` from linking; `undefined` when `unit` is none of them. */
function referenceBreak(units: readonly string[], index: number): string | undefined {
  const unit = units[index];
  if (unit === '@') return '@' + ZERO_WIDTH_JOINER;
  if (isIssuePrefixDash(units, index)) return '-' + ZERO_WIDTH_JOINER;
  return undefined;
}

/** Renders each unit (grapheme or code point) of sanitised text as Markdown prose. */
function markdownPieces(units: readonly string[]): string[] {
  const pieces: string[] = [];
  // Length of the run of digits that opens the text: `1.` or `1)` after it would start a list.
  let leadingDigits = 0;
  while (/^[0-9]$/.test(units[leadingDigits] ?? '')) leadingDigits += 1;
  units.forEach((unit, index) => {
    const reference = referenceBreak(units, index);
    if (reference !== undefined) {
      pieces.push(reference);
    } else if (unit === '#') {
      // `\#` stops a heading; the joiner stops an issue link, which the backslash does not.
      pieces.push(isDigit(units[index + 1]) ? '\\#' + ZERO_WIDTH_JOINER : '\\#');
    } else if (INLINE_SPECIALS.has(unit)) {
      pieces.push('\\' + unit);
    } else if (HTML_ENTITIES.has(unit)) {
      pieces.push(HTML_ENTITIES.get(unit) ?? unit);
    } else if (index === 0 && LINE_START_SPECIALS.has(unit) && endsMarker(units, index, unit)) {
      pieces.push('\\' + unit);
    } else if (
      unit === '.' &&
      index > 0 &&
      index === leadingDigits &&
      leadingDigits <= 9 &&
      endsMarker(units, index, ' ')
    ) {
      pieces.push('\\.');
    } else {
      pieces.push(unit);
    }
  });
  return pieces;
}

/** Renders each unit as HTML text (no Markdown is parsed inside an HTML block such as `<summary>`). */
function htmlPieces(units: readonly string[]): string[] {
  return units.map((unit, index) => {
    const reference = referenceBreak(units, index);
    if (reference !== undefined) return reference;
    if (unit === '#') return isDigit(units[index + 1]) ? '#' + ZERO_WIDTH_JOINER : '#';
    return HTML_ENTITIES.get(unit) ?? unit;
  });
}

/**
 * Escapes `units` with `render`, first by code point (fast) and, only when the result is too
 * long, again by grapheme so that the cut keeps whole graphemes.
 */
function escapeWithin(
  text: string,
  render: (units: readonly string[]) => string[],
  maxLength: number | undefined,
): string {
  const pieces = render(Array.from(text));
  const whole = pieces.join('');
  if (maxLength === undefined || whole.length <= maxLength) return whole;
  // Each grapheme renders to at least one code unit, so only the first maxLength can be kept;
  // two more give the escaping its look-ahead (`#1`, `GH-1`).
  return joinWithinLength(render(graphemes(text, maxLength + 2)), maxLength);
}

/**
 * Escapes user text for Markdown prose (a paragraph, a heading, a list item), so that it renders
 * as exactly the characters it holds: HTML special characters become entities (no raw tag, no
 * `</details>` break-out, no forged `<!-- … -->` marker); Markdown punctuation is
 * backslash-escaped, as are a leading `- `, `+ `, `---`, `===` and the dot of a leading `1. `; `@`, `#123`
 * and `GH-123` get a zero-width joiner so GitHub links no one and nothing; control and
 * bidirectional characters are removed and line breaks become spaces.
 *
 * @example escapeMarkdownText('**@octocat** fixed #12') // '\\*\\*@\u200Doctocat\\*\\* fixed \\#\u200D12'
 */
export function escapeMarkdownText(text: string, options: EscapeOptions = {}): string {
  assertMaxLength('escapeMarkdownText', options.maxLength);
  return escapeWithin(sanitizeText(text).trim(), markdownPieces, options.maxLength);
}

/**
 * Escapes text that may hold inline code spans written between backticks (the `Note` format:
 * ``run `npm test` first``) and may span several lines: code spans go through
 * {@link inlineCode}, the rest through the rules of {@link escapeMarkdownText}, line by line, so
 * no line can open a list, a heading or a quote. Returns the escaped lines, without empty
 * leading or trailing ones; the caller joins them (or prefixes each with `> ` for an alert).
 * `maxLength` caps the input text (before escaping), on a grapheme boundary.
 *
 * @example escapeMarkdownLines('run `npm ci`\n- then *test*') // ['run `npm ci`', '\\- then \\*test\\*']
 */
export function escapeMarkdownLines(text: string, options: EscapeOptions = {}): string[] {
  assertMaxLength('escapeMarkdownLines', options.maxLength);
  let clean = sanitizeText(text, { newlines: 'keep' }).trim();
  if (options.maxLength !== undefined) clean = truncateText(clean, options.maxLength);
  return clean.split('\n').map((line) =>
    line
      .trim()
      .split(/(`[^`]+`)/)
      .map((part, index) => {
        if (index % 2 === 1) return inlineCode(part.slice(1, -1));
        // Only the first part opens the line; later ones follow a code span.
        const pieces = markdownPieces(Array.from(index === 0 ? part : ' ' + part));
        return (index === 0 ? pieces : pieces.slice(1)).join('');
      })
      .join(''),
  );
}

/**
 * Escapes user text for one cell of a GFM table: everything {@link escapeMarkdownText} does, and
 * since every `|` is escaped and line breaks are spaces, the row keeps its number of columns.
 *
 * @example escapeTableCell('a | b\nc') // 'a \\| b c'
 */
export function escapeTableCell(text: string, options: EscapeOptions = {}): string {
  assertMaxLength('escapeTableCell', options.maxLength);
  return escapeWithin(sanitizeText(text).trim(), markdownPieces, options.maxLength);
}

/**
 * Escapes user text for raw HTML content where Markdown is not parsed, such as the
 * `<summary>` line of a `<details>` block: HTML entities and the joiners that stop mentions and
 * issue links, without backslashes (which would show).
 *
 * @example escapeHtmlText('</details> @octocat') // '&lt;/details&gt; @\u200Doctocat'
 */
export function escapeHtmlText(text: string, options: EscapeOptions = {}): string {
  assertMaxLength('escapeHtmlText', options.maxLength);
  return escapeWithin(sanitizeText(text).trim(), htmlPieces, options.maxLength);
}

/**
 * Breaks the `<!--` that opens an HTML comment. Inside code, GitHub shows the characters as
 * they are, but the raw comment body still holds them, and the sticky-comment transport finds
 * its comment by searching the raw body for `<!-- kaizen-gates:… -->`.
 */
function codePieces(units: readonly string[], inTable: boolean): string[] {
  return units.map((unit, index) => {
    if (unit === '<' && units[index + 1] === '!' && units[index + 2] === '-') {
      return '<' + ZERO_WIDTH_JOINER;
    }
    if (inTable && unit === '|') return '\\|';
    return unit;
  });
}

/** Length of the longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Wraps user text in a Markdown code span, where nothing is interpreted and GitHub neither
 * mentions nor links. The backtick fence is one longer than any backtick run inside, and the
 * content is padded with a space when it starts or ends with a backtick or a space (CommonMark
 * strips one space from each side). Line breaks become spaces (a blank line would end the
 * span), control and bidirectional characters are removed, and `<!--` is broken so the raw
 * text cannot forge the comment marker.
 *
 * @example inlineCode('a `b` c') // '`` a `b` c ``'
 */
export function inlineCode(text: string, options: InlineCodeOptions = {}): string {
  assertMaxLength('inlineCode', options.maxLength);
  const clean = sanitizeText(text);
  if (clean.length === 0) return '` `';
  const fence = '`'.repeat(longestBacktickRun(clean) + 1);
  const wrap = (content: string): string => {
    const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
    return fence + pad + content + pad + fence;
  };
  const whole = wrap(codePieces(Array.from(clean), options.inTable === true).join(''));
  if (options.maxLength === undefined || whole.length <= options.maxLength) return whole;
  // A shorter content has no longer backtick run, so the fence (and padding) cannot grow.
  const overhead = 2 * (fence.length + 1);
  const content = joinWithinLength(
    codePieces(graphemes(clean, options.maxLength + 2), options.inTable === true),
    Math.max(1, options.maxLength - overhead),
  );
  return wrap(content);
}

/**
 * Wraps user text in a fenced code block. The fence is one backtick longer than any backtick run
 * inside (at least three), so no line of the content can close it; `language` keeps only the
 * characters an info string needs. Control and bidirectional characters are removed, tabs and
 * line breaks kept, and `<!--` broken as in {@link inlineCode}.
 *
 * @example codeBlock('x ``` y', 'text') // '````text\nx ``` y\n````'
 */
export function codeBlock(text: string, language = '', options: EscapeOptions = {}): string {
  assertMaxLength('codeBlock', options.maxLength);
  const clean = sanitizeText(text, { newlines: 'keep', keepTabs: true }).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(clean) + 1));
  const info = language.replace(/[^A-Za-z0-9_+.-]/g, '');
  const content = escapeWithin(clean, (units) => codePieces(units, false), options.maxLength);
  return `${fence}${info}\n${content}\n${fence}`;
}
