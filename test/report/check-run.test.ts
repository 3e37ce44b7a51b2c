import { describe, expect, it } from 'vitest';
import type { Finding, Status } from '../../src/verdict/types.js';
import { buildCheckRunReport, checkConclusion, toAnnotation } from '../../src/report/check-run.js';
import { emptyVerdict, placedFindings } from './verdicts.js';

const OPTIONS = { name: 'kaizen-gates / bench', advisory: false, version: '1.0.0' };

describe('checkConclusion', () => {
  it.each<[Status, boolean, string]>([
    ['pass', false, 'success'],
    ['pass', true, 'success'],
    ['warn', false, 'neutral'],
    ['fail', false, 'failure'],
    ['fail', true, 'neutral'],
    ['error', false, 'failure'],
    ['error', true, 'failure'],
  ])('%s (advisory %s) concludes %s', (status, advisory, expected) => {
    expect(checkConclusion(status, advisory)).toBe(expected);
    expect(buildCheckRunReport(emptyVerdict({ status }), { ...OPTIONS, advisory }).conclusion).toBe(
      expected,
    );
  });
});

describe('annotations', () => {
  it('caps 1,200 placed findings at 1,000, errors first, and says so in the summary', () => {
    const report = buildCheckRunReport(emptyVerdict({ findings: placedFindings(1_200) }), OPTIONS);
    expect(report.annotations).toHaveLength(1_000);
    expect(report.omittedAnnotations).toBe(200);
    const levels = report.annotations.map((annotation) => annotation.annotation_level);
    expect(levels.filter((level) => level === 'failure')).toHaveLength(400);
    expect(levels.filter((level) => level === 'warning')).toHaveLength(400);
    expect(levels.filter((level) => level === 'notice')).toHaveLength(200);
    expect(levels.indexOf('warning')).toBe(400);
    expect(report.summary).toContain('> [!NOTE]');
    expect(report.summary).toContain('200 findings with a place in a file were not annotated');
    expect(report.summary).toContain('at most 1,000 annotations');
  });

  it('counts only findings with a place, and honours maxAnnotations', () => {
    const findings: Finding[] = [
      ...placedFindings(5),
      { severity: 'error', title: 'no file', message: 'm' },
      { severity: 'error', file: 'a.ts', title: 'no line', message: 'm' },
      { severity: 'error', file: 'a.ts', line: 0, title: 'line 0', message: 'm' },
    ];
    const report = buildCheckRunReport(emptyVerdict({ findings }), {
      ...OPTIONS,
      maxAnnotations: 2,
    });
    expect(report.annotations).toHaveLength(2);
    expect(report.omittedAnnotations).toBe(3);
    expect(report.summary).toContain('3 findings with a place in a file were not annotated');
    const none = buildCheckRunReport(emptyVerdict({ findings }), { ...OPTIONS, maxAnnotations: 0 });
    expect(none.annotations).toEqual([]);
    expect(none.omittedAnnotations).toBe(5);
    const all = buildCheckRunReport(emptyVerdict({ findings }), OPTIONS);
    expect(all.omittedAnnotations).toBe(0);
    expect(all.summary).not.toContain('[!NOTE]');
  });

  it.each([-1, 1.5, NaN])('rejects maxAnnotations %d', (maxAnnotations) => {
    expect(() => buildCheckRunReport(emptyVerdict(), { ...OPTIONS, maxAnnotations })).toThrow(
      /^buildCheckRunReport: maxAnnotations must be a non-negative integer/,
    );
  });

  it('maps a one-line finding with columns', () => {
    expect(
      toAnnotation({
        severity: 'warning',
        file: 'rules/alerts.yml',
        line: 12,
        column: 5,
        endColumn: 20,
        rule: 'promql/syntax',
        title: 'Bad query',
        message: 'unexpected "}"\nin expression',
      }),
    ).toEqual({
      path: 'rules/alerts.yml',
      start_line: 12,
      end_line: 12,
      start_column: 5,
      end_column: 20,
      annotation_level: 'warning',
      title: 'Bad query (promql/syntax)',
      message: 'unexpected "}"\nin expression',
    });
  });

  it('drops columns on a multi-line range and repairs inverted ends', () => {
    const multi = toAnnotation({
      severity: 'notice',
      file: 'a.ts',
      line: 3,
      endLine: 5,
      column: 2,
      endColumn: 4,
      title: 't',
      message: 'm',
    });
    expect(multi).toMatchObject({ start_line: 3, end_line: 5, annotation_level: 'notice' });
    expect(multi).not.toHaveProperty('start_column');
    expect(multi).not.toHaveProperty('end_column');
    const inverted = toAnnotation({
      severity: 'error',
      file: 'a.ts',
      line: 9,
      endLine: 2,
      column: 7,
      endColumn: 3,
      title: 't',
      message: '',
    });
    expect(inverted).toMatchObject({
      start_line: 9,
      end_line: 9,
      start_column: 7,
      end_column: 7,
      annotation_level: 'failure',
      message: 't',
    });
  });

  it('caps titles at 255 characters', () => {
    const annotation = toAnnotation({
      severity: 'error',
      file: 'a.ts',
      line: 1,
      title: '😀'.repeat(300),
      message: 'm',
    });
    expect(annotation?.title?.length).toBeLessThanOrEqual(255);
    expect(annotation?.title?.isWellFormed()).toBe(true);
    expect(annotation?.title?.endsWith('…')).toBe(true);
  });
});

describe('buildCheckRunReport', () => {
  it('titles the run with the plain headline, capped at 255 characters', () => {
    const report = buildCheckRunReport(
      emptyVerdict({ headline: `**bold** ${'x'.repeat(400)}` }),
      OPTIONS,
    );
    expect(report.title.startsWith('**bold** xxx')).toBe(true);
    expect(report.title).toHaveLength(255);
    expect(report.name).toBe('kaizen-gates / bench');
    const untitled = buildCheckRunReport(emptyVerdict({ headline: ' ', status: 'error' }), OPTIONS);
    expect(untitled.title).toBe('bench: error');
  });

  it('puts metrics and notes in the summary, tables and findings in the text', () => {
    const report = buildCheckRunReport(
      emptyVerdict({
        metrics: [{ key: 'k', label: 'Regressions', value: 2 }],
        notes: [{ level: 'warning', text: 'Noisy runner' }],
        tables: [{ id: 't', title: 'Changes', columns: [{ header: 'Name' }], rows: [['BM_A']] }],
        findings: placedFindings(1),
      }),
      OPTIONS,
    );
    expect(report.summary).toContain('| Regressions |');
    expect(report.summary).toContain('> [!WARNING]\n> Noisy runner');
    expect(report.summary).not.toContain('Changes');
    expect(report.text).toContain('#### Changes');
    expect(report.text).toContain('| ❌ error | `src/file0.ts:1` | `test/rule` |');
  });
});
