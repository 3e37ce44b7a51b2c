/**
 * Whether two versions of a query say the same thing, so the diff reports only real query
 * changes: PromQL by parse tree (Grafana variables masked first), other query languages by their
 * text with insignificant whitespace collapsed.
 */
import { normalizedExpression } from '../../prom-lint/promql/normalize.js';
import { parsePromQL } from '../../prom-lint/promql/tree.js';
import { syntaxDiagnostics } from '../../prom-lint/promql/syntax.js';
import { MaskNumbers, maskGrafanaVariables } from './mask.js';

/**
 * Whether queries of this datasource type are PromQL: Prometheus and the plugins that speak it
 * (`grafana-amazonprometheus-datasource`, `grafana-azureprometheus-datasource`), and MetricsQL
 * (`victoriametrics-metrics-datasource`), which is PromQL where it parses. An unknown type is
 * tried as PromQL too.
 */
function mayBePromQL(type: string | undefined): boolean {
  if (type === undefined || type === '') return true;
  const lower = type.toLowerCase();
  return lower.includes('prometheus') || lower.startsWith('victoriametrics-metrics');
}

/**
 * The canonical text of a PromQL query (whitespace, label-matcher order, grouping-label order,
 * `sum(x) by (a)` against `sum by (a) (x)`, quotes and number spelling normalised by prom-lint's
 * printer), or undefined when the masked text does not parse.
 */
function canonicalPromQL(query: string, numbers: MaskNumbers): string | undefined {
  const masked = maskGrafanaVariables(query, numbers).text;
  const parsed = parsePromQL(masked);
  if (syntaxDiagnostics(parsed).length > 0) return undefined;
  return normalizedExpression(parsed);
}

/**
 * The text with whitespace collapsed where it cannot matter: runs of spaces, tabs and newlines
 * outside quoted strings become one space, and the ends are trimmed. Whitespace inside quotes
 * (`'a  b'` in SQL, `"a  b"` in a LogQL line filter) is kept. Newlines are kept as newlines when
 * the text has a line comment outside quotes (`--` in SQL, `#` in PromQL/LogQL, `//` in Flux),
 * because joining the lines would comment out the next one.
 */
export function collapseWhitespace(text: string): string {
  const pieces: string[] = [];
  let hasLineComment = false;
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
      pieces.push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (ch === '#' || text.startsWith('--', i) || text.startsWith('//', i)) hasLineComment = true;
    let j = i;
    while (j < text.length && !`"'\``.includes(text.charAt(j))) j += 1;
    pieces.push(`\u0000${text.slice(i, j)}`);
    i = j;
  }
  return pieces
    .map((piece) => {
      if (!piece.startsWith('\u0000')) return piece;
      const plain = piece.slice(1);
      return hasLineComment
        ? plain.replace(/[ \t]*\n\s*/gu, '\n').replace(/[ \t]+/gu, ' ')
        : plain.replace(/\s+/gu, ' ');
    })
    .join('')
    .trim();
}

/**
 * True when `before` and `after` are the same query. For Prometheus (and, when the datasource
 * type is unknown, for queries that both parse as PromQL) the comparison is by parse tree after
 * masking Grafana variables, so whitespace, label order and `by` label order are not changes,
 * while a different variable, range or function is. Other datasources (SQL, LogQL, InfluxQL,
 * Flux, Graphite, Elasticsearch, …) and PromQL that does not parse compare by
 * {@link collapseWhitespace}: the only edit accepted as equal is whitespace outside quotes, which
 * none of those languages reads (a line break stays one where a line comment could end).
 * @example equivalentQueries('sum by (a,b) (x)', 'sum by (b, a) (x)', 'prometheus') // true
 */
export function equivalentQueries(before: string, after: string, datasourceType?: string): boolean {
  if (before === after) return true;
  if (mayBePromQL(datasourceType)) {
    const numbers = new MaskNumbers([before, after]);
    const canonicalBefore = canonicalPromQL(before, numbers);
    const canonicalAfter = canonicalPromQL(after, numbers);
    if (canonicalBefore !== undefined && canonicalAfter !== undefined)
      return canonicalBefore === canonicalAfter;
  }
  return collapseWhitespace(before) === collapseWhitespace(after);
}
