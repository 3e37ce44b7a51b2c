/**
 * The fast YAML builder (load/cst-tree.ts) must give exactly the trees of the full Document path
 * or decline: every real rule file of the fixtures, plus the YAML features it declines or handles
 * specially, are read both ways and compared whole (positions, styles, offsets, duplicates,
 * merged entries).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treesFromCst } from '../../src/gates/prom-lint/load/cst-tree.js';
import { fileSource, parseYamlDocumentsFully } from '../../src/gates/prom-lint/load/parse-yaml.js';
import type { YamlNode } from '../../src/gates/prom-lint/load/yaml-tree.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prom-lint');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry) ? [path] : [];
  });
}

/** The full path's trees, or the error it stops with. */
function fully(text: string, source = fileSource(text)): (YamlNode | undefined)[] | Error {
  try {
    return parseYamlDocumentsFully('f.yml', source).map((document) => document.root);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** 'fast' when the fast builder gave the full path's trees, 'declined' when it declined. */
function compare(text: string): 'fast' | 'declined' {
  // One source for both: its toFilePosition function is compared by identity.
  const source = fileSource(text);
  const fast = treesFromCst(source);
  if (fast === undefined) return 'declined';
  const full = fully(text, source);
  expect(full).not.toBeInstanceOf(Error);
  expect(fast).toEqual(full);
  return 'fast';
}

describe('the fast YAML path', () => {
  const files = yamlFiles(FIXTURES);

  it("gives the full path's trees for every fixture it takes, and takes nearly all of them", () => {
    expect(files.length).toBeGreaterThan(250);
    const outcomes = files.map((path) => {
      const text = readFileSync(path, 'utf8');
      try {
        return compare(text);
      } catch (error) {
        throw new Error(`${relative(FIXTURES, path)}: ${String(error)}`, { cause: error });
      }
    });
    const fastShare = outcomes.filter((o) => o === 'fast').length / outcomes.length;
    expect(fastShare).toBeGreaterThan(0.9);
  });

  it.each([
    ['anchors, aliases and merge keys', 'a: &x {k: 1}\nb:\n  <<: *x\n  j: 2\n'],
    ['block merge', 'base: &b\n  k: 1\nc:\n  <<: *b\n  k: 3\n'],
    ['duplicate keys', 'groups:\n  - name: a\n    name: b\n'],
    ['literal and folded blocks', 'x: |\n  sum(a)\n    / 2\ny: >-\n  up\n  == 0\n'],
    ['quoted scalars with escapes', "x: \"a\\\"b\\n\"\ny: 'it''s'\n"],
    ['several documents', 'a: 1\n---\nb: 2\n...\n---\n'],
    ['comments everywhere', '# c\na: 1 # c\n# c\nb:\n  - x # c\n'],
    ['CRLF line ends', 'a: 1\r\nb:\r\n  - c\r\n'],
    ['flow collections', 'labels: {}\nx: [1, 2]\n'],
    ['tags', 'a: !!str 1\n'],
    ['typed plain scalars', 'a: 1\nb: 1.5\nc: true\nd: null\ne: ~\nf: 0x10\n'],
    ['empty document', ''],
  ])('%s', (_, text) => {
    expect(['fast', 'declined']).toContain(compare(text));
  });

  it('declines what the full path rejects, so every error keeps its message', () => {
    for (const text of ['a: [1, 2\n', 'a: *missing\n', 'a:\n\t- b\n', 'a: 1\n a: 2\n']) {
      expect(fully(text)).toBeInstanceOf(Error);
      expect(treesFromCst(fileSource(text))).toBeUndefined();
    }
  });
});
