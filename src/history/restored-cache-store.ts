/**
 * Stored snapshots through GitHub's Actions cache, as a composite action can reach it.
 *
 * Why not `@actions/cache`: the runner gives the cache service's token (ACTIONS_RUNTIME_TOKEN)
 * to JavaScript and container actions, but not to the `run:` steps of a composite action, so the
 * library cannot talk to the service from here. The composite action instead wraps the gate in
 * `actions/cache/restore` and `actions/cache/save` steps: a prepare phase names the keys (the
 * merge base and its ancestors, nearest first), the restore step fetches the first that exists
 * into a directory, and this store reads that directory and writes the file the save step
 * uploads.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSnapshot, type SnapshotKind, type SnapshotStore } from './snapshot.js';

/** Cache key of a gate's snapshot of a suite at a commit: `kaizen-gates-bench-default-<sha>`. */
export function snapshotCacheKey(
  kind: Pick<SnapshotKind<object>, 'gate'>,
  suite: string,
  sha: string,
): string {
  return `kaizen-gates-${kind.gate}-${suite}-${sha}`;
}

/**
 * `actions/cache/restore` takes one key and at most 9 restore keys (the cache service refuses
 * more than 10 keys), so at most 10 ancestors can be searched in one restore.
 */
export const MAX_CACHE_KEYS = 10;

/**
 * The file the restore step fills and the save step uploads. Named `baseline.json` whatever the
 * gate, because that is the name caches saved by earlier versions hold.
 */
export function snapshotFile(directory: string): string {
  return join(directory, 'baseline.json');
}

/**
 * A store over the directory the restore step filled, holding snapshots of `kind`. `onSave`
 * publishes the key the save step must use (the store cannot save by itself, see above).
 */
export function restoredCacheStore<R extends object>(
  kind: SnapshotKind<R>,
  directory: string,
  onSave: (key: string) => void,
): SnapshotStore {
  const file = snapshotFile(directory);
  const restored = async (): Promise<string | undefined> =>
    existsSync(file) ? readFile(file, 'utf8') : undefined;
  const shaOf = (text: string): string | undefined => {
    try {
      return parseSnapshot(kind, text, `restored ${kind.noun}`).sha;
    } catch {
      return undefined;
    }
  };
  return {
    async read(_suite, sha) {
      const text = await restored();
      return text !== undefined && shaOf(text) === sha ? text : undefined;
    },
    async readFirst(_suite, shas) {
      const text = await restored();
      if (text === undefined) return undefined;
      const sha = shaOf(text);
      // A damaged file is handed on as the nearest hit, so that the lookup reports it.
      if (sha === undefined) return shas[0] === undefined ? undefined : { sha: shas[0], text };
      return shas.includes(sha) ? { sha, text } : undefined;
    },
    async write(suite, sha, text) {
      await mkdir(directory, { recursive: true });
      await writeFile(file, text);
      onSave(snapshotCacheKey(kind, suite, sha));
    },
  };
}
