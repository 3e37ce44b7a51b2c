/**
 * The fast YAML builder (load/block-yaml-tree.ts, a scanner for block YAML) must give exactly the
 * trees of the full Document path or decline: every real rule file of the fixtures, plus the
 * YAML features it declines or handles specially, are read both ways and compared whole (positions, styles, offsets, duplicates, merged entries).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { treesFromBlockYaml } from '../../src/gates/prom-lint/load/block-yaml-tree.js';
import { fileSource, parseYamlDocumentsFully } from '../../src/gates/prom-lint/load/parse-yaml.js';
import { MAX_NESTING_DEPTH } from '../../src/gates/prom-lint/load/limits.js';
import { MAY_NOT_BE_A_STRING, resolvePlain } from '../../src/gates/prom-lint/load/plain-scalar.js';
import type { DocumentSource, YamlNode } from '../../src/gates/prom-lint/load/yaml-tree.js';
import { rulesLargeYaml } from '../support/rules-large.js';

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

type FastBuilder = (source: DocumentSource) => (YamlNode | undefined)[] | undefined;

const BUILDERS: [string, FastBuilder][] = [['block scanner', treesFromBlockYaml]];

/** 'fast' when the fast builder gave the full path's trees, 'declined' when it declined. */
function compare(build: FastBuilder, text: string): 'fast' | 'declined' {
  // One source for both: its toFilePosition function is compared by identity.
  const source = fileSource(text);
  const fast = build(source);
  if (fast === undefined) return 'declined';
  const full = fully(text, source);
  expect(full).not.toBeInstanceOf(Error);
  expect(fast).toEqual(full);
  return 'fast';
}

