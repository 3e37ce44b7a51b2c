/** Lines of text held in a YAML block scalar (`|`, `>`), mapped back to the file. */
import type { PlaceMapper } from './host.js';

/**
 * Maps positions in the value of a block scalar whose header (`|-`, `>`) is at `headerOffset`,
 * on 1-based line `headerLine` of `text`.
 *
 * A literal block keeps every line of its text: line n is line n after the header, shifted right
 * by the block's indentation. A folded block keeps them too where the text's lines are more
 * indented than the block (pretty-printed JSON between its outer braces). Each line is checked
 * against the file, and one that folding merged (or that does not match for any other reason)
 * points at the block's first line instead.
 */
export function blockScalarPlaces(
  text: string,
  headerOffset: number,
  headerLine: number,
  value: string,
): PlaceMapper {
  const indent = blockIndent(text, headerOffset);
  const valueLines = value.split('\n');
  let fileLines: string[] | undefined;
  return (line, column) => {
    fileLines ??= text.split(/\r?\n/);
    const written = (fileLines[headerLine + line - 1] ?? '').slice(indent);
    return written === valueLines[line - 1]
      ? { line: headerLine + line, column: column + indent }
      : { line: headerLine + 1 };
  };
}

/**
 * The indentation of the block scalar whose header is at `headerOffset`: that of its first line
 * that is not blank (JSON text starts with `{` at the block's indentation).
 */
function blockIndent(text: string, headerOffset: number): number {
  let at = text.indexOf('\n', headerOffset) + 1;
  while (at > 0 && at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.trim() !== '') return line.length - line.trimStart().length;
    if (end < 0) break;
    at = end + 1;
  }
  return 0;
}
