/**
 * `promql/regex-matcher`: regex label matchers that say less than they seem to.
 *
 * Prometheus compiles a regex matcher as RE2 anchored at both ends (`^(?s:<regex>)$`, Prometheus
 * docs, "Querying basics": "Regex matches are fully anchored"). So:
 * - a regex that is plain text (`job=~"api"`, also `job=~"a\\.b"`, where `\.` is a literal dot)
 *   matches exactly that text: `job="api"` (`job="a.b"`) says so; `!~` becomes `!=`;
 * - a leading `^` or trailing `$` adds nothing (`=~"^api$"` is `=~"api"`, so `="api"`);
 * - `=~".*"` matches every value including the empty one, that is every series whether it has the
 *   label or not: the matcher filters nothing; `!~".*"` matches no series at all.
 * Idioms that mean something are left alone: `=~".+"` (label present and non-empty), `!~".+"`
 * (label absent or empty), alternations (`"api|web"`), character classes, `(?i)` flags.
 *
 * The same advice as pint's `promql/regexp` check ("unnecessary regexp selectors", "redundant
 * anchors").
 *
 * Written by hand rather than with a regex parser: deciding "is this RE2 pattern plain text" only
 * needs its escape rule (a backslash before ASCII punctuation is that character) and its
 * metacharacters, and no maintained JavaScript library parses RE2 syntax.
 */
import type { SyntaxNode } from '../promql/index.js';
import {
  childNamed,
  forEachNode,
  nodeText,
  unquotePromString,
  type ParsedPromQL,
} from '../promql/index.js';
import type { LintFinding } from '../types.js';
import { warningInScalar, type RuleContext } from './rule-context.js';

/** A regex label matcher as written, with its parts. */
interface RegexMatcher {
  /** The whole matcher as written. */
  text: string;
  /** The label name as written (quoted names keep their quotes). */
  nameText: string;
  op: '=~' | '!~';
  regex: string;
  from: number;
  to: number;
}

/** RE2 metacharacters outside a character class. */
const METACHARACTERS = new Set(['.', '+', '*', '?', '(', ')', '|', '[', ']', '{', '}', '^', '$']);

/** ASCII punctuation: a backslash before one of these is the character itself in RE2. */
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/u;

/**
 * One warning per regex matcher that needs no regex, has redundant anchors, or is `.*`, on the
 * matcher, naming the exact replacement.
 * @example regexMatcher(context) // for `up{job=~"api"}`: '... use job="api"'
 */
export function regexMatcher(context: RuleContext): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const matcher of regexMatchers(context.parsed)) {
    const message = adviceFor(matcher);
    if (message === undefined) continue;
    findings.push(
      warningInScalar(
        context.file,
        context.exprNode,
        matcher.from,
        matcher.to,
        'promql/regex-matcher',
        context.prefix + message,
      ),
    );
  }
  return findings;
}

function adviceFor(matcher: RegexMatcher): string | undefined {
  const { nameText, op, regex, text: written } = matcher;
  const { body, anchors } = withoutAnchors(regex);
  const anchored = 'Prometheus anchors regex matchers at both ends';
  if (body === '.*') {
    return op === '=~'
      ? `${written} matches every series, with or without the label, so it filters nothing; ` +
          'remove it'
      : `${written} matches no series at all (every value, even the empty one, matches .*), ` +
          'so the selector always returns nothing';
  }
  const literal = plainText(body);
  if (literal !== undefined) {
    const equality = `${nameText}${op === '=~' ? '=' : '!='}${JSON.stringify(literal)}`;
    const effect = `${op === '=~' ? 'matches' : 'excludes'} exactly ${JSON.stringify(literal)}`;
    // Without anchors the author may have expected a substring match, as grep does.
    const prefixHint =
      anchors === '' && literal !== ''
        ? ` (or ${nameText}${op}${JSON.stringify(`${body}.*`)} if longer values were meant)`
        : '';
    return `${written} needs no regex: ${anchored}, so it ${effect}; use ${equality}${prefixHint}`;
  }
  if (anchors !== '') {
    return (
      `${written} has a redundant ${anchors}: ${anchored} already; ` +
      `use ${nameText}${op}${JSON.stringify(body)}`
    );
  }
  return undefined;
}

