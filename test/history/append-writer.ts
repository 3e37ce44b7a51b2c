/**
 * One writer process for the parallel-append test: appends `count` soak nights, tagged with its
 * name, to the history file at `path`, one append (one lock) at a time.
 * Usage: node --import tsx test/history/append-writer.ts PATH NAME COUNT
 */
import { historyFile } from '../../src/history/history-file.js';
import { logEntry } from '../../src/history/log.js';
import { SOAK_LOG } from './record-kinds.js';

const [path = '', name = '', count = '0'] = process.argv.slice(2);
const io = historyFile(SOAK_LOG, path, 10_000);
for (let i = 0; i < Number(count); i++) {
  await io.append(
    logEntry(
      SOAK_LOG,
      { suite: 'nightly', sha: `${name}-${i}`, createdAt: new Date().toISOString() },
      { memoryGrowthPerHour: 0, p99Ms: i },
      { runId: `${name}-${i}` },
    ),
  );
}
