// The formats fixtures are made from the real dotdc dashboards by real tools (jsonnet, PyYAML,
// kubectl, kustomize); test/fixtures/dashboard-diff/formats/SOURCES.md says how.
import { describe, expect, it } from 'vitest';
import { loadDashboardFile } from '../../../src/gates/dashboard-diff/load/index.js';
import { isRecord } from '../../../src/shared/is-record.js';
import { classicJson, expectLine, fixture, fixtureJson, panelsOf, stored } from './fixtures.js';

const coredns = fixtureJson('dotdc/k8s-system-coredns.json');
const apiServer = fixtureJson('dotdc/k8s-system-api-server.json');
const global = fixtureJson('dotdc/k8s-views-global.json');
const nodes = fixtureJson('dotdc/k8s-views-nodes.json');

function load(name: string, options?: { rendered?: boolean }) {
  const text = fixture(`formats/${name}`);
  return { text, loaded: loadDashboardFile(`formats/${name}`, text, options) };
}

/** The title of panel `index` of a dotdc dashboard. */
function panelTitle(dashboard: Record<string, unknown>, index: number): string {
  const title = panelsOf(dashboard)[index]?.title;
  if (typeof title !== 'string') throw new Error(`panel ${index} has no title`);
  return title;
}

describe('ConfigMapList in the shape of kube-prometheus grafana-dashboardDefinitions.yaml', () => {
  const expected = [
    ['ConfigMap monitoring/grafana-dashboard-coredns, key coredns.json', coredns],
    ['ConfigMap monitoring/grafana-dashboard-apiserver, key apiserver.json', apiServer],
    ['ConfigMap monitoring/grafana-dashboard-k8s-views-global, key k8s-views-global.json', global],
  ] as const;

  it.each(['configmaplist-block.yaml', 'configmaplist-quoted.yaml'])(
    '%s: every dashboard, named by ConfigMap and key',
    (name) => {
      const { loaded } = load(name);
      expect(loaded.problems).toEqual([]);
      expect(loaded.dashboards.map((d) => d.location)).toEqual(
        expected.map(([location]) => location),
      );
      loaded.dashboards.forEach((dashboard, i) => {
        expect(dashboard.containers).toEqual(['configmap', 'export']);
        expect(classicJson(dashboard)).toEqual(expected[i]?.[1]);
      });
    },
  );

  it('points into the YAML file at the exact line for JSON in a literal block scalar', () => {
    const { text, loaded } = load('configmaplist-block.yaml');
    loaded.dashboards.forEach((dashboard, i) => {
      const source = expected[i]?.[1] ?? {};
      expectLine(text, dashboard.lineOf(['title']), `"title": ${JSON.stringify(source.title)}`);
      for (const index of [0, 5]) {
        expectLine(
          text,
          dashboard.lineOf(['panels', index, 'title']),
          `"title": ${JSON.stringify(panelTitle(source, index))}`,
        );
      }
    });
  });

  it('points at the line where a quoted string starts for JSON in a double-quoted scalar', () => {
    const { text, loaded } = load('configmaplist-quoted.yaml');
    const keys = ['coredns.json:', 'apiserver.json:', 'k8s-views-global.json:'];
    loaded.dashboards.forEach((dashboard, i) => {
      const start = dashboard.lineOf([]);
      expectLine(text, start, keys[i] ?? '?');
      expect(dashboard.lineOf(['panels', 5, 'title'])).toBe(start);
    });
  });
});

describe('a ConfigMap written by kubectl create configmap --dry-run=client -o yaml', () => {
  const { text, loaded } = load('configmap-kubectl.yaml');

  it('is one dashboard, with no location (the file holds one)', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
    expect(loaded.dashboards[0]?.location).toBe('');
    expect(loaded.dashboards[0]?.containers).toEqual(['configmap', 'export']);
    expect(classicJson(loaded.dashboards[0])).toEqual(nodes);
  });

  it('gives exact lines inside the block scalar', () => {
    const dashboard = loaded.dashboards[0];
    for (const index of [0, 12, 30]) {
      expectLine(
        text,
        dashboard?.lineOf(['panels', index, 'title']),
        `"title": ${JSON.stringify(panelTitle(nodes, index))}`,
      );
    }
  });
});

