import { describe, expect, it } from 'vitest';
import { normaliseDatasource } from '../../../src/gates/dashboard-diff/model/datasource.js';
import { normalizeDashboard } from '../../../src/gates/dashboard-diff/model/index.js';
import { isRecord } from '../../../src/gates/dashboard-diff/model/json.js';
import { classic, clone, comparable, readJson } from './support.js';

const types = new Map([
  ['datasource', 'prometheus'],
  ['DS_PROMETHEUS', 'prometheus'],
]);

describe('normaliseDatasource', () => {
  it.each([
    ['a ref', { type: 'prometheus', uid: 'abc' }, { type: 'prometheus', uid: 'abc' }, undefined],
    [
      'a ref, extra keys dropped',
      { type: 'loki', uid: 'l', default: true },
      { type: 'loki', uid: 'l' },
      undefined,
    ],
    [
      'a variable ref',
      { type: 'prometheus', uid: '$datasource' },
      { type: 'prometheus', uid: '${datasource}' },
      undefined,
    ],
    [
      'a variable ref without type',
      { uid: '${datasource}' },
      { type: 'prometheus', uid: '${datasource}' },
      undefined,
    ],
    [
      'an export input ref',
      { uid: '${DS_PROMETHEUS}' },
      { type: 'prometheus', uid: '${DS_PROMETHEUS}' },
      undefined,
    ],
    [
      'a variable name',
      '$datasource',
      { type: 'prometheus', uid: '${datasource}' },
      'datasource name "$datasource" → {type, uid}',
    ],
    [
      'a [[variable]] name',
      '[[datasource]]',
      { type: 'prometheus', uid: '${datasource}' },
      'datasource name "[[datasource]]" → {type, uid}',
    ],
    [
      'an unknown variable',
      '${other}',
      { uid: '${other}' },
      'datasource name "${other}" → {type, uid}',
    ],
    [
      'a plain name',
      'Prometheus',
      { uid: 'Prometheus' },
      'datasource name "Prometheus" → {type, uid}',
    ],
    [
      'the mixed name',
      '-- Mixed --',
      { type: 'datasource', uid: '-- Mixed --' },
      'datasource name "-- Mixed --" → {type, uid}',
    ],
    [
      'the grafana name',
      '-- Grafana --',
      { type: 'datasource', uid: 'grafana' },
      'datasource name "-- Grafana --" → {type, uid}',
    ],
    [
      'the grafana ref of Grafana 8',
      { type: 'grafana', uid: '-- Grafana --' },
      { type: 'datasource', uid: 'grafana' },
      undefined,
    ],
    ['default', 'default', undefined, 'datasource name "default" → the default datasource'],
    ['null', null, undefined, undefined],
  ])('%s', (_name, value, ref, migration) => {
    const result = normaliseDatasource(value, types);
    expect(result.ref).toEqual(ref);
    expect(result.migration).toEqual(migration);
  });
});

/** A one-panel dashboard around `panel`. */
function onePanel(
  panel: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    title: 'T',
    schemaVersion: 39,
    panels: [
      { id: 1, type: 'timeseries', title: 'P', gridPos: { x: 0, y: 0, w: 12, h: 8 }, ...panel },
    ],
    ...extra,
  };
}

