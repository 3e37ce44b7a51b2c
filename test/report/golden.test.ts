/**
 * Golden files for a realistic bench verdict: a change to the Markdown or the console layout
 * shows up as a readable diff of the files under __snapshots__/ (update with `vitest -u`).
 */
import { describe, expect, it } from 'vitest';
import { buildCheckRunReport } from '../../src/report/check-run.js';
import { renderConsole } from '../../src/report/console.js';
import { renderComment } from '../../src/report/markdown.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { expectSafeMarkdown } from './markdown-oracle.js';
import { benchVerdict } from './verdicts.js';

const VERSION = '0.1.0';
const DETAILS_URL = 'https://github.com/acme/engine/actions/runs/123456789';

describe('golden files for a bench verdict', () => {
  const verdict = benchVerdict();

  it('renders the PR comment', async () => {
    const comment = renderComment(verdict, {
      version: VERSION,
      summaryHint: 'the job summary',
      detailsUrl: DETAILS_URL,
    });
    expectSafeMarkdown(comment, { links: 1 });
    await expect(comment).toMatchFileSnapshot('__snapshots__/bench-comment.md');
  });

  it('renders the job summary', async () => {
    const summary = renderJobSummary(verdict, { version: VERSION });
    expectSafeMarkdown(summary);
    await expect(summary).toMatchFileSnapshot('__snapshots__/bench-summary.md');
  });

  it('renders the console report, plain and coloured', async () => {
    await expect(renderConsole(verdict, { color: false, width: 100 })).toMatchFileSnapshot(
      '__snapshots__/bench-console.txt',
    );
    await expect(renderConsole(verdict, { color: false, width: 50 })).toMatchFileSnapshot(
      '__snapshots__/bench-console-narrow.txt',
    );
    await expect(renderConsole(verdict, { color: true, width: 100 })).toMatchFileSnapshot(
      '__snapshots__/bench-console-color.txt',
    );
  });

  it('builds the check run', async () => {
    const report = buildCheckRunReport(verdict, {
      name: 'kaizen-gates / bench',
      advisory: false,
      version: VERSION,
    });
    expectSafeMarkdown(report.summary);
    expectSafeMarkdown(report.text);
    await expect(JSON.stringify(report, null, 2) + '\n').toMatchFileSnapshot(
      '__snapshots__/bench-check-run.json',
    );
  });

  it('is deterministic', () => {
    const options = { version: VERSION, summaryHint: 'the job summary' };
    expect(renderComment(benchVerdict(), options)).toBe(renderComment(benchVerdict(), options));
    expect(renderJobSummary(benchVerdict(), options)).toBe(
      renderJobSummary(benchVerdict(), options),
    );
  });
});
