import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LINT_CONFIG,
  duplicateDashboardUids,
  lintDashboards,
  parseLintConfig,
} from '../../../src/gates/dashboard-diff/lint/index.js';
import type { Finding } from '../../../src/verdict/types.js';
import { DOTDC, HISTORY, arr, dotdc, jsonFiles, obj, panelTitled, sideOf } from './sides.js';

const GLOBAL = dotdc('k8s-views-global');

/** Rule → count, for a readable comparison. */
function countByRule(findings: readonly Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.rule ?? ''] = (counts[f.rule ?? ''] ?? 0) + 1;
  return counts;
}

/** Findings of a head against the unmutated base: what the mutation introduced. */
function introduced(mutate: (json: Record<string, unknown>) => void, path = GLOBAL): Finding[] {
  return lintDashboards(sideOf(path, mutate), sideOf(path), DEFAULT_LINT_CONFIG);
}

describe('lintDashboards on the real dotdc dashboards (new dashboards: every finding)', () => {
  // Reviewed by hand, finding by finding:
  // - panel-title-description-rule: stat, table, time-series and gauge panels with no
  //   `description` (true: counted independently from the JSON; dotdc documents few panels).
  // - panel-units-rule: stat and time-series panels of counts and loads that set no unit (true:
  //   "Nodes", "Namespaces", "System Load"…). Tables that hide the value column and stat panels
  //   that show only the series name are not reported.
  // - template-on-time-change-reload-rule: query variables with `refresh: 1` (on load) — true.
  // - target-counter-agg-rule: k8s-views-namespaces sums kube_pod_container_status_restarts_total
  //   raw in "Nb of pods by state" (true: a raw counter).
  // No error: the queries are valid PromQL once variables are masked, ids and refIds are unique,
  // the grid is sound and every variable used is defined.
  const expected: Record<string, Record<string, number>> = {
    'k8s-addons-prometheus.json': {
      'panel-title-description-rule': 27,
      'panel-units-rule': 3,
      'template-on-time-change-reload-rule': 1,
    },
    'k8s-addons-trivy-operator.json': {
      'panel-title-description-rule': 24,
      'panel-units-rule': 1,
      'template-on-time-change-reload-rule': 2,
    },
    'k8s-system-api-server.json': {
      'panel-title-description-rule': 12,
      'template-on-time-change-reload-rule': 2,
    },
    'k8s-system-coredns.json': {
      'panel-title-description-rule': 11,
      'template-on-time-change-reload-rule': 4,
    },
    'k8s-views-global.json': {
      'panel-title-description-rule': 17,
      'panel-units-rule': 3,
      'template-on-time-change-reload-rule': 2,
    },
    'k8s-views-namespaces.json': {
      'panel-title-description-rule': 22,
      'target-counter-agg-rule': 1,
      'template-on-time-change-reload-rule': 2,
    },
    'k8s-views-nodes.json': {
      'panel-title-description-rule': 34,
      'panel-units-rule': 4,
      'template-on-time-change-reload-rule': 1,
    },
    'k8s-views-pods.json': {
      'panel-title-description-rule': 18,
      'template-on-time-change-reload-rule': 3,
    },
  };

  it.each(jsonFiles(DOTDC))('%s', (file) => {
    const findings = lintDashboards(sideOf(join(DOTDC, file)), undefined, DEFAULT_LINT_CONFIG);
    expect(countByRule(findings)).toEqual(expected[file]);
    for (const finding of findings) {
      expect(finding.file).toBe(join(DOTDC, file));
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.severity).toBe('warning');
    }
  });

  it('puts a finding on the JSON line of its panel', () => {
    const findings = lintDashboards(sideOf(GLOBAL), undefined);
    const nodes = findings.find(
      (f) => f.rule === 'panel-units-rule' && f.message.includes('"Nodes"'),
    );
    // The "Nodes" stat panel's fieldConfig starts on line 331 of the fixture.
    expect(nodes?.line).toBe(331);
    expect(nodes?.message).toBe(
      'Dashboard "Kubernetes / Views / Global": panel "Nodes" sets no unit: values show as bare numbers.',
    );
  });

  it('a dashboard linted against itself introduces nothing', () => {
    for (const file of jsonFiles(DOTDC)) {
      const path = join(DOTDC, file);
      expect(lintDashboards(sideOf(path), sideOf(path))).toEqual([]);
    }
  });
});

