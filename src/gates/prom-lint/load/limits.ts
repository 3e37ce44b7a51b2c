/**
 * Bounds that keep a hostile rule file from exhausting time or memory. Real rule files are far
 * below all of them: Prometheus' own 10,002-rule test file is 1.2 MB, about 60,000 nodes deep 6.
 */
import { ConfigurationError } from '../../../shared/errors.js';

/** Rule files larger than this are refused before they are read into the YAML parser. */
export const MAX_RULE_FILE_BYTES = 100 * 1024 * 1024;

/**
 * The most nodes a document may expand to once aliases are followed. yaml.v3 and the `yaml`
 * package's `maxAliasCount` guard against "billion laughs" the same way: by the expanded size.
 */
export const MAX_EXPANDED_NODES = 2_000_000;

/** The deepest nesting accepted; a rule file needs 6 levels, a PrometheusRule 8. */
export const MAX_NESTING_DEPTH = 256;

/**
 * Refuses a file by its size before it is read; the I/O edge calls this with the size from
 * `stat`, and the loader calls it again with the text length.
 * @throws ConfigurationError naming the file and its size.
 */
export function checkRuleFileSize(path: string, bytes: number): void {
  if (bytes > MAX_RULE_FILE_BYTES) {
    throw new ConfigurationError(
      `${path}: rule file is ${bytes} bytes, over the limit of ${MAX_RULE_FILE_BYTES} bytes (100 MB); refusing to parse it`,
    );
  }
}
