/** Public API of the bench gate's result-file parsers. */
export { parseBenchFile, MAX_BENCH_FILE_BYTES } from './parse-bench-file.js';
export { detectBenchFormat } from './detect-bench-format.js';
export { mergeBenchFiles } from './merge-bench-files.js';
export type { BenchInput } from './bench-source.js';
