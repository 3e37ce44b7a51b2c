/** Replacing a file so that an interrupted write never leaves it half-written. */
import { rename, writeFile } from 'node:fs/promises';

/** Writes `text` to a temporary file beside `path`, then renames it over `path`. */
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}
