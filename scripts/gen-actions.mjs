// Writes actions/<gate>/action.yml and the top-level action.yml from one list of inputs, so
// every input is documented once, mapped through env: (never interpolated into a script), and
// the top-level action stays in step with the gates. A test checks the files are up to date.
import { existsSync, mkdirSync, readFileSync, writeFileSync as writeFile } from 'node:fs';

// With --check, nothing is written: files that would change are listed and the exit code is 1.
const check = process.argv.includes('--check');
const stale = [];
function writeFileSync(path, text) {
  if (!check) return writeFile(path, text);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) stale.push(path);
}

const common = [
  [
    'fail-on',
    'What fails the job: `fail` (a failing verdict), `warn` (also warnings) or `never` (advisory). A gate that cannot run always fails.',
    'fail',
  ],
  [
    'comment',
    'Sticky PR comment: `always`, `on-change` (only when the report changed), `on-failure` (created on failure, updated after), `never`.',
    'always',
  ],
  [
    'check-run',
    'Create a check run with annotations on the head commit (needs `checks: write`).',
    'true',
  ],
  [
    'key',
    'Name of this run when one workflow runs the gate several times; each key has its own comment and check run.',
    'default',
  ],
  [
    'github-token',
    'Token for comments, check runs and the merge-base lookup. Without it the gate still runs and writes its job summary.',
    '${{ github.token }}',
  ],
  [
    'max-annotations',
    'Most check-run annotations to send; the rest are counted in the summary.',
    '1000',
  ],
  ['verdict-path', 'Where to write the verdict JSON (default: a file in RUNNER_TEMP).', ''],
];

