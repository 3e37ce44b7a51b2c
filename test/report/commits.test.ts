/**
 * The "Comparing base…head" line of the comment, the job summary and the check run: short SHAs
 * linked to their commits, the range to the compare view, everything escaped, and ids that are
 * not commit ids never shown. The SHAs are those of the real webhook payloads in
 * test/fixtures/events (see SOURCES.md there).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCheckRunReport } from '../../src/report/check-run.js';
import {
  commitsFragment,
  linkedCommits,
  shortSha,
  verdictBaseSha,
  verdictHeadSha,
  type ReportCommits,
} from '../../src/report/commits.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { expectSafeMarkdown, flatTokens, visibleInline } from './markdown-oracle.js';
import { benchVerdict, emptyVerdict } from './verdicts.js';

const root = resolve(import.meta.dirname, '../..');
const pullRequest = JSON.parse(
  readFileSync(join(root, 'test/fixtures/events/pull_request.synchronize.json'), 'utf8'),
) as { pull_request: { base: { sha: string }; head: { sha: string } } };
const base = pullRequest.pull_request.base.sha;
const head = pullRequest.pull_request.head.sha;
const repository = 'https://github.com/Codertocat/Hello-World';

/** The links of a Markdown fragment, as [visible text, href] pairs. */
function links(markdown: string): [string, string][] {
  const tokens = flatTokens(markdown);
  return tokens.flatMap((token, index) => {
    if (token.type !== 'link_open') return [];
    const text = tokens[index + 1];
    return [[text?.content ?? '', String(token.attrGet('href') ?? '')]];
  });
}

describe('shortSha', () => {
  it.each([
    [base, base.slice(0, 7)],
    [head.toUpperCase(), head.slice(0, 7)],
    ['ec26c3e', 'ec26c3e'],
    ['a'.repeat(64), 'aaaaaaa'],
  ])('shortens %s to %s', (sha, short) => {
    expect(shortSha(sha)).toBe(short);
  });

  it.each([
    ['', 'empty'],
    ['ec26c3', 'six digits: too short to name a commit'],
    ['HEAD', 'a ref name'],
    ['ec26c3g57ca3a959', 'a non-hex digit'],
    [`${head} `, 'trailing space'],
    ['a'.repeat(65), 'longer than SHA-256'],
    ['abc1234](javascript:alert(1))', 'a link break-out'],
    ['<!-- kaizen-gates:bench:default -->', 'a forged marker'],
  ])('refuses %j (%s)', (sha) => {
    expect(shortSha(sha)).toBeUndefined();
  });
});

describe('commitsFragment', () => {
  it('links each short SHA to its commit and the range to the compare view', () => {
    const fragment = commitsFragment(linkedCommits(repository, head, base));
    expect(visibleInline(fragment)).toBe(
      `Comparing ${base.slice(0, 7)}…${head.slice(0, 7)} (diff)`,
    );
    expect(links(fragment)).toEqual([
      [base.slice(0, 7), `${repository}/commit/${base}`],
      [head.slice(0, 7), `${repository}/commit/${head}`],
      ['diff', `${repository}/compare/${base}...${head}`],
    ]);
  });

  it('names the head alone when there is no base, or the base is the null commit', () => {
    for (const commits of [
      linkedCommits(repository, head),
      linkedCommits(repository, head, '0'.repeat(40)),
    ]) {
      const fragment = commitsFragment(commits);
      expect(visibleInline(fragment)).toBe(`Commit ${head.slice(0, 7)}`);
      expect(links(fragment)).toEqual([[head.slice(0, 7), `${repository}/commit/${head}`]]);
    }
  });

  it('shows plain code spans without links', () => {
    expect(commitsFragment({ base: { sha: base }, head: { sha: head } })).toBe(
      `Comparing \`${base.slice(0, 7)}\`…\`${head.slice(0, 7)}\``,
    );
  });

  it('is empty without commits, or when the head is not a commit id', () => {
    expect(commitsFragment(undefined)).toBe('');
    expect(commitsFragment({ base: { sha: base }, head: { sha: 'main' } })).toBe('');
    expect(commitsFragment({ head: { sha: '0'.repeat(40) } })).toBe('');
  });

  it('drops a hostile base and keeps the head', () => {
    const commits: ReportCommits = {
      base: { sha: '@octocat', url: `${repository}/commit/x` },
      head: { sha: head },
      compareUrl: `${repository}/compare/x...y`,
    };
    expect(commitsFragment(commits)).toBe(`Commit \`${head.slice(0, 7)}\``);
  });

  it('keeps the text but drops links that are not http(s), and encodes the rest', () => {
    const commits: ReportCommits = {
      base: { sha: base, url: 'javascript:alert(1)' },
      head: { sha: head, url: 'https://example.com/c/(x) "y"' },
      compareUrl: 'data:text/html,<script>alert(1)</script>',
    };
    const fragment = commitsFragment(commits);
    expect(links(fragment)).toEqual([
      [head.slice(0, 7), 'https://example.com/c/%28x%29%20%22y%22'],
    ]);
    expect(visibleInline(fragment)).toBe(`Comparing ${base.slice(0, 7)}…${head.slice(0, 7)}`);
    expectSafeMarkdown(fragment, { links: 1 });
  });
});

