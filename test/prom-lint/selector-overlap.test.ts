import { describe, expect, it } from 'vitest';
import {
  selectorMatchers,
  type LabelMatcherSpec,
} from '../../src/gates/prom-lint/promql/label-matchers.js';
import {
  jsPatternOf,
  matcherAccepts,
  matcherSetsMayOverlap,
} from '../../src/gates/prom-lint/promql/selector-overlap.js';
import { parsePromQL, selectors } from '../../src/gates/prom-lint/promql/index.js';

/** The matchers of the only selector of `text`, metric name included. */
function of(text: string): LabelMatcherSpec[] {
  const [selector] = selectors(parsePromQL(text));
  if (selector === undefined) throw new Error(`no selector in ${text}`);
  return selectorMatchers(selector);
}

describe('matcherSetsMayOverlap', () => {
  it.each([
    // kubernetes-mixin records 2xx and 5xx under one name: disjoint status classes.
    ['apiserver_request_total{code=~"2.."}', 'apiserver_request_total{code=~"5.."}'],
    ['http_requests_total{code=~"4..|5.."}', 'http_requests_total{code=~"2..|3.."}'],
    ['x{env="prod"}', 'x{env="staging"}'],
    ['x{env="prod"}', 'x{env!="prod"}'],
    ['x{env="prod"}', 'x{env=~"stag.*|dev"}'],
    ['x{env="prod"}', 'x{env!~"prod|staging"}'],
    ['x{code=~"5.."}', 'x{code!~"5.."}'],
    ['x{env=~"prod|staging"}', 'x{env=~"dev.*"}'],
    ['x{job=~"api-.*"}', 'x{job=~"web-.*"}'],
    // A missing label is the empty value: `.+` needs the label, `=""` needs it absent.
    ['x{pod=~".+"}', 'x{pod=""}'],
    ['x{job="api"}', 'x{job=""}'],
    // The metric name is a matcher too.
    ['up{job="api"}', 'process_start_time_seconds{job="api"}'],
    ['{__name__="up"}', 'node_load1'],
    ['{__name__=~"node_.*"}', 'process_cpu_seconds_total'],
    ['x{env=~"a{1000}"}', 'x{env=~"a{999}"}'],
    // Several matchers on one label, from both sides together.
    ['x{env=~"a|b"}', 'x{env!="a", env!="b"}'],
  ])('%s and %s are disjoint', (a, b) => {
    expect(matcherSetsMayOverlap(of(a), of(b))).toBe(false);
    expect(matcherSetsMayOverlap(of(b), of(a))).toBe(false);
  });

  it.each([
    ['x', 'x'],
    ['x{code=~"5.."}', 'x'],
    ['x{code=~"5.."}', 'x{code!="200"}'],
    ['x{code=~"5.*"}', 'x{code!~"5.."}'], // "5" and "5000" match the first, not the second's pattern
    ['x{code="503"}', 'x{code=~"5.."}'],
    ['x{job="api"}', 'x{instance="a:9100"}'], // different labels constrain nothing jointly
    ['x{path=~"/api/v[0-9]+/.*"}', 'x{path=~"/api/v1/users"}'],
    ['x{env=~"prod"}', 'x{env=~"pro.|dev"}'],
    ['x{pod!=""}', 'x{pod=~".+"}'],
    ['{__name__=~"node_.*"}', 'node_load1'],
    ['x{job=~"a\\\\.b"}', 'x{job="a.b"}'],
    ['x{msg=~".*"}', 'x{msg="line1\\nline2"}'], // Prometheus matches with (?s): `.` takes newlines
  ])('%s and %s may overlap', (a, b) => {
    expect(matcherSetsMayOverlap(of(a), of(b))).toBe(true);
    expect(matcherSetsMayOverlap(of(b), of(a))).toBe(true);
  });

  it.each([
    // Syntax RE2 and JavaScript read differently: no claim of disjointness.
    ['x{env=~"(?i)PROD"}', 'x{env="prod"}'],
    ['x{env=~"[[:alpha:]]+"}', 'x{env="123"}'],
    ['x{env=~"\\\\pL+"}', 'x{env="123"}'],
    ['x{env=~"\\\\S+"}', 'x{env=~"\\\\s+"}'],
    ['x{env=~"^prod$"}', 'x{env=~"dev"}'], // inner anchors: refa refuses assertions
    // Disjoint (they end in x and y), but the automaton passes the 10,000-state limit.
    [`x{env=~"${'.{1000}'.repeat(11)}x"}`, 'x{env=~".*y"}'],
  ])('%s and %s: unknown, so "may overlap"', (a, b) => {
    expect(matcherSetsMayOverlap(of(a), of(b))).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const a = Object.freeze(of('x{code=~"2.."}'));
    const b = Object.freeze(of('x{code=~"5.."}'));
    expect(matcherSetsMayOverlap(a, b)).toBe(false);
    expect(a).toEqual(of('x{code=~"2.."}'));
  });

  it('treats two empty sets (every series) as overlapping', () => {
    expect(matcherSetsMayOverlap([], [])).toBe(true);
  });
});

describe('matcherAccepts', () => {
  it.each([
    [{ name: 'code', op: '=~', value: '5..' }, '503', true],
    [{ name: 'code', op: '=~', value: '5..' }, '5030', false], // fully anchored
    [{ name: 'code', op: '=~', value: '5..' }, '', false],
    [{ name: 'code', op: '!~', value: '5..' }, '200', true],
    [{ name: 'code', op: '=', value: '200' }, '200', true],
    [{ name: 'code', op: '!=', value: '200' }, '', true],
    [{ name: 'job', op: '=~', value: 'api|web' }, 'web', true],
    [{ name: 'job', op: '=~', value: 'api|web' }, 'apiweb', false],
    [{ name: 'job', op: '=~', value: '(?i)API' }, 'api', undefined],
    [{ name: 'job', op: '=~', value: '.+' }, '\u{1F600}', undefined],
  ] as const)('%o on %j is %s', (matcher, value, expected) => {
    expect(matcherAccepts(matcher, value)).toBe(expected);
  });
});

describe('jsPatternOf', () => {
  it.each(['5..', 'api|web', '[a-z0-9_]+', '\\d{3}', 'a\\.b', '(?:x|y)+', '\\x41', 'a\\-b'])(
    'keeps %s, read alike by RE2 and JavaScript',
    (pattern) => {
      expect(jsPatternOf(pattern)).toBe(pattern);
    },
  );

  it.each([
    '(?i)prod',
    '(?P<n>x)',
    '(?=x)',
    '[[:digit:]]',
    '\\pN',
    '\\p{Greek}',
    '\\Qa.b\\E',
    '\\z',
    '\\A',
    '\\1',
    '\\s+',
    '\\a',
    '\\x{41}',
    'a\\',
    '\u{1F600}',
  ])('refuses %s', (pattern) => {
    expect(jsPatternOf(pattern)).toBeUndefined();
  });
});
