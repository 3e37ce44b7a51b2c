/**
 * Where the prom-lint gate looks by default: in a module of their own so the CLI's help can
 * name them without loading the gate.
 */

/** Rule files looked for when no path is given. */
export const DEFAULT_RULE_GLOBS: readonly string[] = ['**/*.rules.yml', '**/*.rules.yaml'];

/** Where the configuration file is looked for when no `config` is given, first match wins. */
export const DEFAULT_CONFIG_PATHS: readonly string[] = [
  '.kaizen-gates/prom-lint.yml',
  '.kaizen-gates/prom-lint.yaml',
];
