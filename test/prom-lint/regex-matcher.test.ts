import { describe, expect, it } from 'vitest';
import { corpusFindingsOf, findingsOf, oneRuleFile, realRuleFiles } from './rule-files.js';

const CHECK = 'promql/regex-matcher';

const { alert } = oneRuleFile('api', 'HighErrorRate');

const PREFIX = 'group "api", rule 1, "HighErrorRate": ';

/** The message of the only finding for an expression, without the rule prefix. */
function adviceFor(expr: string): string | undefined {
  const findings = findingsOf(CHECK, alert(expr));
  expect(findings.length).toBeLessThanOrEqual(1);
  return findings[0]?.message.replace(PREFIX, '');
}

describe('promql/regex-matcher', () => {
  it('flags a regex matcher whose value is plain text, on the matcher', () => {
    // `job=~"api"` starts at offset 20 of the expression: column 16 + 20.
    expect(findingsOf(CHECK, alert('http_requests_total{job=~"api"} > 10'))).toEqual([
      {
        severity: 'warning',
        file: 'rules.yml',
        line: 5,
        column: 36,
        endLine: 5,
        endColumn: 46,
        check: 'promql/regex-matcher',
        message:
          PREFIX +
          'job=~"api" needs no regex: Prometheus anchors regex matchers at both ends, so it ' +
          'matches exactly "api"; use job="api" (or job=~"api.*" if longer values were meant)',
      },
    ]);
  });

  it.each([
    [
      'up{job!~"api"} == 0',
      'job!~"api" needs no regex: Prometheus anchors regex matchers at both ends, so it ' +
        'excludes exactly "api"; use job!="api" (or job!~"api.*" if longer values were meant)',
    ],
    [
      'up{job=~"^api$"} == 0',
      'job=~"^api$" needs no regex: Prometheus anchors regex matchers at both ends, so it ' +
        'matches exactly "api"; use job="api"',
    ],
    [
      'up{job!~"^api"} == 0',
      'job!~"^api" needs no regex: Prometheus anchors regex matchers at both ends, so it ' +
        'excludes exactly "api"; use job!="api"',
    ],
    // An escaped metacharacter is literal text: the equality matcher takes it unescaped.
    [
      'up{instance=~"db1\\\\.example\\\\.com:9100"} == 0',
      'instance=~"db1\\\\.example\\\\.com:9100" needs no regex: Prometheus anchors regex matchers ' +
        'at both ends, so it matches exactly "db1.example.com:9100"; use ' +
        'instance="db1.example.com:9100" (or instance=~"db1\\\\.example\\\\.com:9100.*" if longer ' +
        'values were meant)',
    ],
    [
      'up{instance=~`db1\\.example\\.com`} == 0',
      expect.stringContaining('; use instance="db1.example.com" (or'),
    ],
    ['up{job=~"api\\\\$"} == 0', expect.stringContaining('matches exactly "api$"; use job="api$"')],
    [
      'up{job=~""} == 0',
      'job=~"" needs no regex: Prometheus anchors regex matchers at both ends, so it matches ' +
        'exactly ""; use job=""',
    ],
    [
      'up{"service.name"=~"checkout"} == 0',
      expect.stringContaining('; use "service.name"="checkout" (or'),
    ],
    [
      'sum by (zone) (rate(cloudflare_zone_requests_status{status=~"^5.."}[5m])) > 1',
      'status=~"^5.." has a redundant ^: Prometheus anchors regex matchers at both ends ' +
        'already; use status=~"5.."',
    ],
    [
      'node_filesystem_avail_bytes{fstype!~"^(fuse.*|tmpfs|nfs)$"} < 1e9',
      'fstype!~"^(fuse.*|tmpfs|nfs)$" has a redundant ^ and $: Prometheus anchors regex ' +
        'matchers at both ends already; use fstype!~"(fuse.*|tmpfs|nfs)"',
    ],
    [
      'up{job=~"api|web$"} == 0',
      expect.stringContaining(
        'has a redundant $: Prometheus anchors regex matchers at both ends already; use job=~"api|web"',
      ),
    ],
    [
      'up{job="api", instance=~".*"} == 0',
      'instance=~".*" matches every series, with or without the label, so it filters ' +
        'nothing; remove it',
    ],
    [
      'up{job="api", instance=~"^.*$"} == 0',
      expect.stringContaining('instance=~"^.*$" matches every series'),
    ],
    [
      'up{job="api", instance!~".*"} == 0',
      'instance!~".*" matches no series at all (every value, even the empty one, matches .*), ' +
        'so the selector always returns nothing',
    ],
  ])('%s', (expr, advice) => {
    expect(adviceFor(expr)).toEqual(advice);
  });

  it.each([
    // Regexes that need to be regexes.
    'up{job=~"api|web"} == 0',
    'up{job=~"api.*"} == 0',
    'rate(http_requests_total{code=~"5.."}[5m]) > 0',
    'up{job=~"(?i)api"} == 0',
    'up{job=~"api[0-9]"} == 0',
    'up{job=~"a\\\\d"} == 0',
    'up{job=~"a{2}"} == 0',
    'up{job=~"^(?m)api$"} == 0',
    // Meaningful idioms: label present and non-empty, label absent or empty.
    'up{job=~".+"} == 0',
    'up{job="api", instance!~".+"} == 0',
    'count({__name__=~".+"}) > 0',
    // Equality matchers.
    'up{job="api", instance!="x"} == 0',
    // `\d` is no Go string escape: Prometheus rejects the expression, so no advice on it.
    'up{job=~"a\\d"} == 0',
    // An escaped dollar is text, not an anchor; here the rest is a real regex.
    'up{job=~"api.\\\\$"} == 0',
  ])('does not flag %s', (expr) => {
    expect(findingsOf(CHECK, alert(expr))).toEqual([]);
  });

  it('flags every matcher that needs it, in source order, across selectors and offsets', () => {
    const findings = findingsOf(
      CHECK,
      alert(
        'rate(a_total{job=~"api"}[5m] offset 1h) / rate(b_total{env=~"^prod", job=~"x|y"}[5m]) > 1',
      ),
    );
    expect(
      findings.map((f) => [
        f.column,
        f.endColumn,
        f.message.slice(PREFIX.length, PREFIX.length + 14),
      ]),
    ).toEqual([
      [29, 39, 'job=~"api" nee'],
      [71, 83, 'env=~"^prod" n'],
    ]);
  });

  it('maps the matcher to its place in a folded multi-line expression', () => {
    const lines = [
      'groups:',
      '  - name: api',
      '    rules:',
      '      - record: job:requests:rate5m',
      '        expr: >-',
      '          sum by (job) (',
      '            rate(http_requests_total{handler=~"/api/v1/query"}[5m])',
      '          )',
    ];
    expect(findingsOf(CHECK, lines)).toEqual([
      expect.objectContaining({
        line: 7,
        column: 38,
        endLine: 7,
        endColumn: 62,
        message:
          'group "api", rule 1, "job:requests:rate5m": handler=~"/api/v1/query" needs no regex: ' +
          'Prometheus anchors regex matchers at both ends, so it matches exactly "/api/v1/query"; ' +
          'use handler="/api/v1/query" (or handler=~"/api/v1/query.*" if longer values were meant)',
      }),
    ]);
  });
});