const gates = {
  bench: {
    cache: true,
    name: 'kaizen-gates bench',
    description:
      'Fails a pull request on a benchmark regression beyond a threshold, only when it is statistically real.',
    inputs: [
      [
        'current',
        'Benchmark result files of this run: paths or globs, one per line or comma-separated. Required with `mode: compare`; not read with `mode: history`.',
        '',
      ],
      [
        'baseline',
        'Result files of the baseline (same-job A/B: the merge base benchmarked in this job). Empty: use the stored baseline of the merge base.',
        '',
      ],
      [
        'format',
        'Result format: `auto`, `google-benchmark`, `hyperfine`, `pytest-benchmark`, `go`, `cargo`, `criterion`, `benchmarkjs`, `jmh`, `benchmarkdotnet`, `catch2`, `julia`, `custom-smaller-is-better`, `custom-bigger-is-better`.',
        'auto',
      ],
      ['threshold', 'Regression that fails, e.g. `10%`.', '10%'],
      [
        'thresholds',
        'Per-benchmark thresholds, one `name-glob: 15%` per line (last match wins).',
        '',
      ],
      ['ignore', 'Benchmark name globs to leave out, one per line.', ''],
      ['directions', 'Direction overrides, one `name-glob: bigger-is-better` per line.', ''],
      ['alpha', 'Family-wise error level across the suite.', '0.05'],
      ['correction', 'Multiple-comparison control: `holm`, `bh` or `none`.', 'holm'],
      [
        'confidence',
        'Two-sided level of the intervals: `0.8`, `0.9`, `0.95` or `0.98`. A regression fails when the lower end (a one-sided bound at (1 + level) / 2: 95% for 0.9) exceeds the threshold.',
        '0.9',
      ],
      [
        'baseline-from',
        '`auto` (same-job for `baseline` files, other-runner for the stored baseline), `same-job` or `other-runner`.',
        'auto',
      ],
      [
        'single-value',
        'What benchmarks with a single value per side may do: `warn` or `fail`.',
        'warn',
      ],
      ['suite', 'Name of the suite in the baseline store.', 'default'],
      [
        'save-baseline',
        'Store the results as a baseline: `auto` (on pushes to the default branch), `always` or `never`.',
        'auto',
      ],
      [
        'baseline-search-depth',
        'How many ancestors of the merge base to search for a stored baseline.',
        '50',
      ],
      [
        'history',
        'Keep a run history on a data branch: appended on pushes to the default branch (needs `contents: write`), read on pull requests for trend charts and the run-to-run noise of single-value benchmarks.',
        'false',
      ],
      [
        'history-branch',
        'The data branch of the history (created as an orphan branch holding only data).',
        'kaizen-data',
      ],
      ['history-retention', 'Runs the history keeps per suite.', '500'],
      [
        'history-window',
        "Stored runs of the merge base's ancestry a single value is judged against (5 to 500).",
        '30',
      ],
      [
        'mode',
        "`compare` (this run against its baseline, on pull requests and pushes) or `history` (scheduled runs: change points in every benchmark of the suite's history on `history-branch`, by E-Divisive as Apache Otava runs it; a regression in the recent runs fails).",
        'compare',
      ],
      [
        'since',
        'History mode: the recent runs, where a regression fails: the newest N runs (`10`), the runs from a stored commit on (a sha), or since a date (`2026-11-30`).',
        '10',
      ],
      ['window', "History mode: points of Otava's overlapping windows (2 to 1000).", '50'],
      [
        'significance',
        "History mode: largest p-value a change point keeps (Otava's max_pvalue); a recent regression fails when its p-value is also below this divided by the benchmarks searched, and warns otherwise.",
        '0.001',
      ],
      [
        'min-magnitude',
        "History mode: smallest relative change of the mean a change point keeps (Otava's min_magnitude is 0).",
        '5%',
      ],
    ],
    outputs: [
      ['benchmarks', 'Number of benchmarks compared.'],
      ['regressions', 'Number of regressed benchmarks.'],
      ['improvements', 'Number of improved benchmarks.'],
      ['inconclusive', 'Number of inconclusive benchmarks.'],
      ['worst-change', 'The worst change head/base in the bad direction, e.g. `+12.3%`.'],
      ['worst-benchmark', 'The benchmark with the worst change.'],
    ],
  },
  'prom-lint': {
    name: 'kaizen-gates prom-lint',
    description:
      'Lints Prometheus alerting and recording rules offline, with every finding on its file line.',
    inputs: [
      [
        'paths',
        "Rule files: paths or globs, one per line or comma-separated (default: the config file's `paths`, else **/*.rules.yml and **/*.rules.yaml).",
        '',
      ],
      [
        'config',
        'Configuration file (YAML): rule paths, scope and the settings of the warning checks. Default: .kaizen-gates/prom-lint.yml (or .yaml) when present. Inputs that are set override it.',
        '',
      ],
      [
        'scope',
        'Which findings are reported: `changed-files` (on a pull request: findings on changed lines are annotated, others in changed files are listed in the comment, files the PR did not touch are not reported), `all`, or `auto` (changed-files on pull requests, all elsewhere). Every file is linted either way. Empty: the config file or `auto`.',
        '',
      ],
      [
        'legacy-names',
        'Validate label and annotation names with the legacy pattern instead of UTF-8 (`true`/`false`; empty: the config file, else false).',
        '',
      ],
      [
        'experimental-functions',
        'Allow experimental PromQL functions (`true`/`false`; empty: the config file, else false).',
        '',
      ],
      [
        'prometheus-version',
        'The Prometheus release the rules are deployed to (e.g. `2.42`, `3`, `3.16`): PromQL is judged as that release parses it, and an error it would not raise is not reported. Empty: the config file, else the current release.',
        '',
      ],
      [
        'enable-features',
        'PromQL `--enable-feature` values the server runs with (comma or line separated): `promql-experimental-functions`, `promql-duration-expr`, `promql-extended-range-selectors`, `promql-binop-fill-modifiers`. Empty: the config file, else none.',
        '',
      ],
    ],
    outputs: [
      ['files', 'Number of rule files linted.'],
      ['rules', 'Number of rules linted.'],
      ['errors', 'Number of errors reported.'],
      ['warnings', 'Number of warnings reported.'],
      ['suppressed', 'Number of findings silenced by suppression comments (pint or kaizen-gates).'],
      [
        'left-out',
        'With scope changed-files: number of findings in files the pull request did not change (not reported).',
      ],
      [
        'existing',
        'With scope changed-files: number of findings the pull request did not bring (off its changed lines and already there at the base); listed, never failing.',
      ],
    ],
  },
  'dashboard-diff': {
    name: 'kaizen-gates dashboard-diff',
    description:
      'Reviews Grafana dashboard changes like code: a panel-by-panel diff without noise, and a lint of what the change introduces.',
    inputs: [
      [
        'paths',
        "Dashboard files: paths, directories (their JSON files) or globs (git's: ** crosses folders, * does not), one per line or comma-separated (default: every changed **/*.json that is a dashboard). Name YAML files (ConfigMaps, Kubernetes resources) here to read them.",
        '',
      ],
      [
        'base-ref',
        "What the working tree is compared with, at its merge base with HEAD (default: the pull request's base commit). A shallow checkout is deepened from origin to find it.",
        '',
      ],
      [
        'render',
        "Command that prints a dashboard's JSON, `{file}` standing for the file, run without a shell, e.g. `jsonnet -J vendor {file}`. The base side is rendered in a temporary checkout of the merge base.",
        '',
      ],
      [
        'render-glob',
        'Files the render command applies to: globs, one per line or comma-separated (default: **/*.jsonnet).',
        '',
      ],
      [
        'lint-config',
        "Lint configuration in grafana/dashboard-linter's format (default: .lint when present).",
        '',
      ],
    ],
    outputs: [
      [
        'dashboards-changed',
        'Number of dashboards with changes (added and removed ones included).',
      ],
      ['changes', 'Number of changes reported (view-state changes and noise not included).'],
      ['panels-added', 'Number of panels added.'],
      ['panels-removed', 'Number of panels removed.'],
      ['panels-modified', 'Number of panels changed, moved or resized.'],
      ['lint-errors', 'Number of lint errors the change introduces, unreadable files included.'],
      ['lint-warnings', 'Number of lint warnings the change introduces.'],
    ],
  },
  coverage: {
    cache: true,
    name: 'kaizen-gates coverage',
    description:
      'Fails a pull request on coverage of its changed lines (as diff-cover counts it), total and per-file minimums, or a drop from its merge base. Serverless: no upload.',
    inputs: [
      [
        'report',
        'Coverage reports: paths or globs, one per line or comma-separated (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON, Go coverprofile, SimpleCov). Several merge: a line is covered when any report covers it.',
        undefined,
      ],
      [
        'format',
        'Report format: `auto` (told per file), `lcov`, `cobertura`, `jacoco`, `clover`, `istanbul`, `istanbul-summary`, `go`, `simplecov`.',
        'auto',
      ],
      [
        'min-patch',
        'Minimum coverage of the lines the pull request adds or changes that the report counts as coverable, e.g. `80%`. Empty: not checked.',
        '',
      ],
      ['min-total', 'Minimum total line coverage, e.g. `70%`. Empty: not checked.', ''],
      ['min-branches', 'Minimum total branch coverage. Empty: not checked.', ''],
      ['min-functions', 'Minimum total function coverage. Empty: not checked.', ''],
      ['min-per-file', 'Line coverage every covered file must reach. Empty: not checked.', ''],
      [
        'per-file',
        'Per-file minimums, one `glob: 80%` per line (git globs, ** crosses folders; the last match wins).',
        '',
      ],
      [
        'max-drop',
        "Largest drop of total line coverage from the merge base's stored coverage, in points (`0` allows none, `0.5%` half a point). No stored base yet: passes with a note.",
        '',
      ],
      [
        'path-fix',
        'Report path fixes, one `before::after` per line, for report paths that do not end like a repository path (a container prefix such as /app/).',
        '',
      ],
      [
        'base-ref',
        "What the patch is compared with, at its merge base with HEAD (default: the pull request's base commit). A shallow checkout is deepened from origin to find it.",
        '',
      ],
      [
        'save',
        'Store this coverage for later pull requests (per key and commit, in the Actions cache): `auto` (on pushes to the default branch), `always` or `never`.',
        'auto',
      ],
      ['search-depth', 'How many ancestors of the merge base to search for stored coverage.', '50'],
    ],
    outputs: [
      [
        'patch-coverage',
        'Coverage of the changed coverable lines, e.g. `71.4%` (`–` when no change is known).',
      ],
      ['total-coverage', 'Total line coverage, e.g. `83.2%`.'],
      [
        'coverage-change',
        'Change of total line coverage since the base, e.g. `-0.4 pts` (`–` without a stored base).',
      ],
      ['branch-coverage', 'Total branch coverage, when the reports have branches.'],
    ],
  },
  soak: {
    name: 'kaizen-gates soak',
    description:
      'Analyses a soak run as a whole (memory leaks, latency drift, SLOs and burn rates) and night over night, with a tracking issue for scheduled jobs.',
    inputs: [
      [
        'input',
        'Result files of the soak run: paths or globs, one per line or comma-separated. k6 `--out json` NDJSON, k6 `--summary-export` or `handleSummary` JSON, Locust `--csv` files, `timestamp,series,value` CSV or `{"series": …}` JSON. Empty: only `prometheus`.',
        '',
      ],
      ['format', 'Input format: `auto`, `k6`, `k6-ndjson`, `locust`, `csv` or `json`.', 'auto'],
      [
        'prometheus',
        "URL of a Prometheus server to read the run's series from with query_range (besides or instead of `input`).",
        '',
      ],
      [
        'query',
        'Named PromQL queries, one `NAME=PROMQL` per line, e.g. `memory_rss=process_resident_memory_bytes{job="api"}`.',
        '',
      ],
      ['from', 'Start of the Prometheus window: RFC 3339, epoch seconds or `now-2h`.', 'now-1h'],
      ['to', 'End of the Prometheus window.', 'now'],
      [
        'step',
        'Resolution of the Prometheus queries, e.g. `15s`. Empty: 15s, coarser for long windows.',
        '',
      ],
      [
        'prometheus-header',
        'Request headers for Prometheus, one `Name: value` per line (e.g. `Authorization: Bearer …` from a secret); the values are masked in the log.',
        '',
      ],
      [
        'slo',
        'Objectives, one per line: `latency_p99_ms < 200` (99% of samples), `latency_p99_ms < 200 @ 99.5%`, `error_ratio < 0.001` (error budget of a bad-event ratio).',
        '',
      ],
      [
        'growth',
        'Growth limits, one `series-glob: 1%/h` per line (last match wins). Memory-like series (mem, heap, rss, resident, alloc) have 1%/h unless told.',
        '',
      ],
      [
        'warmup',
        'Warm-up left out at the start: `auto` (detected) or a duration such as `5m`.',
        'auto',
      ],
      ['alpha', 'Significance level of the trend tests.', '0.05'],
      [
        'job',
        'Name of the soak job: its history file and its tracking issue (default: `key`).',
        '',
      ],
      [
        'history',
        'Keep one line per night on a data branch (needs `contents: write`): each run is compared with the nights before; pull requests only read it.',
        'false',
      ],
      [
        'history-branch',
        'The data branch of the history (created as an orphan branch holding only data).',
        'kaizen-data',
      ],
      ['history-retention', 'Nights the history keeps per job.', '500'],
      [
        'tracking-issue',
        'On runs that are not pull requests: open an issue on the first failing night, comment on it each further failing night, close it when the job passes again (needs `issues: write`).',
        'true',
      ],
      ['tracking-label', 'Label of the tracking issue (created when missing).', 'kaizen-gates'],
    ],
    outputs: [
      ['leaks', 'Number of series growing beyond their limit.'],
      ['worst-growth', 'Growth of the fastest-growing series with a limit, e.g. `+3.1%/h`.'],
      ['slos-missed', 'Number of objectives missed.'],
      ['nights', 'Nights compared, tonight included.'],
    ],
  },
};

