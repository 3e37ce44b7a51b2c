/**
 * A snapshot store in a local directory (`<dir>/<suite>/<sha>.json`): the CLI's stand-in for
 * GitHub's cache, so stored snapshots work the same way locally. One directory per gate: the
 * user names it (`--baseline-dir`), so two gates never share one.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../io/atomic-write.js';
import { ConfigurationError } from '../shared/errors.js';
import type { SnapshotStore } from './snapshot.js';

/** Creates a directory-backed snapshot store. */
export function directoryStore(directory: string): SnapshotStore {
  const fileOf = (suite: string, sha: string): string => {
    if (!/^[0-9a-f]{4,64}$/i.test(sha))
      throw new Error(`directoryStore: '${sha}' is not a commit id`);
    // The suite is one folder inside the store: never a way out of it, nor the store itself.
    if (suite === '' || suite === '.' || suite === '..' || /[/\\]/.test(suite)) {
      throw new ConfigurationError(
        `The suite name '${suite}' cannot name a folder of the store ${directory}; use letters, digits, '.', '_' or '-'.`,
      );
    }
    return join(directory, suite, `${sha}.json`);
  };
  return {
    async read(suite, sha) {
      try {
        return await readFile(fileOf(suite, sha), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async write(suite, sha, text) {
      const file = fileOf(suite, sha);
      await mkdir(join(directory, suite), { recursive: true });
      await writeFileAtomically(file, text);
    },
  };
}
