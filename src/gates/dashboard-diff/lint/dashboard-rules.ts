/**
 * grafana/dashboard-linter's dashboard, template and panel rules (the target rules are in
 * promql.ts), under its rule names. Where the linter's check would misfire it is narrowed, and
 * the doc comment of each says how.
 */
import type { DashboardSide, PanelModel, VariableModel } from '../types.js';
import {
  datasourceVariable,
  isRecord,
  panelName,
  panelOf,
  sideNames,
  sourceValue,
  type LintFinding,
  type SideNames,
} from './context.js';

/** Panel types the linter's panel rules look at (after migration: graph is timeseries, singlestat is stat). */
const DATA_PANELS = new Set(['stat', 'singlestat', 'graph', 'table', 'timeseries', 'gauge']);

/** Datasources that are no data source to template: Grafana's built-ins, expressions, mixed. */
function isSpecialDatasource(uid: string | undefined, type: string | undefined): boolean {
  return (
    type === 'datasource' ||
    type === '__expr__' ||
    uid === '__expr__' ||
    uid === 'grafana' ||
    uid === '-- Grafana --' ||
    uid === '-- Mixed --' ||
    uid === '-- Dashboard --'
  );
}

function datasourceVariables(side: DashboardSide): VariableModel[] {
  return side.model.variables.filter((v) => v.type === 'datasource');
}

/**
 * template-datasource-rule: the dashboard has a datasource variable, named `datasource` when it
 * is the only one, else `<type>_datasource` (`prometheus_datasource`). The linter's label check
 * is left out: Grafana shows the name when there is no label.
 */
function templateDatasource(side: DashboardSide): LintFinding[] {
  const variables = datasourceVariables(side);
  if (variables.length === 0) {
    // A dashboard without queries (text, news, links) has no datasource to template.
    if (side.model.panels.every((p) => p.queries.length === 0)) return [];
    return [
      {
        rule: 'template-datasource-rule',
        title: 'No datasource variable',
        message: `The dashboard has no datasource variable: its panels are tied to one datasource uid, so it cannot be pointed at another Prometheus (or imported where that uid differs).`,
        source: ['templating'],
        subject: 'missing',
      },
    ];
  }
  const findings: LintFinding[] = [];
  for (const variable of variables) {
    const query = typeof variable.fields['query'] === 'string' ? variable.fields['query'] : '';
    const allowed = [
      `${query.toLowerCase()}_datasource`,
      ...(variables.length === 1 ? ['datasource'] : []),
    ];
    if (allowed.includes(variable.name)) continue;
    findings.push({
      rule: 'template-datasource-rule',
      title: `Datasource variable ${variable.name}`,
      message: `The datasource variable ${JSON.stringify(variable.name)} should be named ${allowed.map((a) => JSON.stringify(a)).join(' or ')}, as dashboards conventionally name it.`,
      source: [...variable.source, 'name'],
      subject: variable.name,
    });
  }
  return findings;
}

/**
 * template-job-rule and template-instance-rule (opt-in): a Prometheus dashboard has a `job`
 * (`instance`) query variable, multi-valued with an All option of `.+`.
 */
function templateLabel(
  side: DashboardSide,
  names: SideNames,
  label: 'job' | 'instance',
): LintFinding[] {
  const rule = label === 'job' ? 'template-job-rule' : 'template-instance-rule';
  const prometheus = datasourceVariables(side).some((v) => v.fields['query'] === 'prometheus');
  if (!prometheus) return [];
  const variable = names.variables.get(label);
  const problems: string[] = [];
  if (variable === undefined) problems.push(`has no ${label} variable`);
  else {
    if (variable.type !== 'query')
      problems.push(`${label} variable is a ${variable.type} variable, not a query`);
    if (variable.fields['multi'] !== true) problems.push(`${label} variable is not multi-valued`);
    if (variable.fields['includeAll'] !== true)
      problems.push(`${label} variable has no All option`);
    else if (variable.fields['allValue'] !== '.+')
      problems.push(`${label} variable's All value is not ".+"`);
  }
  return problems.map((problem) => ({
    rule,
    title: `Template ${label}`,
    message: `The dashboard ${problem}.`,
    source: variable === undefined ? ['templating'] : variable.source,
    subject: problem,
  }));
}

