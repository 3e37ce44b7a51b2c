/**
 * Whether two sets of PromQL label matchers can select the same series. The duplicate and
 * dependency checks need it to tell `code=~"5.."` from `code=~"2.."` (disjoint, so two recording
 * rules of one name do not collide) from `code=~"5.."` and `code!="200"` (they may).
 *
 * Prometheus matches regexes with Go's RE2, fully anchored and with `.` matching newlines
 * (`^(?s:…)$`, model/labels/regexp.go). JavaScript's RegExp reads the common subset the same way;
 * where a pattern uses syntax the two read differently, the answer is "may overlap", so the
 * checks stay quiet rather than wrong. Regex against regex is decided on finite automata with
 * `refa` (the automaton library eslint-plugin-regexp is built on) instead of a hand-written
 * intersection: it is exact for the shared subset, and it refuses, rather than hangs on, patterns
 * whose automata grow too large.
 */
import { JS, NFA, DFA } from 'refa';
import type { LabelMatcherSpec } from './label-matchers.js';

/**
 * Escapes a JS pattern may carry with the meaning RE2 gives them. `\s` is left out (JS adds the
 * Unicode spaces), so are `\a` (RE2: bell; JS: the letter), `\pN`, `\Q…\E`, `\z`, `\A`, `\C` and
 * octal or back references, which one of the two does not know.
 */
const SHARED_LETTER_ESCAPES = new Set(['d', 'D', 'w', 'W', 'b', 'B', 'n', 't', 'r', 'f', 'v']);

/** Characters a RegExp without the `u` flag sees as two (RE2 sees one). */
const BEYOND_BMP = /[\u{10000}-\u{10ffff}]/u;

/** The largest character of a RegExp without the `u` flag (UTF-16 code units). */
const MAX_CHARACTER = 0xffff;

/** Most automaton states one comparison may build before it gives up ("may overlap"). */
const MAX_AUTOMATON_NODES = 10_000;

/**
 * The pattern as JavaScript source with the meaning RE2 gives it, or undefined when it uses
 * syntax the two engines read differently (inline flags, named classes, `\pL`, characters beyond
 * the Basic Multilingual Plane, which a RegExp without the `u` flag splits in two).
 * @example jsPatternOf('5..') // '5..'
 * @example jsPatternOf('(?i)error') // undefined
 */
export function jsPatternOf(re2: string): string | undefined {
  if (re2.includes('[:')) return undefined; // POSIX classes `[[:alpha:]]` (or a class with `:`)
  if (BEYOND_BMP.test(re2)) return undefined;
  for (let i = 0; i < re2.length; i += 1) {
    const ch = re2.charAt(i);
    if (ch === '\\') {
      const next = re2.charAt(i + 1);
      if (next === '') return undefined;
      if (next === 'x') {
        if (!/^[0-9a-fA-F]{2}$/u.test(re2.slice(i + 2, i + 4))) return undefined;
        i += 3;
        continue;
      }
      if (/[a-zA-Z0-9]/u.test(next) && !SHARED_LETTER_ESCAPES.has(next)) return undefined;
      i += 1;
    } else if (ch === '(' && re2.charAt(i + 1) === '?' && re2.charAt(i + 2) !== ':') {
      return undefined; // inline flags `(?i)`, `(?P<name>…)`, JS-only lookarounds
    }
  }
  return re2;
}

/** The fully anchored RegExp Prometheus would match with, or undefined (see jsPatternOf). */
function anchoredRegExp(re2: string): RegExp | undefined {
  const source = jsPatternOf(re2);
  if (source === undefined) return undefined;
  try {
    return new RegExp(`^(?:${source})$`, 's');
  } catch {
    return undefined; // not valid in JS (and almost always not in RE2 either)
  }
}

/**
 * Whether a label value (`''` for a missing label, as Prometheus treats it) satisfies a matcher;
 * undefined when the matcher's regex uses syntax JavaScript reads differently from RE2.
 * @example matcherAccepts({ name: 'code', op: '=~', value: '5..' }, '503') // true
 * @example matcherAccepts({ name: 'code', op: '!~', value: '5..' }, '200') // true
 */
