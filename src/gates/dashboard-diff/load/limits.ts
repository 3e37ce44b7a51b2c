/**
 * Bounds that keep a hostile or broken file from exhausting time, memory or the stack. Real
 * dashboards are far below them: the largest of the dotdc set is 100 kB and 9 levels deep, a
 * 500-panel dashboard about 2 MB, kube-prometheus' 30-dashboard ConfigMapList under 2 MB.
 */

/** Files longer than this (in UTF-16 characters, never more than UTF-8 bytes) are not parsed. */
export const MAX_FILE_CHARS = 32 * 1024 * 1024;

/**
 * The deepest nesting of objects and arrays accepted in JSON and YAML. The later stages walk
 * the model recursively, and jsonc-parser and the `yaml` package recurse per level, so a limit
 * well below the stack is what makes a 20,000-deep file a message instead of a crash.
 */
export const MAX_NESTING_DEPTH = 256;
