/**
 * A lock file beside a file that several processes may rewrite at once (parallel CLI runs on one
 * machine appending to one history file): without it, two read-append-write rounds that overlap
 * lose one run. `open` with `wx` is atomic on local file systems, so exactly one process creates
 * the lock; the others wait and try again.
 */
import { open, rm, stat } from 'node:fs/promises';

/** How long to wait for the lock, and when a lock is taken for a crashed writer's. */
export interface FileLockOptions {
  /** Give up after this many milliseconds of waiting; default 10 s. */
  timeoutMs?: number;
  /** A lock older than this is a crashed writer's and is removed; default 60 s. */
  staleMs?: number;
}

/**
 * Runs `action` holding `<path>.lock`, and removes the lock afterwards, whatever `action` did.
 *
 * @throws {Error} `withFileLock: ...` naming the lock file when it stayed taken past the timeout.
 */
export async function withFileLock<T>(
  path: string,
  action: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const lock = `${path}.lock`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = await ageOf(lock);
    if (age !== undefined && age > staleMs) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `withFileLock: ${lock} is still held after ${timeoutMs} ms; if no other run is writing ${path}, remove the lock file.`,
      );
    }
    // A jittered short wait: an append takes milliseconds, and waiters should not move in step.
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40));
  }
  try {
    return await action();
  } finally {
    await rm(lock, { force: true });
  }
}

/** Milliseconds since the lock was taken, or undefined when it was released meanwhile. */
async function ageOf(lock: string): Promise<number | undefined> {
  try {
    return Date.now() - (await stat(lock)).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
