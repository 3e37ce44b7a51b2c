/**
 * The shared history store: what any gate keeps across runs, keyed by suite (or key) and commit.
 * It knows nothing of any gate; a gate brings its own record type. Two shapes:
 *
 * - **Snapshots** (snapshot.ts): one record per suite and commit, looked up for a pull request
 *   at the nearest stored ancestor of its merge base. Stores: the Actions cache as a composite
 *   action reaches it (restored-cache-store.ts), a local directory for the CLI
 *   (directory-store.ts). Ancestors come from ancestry.ts (the API, then local git), which also
 *   tells whether a logged run's commit is in a pull request's past ({@link entriesOfAncestry}).
 * - **Run logs** (log.ts): one JSON line per run, oldest first, bounded by a retention, kept
 *   verbatim when a line is unreadable, a re-run of the same workflow run not added twice.
 *   Transports, behind one {@link HistoryIo}: a data branch through the contents API, where
 *   concurrent writers retry on a stale blob sha and never lose an entry (data-branch.ts,
 *   data-branch-history.ts), and a local JSON-lines file for the CLI (history-file.ts), whose
 *   appends hold a lock file so that parallel runs lose nothing either (file-lock.ts).
 *   {@link nearestLogEntry} finds the logged run of the nearest ancestor.
 *
 * How a gate plugs in its own record type, with the bench gate as the example
 * (src/gates/bench/history.ts and baseline-store.ts):
 *
 * 1. Declare the record: only the gate's fields, e.g. `interface BenchRunRecord { benchmarks:
 *    HistoryBenchmark[] }`. The store adds the stamp (schema, suite, sha, ref, createdAt, runId),
 *    so an entry is `LogEntry<BenchRunRecord>` (a snapshot, `Snapshot<BaselineRecord>`).
 * 2. Describe it once as a {@link LogKind} (or {@link SnapshotKind}): `gate` (`'bench'`: the
 *    folder on the data branch, the cache-key prefix), `schema` (`'kaizen-gates/bench-history@1'`;
 *    bump the version when the fields change: old writers then keep the new lines untouched),
 *    `noun` for messages (`'bench history'`), and `parseRecord`, which validates the gate's
 *    fields of a line that is external data (`unknown` until checked, no `as`). A SnapshotKind
 *    also names those `fields` for the message about a snapshot that lacks them.
 * 3. Build entries with {@link logEntry}`(kind, { suite, sha, createdAt }, record, { runId })`.
 * 4. Take the transport as a `HistoryIo<LogEntry<R>>` (or a {@link SnapshotStore}) in the gate's
 *    I/O object, and let main.ts and the CLI command build it: `dataBranchHistory(client, kind,
 *    where, logger)` in the action, `historyFile(kind, path, retention)` in the CLI;
 *    `restoredCacheStore(kind, dir, onSave)` and `directoryStore(dir)` for snapshots (in the
 *    action, snapshots also need the cache restore and save steps around the gate that
 *    actions/bench/action.yml has, keyed by {@link snapshotCacheKey}).
 * 5. Read and judge in the gate (bench's trendFor and noiseFromHistory): the store only keeps.
 *    Treat an unreadable or unwritable history as a warning, never as a failed gate.
 *
 * A soak gate would log one `LogEntry<SoakNight>` per night under `soak/<job>.jsonl`; a coverage
 * gate would keep a `Snapshot<CommitCoverage>` per default-branch commit and find the merge
 * base's with {@link findNearestSnapshot}.
 *
 * Layering: this module imports from src/github, src/io and src/shared, never from src/gates
 * (an ESLint rule keeps it so); the gates and the CLI import from here.
 */
export {
  AncestryUnavailableError,
  apiAncestryCheck,
  entriesOfAncestry,
  firstAvailableAncestry,
  firstParentChain,
  gitAncestryCheck,
  localAncestry,
  MAX_EXTRA_ANCESTRY_LOOKUPS,
  pullRequestAncestors,
  pullRequestAncestry,
  pullRequestMergeBase,
  type AncestryCheck,
  type AncestryQuery,
  type KnownAncestry,
  type RepositoryName,
} from './ancestry.js';
export {
  appendToHistoryBranch,
  DEFAULT_HISTORY_BRANCH,
  HistoryConflictError,
  readHistoryFile,
  type AppendToHistoryOptions,
  type AppendToHistoryResult,
  type HistoryFile,
  type HistoryLocation,
} from './data-branch.js';
export { dataBranchHistory, type DataBranchWhere } from './data-branch-history.js';
export { directoryStore } from './directory-store.js';
export { withFileLock, type FileLockOptions } from './file-lock.js';
export { historyFile } from './history-file.js';
export type { HistoryIo } from './history-io.js';
export {
  appendToLog,
  DEFAULT_RETENTION,
  logEntry,
  logFilePath,
  MAX_LOG_BYTES,
  MAX_LOG_LINE_BYTES,
  nearestLogEntry,
  parseLog,
  type LogEntry,
  type LogKind,
  type ParsedLog,
  type RunStamp,
  type StampExtra,
} from './log.js';
export {
  MAX_CACHE_KEYS,
  restoredCacheStore,
  snapshotCacheKey,
  snapshotFile,
} from './restored-cache-store.js';
export {
  findNearestSnapshot,
  parseSnapshot,
  serializeSnapshot,
  type FoundSnapshot,
  type Snapshot,
  type SnapshotKind,
  type SnapshotStamp,
  type SnapshotStore,
} from './snapshot.js';
