/**
 * Grafana template variables in a PromQL query, replaced by PromQL of the same kind so the query
 * parses: `[$__rate_interval]` becomes a duration, `$metric` an identifier, `"$job"` stays text.
 * Each variable gets its own placeholder, so two queries that differ only in which variable they
 * use still differ after masking.
 *
 * Written by hand: the variable syntax is Grafana's own (its template service finds variables
 * with one regular expression), and where a variable sits (string, range, expression) needs the
 * PromQL token context, which no library gives for text that is not PromQL yet.
 */

/** How Grafana writes a variable reference: `$name`, `${name}`, `${name:format}`, `[[name]]`, `[[name:format]]`. */
const VARIABLE_PATTERN =
  /\$(?<bare>\w+)|\$\{(?<braced>\w+)(?:\.(?<field>[^:}]+))?(?::(?<format>[^}]*))?\}|\[\[(?<old>\w+?)(?::(?<oldFormat>\w+))?\]\]/gu;

/** One variable reference found in a text. */
export interface VariableReference {
  /** The variable's name (`__rate_interval`, `job`, `__field` for `${__field.labels.pod}`). */
  name: string;
  /** The `:format` of `${name:format}` or `[[name:format]]`, when given. */
  format?: string;
  /** The `.path` of `${name.path}` (`${__field.labels.pod}`), when given. */
  field?: string;
  /** 0-based offsets of the reference in the text, `to` exclusive. */
  from: number;
  to: number;
  /** The reference as written. */
  text: string;
}

/** Every variable reference in `text` (queries, titles, datasource uids, links), in order. */
export function findVariableReferences(text: string): VariableReference[] {
  const references: VariableReference[] = [];
  for (const match of text.matchAll(VARIABLE_PATTERN)) {
    const groups = match.groups ?? {};
    const name = groups['bare'] ?? groups['braced'] ?? groups['old'];
    if (name === undefined) continue;
    const format = groups['format'] ?? groups['oldFormat'];
    const field = groups['field'];
    references.push({
      name,
      ...(format !== undefined && format !== '' ? { format } : {}),
      ...(field !== undefined ? { field } : {}),
      from: match.index,
      to: match.index + match[0].length,
      text: match[0],
    });
  }
  return references;
}

/** What a placeholder must be to keep the query parseable where the variable sits. */
export type MaskKind = 'identifier' | 'text' | 'duration' | 'number';

/** One variable replaced by {@link maskGrafanaVariables}. */
export interface MaskedVariable extends VariableReference {
  kind: MaskKind;
  /** What replaced it. */
  replacement: string;
}

/** A query with its variables masked. */
export interface MaskedQuery {
  /** The query with every variable replaced. */
  text: string;
  /** The variables replaced, in order of the source text. */
  variables: MaskedVariable[];
}

/**
 * Placeholder numbers for durations and numbers, shared by the texts that will be compared, so
 * that the same variable gets the same number on both sides and different variables different
 * numbers. Numbers are chosen that appear in none of the texts, so a placeholder never equals a
 * literal the author wrote.
 */
export class MaskNumbers {
  private readonly assigned = new Map<string, number>();
  private next = 7_700_001;

  /** @param texts the texts that will be masked with this table (placeholders avoid their digits). */
  constructor(private readonly texts: readonly string[] = []) {}

  /** The number standing for `key` (a variable, its format and its kind). */
  numberFor(key: string): number {
    const known = this.assigned.get(key);
    if (known !== undefined) return known;
    while (this.texts.some((text) => text.includes(String(this.next)))) this.next += 1;
    const value = this.next;
    this.next += 1;
    this.assigned.set(key, value);
    return value;
  }
}

/** Grafana's built-in variables whose value is a plain number (epoch or a count of ms or s). */
const NUMERIC_BUILTINS = new Set([
  '__from',
  '__to',
  '__interval_ms',
  '__rate_interval_ms',
  '__range_s',
  '__range_ms',
]);

/**
 * Functions and aggregations whose first argument is a scalar (`topk($k, …)`): a variable there
 * is a number, not a series.
 */
const SCALAR_FIRST_ARGUMENT = new Set([
  'topk',
  'bottomk',
  'limitk',
  'limit_ratio',
  'quantile',
  'histogram_quantile',
  'quantile_over_time',
]);

/** The identifier prefix of masked variables; no real metric or label starts with it. */
export const MASK_PREFIX = '__grafana_var_';