describe('promql/regex-matcher on the real corpus', () => {
  it('finds the reviewed matchers of awesome-prometheus-alerts and nothing in Prometheus test data', () => {
    const found = corpusFindingsOf(CHECK, realRuleFiles()).map((f) => {
      const use = /; use (.*?)(?: \(or .*)?$/u.exec(f.message)?.[1] ?? f.message;
      return `${f.file.replace('awesome-prometheus-alerts/', '')}:${f.line}:${f.column} ${use}`;
    });
    // Reviewed by hand, each one a true positive:
    // - plain-text regexes: cilium's api_call=~"endpoint-create" and reason!~"Policy denied",
    //   istio's adapter=~"prometheus", the OpenTelemetry collector's receiver=~"otlp" (twice;
    //   it never matched "otlp/2" and the like, which the hint points out);
    // - a redundant ^: cloudflare's and nginx's status=~"^4.."/"^5..", node-exporter's
    //   fstype!~"^(fuse.*|tmpfs|cifs|nfs)" (four alerts).
    // Not flagged, rightly: alternations ("5..|failed", "Pending|Unknown|Failed"), prefixes and
    // infixes (".*thanos-query.*"), `(?i)` and `(?:...)` groups, and `__name__=~".+"`.
    expect(found).toEqual([
      'cilium/embedded-exporter.yml:66:67 api_call="endpoint-create"',
      'cilium/embedded-exporter.yml:131:47 reason!="Policy denied"',
      'cloudflare/lablabs-cloudflare-exporter.yml:9:66 status=~"4.."',
      'cloudflare/lablabs-cloudflare-exporter.yml:18:67 status=~"5.."',
      'host-and-hardware/node-exporter.yml:68:43 fstype!~"(fuse.*|tmpfs|cifs|nfs)"',
      'host-and-hardware/node-exporter.yml:80:57 fstype!~"(fuse.*|tmpfs|cifs|nfs)"',
      'host-and-hardware/node-exporter.yml:98:43 fstype!~"(fuse.*|tmpfs|cifs|nfs)"',
      'host-and-hardware/node-exporter.yml:107:56 fstype!~"(fuse.*|tmpfs|cifs|nfs)"',
      'istio/embedded-exporter.yml:28:54 adapter="prometheus"',
      'nginx/knyar-nginx-exporter.yml:9:49 status=~"4.."',
      'nginx/knyar-nginx-exporter.yml:18:49 status=~"5.."',
      'opentelemetry-collector/embedded-exporter.yml:122:51 receiver="otlp"',
      'opentelemetry-collector/embedded-exporter.yml:122:119 receiver="otlp"',
    ]);
  });
});
