/** Placing findings against a change: path spellings, line ranges, whole files. */
import { describe, expect, it } from 'vitest';
import {
  changedFilesOf,
  isChangedFile,
  normalizeChangePath,
  placeInChange,
} from '../../src/diff/changed-lines.js';

describe('normalizeChangePath', () => {
  it.each([
    ['rules/a.yml', 'rules/a.yml'],
    ['./rules/a.yml', 'rules/a.yml'],
    ['rules//a.yml', 'rules/a.yml'],
    ['rules\\a.yml', 'rules/a.yml'],
    ['rules/x/../a.yml', 'rules/a.yml'],
    ['../a.yml', '../a.yml'],
    ['/abs/a.yml', '/abs/a.yml'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeChangePath(input)).toBe(expected);
  });
});

describe('placeInChange', () => {
  const changes = changedFilesOf(
    [
      { path: 'rules/a.yml', lines: [{ start: 10, end: 12 }] },
      {
        path: './rules/a.yml',
        lines: [
          { start: 3, end: 3 },
          { start: 13, end: 14 },
        ],
      },
      { path: 'rules/big.yml', lines: 'whole-file' },
      { path: 'rules/renamed.yml', lines: [] },
    ],
    '/repo',
  );

  it('merges the ranges of one file given twice, in order', () => {
    expect(changes.files.get('rules/a.yml')).toEqual([
      { start: 3, end: 3 },
      { start: 10, end: 14 },
    ]);
  });

  it.each([
    ['rules/a.yml', 3, undefined, 'changed-lines'],
    ['rules/a.yml', 2, undefined, 'changed-file'],
    ['rules/a.yml', 4, 9, 'changed-file'],
    // A finding spanning lines 5 to 10 touches the change on its last line.
    ['rules/a.yml', 5, 10, 'changed-lines'],
    ['rules/a.yml', 14, undefined, 'changed-lines'],
    ['rules/a.yml', 15, undefined, 'changed-file'],
    ['./rules/a.yml', 11, undefined, 'changed-lines'],
    ['/repo/rules/a.yml', 11, undefined, 'changed-lines'],
    ['rules/big.yml', 900, undefined, 'changed-lines'],
    ['rules/renamed.yml', 1, undefined, 'changed-file'],
    ['rules/other.yml', 3, undefined, 'unchanged-file'],
    ['/elsewhere/rules/a.yml', 3, undefined, 'unchanged-file'],
  ] as const)('%s line %d (to %s) is %s', (path, line, endLine, place) => {
    expect(placeInChange(changes, path, line, endLine)).toBe(place);
  });

  it('tells changed files from others', () => {
    expect(isChangedFile(changes, 'rules/renamed.yml')).toBe(true);
    expect(isChangedFile(changes, 'rules/other.yml')).toBe(false);
  });

  it('lets a whole file win over its ranges, whichever comes first', () => {
    const both = changedFilesOf([
      { path: 'a.yml', lines: 'whole-file' },
      { path: 'a.yml', lines: [{ start: 1, end: 1 }] },
    ]);
    expect(both.files.get('a.yml')).toBe('whole-file');
  });

  it('finds lines among many ranges (bisection)', () => {
    const many = changedFilesOf([
      {
        path: 'a.yml',
        lines: Array.from({ length: 500 }, (_, i) => ({ start: i * 4 + 1, end: i * 4 + 2 })),
      },
    ]);
    for (let line = 1; line <= 2000; line++) {
      const expected = (line - 1) % 4 < 2 ? 'changed-lines' : 'changed-file';
      expect(placeInChange(many, 'a.yml', line)).toBe(expected);
    }
  });
});