const commonOutputs = [
  ['status', 'The verdict: `pass`, `warn`, `fail` or `error`.'],
  ['verdict-path', 'Path of the verdict JSON.'],
  ['sarif-path', 'Path of the findings as SARIF 2.1.0, for github/codeql-action/upload-sarif.'],
  ['envelope-path', 'Path of the verdict envelope to upload for the fork-PR publish workflow.'],
];

const quote = (s) => JSON.stringify(s);

function inputsYaml(inputs) {
  return inputs
    .map(([name, description, fallback]) =>
      [
        `  ${name}:`,
        `    description: ${quote(description)}`,
        fallback === undefined
          ? '    required: true'
          : `    required: false\n    default: ${quote(fallback)}`,
      ].join('\n'),
    )
    .join('\n');
}

function outputsYaml(outputs, stepId) {
  return outputs
    .map(
      ([name, description]) =>
        `  ${name}:\n    description: ${quote(description)}\n    value: \${{ steps.${stepId}.outputs.${name} }}`,
    )
    .join('\n');
}

function envYaml(inputs, indent) {
  return inputs
    .map(([name]) => `${indent}INPUT_${name.toUpperCase()}: \${{ inputs.${name} }}`)
    .join('\n');
}

const header =
  '# Generated by scripts/gen-actions.mjs: edit that file, then run `npm run gen:actions`.\n';

