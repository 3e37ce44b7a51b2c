import { describe, expect, it } from 'vitest';
import type { LintOptions } from '../../src/gates/prom-lint/lint.js';
import { defaultPromLintSettings } from '../../src/gates/prom-lint/settings.js';
import { corpusFindingsOf, findingsOf, oneRuleFile, realRuleFiles } from './rule-files.js';

const CHECK = 'promql/short-range';

const { alert } = oneRuleFile('api', 'HighErrorRate');

/** Lint options with the given scrape interval. */
const at = (seconds: number): LintOptions => ({
  settings: { ...defaultPromLintSettings, scrapeInterval: seconds },
});

const PREFIX = 'group "api", rule 1, "HighErrorRate": ';

describe('promql/short-range', () => {
  it('warns on a range under 4x the scrape interval, on the range text', () => {
    // `[30s]` starts at offset 24 of the expression: column 16 + 24.
    expect(findingsOf(CHECK, alert('rate(http_requests_total[30s]) > 10'))).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 5,
        column: 40,
        endLine: 5,
        endColumn: 45,
        check: 'promql/short-range',
        message:
          PREFIX +
          '[30s] is less than 4× the 15s scrape interval: one missed or late scrape leaves ' +
          'rate() a single sample and it returns nothing; use a range of at least 1m',
      },
    ]);
  });

  it('says the range often returns nothing under 2x the scrape interval', () => {
    expect(findingsOf(CHECK, alert('increase(http_requests_total[20s]) > 10'))).toEqual([
      expect.objectContaining({
        column: 44,
        endColumn: 49,
        message:
          PREFIX +
          'increase() needs two samples in its range, but [20s] is less than twice the 15s ' +
          'scrape interval, so it often holds only one and increase() returns nothing; ' +
          'use a range of at least 1m',
      }),
    ]);
  });

  it('says changes() and resets() report 0 rather than nothing', () => {
    const [finding] = findingsOf(CHECK, alert('changes(process_start_time_seconds[15s]) > 0'));
    expect(finding?.message).toContain('changes() reports 0 whatever happened');
    const [reset] = findingsOf(CHECK, alert('resets(http_requests_total[45s]) > 0'));
    expect(reset?.message).toContain('leaves resets() a single sample and it reports 0');
  });

  it.each([
    ['irate(http_requests_total[30s])'],
    ['delta(node_temperature_celsius[30s])'],
    ['idelta(node_temperature_celsius[30s])'],
    ['deriv(node_filesystem_free_bytes[30s])'],
    ['predict_linear(node_filesystem_free_bytes[30s], 3600) < 0'],
    ['changes(kube_pod_container_status_restarts_total[30s])'],
    ['resets(http_requests_total[30s])'],
  ])('flags %s', (expr) => {
    expect(findingsOf(CHECK, alert(expr))).toHaveLength(1);
  });

  it.each([
    // 4x a 15 s scrape interval, and longer.
    ['rate(http_requests_total[1m])'],
    ['rate(http_requests_total[5m])'],
    ['deriv(node_filesystem_free_bytes[1h])'],
    ['increase(http_requests_total[1h30m])'],
    // One sample is enough for these.
    ['max_over_time(node_load1[15s])'],
    ['avg_over_time(node_load1[30s])'],
    ['last_over_time(up[15s])'],
    ['absent_over_time(up{job="api"}[15s])'],
    ['count_over_time(up[30s])'],
    // A subquery: the inner range is long enough and max_over_time() needs one sample.
    ['max_over_time(rate(http_requests_total[5m])[10m:30s])'],
    // Two subquery steps longer than the scrape interval: two samples every time.
    ['rate(job:requests:sum[10m:5m])'],
  ])('does not flag %s', (expr) => {
    expect(findingsOf(CHECK, alert(expr))).toEqual([]);
  });

  it('looks through offset and @, which move the range without changing its length', () => {
    expect(findingsOf(CHECK, alert('rate(http_requests_total[5m] offset 30s)'))).toEqual([]);
    expect(findingsOf(CHECK, alert('rate(http_requests_total[5m] @ 1700000000)'))).toEqual([]);
    expect(findingsOf(CHECK, alert('rate(http_requests_total[20s] offset 1h) > 0'))).toEqual([
      expect.objectContaining({ line: 5, column: 40, endColumn: 45 }),
    ]);
    expect(
      findingsOf(CHECK, alert('rate(http_requests_total[30s] @ end() offset 5m) > 0')),
    ).toEqual([expect.objectContaining({ column: 40, endColumn: 45 })]);
  });

  it('judges a subquery range against the larger of its step and the scrape interval', () => {
    // One step of 1 m in a 1 m range: a single point, every time.
    expect(findingsOf(CHECK, alert('rate(job:requests:sum[1m:1m]) > 0'))).toEqual([
      expect.objectContaining({
        column: 37,
        endColumn: 44,
        message:
          PREFIX +
          "rate() needs two samples in its range, but [1m:1m] is less than twice the subquery's " +
          '1m step, so it often holds only one and rate() returns nothing; use a range of at least 2m',
      }),
    ]);
    // Steps shorter than the scrape interval repeat the same scraped values.
    expect(findingsOf(CHECK, alert('deriv(node_load1[30s:5s]) > 0'))).toEqual([
      expect.objectContaining({
        column: 32,
        endColumn: 40,
        message: expect.stringContaining('[30s:5s] is less than 4× the 15s scrape interval'),
      }),
    ]);
    // No step (the global evaluation interval): scraped values still change once per scrape.
    expect(findingsOf(CHECK, alert('deriv(node_load1[45s:])'))).toEqual([
      expect.objectContaining({ column: 32, endColumn: 38 }),
    ]);
  });

  it('follows the configured scrape interval', () => {
    const expr = alert('rate(http_requests_total[1m]) > 10');
    expect(findingsOf(CHECK, expr, at(15))).toEqual([]);
    expect(findingsOf(CHECK, expr, at(30))).toEqual([
      expect.objectContaining({
        message:
          PREFIX +
          '[1m] is less than 4× the 30s scrape interval: one missed or late scrape leaves ' +
          'rate() a single sample and it returns nothing; use a range of at least 2m',
      }),
    ]);
    expect(findingsOf(CHECK, expr, at(60))[0]?.message).toContain(
      '[1m] is less than twice the 1m scrape interval',
    );
    expect(findingsOf(CHECK, alert('rate(http_requests_total[2m])'), at(45))[0]?.message).toContain(
      'use a range of at least 3m',
    );
    expect(
      findingsOf(CHECK, alert('rate(http_requests_total[1m])'), at(22.5))[0]?.message,
    ).toContain('the 22s500ms scrape interval');
  });

  it('finds every range of a rule, recording rules included, at their place in a block scalar', () => {
    const lines = [
      'groups:',
      '  - name: api',
      '    rules:',
      '      - record: job:http_errors:ratio_rate30s',
      '        expr: |',
      '          sum by (job) (rate(http_errors_total[30s]))',
      '            /',
      '          sum by (job) (rate(http_requests_total[20s]))',
    ];
    expect(
      findingsOf(CHECK, lines).map((f) => [f.line, f.column, f.endLine, f.endColumn, f.message]),
    ).toEqual([
      [
        6,
        47,
        6,
        52,
        'group "api", rule 1, "job:http_errors:ratio_rate30s": [30s] is less than 4× the 15s ' +
          'scrape interval: one missed or late scrape leaves rate() a single sample and it ' +
          'returns nothing; use a range of at least 1m',
      ],
      [8, 49, 8, 54, expect.stringContaining('but [20s] is less than twice')],
    ]);
  });
});

