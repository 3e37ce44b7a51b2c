/**
 * A full garbage collection on request, for the moment a large intermediate structure has just
 * become garbage. V8 on a machine with gigabytes of memory lets the heap grow to about four
 * times what was live at the last full collection before it collects again, so the tree of a
 * 10 MB rule file would otherwise still take its room while the next phase allocates more.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/**
 * Collects garbage now. `gc` is only a global with `--expose-gc`; setting the flag at run time
 * makes V8 give it to contexts created afterwards, so one new context hands it over.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
    gc = typeof found === 'function' ? (found as () => void) : () => undefined;
  }
  gc();
}
