/**
 * A PR comment as GitHub shows it, in headless Chromium: does every table fit the 840 px comment,
 * or does GitHub scroll it sideways (and hide its last columns)? GitHub renders GitHub-flavoured
 * Markdown (markdown-it here) with its own stylesheet, of which the rules that decide a table's
 * width are restated below, at the 14 px of a comment's text (a README's is 16 px:
 * `--font-size 16` errs on the wide side). GitHub's renderer is not public: this approximates it.
 *
 *   npx tsx scripts/render-comment.ts comment.md               # prints each table's fit
 *   npx tsx scripts/render-comment.ts comment.md --png out.png # and a screenshot, <details> open
 *
 * Exits 1 when a table overflows. Needs Debian's `chromium` (`apt-get install -y chromium`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import MarkdownIt from 'markdown-it';

/** Width of a comment in a pull request's conversation, in CSS pixels. */
export const COMMENT_WIDTH = 840;

/** Where Debian installs Chromium; `CHROMIUM` overrides it. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * The rules of GitHub's Markdown stylesheet (github-markdown-css, `.markdown-body`) that set a
 * table's width: a table is a block as wide as its content up to the comment's width, scrolling
 * beyond it; cells are padded 6 px × 13 px; code is 85% in a monospace font and breaks only where
 * its text may (`break-spaces`).
 */
const GITHUB_CSS = `
body { margin: 0; padding: 16px; background: #fff; }
.markdown-body { box-sizing: border-box; width: var(--width); padding: 16px; border: 1px solid #d0d7de;
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: var(--font-size); line-height: 1.5; word-wrap: break-word; color: #1f2328; }
.markdown-body table { border-spacing: 0; border-collapse: collapse; display: block; width: max-content;
  max-width: 100%; overflow: auto; margin: 0 0 16px; }
.markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d0d7de; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { padding: .2em .4em; margin: 0; font-size: 85%; white-space: break-spaces;
  background: rgba(175, 184, 193, .2); border-radius: 6px;
  font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.markdown-body pre code { white-space: pre; }
#table-fit { display: none; }
`;

/** How one table of a comment fits. */
export interface TableFit {
  /** The heading or `<summary>` above the table, to say which it is. */
  title: string;
  /** Width of the table's content, px. */
  contentWidth: number;
  /** Width the comment gives it, px. */
  shownWidth: number;
  /** Pixels scrolled out of view: 0 when the table fits. */
  overflow: number;
}

/** Reports each table's fit into the page, where `--dump-dom` prints it. */
const MEASURE = `
addEventListener('load', () => {
  const fits = [...document.querySelectorAll('.markdown-body')].map((comment) =>
    [...comment.querySelectorAll('table')].map((table) => {
    const summary = table.closest('details')?.querySelector('summary');
    let heading = table.previousElementSibling;
    while (heading && !/^H[1-6]$/.test(heading.tagName)) heading = heading.previousElementSibling;
    const title = (summary ?? heading)?.textContent.trim() ?? '';
    return { title, contentWidth: table.scrollWidth, shownWidth: table.clientWidth,
      overflow: Math.max(0, table.scrollWidth - table.clientWidth) };
  }));
  const out = document.createElement('pre');
  out.id = 'table-fit';
  out.textContent = JSON.stringify(fits);
  document.body.append(out);
});`;

/** Comments as one HTML page, one below the other, every `<details>` open so each table is laid out. */
export function commentPage(
  markdowns: readonly string[],
  width = COMMENT_WIDTH,
  fontSize = 14,
): string {
  const markdown = new MarkdownIt({ html: true, linkify: true });
  const articles = markdowns.map(
    (text) =>
      `<article class="markdown-body">${markdown.render(text).replace(/<details>/g, '<details open>')}</article>`,
  );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${GITHUB_CSS}</style>
<style>:root { --width: ${width}px; --font-size: ${fontSize}px; }</style></head><body>
${articles.join('\n')}<script>${MEASURE}</script></body></html>`;
}

const run = promisify(execFile);

/** Chromium's arguments for a headless run of `url` in a window of `width` px. */
function chromiumArgs(url: string, width: number, extra: string[]): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--virtual-time-budget=500',
    `--window-size=${width + 64},1200`,
    ...extra,
    url,
  ];
}

/** Options of {@link measureComments}. */
export interface MeasureOptions {
  /** Comment width, px; default {@link COMMENT_WIDTH}. */
  width?: number;
  /** Body text size, px; default 14 (a comment's). */
  fontSize?: number;
  /** Where to save a screenshot of the first 1,200 px. */
  png?: string;
  /** The Chromium binary; default {@link CHROMIUM}. */
  chromium?: string;
}

/** {@link measureComments} for one comment. */
export async function measureComment(
  markdown: string,
  options: MeasureOptions = {},
): Promise<TableFit[]> {
  return (await measureComments([markdown], options))[0] ?? [];
}

/**
 * Lays each comment out in Chromium as GitHub would and measures its tables: one list per
 * comment, in order. One browser run for them all (starting Chromium is most of the time).
 *
 * @throws Error when Chromium cannot run or reports nothing.
 */
export async function measureComments(
  markdowns: readonly string[],
  options: MeasureOptions = {},
): Promise<TableFit[][]> {
  const width = options.width ?? COMMENT_WIDTH;
  const chromium = options.chromium ?? CHROMIUM;
  const folder = mkdtempSync(join(tmpdir(), 'render-comment-'));
  try {
    const page = join(folder, 'comment.html');
    writeFileSync(page, commentPage(markdowns, width, options.fontSize));
    const url = pathToFileURL(page).href;
    const { stdout } = await run(chromium, chromiumArgs(url, width, ['--dump-dom']), {
      maxBuffer: 64 * 1024 * 1024,
    });
    if (options.png !== undefined) {
      await run(chromium, chromiumArgs(url, width, [`--screenshot=${options.png}`]));
    }
    const json = /<pre id="table-fit">([^<]*)<\/pre>/.exec(stdout)?.[1];
    if (json === undefined) throw new Error('render-comment: Chromium reported no measurement');
    const decoded = json
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    return JSON.parse(decoded.replace(/&amp;/g, '&')) as TableFit[][];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Whether Chromium is installed where {@link measureComment} looks for it. */
export function hasChromium(chromium = CHROMIUM): boolean {
  return existsSync(chromium);
}

async function main(argv: readonly string[]): Promise<number> {
  const [input, ...rest] = argv;
  if (input === undefined || input === '--help') {
    process.stderr.write(
      'usage: render-comment.ts COMMENT.md [--png OUT.png] [--width PX] [--font-size PX]\n',
    );
    return 2;
  }
  const option = (name: string): string | undefined => {
    const index = rest.indexOf(name);
    return index === -1 ? undefined : rest[index + 1];
  };
  const fits = await measureComment(readFileSync(input, 'utf8'), {
    width: Number(option('--width') ?? COMMENT_WIDTH),
    fontSize: Number(option('--font-size') ?? 14),
    png: option('--png'),
  });
  for (const fit of fits) {
    const verdict = fit.overflow > 0 ? `OVERFLOWS by ${fit.overflow} px` : 'fits';
    process.stdout.write(
      `${verdict}: ${fit.title || '(untitled table)'} (${fit.contentWidth} px)\n`,
    );
  }
  return fits.some((fit) => fit.overflow > 0) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
