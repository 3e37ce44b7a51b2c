import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDashboardFiles } from '../../src/gates/dashboard-diff/diff/index.js';
import { loadDashboardFile } from '../../src/gates/dashboard-diff/load/index.js';
import { buildDashboardDiffVerdict } from '../../src/gates/dashboard-diff/verdict.js';
import {
  assertEnvelopeMatchesRun,
  buildVerdictEnvelope,
  ENVELOPE_SCHEMA,
  MAX_ENVELOPE_BYTES,
  parseVerdictEnvelope,
} from '../../src/github/artifact.js';
import type { RunContext } from '../../src/github/context.js';
import type { CheckRunReport } from '../../src/report/types.js';
import type { Verdict } from '../../src/verdict/types.js';

const HEAD = '0123456789abcdef0123456789abcdef01234567';

const verdict: Verdict = {
  schemaVersion: 1,
  gate: 'bench',
  key: 'default',
  status: 'fail',
  headline: '2 of 148 benchmarks regressed beyond 10%',
  metrics: [{ key: 'regressions', label: 'Regressions', value: 2, output: true }],
  tables: [
    {
      id: 'changes',
      title: 'Changes',
      columns: [{ header: 'Benchmark' }, { header: 'Change', align: 'right' }],
      rows: [[{ text: 'parse/large', code: true }, '+12.4%']],
      collapsed: false,
      dropPriority: 1,
    },
  ],
  findings: [
    {
      severity: 'error',
      file: 'bench/parse.ts',
      line: 10,
      title: 'parse/large regressed',
      message: '+12.4% (p = 0.001)',
    },
  ],
  notes: [{ level: 'info', text: 'Compared with `main`.' }],
  charts: [
    {
      title: 'Trend',
      xLabels: ['a', 'b'],
      yLabel: 'ns',
      series: [{ name: 'parse', kind: 'line', values: [1, 2] }],
    },
  ],
  data: { comparisons: [{ name: 'parse/large', ratio: 1.124 }] },
};

const checkRun: CheckRunReport = {
  name: 'kaizen-gates / bench',
  title: '2 regressions',
  summary: 'two regressed',
  text: '',
  conclusion: 'failure',
  annotations: [
    {
      path: 'bench/parse.ts',
      start_line: 10,
      end_line: 10,
      annotation_level: 'failure',
      title: 't',
      message: 'm',
    },
  ],
  omittedAnnotations: 0,
};

const prContext: RunContext = {
  event: 'pull_request',
  eventName: 'pull_request',
  owner: 'acme',
  repo: 'widgets',
  pullRequest: {
    number: 7,
    headSha: HEAD,
    baseSha: 'f'.repeat(40),
    baseRef: 'main',
    headRepoFullName: 'stranger/widgets',
    isFork: true,
  },
  sha: HEAD,
  runId: 10,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
  ref: 'refs/pull/7/merge',
};

const envelope = buildVerdictEnvelope(verdict, prContext, {
  commentBody: '## Benchmarks',
  checkRun,
});
const valid = (): Record<string, unknown> =>
  Object.fromEntries(Object.entries(structuredClone(envelope)));
const text = (value: unknown): string => JSON.stringify(value);

