/**
 * A baseline store in a local directory (`<dir>/<suite>/<sha>.json`): the CLI's stand-in for
 * GitHub's cache, so stored baselines work the same way locally.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaselineStore } from '../gates/bench/baseline-store.js';
import { writeFileAtomically } from './atomic-write.js';

/** Creates a directory-backed baseline store. */
export function directoryStore(directory: string): BaselineStore {
  const fileOf = (suite: string, sha: string): string => {
    if (!/^[0-9a-f]{4,64}$/i.test(sha))
      throw new Error(`directoryStore: '${sha}' is not a commit id`);
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