describe('only what the change introduces, on consecutive real revisions', () => {
  /** [dashboard, base, head] for each consecutive pair (files are newest first). */
  const pairs = ['k8s-views-global', 'k8s-views-nodes'].flatMap((name) => {
    const files = jsonFiles(join(HISTORY, name));
    return files.slice(0, -1).map((head, i) => [name, files[i + 1] as string, head] as const);
  });

  it.each(pairs)('%s: %s → %s', (name, base, head) => {
    const dir = join(HISTORY, name);
    const findings = lintDashboards(sideOf(join(dir, head)), sideOf(join(dir, base)));
    expect(findings.map((f) => `${f.rule ?? ''} ${f.line ?? 0}`)).toEqual(
      INTRODUCED[`${name}/${head}`] ?? [],
    );
  });

  // The two revisions that introduced a finding, read in their git diffs:
  const INTRODUCED: Record<string, string[]> = {
    // 13bb54f added the `job` variable with `refresh: 1` (on dashboard load).
    'k8s-views-global/06-13bb54f.json': ['template-on-time-change-reload-rule 3483'],
    // 1a128f0 made the `instance` variable's regex case-insensitive and wrote `\.` inside a
    // PromQL double-quoted string, an escape Prometheus refuses; aeab4cc fixed it to `\\.`.
    'k8s-views-nodes/09-1a128f0.json': ['template-label-promql-rule 3997'],
  };

  it('the broken variable of 1a128f0 is reported with its cause, and all its base findings are not', () => {
    const dir = join(HISTORY, 'k8s-views-nodes');
    const head = sideOf(join(dir, '09-1a128f0.json'));
    const all = lintDashboards(head, undefined);
    const fromBase = lintDashboards(head, sideOf(join(dir, '10-d4b599f.json')));
    expect(all.length).toBe(40);
    expect(fromBase).toHaveLength(1);
    expect(fromBase[0]?.severity).toBe('error');
    expect(fromBase[0]?.message).toContain(
      'Variable instance: invalid PromQL: unknown escape sequence',
    );
  });
});