describe('defaults', () => {
  it('a panel holding Grafana defaults equals one leaving them out, and they are counted', () => {
    const bare = normalizeDashboard(classic(onePanel({ targets: [{ refId: 'A', expr: 'up' }] })));
    const explicit = normalizeDashboard(
      classic(
        onePanel({
          targets: [{ refId: 'A', expr: 'up', hide: false }],
          transparent: false,
          links: [],
          transformations: [],
          options: {},
          description: '',
          timeFrom: null,
          fieldConfig: {
            defaults: {
              mappings: [],
              links: [],
              custom: {},
              thresholds: {
                mode: 'absolute',
                steps: [
                  { color: 'green', value: null },
                  { color: 'red', value: 80 },
                ],
              },
            },
            overrides: [],
          },
        }),
      ),
    );
    expect(comparable(explicit)).toEqual(comparable(bare));
    // hide, 6 panel keys, 4 field defaults, overrides, and the emptied `defaults` itself.
    expect(explicit.noise['default value']).toBe(13);
    expect(bare.panels[0]?.fields).toEqual({});
  });

  it('keeps a value that differs from the default', () => {
    const model = normalizeDashboard(
      classic(
        onePanel({
          transparent: true,
          fieldConfig: {
            defaults: {
              thresholds: {
                mode: 'absolute',
                steps: [
                  { color: 'green', value: null },
                  { color: 'red', value: 90 },
                ],
              },
            },
            overrides: [],
          },
        }),
      ),
    );
    expect(model.panels[0]?.fields).toEqual({
      fieldConfig: {
        defaults: {
          thresholds: {
            mode: 'absolute',
            steps: [
              { color: 'green', value: null },
              { color: 'red', value: 90 },
            ],
          },
        },
      },
      transparent: true,
    });
  });

  it('drops variable and dashboard defaults on real data (dotdc Nodes)', () => {
    const model = normalizeDashboard(classic(readJson('dotdc/k8s-views-nodes.json')));
    const cluster = model.variables.find((variable) => variable.name === 'cluster');
    expect(cluster?.fields).toEqual({
      datasource: { type: 'prometheus', uid: '${datasource}' },
      definition: 'label_values(kube_node_info,cluster)',
      query: { qryType: 1, query: 'label_values(kube_node_info,cluster)' },
      refresh: 1,
      regex: '',
      sort: 1,
    });
    // editable true, fiscalYearStartMonth 0, liveNow false, timepicker {}, timezone '' and
    // weekStart '' are Grafana's defaults; graphTooltip 1 is not.
    expect(model.settings).toEqual({ description: expect.any(String), graphTooltip: 1 });
  });
});

describe('dashboard level', () => {
  it('reads schemaVersion given as a string, tags as a set, and the view state apart', () => {
    const model = normalizeDashboard(
      classic(
        onePanel(
          {},
          {
            schemaVersion: '27',
            tags: ['b', 'a', 'b'],
            time: { from: 'now-6h', to: 'now' },
            refresh: false,
            templating: {
              list: [
                {
                  name: 'env',
                  type: 'custom',
                  query: 'prod,dev',
                  current: { selected: true, text: 'prod', value: 'prod' },
                  options: [
                    { selected: true, text: 'prod', value: 'prod' },
                    { selected: false, text: 'dev', value: 'dev' },
                  ],
                },
              ],
            },
          },
        ),
      ),
    );
    expect(model.schemaVersion).toBe(27);
    expect(model.tags).toEqual(['a', 'b']);
    expect(model.view).toEqual({
      time: { from: 'now-6h', to: 'now' },
      selected: { env: 'prod' },
      collapsed: {},
    });
    expect(model.variables).toEqual([
      {
        name: 'env',
        type: 'custom',
        fields: { query: 'prod,dev' },
        source: ['templating', 'list', 0],
      },
    ]);
  });

  it('a selected value or the time range changed is a view change only', () => {
    const json = readJson('dotdc/k8s-views-nodes.json');
    const changed = clone(json);
    changed.time = { from: 'now-24h', to: 'now' };
    changed.refresh = '1m';
    const list = isRecord(changed.templating) ? changed.templating.list : undefined;
    for (const variable of Array.isArray(list) ? list : []) {
      if (isRecord(variable)) variable.current = { text: 'x', value: 'x' };
    }
    const before = normalizeDashboard(classic(json));
    const after = normalizeDashboard(classic(changed));
    expect({ ...after, view: undefined, noise: undefined }).toEqual({
      ...before,
      view: undefined,
      noise: undefined,
    });
    expect(after.view.refresh).toBe('1m');
    expect(after.view.selected.cluster).toBe('x');
  });
});

