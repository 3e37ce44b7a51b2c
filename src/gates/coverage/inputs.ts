/**
 * Reads and validates the coverage gate's inputs once, for the action and the CLI alike: the
 * reports, the thresholds (each optional), the path fixes, what the change is compared with, and
 * where the coverage of commits is stored for the drop check.
 */
import { ConfigurationError } from '../../shared/errors.js';
import {
  choiceInput,
  inputLabel,
  listInput,
  mappingInput,
  numberInput,
  optionalInput,
  parsePercent,
  readCommonInputs,
  type CommonInputs,
  type InputSource,
} from '../../shared/inputs.js';
import { parsePathFixes } from './paths.js';
import { coverageFormats } from './read-reports.js';
import type { CoverageFormat, CoverageThresholds, PathFix } from './types.js';

/** When this run's coverage is stored for later pull requests' drop check. */
export type SaveCoverage = 'auto' | 'always' | 'never';

/** Every input of the coverage gate. */
export interface CoverageInputs {
  common: CommonInputs;
  /** Report files: paths or globs (required). */
  reports: string[];
  format: CoverageFormat | 'auto';
  thresholds: CoverageThresholds;
  /** `before::after` fixes of report paths, applied before matching by suffix. */
  pathFixes: PathFix[];
  /** What the change is compared with, at its merge base (CLI: `--base-ref`; action: PR base). */
  baseRef?: string;
  /** CLI: a directory that stands in for the Actions cache as the store of commits' coverage. */
  store?: string;
  /** `auto`: store on pushes to the default branch (action); the CLI stores only on `always`. */
  save: SaveCoverage;
  /** How many ancestors of the merge base to search for a stored coverage. */
  searchDepth: number;
}

/**
 * Reads the inputs; throws ConfigurationError naming the bad input.
 *
 * @param defaultBaseRef what `base-ref` is when not given (the action: the pull request's base
 *   commit); without either the patch is not known and `min-patch` is not checked.
 */
export function readCoverageInputs(source: InputSource, defaultBaseRef?: string): CoverageInputs {
  const reports = listInput(source, 'report');
  if (reports.length === 0) {
    throw new ConfigurationError(
      `${inputLabel(source, 'report')} is required: the coverage report files (paths or globs), e.g. coverage/lcov.info.`,
    );
  }
  const baseRef = optionalInput(source, 'base-ref') ?? defaultBaseRef;
  const store = optionalInput(source, 'store');
  return {
    common: readCommonInputs(source),
    reports,
    format: choiceInput(source, 'format', coverageFormats, 'auto'),
    thresholds: readThresholds(source),
    pathFixes: readPathFixes(source),
    ...(baseRef === undefined ? {} : { baseRef }),
    ...(store === undefined ? {} : { store }),
    save: choiceInput(source, 'save', ['auto', 'always', 'never'] as const, 'auto'),
    searchDepth: numberInput(source, 'search-depth', 50, { min: 1, max: 500, integer: true }),
  };
}

/** `before::after` lines (one per line: a path may hold a comma), the parser's message named. */
function readPathFixes(source: InputSource): PathFix[] {
  const lines = source('path-fix')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  try {
    return parsePathFixes(lines);
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    throw new ConfigurationError(`${inputLabel(source, 'path-fix')}: ${error.message}.`);
  }
}

function readThresholds(source: InputSource): CoverageThresholds {
  const thresholds: CoverageThresholds = {
    perFile: mappingInput(source, 'per-file', minimumPercent).map(({ pattern, value }) => ({
      pattern,
      min: value,
    })),
  };
  const minimum = (name: string): number | undefined => {
    const raw = optionalInput(source, name);
    return raw === undefined ? undefined : minimumPercent(raw, inputLabel(source, name));
  };
  const assign = <K extends keyof CoverageThresholds>(
    key: K,
    value: CoverageThresholds[K] | undefined,
  ): void => {
    if (value !== undefined) thresholds[key] = value;
  };
  assign('minPatch', minimum('min-patch'));
  assign('minTotalLines', minimum('min-total'));
  assign('minTotalBranches', minimum('min-branches'));
  assign('minTotalFunctions', minimum('min-functions'));
  assign('minPerFile', minimum('min-per-file'));
  const drop = optionalInput(source, 'max-drop');
  if (drop !== undefined) thresholds.maxDrop = dropPoints(drop, inputLabel(source, 'max-drop'));
  return thresholds;
}

/**
 * A minimum coverage in percent (0–100], read as the shared inputs read percentages (`80%`, or
 * the fraction `0.8`), kept exact: `7%` is 7, not 0.07 × 100 = 7.000000000000001, which
 * would fail a file covered at exactly 7%.
 */
export function minimumPercent(raw: string, what: string): number {
  const percent = toPercent(parsePercent(raw, what));
  if (percent > 100) {
    throw new ConfigurationError(`${what} is '${raw}'; a coverage minimum cannot be over 100%.`);
  }
  return percent;
}

/**
 * The largest drop allowed, in percentage points: `0` (no drop at all) or a percentage as
 * {@link minimumPercent} reads it (`0.5%` is half a point).
 */
export function dropPoints(raw: string, what: string): number {
  if (/^\s*0+(\.0+)?\s*%?\s*$/.test(raw)) return 0;
  const points = toPercent(parsePercent(raw, what));
  if (points > 100) {
    throw new ConfigurationError(`${what} is '${raw}'; a drop cannot be over 100 points.`);
  }
  return points;
}

/** A fraction as percent, rounded to 9 decimals so that binary fractions do not show. */
function toPercent(fraction: number): number {
  return Math.round(fraction * 100 * 1e9) / 1e9;
}
