/**
 * Reads and validates the prom-lint gate's inputs once, for the action and the CLI alike. An
 * input that is given overrides the configuration file, which overrides the defaults; the action
 * therefore declares these inputs with empty defaults, so only what a workflow sets overrides
 * the file.
 */
import {
  booleanInput,
  choiceInput,
  inputLabel,
  listInput,
  optionalInput,
  readCommonInputs,
  type CommonInputs,
  type InputSource,
} from '../../shared/inputs.js';
import {
  checkOptionsOf,
  PROM_LINT_SCOPES,
  type PromLintConfig,
  type PromLintScope,
} from './config-file.js';
import { CONVENTION_PRESETS, defaultPromLintSettings, type PromLintSettings } from './settings.js';
import { DEFAULT_RULE_GLOBS } from './defaults.js';
import { ConfigurationError } from '../../shared/errors.js';
import {
  parsePrometheusVersion,
  PROMQL_FEATURE_FLAGS,
  promqlFeatureFlag,
  VERSION_EXPECTED,
  type PrometheusVersion,
  type PromQLFeatureFlag,
} from './promql/versions.js';
import type { PromQLSettings } from './settings.js';

export { DEFAULT_RULE_GLOBS } from './defaults.js';

/** Every input of the prom-lint gate. */
export interface PromLintInputs {
  common: CommonInputs;
  /** Paths or globs of rule files. */
  paths: string[];
  /** Where `paths` came from, for the message when one matches nothing. */
  pathsFrom: string;
  /** True when `paths` are the defaults (no match is then a warning, not an error). */
  defaultPaths: boolean;
  /** Validate label and annotation names with the legacy pattern instead of UTF-8. */
  legacyNames: boolean;
  /** Allow experimental PromQL functions, as Prometheus' --enable-feature=promql-experimental-functions. */
  experimentalFunctions: boolean;
  /**
   * Which findings are reported: `changed-files` (those in files the change touched), `all`, or
   * `auto` (changed files when there is a change to compare with: a pull request run, or the
   * CLI's `--base`).
   */
  scope: PromLintScope;
  /** Tunables of the warning checks: the file's, over the defaults. */
  settings: PromLintSettings;
  /** The configuration file that was read, if any. */
  configPath?: string;
}

/**
 * Reads the prom-lint inputs over a configuration file's values; throws ConfigurationError
 * naming the bad input.
 */
export function readPromLintInputs(source: InputSource, config?: PromLintConfig): PromLintInputs {
  const listed = listInput(source, 'paths');
  const paths = listed.length > 0 ? listed : (config?.paths ?? []);
  const prometheusVersion = versionInput(source) ?? config?.prometheusVersion;
  const features = featuresInput(source) ?? config?.enableFeatures ?? [];
  return {
    common: readCommonInputs(source),
    paths: paths.length > 0 ? paths : [...DEFAULT_RULE_GLOBS],
    pathsFrom:
      listed.length === 0 && config?.paths !== undefined ? `paths' in '${config.path}` : 'paths',
    defaultPaths: paths.length === 0,
    // Prometheus 2 validates names with the legacy pattern.
    legacyNames: booleanInput(
      source,
      'legacy-names',
      config?.legacyNames ?? prometheusVersion?.major === 2,
    ),
    experimentalFunctions:
      booleanInput(source, 'experimental-functions', config?.experimentalFunctions ?? false) ||
      features.includes('promql-experimental-functions'),
    scope: choiceInput(source, 'scope', PROM_LINT_SCOPES, config?.scope ?? 'auto'),
    settings: withPromQL(settingsOf(config), promqlSettingsOf(prometheusVersion, features)),
    ...(config === undefined ? {} : { configPath: config.path }),
  };
}

/** The configuration file's input, when one is named (`config`, CLI `--config`). */
export function configFileInput(source: InputSource): string | undefined {
  return optionalInput(source, 'config');
}

/**
 * The warning-check settings of a configuration file over the defaults.
 * @example settingsOf(undefined) // defaultPromLintSettings
 */
export function settingsOf(config: PromLintConfig | undefined): PromLintSettings {
  if (config === undefined) return defaultPromLintSettings;
  return {
    disabled: config.disabled ?? defaultPromLintSettings.disabled,
    scrapeInterval: config.scrapeInterval ?? defaultPromLintSettings.scrapeInterval,
    conventions: {
      ...CONVENTION_PRESETS[config.conventionPreset ?? 'none'],
      ...config.conventions,
    },
    ...checkOptionsOf(config),
  };
}

/** The `prometheus-version` input, when given; throws ConfigurationError naming it when unreadable. */
function versionInput(source: InputSource): PrometheusVersion | undefined {
  const text = optionalInput(source, 'prometheus-version');
  if (text === undefined) return undefined;
  const version = parsePrometheusVersion(text);
  if (version === undefined)
    throw new ConfigurationError(
      `${inputLabel(source, 'prometheus-version')} is '${text}'; expected ${VERSION_EXPECTED}.`,
    );
  return version;
}

/** The `enable-features` input (comma or line separated), when given. */
function featuresInput(source: InputSource): PromQLFeatureFlag[] | undefined {
  const names = listInput(source, 'enable-features');
  if (names.length === 0) return undefined;
  return names.map((name) => {
    const flag = promqlFeatureFlag(name);
    if (flag === undefined)
      throw new ConfigurationError(
        `${inputLabel(source, 'enable-features')} has '${name}'; expected one of: ${Object.keys(PROMQL_FEATURE_FLAGS).join(', ')}.`,
      );
    return flag;
  });
}

/** The PromQL settings a release and flags give, or undefined when neither is set. */
function promqlSettingsOf(
  prometheusVersion: PrometheusVersion | undefined,
  features: readonly PromQLFeatureFlag[],
): PromQLSettings | undefined {
  if (prometheusVersion === undefined && features.length === 0) return undefined;
  return {
    ...(prometheusVersion === undefined ? {} : { prometheusVersion }),
    durationExpressions: features.includes('promql-duration-expr'),
    extendedRangeSelectors: features.includes('promql-extended-range-selectors'),
    fillModifiers: features.includes('promql-binop-fill-modifiers'),
  };
}

/** `settings` with the PromQL settings, when there are any (the defaults stay the same object). */
function withPromQL(
  settings: PromLintSettings,
  promql: PromQLSettings | undefined,
): PromLintSettings {
  return promql === undefined ? settings : { ...settings, promql };
}