/** A name safe in an identifier and in text: `job`, `job__regex`, `__field__labels_pod`. */
function placeholderName(reference: VariableReference): string {
  const suffix = [reference.field, reference.format]
    .filter((part): part is string => part !== undefined)
    .map((part) => `__${part.replace(/\W/gu, '_')}`)
    .join('');
  return `${MASK_PREFIX}${reference.name}${suffix}`;
}

/** Where each offset of `text` sits: inside a string literal or a `#` comment, or in the expression. */
function stringAndCommentSpans(text: string): boolean[] {
  const quoted: boolean[] = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      let j = i + 1;
      while (j < text.length && text.charAt(j) !== ch)
        j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
      for (let k = i; k <= Math.min(j, text.length - 1); k += 1) quoted[k] = true;
      i = j;
    } else if (ch === '#') {
      while (i < text.length && text.charAt(i) !== '\n') quoted[i++] = true;
    }
  }
  return quoted;
}

/** The bracket open at `offset` (`[`, `(`, `{`), strings and comments skipped. */
function openBracketAt(
  text: string,
  quoted: readonly boolean[],
  offset: number,
): string | undefined {
  const open: string[] = [];
  for (let i = 0; i < offset; i += 1) {
    if (quoted[i] === true) continue;
    const ch = text.charAt(i);
    if (ch === '(' || ch === '[' || ch === '{') open.push(ch);
    else if (ch === ')' || ch === ']' || ch === '}') open.pop();
  }
  return open.at(-1);
}

/** What kind of PromQL the variable at `reference` must become. */
function kindAt(text: string, quoted: readonly boolean[], reference: VariableReference): MaskKind {
  if (quoted[reference.from] === true) return 'text';
  const before = text.slice(0, reference.from).trimEnd();
  const after = text.slice(reference.to);
  // `${__range_s}s`: the variable is the number of a duration.
  const unitFollows = /^[a-z]/iu.test(after) && !/^\w*\(/u.test(after);
  const inRange =
    before.endsWith('[') ||
    (before.endsWith(':') && openBracketAt(text, quoted, reference.from) === '[') ||
    /\boffset$/iu.test(before);
  if (inRange) return unitFollows ? 'number' : 'duration';
  if (before.endsWith('@')) return 'number';
  if (NUMERIC_BUILTINS.has(reference.name)) return 'number';
  const call = /(\w+)\s*(?:(?:by|without)\s*\([^)]*\)\s*)?\(\s*$/iu.exec(before);
  if (call !== null && SCALAR_FIRST_ARGUMENT.has((call[1] ?? '').toLowerCase())) return 'number';
  return 'identifier';
}

/**
 * Replaces every Grafana variable in a PromQL query by a placeholder of the kind its place needs:
 * a duration in a range, subquery step or `offset` (`[$__rate_interval]` → `[7700001s]`), a
 * number where a scalar goes (`@ $__to`, `topk($k, …)`, `${__range_s}s`), text inside a string
 * (`"$job"` → `"__grafana_var_job"`), an identifier elsewhere (metric, label or grouping name).
 * `$job`, `${job}` and `[[job]]` mask alike (Grafana reads them alike); `${job:regex}` differs.
 * @param numbers shared between texts that are compared, so their placeholders agree.
 * @example maskGrafanaVariables('rate(x{job="$job"}[$__rate_interval])').text
 *   // 'rate(x{job="__grafana_var_job"}[7700001s])'
 */
export function maskGrafanaVariables(
  query: string,
  numbers: MaskNumbers = new MaskNumbers([query]),
): MaskedQuery {
  const references = findVariableReferences(query);
  if (references.length === 0) return { text: query, variables: [] };
  const quoted = stringAndCommentSpans(query);
  const variables: MaskedVariable[] = [];
  let text = '';
  let last = 0;
  for (const reference of references) {
    const kind = kindAt(query, quoted, reference);
    const name = placeholderName(reference);
    const replacement =
      kind === 'duration'
        ? `${numbers.numberFor(`${name}|duration`)}s`
        : kind === 'number'
          ? String(numbers.numberFor(`${name}|number`))
          : name;
    text += query.slice(last, reference.from) + replacement;
    last = reference.to;
    variables.push({ ...reference, kind, replacement });
  }
  return { text: text + query.slice(last), variables };
}
