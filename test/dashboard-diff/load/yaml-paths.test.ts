// Block YAML is read by prom-lint's fast scanner, everything else by the `yaml` package's
// Document; both must give the same values, repeated keys and lines. (The scanner declines
// streams with `---`, flow collections, multi-line quoted strings and folded JSON: those fixtures
// are read by the Document in the other tests.)
import { describe, expect, it } from 'vitest';
import { readBlockYaml } from '../../../src/gates/dashboard-diff/load/block-yaml.js';
import { textLines } from '../../../src/gates/dashboard-diff/load/text-lines.js';
import { readYamlDocuments } from '../../../src/gates/dashboard-diff/load/yaml-text.js';
import type { JsonPath } from '../../../src/gates/dashboard-diff/types.js';
import { fixture } from './fixtures.js';

function both(text: string) {
  const fast = readBlockYaml(text, textLines(text));
  const full = readYamlDocuments(text, textLines(text));
  if (fast === undefined) throw new Error('the block scanner declined the text');
  return { fast, full };
}

describe.each([
  ['configmaplist-block.yaml', ['items', 1, 'data', 'apiserver.json']],
  ['configmap-kubectl.yaml', ['data', 'nodes.json']],
  ['grafana-dashboard-operator.yaml', ['spec', 'json']],
] as const)('%s', (name, stringPath: JsonPath) => {
  const text = fixture(`formats/${name}`);
  const { fast, full } = both(text);

  it('gives the same value and no repeated keys', () => {
    expect(fast.map((d) => d.host?.value)).toEqual(full.map((d) => d.host?.value));
    expect(fast.map((d) => d.duplicates)).toEqual([[]]);
  });

  it('gives the same lines, and maps the JSON string the same way', () => {
    const [fastHost, fullHost] = [fast[0]?.host, full[0]?.host];
    for (const path of [
      [],
      ['metadata', 'name'],
      stringPath,
      [...stringPath, 'deeper'],
      ['no such key'],
    ]) {
      expect(fastHost?.lineOf(path)).toBe(fullHost?.lineOf(path));
    }
    const [fastPlaces, fullPlaces] = [
      fastHost?.stringPlaces(stringPath),
      fullHost?.stringPlaces(stringPath),
    ];
    for (const line of [1, 2, 40, 400])
      expect(fastPlaces?.(line, 5)).toEqual(fullPlaces?.(line, 5));
  });
});

it('both paths find a repeated key with both places, and keep the last value', () => {
  const text =
    'title: First\nschemaVersion: 39\npanels:\n  - title: CPU\n    type: timeseries\ntitle: Second\n';
  const { fast, full } = both(text);
  expect(fast[0]?.host?.value).toEqual({
    title: 'Second',
    schemaVersion: 39,
    panels: [{ title: 'CPU', type: 'timeseries' }],
  });
  expect(full[0]?.host?.value).toEqual(fast[0]?.host?.value);
  expect(fast[0]?.duplicates).toEqual([
    { path: [], key: 'title', firstOffset: 0, offset: text.lastIndexOf('title') },
  ]);
  expect(full[0]?.duplicates).toEqual(fast[0]?.duplicates);
  expect(fast[0]?.host?.lineOf(['title'])).toBe(6);
  expect(full[0]?.host?.lineOf(['title'])).toBe(6);
});
