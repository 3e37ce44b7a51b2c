/**
 * Glob patterns over names (benchmarks, soak series). Written by hand because such names are not
 * paths: `BM_Sort*` must match `BM_Sort/1024`, while path globbers stop `*` at a slash.
 * `*` matches any run of characters, `?` one character; everything else is literal.
 */
export function compileNamePattern(pattern: string): RegExp {
  let source = '';
  for (const char of pattern) {
    if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/** A pattern with the value it assigns, e.g. `BM_Sort*` → threshold 0.15. */
export interface PatternRule<T> {
  pattern: string;
  value: T;
}

/**
 * The value of the last rule whose pattern matches `name` (later rules refine earlier ones, as
 * in .gitignore), or `fallback`.
 */
export function lookupByPattern<T>(rules: readonly PatternRule<T>[], name: string, fallback: T): T {
  let found = fallback;
  for (const rule of rules) {
    if (compileNamePattern(rule.pattern).test(name)) found = rule.value;
  }
  return found;
}
