/**
 * The YAML styles real tools write for rule files (test/fixtures/prom-lint/yaml-styles, made by
 * its generate.py with PyYAML, Go's yaml.v2 and v3, jsonnet and unix2dos) all take the fast path
 * whole, and give the full Document path's trees and comments exactly. The same holds for every
 * other YAML fixture of prom-lint, with the fallback taking the values and documents the
 * scanner hands over.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treesFromBlockYaml } from '../../src/gates/prom-lint/load/block-yaml-tree.js';
import {
  fileSource,
  parseYamlDocumentsFully,
  scanYamlDocuments,
} from '../../src/gates/prom-lint/load/parse-yaml.js';
import { sourceComments, yamlComments } from '../../src/gates/prom-lint/suppress/yaml-comments.js';
import type { YamlNode } from '../../src/gates/prom-lint/load/yaml-tree.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/prom-lint');
const STYLES = join(FIXTURES, 'yaml-styles');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry) ? [path] : [];
  });
}

/**
 * Reads `text` through the fast path (with its fallback) and the full path; checks that both give
 * the same trees and comments. Returns whether the fast path took the file.
 */
function sameBothWays(text: string): boolean {
  const source = fileSource(text);
  const fast = scanYamlDocuments('f.yml', source)?.map((document) => document.root);
  if (fast === undefined) return false;
  const fastComments = sourceComments(source);
  let full: (YamlNode | undefined)[];
  try {
    full = parseYamlDocumentsFully('f.yml', source).map((document) => document.root);
  } catch (error) {
    throw new Error(`the fast path took a text the full path rejects: ${String(error)}`, {
      cause: error,
    });
  }
  expect(fast).toEqual(full);
  expect(fastComments).toEqual(yamlComments(text));
  expect(sourceComments(source)).toEqual(fastComments);
  return true;
}

const styles = readdirSync(STYLES).filter((name) => name.endsWith('.yml'));

describe('rule files in the YAML styles tools write', () => {
  it('are all there, each in its style', () => {
    expect(styles.sort()).toEqual([
      'go-yaml-v2.yml',
      'go-yaml-v3-crlf.yml',
      'go-yaml-v3.yml',
      'jsonnet-stream.yml',
      'jsonnet.yml',
      'kube-prometheus.yml',
      'pyyaml-w40.yml',
      'pyyaml-w80-crlf.yml',
      'pyyaml-w80.yml',
      'pyyaml-wide.yml',
    ]);
    const read = (name: string): string => readFileSync(join(STYLES, name), 'utf8');
    // The constructs that sent these files to the full path before.
    expect(read('pyyaml-w80.yml')).toMatch(/"[^"\n]*\\\n\s+\\ /);
    expect(read('pyyaml-w40.yml')).toMatch(/ summary: [^"'|>\n]+\n {8}[^\s"'-]/);
    expect(read('jsonnet-stream.yml')).toMatch(/^---\n/);
    expect(read('jsonnet-stream.yml')).toMatch(/\n\.\.\.\n+$/);
    expect(read('kube-prometheus.yml')).toMatch(/\n---\napiVersion: monitoring.coreos.com\/v1\n/);
    expect(read('pyyaml-w80-crlf.yml')).toMatch(/^groups:\r\n/);
    expect(read('go-yaml-v3-crlf.yml').split('\r\n').length).toBe(
      read('go-yaml-v3.yml').split('\n').length,
    );
  });

  it.each(styles)('%s: read whole by the scanner, the full path’s trees and comments', (name) => {
    const text = readFileSync(join(STYLES, name), 'utf8');
    expect(treesFromBlockYaml(fileSource(text))).toBeDefined();
    expect(sameBothWays(text)).toBe(true);
  });
});

describe('every YAML fixture of prom-lint', () => {
  it("gives the full path's trees and comments, and nearly all take the fast path", () => {
    const files = yamlFiles(FIXTURES).filter((path) => !path.startsWith(STYLES));
    expect(files.length).toBeGreaterThan(250);
    let fast = 0;
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      try {
        if (sameBothWays(text)) fast++;
      } catch (error) {
        throw new Error(`${relative(FIXTURES, path)}: ${String(error)}`, { cause: error });
      }
    }
    expect(fast / files.length).toBeGreaterThan(0.95);
  });
});

describe('what the scanner hands to the full path', () => {
  it.each([
    [
      'a flow mapping among block values',
      'a: 1\nlabels: {severity: page, team: "x, y"} # c\nb: 2\n',
    ],
    ['a flow sequence over two lines', 'a:\n  - [1,\n    2]\n  - 3\n'],
    ['a flow mapping as a sequence item', '- {a: 1}\n- b\n'],
    ['empty flow collections', 'a: {}\nb: []\nc:\n  - {}\n  - [] # c\n'],
    ['a document with anchors next to a plain one', 'a: &x 1\nb: *x\n---\nc: 1\n'],
    ['a document with tags', 'a: 1\n---\nb: !!str 2\n# c\n'],
    ['a document with content on its marker line', '--- |\n  x\n---\na: 1\n'],
    ['an empty explicit document', 'a: 1\n---\n--- # c\n...\n# after\n'],
    ['a document ended by ...', '---\na: 1\n... # end\nb: 2\n'],
    [
      'documents after ... and ---',
      'a: 1\r\n...\r\n# c\r\nb:\r\n  - 2\r\n...\r\nc: 3\r\n---\r\nd: 4\r\n',
    ],
    ['comments with tabs', '# a\ttab\na: 1 #\tx\n'],
    ['a double-quoted string continued with a backslash', 'a: "x\\\n  \\ y\\\n\n  z"\n'],
    ['a double-quoted string folded over blank lines', 'a: "x  \n\n\n  y \\t\n  z"\n'],
    ['a single-quoted string over lines', "a: 'it''s\n  folded\n\n  here'\n"],
    ['a plain scalar over lines', 'a: one\n  two\n\n  three # c\nb: x\n'],
    ['a plain sequence item over lines', '- one\n  two\n- three\n'],
    ['CRLF everywhere', 'a: "x\\\r\n  y"\r\nb: |\r\n  z\r\n\r\nc: p\r\n  q\r\n# c\r\n'],
  ])('%s', (_, text) => {
    expect(sameBothWays(text)).toBe(true);
  });

  it('leaves a broken slice to the full path, so its message is the full path’s', () => {
    for (const text of [
      'a: {b: 1\n',
      'a: 1\n---\nb: *missing\n',
      'a: "x\ny"\n',
      'a: x\n  b: y\n',
    ]) {
      expect(scanYamlDocuments('f.yml', fileSource(text))).toBeUndefined();
      expect(() => parseYamlDocumentsFully('f.yml', fileSource(text))).toThrow();
    }
  });
});