describe('each check on a real dashboard with one defect added', () => {
  it('duplicate panel id', () => {
    const findings = introduced((json) => {
      panelTitled(json, 'Namespaces')['id'] = panelTitled(json, 'Nodes')['id'];
    });
    expect(findings.map((f) => [f.rule, f.severity, f.title])).toEqual([
      ['duplicate-panel-id', 'error', 'Duplicate panel id 63'],
    ]);
  });

  it('overlapping panels', () => {
    const findings = introduced((json) => {
      // "Namespaces" (x 12, y 5) moved up onto "Nodes" (x 12, y 1, h 4).
      obj(panelTitled(json, 'Namespaces')['gridPos'])['y'] = 3;
    });
    expect(findings.map((f) => f.rule)).toEqual(['panel-overlap']);
    expect(findings[0]?.message).toContain(
      'panel "Namespaces" (x 12, y 3, w 2, h 4) overlaps panel "Nodes"',
    );
  });

  it('a panel off the grid', () => {
    const findings = introduced((json) => {
      obj(panelTitled(json, 'Cluster Memory Utilization')['gridPos'])['w'] = 13;
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['panel-grid', 'error']]);
    expect(findings[0]?.message).toContain('x 12 + w 13 = 25 is past the grid');
  });

  it('duplicate refId', () => {
    const findings = introduced((json) => {
      const targets = arr(panelTitled(json, 'Global CPU  Usage')['targets']).map(obj);
      (targets[1] as Record<string, unknown>)['refId'] = 'Real';
    });
    expect(findings.map((f) => [f.rule, f.title])).toEqual([
      ['duplicate-ref-id', 'Duplicate refId Real'],
    ]);
  });

  it('a typo in a variable name', () => {
    const findings = introduced((json) => {
      const target = obj(arr(panelTitled(json, 'Nodes')['targets'])[0]);
      target['expr'] = String(target['expr']).replace('$cluster', '$clustr');
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['undefined-variable', 'error']]);
    expect(findings[0]?.message).toContain('uses $clustr');
    expect(findings[0]?.message).toContain('Did you mean $cluster?');
  });

  it('an undefined variable in a title, and an undefined datasource variable', () => {
    const findings = introduced((json) => {
      const panel = panelTitled(json, 'Nodes');
      panel['title'] = 'Nodes in $region';
      panel['datasource'] = { type: 'prometheus', uid: '${prom}' };
      for (const target of arr(panel['targets']).map(obj)) delete target['datasource'];
    });
    expect(findings.map((f) => f.rule).sort()).toEqual(
      ['undefined-datasource-variable', 'undefined-variable'].sort(),
    );
  });

  it('an undefined variable in an annotation query', () => {
    const findings = introduced((json) => {
      const list = arr(obj(json['annotations'])['list']);
      list.push({
        datasource: { type: 'prometheus', uid: '${datasource}' },
        enable: true,
        expr: 'changes(kube_deployment_status_observed_generation{cluster="$cluster", namespace="$ns"}[$__rate_interval]) > 0',
        iconColor: 'blue',
        name: 'Deployments',
      });
    });
    expect(findings.map((f) => [f.rule, f.title])).toEqual([
      ['undefined-variable', 'Undefined variable $ns'],
    ]);
    expect(findings[0]?.message).toContain('annotation "Deployments" expr uses $ns');
  });

  it('schemaVersion going backwards', () => {
    const findings = introduced((json) => {
      json['schemaVersion'] = 36;
    });
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'schema-version-backwards',
        'Dashboard "Kubernetes / Views / Global": schemaVersion went from 39 to 36: the dashboard was saved by an older Grafana than the one that last saved it, which may drop what the newer version added.',
      ],
    ]);
  });

  it('AngularJS panels: migrated core panels warn, Angular-only plugins fail', () => {
    const findings = introduced((json) => {
      panelTitled(json, 'Cluster CPU Utilization')['type'] = 'graph';
      panelTitled(json, 'Nodes')['type'] = 'singlestat';
      panelTitled(json, 'Namespaces')['type'] = 'natel-plotly-panel';
    });
    const angular = findings.filter((f) => f.rule?.startsWith('angular'));
    expect(angular.map((f) => [f.rule, f.severity, f.title])).toEqual([
      ['angular-panel-migrated', 'warning', 'AngularJS panel singlestat'],
      ['angular-panel', 'error', 'AngularJS panel natel-plotly-panel'],
      ['angular-panel-migrated', 'warning', 'AngularJS panel graph'],
    ]);
  });

  it('invalid PromQL (after variable substitution)', () => {
    const findings = introduced((json) => {
      const target = obj(arr(panelTitled(json, 'Cluster CPU Utilization')['targets'])[0]);
      target['expr'] = 'sum(rate(node_cpu_seconds_total{cluster="$cluster"}[$__rate_interval])';
    });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([['target-promql-rule', 'error']]);
    expect(findings[0]?.message).toContain('unclosed left parenthesis');
  });

  it('a query nested 20,000 deep (valid PromQL) is read through, its counter found', () => {
    const findings = introduced((json) => {
      const target = obj(arr(panelTitled(json, 'Cluster CPU Utilization')['targets'])[0]);
      // A raw counter under 20,000 `sum(`: the walk to it must neither recurse nor copy chains.
      target['expr'] =
        `${'sum('.repeat(20_000)}node_cpu_seconds_total{cluster=~"$cluster", job=~"$job"}${')'.repeat(20_000)}`;
    });
    expect(findings.map((f) => f.rule)).toContain('target-counter-agg-rule');
    expect(findings.map((f) => f.rule)).not.toContain('target-promql-rule');
  });

  it('a type error PromQL reports as promtool would (rate over an instant vector)', () => {
    const findings = introduced((json) => {
      const target = obj(arr(panelTitled(json, 'Cluster CPU Utilization')['targets'])[0]);
      target['expr'] = 'rate(node_cpu_seconds_total{cluster="$cluster"})';
    });
    expect(findings.map((f) => f.rule)).toEqual(['target-promql-rule']);
    expect(findings[0]?.message).toContain('expected type range vector');
  });

  it('rate() without $__rate_interval, and a raw counter', () => {
    const findings = introduced((json) => {
      const target = obj(arr(panelTitled(json, 'Cluster CPU Utilization')['targets'])[0]);
      target['expr'] = String(target['expr']).replaceAll('[$__rate_interval]', '[5m]');
      const nodes = obj(arr(panelTitled(json, 'Nodes')['targets'])[0]);
      nodes['expr'] = 'sum(node_network_receive_bytes_total{cluster="$cluster"})';
    });
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'target-counter-agg-rule',
      'target-rate-interval-rule',
    ]);
    expect(findings.find((f) => f.rule === 'target-rate-interval-rule')?.message).toContain(
      'rate() over [5m] instead of [$__rate_interval]',
    );
  });

  it('a panel without queries and without a unit (its missing description is not new)', () => {
    const findings = introduced((json) => {
      const panel = panelTitled(json, 'Cluster CPU Utilization');
      panel['targets'] = [];
      delete obj(obj(panel['fieldConfig'])['defaults'])['unit'];
    });
    expect(findings.map((f) => [f.rule, f.severity]).sort()).toEqual([
      ['panel-no-targets-rule', 'error'],
      ['panel-units-rule', 'warning'],
    ]);
  });

  it('a fixed datasource where the dashboard has a datasource variable', () => {
    const findings = introduced((json) => {
      const panel = panelTitled(json, 'Nodes');
      panel['datasource'] = { type: 'prometheus', uid: 'P1809F7CD0C75ACF3' };
      for (const target of arr(panel['targets']).map(obj))
        target['datasource'] = { type: 'prometheus', uid: 'P1809F7CD0C75ACF3' };
    });
    expect(findings.map((f) => f.rule)).toEqual(['panel-datasource-rule']);
    expect(findings[0]?.message).toContain('uses datasource "P1809F7CD0C75ACF3"');
  });

  it('a datasource variable named against convention', () => {
    const findings = introduced((json) => {
      const text = JSON.stringify(json).replaceAll('${datasource}', '${ds}');
      const renamed = obj(JSON.parse(text));
      const variables = arr(obj(renamed['templating'])['list']).map(obj);
      (variables[0] as Record<string, unknown>)['name'] = 'ds';
      Object.assign(json, renamed);
    });
    expect(findings.map((f) => f.rule)).toEqual(['template-datasource-rule']);
    expect(findings[0]?.message).toContain(
      'should be named "prometheus_datasource" or "datasource"',
    );
  });

  it('a query variable that is not a Grafana variable query', () => {
    const findings = introduced((json) => {
      const variables = arr(obj(json['templating'])['list']).map(obj);
      const cluster = variables.find((v) => v['name'] === 'cluster') as Record<string, unknown>;
      cluster['query'] = { query: 'label_values(kube_node_info, cluster', refId: 'A' };
    });
    expect(findings.map((f) => f.rule)).toEqual(['template-label-promql-rule']);
  });

  it('a dashboard new in the change: every finding is introduced', () => {
    const head = sideOf(GLOBAL);
    expect(lintDashboards(head, undefined).length).toBe(22);
  });
});