/**
 * The steps of a gate. Gates that store baselines (`cache: true`) run twice around
 * actions/cache restore and save, because a composite `run:` step gets no cache-service token
 * (see src/history/restored-cache-store.ts). `condition` guards each step in the top-level action.
 */
function gateSteps(gate, inputs, bundle, condition, prefix = '') {
  const id = (name) => `${prefix}${name}`;
  const guard = (extra) => {
    const parts = [condition, extra].filter(Boolean);
    return parts.length ? `      if: ${parts.join(' && ')}\n` : '';
  };
  const env = envYaml(inputs, '        ');
  const run = `node "${bundle}"`;
  if (!gates[gate].cache) {
    return `    - id: ${id('gate')}
${guard()}      shell: bash
      # Inputs reach the script only through env (composite actions get no INPUT_* of their own,
      # and interpolating them into the script would allow script injection).
      env:
${env}
      run: ${run}
`;
  }
  return `    - id: ${id('prepare')}
${guard()}      shell: bash
      # Inputs reach the script only through env (composite actions get no INPUT_* of their own,
      # and interpolating them into the script would allow script injection).
      env:
        KAIZEN_PHASE: prepare
${env}
      run: ${run}
    - id: ${id('restore')}
${guard(`steps.${id('prepare')}.outputs.restore-key != ''`)}      uses: actions/cache/restore@v4
      with:
        path: \${{ steps.${id('prepare')}.outputs.store-path }}
        key: \${{ steps.${id('prepare')}.outputs.restore-key }}
        restore-keys: \${{ steps.${id('prepare')}.outputs.restore-keys }}
    - id: ${id('gate')}
${guard()}      shell: bash
      env:
        KAIZEN_ANCESTORS: \${{ steps.${id('prepare')}.outputs.ancestors }}
${env}
      run: ${run}
    - id: ${id('save')}
${guard(`always() && steps.${id('gate')}.outputs.save-key != ''`)}      uses: actions/cache/save@v4
      with:
        path: \${{ steps.${id('gate')}.outputs.store-path }}
        key: \${{ steps.${id('gate')}.outputs.save-key }}
`;
}

