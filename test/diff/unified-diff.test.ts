/**
 * The unified-diff reader on real `git diff` output made in a throw-away repository: every kind
 * of file change git writes (modified, added, deleted, renamed, binary, names with spaces and
 * quotes, no newline at the end, a removed `---` line), and a real rule file edited in known
 * places, read both as git's multi-file diff and as GitHub's per-file `patch`.
 */
import { chmodSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addedLinesOfPatch,
  parseUnifiedDiff,
  type LineRange,
} from '../../src/diff/unified-diff.js';
import { createTestRepo, githubStylePatch } from './git-repo.js';

const root = resolve(import.meta.dirname, '../..');
const NODE_EXPORTER = join(
  root,
  'test/fixtures/prom-lint/awesome-prometheus-alerts/host-and-hardware/node-exporter.yml',
);

/** The diff options the CLI uses, so the test reads what the gate reads. */
const DIFF = [
  '-c',
  'core.quotePath=false',
  'diff',
  '--no-color',
  '--unified=0',
  '--src-prefix=a/',
  '--dst-prefix=b/',
];

function lineNumbers(ranges: readonly LineRange[]): number[] {
  return ranges.flatMap((r) => Array.from({ length: r.end - r.start + 1 }, (_, i) => r.start + i));
}

describe('parseUnifiedDiff on git diff --unified=0', () => {
  const repo = createTestRepo();
  repo.write('one.yml', 'a\nb\nc\n---\nd\ne\n');
  repo.write('sp ace.yml', 'x\ny\n');
  repo.write('quo"te.yml', 'q\n');
  repo.write('ren.yml', 'old\n1\n2\n3\n4\n5\n6\n');
  repo.write('bin.dat', '\0\u0001');
  repo.write('del.yml', 'gone\n');
  repo.write('mode.sh', 'echo\n');
  const base = repo.commit('base');
  repo.write('one.yml', 'a\nB\nc\nd\nnew\ne'); // b→B, --- removed, new added, no final newline
  repo.write('sp ace.yml', 'x\ny\nz\n');
  repo.write('quo"te.yml', 'q\nw\n');
  repo.git('mv', 'ren.yml', 'renamed.yml');
  repo.write('renamed.yml', 'old\n1\n2\n3\n4\n5\n6\n7\n');
  repo.write('bin.dat', '\0\u0002');
  repo.git('rm', '-q', 'del.yml');
  repo.write('dir/new.yml', 'n1\nn2\n');
  chmodSync(join(repo.dir, 'mode.sh'), 0o755);
  const head = repo.commit('head');
  const files = parseUnifiedDiff(repo.git(...DIFF, base, head));
  const byPath = (path: string) => files.find((f) => (f.path ?? f.previousPath) === path);

  it('finds every file git lists, with its added lines in the new version', () => {
    expect(files.map((f) => f.path ?? `deleted ${f.previousPath}`).sort()).toEqual(
      [
        'bin.dat',
        'deleted del.yml',
        'dir/new.yml',
        'mode.sh',
        'one.yml',
        'quo"te.yml',
        'renamed.yml',
        'sp ace.yml',
      ].sort(),
    );
    // B on line 2, `new` on 5 and `e` on 6 (re-added: the old `e` had a newline, the new one not).
    expect(byPath('one.yml')?.addedLines).toEqual([
      { start: 2, end: 2 },
      { start: 5, end: 6 },
    ]);
    expect(byPath('sp ace.yml')?.addedLines).toEqual([{ start: 3, end: 3 }]);
    expect(byPath('quo"te.yml')?.addedLines).toEqual([{ start: 2, end: 2 }]);
    expect(byPath('dir/new.yml')).toMatchObject({
      previousPath: undefined,
      addedLines: [{ start: 1, end: 2 }],
    });
  });

  it('keeps renames, deletions, mode changes and binary files apart', () => {
    expect(byPath('renamed.yml')).toMatchObject({
      previousPath: 'ren.yml',
      addedLines: [{ start: 8, end: 8 }],
    });
    expect(byPath('del.yml')).toMatchObject({ path: undefined, addedLines: [] });
    expect(byPath('mode.sh')).toMatchObject({ path: 'mode.sh', addedLines: [], binary: false });
    expect(byPath('bin.dat')).toMatchObject({ addedLines: [], binary: true });
  });

  it('reads an empty diff as no files and refuses a hunk that breaks its counts', () => {
    expect(parseUnifiedDiff('')).toEqual([]);
    expect(parseUnifiedDiff(repo.git(...DIFF, head, head))).toEqual([]);
    expect(() => addedLinesOfPatch('@@ -1,2 +1,3 @@\n a\n+b\n')).toThrow(/^addedLinesOfPatch: /);
  });
});

describe('added lines of a real rule file edited in known places', () => {
  const original = readFileSync(NODE_EXPORTER, 'utf8').split('\n');
  // Edits, described on the original's 1-based lines: modify 3 and 4, insert two lines after
  // 40, delete 100 to 103, modify 200, append a line at the end.
  const edited = [...original];
  const marker = (n: number) => `      # edited ${n}`;
  edited[2] = marker(3);
  edited[3] = marker(4);
  edited.splice(40, 0, marker(41), marker(42));
  // Line 100 of the original is now at index 101 (two lines were inserted above).
  edited.splice(101, 4);
  // Line 200 of the original: +2 inserted, -4 deleted → index 197.
  edited[197] = marker(200);
  if (edited.at(-1) === '') edited.splice(-1, 0, marker(999));
  else edited.push(marker(999));
  const expected = edited.flatMap((text, index) => (text.includes('# edited') ? [index + 1] : []));

  const repo = createTestRepo();
  repo.write('rules/node.yml', original.join('\n'));
  const base = repo.commit('base');
  repo.write('rules/node.yml', edited.join('\n'));
  const head = repo.commit('edit');

  it('are exactly the edited lines, from git diff --unified=0', () => {
    const [file] = parseUnifiedDiff(repo.git(...DIFF, base, head));
    expect(file?.path).toBe('rules/node.yml');
    expect(lineNumbers(file?.addedLines ?? [])).toEqual(expected);
    expect(expected).toHaveLength(6);
  });

  it('are the same from the GitHub-style patch with three lines of context', () => {
    const patch = githubStylePatch(repo, base, head, 'rules/node.yml');
    expect(patch).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(lineNumbers(addedLinesOfPatch(patch))).toEqual(expected);
  });
});
