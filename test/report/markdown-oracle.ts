/**
 * An independent Markdown parser (markdown-it, CommonMark + GFM tables, raw HTML enabled) used as
 * an oracle: the tests check what a renderer's output *parses to*, not how its text looks.
 */
import MarkdownIt from 'markdown-it';
import { expect } from 'vitest';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const markdown = new MarkdownIt({ html: true, linkify: false });

/** Block tokens of a document. */
export function parse(source: string): Token[] {
  return markdown.parse(source, {});
}

/** Every token of a document, inline children included, in order. */
export function flatTokens(source: string): Token[] {
  return parse(source).flatMap((token) => [token, ...(token.children ?? [])]);
}

/** What a reader sees of an inline Markdown fragment: text and code, other markup removed. */
export function visibleInline(source: string): string {
  return markdown
    .parseInline(source, {})
    .flatMap((token) => token.children ?? [])
    .map((token) =>
      token.type === 'text' || token.type === 'code_inline'
        ? token.content
        : token.type === 'softbreak'
          ? '\n'
          : '',
    )
    .join('');
}

/** Inline token types of a fragment (e.g. to prove no `link_open` or `em_open` appeared). */
export function inlineTypes(source: string): string[] {
  return markdown
    .parseInline(source, {})
    .flatMap((token) => token.children ?? [])
    .map((token) => token.type);
}

/** The text of each cell of each row of each table, as parsed. */
export function tables(source: string): string[][][] {
  const result: string[][][] = [];
  let row: string[] | undefined;
  let inCell = false;
  for (const token of parse(source)) {
    if (token.type === 'table_open') result.push([]);
    else if (token.type === 'tr_open') row = [];
    else if (token.type === 'tr_close' && row !== undefined) result.at(-1)?.push(row);
    else if (token.type === 'th_open' || token.type === 'td_open') inCell = true;
    else if (token.type === 'th_close' || token.type === 'td_close') inCell = false;
    else if (token.type === 'inline' && inCell && row !== undefined) {
      row.push(
        (token.children ?? [])
          .map((child) =>
            child.type === 'text' || child.type === 'code_inline' ? child.content : '',
          )
          .join(''),
      );
    }
  }
  return result;
}

/**
 * Number of cells in a raw GFM table line: pipes not preceded by a backslash, minus the outer
 * ones. GFM splits cells before inline parsing, and a pipe right after a backslash is escaped
 * whatever precedes that backslash (cmark-gfm's `table_cell` scanner; markdown-it's
 * `escapedSplit`). Counted on the text, because a parser pads or drops cells to the header's count.
 */
export function rawCellCount(line: string): number {
  let pipes = 0;
  for (let index = 0; index < line.length; index += 1) {
    if (line[index] === '|' && line[index - 1] !== '\\') pipes += 1;
  }
  return pipes - 1;
}

/** Raw HTML the renderers themselves write; anything else in the output came from user input. */
const OWN_HTML = [
  /^<details>\n<summary>[^<>]*<\/summary>\n$/,
  /^<\/details>\n?$/,
  /^<sub>$/,
  /^<\/sub>$/,
  // A long code cell that may wrap (src/report/table-code.ts).
  /^<code>$/,
  /^<\/code>$/,
  /^<wbr>$/,
];

/** Text a GitHub mention or issue link would be made of (outside code). */
const LIVE_REFERENCE = /(?:^|[^\w`])@[A-Za-z0-9]|#[0-9]|\bGH-[0-9]/i;

/**
 * Asserts that `source` is Markdown whose structure came only from the renderer: its raw HTML
 * is only the renderer's own tags, no text outside code would mention a user or link an issue,
 * no link or image exists beyond `links`, the sticky-comment marker cannot be found in the raw
 * text, every `<details>` is closed, every fence is closed, and every raw table line has as many
 * cells as its header.
 */
export function expectSafeMarkdown(source: string, options: { links?: number } = {}): void {
  expect(source).not.toMatch(/<!--/);
  const tokens = flatTokens(source);
  for (const token of tokens) {
    if (token.type === 'html_block' || token.type === 'html_inline') {
      expect(
        OWN_HTML.some((pattern) => pattern.test(token.content)),
        token.content,
      ).toBe(true);
    }
    if (token.type === 'text' || token.type === 'html_block') {
      expect(token.content).not.toMatch(LIVE_REFERENCE);
    }
    expect(token.type).not.toBe('image');
  }
  expect(tokens.filter((token) => token.type === 'link_open')).toHaveLength(options.links ?? 0);
  // Counted on the parsed HTML: inside a code span `</details>` is text, shown as typed.
  const html = tokens.filter((token) => token.type === 'html_block').map((token) => token.content);
  const opened = html.filter((content) => content.startsWith('<details>')).length;
  expect(html.filter((content) => content.startsWith('</details>')).length).toBe(opened);
  expect(source.split(/^<details>$/m).length - 1).toBe(opened);
  expectClosedFences(source);
  expectRectangularTables(source);
}

/** Every fenced block opened in `source` is closed by a fence of the same character, at least as long. */
export function expectClosedFences(source: string): void {
  let open: string | undefined;
  for (const line of source.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (open === undefined) {
      if (fence !== undefined) open = fence;
    } else if (
      fence !== undefined &&
      fence[0] === open[0] &&
      fence.length >= open.length &&
      line.trim() === fence
    ) {
      open = undefined;
    }
  }
  expect(open, 'an unclosed code fence').toBeUndefined();
}

/** Each run of raw table lines has the same number of cells on every line. */
export function expectRectangularTables(source: string): void {
  let expected: number | undefined;
  for (const line of source.split('\n')) {
    if (!line.startsWith('|')) {
      expected = undefined;
      continue;
    }
    const count = rawCellCount(line);
    expected ??= count;
    expect(count, line.slice(0, 200)).toBe(expected);
  }
}
