/** `kaizen-gates dashboard-diff`: the dashboard-diff gate on two files or on the working tree's changes. */
import {
  DEFAULT_DASHBOARD_GLOBS,
  DEFAULT_LINT_CONFIG_PATH,
  DEFAULT_RENDER_GLOBS,
} from '../../gates/dashboard-diff/defaults.js';
import { directoryExists, fileExists, readTextFile } from '../../io/files.js';
import { commonHelp, type GateCommand } from '../command.js';
import { closestName } from '../did-you-mean.js';

export const dashboardDiffCommand: GateCommand = {
  summary: 'review Grafana dashboard changes panel by panel, and lint what the change introduces',
  baseRefOption: 'base-ref',
  positionals: 'paths',
  options: {
    base: { type: 'string' },
    head: { type: 'string' },
    'base-ref': { type: 'string' },
    render: { type: 'string' },
    'render-glob': { type: 'string', multiple: true },
    'lint-config': { type: 'string' },
  },
  help: `Usage: kaizen-gates dashboard-diff --base FILE --head FILE [options]
       kaizen-gates dashboard-diff --base-ref REF [PATH|DIR|GLOB...] [options]

Compares Grafana dashboards semantically (panels, queries, variables, layout; ids, versions and
key order are not changes) and lints what the change introduces. Reads dashboard JSON, exports
for sharing, the API's {dashboard, meta}, Kubernetes resources, ConfigMaps and multi-document
YAML, and any source a render command turns into JSON (jsonnet).

Sides:
  --base FILE --head FILE     compare two files
  --base-ref REF              compare every changed dashboard of the working tree (untracked
                              files included, renames followed) with its version at the merge
                              base of REF and HEAD (e.g. origin/main)
  PATH|DIR|GLOB...            with --base-ref, the files to look at (default: ${DEFAULT_DASHBOARD_GLOBS.join(', ')},
                              those that are dashboards; a directory: its JSON files; globs are
                              git's: ** crosses folders); YAML files are read when named here

Rendering (run without a shell; {file} is the file, appended when absent):
  --render 'jsonnet -J vendor {file}'
                              command that prints a dashboard's JSON; with --base-ref the base
                              side is rendered in a temporary checkout of the merge base
  --render-glob GLOB          files to render (repeatable; default ${DEFAULT_RENDER_GLOBS.join(', ')})

Lint:
  --lint-config FILE          grafana/dashboard-linter configuration (default: ${DEFAULT_LINT_CONFIG_PATH} when present)
${commonHelp}`,
  spellings: { paths: 'PATH' },
  async run(source, logger) {
    const [
      { runDashboardDiffGate },
      { changedFileVersions },
      { runRenderCommand },
      { requireCommit },
    ] = await Promise.all([
      import('../../gates/dashboard-diff/run.js'),
      import('../../io/changed-file-versions.js'),
      import('../../io/run-render-command.js'),
      import('../../io/local-changes.js'),
    ]);
    const baseRef = source('base-ref').trim();
    if (baseRef !== '') await requireCommit(baseRef, '--base-ref', { closest: closestName });
    return runDashboardDiffGate(source, {
      logger,
      readFile: readTextFile,
      fileExists,
      directoryExists,
      // The CLI never fetches: a shallow clone is reported with the command that deepens it.
      changedFiles: (ref, patterns) => changedFileVersions(ref, patterns, { logger }),
      render: (argv, cwd) => runRenderCommand(argv, cwd ?? process.cwd()),
    });
  },
};