describe('a .lint file', () => {
  const config = parseLintConfig(
    [
      'exclusions:',
      '  panel-title-description-rule:',
      '    reason: Descriptions are written in the runbook.',
      '  panel-units-rule:',
      '    entries:',
      '      - dashboard: Kubernetes / Views / Global',
      '        panel: Nodes',
      'warnings:',
      '  target-promql-rule:',
      '    reason: Being rewritten.',
      '    entries:',
      '      - panel: Cluster CPU Utilization',
      '        targetIdx: 0',
      'enable: [target-job-rule]',
    ].join('\n'),
    '.lint',
  );

  it('excludes rules, downgrades entries to warnings and enables opt-in rules', () => {
    const head = sideOf(GLOBAL, (json) => {
      const target = obj(arr(panelTitled(json, 'Cluster CPU Utilization')['targets'])[0]);
      target['expr'] = 'sum(rate(x[$__rate_interval])';
    });
    const findings = lintDashboards(head, undefined, config);
    const rules = countByRule(findings);
    expect(rules['panel-title-description-rule']).toBeUndefined();
    // "Nodes" is excluded; "Namespaces" and "Running Pods" are not.
    expect(findings.filter((f) => f.rule === 'panel-units-rule').map((f) => f.message)).toEqual([
      expect.stringContaining('panel "Namespaces"'),
      expect.stringContaining('panel "Running Pods"'),
    ]);
    const promql = findings.find((f) => f.rule === 'target-promql-rule');
    expect(promql?.severity).toBe('warning');
    expect(promql?.message).toContain('(a warning by .lint: Being rewritten.)');
    // target-job-rule is opt-in: only queries without job=~"$job" are reported.
    expect(rules['target-job-rule']).toBeGreaterThan(0);
    expect(lintDashboards(head, undefined).some((f) => f.rule === 'target-job-rule')).toBe(false);
  });
});