/**
 * The regex without a leading `^` and a trailing (unescaped) `$`, and which of them it had.
 * Both are no-ops in a fully anchored match, even before or after a top-level alternation
 * (`^a|b` is `(?:^a)|b`, and `^` at the start of the input adds nothing). Left alone under a
 * `(?m)` flag, where they match at line breaks.
 */
function withoutAnchors(regex: string): { body: string; anchors: string } {
  if (/\(\?[a-zA-Z]*m/u.test(regex)) return { body: regex, anchors: '' };
  let body = regex;
  const found: string[] = [];
  // `^*` would make the quantifier apply to nothing: not ours to rewrite.
  if (body.startsWith('^') && !/^\^[*+?{]/u.test(body)) {
    body = body.slice(1);
    found.push('^');
  }
  if (body.endsWith('$') && (/\\*(?=\$$)/u.exec(body)?.[0].length ?? 0) % 2 === 0) {
    body = body.slice(0, -1);
    found.push('$');
  }
  return { body, anchors: found.join(' and ') };
}

/** The text a regex matches when it matches exactly one string, else undefined. */
function plainText(regex: string): string | undefined {
  let text = '';
  for (let i = 0; i < regex.length; i++) {
    const ch = regex[i] ?? '';
    if (ch === '\\') {
      const next = regex[i + 1] ?? '';
      // `\d`, `\pL`, `\Q...\E`, `\n`: classes, assertions or escapes we do not rewrite.
      if (!ASCII_PUNCTUATION.test(next)) return undefined;
      text += next;
      i++;
    } else if (METACHARACTERS.has(ch)) {
      return undefined;
    } else {
      text += ch;
    }
  }
  return text;
}

/**
 * Every `=~`/`!~` matcher of every selector, in source order: one walk finds both kinds, and a
 * walk that visits parents first meets them in source order (no matcher holds another).
 */
function regexMatchers(parsed: ParsedPromQL): RegexMatcher[] {
  const result: RegexMatcher[] = [];
  forEachNode(parsed, (node) => {
    if (node.name !== 'UnquotedLabelMatcher' && node.name !== 'QuotedLabelMatcher') return;
    const matcher = regexMatcherOf(parsed, node);
    if (matcher !== undefined) result.push(matcher);
  });
  return result;
}

function regexMatcherOf(parsed: ParsedPromQL, node: SyntaxNode): RegexMatcher | undefined {
  const nameNode = childNamed(node, 'LabelName') ?? childNamed(node, 'QuotedLabelName');
  const opNode = childNamed(node, 'MatchOp');
  const valueNode = childNamed(node, 'StringLiteral');
  if (nameNode === null || opNode === null || valueNode === null) return undefined;
  const op = nodeText(parsed, opNode);
  const literal = nodeText(parsed, valueNode);
  if ((op !== '=~' && op !== '!~') || hasInvalidEscape(literal)) return undefined;
  return {
    text: nodeText(parsed, node),
    nameText: nodeText(parsed, nameNode),
    op,
    regex: unquotePromString(literal),
    from: node.from,
    to: node.to,
  };
}

/**
 * Whether a quoted string has an escape Go's strconv rejects (`"a\d"`): Prometheus refuses such
 * an expression, so any advice on the matcher would mislead. Raw (backtick) strings have none.
 */
function hasInvalidEscape(literal: string): boolean {
  if (literal.startsWith('`')) return false;
  return /\\(?![abfnrtv\\'"0-7xuU])/u.test(literal.replace(/\\\\/gu, ''));
}
