import { describe, expect, it } from 'vitest';
import type { Chart } from '../../src/verdict/types.js';
import {
  formatMermaidNumber,
  renderXyChart,
  sanitizeMermaidLabel,
} from '../../src/report/mermaid.js';
import { expectClosedFences, parse } from './markdown-oracle.js';

const chart = (overrides: Partial<Chart> = {}): Chart => ({
  title: 'Mean time',
  xLabels: ['BM_Sort/8', 'BM_Sort/1024'],
  yLabel: 'ns',
  series: [
    { name: 'base', kind: 'bar', values: [38.1, 1230] },
    { name: 'head', kind: 'line', values: [38.2, 1450] },
  ],
  ...overrides,
});

describe('renderXyChart', () => {
  it('renders title, axes and one statement per series', () => {
    expect(renderXyChart(chart())).toBe(
      [
        '```mermaid',
        '%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#0969da, #cf222e, #1a7f37, #9a6700, #8250df"}}}}%%',
        'xychart-beta',
        '    title "Mean time"',
        '    x-axis ["BM_Sort/8", "BM_Sort/1024"]',
        '    y-axis "ns"',
        '    bar [38.1, 1230]',
        '    line [38.2, 1450]',
        '```',
      ].join('\n'),
    );
  });

  it.each([
    'say "hi"',
    'a ``` b',
    '[x], [y]',
    'line\nbreak',
    '%%{init: {"theme": "dark"}}%%',
    '<img src=x onerror=alert(1)>',
    '#quot; entity',
    '\u202Eevil\u0000',
  ])('keeps the label %j inside its quotes and the block inside its fence', (label) => {
    const block = renderXyChart(chart({ title: label, xLabels: [label, 'b'], yLabel: label }));
    expectClosedFences(block);
    const fences = parse(block).filter((token) => token.type === 'fence');
    expect(fences).toHaveLength(1);
    const body = fences[0]?.content ?? '';
    expect(body.split('\n')).toHaveLength(8);
    // The user's text never makes a directive of its own: ours is the only line with `%%`.
    expect(body.split('\n').filter((line) => line.includes('%%'))).toHaveLength(1);
    // Every quoted string is balanced and holds no bracket, quote, backtick, angle or %%.
    for (const line of body.split('\n').filter((l) => l !== '')) {
      expect((line.match(/"/g) ?? []).length % 2).toBe(0);
      for (const quoted of line.match(/"[^"]*"/g) ?? []) {
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        expect(quoted.slice(1, -1)).not.toMatch(/[[\]`<>\u0000-\u001F\u202E]|%%|#\w+;/);
      }
    }
  });

  it('writes numbers without exponent and with at most six significant digits', () => {
    expect([1.23e-7, 123456789, -0.5, 0, 1 / 3, 2e21].map(formatMermaidNumber)).toEqual([
      '0.000000123',
      '123457000',
      '-0.5',
      '0',
      '0.333333',
      '2000000000000000000000',
    ]);
    for (const text of [1.23e-7, 123456789, -0.5, 1 / 3].map(formatMermaidNumber)) {
      expect(text).toMatch(/^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/);
    }
  });

  it.each([
    [{ xLabels: [] }, /^renderXyChart: the chart has no x labels/],
    [{ series: [] }, /^renderXyChart: the chart has no series/],
    [
      { series: [{ name: 's', kind: 'bar' as const, values: [1] }] },
      /^renderXyChart: series "s" has 1 values for 2/,
    ],
    [
      { series: [{ name: 's', kind: 'line' as const, values: [1, NaN] }] },
      /^renderXyChart: series "s" value 2 is not finite/,
    ],
  ])('rejects a malformed chart %#', (overrides, message) => {
    expect(() => renderXyChart(chart(overrides))).toThrow(message);
  });

  it('caps long labels', () => {
    expect(sanitizeMermaidLabel('x'.repeat(100)).length).toBe(40);
  });
});
