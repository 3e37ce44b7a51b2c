/** Reads and validates the prom-lint gate's inputs once, for the action and the CLI alike. */
import {
  booleanInput,
  listInput,
  readCommonInputs,
  type CommonInputs,
  type InputSource,
} from '../../shared/inputs.js';

/** Rule files looked for when no path is given. */
export const DEFAULT_RULE_GLOBS = ['**/*.rules.yml', '**/*.rules.yaml'];

/** Every input of the prom-lint gate. */
export interface PromLintInputs {
  common: CommonInputs;
  /** Paths or globs of rule files. */
  paths: string[];
  /** True when `paths` are the defaults (no match is then a warning, not an error). */
  defaultPaths: boolean;
  /** Validate label and annotation names with the legacy pattern instead of UTF-8. */
  legacyNames: boolean;
  /** Allow experimental PromQL functions, as Prometheus' --enable-feature=promql-experimental-functions. */
  experimentalFunctions: boolean;
}

/** Reads the prom-lint inputs; throws ConfigurationError naming the bad input. */
export function readPromLintInputs(source: InputSource): PromLintInputs {
  const paths = listInput(source, 'paths');
  return {
    common: readCommonInputs(source),
    paths: paths.length > 0 ? paths : DEFAULT_RULE_GLOBS,
    defaultPaths: paths.length === 0,
    legacyNames: booleanInput(source, 'legacy-names', false),
    experimentalFunctions: booleanInput(source, 'experimental-functions', false),
  };
}
