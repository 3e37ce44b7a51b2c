/** Reading a soak input file as a stream of text chunks (the I/O edge of read-runs.ts). */
import { readTextChunks } from '../../io/files.js';
import { ConfigurationError } from '../../shared/errors.js';

/**
 * The file's text in chunks ({@link readTextChunks}), a read error named with the file.
 *
 * @throws ConfigurationError naming the file when it cannot be read.
 */
export async function* streamTextFile(path: string): AsyncGenerator<string> {
  try {
    for await (const chunk of readTextChunks(path)) yield chunk;
  } catch (error) {
    throw new ConfigurationError(`${path}: cannot be read (${(error as Error).message}).`);
  }
}
