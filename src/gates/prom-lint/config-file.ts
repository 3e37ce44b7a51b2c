/**
 * The prom-lint configuration file (`.kaizen-gates/prom-lint.yml` by default): the inputs a team
 * wants in version control next to its rules, and the tunables of the warning checks. Read
 * strictly, as Prometheus reads rule files: an unknown key or a value of the wrong type is a
 * ConfigurationError naming the file, line, column and key (with the nearest known key when
 * it looks like a typo), because a misspelt setting that is silently ignored is worse than none.
 * Pure: text in, config out.
 */
import { closest, distance } from 'fastest-levenshtein';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type YAMLMap,
} from 'yaml';
import { ConfigurationError } from '../../shared/errors.js';
import { parsePrometheusDuration } from './rulefmt/duration.js';
import {
  parsePrometheusVersion,
  PROMQL_FEATURE_FLAGS,
  promqlFeatureFlag,
  VERSION_EXPECTED,
  type PrometheusVersion,
  type PromQLFeatureFlag,
} from './promql/versions.js';
import { CONVENTION_PRESETS, type ConventionPreset, type ConventionSettings } from './settings.js';
import type {
  AggregationKeepRule,
  PromLintSettings,
  RejectRule,
  RequiredLabelsRule,
} from './settings.js';
import { anchoredPattern } from './checks/anchored-pattern.js';

const CONVENTION_PRESET_NAMES = Object.keys(CONVENTION_PRESETS) as ConventionPreset[];

/** Which findings are reported: those in the files a change touched, all, or chosen by the run. */
export type PromLintScope = 'auto' | 'changed-files' | 'all';

/** The values of {@link PromLintScope}, for messages and validation. */
export const PROM_LINT_SCOPES: readonly PromLintScope[] = ['auto', 'changed-files', 'all'];

export { DEFAULT_CONFIG_PATHS } from './defaults.js';

/** What a configuration file sets; every field is optional, and inputs override it. */
export interface PromLintConfig {
  /** The file it was read from, for messages. */
  path: string;
  /** Globs of rule files, relative to the working directory (the repository root). */
  paths?: string[];
  legacyNames?: boolean;
  experimentalFunctions?: boolean;
  /** `prometheus-version`: the release the rules are deployed to. */
  prometheusVersion?: PrometheusVersion;
  /** `enable-features`: the PromQL `--enable-feature` values that release runs with. */
  enableFeatures?: PromQLFeatureFlag[];
  scope?: PromLintScope;
  /** Warning checks switched off: check names or `family/*`. */
  disabled?: string[];
  /** Scrape interval in seconds (the file says it as a Prometheus duration, e.g. `30s`). */
  scrapeInterval?: number;
  /** The preset the conventions start from (`conventions: mixin`, or `preset:` in the map). */
  conventionPreset?: ConventionPreset;
  /** Conventions the file sets over its preset; the others keep the preset's. */
  conventions?: Partial<ConventionSettings>;
  /** `aggregation-keep`: labels aggregations must keep (`promql/aggregation-keep`). */
  aggregationKeep?: AggregationKeepRule[];
  /** `required-labels`: labels selectors must filter on (`promql/required-labels`). */
  requiredLabels?: RequiredLabelsRule[];
  /** `reject`: patterns label and annotation keys or values must not match (`rules/reject`). */
  reject?: RejectRule[];
  /** `max-range`: the longest range selector, in milliseconds (`promql/max-range`). */
  maxRange?: number;
  /** `alert-for`: the shortest and longest `for` of alerts, in milliseconds (`alerts/for-range`). */
  alertFor?: { min?: number; max?: number };
}

/**
 * The settings of the configured checks (`aggregation-keep`, `required-labels`, `reject`) a
 * configuration file sets, to spread over the other settings.
 * @example checkOptionsOf(parsePromLintConfig('reject: [{pattern: a, label-keys: true}]', 'c.yml'))
 *   // { reject: [{ pattern: 'a', labelKeys: true, labelValues: false, ... }] }
 */
export function checkOptionsOf(
  config: PromLintConfig | undefined,
): Pick<
  PromLintSettings,
  'aggregationKeep' | 'requiredLabels' | 'reject' | 'maxRange' | 'alertFor'
> {
  return {
    ...(config?.maxRange === undefined ? {} : { maxRange: config.maxRange }),
    ...(config?.alertFor === undefined ? {} : { alertFor: config.alertFor }),
    ...(config?.aggregationKeep === undefined ? {} : { aggregationKeep: config.aggregationKeep }),
    ...(config?.requiredLabels === undefined ? {} : { requiredLabels: config.requiredLabels }),
    ...(config?.reject === undefined ? {} : { reject: config.reject }),
  };
}

