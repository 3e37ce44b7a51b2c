/**
 * References to variables the dashboard does not define: Grafana leaves `$typo` in the query as
 * it is, so the panel queries for a label value "$typo" and shows no data; an undefined
 * datasource variable leaves the panel without a datasource.
 */
import { distance } from 'fastest-levenshtein';
import type { DashboardSide, DatasourceRef, JsonPath, PanelModel } from '../types.js';
import { findVariableReferences } from '../query/mask.js';
import {
  datasourceRefOf,
  datasourceVariable,
  isBuiltinVariable,
  isRecord,
  panelName,
  panelOf,
  sideNames,
  targetIndex,
  type LintFinding,
  type SideNames,
} from './context.js';

/** Query fields Grafana interpolates besides the query text. */
const INTERPOLATED_QUERY_FIELDS = ['legendFormat', 'interval'];

/** Variable fields that may reference other variables (chained variables). */
const INTERPOLATED_VARIABLE_FIELDS = ['query', 'definition', 'regex'];

function isDefined(name: string, names: SideNames): boolean {
  return isBuiltinVariable(name) || names.variables.has(name) || names.inputs.has(name);
}

/** Text values of a field that may be a string or a Grafana query object (`{ query: '…' }`). */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (isRecord(value))
    return Object.values(value).filter((v): v is string => typeof v === 'string');
  return [];
}

interface Place {
  what: string;
  source: JsonPath;
  panel?: PanelModel;
  targetIdx?: number;
}

/** Every reference to an undefined variable, one finding per variable and place. */
export function undefinedVariables(side: DashboardSide): LintFinding[] {
  const names = sideNames(side);
  const findings: LintFinding[] = [];
  const reported = new Set<string>();

  const checkText = (text: string | undefined, place: Place): void => {
    if (text === undefined) return;
    for (const reference of findVariableReferences(text)) {
      if (isDefined(reference.name, names)) continue;
      const key = `${place.panel?.key ?? ''}|${place.what}|${reference.name}`;
      if (reported.has(key)) continue;
      reported.add(key);
      findings.push({
        rule: 'undefined-variable',
        title: `Undefined variable $${reference.name}`,
        message: `${place.panel !== undefined ? `${panelName(place.panel)}: ` : ''}${place.what} uses ${reference.text}, but the dashboard defines no variable ${JSON.stringify(reference.name)}; Grafana leaves it as text.${suggestion(reference.name, names)}`,
        source: place.source,
        ...(place.panel !== undefined ? { panel: panelOf(place.panel) } : {}),
        ...(place.targetIdx !== undefined ? { targetIdx: place.targetIdx } : {}),
        subject: `${place.what}: $${reference.name}`,
      });
    }
  };

  const checkDatasource = (ref: DatasourceRef | undefined, place: Place): void => {
    const variable = datasourceVariable(ref);
    if (variable === undefined || isDefined(variable, names)) {
      // A uid that mixes text and variables (`prom-$env`) is checked as text.
      if (variable === undefined) checkText(ref?.uid, place);
      return;
    }
    const key = `${place.panel?.key ?? ''}|${place.what}|${variable}`;
    if (reported.has(key)) return;
    reported.add(key);
    findings.push({
      rule: 'undefined-datasource-variable',
      title: `Undefined datasource variable $${variable}`,
      message: `${place.panel !== undefined ? `${panelName(place.panel)}: ` : ''}${place.what} is ${JSON.stringify(ref?.uid)}, but the dashboard defines no variable ${JSON.stringify(variable)}: the query has no datasource.${suggestion(variable, names)}`,
      source: place.source,
      ...(place.panel !== undefined ? { panel: panelOf(place.panel) } : {}),
      ...(place.targetIdx !== undefined ? { targetIdx: place.targetIdx } : {}),
      subject: `${place.what}: $${variable}`,
    });
  };

  for (const row of side.model.rows) {
    checkText(row.title, { what: 'the row title', source: [...row.source, 'title'] });
    if (row.repeat !== undefined && !isDefined(row.repeat, names))
      checkText(`$${row.repeat}`, { what: 'the row repeat', source: [...row.source, 'repeat'] });
  }
  for (const panel of side.model.panels) {
    checkText(panel.title, { what: 'the title', source: [...panel.source, 'title'], panel });
    checkDatasource(panel.datasource, {
      what: 'the datasource',
      source: [...panel.source, 'datasource'],
      panel,
    });
    if (panel.repeat !== undefined && !isDefined(panel.repeat.variable, names))
      checkText(`$${panel.repeat.variable}`, {
        what: 'the repeat',
        source: [...panel.source, 'repeat'],
        panel,
      });
    for (const query of panel.queries) {
      const targetIdx = targetIndex(panel, query);
      const at = `query ${query.refId}`;
      checkText(query.expr, {
        what: at,
        source: [...query.source, query.exprField ?? 'expr'],
        panel,
        targetIdx,
      });
      for (const field of INTERPOLATED_QUERY_FIELDS) {
        const value = query.fields[field];
        if (typeof value === 'string')
          checkText(value, {
            what: `${at} ${field}`,
            source: [...query.source, field],
            panel,
            targetIdx,
          });
      }
      // The query's own datasource, when it names one (else it inherits the panel's, checked above).
      if (query.datasource !== undefined && query.datasource.uid !== panel.datasource?.uid)
        checkDatasource(query.datasource, {
          what: `${at} datasource`,
          source: [...query.source, 'datasource'],
          panel,
          targetIdx,
        });
    }
  }
  for (const variable of side.model.variables) {
    for (const field of INTERPOLATED_VARIABLE_FIELDS) {
      for (const text of texts(variable.fields[field]))
        checkText(text, {
          what: `variable ${variable.name} ${field}`,
          source: [...variable.source, field],
        });
    }
    const datasource = datasourceRefOf(variable.fields['datasource']);
    if (datasource?.uid !== undefined)
      checkDatasource(datasource, {
        what: `variable ${variable.name} datasource`,
        source: [...variable.source, 'datasource'],
      });
  }
  // Annotation queries: their query text and datasource.
  for (const annotation of side.model.annotations) {
    const what = `annotation ${JSON.stringify(annotation.name)}`;
    for (const field of ['expr', 'query', 'titleFormat', 'textFormat']) {
      for (const text of texts(annotation.fields[field]))
        checkText(text, { what: `${what} ${field}`, source: [...annotation.source, field] });
    }
    checkDatasource(datasourceRefOf(annotation.fields['datasource']), {
      what: `${what} datasource`,
      source: [...annotation.source, 'datasource'],
    });
  }
  return findings;
}

/** ` Did you mean $job?` when a defined variable is one edit away, else empty. */
function suggestion(name: string, names: SideNames): string {
  const lower = name.toLowerCase();
  for (const candidate of names.variables.keys()) {
    if (candidate.toLowerCase() === lower || distance(candidate, name) <= 1)
      return ` Did you mean $${candidate}?`;
  }
  return '';
}
