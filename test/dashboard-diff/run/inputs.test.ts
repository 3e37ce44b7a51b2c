/**
 * The dashboard-diff inputs, as the action and the CLI give them: which sides, which files, the
 * render command (split as a shell would split plain words, but never run through one).
 */
import { describe, expect, it } from 'vitest';
import { readDashboardDiffInputs, splitCommand } from '../../../src/gates/dashboard-diff/inputs.js';

const source =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? '';

describe('readDashboardDiffInputs', () => {
  it('compares two named files', () => {
    const inputs = readDashboardDiffInputs(source({ base: 'a.json', head: 'b.json' }));
    expect(inputs.sides).toEqual({ kind: 'pair', base: 'a.json', head: 'b.json' });
    expect(inputs.render).toBeUndefined();
    expect(inputs.common.key).toBe('default');
  });

  it('compares a change, with the default globs or the paths given', () => {
    expect(readDashboardDiffInputs(source({ 'base-ref': 'origin/main' })).sides).toEqual({
      kind: 'change',
      baseRef: 'origin/main',
      paths: ['**/*.json'],
      defaultPaths: true,
    });
    const named = readDashboardDiffInputs(
      source({ paths: 'dashboards/**/*.json\n# generated\nmanifests/grafana.yaml' }),
      'abc123',
    );
    expect(named.sides).toEqual({
      kind: 'change',
      baseRef: 'abc123',
      paths: ['dashboards/**/*.json', 'manifests/grafana.yaml'],
      defaultPaths: false,
    });
  });

  it('renders jsonnet with the command given, on **/*.jsonnet unless told otherwise', () => {
    const inputs = readDashboardDiffInputs(
      source({ 'base-ref': 'main', render: 'jsonnet -J vendor {file}' }),
    );
    expect(inputs.render).toEqual({
      argv: ['jsonnet', '-J', 'vendor', '{file}'],
      globs: ['**/*.jsonnet'],
    });
    const appended = readDashboardDiffInputs(
      source({
        'base-ref': 'main',
        render: 'jsonnet -J vendor',
        'render-glob': 'mixins/*.jsonnet',
      }),
    );
    expect(appended.render).toEqual({
      argv: ['jsonnet', '-J', 'vendor', '{file}'],
      globs: ['mixins/*.jsonnet'],
    });
  });

  it.each([
    [{}, /Input 'base-ref' is required/],
    [{ base: 'a.json' }, /Input 'head' is required with 'base'/],
    [{ head: 'b.json' }, /Input 'base' is required with 'head'/],
    [{ base: 'a.json', head: 'b.json', 'base-ref': 'main' }, /Give one or the other/],
    [{ 'base-ref': 'main', 'render-glob': '*.jsonnet' }, /'render' gives no command/],
    [{ 'base-ref': 'main', render: 'jsonnet {file} | jq .' }, /contains '\|'.*without a shell/],
    [{ 'base-ref': 'main', render: "jsonnet '{file}" }, /unclosed ' in/],
    [{ 'base-ref': 'main', 'fail-on': 'sometimes' }, /'fail-on' is 'sometimes'/],
    [{ 'base-ref': 'main', paths: 'dashboards/*.{json,yaml}' }, /git's, which have no \{a,b\}/],
    [
      { 'base-ref': 'main', render: 'jsonnet', 'render-glob': '{mixins,dashboards}/*.jsonnet' },
      /Input 'render-glob' has/,
    ],
  ])('refuses %j', (values, message) => {
    expect(() => readDashboardDiffInputs(source(values))).toThrow(message);
  });
});

describe('splitCommand', () => {
  it.each([
    ['jsonnet -J vendor {file}', ['jsonnet', '-J', 'vendor', '{file}']],
    [
      `jsonnet --ext-str 'env=prod stage' {file}`,
      ['jsonnet', '--ext-str', 'env=prod stage', '{file}'],
    ],
    [`sh -c "echo \\"\\$HOME\\"" x`, ['sh', '-c', 'echo "$HOME"', 'x']],
    [`tool a\\ b '' {file}`, ['tool', 'a b', '', '{file}']],
    ['  jsonnet\t{file}  ', ['jsonnet', '{file}']],
  ])('%s', (text, words) => {
    expect(splitCommand(text, 'render')).toEqual(words);
  });

  it('expands nothing: variables and globs reach the program as written', () => {
    expect(splitCommand('jsonnet $HOME/*.jsonnet `id`', 'render')).toEqual([
      'jsonnet',
      '$HOME/*.jsonnet',
      '`id`',
    ]);
  });

  it('refuses an empty command', () => {
    expect(() => splitCommand("''x".slice(3), 'render')).toThrow(/Input 'render' is empty/);
  });
});