/** Which rules a configured check applies to. */
const RULE_KINDS = ['alerting', 'recording', 'all'] as const;

/** A check name (`promql/irate-in-alert`) or a whole family (`conventions/*`). */
const CHECK_PATTERN = /^[a-z][a-z0-9-]*\/(?:\*|[a-z0-9][a-z0-9-]*)$/;

type Reader = (node: Node, key: string) => void;

/**
 * Parses a configuration file. An empty file is an empty configuration.
 *
 * @param path the file's path, for messages.
 * @throws ConfigurationError `FILE:LINE:COLUMN: …` on a YAML error, an unknown key, or a value of
 *   the wrong type.
 * @example parsePromLintConfig('scrape-interval: 30s\ndisabled: [conventions/*]', 'c.yml')
 *   // { path: 'c.yml', scrapeInterval: 30, disabled: ['conventions/*'] }
 */
export function parsePromLintConfig(text: string, path: string): PromLintConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const where = (offset: number | undefined): string => {
    const { line, col } = lineCounter.linePos(offset ?? 0);
    return `${path}:${line}:${col}`;
  };
  const [error] = document.errors;
  if (error !== undefined) {
    throw new ConfigurationError(
      `${where(error.pos[0])}: not a valid YAML file: ${error.message.split('\n')[0] ?? ''}`,
    );
  }
  const config: PromLintConfig = { path };
  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return config;

  function fail(node: Node | null | undefined, message: string): never {
    throw new ConfigurationError(`${where(node?.range?.[0])}: ${message}`);
  }
  const resolve = (node: unknown): Node | undefined => {
    const resolved: unknown = isAlias(node) ? node.resolve(document) : node;
    return isScalar(resolved) || isMap(resolved) || isSeq(resolved) ? resolved : undefined;
  };

  const boolean =
    (set: (value: boolean) => void): Reader =>
    (node, key) => {
      if (isScalar(node) && typeof node.value === 'boolean') set(node.value);
      else fail(node, `'${key}' is ${show(node)}; expected true or false.`);
    };
  const string = (node: Node | undefined, key: string): string =>
    isScalar(node) && typeof node.value === 'string' && node.value.trim() !== ''
      ? node.value.trim()
      : fail(node, `'${key}' has ${show(node)}; expected a non-empty string.`);
  const stringList = (node: Node, key: string, allowEmpty: boolean): string[] => {
    if (isScalar(node) && typeof node.value === 'string') return [string(node, key)];
    if (!isSeq(node)) return fail(node, `'${key}' is ${show(node)}; expected a list of strings.`);
    const items = node.items.map((item) => string(resolve(item), key));
    if (items.length === 0 && !allowEmpty) fail(node, `'${key}' is an empty list.`);
    return items;
  };
  const preset = (node: Node, key: string): ConventionPreset => {
    const value = isScalar(node) ? node.value : undefined;
    const found = CONVENTION_PRESET_NAMES.find((name) => name === value);
    return (
      found ??
      fail(
        node,
        `'${key}' is ${show(node)}; expected a preset (${CONVENTION_PRESET_NAMES.join(', ')}) or a map of conventions.`,
      )
    );
  };
  const conventions: Partial<ConventionSettings> = {};
  const conventionKeys: Record<string, Reader> = {
    preset: (node, key) => {
      config.conventionPreset = preset(node, key);
    },
    severities: (node, key) => {
      conventions.severities = stringList(node, key, true);
    },
    summary: boolean((value) => (conventions.summary = value)),
    description: boolean((value) => (conventions.description = value)),
    'runbook-url': boolean((value) => (conventions.runbookUrl = value)),
    'alert-names': boolean((value) => (conventions.alertNames = value)),
    'record-names': boolean((value) => (conventions.recordNames = value)),
    'redundant-for': boolean((value) => (conventions.redundantFor = value)),
    'humanize-value': boolean((value) => (conventions.humanizeValue = value)),
    'smelly-regex': boolean((value) => (conventions.smellyRegex = value)),
  };
  const positiveDuration = (node: Node, key: string): number => {
    const text = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
    const parsed = parsePrometheusDuration(text);
    return text !== '' && 'ms' in parsed && parsed.ms > 0
      ? parsed.ms
      : fail(node, `'${key}' is ${show(node)}; expected a Prometheus duration such as 6h.`);
  };
  const ruleKind = (node: Node, key: string): (typeof RULE_KINDS)[number] => {
    const value = isScalar(node) ? node.value : undefined;
    return (
      RULE_KINDS.find((kind) => kind === value) ??
      fail(node, `'${key}' is ${show(node)}; expected one of: ${RULE_KINDS.join(', ')}.`)
    );
  };
  const pattern = (node: Node, key: string): string => {
    const text = string(node, key);
    return anchoredPattern(text) !== undefined
      ? text
      : fail(node, `'${key}' is ${show(node)}; expected a regular expression (RE2 syntax).`);
  };
  /** A list of mappings, each read by `readers` after `start()` gives its defaults. */
  function listOfMaps<T>(
    node: Node,
    key: string,
    start: () => T,
    readers: (item: T) => Record<string, Reader>,
    required: readonly (keyof T & string)[],
  ): T[] {
    const items = isSeq(node) ? node.items : isMap(node) ? [node] : undefined;
    if (items === undefined)
      return fail(node, `'${key}' is ${show(node)}; expected a list of mappings.`);
    return items.map((raw) => {
      const item = start();
      const itemNode = resolve(raw) ?? node;
      readMap(itemNode, key, readers(item), `${key}.`);
      for (const field of required) {
        const value = item[field];
        if (value === '' || (Array.isArray(value) && value.length === 0))
          fail(itemNode, `every entry of '${key}' needs '${kebab(field)}'.`);
      }
      return item;
    });
  }
  const topKeys: Record<string, Reader> = {
    paths: (node, key) => {
      config.paths = stringList(node, key, false);
    },
    'legacy-names': boolean((value) => (config.legacyNames = value)),
    'experimental-functions': boolean((value) => (config.experimentalFunctions = value)),
    'prometheus-version': (node, key) => {
      // The file's text, not the YAML value: `2.50` reads as the number 2.5, another release.
      const range = isScalar(node) ? node.range : undefined;
      const raw = range == null ? '' : text.slice(range[0], range[1]);
      const version = parsePrometheusVersion(raw.replace(/^(['"])(.*)\1$/su, '$2'));
      if (version === undefined)
        fail(node, `'${key}' is ${show(node)}; expected ${VERSION_EXPECTED}.`);
      else config.prometheusVersion = version;
    },
    'enable-features': (node, key) => {
      const items = isSeq(node) ? node.items : [node];
      config.enableFeatures = stringList(node, key, true).map(
        (name, index) =>
          promqlFeatureFlag(name) ??
          fail(
            resolve(items[index]) ?? node,
            `'${key}' has '${name}'; expected one of: ${Object.keys(PROMQL_FEATURE_FLAGS).join(', ')}.`,
          ),
      );
    },
    scope: (node, key) => {
      const value = isScalar(node) ? node.value : undefined;
      const scope = PROM_LINT_SCOPES.find((choice) => choice === value);
      if (scope === undefined)
        fail(node, `'${key}' is ${show(node)}; expected one of: ${PROM_LINT_SCOPES.join(', ')}.`);
      else config.scope = scope;
    },
    disabled: (node, key) => {
      const list = stringList(node, key, true);
      const items = isSeq(node) ? node.items : [node];
      list.forEach((check, index) => {
        if (!CHECK_PATTERN.test(check))
          fail(
            resolve(items[index]) ?? node,
            `'${key}' has '${check}'; expected a check name such as promql/irate-in-alert or a family such as conventions/*.`,
          );
      });
      config.disabled = list;
    },
    'scrape-interval': (node, key) => {
      const text = isScalar(node) && typeof node.value === 'string' ? node.value.trim() : '';
      const parsed = parsePrometheusDuration(text);
      if (text === '' || !('ms' in parsed) || parsed.ms <= 0)
        fail(node, `'${key}' is ${show(node)}; expected a Prometheus duration such as 30s or 1m.`);
      else config.scrapeInterval = parsed.ms / 1000;
    },
    'max-range': (node, key) => {
      config.maxRange = positiveDuration(node, key);
    },
    'alert-for': (node, key) => {
      const alertFor: { min?: number; max?: number } = {};
      readMap(
        node,
        key,
        {
          min: (value, name) => (alertFor.min = positiveDuration(value, name)),
          max: (value, name) => (alertFor.max = positiveDuration(value, name)),
        },
        `${key}.`,
      );
      if (alertFor.min !== undefined && alertFor.max !== undefined && alertFor.min > alertFor.max)
        fail(node, `'${key}' has a min longer than its max.`);
      config.alertFor = alertFor;
    },
    'aggregation-keep': (node, key) => {
      config.aggregationKeep = listOfMaps<{
        rules: AggregationKeepRule['rules'];
        labels: string[];
      }>(
        node,
        key,
        () => ({ rules: 'all', labels: [] }),
        (item) => ({
          rules: (value, name) => (item.rules = ruleKind(value, name)),
          labels: (value, name) => (item.labels = stringList(value, name, false)),
        }),
        ['labels'],
      );
    },
    'required-labels': (node, key) => {
      config.requiredLabels = listOfMaps<{
        rules: RequiredLabelsRule['rules'];
        metric: string;
        labels: string[];
      }>(
        node,
        key,
        () => ({ rules: 'all', metric: '', labels: [] }),
        (item) => ({
          rules: (value, name) => (item.rules = ruleKind(value, name)),
          metric: (value, name) => (item.metric = pattern(value, name)),
          labels: (value, name) => (item.labels = stringList(value, name, false)),
        }),
        ['metric', 'labels'],
      );
    },
    reject: (node, key) => {
      config.reject = listOfMaps<RejectRule>(
        node,
        key,
        () => ({
          pattern: '',
          labelKeys: false,
          labelValues: false,
          annotationKeys: false,
          annotationValues: false,
        }),
        (item) => ({
          pattern: (value, name) => (item.pattern = pattern(value, name)),
          'label-keys': boolean((value) => (item.labelKeys = value)),
          'label-values': boolean((value) => (item.labelValues = value)),
          'annotation-keys': boolean((value) => (item.annotationKeys = value)),
          'annotation-values': boolean((value) => (item.annotationValues = value)),
        }),
        ['pattern'],
      );
      config.reject.forEach((rule, index) => {
        if (!rule.labelKeys && !rule.labelValues && !rule.annotationKeys && !rule.annotationValues)
          fail(
            resolve(isSeq(node) ? node.items[index] : node) ?? node,
            `the '${key}' entry for '${rule.pattern}' checks nothing; set label-keys, label-values, annotation-keys or annotation-values to true.`,
          );
      });
    },
    conventions: (node, key) => {
      if (isScalar(node)) {
        config.conventionPreset = preset(node, key);
        return;
      }
      readMap(node, key, conventionKeys, `${key}.`);
      config.conventions = conventions;
    },
  };

  function readMap(
    node: Node,
    what: string,
    readers: Record<string, Reader>,
    prefix: string,
  ): void {
    if (!isMap(node)) {
      fail(node, `${what === '' ? 'the file' : `'${what}'`} is ${show(node)}; expected a mapping.`);
      return;
    }
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const keyNode = resolve(pair.key);
      if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
        fail(keyNode, `keys are strings; found ${show(keyNode)}.`);
        return;
      }
      const key = keyNode.value;
      const reader = readers[key];
      if (reader === undefined) {
        fail(keyNode, unknownKeyMessage(prefix + key, Object.keys(readers), prefix));
        return;
      }
      const value = resolve(pair.value);
      if (value === undefined || (isScalar(value) && value.value === null))
        fail(value ?? keyNode, `'${prefix}${key}' has no value.`);
      else reader(value, prefix + key);
    }
  }

  readMap(root, '', topKeys, '');
  return config;

  function unknownKeyMessage(key: string, known: readonly string[], prefix: string): string {
    const name = key.slice(prefix.length);
    const nested = prefix === '' && Object.keys(conventionKeys).includes(name);
    const hint = nested
      ? ` It belongs under 'conventions:'.`
      : (didYouMean(name, known).map((near) => ` Did you mean '${prefix}${near}'?`)[0] ?? '');
    return `unknown key '${key}'.${hint} Known keys${prefix === '' ? '' : ` of '${prefix.slice(0, -1)}'`}: ${known.join(', ')}.`;
  }
}

/**
 * The known key nearest to a misspelt one, when it is near enough to be a typo: at most 2 edits,
 * or a third of the key's length for long keys (`scrape_intervall` → `scrape-interval`).
 */
function didYouMean(key: string, known: readonly string[]): string[] {
  if (known.length === 0) return [];
  const near = closest(key.toLowerCase(), [...known]);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return distance(key.toLowerCase(), near) <= limit ? [near] : [];
}

/** A field name as the file writes it: `labelKeys` → `label-keys`. */
function kebab(field: string): string {
  return field.replace(/[A-Z]/gu, (upper) => `-${upper.toLowerCase()}`);
}

/** A value as the message shows it: `"yes"`, `3`, `a list`, `a mapping`, `empty`. */
function show(node: Node | undefined): string {
  if (node === undefined) return 'empty';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) return node.value === null ? 'empty' : JSON.stringify(node.value);
  return 'not a value';
}
