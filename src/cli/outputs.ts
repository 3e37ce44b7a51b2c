/** The verdict's files (`--json`, `--markdown`, `--sarif`), each rendered only when asked for. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { VERSION } from '../version.js';
import type { Verdict } from '../verdict/types.js';

/** The path that means standard output, as for most command-line tools. */
export const STANDARD_OUTPUT = '-';

/** One output the user asked for: what to render, and where (a path, or `-`). */
export interface Output {
  kind: 'json' | 'markdown' | 'sarif';
  path: string;
}

/**
 * Renders and writes `outputs`: files (their folders made), or `stdout` for `-`. Rendered only
 * when asked for, and one at a time: a verdict of 20,000 findings is a large string to build.
 * @throws the file system's error when a file cannot be written.
 */
export async function writeOutputs(
  verdict: Verdict,
  outputs: readonly Output[],
  stdout: (text: string) => void,
): Promise<void> {
  for (const { kind, path } of outputs) {
    const text = await render(verdict, kind);
    if (path === STANDARD_OUTPUT) stdout(text);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
}

async function render(verdict: Verdict, kind: Output['kind']): Promise<string> {
  switch (kind) {
    case 'json':
      return `${JSON.stringify(verdict, null, 2)}\n`;
    case 'markdown': {
      const { renderComment } = await import('../report/markdown.js');
      return renderComment(verdict, { version: VERSION });
    }
    case 'sarif': {
      const { renderSarif } = await import('../report/sarif.js');
      return `${JSON.stringify(renderSarif(verdict, { version: VERSION }), null, 2)}\n`;
    }
  }
}
