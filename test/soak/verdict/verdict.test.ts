/**
 * buildSoakVerdict: the headline, tables, charts and notes of a night, rendered as the PR comment
 * and the job summary (golden file), and user text (series names, objectives, parser notes)
 * escaped on the way into Markdown and Mermaid.
 */
import { describe, expect, it } from 'vitest';
import { logEntry } from '../../../src/history/log.js';
import { SOAK_HISTORY, type SoakNight } from '../../../src/gates/soak/history.js';
import { analyzeNights, type NightlyAnalysis } from '../../../src/gates/soak/nightly.js';
import type {
  LatencyResult,
  SloResult,
  SoakAnalysis,
  SoakSeries,
  TrendResult,
} from '../../../src/gates/soak/types.js';
import { buildSoakVerdict } from '../../../src/gates/soak/verdict.js';
import { renderComment } from '../../../src/report/markdown.js';
import { renderJobSummary } from '../../../src/report/summary.js';

const START = 1_796_590_800;
const WARMUP = 600;
const END = START + 3600;
const MiB = 1024 * 1024;

function trend(series: string, overrides: Partial<TrendResult> = {}): TrendResult {
  return {
    series,
    points: 180,
    spanSeconds: END - START - WARMUP,
    slopePerHour: 12.6 * MiB,
    slopeIntervalPerHour: [9.2 * MiB, 16 * MiB],
    percentPerHour: 3.1,
    percentIntervalPerHour: [2.3, 3.8],
    trendPValue: 0.0004,
    limitPercentPerHour: 1,
    classification: 'leak',
    fit: { t0: START + WARMUP, v0: 400 * MiB, t1: END, v1: 400 * MiB * 1.0258 },
    ...overrides,
  };
}

function slo(text: string, passed: boolean, attainment: number): SloResult {
  return {
    objective: {
      text,
      series: text.split(' ')[0] ?? '',
      comparison: '<',
      value: 200,
      kind: 'threshold',
      target: 0.99,
    },
    series: [text.split(' ')[0] ?? ''],
    attainment,
    budgetRemaining: passed ? 0.4 : -1.5,
    burnAlerts: [
      { severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4, evaluated: false },
      { severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6, evaluated: false },
      { severity: 'ticket', longWindow: '3d', shortWindow: '6h', burnRate: 1, evaluated: false },
    ],
    passed,
  };
}

const latency: LatencyResult = {
  series: 'latency_p99_ms',
  unit: 'ms',
  changePoints: [{ t: START + 35 * 60, before: 182, after: 214, pValue: 0.005 }],
  firstWindow: 181,
  lastWindow: 216,
  changePercent: 19.3,
};

function analysis(overrides: Partial<SoakAnalysis> = {}): SoakAnalysis {
  return {
    start: START + WARMUP,
    end: END,
    warmup: { seconds: WARMUP, detected: true },
    trends: [
      trend('process_resident_memory_bytes'),
      trend('error_ratio', {
        classification: 'flat',
        limitPercentPerHour: undefined,
        percentPerHour: -0.4,
        percentIntervalPerHour: [-2, 1.1],
        trendPValue: 0.41,
        slopePerHour: -0.0000012,
        unit: undefined,
      }),
    ],
    latency: [latency],
    slos: [slo('latency_p99_ms < 250', true, 0.998), slo('error_ratio < 0.001', true, 0.9997)],
    failures: ['process_resident_memory_bytes grows 3.1%/h (95% CI 2.3–3.8), limit 1.0%/h'],
    notes: [
      'warm-up: the first 10 min trimmed (detected on process_resident_memory_bytes by the MSER-5 rule)',
    ],
    ...overrides,
  };
}

/** A series rising linearly from `from` to `to` over the hour, one point a minute. */
function line(name: string, from: number, to: number): SoakSeries {
  return {
    name,
    points: Array.from({ length: 61 }, (_, i) => ({
      t: START + i * 60,
      v: from + ((to - from) * i) / 60,
    })),
  };
}

const series = [
  line('process_resident_memory_bytes', 400 * MiB, 412 * MiB),
  line('latency_p99_ms', 180, 216),
];

function nightsWithShift(): NightlyAnalysis {
  const growth = [0.2, 0.1, 0.3, 0.2, 0.1, 0.2, 3, 3.1, 2.9, 3.2, 3, 3.1];
  return analyzeNights(
    growth.map((g, i) => {
      const record: SoakNight = {
        passed: g < 1,
        spanSeconds: 3000,
        trends: [
          {
            series: 'process_resident_memory_bytes',
            unit: 'bytes',
            percentPerHour: g,
            level: 420e6 + (i % 3) * 1e6,
          },
        ],
        latency: [],
        slos: [],
      };
      return logEntry(
        SOAK_HISTORY,
        {
          suite: 'nightly',
          sha: String(i + 1)
            .padStart(2, '0')
            .repeat(20),
          createdAt: new Date(Date.UTC(2026, 10, 20 + i, 3)).toISOString(),
        },
        record,
      );
    }),
  );
}

