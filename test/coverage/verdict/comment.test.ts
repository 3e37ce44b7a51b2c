/**
 * The pull-request comment of a typical failing run, as a golden file: a change to the wording or
 * layout shows as a readable diff of __snapshots__/comment.md. (Seen rendered with
 * /work/shared/tools/render-comment when written.)
 */
import { expect, it } from 'vitest';
import { changedFilesOf } from '../../../src/diff/changed-lines.js';
import { analyzeCoverage } from '../../../src/gates/coverage/analyze.js';
import type { RepoFileCoverage } from '../../../src/gates/coverage/types.js';
import { buildCoverageVerdict } from '../../../src/gates/coverage/verdict.js';
import { renderComment } from '../../../src/report/markdown.js';
import { expectSafeMarkdown } from '../../report/markdown-oracle.js';

/** A file of `size` measured lines, those for which `missed` holds without hits. */
function file(path: string, size: number, missed: (line: number) => boolean): RepoFileCoverage {
  return {
    path,
    reportPaths: [path],
    lines: new Map(Array.from({ length: size }, (_, i) => [i + 1, missed(i + 1) ? 0 : 3])),
  };
}

it('renders a failing run readably', async () => {
  const files = [
    file('src/checkout/cart.ts', 120, (line) => line >= 40 && line <= 52),
    file('src/checkout/payment.ts', 80, (line) => line % 9 === 0),
    file('src/checkout/new-discounts.ts', 30, (line) => line > 20),
    file('src/util/format.ts', 60, () => false),
    ...Array.from({ length: 25 }, (_, i) =>
      file(`src/lib/module-${i}.ts`, 50, (line) => line % (i + 3) === 0),
    ),
  ];
  const changes = changedFilesOf([
    { path: 'src/checkout/cart.ts', lines: [{ start: 30, end: 55 }] },
    { path: 'src/checkout/payment.ts', lines: [{ start: 1, end: 40 }] },
    { path: 'src/checkout/new-discounts.ts', lines: 'whole-file' },
    { path: 'src/util/format.ts', lines: [{ start: 3, end: 4 }] },
    { path: 'src/checkout/forgotten.ts', lines: [{ start: 1, end: 10 }] },
  ]);
  const analysis = analyzeCoverage({
    mapping: {
      files,
      unmatched: ['/home/runner/work/shop/shop/generated/api.ts'],
      ambiguous: [],
    },
    changes,
    base: {
      sha: '3f9c2a1b7d',
      createdAt: '2026-12-03T08:00:00Z',
      distance: 1,
      coverage: {
        totals: { lines: { covered: 1_400, total: 1_700 } },
        files: {
          'src/checkout/cart.ts': { covered: 110, total: 110 },
          'src/lib/module-3.ts': { covered: 45, total: 50 },
        },
      },
    },
    thresholds: {
      perFile: [{ pattern: 'src/checkout/**', min: 85 }],
      minPatch: 80,
      minTotalLines: 75,
      maxDrop: 1,
    },
  });
  const verdict = buildCoverageVerdict(analysis, {
    key: 'web',
    against: 'by pull request #12',
    reportFiles: ['coverage/lcov.info'],
  });
  const comment = renderComment(verdict, { version: 'test', summaryHint: 'the job summary' });
  expectSafeMarkdown(comment);
  await expect(comment).toMatchFileSnapshot('__snapshots__/comment.md');
});
