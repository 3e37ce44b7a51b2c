/**
 * The `.lint` file of grafana/dashboard-linter, read as that tool reads it: `exclusions` and
 * `warnings`, each a map from rule name to an optional `reason` and `entries` (each entry a
 * `dashboard` title, a `panel` title and a `targetIdx`, with its own `reason`). A rule listed
 * without entries applies to every finding of the rule; with entries, to the findings that match
 * one. One extension: `enable`, a list of the rules that are off by default here (the rules that
 * suit only Grafana's integration dashboards), which dashboard-linter ignores as an unknown key.
 * Pure: text in, config out.
 */
import { closest } from 'fastest-levenshtein';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { ConfigurationError } from '../../../shared/errors.js';
import { ALL_RULES, KNOWN_RULES } from './rules.js';

/** One entry of a rule's exclusions or warnings: the finding it applies to. */
export interface LintConfigEntry {
  /** The dashboard's title; absent matches every dashboard. */
  dashboard?: string;
  /** The panel's title; absent matches every panel. */
  panel?: string;
  /** The query's index in the panel (0-based); absent matches every query. */
  targetIdx?: number;
  reason?: string;
}

/** What the file says of one rule. */
export interface LintConfigRule {
  reason?: string;
  /** Empty: the whole rule. */
  entries: LintConfigEntry[];
}

/** A parsed `.lint` file. */
export interface LintConfig {
  /** The file it was read from, for messages; empty for the built-in default. */
  path: string;
  /** Rule name → what is excluded (not reported). */
  exclusions: Record<string, LintConfigRule>;
  /** Rule name → what is downgraded to a warning. */
  warnings: Record<string, LintConfigRule>;
  /** Rules that are off by default, switched on. */
  enable: string[];
}

/** The configuration without a `.lint` file. */
export const DEFAULT_LINT_CONFIG: LintConfig = {
  path: '',
  exclusions: {},
  warnings: {},
  enable: [],
};

const TOP_KEYS = ['exclusions', 'warnings', 'enable'];
const RULE_KEYS = ['reason', 'entries'];
const ENTRY_KEYS = ['dashboard', 'panel', 'targetIdx', 'reason'];

/**
 * Parses a `.lint` file. An empty file is the default configuration.
 * @param path the file's path, for messages.
 * @throws ConfigurationError `FILE:LINE:COLUMN: …` on invalid YAML, an unknown key or rule name
 *   (with the nearest known one), or a value of the wrong type.
 * @example parseLintConfig('exclusions:\n  panel-units-rule:\n', '.lint').exclusions
 *   // { 'panel-units-rule': { entries: [] } }
 */
export function parseLintConfig(text: string, path: string): LintConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (node: Node | null | undefined): string => {
    const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
    return `${path}:${line}:${col}`;
  };
  const [error] = document.errors;
  if (error !== undefined) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    throw new ConfigurationError(
      `${path}:${line}:${col}: not a valid YAML file: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  // A node as a YAML node (an alias resolved), or undefined for an empty value.
  const resolve = (node: unknown): Node | undefined => {
    const resolved: unknown = isAlias(node) ? node.resolve(document) : node;
    if (isScalar(resolved) && resolved.value === null) return undefined;
    return isScalar(resolved) || isMap(resolved) || isSeq(resolved) ? resolved : undefined;
  };
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new ConfigurationError(`${where(node)}: ${message}`);
  };
  const unknownKey = (
    node: Node | undefined,
    key: string,
    known: readonly string[],
    what: string,
  ): never =>
    fail(
      node,
      `unknown ${what} ${JSON.stringify(key)}; did you mean ${JSON.stringify(closest(key, [...known]))}?`,
    );
  const scalarText = (node: Node | undefined, key: string): string => {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
      return String(node.value);
    return fail(node, `${key} must be a string`);
  };

  const config: LintConfig = { path, exclusions: {}, warnings: {}, enable: [] };
  const root = resolve(document.contents);
  if (root === undefined) return config;
  if (!isMap(root)) return fail(root, 'a .lint file is a map with `exclusions` and `warnings`');

  const readEntry = (node: Node | undefined, rule: string): LintConfigEntry => {
    if (!isMap(node))
      return fail(node, `each entry of ${rule} is a map (dashboard, panel, targetIdx, reason)`);
    const entry: LintConfigEntry = {};
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = resolve(pair.value);
      if (!ENTRY_KEYS.includes(key)) unknownKey(resolve(pair.key), key, ENTRY_KEYS, 'entry key');
      if (key === 'targetIdx') {
        // dashboard-linter stores it as a string ("0" is a valid index); both spellings are read.
        const raw = isScalar(value) ? value.value : undefined;
        const index = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
        if (!Number.isInteger(index) || index < 0)
          fail(
            value,
            `targetIdx must be a query index (0, 1, …), not ${JSON.stringify(raw ?? null)}`,
          );
        entry.targetIdx = index;
      } else if (key === 'dashboard' || key === 'panel' || key === 'reason') {
        entry[key] = scalarText(value, key);
      }
    }
    return entry;
  };

  const readRules = (node: Node | undefined, section: string): Record<string, LintConfigRule> => {
    const rules: Record<string, LintConfigRule> = {};
    if (node === undefined) return rules;
    if (!isMap(node)) return fail(node, `${section} is a map from rule name to its entries`);
    for (const pair of node.items) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!KNOWN_RULES.has(name)) unknownKey(resolve(pair.key), name, [...KNOWN_RULES], 'rule');
      const body = resolve(pair.value);
      const rule: LintConfigRule = { entries: [] };
      if (body !== undefined) {
        if (!isMap(body)) fail(body, `${section}.${name} is a map with \`reason\` and \`entries\``);
        else {
          for (const item of body.items) {
            const key = isScalar(item.key) ? String(item.key.value) : '';
            const value = resolve(item.value);
            if (!RULE_KEYS.includes(key)) unknownKey(resolve(item.key), key, RULE_KEYS, 'key');
            if (key === 'reason') rule.reason = scalarText(value, 'reason');
            else if (key === 'entries') {
              if (value === undefined) continue;
              if (!isSeq(value)) fail(value, `${section}.${name}.entries is a list`);
              else rule.entries = value.items.map((entry) => readEntry(resolve(entry), name));
            }
          }
        }
      }
      rules[name] = rule;
    }
    return rules;
  };

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = resolve(pair.value);
    if (!TOP_KEYS.includes(key)) unknownKey(resolve(pair.key), key, TOP_KEYS, 'key');
    if (key === 'exclusions') config.exclusions = readRules(value, key);
    else if (key === 'warnings') config.warnings = readRules(value, key);
    else if (key === 'enable') {
      if (!isSeq(value)) fail(value ?? resolve(pair.key), 'enable is a list of rule names');
      else
        config.enable = value.items.map((item) => {
          const node = resolve(item);
          const name = scalarText(node, 'a rule name');
          if (!ALL_RULES.has(name)) unknownKey(node, name, [...ALL_RULES], 'rule');
          return name;
        });
    }
  }
  return config;
}