describe('a multi-document stream from kubectl kustomize (configMapGenerator and a Service)', () => {
  const { text, loaded } = load('kustomize-stream.yaml');

  it('reads every dashboard of every document and skips the Service', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards.map((d) => d.location)).toEqual([
      'ConfigMap monitoring/grafana-dashboard-nodes, key nodes.json',
      'ConfigMap monitoring/grafana-dashboards-system, key api-server.json',
      'ConfigMap monitoring/grafana-dashboards-system, key coredns.json',
    ]);
    for (const dashboard of loaded.dashboards) {
      expect(dashboard.containers).toEqual(['yaml-document', 'configmap', 'export']);
    }
    expect(loaded.dashboards.map((d) => classicJson(d))).toEqual([nodes, apiServer, coredns]);
  });

  it('gives exact lines in the second and third dashboards of one document', () => {
    expectLine(
      text,
      loaded.dashboards[1]?.lineOf(['panels', 2, 'title']),
      JSON.stringify(panelTitle(apiServer, 2)),
    );
    expectLine(
      text,
      loaded.dashboards[2]?.lineOf(['panels', 2, 'title']),
      JSON.stringify(panelTitle(coredns, 2)),
    );
  });
});

describe("the HTTP API's { dashboard, meta } (GET /api/dashboards/uid/:uid)", () => {
  const { text, loaded } = load('api-wrapper.json');

  it('is the dashboard under `dashboard`', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
    expect(loaded.dashboards[0]?.containers).toEqual(['api']);
    expect(classicJson(loaded.dashboards[0])).toEqual({ ...stored(coredns), id: 12, version: 7 });
  });

  it('gives lines inside the wrapper', () => {
    expectLine(
      text,
      loaded.dashboards[0]?.lineOf(['panels', 3, 'title']),
      JSON.stringify(panelTitle(coredns, 3)),
    );
  });
});

describe('Kubernetes Dashboard resources', () => {
  it.each(['dashboard-v1beta1.json', 'dashboard-v1beta1.yaml'])(
    '%s: v1beta1 holds the classic model in spec',
    (name) => {
      const { text, loaded } = load(name);
      expect(loaded.problems).toEqual([]);
      expect(loaded.dashboards).toHaveLength(1);
      expect(loaded.dashboards[0]?.containers).toEqual(['kubernetes']);
      expect(classicJson(loaded.dashboards[0])).toEqual(stored(apiServer));
      // In the YAML file the dashboard is written as YAML: lines come from its nodes.
      expectLine(
        text,
        loaded.dashboards[0]?.lineOf(['panels', 4, 'title']),
        'title',
        panelTitle(apiServer, 4),
      );
      expectLine(text, loaded.dashboards[0]?.lineOf(['panels', 4, 'targets', 0, 'refId']), 'refId');
    },
  );

  it('v2beta1 (JSON) holds the v2 spec: elements and a tabs layout', () => {
    const { text, loaded } = load('dashboard-v2beta1.json');
    expect(loaded.problems).toEqual([]);
    const dashboard = loaded.dashboards[0];
    expect(dashboard?.containers).toEqual(['kubernetes']);
    if (dashboard?.dashboard.schema !== 'v2') throw new Error('expected a v2 dashboard');
    const { spec } = dashboard.dashboard;
    expect(spec.title).toBe(global.title);
    expect(Object.keys(isRecord(spec.elements) ? spec.elements : {})).toHaveLength(
      panelsOf(global).filter((p) => p.type !== 'row').length,
    );
    expectLine(text, dashboard.lineOf(['layout', 'kind']), '"TabsLayout"');
    expectLine(
      text,
      dashboard.lineOf(['layout', 'spec', 'tabs', 1, 'spec', 'layout', 'kind']),
      '"AutoGridLayout"',
    );
    const [first, element] = Object.entries(isRecord(spec.elements) ? spec.elements : {})[0] ?? [];
    const title = isRecord(element) && isRecord(element.spec) ? element.spec.title : undefined;
    expectLine(
      text,
      dashboard.lineOf(['elements', first ?? '?', 'spec', 'title']),
      `"title": ${JSON.stringify(title)}`,
    );
  });

  it('v2alpha1 (YAML, by PyYAML) holds the v2 spec: a grid layout with rows', () => {
    const { text, loaded } = load('dashboard-v2alpha1.yaml');
    expect(loaded.problems).toEqual([]);
    const dashboard = loaded.dashboards[0];
    if (dashboard?.dashboard.schema !== 'v2') throw new Error('expected a v2 dashboard');
    const { spec } = dashboard.dashboard;
    expect(spec.title).toBe(global.title);
    expectLine(text, dashboard.lineOf(['layout', 'kind']), 'kind: GridLayout');
    const layout = isRecord(spec.layout) && isRecord(spec.layout.spec) ? spec.layout.spec : {};
    const items: unknown[] = Array.isArray(layout.items) ? layout.items : [];
    const row = items.findIndex((item) => isRecord(item) && item.kind === 'GridLayoutRow');
    expect(row).toBeGreaterThanOrEqual(0);
    expectLine(
      text,
      dashboard.lineOf(['layout', 'spec', 'items', row, 'kind']),
      'kind: GridLayoutRow',
    );
  });
});