/**
 * template-on-time-change-reload-rule: query variables refresh on time range change (Grafana's
 * `refresh: 2`), so their values follow the series that exist in the range shown.
 */
function reloadOnTimeChange(side: DashboardSide): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const variable of side.model.variables) {
    if (variable.type !== 'query') continue;
    const refresh = variable.fields['refresh'];
    if (refresh === 2 || refresh === 'onTimeRangeChanged') continue;
    findings.push({
      rule: 'template-on-time-change-reload-rule',
      title: `Variable ${variable.name} not reloaded on time change`,
      message: `Variable ${variable.name} refreshes ${refresh === 1 || refresh === 'onDashboardLoad' ? 'on dashboard load' : 'never'}, not on time range change: its values can name series that do not exist in the range shown.`,
      source: [...variable.source, 'refresh'],
      subject: variable.name,
    });
  }
  return findings;
}

/**
 * panel-datasource-rule: every query of a data panel uses a datasource variable. Reported only
 * when the dashboard has one: without it, template-datasource-rule says so once.
 */
function panelDatasource(side: DashboardSide, names: SideNames): LintFinding[] {
  const templated = new Set(datasourceVariables(side).map((v) => v.name));
  if (templated.size === 0) return [];
  const findings: LintFinding[] = [];
  for (const panel of side.model.panels) {
    if (!DATA_PANELS.has(panel.type)) continue;
    const fixed = [...panel.queries.map((q) => q.datasource), panel.datasource].find((ref) => {
      if (ref === undefined || isSpecialDatasource(ref.uid, ref.type)) return false;
      const variable = datasourceVariable(ref);
      // An undefined variable is undefined-datasource-variable's finding, not this one's.
      if (variable !== undefined && !names.variables.has(variable)) return false;
      return variable === undefined || (!templated.has(variable) && !names.inputs.has(variable));
    });
    if (fixed === undefined) continue;
    findings.push({
      rule: 'panel-datasource-rule',
      title: 'Panel without the templated datasource',
      message: `${panelName(panel)} uses datasource ${JSON.stringify(fixed.uid ?? fixed.type ?? '')}, not the dashboard's datasource variable ($${[...templated].join(', $')}).`,
      source: [...panel.source, 'datasource'],
      panel: panelOf(panel),
      subject: 'datasource',
    });
  }
  return findings;
}

/** A panel's saved setting: the model's canonical fields, else the source (v2 keeps it under vizConfig). */
function panelSetting(side: DashboardSide, panel: PanelModel, key: string): unknown {
  const raw = sourceValue(side, panel.source);
  if (isRecord(raw)) {
    if (key in raw) return raw[key];
    const spec = isRecord(raw['spec']) ? raw['spec'] : undefined;
    const viz = spec !== undefined && isRecord(spec['vizConfig']) ? spec['vizConfig'] : undefined;
    const vizSpec = viz !== undefined && isRecord(viz['spec']) ? viz['spec'] : undefined;
    if (spec !== undefined && key in spec) return spec[key];
    if (vizSpec !== undefined && key in vizSpec) return vizSpec[key];
  }
  return panel.fields[key];
}

/** panel-title-description-rule: data panels have a title and a description (the panel's (i) tooltip). */
function titleDescription(side: DashboardSide): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const panel of side.model.panels) {
    if (!DATA_PANELS.has(panel.type)) continue;
    const description = panelSetting(side, panel, 'description');
    const missing = [
      panel.title.trim() === '' ? 'a title' : undefined,
      typeof description !== 'string' || description.trim() === '' ? 'a description' : undefined,
    ].filter((m): m is string => m !== undefined);
    if (missing.length === 0) continue;
    findings.push({
      rule: 'panel-title-description-rule',
      title: `Panel without ${missing.join(' or ')}`,
      message: `${panelName(panel)} has no ${missing.join(' and no ').replace(/\ba /gu, '')}: readers get no hint of what it shows.`,
      source: panel.source,
      panel: panelOf(panel),
      subject: missing.join(','),
    });
  }
  return findings;
}

/**
 * panel-units-rule: data panels set a unit (in the defaults or an override). Only a missing unit
 * is reported: Grafana shows an id it does not know (`read/s`) as a custom suffix, so the linter's
 * "invalid unit" would be wrong. Skipped where no number is shown with a unit: panels with value
 * mappings, stat panels that show non-numeric fields or only the series name (`textMode: name`),
 * tables whose transformations hide the value column.
 */
