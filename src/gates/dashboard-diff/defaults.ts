/**
 * Where the dashboard-diff gate looks by default: in a module of their own so the CLI's help can
 * name them without loading the gate.
 */

/**
 * Files looked at when no path is given. Any changed JSON file is read, and the loader leaves out
 * those that are not dashboards (a package.json, a schema): dashboards have no fixed file name.
 */
export const DEFAULT_DASHBOARD_GLOBS: readonly string[] = ['**/*.json'];

/** Files the render command is run on when `render` is set and `render-glob` is not. */
export const DEFAULT_RENDER_GLOBS: readonly string[] = ['**/*.jsonnet'];

/**
 * The lint configuration read when `lint-config` is not given and the file exists: the name
 * grafana/dashboard-linter reads, so one file serves both tools.
 */
export const DEFAULT_LINT_CONFIG_PATH = '.lint';

/** The placeholder of the render command that stands for the file to render. */
export const RENDER_FILE_PLACEHOLDER = '{file}';
