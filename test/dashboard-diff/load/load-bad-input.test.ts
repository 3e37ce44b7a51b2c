// Bad input made from the real fixtures by small, named edits; every case is reported as a
// problem with its place, and never thrown.
import { describe, expect, it } from 'vitest';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import {
  MAX_FILE_CHARS,
  MAX_NESTING_DEPTH,
} from '../../../src/gates/dashboard-diff/load/limits.js';
import { classicJson, fixture, fixtureJson, panelsOf } from './fixtures.js';

const nodesText = fixture('dotdc/k8s-views-nodes.json');
const lines = nodesText.split('\n');

/** The 1-based line of the first line of `text` containing `part`, after line `from`. */
function lineWith(text: string, part: string, from = 0): number {
  const index = text.split('\n').findIndex((line, i) => i >= from && line.includes(part));
  if (index < 0) throw new Error(`no line contains ${part}`);
  return index + 1;
}

/** `text` with `find` (its first occurrence after `from` lines) replaced. */
function edit(text: string, find: string, replace: string, fromLine = 0): string {
  const offset = text.split('\n').slice(0, fromLine).join('\n').length;
  const at = text.indexOf(find, offset);
  if (at < 0) throw new Error(`cannot find ${find}`);
  return text.slice(0, at) + replace + text.slice(at + find.length);
}

describe('invalid JSON', () => {
  it('reports a truncated file at its end, saying it may be truncated', () => {
    const cut = nodesText.slice(0, nodesText.length / 2);
    const loaded = loadDashboardFile('nodes.json', cut);
    expect(loaded.dashboards).toEqual([]);
    expect(loaded.notDashboard).toBeUndefined();
    expect(loaded.problems).toHaveLength(1);
    const [problem] = loaded.problems;
    expect(problem?.message).toMatch(
      /^invalid JSON: .*, found the end of the file \(was it truncated\?\)$/,
    );
    expect(problem?.line).toBe(cut.split('\n').length);
  });

  it('reports a missing comma at the line and column of the next key', () => {
    const line = lineWith(nodesText, '"title": "RAM Usage"');
    const broken = lines.map((l, i) => (i === line - 2 ? l.replace(/,$/, '') : l)).join('\n');
    const [problem] = loadDashboardFile('nodes.json', broken).problems;
    expect(problem).toEqual({
      file: 'nodes.json',
      location: '',
      line,
      column:
        lines[line - 1]?.indexOf('"') === undefined ? 0 : (lines[line - 1]?.indexOf('"') ?? 0) + 1,
      message: `invalid JSON: expected ',' or a closing bracket, found '"title"'`,
    });
  });

  it('names a trailing comma', () => {
    const broken = edit(nodesText, '"refId": "A"\n', '"refId": "A",\n');
    const [problem] = loadDashboardFile('nodes.json', broken).problems;
    expect(problem?.message).toContain('(a trailing comma is not allowed in JSON)');
    expect(problem?.line).toBe(lineWith(broken, '"refId": "A",') + 1);
  });

  it('never throws, whatever the place a real dashboard is cut at', () => {
    for (let i = 1; i < 60; i++) {
      const cut = nodesText.slice(0, Math.floor((nodesText.length * i) / 60));
      const loaded = loadDashboardFile('nodes.json', cut);
      expect(loaded.dashboards).toEqual([]);
      expect(loaded.problems.length + (loaded.notDashboard === undefined ? 0 : 1)).toBe(1);
    }
  });
});

describe('JSON held in YAML strings', () => {
  it('reports invalid JSON in a block scalar at its exact line, and still loads the other dashboards', () => {
    const text = fixture('formats/configmaplist-block.yaml');
    const second = lineWith(text, 'apiserver.json: |-');
    const target = lineWith(text, '"refId": "A"', second);
    const broken = edit(text, '"refId": "A"', '"refId": "A" "hide": true', second);
    const loaded = loadDashboardFile('list.yaml', broken);
    expect(loaded.dashboards.map((d) => d.location)).toEqual([
      'ConfigMap monitoring/grafana-dashboard-coredns, key coredns.json',
      'ConfigMap monitoring/grafana-dashboard-k8s-views-global, key k8s-views-global.json',
    ]);
    expect(loaded.problems).toEqual([
      {
        file: 'list.yaml',
        location: 'ConfigMap monitoring/grafana-dashboard-apiserver, key apiserver.json',
        line: target,
        column:
          (text.split('\n')[target - 1]?.indexOf('"refId"') ?? 0) + '"refId": "A" '.length + 1,
        message: `invalid JSON: expected ',' or a closing bracket, found '"hide"' (in the JSON string of ConfigMap monitoring/grafana-dashboard-apiserver, key apiserver.json)`,
      },
    ]);
  });

  it('reports invalid JSON in a quoted string at the line where the string starts', () => {
    const text = fixture('formats/configmaplist-quoted.yaml');
    const broken = edit(
      text,
      '\\"refId\\": \\"A\\"',
      '\\"refId\\": \\"A\\" \\"hide\\": true',
      lineWith(text, 'apiserver.json:'),
    );
    const loaded = loadDashboardFile('list.yaml', broken);
    expect(loaded.dashboards).toHaveLength(2);
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]?.line).toBe(lineWith(text, 'apiserver.json:'));
    expect(loaded.problems[0]?.column).toBeUndefined();
  });
});

