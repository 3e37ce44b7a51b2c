/** `kaizen-gates coverage`: the coverage gate on local reports, the patch from a local diff. */
import { resolveFiles } from '../../io/files.js';
import { ConfigurationError } from '../../shared/errors.js';
import { inputSource } from '../../shared/inputs.js';
import { commonHelp, type GateCommand } from '../command.js';
import { closestName } from '../did-you-mean.js';

export const coverageCommand: GateCommand = {
  summary: 'fail on coverage of the changed lines, totals, per-file minimums and drops',
  baseRefOption: 'base-ref',
  positionals: 'reports',
  options: {
    report: { type: 'string', multiple: true },
    format: { type: 'string' },
    'base-ref': { type: 'string' },
    'min-patch': { type: 'string' },
    'min-total': { type: 'string' },
    'min-branches': { type: 'string' },
    'min-functions': { type: 'string' },
    'min-per-file': { type: 'string' },
    'per-file': { type: 'string', multiple: true },
    'max-drop': { type: 'string' },
    'path-fix': { type: 'string', multiple: true },
    store: { type: 'string' },
    save: { type: 'string' },
    sha: { type: 'string' },
    'search-depth': { type: 'string' },
  },
  help: `Usage: kaizen-gates coverage --report FILE|GLOB... [--base-ref REF] [options]

Checks coverage reports against thresholds, on the lines a change adds (patch coverage, counted
as diff-cover counts it), on the totals, per file, and as a drop from the base's coverage.
Reads LCOV, Cobertura (gcovr, coverage.py, Istanbul, .NET), JaCoCo, Clover, Istanbul
coverage-final.json (and coverage-summary.json for totals), Go coverprofiles and SimpleCov
.resultset.json; several reports (shards, components, formats) merge: a line is covered when
any report covers it.

Reports:
  --report FILE|GLOB          report files (repeatable; also as arguments; required)
  --format F                  auto (default), lcov, cobertura, jacoco, clover, istanbul,
                              istanbul-summary, go, simplecov
  --path-fix 'BEFORE::AFTER'  a report path starting with BEFORE starts with AFTER (repeatable);
                              paths are otherwise matched to git ls-files by suffix

Thresholds (each optional; 80% or 0.8; never rounded: 99.99% is not 100%):
  --base-ref REF              the patch is what the working tree adds since its merge base
                              with REF (e.g. origin/main), untracked files included
  --min-patch P               coverage of the added and changed coverable lines
  --min-total P               total line coverage
  --min-branches P            total branch coverage
  --min-functions P           total function coverage
  --min-per-file P            line coverage every covered file must reach
  --per-file 'GLOB: P'        per-file minimum for files matching GLOB (repeatable; last
                              match wins; ** crosses folders)
  --max-drop P                largest drop of total line coverage from the base, in points
                              (0 allows none; needs --store and --base-ref)

Stored coverage (a directory stands in for the Actions cache):
  --store DIR                 where the coverage of commits is stored per key and commit
  --save always               store this coverage as that of a commit
  --sha SHA                   the commit --save stores under (default HEAD)
  --search-depth N            ancestors of the merge base searched for a stored base (50)
${commonHelp}`,
  spellings: { reports: '--report' },
  async run(source, logger) {
    const [
      { runCoverageGate, gitChangeSince },
      { readTextChunks },
      goModules,
      repository,
      store,
      git,
      { requireCommit },
    ] = await Promise.all([
      import('../../gates/coverage/run.js'),
      import('../../io/files.js'),
      import('../../gates/coverage/go-modules.js'),
      import('../../io/repository-files.js'),
      import('../../history/directory-store.js'),
      import('../../io/git.js'),
      import('../../io/local-changes.js'),
    ]);
    // Report globs come from --report and from arguments (a shell expands an unquoted glob).
    const reports = inputSource(
      (name) =>
        name === 'report'
          ? [source('report'), source('reports')].filter((value) => value !== '').join('\n')
          : source(name),
      source,
    );
    const directory = source('store').trim();
    const baseRef = source('base-ref').trim();
    // A mistyped ref is a usage error, not a patch coverage quietly left unknown.
    if (baseRef !== '') await requireCommit(baseRef, '--base-ref', { closest: closestName });
    const save = source('save').trim().toLowerCase() === 'always';
    const sha = source('sha').trim() || (save ? await git.headCommit() : undefined);
    if (save && directory === '') {
      throw new ConfigurationError('--save always needs --store DIR to store into.');
    }
    if (save && !sha) {
      throw new ConfigurationError(
        '--save always needs --sha, or a git checkout to read HEAD from.',
      );
    }
    // Paths are the repository's (git ls-files from its top folder), wherever in it the CLI runs.
    const root = await repository.repositoryRoot();
    return runCoverageGate(reports, {
      logger,
      root,
      resolveFiles,
      readPieces: readTextChunks,
      listRepositoryFiles: () => repository.listRepositoryFiles(root),
      readGoModules: async (files) =>
        goModules.goModulesOf(await repository.readGoModFiles(files, root)),
      // The CLI never fetches: a shallow clone is reported with the command that deepens it.
      changes: (ref) => gitChangeSince(ref, { cwd: root }),
      ...(directory === ''
        ? {}
        : {
            store: store.directoryStore(directory),
            ...(baseRef === ''
              ? {}
              : {
                  ancestors: () =>
                    git.mergeBaseAncestors(baseRef, 'HEAD', Number(source('search-depth')) || 50),
                }),
          }),
      ...(save && sha ? { saveAs: sha } : {}),
      now: () => new Date(),
    });
  },
};