function units(side: DashboardSide): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const panel of side.model.panels) {
    if (!DATA_PANELS.has(panel.type)) continue;
    const fieldConfig = recordOf(panelSetting(side, panel, 'fieldConfig'));
    const defaults = recordOf(fieldConfig['defaults']);
    if (Array.isArray(defaults['mappings']) && defaults['mappings'].length > 0) continue;
    const options = recordOf(panelSetting(side, panel, 'options'));
    const fields = recordOf(options['reduceOptions'])['fields'];
    if (panel.type === 'stat') {
      if (typeof fields === 'string' && fields !== '' && fields !== 'Numeric') continue;
      if (options['textMode'] === 'name' || options['textMode'] === 'none') continue;
    }
    if (panel.type === 'table' && dropsValueField(panelSetting(side, panel, 'transformations')))
      continue;
    const overrides = Array.isArray(fieldConfig['overrides']) ? fieldConfig['overrides'] : [];
    const overrideUnit = overrides.some((o) => {
      const properties = recordOf(o)['properties'];
      return (
        Array.isArray(properties) &&
        properties.some((p) =>
          isUnit(recordOf(p)['id'] === 'unit' ? recordOf(p)['value'] : undefined),
        )
      );
    });
    if (isUnit(defaults['unit']) || overrideUnit) continue;
    findings.push({
      rule: 'panel-units-rule',
      title: 'Panel without a unit',
      message: `${panelName(panel)} sets no unit: values show as bare numbers.`,
      source: [...panel.source, 'fieldConfig'],
      panel: panelOf(panel),
      subject: 'no unit',
    });
  }
  return findings;
}

/**
 * Whether a table's transformations hide Prometheus' `Value` column (an `organize` that excludes
 * it, a `filterFieldsByName` that keeps only labels): the table lists labels, and no number is
 * shown to carry a unit.
 */
function dropsValueField(transformations: unknown): boolean {
  if (!Array.isArray(transformations)) return false;
  return transformations.some((t) => {
    const options = recordOf(recordOf(t)['options']);
    if (recordOf(t)['id'] === 'organize')
      return recordOf(options['excludeByName'])['Value'] === true;
    if (recordOf(t)['id'] === 'filterFieldsByName') {
      const names = recordOf(options['include'])['names'];
      return Array.isArray(names) && !names.includes('Value');
    }
    return false;
  });
}

function isUnit(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** panel-no-targets-rule: data panels have queries (library panels keep theirs in the library). */
function noTargets(side: DashboardSide): LintFinding[] {
  return side.model.panels
    .filter(
      (p) => DATA_PANELS.has(p.type) && p.libraryPanel === undefined && p.queries.length === 0,
    )
    .map((panel) => ({
      rule: 'panel-no-targets-rule' as const,
      title: 'Panel without queries',
      message: `${panelName(panel)} has no queries: it shows "No data".`,
      source: panel.source,
      panel: panelOf(panel),
      subject: 'targets',
    }));
}

/** uneditable-dashboard (opt-in): `editable: false`, so the UI cannot drift from the code. */
function uneditable(side: DashboardSide): LintFinding[] {
  const editable = side.model.settings['editable'];
  if (editable === false) return [];
  return [
    {
      rule: 'uneditable-dashboard',
      title: 'Dashboard editable in the UI',
      message:
        'The dashboard is editable in Grafana: edits made there drift from this file. Set `editable: false`.',
      source: ['editable'],
      subject: 'editable',
    },
  ];
}

/** The dashboard-linter rules of one side; `enabled` says which opt-in rules run. */
export function dashboardRuleFindings(
  side: DashboardSide,
  enabled: ReadonlySet<string>,
): LintFinding[] {
  const names = sideNames(side);
  return [
    ...templateDatasource(side),
    ...(enabled.has('template-job-rule') ? templateLabel(side, names, 'job') : []),
    ...(enabled.has('template-instance-rule') ? templateLabel(side, names, 'instance') : []),
    ...reloadOnTimeChange(side),
    ...panelDatasource(side, names),
    ...titleDescription(side),
    ...units(side),
    ...noTargets(side),
    ...(enabled.has('uneditable-dashboard') ? uneditable(side) : []),
  ];
}
