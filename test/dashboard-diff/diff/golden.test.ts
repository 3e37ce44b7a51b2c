/**
 * Golden tests on real history: every consecutive pair of revisions of the dotdc dashboards
 * (test/fixtures/dashboard-diff/dotdc-history, newest first) is diffed, and the change list must be
 * exactly the one in test/fixtures/dashboard-diff/golden/<dashboard>/<base>--<head>.txt. Each golden
 * file starts with `#` lines saying what the real commit changed, written from reading its
 * `git diff --no-index`; the lines below are the expected changes, one per line, reviewed against
 * that diff. `UPDATE_GOLDEN=1 npx vitest run test/dashboard-diff/diff/golden.test.ts` rewrites the
 * change lines (keeping the notes) after a deliberate change, to be reviewed again in `git diff`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changeLine, corpusText, diffTexts, FIXTURES, historyNames, revisions } from './corpus.js';

const update = process.env.UPDATE_GOLDEN === '1';

const pairs = historyNames().flatMap((dashboard) => {
  const names = revisions(dashboard);
  return names.slice(0, -1).map((head, index) => {
    const base = names[index + 1] ?? '';
    return { dashboard, base, head };
  });
});

describe('golden change lists of real consecutive revisions', () => {
  it('covers 11 pairs of each history', () => {
    expect(pairs).toHaveLength(historyNames().length * 11);
  });

  it.each(pairs)('$dashboard: $base → $head', ({ dashboard, base, head }) => {
    const baseText = corpusText(`dotdc-history/${dashboard}/${base}`);
    const headText = corpusText(`dotdc-history/${dashboard}/${head}`);
    const diff = diffTexts(`${dashboard}.json`, baseText, headText);
    const actual = [...diff.changes, ...diff.viewChanges].map(changeLine);

    const goldenPath = join(
      FIXTURES,
      'golden',
      dashboard,
      `${base.replace('.json', '')}--${head.replace('.json', '')}.txt`,
    );
    const existing = existsSync(goldenPath) ? readFileSync(goldenPath, 'utf8').split('\n') : [];
    const notes = existing.filter((line) => line.startsWith('#'));
    if (update) {
      mkdirSync(dirname(goldenPath), { recursive: true });
      writeFileSync(goldenPath, [...notes, ...actual, ''].join('\n'));
    }
    expect(existsSync(goldenPath), `${goldenPath} is missing`).toBe(true);
    expect(notes.length, `${goldenPath} has no note of what the commit changed`).toBeGreaterThan(0);
    const expected = readFileSync(goldenPath, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(actual).toEqual(expected);

    // Every line the diff points at is in the file it names, and a changed query text points at
    // the line holding that text.
    const headLines = headText.split('\n');
    const baseLines = baseText.split('\n');
    for (const change of [...diff.changes, ...diff.viewChanges]) {
      expect(change.line, changeLine(change)).toBeDefined();
      const lines = change.kind === 'removed' ? baseLines : headLines;
      expect(change.line).toBeLessThanOrEqual(lines.length);
      if (change.area === 'query' && change.kind === 'modified' && change.field === 'expr') {
        expect(lines[(change.line ?? 0) - 1], changeLine(change)).toContain('"expr"');
      }
    }
  });
});
