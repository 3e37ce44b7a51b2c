import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MaskNumbers,
  findVariableReferences,
  maskGrafanaVariables,
} from '../../../src/gates/dashboard-diff/query/mask.js';
import { checkPromQL } from '../../../src/gates/prom-lint/promql/index.js';

const DOTDC = 'test/fixtures/dashboard-diff/dotdc';

/** Every `expr` string of a dashboard JSON value, wherever it sits (panels, rows, annotations). */
function exprsOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) exprsOf(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'expr' && typeof child === 'string') found.push(child);
      else exprsOf(child, found);
    }
  }
  return found;
}

describe('findVariableReferences', () => {
  it('reads every syntax Grafana accepts, with format and field', () => {
    const refs = findVariableReferences(
      'a $job ${pod} ${node:regex} [[ns]] [[ns:pipe]] ${__field.labels.pod} ${__from:date:iso}',
    );
    expect(refs.map((r) => [r.name, r.format, r.field])).toEqual([
      ['job', undefined, undefined],
      ['pod', undefined, undefined],
      ['node', 'regex', undefined],
      ['ns', undefined, undefined],
      ['ns', 'pipe', undefined],
      ['__field', undefined, 'labels.pod'],
      ['__from', 'date:iso', undefined],
    ]);
  });
});

describe('maskGrafanaVariables', () => {
  it.each([
    // A range, a subquery step, an offset: durations.
    ['rate(x[$__rate_interval])', 'rate(x[7700001s])'],
    ['max_over_time(x[$__range:$__interval])', 'max_over_time(x[7700001s:7700002s])'],
    ['x offset $shift', 'x offset 7700001s'],
    // A variable followed by a unit is the number of a duration.
    ['rate(x[${__range_s}s])', 'rate(x[7700001s])'],
    // Numbers where PromQL wants a scalar.
    ['x @ ${__to}', 'x @ 7700001'],
    ['topk($k, x)', 'topk(7700001, x)'],
    ['sum(x) / $__range_s', 'sum(x) / 7700001'],
    // Inside strings: text; the format is kept apart.
    [
      'x{job=~"$job", pod=~"${pod:regex}"}',
      'x{job=~"__grafana_var_job", pod=~"__grafana_var_pod__regex"}',
    ],
    // A metric or label name: an identifier, joined to the rest of the name.
    ['${prefix}_requests_total', '__grafana_var_prefix_requests_total'],
    ['sum by ($group) (x)', 'sum by (__grafana_var_group) (x)'],
    ['[[metric]]{a="b"}', '__grafana_var_metric{a="b"}'],
    // Grafana 11's auto interval and an interval variable's auto value.
    ['rate(x[$__auto])', 'rate(x[7700001s])'],
    ['rate(x[$__auto_interval_step])', 'rate(x[7700001s])'],
    // A `#` comment is not masked (it is no query text).
    ['x # by $job', 'x # by __grafana_var_job'],
  ])('%s → %s', (query, masked) => {
    expect(maskGrafanaVariables(query).text).toBe(masked);
  });

  it('keeps different variables different and the same variable the same', () => {
    const numbers = new MaskNumbers();
    const a = maskGrafanaVariables('rate(x[$__rate_interval]) + rate(y[$__interval])', numbers);
    const b = maskGrafanaVariables('rate(y[${__interval}])', numbers);
    expect(a.text).toBe('rate(x[7700001s]) + rate(y[7700002s])');
    expect(b.text).toBe('rate(y[7700002s])');
  });

  it('never uses a number the texts already hold', () => {
    const query = 'rate(x[$__rate_interval]) > 7700001';
    expect(maskGrafanaVariables(query).text).toBe('rate(x[7700002s]) > 7700001');
  });

  it('leaves a query without variables alone', () => {
    const query = 'sum(rate(x{a="$ not a var"}[5m]))';
    expect(maskGrafanaVariables('sum(rate(x[5m]))')).toEqual({
      text: 'sum(rate(x[5m]))',
      variables: [],
    });
    // `$ ` is no variable (Grafana needs a word character after the dollar).
    expect(maskGrafanaVariables(query).text).toBe(query);
  });

  it('masks every expr of the real dotdc dashboards to PromQL that prom-lint accepts', () => {
    let checked = 0;
    const rejected: string[] = [];
    for (const file of readdirSync(DOTDC).filter((name) => name.endsWith('.json'))) {
      const dashboard: unknown = JSON.parse(readFileSync(join(DOTDC, file), 'utf8'));
      for (const expr of exprsOf(dashboard)) {
        checked += 1;
        const masked = maskGrafanaVariables(expr);
        const diagnostics = checkPromQL(masked.text);
        if (diagnostics.length > 0)
          rejected.push(`${file}: ${expr} → ${diagnostics.map((d) => d.message).join('; ')}`);
      }
    }
    expect(rejected).toEqual([]);
    // 8 dashboards, a few hundred queries with $cluster, $__rate_interval, ${created_by}.*…
    expect(checked).toBeGreaterThan(250);
  });

  it('unmasked, the same real queries do not parse (the masking is what makes them valid)', () => {
    const file = join(DOTDC, 'k8s-views-global.json');
    const exprs = exprsOf(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    const withRange = exprs.filter((e) => e.includes('[$__rate_interval]'));
    expect(withRange.length).toBeGreaterThan(0);
    for (const expr of withRange) expect(checkPromQL(expr).length).toBeGreaterThan(0);
  });
});