describe.each(BUILDERS)('the fast YAML path: %s', (_, build) => {
  const files = yamlFiles(FIXTURES);

  it("gives the full path's trees for every fixture it takes, and takes nearly all of them", () => {
    expect(files.length).toBeGreaterThan(250);
    const outcomes = files.map((path) => {
      const text = readFileSync(path, 'utf8');
      try {
        return compare(build, text);
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
    // Scalars whose type differs between YAML 1.1 and the `yaml` package's core schema.
    [
      'YAML 1.1-only scalars',
      'a: yes\nb: no\nc: on\nd: 0o17\ne: 017\nf: .inf\ng: -.Inf\nh: .nan\ni: 2001-12-14\n' +
        'j: 1_000\nk: 0b11\nl: +12\nm: 1e3\nn: 1.\no: .5\np: NULL\nq: 12345678901234567890\n',
    ],
    ['block merge of a sequence of maps', '<<:\n  - a: 1\n  - b: 2\nb: 3\n'],
    ['quoted merge key', '"<<":\n  a: 1\n'],
    ['block scalars with blank and comment-like lines', 'a: |-\n  x\n\n\nb: >\n  x\n  # y\n# c\n'],
    ['block scalar ending the text without a line end', 'a: |\n  x\n  y'],
    ['block scalar with a keep indicator', 'a: |+\n  x\n\nb: 1\n'],
    ['block scalar with an indentation indicator', 'a: |2\n   x\n'],
    ['block scalar header with a comment', 'a: | # c\n  x\n'],
    ['CRLF block scalar', 'a: |\r\n  x\r\n\r\nb: 1\r\n'],
    ['multi-line plain and quoted scalars', 'a: x\n  y\nb: "x\n  y"\nc: "x\\\n  y"\n'],
    ['escapes', 'a: "\\x41\\u00e9\\U0001F600\\t\\/\\ \\N\\_\\0"\nb: \'a\\b\'\n'],
    ['empty values', 'a:    # c\nb:  \nc:\n  -\n  - \n  - x\n'],
    ['sequences at the key indent and compact', 'a:\n- b\n- - c\n  - d\n-   e: 1\n    f: 2\n'],
    ['keys of every style', '1: a\n01: b\n\'q k\': v\n"d\\nk": v\nkey with spaces: v\na#b: 1\n'],
    ['keys a JavaScript object treats apart', '__proto__: 1\nnull: 2\n~: 3\n'],
    ['plain scalars with indicators inside', '- -1\n- a:b\n- x #\n- x:y\n- ---\n'],
    ['a byte-order mark', '\uFEFFa: 1\n'],
    ['a text of comments', '# only\n\n'],
  ])('%s', (_, text) => {
    expect(['fast', 'declined']).toContain(compare(build, text));
  });

  it('declines what the full path rejects, so every error keeps its message', () => {
    for (const text of [
      'a: [1, 2\n',
      'a: *missing\n',
      'a:\n\t- b\n',
      'a: 1\n a: 2\n',
      'a: "x" y\n',
      'a: "x"#c\n',
      'a: @x\n',
      'a: |\n    x\n  y\n',
      'a:\n  - b\n  c: d\n',
      'a: "q"\n  b: 1\n',
      `${'k'.repeat(1100)}: v\n`,
    ]) {
      expect(fully(text)).toBeInstanceOf(Error);
      expect(build(fileSource(text))).toBeUndefined();
    }
  });
});

describe('the block scanner', () => {
  // Each of these is valid YAML the full path reads; the scanner must decline them: they are
  // outside the subset it reads.
  it.each([
    ['anchors and aliases', 'base: &b\n  k: 1\nc:\n  <<: *b\n'],
    ['tags', 'a: !!str 1\n'],
    ['a block scalar with keep chomping', 'a: |+\n  x\n\n'],
    [
      'a key close to the limit of the `yaml` package for implicit keys',
      `${'k'.repeat(1010)}: v\n`,
    ],
    ['tabs outside comments and quotes', 'a: x\t\n'],
    ['a flow collection that is not empty', 'labels: {a: 1}\n'],
    ['a CR that ends no line', '# a\rb\na: 1\n'],
    ['a nested sequence on its item line', '- - a\n'],
    ['a folded block with more-indented lines', 'a: >\n  x\n    y\n  z\n'],
    ['a block scalar whose blank line has spaces beyond the indent', 'a: |\n  x\n     \n  y\n'],
    ['a root mapping indented', '  a: 1\n'],
    ['a scalar root', 'just text\n'],
  ])('declines %s', (_, text) => {
    expect(fully(text)).not.toBeInstanceOf(Error);
    expect(treesFromBlockYaml(fileSource(text))).toBeUndefined();
  });

  it.each([
    ['folded blocks with blank lines', 'a: >\n  x\n  y\n\n  z\n\n\n  w\nb: >-\n\n  lead\n  x\n'],
    [
      'literal blocks with leading and trailing blank lines',
      'a: |\n\n  x\n    deeper\n\n  y\n\n\nb: 1\n',
    ],
    ['block scalars in sequence items', '- |\n  x\n- >-\n  y\n  z\n- k: |-\n    v\n'],
    ['spaces before the colon and trailing spaces', 'a : 1   \nb:   x y   \n"c" : 2\n'],
    ['a mapping after a sequence at the key indent', 'a:\n- 1\n- 2\nb:\n  - 3\nc: 4\n'],
    [
      'comment lines between items at any indent',
      'a:\n  # c\n  - x\n# c\n      # c\n  - y\nb: 1\n',
    ],
    [
      'deeply nested rule groups',
      'groups:\n- name: g\n  rules:\n  - alert: A\n    labels:\n      s: x\n    annotations: {}\n',
    ],
    ['plain values with colons and hashes', 'a: http://x:80/#frag\nb: c:d\nc: "q" # c\n'],
    ['empty flow collections', 'labels: {}\nx: []\n'],
    ['several documents', 'a: 1\n---\nb: 2\n...\n---\n'],
    ['a multi-line plain scalar', 'a: x\n  y\n\n  z\n'],
    ['CR line ends', 'a: 1\r\nb:\r\n  - c\r\n'],
    ['multi-line quoted scalars', 'a: "x\\\n  \\ y\n  z"\nb: \'p\n\n  q\'\n'],
    ['a tab in a comment', '# a\tb\na: 1 # \t\n'],
  ])('reads %s as the full path does', (_, text) => {
    expect(compare(treesFromBlockYaml, text)).toBe('fast');
  });

  it('types plain scalars as the package does, with or without the first-character shortcut', () => {
    // resolvePlain skips the core schema's tests for first characters outside
    // MAY_NOT_BE_A_STRING: every such scalar must be a string to the package too.
    const suffixes = ['', 'rue', 'ull', '1', '.5', 'e3', 'x10', 'o7', 'inf', 'nan', 'NaN', 'Inf'];
    for (let code = 33; code < 127; code++) {
      const first = String.fromCharCode(code);
      // Indicators start no plain scalar (a tag, an anchor, a quote…); the rest must be strings.
      if (MAY_NOT_BE_A_STRING.has(first) || '&*!|>\'"%@`[]{},#?:'.includes(first)) continue;
      for (const suffix of suffixes) {
        const text = first + suffix;
        let parsed: unknown;
        try {
          parsed = parse(`k: ${text}\n`) as unknown;
        } catch {
          continue; // an indicator: not a plain scalar at all
        }
        const value = (parsed as { k?: unknown } | null)?.k;
        if (value === null || typeof value !== 'string') {
          if (value === undefined) continue;
          throw new Error(`${JSON.stringify(text)} is ${typeof value} to the package`);
        }
        expect(resolvePlain(text)).toBe(value);
      }
    }
  });

  it("takes promtool's rules_large.yml whole and gives the full path's trees", () => {
    const text = rulesLargeYaml();
    const source = fileSource(text);
    const fast = treesFromBlockYaml(source);
    expect(fast).toBeDefined();
    expect(fast).toEqual(parseYamlDocumentsFully('rules_large.yml', source).map((d) => d.root));
  });

  it('declines rather than nest deeper than the limit', () => {
    const depth = MAX_NESTING_DEPTH + 5;
    const text = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}k${i}:\n`).join('');
    expect(treesFromBlockYaml(fileSource(text))).toBeUndefined();
  });
});
