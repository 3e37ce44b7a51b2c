/**
 * Snapshots: one record per suite and commit (a default-branch commit's full results, say), kept
 * so that a later pull request can compare against its merge base. The store is an interface so
 * the action (GitHub's cache) and the CLI (a directory) share the lookup logic: walk the merge
 * base's ancestors, nearest first. Pure apart from the store it is handed.
 */
import { ConfigurationError } from '../shared/errors.js';
import { isRecord } from '../shared/is-record.js';

/** Raw storage of snapshots by suite and commit: text in, text out. */
export interface SnapshotStore {
  /** The serialised snapshot of `sha`, or undefined when none is stored. */
  read(suite: string, sha: string): Promise<string | undefined>;
  /**
   * Reads the first of `shas` (nearest first) that has a snapshot. Stores that can look up many
   * keys at once (the cache's restore keys) override this.
   */
  readFirst?(
    suite: string,
    shas: readonly string[],
  ): Promise<{ sha: string; text: string } | undefined>;
  /** Stores the serialised snapshot of `sha`. */
  write(suite: string, sha: string, text: string): Promise<void>;
}

/** What every snapshot carries: whose it is, of which suite and commit, and when it was taken. */
export interface SnapshotStamp {
  /** Schema tag, naming the gate and the version of its fields. */
  schema: string;
  suite: string;
  /** The commit the record belongs to. */
  sha: string;
  /** ISO time of the run that stored it. */
  createdAt: string;
}

/** A stored snapshot: the stamp and the gate's record `R`, side by side in one object. */
export type Snapshot<R extends object> = SnapshotStamp & R;

/** How a gate's snapshots look: the one thing a gate supplies to use the store. */
export interface SnapshotKind<R extends object> {
  /** The gate's name, which keeps its cache keys apart from other gates', e.g. `bench`. */
  gate: string;
  /** Schema tag, e.g. `kaizen-gates/bench-baseline@1`. */
  schema: string;
  /** Names a snapshot in messages, e.g. `baseline`. */
  noun: string;
  /** Names the gate's fields in the message about a snapshot that lacks them, e.g. `benchmarks`. */
  fields: string;
  /**
   * The gate's fields of a snapshot whose stamp is valid, or undefined when they are missing.
   * Throws {@link ConfigurationError} naming `what` when they are present but damaged.
   */
  parseRecord(data: Record<string, unknown>, what: string): R | undefined;
}

/** A snapshot found for a pull request. */
export interface FoundSnapshot<R extends object> {
  snapshot: Snapshot<R>;
  /** How many commits before the merge base it was found (0: the merge base itself). */
  distance: number;
}

/** Serialises a snapshot: one line of JSON in the object's own key order. */
export function serializeSnapshot(snapshot: SnapshotStamp): string {
  return `${JSON.stringify(snapshot)}\n`;
}

/**
 * Finds the nearest stored snapshot among `ancestors` (the merge base first, then its
 * first-parent ancestors). The newest run of the branch is deliberately not used: it may
 * contain commits the pull request does not, which shows up as spurious changes.
 *
 * @throws {ConfigurationError} when the nearest stored snapshot is damaged (see parseSnapshot).
 */
export async function findNearestSnapshot<R extends object>(
  kind: SnapshotKind<R>,
  store: SnapshotStore,
  suite: string,
  ancestors: readonly string[],
): Promise<FoundSnapshot<R> | undefined> {
  if (ancestors.length === 0) return undefined;
  let hit: { sha: string; text: string } | undefined;
  if (store.readFirst) {
    hit = await store.readFirst(suite, ancestors);
  } else {
    for (const sha of ancestors) {
      const text = await store.read(suite, sha);
      if (text !== undefined) {
        hit = { sha, text };
        break;
      }
    }
  }
  if (!hit) return undefined;
  return {
    snapshot: parseSnapshot(kind, hit.text, `stored ${kind.noun} of ${hit.sha}`),
    distance: ancestors.indexOf(hit.sha),
  };
}

/**
 * Validates a snapshot read back from storage.
 *
 * @param what - names it in messages, e.g. `stored baseline of 1a2b…`.
 * @throws {ConfigurationError} when it is not JSON, not of `kind`, or damaged.
 */
export function parseSnapshot<R extends object>(
  kind: SnapshotKind<R>,
  text: string,
  what: string,
): Snapshot<R> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`The ${what} is not valid JSON (${(error as Error).message}).`);
  }
  if (!isRecord(data) || data.schema !== kind.schema) {
    throw new ConfigurationError(
      `The ${what} is not a kaizen-gates ${kind.noun} (schema ${kind.schema}).`,
    );
  }
  const { suite, sha, createdAt } = data;
  const lacks = `The ${what} lacks suite, sha, createdAt or ${kind.fields}.`;
  if (typeof suite !== 'string' || typeof sha !== 'string' || typeof createdAt !== 'string') {
    throw new ConfigurationError(lacks);
  }
  const record = kind.parseRecord(data, what);
  if (record === undefined) throw new ConfigurationError(lacks);
  return { schema: kind.schema, suite, sha, createdAt, ...record };
}
