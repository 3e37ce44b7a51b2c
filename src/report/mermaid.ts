/**
 * Charts as Mermaid `xychart-beta` blocks, which GitHub draws in comments and job summaries.
 * Syntax as accepted by Mermaid's xychart grammar (packages/mermaid/src/diagrams/xychart/parser/
 * xychart.jison): quoted strings end at the next `"` with no escape, numbers match
 * `[+-]?(\d+(\.\d+)?|\.\d+)` (no exponent), and `%%` starts a comment.
 */
import type { Chart } from '../verdict/types.js';
import { sanitizeText, truncateText } from './text.js';

/** Longest x label kept; Mermaid does not wrap labels, so long ones overlap. */
const MAX_LABEL_LENGTH = 40;
/** Longest title or axis title kept. */
const MAX_TITLE_LENGTH = 120;

/**
 * Makes user text safe inside a Mermaid quoted string and inside the Markdown fence around the
 * block: no quote (it would end the string), no backtick (it could close the fence), no square
 * bracket (it delimits label lists), no angle bracket (Mermaid renders labels as HTML), no
 * `%%` (a comment or directive), no `#…;` (Mermaid decodes it as an entity), no line break.
 */
export function sanitizeMermaidLabel(text: string, maxLength = MAX_LABEL_LENGTH): string {
  const clean = sanitizeText(text)
    .replace(/"/g, "'")
    .replace(/`/g, "'")
    .replace(/\[/g, '(')
    .replace(/\]/g, ')')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/%%/g, '% %')
    .replace(/#/g, '＃')
    .trim();
  return truncateText(clean, maxLength);
}

/**
 * Writes a finite number the way the grammar reads it: at most six significant digits and no
 * exponent (`0.00000123`, not `1.23e-6`).
 */
export function formatMermaidNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new Error(`formatMermaidNumber: value must be finite (got ${String(value)})`);
  }
  const rounded = Number(value.toPrecision(6));
  if (Object.is(rounded, -0) || rounded === 0) return '0';
  const plain = String(rounded);
  if (!plain.includes('e')) return plain;
  if (Math.abs(rounded) >= 1) return BigInt(rounded).toString();
  const exponent = Math.floor(Math.log10(Math.abs(rounded)));
  return rounded.toFixed(Math.min(100, 5 - exponent)).replace(/0+$/, '');
}

/**
 * Line and bar colours (GitHub's Primer blue, red, green, yellow, purple): readable on the light
 * and the dark theme. Mermaid's default palette starts with #ECECFF, nearly invisible on white.
 */
export const CHART_PALETTE = ['#0969da', '#cf222e', '#1a7f37', '#9a6700', '#8250df'] as const;

/** The init directive that sets {@link CHART_PALETTE} for one chart. */
const PALETTE_DIRECTIVE = `%%{init: ${JSON.stringify({
  themeVariables: { xyChart: { plotColorPalette: CHART_PALETTE.join(', ') } },
})}}%%`;

const quote = (text: string, maxLength: number): string =>
  `"${sanitizeMermaidLabel(text, maxLength)}"`;

/**
 * Renders a chart as a fenced Mermaid `xychart-beta` block: title, categorical x axis, y-axis
 * title, then one `line` or `bar` statement per series, in order. Series names are not written
 * (xychart has no legend); {@link chartLegend} lists them for the reader.
 *
 * @throws Error when the chart has no x label or no series, a series does not have one value
 *   per label, or a value is not finite.
 * @example renderXyChart({ title: 'Mean', xLabels: ['a'], yLabel: 'ns', series: [{ name: 'head', kind: 'bar', values: [1.5] }] })
 *   // '```mermaid\nxychart-beta\n    title "Mean"\n    x-axis ["a"]\n    y-axis "ns"\n    bar [1.5]\n```'
 */
export function renderXyChart(chart: Chart): string {
  if (chart.xLabels.length === 0) throw new Error('renderXyChart: the chart has no x labels');
  if (chart.series.length === 0) throw new Error('renderXyChart: the chart has no series');
  const lines = [
    '```mermaid',
    PALETTE_DIRECTIVE,
    'xychart-beta',
    `    title ${quote(chart.title, MAX_TITLE_LENGTH)}`,
    `    x-axis [${chart.xLabels.map((label) => quote(label, MAX_LABEL_LENGTH)).join(', ')}]`,
    `    y-axis ${quote(chart.yLabel, MAX_TITLE_LENGTH)}`,
  ];
  for (const series of chart.series) {
    const name = sanitizeMermaidLabel(series.name);
    if (series.values.length !== chart.xLabels.length) {
      throw new Error(
        `renderXyChart: series "${name}" has ${series.values.length} values for ${chart.xLabels.length} x labels`,
      );
    }
    const values = series.values.map((value, index) => {
      if (!Number.isFinite(value)) {
        throw new Error(
          `renderXyChart: series "${name}" value ${index + 1} is not finite (${String(value)})`,
        );
      }
      return formatMermaidNumber(value);
    });
    lines.push(`    ${series.kind} [${values.join(', ')}]`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** Plain-text legend of a chart's series in drawing order, e.g. `bar: base · line: head`. */
export function chartLegend(chart: Chart): string {
  return chart.series.map((series) => `${series.kind}: ${sanitizeText(series.name)}`).join(' · ');
}