for (const [gate, spec] of Object.entries(gates)) {
  const inputs = [...spec.inputs, ...common];
  const outputs = [...spec.outputs, ...commonOutputs];
  if (!check) mkdirSync(`actions/${gate}`, { recursive: true });
  writeFileSync(
    `actions/${gate}/action.yml`,
    `${header}name: ${quote(spec.name)}
description: ${quote(spec.description)}
author: kaizen-gates
branding:
  icon: trending-up
  color: green
inputs:
${inputsYaml(inputs)}
outputs:
${outputsYaml(outputs, 'gate')}
runs:
  using: composite
  steps:
${gateSteps(gate, inputs, `$GITHUB_ACTION_PATH/../../dist/${gate}/index.mjs`, '')}`,
  );
}

// The publishing half of the fork-PR pattern (not a gate: not in the top-level action).
const publishInputs = [
  ['envelopes', 'Verdict envelope files downloaded from the PR run (paths or globs).', undefined],
  ...common.filter(([name]) =>
    ['fail-on', 'comment', 'check-run', 'github-token', 'max-annotations'].includes(name),
  ),
];
if (!check) mkdirSync('actions/publish', { recursive: true });
writeFileSync(
  'actions/publish/action.yml',
  `${header}name: "kaizen-gates publish"
description: "Publishes verdicts of pull requests from forks, from a workflow_run workflow that has a write token."
author: kaizen-gates
branding:
  icon: message-square
  color: green
inputs:
${inputsYaml(publishInputs)}
runs:
  using: composite
  steps:
    - shell: bash
      # Inputs reach the script only through env, never interpolated into it.
      env:
${envYaml(publishInputs, '        ')}
      run: node "$GITHUB_ACTION_PATH/../../dist/publish/index.mjs"
`,
);

