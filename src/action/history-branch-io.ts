/** The run history on the repository's data branch, for the action. */
import { historyFilePath, parseHistory } from '../gates/bench/history.js';
import type { HistoryIo } from '../gates/bench/run.js';
import type { GitHubClient } from '../github/client.js';
import { appendToHistoryBranch, readHistory } from '../github/history-branch.js';
import type { Logger } from '../shared/logger.js';

/** History access on `branch` of `owner/repo`, one file per suite. */
export function historyBranch(
  client: GitHubClient,
  where: { owner: string; repo: string; branch: string; suite: string; retention: number },
  logger: Logger,
): HistoryIo {
  const location = {
    owner: where.owner,
    repo: where.repo,
    branch: where.branch,
    path: historyFilePath(where.suite),
  };
  const label = `${where.branch}:${location.path}`;
  return {
    label,
    async read() {
      const file = await readHistory(client, location);
      if (file === undefined) return [];
      const parsed = parseHistory(file.text, label);
      if (parsed.unreadable.length > 0) {
        logger.warning(
          `${label}: ${parsed.unreadable.length} lines are not history entries; they are kept as they are.`,
        );
      }
      return parsed.entries;
    },
    async append(entry) {
      await appendToHistoryBranch(client, {
        ...location,
        entry,
        retention: where.retention,
        logger,
      });
    },
  };
}
