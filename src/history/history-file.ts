/**
 * A run log in a local JSON-lines file: the CLI's stand-in for the data branch, on the same pure
 * log functions. Appends hold a lock file, so parallel runs on one machine lose no entry.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../io/atomic-write.js';
import { withFileLock } from './file-lock.js';
import type { HistoryIo } from './history-io.js';
import { appendToLog, parseLog, type LogEntry, type LogKind } from './log.js';

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Log access over the file at `path`, keeping at most `retention` runs. */
export function historyFile<R extends object>(
  kind: LogKind<R>,
  path: string,
  retention: number,
): HistoryIo<LogEntry<R>> {
  return {
    label: path,
    async read() {
      return parseLog(kind, await readOrEmpty(path), path).entries;
    },
    async append(entry) {
      await withFileLock(path, async () => {
        const next = appendToLog(kind, await readOrEmpty(path), entry, retention, path);
        await writeFileAtomically(path, next);
      });
    },
  };
}