const options = {
  key: 'default',
  job: 'nightly',
  series,
  inputNotes: ['k6.ndjson: heap_bytes: dropped, 1 point(s) (a trend needs at least 3)'],
  sources: ['k6.ndjson (k6-ndjson)'],
};
const oneNight = analyzeNights([]);

describe('buildSoakVerdict', () => {
  it('renders a failing night with its nightly shift (golden comment and summary)', async () => {
    const verdict = buildSoakVerdict(analysis(), nightsWithShift(), options);
    expect(verdict.status).toBe('fail');
    expect(verdict.headline).toBe(
      'process_resident_memory_bytes leaks +3.1%/h (limit 1%/h); 2 SLOs met; nightly: growth of process_resident_memory_bytes shifted +2.9%/h at 0707070',
    );
    await expect(renderComment(verdict, { version: '0.0.0-test' })).toMatchFileSnapshot(
      'failing-night.comment.expected.md',
    );
    await expect(renderJobSummary(verdict, { version: '0.0.0-test' })).toMatchFileSnapshot(
      'failing-night.summary.expected.md',
    );
  });

  it('draws memory with its fitted line, in MiB, over offsets from the start of the run', () => {
    const verdict = buildSoakVerdict(analysis(), oneNight, options);
    const [memory] = verdict.charts;
    expect(memory?.yLabel).toBe('MiB');
    expect(memory?.series.map((s) => s.name)).toEqual([
      'measured, median per bin (blue)',
      'Theil–Sen fit (red)',
    ]);
    // The analysed span starts after the 10-minute warm-up: 16 bins of 187.5 s, labelled by
    // their centres (11.6 and 58.4 minutes into the run).
    expect(memory?.xLabels).toHaveLength(16);
    expect(memory?.xLabels[0]).toBe('12m');
    expect(memory?.xLabels.at(-1)).toBe('58m');
    const fitted = memory?.series[1]?.values ?? [];
    expect(fitted[0]).toBeGreaterThan(400);
    expect(fitted.at(-1)).toBeLessThan(400 * 1.0258);
    expect(verdict.charts[1]?.title).toBe('Latency over the run');
    expect(verdict.charts[1]?.series.map((s) => s.name)).toEqual(['latency_p99_ms (blue)']);
  });

  it.each([
    [
      'a missed objective beside a leak',
      {
        slos: [
          slo('latency_p99_ms < 200', false, 0.9712),
          slo('error_ratio < 0.001', true, 0.9999),
        ],
      },
      'fail',
      'process_resident_memory_bytes leaks +3.1%/h (limit 1%/h); SLO latency_p99_ms < 200 missed (97.12% attained)',
    ],
    [
      'two leaks',
      {
        trends: [trend('heap_a', { percentPerHour: 2 }), trend('heap_b', { percentPerHour: 5.5 })],
      },
      'fail',
      'heap_b leaks +5.5%/h (limit 1%/h); 1 more series over their limit; 2 SLOs met',
    ],
    [
      'a memory series under its limit',
      { trends: [trend('rss', { classification: 'flat', percentPerHour: 0.2 })], failures: [] },
      'pass',
      'rss does not leak (+0.2%/h, limit 1%/h); 2 SLOs met',
    ],
    [
      'series too short to judge and no objective',
      { trends: [trend('rss', { classification: 'too-short' })], slos: [], failures: [] },
      'warn',
      'too few points after the warm-up to judge any growth',
    ],
  ])('heads %s', (_, changes, status, headline) => {
    const verdict = buildSoakVerdict(analysis(changes), oneNight, options);
    expect(verdict.status).toBe(status);
    expect(verdict.headline).toBe(headline);
  });

  it('escapes series names, objectives and notes in Markdown and in Mermaid', () => {
    const hostile = 'mem|rss<img src=x onerror=alert(1)>**bold**`tick`"q"';
    const verdict = buildSoakVerdict(
      analysis({
        trends: [trend(hostile)],
        slos: [slo('lat|ency <b>x</b> < 200', false, 0.5)],
        notes: ['@everyone see <script>alert(1)</script>'],
      }),
      oneNight,
      { ...options, series: [line(hostile, 400 * MiB, 410 * MiB)] },
    );
    for (const text of [
      renderComment(verdict, { version: '0.0.0-test' }),
      renderJobSummary(verdict, { version: '0.0.0-test' }),
    ]) {
      // Raw HTML only inside code spans, where Markdown shows it as text.
      const outsideCode = text.replace(/(`+)(?:(?!\1)[^\n])+\1/g, '');
      expect(outsideCode).not.toMatch(/<img|<script|<b>/);
      expect(text).toContain('&lt;script&gt;');
      expect(text).not.toContain('@everyone');
      // Table rows keep their column count: the pipe in the name is escaped.
      const trendRow = text.split('\n').find((l) => l.includes('onerror') && l.startsWith('| `'));
      expect(trendRow?.split(/(?<!\\)\|/).length).toBe(8);
      const mermaid = text.split('```mermaid')[1]?.split('```')[0] ?? '';
      const title = /title "([^"]*)"/.exec(mermaid)?.[1] ?? '';
      expect(title).toContain('mem|rss‹img');
      expect(title).not.toMatch(/[<>`]/);
    }
  });
});