describe('panels', () => {
  it('drops repeat clones and keeps the repeated panel', () => {
    const model = normalizeDashboard(
      classic({
        title: 'T',
        panels: [
          {
            id: 1,
            type: 'stat',
            title: 'CPU $node',
            repeat: 'node',
            repeatDirection: 'h',
            maxPerRow: 4,
            scopedVars: { node: { value: 'a' } },
            gridPos: { x: 0, y: 0, w: 6, h: 4 },
          },
          {
            id: 2,
            type: 'stat',
            title: 'CPU $node',
            repeatPanelId: 1,
            scopedVars: { node: { value: 'b' } },
            gridPos: { x: 6, y: 0, w: 6, h: 4 },
          },
          {
            id: 3,
            type: 'stat',
            title: 'CPU $node',
            repeatIteration: 1700000000000,
            gridPos: { x: 12, y: 0, w: 6, h: 4 },
          },
          {
            id: 4,
            type: 'stat',
            title: 'Old clone',
            scopedVars: { node: { value: 'c' } },
            gridPos: { x: 18, y: 0, w: 6, h: 4 },
          },
        ],
      }),
    );
    expect(model.panels.map((panel) => [panel.key, panel.repeat])).toEqual([
      ['id:1', { variable: 'node', maxPerRow: 4 }],
    ]);
    expect(model.noise['repeat clone']).toBe(3);
  });

  it('keys panels by row and title when ids repeat, with #2 for duplicates', () => {
    const model = normalizeDashboard(
      classic({
        title: 'T',
        panels: [
          { id: 1, type: 'stat', title: 'Up', gridPos: { x: 0, y: 0, w: 6, h: 4 } },
          { id: 1, type: 'stat', title: 'Up', gridPos: { x: 6, y: 0, w: 6, h: 4 } },
          {
            id: 9,
            type: 'row',
            title: 'Detail',
            gridPos: { x: 0, y: 4, w: 24, h: 1 },
            collapsed: true,
            panels: [{ id: 2, type: 'text', title: '', gridPos: { x: 0, y: 5, w: 6, h: 4 } }],
          },
        ],
      }),
    );
    expect(model.panels.map((panel) => panel.key)).toEqual([
      'Up',
      'Up#2',
      'Detail / (untitled text)',
    ]);
  });

  it('gives queries without refId the next free letter and drops the editor key', () => {
    const model = normalizeDashboard(
      classic(
        onePanel({
          targets: [{ expr: 'a' }, { refId: 'A', expr: 'b', key: 'Q-1f2e-0' }, { expr: 'c' }],
        }),
      ),
    );
    expect(
      model.panels[0]?.queries.map((query) => [query.refId, query.expr, query.fields]),
    ).toEqual([
      ['B', 'a', {}],
      ['A', 'b', {}],
      ['C', 'c', {}],
    ]);
    expect(model.noise['volatile field']).toBe(1);
  });

  it('derives a panel datasource from its queries when it names none', () => {
    const agree = normalizeDashboard(
      classic(
        onePanel({
          targets: [
            { refId: 'A', datasource: { type: 'loki', uid: 'l' } },
            { refId: 'B', datasource: { type: 'loki', uid: 'l' } },
          ],
        }),
      ),
    );
    expect(agree.panels[0]?.datasource).toEqual({ type: 'loki', uid: 'l' });
    const differ = normalizeDashboard(
      classic(
        onePanel({
          targets: [
            { refId: 'A', datasource: { type: 'loki', uid: 'l' } },
            { refId: 'B', datasource: { type: 'prometheus', uid: 'p' } },
          ],
        }),
      ),
    );
    expect(differ.panels[0]?.datasource).toEqual({ type: 'datasource', uid: '-- Mixed --' });
  });

  it('migrates a graph by its x-axis mode, as Grafana does', () => {
    const typeOf = (panel: Record<string, unknown>): string | undefined =>
      normalizeDashboard(classic(onePanel({ type: 'graph', ...panel }))).panels[0]?.type;
    expect(typeOf({})).toBe('timeseries');
    expect(typeOf({ xaxis: { mode: 'histogram' } })).toBe('histogram');
    expect(typeOf({ xaxis: { mode: 'series' } })).toBe('barchart');
    expect(typeOf({ xaxis: { mode: 'series' }, legend: { values: true } })).toBe('bargauge');
  });
});

