/**
 * `kaizen-gates bench history`: change points in a suite's stored bench history (a JSON-lines
 * file, or the data branch as a local git branch), as a nightly job would look for them.
 */
import { ConfigurationError } from '../../shared/errors.js';
import { commonHelp, type GateCommand } from '../command.js';
import { closestName } from '../did-you-mean.js';

export const benchHistoryCommand: GateCommand = {
  summary: 'find change points in the stored bench history (scheduled runs)',
  options: {
    history: { type: 'string' },
    'data-branch': { type: 'string' },
    suite: { type: 'string' },
    since: { type: 'string' },
    window: { type: 'string' },
    significance: { type: 'string' },
    'min-magnitude': { type: 'string' },
  },
  help: `Usage: kaizen-gates bench history --history FILE [options]
       kaizen-gates bench history --data-branch BRANCH [--suite NAME] [options]

Searches every benchmark's stored medians for change points with E-Divisive as Apache Otava
runs it (overlapping windows, a t test, then a merge that drops change points whose p-value or
magnitude is too small), and reports each with its commit range, the change of the mean and its
p-value, with a chart of every benchmark that has one. A regression that begins in the recent
runs (--since) fails; older change points and improvements are listed.

History:
  --history FILE              a bench history file (JSON lines, as --history-file writes it)
  --data-branch BRANCH        read bench/<suite>.jsonl from a local git branch instead, e.g.
                              kaizen-data or origin/kaizen-data (git fetch origin kaizen-data)
  --suite NAME                suite to search (default "default"; with --history, other
                              suites' lines in the file are left out)

Decision:
  --since N|SHA|DATE          the recent runs: the newest N runs (default 10), the runs from
                              a stored commit on, or the runs stored since a date (2026-11-30)
  --window N                  points of Otava's overlapping windows (default 50, at most 1000);
                              time grows with N² per window, linearly with the history
  --significance P            largest p-value a change point keeps (default 0.001, Otava's); a
                              recent regression fails when its p-value is also below P divided
                              by the benchmarks searched, and warns otherwise
  --min-magnitude 5%          smallest change of the mean a change point keeps (default 5%;
                              Otava's default is 0)
${commonHelp}`,
  async run(source, logger) {
    const [
      { readBenchHistoryInputs },
      { parseHistory, historyFilePath },
      { benchHistoryVerdict },
      { readTextFile },
      { runGit },
      { requireCommit },
    ] = await Promise.all([
      import('../../gates/bench/inputs.js'),
      import('../../gates/bench/history.js'),
      import('../../gates/bench/history-verdict.js'),
      import('../../io/files.js'),
      import('../../io/git.js'),
      import('../../io/local-changes.js'),
    ]);
    const inputs = readBenchHistoryInputs(source);
    const file = source('history').trim();
    const branch = source('data-branch').trim();
    if ((file === '') === (branch === '')) {
      throw new ConfigurationError(
        file === ''
          ? 'bench history needs --history FILE (a bench history file) or --data-branch BRANCH (the data branch, fetched).'
          : '--history and --data-branch both name a history; give one.',
      );
    }
    let text: string;
    let label: string;
    if (file !== '') {
      text = await readTextFile(file);
      label = file;
    } else {
      await requireCommit(branch, '--data-branch', { closest: closestName });
      const path = historyFilePath(inputs.suite);
      label = `${branch}:${path}`;
      const shown = await runGit(['show', `${branch}:${path}`], process.cwd());
      if (!shown.ok) {
        const listed = await runGit(
          ['ls-tree', '--name-only', `${branch}`, 'bench/'],
          process.cwd(),
        );
        const stored = listed.ok
          ? listed.stdout
              .split('\n')
              .filter((name) => name.endsWith('.jsonl'))
              .map((name) => name.replace(/^bench\/|\.jsonl$/g, ''))
          : [];
        throw new ConfigurationError(
          `--data-branch: ${branch} holds no ${path}` +
            (stored.length === 0
              ? '; no bench suite is stored on it.'
              : `; stored suites: ${stored.join(', ')} (name one with --suite).`),
        );
      }
      text = shown.stdout;
    }
    const parsed = parseHistory(text, label);
    if (parsed.unreadable.length > 0) {
      logger.warning(`${label}: ${parsed.unreadable.length} lines are not bench history entries.`);
    }
    logger.info(`Read ${parsed.entries.length} stored runs from ${label}.`);
    // The data branch keeps one file per suite; a local file may hold several, and without
    // --suite its one suite is meant, whatever its name.
    const suites = [...new Set(parsed.entries.map((e) => e.suite))];
    const named = source('suite').trim() !== '';
    if (!named && suites.length > 1) {
      throw new ConfigurationError(
        `--history: ${file} holds runs of ${suites.length} suites (${suites.slice(0, 10).join(', ')}); name one with --suite.`,
      );
    }
    return benchHistoryVerdict(parsed.entries, {
      key: inputs.common.key,
      ...(named || file === '' ? { suite: inputs.suite } : {}),
      changePoints: inputs.changePoints,
      since: inputs.since,
      source: label,
      unreadableLines: parsed.unreadable.length,
    });
  },
};
