/** Whether a path names a directory, for inputs where a directory stands for the files in it. */
import { stat } from 'node:fs/promises';

/** Whether `path` is an existing directory (false for files and for anything unreadable). */
export function directoryExists(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