describe("the Grafana Operator's GrafanaDashboard", () => {
  const { text, loaded } = load('grafana-dashboard-operator.yaml');

  it('reads the JSON string of spec.json, with exact lines', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
    expect(loaded.dashboards[0]?.containers).toEqual(['kubernetes', 'export']);
    expect(classicJson(loaded.dashboards[0])).toEqual(coredns);
    expectLine(
      text,
      loaded.dashboards[0]?.lineOf(['panels', 7, 'title']),
      JSON.stringify(panelTitle(coredns, 7)),
    );
  });
});

describe('spec.json as a folded block scalar (json: >), as the Grafana Operator examples write it', () => {
  const { text, loaded } = load('grafana-dashboard-operator-folded.yaml');

  it('reads it, and gives exact lines where folding kept the lines of the JSON', () => {
    expect(loaded.problems).toEqual([]);
    expect(classicJson(loaded.dashboards[0])).toEqual(coredns);
    for (const index of [0, 7]) {
      expectLine(
        text,
        loaded.dashboards[0]?.lineOf(['panels', index, 'title']),
        JSON.stringify(panelTitle(coredns, index)),
      );
    }
  });
});

describe("the Grafana Operator's GrafanaManifest holding a v2 Dashboard", () => {
  it('reads the Dashboard under spec.template', () => {
    const { text, loaded } = load('grafana-manifest-v2.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
    const dashboard = loaded.dashboards[0];
    expect(dashboard?.containers).toEqual(['kubernetes']);
    expect(dashboard?.dashboard.schema).toBe('v2');
    expectLine(text, dashboard?.lineOf(['layout', 'kind']), 'kind: TabsLayout');
  });
});

describe('a kind: List as kubectl get -o json prints it', () => {
  const { text, loaded } = load('list.json');

  it('reads the Dashboard and the ConfigMap, skips the Service', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards.map((d) => [d.location, d.containers])).toEqual([
      ['Dashboard default/k8s-system-api-server', ['kubernetes']],
      ['ConfigMap monitoring/grafana-dashboard-coredns, key coredns.json', ['configmap', 'export']],
    ]);
    expect(classicJson(loaded.dashboards[1])).toEqual(coredns);
  });

  it('points at the JSON string for a dashboard held in a JSON string', () => {
    expectLine(text, loaded.dashboards[1]?.lineOf(['panels', 0, 'title']), '"coredns.json": "{');
    expectLine(
      text,
      loaded.dashboards[0]?.lineOf(['panels', 0, 'title']),
      JSON.stringify(panelTitle(apiServer, 0)),
    );
  });
});

describe('a dashboard of schemaVersion 14 with legacy rows[]', () => {
  it('loads as it is (normalising the layout is the model stage), with lines inside the rows', () => {
    const { text, loaded } = load('legacy-rows.json');
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
    const json = classicJson(loaded.dashboards[0]);
    expect(json.schemaVersion).toBe(14);
    expect(json.panels).toBeUndefined();
    expect(loaded.dashboards[0]?.containers).toEqual(['dashboard']);
    const title = panelTitle(coredns, 4);
    expectLine(
      text,
      loaded.dashboards[0]?.lineOf(['rows', 1, 'panels', 1, 'title']),
      JSON.stringify(title),
    );
    expectLine(text, loaded.dashboards[0]?.lineOf(['rows', 1, 'panels', 1, 'span']), '"span"');
  });
});

describe('jsonnet, through the render command', () => {
  it("reads the rendered output: containers start with 'rendered', lines point into it", () => {
    const rendered = fixture('formats/coredns.rendered.json');
    const loaded = loadDashboardFile('formats/coredns.jsonnet', rendered, { rendered: true });
    expect(loaded.problems).toEqual([]);
    expect(loaded.dashboards).toHaveLength(1);
    const [dashboard] = loaded.dashboards;
    expect(dashboard?.file).toBe('formats/coredns.jsonnet');
    expect(dashboard?.containers).toEqual(['rendered', 'export']);
    expect(classicJson(dashboard).title).toBe('CoreDNS (rendered)');
    expectLine(
      rendered,
      dashboard?.lineOf(['panels', 1, 'title']),
      JSON.stringify(panelTitle(coredns, 1)),
    );
  });

  it('leaves the jsonnet source itself as not a dashboard, saying what to configure', () => {
    const { loaded } = load('coredns.jsonnet');
    expect(loaded.dashboards).toEqual([]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.notDashboard).toMatch(/jsonnet source.*render command/);
  });
});
