import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  escapeHtmlText,
  escapeMarkdownLines,
  escapeMarkdownText,
  escapeTableCell,
  inlineCode,
} from '../../src/report/escape.js';
import { sanitizeText } from '../../src/report/text.js';
import {
  expectClosedFences,
  flatTokens,
  inlineTypes,
  parse,
  rawCellCount,
  tables,
  visibleInline,
} from './markdown-oracle.js';

const ZWJ = '\u200D';
const withoutJoiners = (text: string): string => text.replaceAll(ZWJ, '');
/** What a reader should see of `text`: the same characters, minus invisible controls. */
const expectedVisible = (text: string): string => withoutJoiners(sanitizeText(text).trim());

/** Strings an attacker (or an unlucky benchmark name) could put in a report. */
const HOSTILE = [
  '@octocat please look',
  'cc @org/team',
  'fixes #123',
  'see owner/repo#1',
  'GH-1 and gh-22',
  '</details><script>alert(1)</script>',
  '<!-- kaizen-gates:bench:default -->',
  '| a | b |',
  'line one\nline two\r\nthree',
  'a ``` b ```` c',
  '`start and end`',
  '[link](javascript:alert(1))',
  '![img](http://x)',
  'evil \u202Eright-to-left\u202C text',
  'nul\u0000 esc\u001B[31m red \u009B2J',
  '**bold** _em_ ~~strike~~ $x^2$',
  '# heading',
  '> quote',
  '- item',
  '+ item',
  '1. item',
  '12) item',
  '---',
  '===',
  'a \\| b \\',
  '&amp; &lt; &#64;octocat',
  '<https://example.com>',
  '👨‍👩‍👧 family 🇫🇷',
];