describe('invalid YAML', () => {
  it('reports the broken document of a stream with its line, and loads the others', () => {
    const text = fixture('formats/kustomize-stream.yaml');
    const broken = edit(text, '  ports:\n', '  ports:\n bad: [\n', lineWith(text, 'kind: Service'));
    const loaded = loadDashboardFile('stream.yaml', broken);
    expect(loaded.dashboards).toHaveLength(3);
    expect(loaded.problems).toHaveLength(1);
    const [problem] = loaded.problems;
    expect(problem?.location).toBe('document 3');
    expect(problem?.message).toMatch(/^invalid YAML: /);
    // The parser stops on the line before the bad one or on it.
    expect(problem?.line).toBeGreaterThanOrEqual(lineWith(broken, ' bad: [') - 1);
    expect(problem?.line).toBeLessThanOrEqual(lineWith(broken, ' bad: ['));
  });

  it('reports a YAML file that is broken from its first document', () => {
    const text = fixture('formats/dashboard-v1beta1.yaml');
    const cut = text.slice(0, text.indexOf('  panels:'));
    const loaded = loadDashboardFile('dashboard.yaml', `${cut}  panels: [unclosed\n  title: x\n`);
    expect(loaded.dashboards).toEqual([]);
    expect(loaded.problems[0]?.message).toMatch(/^invalid YAML: /);
    expect(loaded.problems[0]?.line).toBeGreaterThan(1);
  });
});

describe('YAML cut anywhere, and alias bombs', () => {
  it.each(['kustomize-stream.yaml', 'configmaplist-block.yaml', 'dashboard-v2alpha1.yaml'])(
    'never throws, whatever the place %s is cut at',
    (name) => {
      const text = fixture(`formats/${name}`);
      for (let i = 1; i < 20; i++) {
        const cut = text.slice(0, Math.floor((text.length * i) / 20));
        const loaded = loadDashboardFile(name, cut);
        for (const problem of loaded.problems) {
          expect(problem.message).not.toBe('');
          expect(problem.line).toBeGreaterThanOrEqual(1);
        }
      }
    },
  );

  it('refuses a YAML alias bomb with a message', () => {
    const levels = ['a: &a ["panels", "panels"]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`,
      );
    const loaded = loadDashboardFile('bomb.yaml', `${levels.join('\n')}\n`);
    expect(loaded.dashboards).toEqual([]);
    expect(loaded.problems).toEqual([
      {
        file: 'bomb.yaml',
        location: '',
        line: 1,
        column: 1,
        message: expect.stringMatching(/^YAML cannot be expanded: /),
      },
    ]);
  });
});

describe('duplicate keys', () => {
  it('loads the dashboard as Grafana does (the last value) and names the key, its place and the first one', () => {
    const line = lineWith(nodesText, '"title": "RAM Usage"');
    const broken = lines
      .map((l, i) => (i === line - 1 ? `${l}\n      "title": "Memory",` : l))
      .join('\n');
    const loaded = loadDashboardFile('nodes.json', broken);
    expect(loaded.dashboards).toHaveLength(1);
    expect(panelsOf(classicJson(loaded.dashboards[0]))[2]?.title).toBe('Memory');
    expect(loaded.problems).toEqual([
      {
        file: 'nodes.json',
        location: '',
        line: line + 1,
        column: 7,
        message: `duplicate key "title" in panels[2] (first at line ${line}); the last one is used, as Grafana does`,
      },
    ]);
    // lineOf follows the value that is kept.
    expect(loaded.dashboards[0]?.lineOf(['panels', 2, 'title'])).toBe(line + 1);
  });

  it('does not take a quote before a colon inside a string for a repeated key', () => {
    const text = nodesText.replace('"title": "RAM Usage"', '"title": "RAM \\"used\\": Usage"');
    const loaded = loadDashboardFile('nodes.json', text);
    expect(loaded.problems).toEqual([]);
    expect(panelsOf(classicJson(loaded.dashboards[0]))[2]?.title).toBe('RAM "used": Usage');
  });

  it('finds a repeated key in a dashboard written as YAML', () => {
    const text = fixture('formats/dashboard-v1beta1.yaml');
    const titleLine = text.split('\n').findIndex((l) => l.startsWith('  title: ')) + 1;
    const broken = text.replace(/^ {2}title: .*$/m, (l) => `${l}\n  title: Renamed`);
    const loaded = loadDashboardFile('dashboard.yaml', broken);
    expect(classicJson(loaded.dashboards[0]).title).toBe('Renamed');
    expect(loaded.problems).toEqual([
      {
        file: 'dashboard.yaml',
        location: '',
        line: titleLine + 1,
        column: 3,
        message: `duplicate key "title" at the top level of the dashboard (first at line ${titleLine}); the last one is used, as Grafana does`,
      },
    ]);
  });
});

