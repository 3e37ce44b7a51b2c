/** A suite's run log on the repository's data branch, for the action. */
import type { GitHubClient } from '../github/client.js';
import type { Logger } from '../shared/logger.js';
import { appendToHistoryBranch, readHistoryFile } from './data-branch.js';
import type { HistoryIo } from './history-io.js';
import { logFilePath, parseLog, type LogEntry, type LogKind } from './log.js';

/** Where the log is: the repository, its data branch, the suite, and how many runs it keeps. */
export interface DataBranchWhere {
  owner: string;
  repo: string;
  branch: string;
  suite: string;
  retention: number;
}

/** Log access on `branch` of `owner/repo`, one file per gate and suite. */
export function dataBranchHistory<R extends object>(
  client: GitHubClient,
  kind: LogKind<R>,
  where: DataBranchWhere,
  logger: Logger,
): HistoryIo<LogEntry<R>> {
  const location = {
    owner: where.owner,
    repo: where.repo,
    branch: where.branch,
    path: logFilePath(kind, where.suite),
  };
  const label = `${where.branch}:${location.path}`;
  return {
    label,
    async read() {
      const file = await readHistoryFile(client, location, kind.noun);
      if (file === undefined) return [];
      const parsed = parseLog(kind, file.text, label);
      if (parsed.unreadable.length > 0) {
        logger.warning(
          `${label}: ${parsed.unreadable.length} lines are not history entries; they are kept as they are.`,
        );
      }
      return parsed.entries;
    },
    async append(entry) {
      await appendToHistoryBranch(client, kind, {
        ...location,
        entry,
        retention: where.retention,
        logger,
      });
    },
  };
}
