/**
 * The line coverage each file must reach: the general `minPerFile`, refined by glob rules of
 * which the last that matches wins (as in .gitignore and CODEOWNERS, later lines refine earlier
 * ones), so `src/**` at 80 then `src/legacy/**` at 40 gives legacy code the lower bar. Pure.
 */
import { compilePathGlob, type PathMatcher } from './path-glob.js';
import type { CoverageThresholds } from './types.js';

/** The minimum that applies to a file, and the rule it comes from (none: `minPerFile`). */
export interface AppliedMinimum {
  min: number;
  /** The glob of the `perFile` rule that set it; absent when it is the general minimum. */
  pattern?: string;
}

/** Finds the minimum of a path; undefined when no minimum applies. */
export type MinimumLookup = (path: string) => AppliedMinimum | undefined;

/**
 * Compiles the per-file rules once (a report may name thousands of files).
 * @example createMinimumLookup({ minPerFile: 80, perFile: [{ pattern: 'src/legacy/**', min: 40 }] })('src/legacy/a.ts') // { min: 40, pattern: 'src/legacy/**' }
 */
export function createMinimumLookup(
  thresholds: Pick<CoverageThresholds, 'minPerFile' | 'perFile'>,
): MinimumLookup {
  const rules: { pattern: string; min: number; matches: PathMatcher }[] = thresholds.perFile.map(
    (rule) => ({ ...rule, matches: compilePathGlob(rule.pattern) }),
  );
  const general: AppliedMinimum | undefined =
    thresholds.minPerFile === undefined ? undefined : { min: thresholds.minPerFile };
  return (path) => {
    for (let index = rules.length - 1; index >= 0; index -= 1) {
      const rule = rules[index];
      if (rule?.matches(path)) return { min: rule.min, pattern: rule.pattern };
    }
    return general;
  };
}
