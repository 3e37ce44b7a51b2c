/**
 * The run history in a local JSON-lines file: the CLI's stand-in for the data branch, on the
 * same pure history functions.
 */
import { readFile } from 'node:fs/promises';
import { appendHistory, parseHistory } from '../gates/bench/history.js';
import type { HistoryIo } from '../gates/bench/run.js';
import { writeFileAtomically } from './atomic-write.js';

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** History access over the file at `path`, keeping at most `retention` runs. */
export function historyFile(path: string, retention: number): HistoryIo {
  return {
    label: path,
    async read() {
      return parseHistory(await readOrEmpty(path), path).entries;
    },
    async append(entry) {
      await writeFileAtomically(
        path,
        appendHistory(await readOrEmpty(path), entry, retention, path),
      );
    },
  };
}