describe('v2 dashboards', () => {
  // The v2beta1 twin of k8s-views-nodes, written by test/fixtures/dashboard-diff/model/classic-to-v2.py.
  const V2 = 'test/fixtures/dashboard-diff/model/k8s-views-nodes.v2.json';

  it('the v2 twin of a real dashboard gives the classic one’s findings', () => {
    const v2 = lintDashboards(sideOf(V2), undefined);
    const classic = lintDashboards(sideOf(dotdc('k8s-views-nodes')), undefined);
    expect(countByRule(v2)).toEqual(countByRule(classic));
    // Same findings; in line order, which differs (v2 puts variables first).
    expect(v2.map((f) => f.message).sort()).toEqual(classic.map((f) => f.message).sort());
  });

  it('an element no layout item shows, and a layout item whose element is gone', () => {
    const findings = introduced((json) => {
      const elements = obj(json['elements']);
      elements['panel-unused'] = structuredClone(elements['panel-7']);
      delete elements['panel-13'];
    }, V2);
    // In line order: `elements` comes before `layout` in the file.
    expect(findings.map((f) => [f.rule, f.severity, f.title])).toEqual([
      ['orphan-element', 'warning', 'Element not in the layout'],
      ['missing-element', 'error', 'Layout item without its element'],
    ]);
    expect(findings[0]?.message).toContain('Element "panel-unused"');
    expect(findings[1]?.message).toContain('element "panel-13"');
    expect(findings.every((f) => (f.line ?? 0) > 0)).toBe(true);
  });
});

describe('what is not new', () => {
  it('renaming a panel does not make its old findings new', () => {
    const findings = introduced((json) => {
      panelTitled(json, 'Nodes')['title'] = 'Node count';
    });
    expect(findings).toEqual([]);
  });

  it('renumbering every panel id does not either', () => {
    const findings = introduced((json) => {
      let id = 1000;
      for (const panel of arr(json['panels']).map(obj)) panel['id'] = id++;
    });
    expect(findings).toEqual([]);
  });
});

describe('duplicateDashboardUids', () => {
  it('reports a uid two dashboards of the head share, unless the base shared it already', () => {
    const global = sideOf(GLOBAL);
    const copy = sideOf(dotdc('k8s-views-nodes'), (json) => {
      json['uid'] = global.model.uid;
    });
    const nodes = sideOf(dotdc('k8s-views-nodes'));
    const findings = duplicateDashboardUids([global, copy], [global, nodes]);
    expect(findings.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['duplicate-dashboard-uid', 'error', dotdc('k8s-views-nodes')],
    ]);
    expect(duplicateDashboardUids([global, copy], [global, copy])).toEqual([]);
    expect(duplicateDashboardUids([global, nodes], [])).toEqual([]);
  });
});

describe('a Grafana 4-era dashboard (legacy rows, datasources by name)', () => {
  // Written for the model's tests in the shape of a schemaVersion 12 dashboard (see its SOURCES.md).
  const LEGACY = 'test/fixtures/dashboard-diff/model/legacy-rows.json';

  it('reports its AngularJS panels and its fixed rate window, not its repeat clone', () => {
    const findings = lintDashboards(sideOf(LEGACY), undefined);
    expect(
      findings
        .filter((f) => !/title-description|units|reload/u.test(f.rule ?? ''))
        .map((f) => [f.rule, f.title]),
    ).toEqual([
      ['angular-panel-migrated', 'AngularJS panel graph'],
      // "Requests" names its datasource "Prometheus": a fixed datasource beside $datasource.
      ['panel-datasource-rule', 'Panel without the templated datasource'],
      ['angular-panel-migrated', 'AngularJS panel singlestat'],
      ['angular-panel-migrated', 'AngularJS panel graph'],
      // `$datasource` is a Prometheus datasource variable, so CPU's query is checked…
      ['target-rate-interval-rule', 'rate() without $__rate_interval'],
      ['angular-panel-migrated', 'AngularJS panel grafana-piechart-panel'],
    ]);
    // …while "Requests" (datasource "Prometheus" by name: its type is not in the file) is not,
    // and the repeat clone of "CPU" (repeatPanelId) is Grafana's, not the author's.
    expect(
      findings.filter((f) => f.message.includes('"CPU"') && f.rule === 'target-rate-interval-rule'),
    ).toHaveLength(1);
  });
});
