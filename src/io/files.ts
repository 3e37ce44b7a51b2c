/** Reading the user's files: glob expansion and size-checked reads, shared by action and CLI. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { escapePath, glob as expandGlob, isDynamicPattern } from 'tinyglobby';
import { ConfigurationError } from '../shared/errors.js';

/** Folders globs never descend into: dependencies and git's own files are never inputs. */
const IGNORED_DIRECTORIES = ['**/node_modules/**', '**/.git/**'];

/** Files larger than this are refused before reading: no result file is legitimately bigger. */
export const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/** How {@link resolveFiles} treats a directory named as a plain path. */
export interface ResolveOptions {
  /** Files of a named directory to take, at any depth (e.g. `*.{yml,yaml}`); without it a directory is refused. */
  directoryFiles?: string;
}

/**
 * Expands globs (and plain paths) relative to the working directory, sorted and de-duplicated.
 * A pattern that matches nothing is an error naming it: a silent pass on a typo is worse.
 */
export async function resolveFiles(
  patterns: readonly string[],
  inputName: string,
  options: ResolveOptions = {},
  cwd: string = process.cwd(),
): Promise<string[]> {
  const found = new Set<string>();
  for (const named of patterns) {
    let pattern = named;
    if (!isDynamicPattern(named)) {
      let isFile: boolean;
      try {
        isFile = (await stat(resolve(cwd, named))).isFile();
      } catch {
        throw new ConfigurationError(`Input '${inputName}': the file '${named}' does not exist.`);
      }
      if (isFile) {
        found.add(named);
        continue;
      }
      const directory = named.replace(/\/+$/, '');
      if (options.directoryFiles === undefined) {
        throw new ConfigurationError(
          `Input '${inputName}': '${named}' is a directory; name files, or a glob such as '${directory}/**/*'.`,
        );
      }
      pattern = `${escapePath(directory)}/**/${options.directoryFiles}`;
    }
    const matches = await expandGlob(pattern, {
      cwd,
      onlyFiles: true,
      // A named directory's hidden files (its .git, a tool's settings) are not its contents.
      dot: pattern === named,
      expandDirectories: false,
      ignore: IGNORED_DIRECTORIES,
    });
    if (matches.length === 0) {
      throw new ConfigurationError(
        pattern === named
          ? `Input '${inputName}': no file matches '${named}'.`
          : `Input '${inputName}': the directory '${named}' holds no ${options.directoryFiles} file.`,
      );
    }
    for (const match of matches) found.add(match);
  }
  return [...found].sort();
}

/** Chunks of a streamed file: large enough that a gigabyte is a thousand reads. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * A file's text in chunks of about 1 MiB, UTF-8 decoded by the stream (a character split
 * between two reads is held back, never garbled), for inputs too large to be one string (a
 * coverage report, a night of k6 points). Read errors come as the stream raises them.
 */
export function readTextChunks(path: string): AsyncIterable<string> {
  return createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
}

/** Reads a text file, refusing files over {@link MAX_INPUT_BYTES}. */
export async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new ConfigurationError(
      `Cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}.`,
    );
  }
  if (size > MAX_INPUT_BYTES) {
    throw new ConfigurationError(
      `'${path}' is ${Math.round(size / 1024 / 1024)} MiB; files over ${MAX_INPUT_BYTES / 1024 / 1024} MiB are refused.`,
    );
  }
  return readFile(path, 'utf8');
}

/** Whether `path` is an existing regular file (false for directories and for anything unreadable). */
export async function fileExists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Whether `path` is an existing directory (false for files and for anything unreadable). */
export async function directoryExists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