/**
 * Inputs or outputs of every gate by name. A name two gates share with different descriptions
 * (`paths`) gets both, each under its gate's name, so the top-level action documents both uses.
 */
function mergedByName(listOf) {
  const byName = new Map();
  for (const [gate, spec] of Object.entries(gates)) {
    for (const entry of listOf(spec)) {
      const seen = byName.get(entry[0]);
      if (seen === undefined) byName.set(entry[0], { entry, gates: [[gate, entry[1]]] });
      else if (!seen.gates.some(([, description]) => description === entry[1]))
        seen.gates.push([gate, entry[1]]);
    }
  }
  return new Map(
    [...byName].map(([name, { entry, gates: uses }]) => [
      name,
      uses.length === 1
        ? entry
        : [
            name,
            uses.map(([gate, description]) => `${gate}: ${description}`).join(' '),
            ...entry.slice(2),
          ],
    ]),
  );
}

// The top-level action: every input of every gate, plus `gate`.
const allInputs = mergedByName((spec) => [...spec.inputs, ...common]);
const topInputs = [
  [
    'gate',
    `The gate to run: ${Object.keys(gates)
      .map((g) => '`' + g + '`')
      .join(', ')}.`,
    undefined,
  ],
  ...[...allInputs.values()].map(([name, description, fallback]) => [
    name,
    description,
    fallback === undefined ? '' : fallback,
  ]),
];
const allOutputs = mergedByName((spec) => [...spec.outputs, ...commonOutputs]);
writeFileSync(
  'action.yml',
  `${header}name: "kaizen-gates"
description: "Quality gates that measure, then decide: benchmarks, Prometheus rules, Grafana dashboards, coverage, soak tests."
author: kaizen-gates
branding:
  icon: trending-up
  color: green
inputs:
${inputsYaml(topInputs)}
outputs:
${[...allOutputs.values()]
  .map(
    ([name, description]) =>
      `  ${name}:\n    description: ${quote(description)}\n    value: ${Object.keys(gates)
        .map((g) => `\${{ steps.${g}-gate.outputs.${name} }}`)
        .join('')}`,
  )
  .join('\n')}
runs:
  using: composite
  steps:
    - shell: bash
      env:
        KAIZEN_GATE: \${{ inputs.gate }}
      run: |
        case "$KAIZEN_GATE" in
          ${Object.keys(gates).join('|')}) ;;
          *) echo "::error::Input 'gate' is '$KAIZEN_GATE'; expected one of: ${Object.keys(gates).join(', ')}"; exit 1 ;;
        esac
${Object.keys(gates)
  .map((gate) =>
    gateSteps(
      gate,
      topInputs.slice(1),
      `$GITHUB_ACTION_PATH/dist/${gate}/index.mjs`,
      `inputs.gate == '${gate}'`,
      `${gate}-`,
    ),
  )
  .join('')}`,
);

if (stale.length > 0) {
  console.error(`Out of date (run npm run gen:actions): ${stale.join(', ')}`);
  process.exitCode = 1;
}