describe('migrations and view state inside definitions', () => {
  it('migrates sharedCrosshair to graphTooltip below schemaVersion 14 (legacy-rows.json, version 12)', () => {
    const model = normalizeDashboard(classic(readJson('model/legacy-rows.json')));
    // sharedCrosshair false is graphTooltip 0, Grafana's default; timezone 'browser' is not.
    expect(model.settings).toEqual({ hideControls: false, style: 'dark', timezone: 'browser' });
    const crosshair = clone(readJson('model/legacy-rows.json'));
    crosshair.sharedCrosshair = true;
    expect(normalizeDashboard(classic(crosshair)).settings).toMatchObject({ graphTooltip: 1 });
  });

  it('keeps a fixed option list but not which option is selected', () => {
    const variable = (selected: string): Record<string, unknown> => ({
      name: 'job',
      type: 'query',
      refresh: 0,
      query: 'label_values(up, job)',
      current: { text: selected, value: selected },
      options: ['api', 'web'].map((job) => ({ text: job, value: job, selected: job === selected })),
    });
    const api = normalizeDashboard(
      classic(onePanel({}, { templating: { list: [variable('api')] } })),
    );
    const web = normalizeDashboard(
      classic(onePanel({}, { templating: { list: [variable('web')] } })),
    );
    expect(web.variables).toEqual(api.variables);
    expect(api.variables[0]?.fields.options).toEqual([
      { text: 'api', value: 'api' },
      { text: 'web', value: 'web' },
    ]);
    expect([api.view.selected, web.view.selected]).toEqual([{ job: 'api' }, { job: 'web' }]);
  });

  it('takes a thresholds base step saved without a value as the default too', () => {
    const model = normalizeDashboard(
      classic(
        onePanel({
          fieldConfig: {
            defaults: {
              thresholds: {
                mode: 'absolute',
                steps: [{ color: 'green' }, { color: 'red', value: 80 }],
              },
            },
            overrides: [],
          },
        }),
      ),
    );
    expect(model.panels[0]?.fields).toEqual({});
  });
});

describe('the built-in annotation', () => {
  const builtIn = (extra: Record<string, unknown>): Record<string, unknown> => ({
    name: 'Annotations & Alerts',
    type: 'dashboard',
    iconColor: 'rgba(0, 211, 255, 1)',
    enable: true,
    hide: true,
    builtIn: 1,
    ...extra,
  });
  const withAnnotations = (list: unknown[]): Record<string, unknown> =>
    onePanel({}, { annotations: { list } });
  const none = comparable(normalizeDashboard(classic(withAnnotations([]))));

  it.each([
    ['as Grafana 7 added it', builtIn({ datasource: '-- Grafana --' })],
    ['as Grafana 8 added it', builtIn({ datasource: { uid: '-- Grafana --', type: 'grafana' } })],
    [
      'as Grafana 10 saves it',
      builtIn({
        datasource: { type: 'datasource', uid: 'grafana' },
        target: { limit: 100, matchAny: false, tags: [], type: 'dashboard' },
      }),
    ],
  ])('%s is the same as none', (_name, annotation) => {
    expect(comparable(normalizeDashboard(classic(withAnnotations([annotation]))))).toEqual(none);
  });

  it('is kept when it was changed (turned off)', () => {
    const model = normalizeDashboard(
      classic(withAnnotations([builtIn({ datasource: '-- Grafana --', enable: false })])),
    );
    expect(model.annotations.map((a) => [a.name, a.fields.enable])).toEqual([
      ['Annotations & Alerts', false],
    ]);
  });
});