export function matcherAccepts(matcher: LabelMatcherSpec, value: string): boolean | undefined {
  switch (matcher.op) {
    case '=':
      return value === matcher.value;
    case '!=':
      return value !== matcher.value;
    case '=~':
    case '!~': {
      const regex = anchoredRegExp(matcher.value);
      if (regex === undefined || BEYOND_BMP.test(value)) return undefined;
      return regex.test(value) === (matcher.op === '=~');
    }
  }
}

/**
 * The automaton of the values a matcher accepts, or undefined when the pattern is outside the
 * subset both engines share or its automaton would be too large.
 */
function automatonOf(matcher: LabelMatcherSpec): NFA | DFA | undefined {
  const pattern =
    matcher.op === '=' || matcher.op === '!='
      ? matcher.value.replace(/[\\^$.*+?()[\]{}|/-]/gu, '\\$&')
      : jsPatternOf(matcher.value);
  if (pattern === undefined) return undefined;
  try {
    const { expression, maxCharacter } = JS.Parser.fromLiteral({
      source: pattern,
      flags: 's',
    }).parse({ assertions: 'throw', backreferences: 'throw', maxNodes: MAX_AUTOMATON_NODES });
    const factory = new NFA.LimitedNodeFactory(MAX_AUTOMATON_NODES);
    const nfa = NFA.fromRegex(expression, { maxCharacter }, {}, factory);
    if (matcher.op === '=' || matcher.op === '=~') return nfa;
    const dfa = DFA.fromFA(nfa, new DFA.LimitedNodeFactory(MAX_AUTOMATON_NODES));
    dfa.complement();
    return dfa;
  } catch {
    // Syntax JS rejects, an assertion (`^`, `\b`) inside the pattern, or too many states.
    return undefined;
  }
}

/**
 * Whether one value can satisfy every matcher on a single label. Decided exactly when there is
 * an equality matcher (its value is the only candidate) or when every pattern is in the shared
 * subset; otherwise true ("may").
 */
function labelSatisfiable(matchers: readonly LabelMatcherSpec[]): boolean {
  if (matchers.length < 2) return true;
  const equality = matchers.find((matcher) => matcher.op === '=');
  if (equality !== undefined)
    return matchers.every((matcher) => matcherAccepts(matcher, equality.value) !== false);
  const automata: (NFA | DFA)[] = [];
  for (const matcher of matchers) {
    const automaton = automatonOf(matcher);
    if (automaton === undefined) return true;
    automata.push(automaton);
  }
  try {
    let product = NFA.all({ maxCharacter: MAX_CHARACTER });
    for (const next of automata) {
      const factory = new NFA.LimitedNodeFactory(MAX_AUTOMATON_NODES);
      // One call per automaton kind: fromIntersection is generic over the node type.
      product =
        next instanceof NFA
          ? NFA.fromIntersection(product, next, factory)
          : NFA.fromIntersection(product, next, factory);
    }
    return !product.isEmpty;
  } catch {
    return true; // too many states: cannot tell
  }
}

/**
 * Whether some series can satisfy every matcher of both sets; false only when that is provably
 * impossible (e.g. `code=~"2.."` against `code=~"5.."`, `job="a"` against `job!~"a|b"`, or two
 * metric names). Labels are independent of each other, so the sets are disjoint exactly when the
 * matchers on one label cannot all hold. A missing label is the value `''`, as in Prometheus.
 * Cost: linear in the matchers, plus an automaton product per label with only regex matchers.
 * @example matcherSetsMayOverlap([{ name: 'code', op: '=~', value: '2..' }], [{ name: 'code', op: '=~', value: '5..' }]) // false
 */
export function matcherSetsMayOverlap(
  a: readonly LabelMatcherSpec[],
  b: readonly LabelMatcherSpec[],
): boolean {
  const byLabel = new Map<string, LabelMatcherSpec[]>();
  for (const matcher of [...a, ...b]) {
    const list = byLabel.get(matcher.name);
    if (list === undefined) byLabel.set(matcher.name, [matcher]);
    else list.push(matcher);
  }
  return [...byLabel.values()].every(labelSatisfiable);
}
