/** Reading a soak input file as a stream of text chunks (the I/O edge of read-runs.ts). */
import { createReadStream } from 'node:fs';
import { ConfigurationError } from '../../shared/errors.js';

/** Chunk size: large enough that a gigabyte file is a thousand writes, small enough to stream. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The file's text in chunks, decoded as UTF-8 (a character split across chunks is kept whole).
 *
 * @throws ConfigurationError naming the file when it cannot be read.
 */
export async function* streamTextFile(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) yield chunk as string;
  } catch (error) {
    throw new ConfigurationError(`${path}: cannot be read (${(error as Error).message}).`);
  } finally {
    stream.destroy();
  }
}