describe('limits', () => {
  const deep = 20_000;
  it.each([
    ['JSON arrays', `{"panels": ${'['.repeat(deep)}${']'.repeat(deep)}}`, 'x.json'],
    ['JSON objects', '{"panels":'.repeat(deep) + '1' + '}'.repeat(deep), 'x.json'],
    ['unterminated JSON arrays', `{"panels": ${'['.repeat(deep)}`, 'x.json'],
    ['YAML flow sequences', `panels: ${'['.repeat(deep)}${']'.repeat(deep)}`, 'x.yaml'],
    ['YAML flow mappings', `${'{panels: '.repeat(deep)}1${'}'.repeat(deep)}`, 'x.yaml'],
    ['YAML block sequences', `panels:\n${'- '.repeat(deep)}x\n`, 'x.yaml'],
    [
      'JSON in a ConfigMap',
      `kind: ConfigMap\napiVersion: v1\ndata:\n  x.json: '{"panels": ${'['.repeat(deep)}${']'.repeat(deep)}}'\n`,
      'x.yaml',
    ],
  ])(
    'refuses %s nested 20,000 deep with a message, without overflowing the stack',
    (_name, text, file) => {
      const loaded = loadDashboardFile(file, text);
      expect(loaded.dashboards).toEqual([]);
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]?.message).toContain(
        `nested deeper than ${MAX_NESTING_DEPTH} levels`,
      );
      expect(loaded.problems[0]?.line).toBeGreaterThanOrEqual(1);
    },
  );

  it('refuses YAML block mappings nested past the limit (indentation makes 20,000 levels 200 MB)', () => {
    const text =
      Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}panels:`).join('\n') + ' 1\n';
    const loaded = loadDashboardFile('x.yaml', text);
    expect(loaded.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(`nested deeper than ${MAX_NESTING_DEPTH} levels`),
    ]);
  });

  it('accepts nesting up to the limit', () => {
    const depth = MAX_NESTING_DEPTH - 2;
    const nested = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const loaded = loadDashboardFile(
      'x.json',
      `{"title":"t","schemaVersion":39,"panels":[],"x":${nested}}`,
    );
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const padding = ' '.repeat(MAX_FILE_CHARS);
    const loaded = loadDashboardFile('big.json', nodesText + padding);
    expect(loaded.dashboards).toEqual([]);
    expect(loaded.problems).toEqual([
      {
        file: 'big.json',
        location: '',
        message: expect.stringMatching(
          /^the file is 32\.1 MB, over the limit of 32\.0 MB; not read$/,
        ),
      },
    ]);
  });
});

describe('a Kubernetes Dashboard whose spec is not a dashboard', () => {
  it('is a problem at the spec', () => {
    const text =
      'apiVersion: dashboard.grafana.app/v1beta1\nkind: Dashboard\nmetadata:\n  name: x\nspec:\n  rows: 3\n';
    const loaded = loadDashboardFile('d.yaml', text);
    expect(loaded.problems).toEqual([
      {
        file: 'd.yaml',
        location: '',
        line: 5,
        message: expect.stringContaining(
          'dashboard.grafana.app/v1beta1 Dashboard: spec is not a dashboard',
        ),
      },
    ]);
  });
});

it('keeps the real fixture intact (edits above work on copies)', () => {
  expect(classicJson(loadDashboardFile('n.json', nodesText).dashboards[0])).toEqual(
    fixtureJson('dotdc/k8s-views-nodes.json'),
  );
});