describe('escapeMarkdownText', () => {
  it.each(HOSTILE)('renders %j as exactly its visible characters, as plain text', (hostile) => {
    const escaped = escapeMarkdownText(hostile);
    // As a paragraph of its own: no block (heading, list, quote, rule) and no inline markup.
    const blocks = parse(escaped).map((token) => token.type);
    expect(blocks).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
    expect(new Set(inlineTypes(escaped))).toEqual(new Set(['text']));
    expect(withoutJoiners(visibleInline(escaped))).toBe(expectedVisible(hostile));
    expect(escaped).not.toMatch(/[<>]/);
    expect(escaped).not.toMatch(/@[^\u200D]|#[0-9]|GH-[0-9]/i);
  });

  it('breaks mentions and issue references with a zero-width joiner, not a backslash', () => {
    expect(escapeMarkdownText('@octocat')).toBe(`@${ZWJ}octocat`);
    expect(escapeMarkdownText('#123')).toBe(`\\#${ZWJ}123`);
    expect(escapeMarkdownText('owner/repo#1')).toBe(`owner/repo\\#${ZWJ}1`);
    expect(escapeMarkdownText('GH-1')).toBe(`GH-${ZWJ}1`);
  });

  it('leaves ordinary numbers and signs alone', () => {
    expect(escapeMarkdownText('-1.5%')).toBe('-1.5%');
    expect(escapeMarkdownText('+17.9%')).toBe('+17.9%');
    expect(escapeMarkdownText('1.23 µs')).toBe('1.23 µs');
    expect(escapeMarkdownText('1. item')).toBe('1\\. item');
    expect(escapeMarkdownText('- item')).toBe('\\- item');
  });

  it('caps the result at maxLength with an ellipsis, never inside an escape', () => {
    const escaped = escapeMarkdownText('a*'.repeat(5000), { maxLength: 100 });
    expect(escaped.length).toBeLessThanOrEqual(100);
    expect(escaped.endsWith('…')).toBe(true);
    expect(escaped).toMatch(/^(a\\\*)+a?…$/);
    const amp = escapeMarkdownText('&'.repeat(50), { maxLength: 12 });
    expect(amp).toBe('&amp;&amp;…');
  });

  it('never cuts a surrogate pair or an emoji sequence at the cap', () => {
    const family = '👨‍👩‍👧';
    for (let maxLength = 2; maxLength <= 40; maxLength += 1) {
      const escaped = escapeMarkdownText(`${family}x😀`.repeat(10), { maxLength });
      expect(escaped.length).toBeLessThanOrEqual(maxLength);
      expect(escaped.isWellFormed()).toBe(true);
      const body = escaped.endsWith('…') ? escaped.slice(0, -1) : escaped;
      expect(body).toMatch(/^(👨‍👩‍👧x😀)*(👨‍👩‍👧x?)?$/u);
    }
  });

  it('caps a 10,000-character string', () => {
    const escaped = escapeMarkdownText('@x '.repeat(3400), { maxLength: 500 });
    expect(escaped.length).toBeLessThanOrEqual(500);
    expect(escaped).not.toMatch(/@[^\u200D]/);
  });

  it('rejects a maxLength that is not a positive integer', () => {
    expect(() => escapeMarkdownText('x', { maxLength: 0 })).toThrow(
      /^escapeMarkdownText: maxLength/,
    );
    expect(() => escapeMarkdownText('x', { maxLength: 1.5 })).toThrow(/^escapeMarkdownText/);
  });
});

describe('escapeTableCell', () => {
  it.each(HOSTILE)('keeps %j in one cell with its visible characters', (hostile) => {
    const cell = escapeTableCell(hostile);
    const table = `| a | b |\n| --- | --- |\n| ${cell} | end |`;
    expect(rawCellCount(table.split('\n')[2] ?? '')).toBe(2);
    const [parsed] = tables(table);
    expect(parsed?.[1]?.map(withoutJoiners)).toEqual([expectedVisible(hostile), 'end']);
  });

  it('escapes every pipe and turns line breaks into spaces', () => {
    expect(escapeTableCell('a|b\nc')).toBe('a\\|b c');
  });
});

describe('escapeHtmlText', () => {
  it.each(HOSTILE)('keeps %j as text inside <summary>', (hostile) => {
    const html = `<details>\n<summary>${escapeHtmlText(hostile)}</summary>\n\nbody\n\n</details>\n`;
    const htmlTokens = flatTokens(html).filter((token) => token.type.startsWith('html'));
    expect(htmlTokens.map((token) => token.type)).toEqual(['html_block', 'html_block']);
    expect(html.match(/</g)).toHaveLength(4);
    expect(html).not.toMatch(/@[^\u200D]|#[0-9]|GH-[0-9]/i);
  });
});

describe('inlineCode', () => {
  it.each(HOSTILE)('shows %j verbatim in one code span', (hostile) => {
    const code = inlineCode(hostile);
    expect(inlineTypes(code)).toEqual(['code_inline']);
    expect(withoutJoiners(visibleInline(code))).toBe(withoutJoiners(sanitizeText(hostile)));
    expect(code).not.toContain('<!--');
  });

  it.each(HOSTILE)('keeps %j in one table cell when inTable', (hostile) => {
    const table = `| a | b |\n| --- | --- |\n| ${inlineCode(hostile, { inTable: true })} | end |`;
    expect(rawCellCount(table.split('\n')[2] ?? '')).toBe(2);
    const [parsed] = tables(table);
    expect(parsed?.[1]?.map(withoutJoiners)).toEqual([
      withoutJoiners(sanitizeText(hostile)).trim(),
      'end',
    ]);
  });

  it('uses a fence longer than any backtick run and pads when needed', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a ``` b')).toBe('````a ``` b````');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('')).toBe('` `');
  });

  it('caps long content within maxLength', () => {
    const code = inlineCode('x'.repeat(10_000), { maxLength: 50 });
    expect(code.length).toBeLessThanOrEqual(50);
    expect(visibleInline(code)).toMatch(/^x+…$/);
  });
});

describe('codeBlock', () => {
  it.each(HOSTILE)('keeps %j inside one fenced block', (hostile) => {
    const block = codeBlock(`before\n${hostile}\n\`\`\`\nafter`, 'text');
    expectClosedFences(block);
    const fences = parse(block).filter((token) => token.type === 'fence');
    expect(fences).toHaveLength(1);
    expect(parse(block)).toHaveLength(1);
    expect(fences[0]?.info).toBe('text');
    expect(withoutJoiners(fences[0]?.content ?? '')).toBe(
      withoutJoiners(
        sanitizeText(`before\n${hostile}\n\`\`\`\nafter`, { newlines: 'keep', keepTabs: true }),
      ) + '\n',
    );
    expect(block).not.toContain('<!--');
  });

  it('uses a fence one longer than the longest backtick run, and a clean info string', () => {
    expect(codeBlock('a ```` b', 'js"><x')).toBe('`````jsx\na ```` b\n`````');
    expect(codeBlock('plain')).toBe('```\nplain\n```');
  });
});

describe('escapeMarkdownLines', () => {
  it('keeps code spans as code and escapes the rest line by line', () => {
    const lines = escapeMarkdownLines('run `npm ci` for @octocat\n- then *test*\n\n# done');
    expect(lines).toEqual([
      `run \`npm ci\` for @${ZWJ}octocat`,
      '\\- then \\*test\\*',
      '',
      '\\# done',
    ]);
  });

  it('treats an unmatched backtick as text', () => {
    expect(escapeMarkdownLines('a ` b')).toEqual(['a \\` b']);
  });
});
