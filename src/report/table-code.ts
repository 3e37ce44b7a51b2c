/**
 * A table cell shown as code that may wrap. A code span has no place where a browser may break
 * it except a space or a hyphen, so one long identifier (a Go sub-benchmark
 * `format=protobuf/message=NestedRepeatedFields/size=4096`, a deep path) sets its column's
 * narrowest width, and GitHub scrolls the whole table sideways instead of wrapping it: the columns
 * to its right leave the 840 px comment. A long identifier is therefore written as a `<code>`
 * element with `<wbr>` (an optional break, copied as nothing) after each separator; both tags are
 * on GitHub's HTML allow-list, and without them the text still reads the same.
 */
import { escapeTableCell, inlineCode } from './escape.js';

/**
 * Code longer than this many characters may wrap: about 320 px in GitHub's code font, what a
 * column has beside five short ones in the 840 px comment. Shorter code stays a code span.
 */
export const WRAPPED_CODE_LENGTH = 45;

/**
 * After a `/`, after `::`, and after a `.` that a name follows (`org.example.Bench`, never the
 * dot of `0.5`): the separators of a name's parts; a browser breaks at the last one that fits.
 * The text is already escaped: escaping writes no `/` or `:` of its own, and turns every `<`
 * into `&lt;`, so an inserted `<wbr>` is the only tag.
 */
const BREAK_AFTER = /\/|::|\.(?=[\p{L}_])/gu;

/**
 * {@link BREAK_AFTER} and the `=` of a `key=value`, for a headline figure: one of seven columns
 * side by side, narrower than a table's name column.
 */
const BREAK_AFTER_IN_FIGURE = /\/|::|=|\.(?=[\p{L}_])/gu;

/** `escaped` with a `<wbr>` after each separator that `breaks` finds. */
function withBreaks(escaped: string, breaks = BREAK_AFTER): string {
  return escaped.replace(breaks, (separator) => `${separator}<wbr>`);
}

/**
 * `text` as a code cell of a GFM table: a code span ({@link inlineCode}) up to
 * {@link WRAPPED_CODE_LENGTH} characters or without a separator, else `<code>…</code>` whose
 * content is escaped as Markdown table text (Markdown is parsed between inline HTML tags) with
 * `<wbr>` after each separator. `maxLength` caps the escaped text, as for any cell.
 *
 * @example tableCode('format=json/message=NestedRepeatedFields/size=4096')
 * // '<code>format=json/<wbr>message=NestedRepeatedFields/<wbr>size=4096</code>'
 */
export function tableCode(text: string, maxLength: number): string {
  const escaped = text.length > WRAPPED_CODE_LENGTH ? escapeTableCell(text, { maxLength }) : '';
  const broken = withBreaks(escaped);
  // Only where a break is added: otherwise the code span, which needs no escaping, says the same.
  if (broken === escaped) return inlineCode(text, { inTable: true, maxLength });
  return `<code>${broken}</code>`;
}

/**
 * `text` as plain table text (escaped as {@link escapeTableCell} does) that may wrap at the
 * separators of a long name, as {@link tableCode} does for code: for a headline figure such as
 * the worst benchmark's full name, which must stay whole (it is also an action output).
 *
 * @example wrappableText('BenchmarkDecode/format=json/message=NestedRepeatedFields-16', 200)
 * // 'BenchmarkDecode/<wbr>format=<wbr>json/<wbr>message=<wbr>NestedRepeatedFields-16'
 */
export function wrappableText(text: string, maxLength: number): string {
  const escaped = escapeTableCell(text, { maxLength });
  return text.length <= WRAPPED_CODE_LENGTH ? escaped : withBreaks(escaped, BREAK_AFTER_IN_FIGURE);
}