describe('promql/short-range on the real corpus', () => {
  /** awesome-prometheus-alerts and Prometheus' own rule test data, as copied in the fixtures. */
  function corpusFindings(options: LintOptions): string[] {
    return corpusFindingsOf(CHECK, realRuleFiles(), options).map(
      (f) => `${f.file}:${f.line} ${f.message.slice(f.message.indexOf('": ') + 3)}`,
    );
  }

  it('finds nothing at the default 15 s scrape interval', () => {
    // Reviewed: the corpus' shortest ranges are [1m] (192 of them), exactly 4x 15 s.
    expect(corpusFindings({})).toEqual([]);
  });

  it('flags the [1m] ranges of two-sample functions at a 30 s scrape interval', () => {
    const found = corpusFindings(at(30));
    // Reviewed by function: every one is a two-sample function over [1m], which at a 30 s scrape
    // holds two samples only while every scrape lands: true positives for a team scraping every
    // 30 s. The [1m] ranges of max_over_time() (3) and min_over_time() (2) are rightly not flagged.
    expect(found.every((f) => f.includes('[1m] is less than 4× the 30s scrape interval'))).toBe(
      true,
    );
    const byFunction: Record<string, number> = {};
    for (const f of found) {
      const name = /leaves (\w+)\(\)/.exec(f)?.[1] ?? 'unknown';
      byFunction[name] = (byFunction[name] ?? 0) + 1;
    }
    expect(byFunction).toEqual({ rate: 141, increase: 26, changes: 8, delta: 5, deriv: 1 });
  });
});
