import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  equivalentQueries,
} from '../../../src/gates/dashboard-diff/query/equivalent.js';

const HISTORY = 'test/fixtures/dashboard-diff/dotdc-history';

/** A real query of the dotdc "Kubernetes / Views / Global" dashboard. */
function realQuery(): string {
  const text = readFileSync('test/fixtures/dashboard-diff/dotdc/k8s-views-global.json', 'utf8');
  const match = /"expr": ("sum\(rate\(container_cpu_usage_seconds_total(?:[^"\\]|\\.)*")/u.exec(
    text,
  );
  if (match?.[1] === undefined) throw new Error('the fixture no longer holds the query');
  return String(JSON.parse(match[1]));
}

describe('equivalentQueries on PromQL', () => {
  it.each([
    ['whitespace', 'sum(rate(x{a="1",b="2"}[5m]))', 'sum(\n  rate( x{a="1", b="2"} [5m] )\n)'],
    ['label-matcher order', 'x{a="1", b="$job"}', 'x{b="$job", a="1"}'],
    ['by label order', 'sum by (a, b) (x)', 'sum by (b,a) (x)'],
    ['by clause placement', 'sum(x) by (a)', 'sum by (a) (x)'],
    ['$var and ${var}', 'x{job="$job"}[$__rate_interval]', 'x{job="${job}"}[${__rate_interval}]'],
    ['[[var]] and $var', 'x{job="[[job]]"}', 'x{job="$job"}'],
    ['quotes', `x{a='1'}`, 'x{a="1"}'],
    ['redundant parentheses', '(sum(x))', 'sum(x)'],
  ])('%s is no change', (_name, before, after) => {
    expect(equivalentQueries(before, after, 'prometheus')).toBe(true);
  });

  it.each([
    ['different variables', 'x{job="$job"}', 'x{job="$instance"}'],
    ['a variable format', 'x{pod=~"$pod"}', 'x{pod=~"${pod:regex}"}'],
    ['different ranges', 'rate(x[5m])', 'rate(x[1m])'],
    ['$__rate_interval against 5m', 'rate(x[$__rate_interval])', 'rate(x[5m])'],
    ['$__rate_interval against $__interval', 'rate(x[$__rate_interval])', 'rate(x[$__interval])'],
    ['by against without', 'sum by (a) (x)', 'sum without (a) (x)'],
    ['a label value', 'x{a="1"}', 'x{a="2"}'],
    ['a function', 'rate(x[5m])', 'irate(x[5m])'],
    ['a threshold', 'x > 80', 'x > 90'],
    ['a range variable against its number form', 'rate(x[$r])', 'rate(x[${r}s])'],
  ])('%s is a change', (_name, before, after) => {
    expect(equivalentQueries(before, after, 'prometheus')).toBe(false);
  });

  it('a real dashboard query reformatted and its matchers reordered is no change', () => {
    const query = realQuery();
    const reformatted = query
      .replace(
        /\{([^{}]*)\}/gu,
        (_m, inner: string) => `{ ${inner.split(',').reverse().join(' , ')} }`,
      )
      .replace(/\(/gu, '(\n  ');
    expect(reformatted).not.toBe(query);
    expect(equivalentQueries(query, reformatted, 'prometheus')).toBe(true);
    expect(equivalentQueries(query, query.replace('$cluster', '$namespace'), 'prometheus')).toBe(
      false,
    );
  });

  it('a placeholder never equals a literal the author wrote', () => {
    // $__rate_interval masks to a number that neither text contains.
    expect(equivalentQueries('rate(x[$__rate_interval])', 'rate(x[7700001s])', 'prometheus')).toBe(
      false,
    );
  });

  it('tries PromQL when the datasource type is unknown', () => {
    expect(equivalentQueries('sum by (a,b) (x)', 'sum by (b,a) (x)')).toBe(true);
    expect(equivalentQueries('sum by (a,b) (x)', 'sum by (b,a) (x)', 'mysql')).toBe(false);
  });

  it('unparseable PromQL falls back to whitespace-collapsed text', () => {
    expect(equivalentQueries('sum( x', 'sum(  \n x', 'prometheus')).toBe(true);
    expect(equivalentQueries('sum(x', 'sum(y', 'prometheus')).toBe(false);
  });
});

describe('equivalentQueries on other query languages', () => {
  it('SQL: whitespace outside quotes is no change, inside quotes it is', () => {
    expect(
      equivalentQueries(
        'SELECT a,\n  b FROM t',
        'SELECT a, b\n FROM t',
        'grafana-postgresql-datasource',
      ),
    ).toBe(true);
    expect(equivalentQueries('SELECT a,  b FROM t', 'SELECT a,\n\tb\nFROM   t', 'mysql')).toBe(
      true,
    );
    expect(equivalentQueries(`SELECT 'a  b'`, `SELECT 'a b'`, 'mysql')).toBe(false);
  });

  it('SQL with a line comment keeps its line breaks', () => {
    expect(collapseWhitespace('-- total\nSELECT  1')).toBe('-- total\nSELECT 1');
    expect(equivalentQueries('-- total\nSELECT 1', '-- total SELECT 1', 'mysql')).toBe(false);
  });

  it('LogQL: spacing around the pipeline is no change, inside the filter string it is', () => {
    expect(equivalentQueries('{job="a"}  |=  "x y"', '{job="a"} |= "x y"', 'loki')).toBe(true);
    expect(equivalentQueries('{job="a"} |= "x  y"', '{job="a"} |= "x y"', 'loki')).toBe(false);
  });
});

describe('equivalentQueries on the real revision history', () => {
  /** `panel title/refId` → expr of every query of a dashboard JSON (nested rows included). */
  function queriesOf(
    value: unknown,
    panel = '',
    out = new Map<string, string>(),
  ): Map<string, string> {
    if (Array.isArray(value)) for (const item of value) queriesOf(item, panel, out);
    else if (typeof value === 'object' && value !== null) {
      const record = Object.fromEntries(Object.entries(value));
      const title =
        typeof record['title'] === 'string' && 'gridPos' in record ? record['title'] : panel;
      if (typeof record['expr'] === 'string' && typeof record['refId'] === 'string')
        out.set(`${title}/${record['refId']}`, record['expr']);
      for (const child of Object.values(record)) queriesOf(child, title, out);
    }
    return out;
  }

  it('every query a real commit changed is a change; every query reformatted is not', () => {
    let changed = 0;
    for (const name of ['k8s-views-global', 'k8s-views-nodes']) {
      const dir = join(HISTORY, name);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort();
      for (const [i, head] of files.slice(0, -1).entries()) {
        const before = queriesOf(JSON.parse(readFileSync(join(dir, files[i + 1] ?? ''), 'utf8')));
        const after = queriesOf(JSON.parse(readFileSync(join(dir, head), 'utf8')));
        for (const [key, text] of before) {
          const next = after.get(key);
          if (next === undefined) continue;
          // Reformatted: every space doubled and the matchers' order reversed.
          const reformatted = text
            .replace(
              /\{([^{}]*)\}/gu,
              (_m, inner: string) => `{${inner.split(', ').reverse().join(' ,  ')}}`,
            )
            .replace(/ /gu, '  ');
          expect(equivalentQueries(text, reformatted, 'prometheus'), `${key}: ${text}`).toBe(true);
          if (next === text) continue;
          changed += 1;
          expect(equivalentQueries(text, next, 'prometheus'), `${name}/${head} ${key}`).toBe(false);
        }
      }
    }
    // The histories change dozens of queries (job matchers added, Windows series joined…).
    expect(changed).toBeGreaterThan(40);
  });
});