describe('linkedCommits', () => {
  it('builds the links under the repository, ignoring a trailing slash', () => {
    expect(linkedCommits(`${repository}/`, head, base)).toEqual({
      base: { sha: base, url: `${repository}/commit/${base}` },
      head: { sha: head, url: `${repository}/commit/${head}` },
      compareUrl: `${repository}/compare/${base}...${head}`,
    });
  });

  it('leaves out a base that is not a commit id', () => {
    expect(linkedCommits(repository, head, 'main')).toEqual({
      head: { sha: head, url: `${repository}/commit/${head}` },
    });
  });
});

describe('the commits a gate put in its verdict', () => {
  it("reads data.commits (dashboard-diff's merge base and head)", () => {
    const verdict = emptyVerdict({ data: { commits: { base, head } } });
    expect(verdictBaseSha(verdict)).toBe(base);
    expect(verdictHeadSha(verdict)).toBe(head);
  });

  it.each([
    [undefined],
    [{}],
    [{ commits: null }],
    [{ commits: [base, head] }],
    [{ commits: { base: 42, head: 'HEAD' } }],
    [{ commits: { base: '0'.repeat(40) } }],
  ])('finds none in %j', (data) => {
    const verdict = emptyVerdict(data === undefined ? {} : { data });
    expect(verdictBaseSha(verdict)).toBeUndefined();
    expect(verdictHeadSha(verdict)).toBeUndefined();
  });
});

describe('the reports', () => {
  const commits = linkedCommits(repository, head, base);
  const line = `Comparing ${base.slice(0, 7)}…${head.slice(0, 7)} (diff)`;

  /** The visible text of the last block (the footer) of a Markdown report. */
  function footer(markdown: string): string {
    return visibleInline(markdown.trimEnd().split('\n\n').at(-1) ?? '');
  }

  it('the comment names the commits in its footer, with three links more', () => {
    const verdict = emptyVerdict();
    const without = renderComment(verdict, { version: '1.2.3' });
    const comment = renderComment(verdict, { version: '1.2.3', commits });
    expect(footer(comment)).toBe(`Benchmarks gate · kaizen-gates 1.2.3 · ${line}`);
    expect(footer(without)).toBe('Benchmarks gate · kaizen-gates 1.2.3');
    expectSafeMarkdown(comment, { links: 3 });
  });

  it('keeps the commits when the comment shrinks to its minimal form', () => {
    const comment = renderComment(benchVerdict(), { version: '1.2.3', commits, maxLength: 700 });
    expect(comment).toMatch(/too long for a comment/);
    expect(footer(comment)).toContain(line);
  });

  it('the job summary and the check run text name them too', () => {
    const verdict = benchVerdict();
    expect(footer(renderJobSummary(verdict, { version: '1.2.3', commits }))).toContain(line);
    const checkRun = buildCheckRunReport(verdict, {
      name: 'kaizen-gates / bench',
      advisory: false,
      version: '1.2.3',
      commits,
    });
    expect(footer(checkRun.text)).toContain(line);
  });

  it('shows no line for hostile ids, and nothing of them leaks', () => {
    const hostile: ReportCommits = {
      base: { sha: '<!-- kaizen-gates:bench:default -->' },
      head: { sha: '[x](javascript:alert(1)) @octocat #1' },
    };
    const comment = renderComment(emptyVerdict(), { version: '1.2.3', commits: hostile });
    expect(footer(comment)).toBe('Benchmarks gate · kaizen-gates 1.2.3');
    expect(comment).not.toMatch(/octocat|javascript|kaizen-gates:bench/);
  });
});