describe('buildVerdictEnvelope', () => {
  it('wraps the verdict with the PR number and head commit', () => {
    expect(envelope).toEqual({
      schema: ENVELOPE_SCHEMA,
      pullRequest: 7,
      headSha: HEAD,
      verdict,
      commentBody: '## Benchmarks',
      checkRun,
    });
  });

  it('refuses a run that is not about a pull request', () => {
    expect(() =>
      buildVerdictEnvelope(
        verdict,
        { ...prContext, pullRequest: undefined, eventName: 'push' },
        { commentBody: '', checkRun },
      ),
    ).toThrow(/only built on pull request runs; this run's event is push/);
  });
});

describe('parseVerdictEnvelope', () => {
  it('round-trips a valid envelope', () => {
    expect(parseVerdictEnvelope(text(envelope))).toEqual(envelope);
  });

  const hostile: [string, (e: Record<string, unknown>) => unknown, RegExp][] = [
    [
      'a PR number carrying a shell command',
      (e) => ({ ...e, pullRequest: '1; rm -rf /' }),
      /\/pullRequest must be integer; got "1; rm -rf \/"/,
    ],
    ['a PR number of zero', (e) => ({ ...e, pullRequest: 0 }), /\/pullRequest must be >= 1/],
    [
      'a fractional PR number',
      (e) => ({ ...e, pullRequest: 1.5 }),
      /\/pullRequest must be integer/,
    ],
    [
      'a head sha that is too short',
      (e) => ({ ...e, headSha: 'abc123' }),
      /\/headSha must match pattern/,
    ],
    [
      'an upper-case, non-hex head sha',
      (e) => ({ ...e, headSha: 'Z'.repeat(40) }),
      /\/headSha must match pattern/,
    ],
    [
      'an extra top-level property',
      (e) => ({ ...e, token: 'x' }),
      /\(top level\) must NOT have additional properties/,
    ],
    [
      'an extra property deep in the check run',
      (e) => ({
        ...e,
        checkRun: { ...checkRun, annotations: [{ ...checkRun.annotations[0], raw_details: 'x' }] },
      }),
      /\/checkRun\/annotations\/0 must NOT have additional properties/,
    ],
    [
      'an unknown gate',
      (e) => ({ ...e, verdict: { ...verdict, gate: 'rm' } }),
      /\/verdict\/gate must be equal to one of the allowed values/,
    ],
    [
      'a key that would break the marker',
      (e) => ({ ...e, verdict: { ...verdict, key: 'a --> <img src=x>' } }),
      /\/verdict\/key must match pattern/,
    ],
    [
      'a huge comment body',
      (e) => ({ ...e, commentBody: 'x'.repeat(70_000) }),
      /\/commentBody must NOT have more than 65536 characters; got "xxxx/,
    ],
    [
      'a huge annotation title',
      (e) => ({
        ...e,
        checkRun: {
          ...checkRun,
          annotations: [{ ...checkRun.annotations[0], title: 't'.repeat(256) }],
        },
      }),
      /title must NOT have more than 255 characters/,
    ],
    [
      'another schema version',
      (e) => ({ ...e, schema: 'kaizen-gates/verdict-envelope@2' }),
      /\/schema must be equal to constant/,
    ],
    [
      'a missing verdict',
      (e) => ({ ...e, verdict: undefined }),
      /must have required property 'verdict'/,
    ],
    ['a JSON array', () => [], /\(top level\) must be object/],
    [
      'a status outside the set',
      (e) => ({ ...e, verdict: { ...verdict, status: 'ok' } }),
      /\/verdict\/status must be equal to one of the allowed values/,
    ],
  ];

  it.each(hostile)('refuses %s with a ConfigurationError', (_, mutate, message) => {
    const input = text(mutate(valid()));
    expect(() => parseVerdictEnvelope(input, 'verdict.json')).toThrow(message);
    expect(() => parseVerdictEnvelope(input, 'verdict.json')).toThrow(/^verdict.json: /);
    try {
      parseVerdictEnvelope(input);
    } catch (error) {
      expect(error).toMatchObject({ name: 'ConfigurationError' });
    }
  });

  it('refuses invalid JSON and oversized input before parsing', () => {
    expect(() => parseVerdictEnvelope('{"schema":')).toThrow(/verdict envelope is not valid JSON/);
    expect(() => parseVerdictEnvelope(' '.repeat(MAX_ENVELOPE_BYTES + 1))).toThrow(
      /above the 16777216 limit/,
    );
  });

  it('shortens the echoed value so a hostile string does not flood the log', () => {
    const input = text({ ...valid(), commentBody: 'x'.repeat(100_000) });
    let message = '';
    try {
      parseVerdictEnvelope(input);
    } catch (error) {
      message = String(error);
    }
    expect(message.length).toBeLessThan(300);
  });
});

describe('assertEnvelopeMatchesRun', () => {
  const workflowRun: RunContext = {
    ...prContext,
    event: 'workflow_run',
    pullRequest: undefined,
    triggeringRun: { id: 9, headSha: HEAD, event: 'pull_request' },
  };

  it('accepts the envelope of the triggering run', () => {
    expect(() => assertEnvelopeMatchesRun(envelope, workflowRun)).not.toThrow();
  });

  it('refuses an envelope about another commit', () => {
    const forged = { ...envelope, headSha: '9'.repeat(40) };
    expect(() => assertEnvelopeMatchesRun(forged, workflowRun)).toThrow(
      /names commit 9{40}, but the triggering run 9 ran on 0123/,
    );
  });
});

describe('a dashboard-diff verdict, sections included', () => {
  it('round-trips through the envelope (real revisions of a real dashboard)', () => {
    const dir = 'test/fixtures/dashboard-diff/dotdc-history/k8s-views-global';
    const read = (name: string) =>
      loadDashboardFile('dashboards/k8s-views-global.json', readFileSync(`${dir}/${name}`, 'utf8'));
    const dashboardVerdict = buildDashboardDiffVerdict(
      {
        diffs: diffDashboardFiles(read('02-a397ae5.json'), read('01-48ff3f4.json')),
        findings: [],
        problems: [],
        skipped: [],
      },
      { key: 'default' },
    );
    expect(dashboardVerdict.sections?.length).toBeGreaterThan(0);
    const wrapped = buildVerdictEnvelope(dashboardVerdict, prContext, {
      commentBody: 'c',
      checkRun,
    });
    expect(parseVerdictEnvelope(text(wrapped))).toEqual(JSON.parse(text(wrapped)));
  });

  it('refuses a section block of an unknown kind, however deep', () => {
    const nested = {
      ...verdict,
      sections: [
        {
          id: 's',
          title: 'S',
          blocks: [{ kind: 'details', summary: 'x', blocks: [{ kind: 'script', text: 'x' }] }],
        },
      ],
    };
    const wrapped = { ...envelope, verdict: nested };
    expect(() => parseVerdictEnvelope(text(wrapped))).toThrow(/sections/);
  });
});
