/** Reads and validates the bench gate's inputs once, for the action and the CLI alike. */
import { ConfigurationError } from '../../shared/errors.js';
import {
  booleanInput,
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
import { defaultAnalysisOptions, type BenchAnalysisOptions } from './options.js';
import { DEFAULT_HISTORY_WINDOW } from './history.js';
import type { BenchFormat, Direction } from './types.js';
import {
  DEFAULT_SINCE,
  defaultChangePointOptions,
  parseSince,
  type ChangePointOptions,
  type Since,
} from './change-points.js';

/** Formats a user may name. */
export const benchFormats: readonly (BenchFormat | 'auto')[] = [
  'auto',
  'google-benchmark',
  'hyperfine',
  'pytest-benchmark',
  'go',
  'cargo',
  'criterion',
  'benchmarkjs',
  'jmh',
  'benchmarkdotnet',
  'catch2',
  'julia',
  'custom-smaller-is-better',
  'custom-bigger-is-better',
];

/** Where the baseline comes from, as the user says it. */
export type BaselineFromInput = 'auto' | 'same-job' | 'other-runner';

/** When results are stored as the baseline for later pull requests. */
export type SaveBaseline = 'auto' | 'always' | 'never';

/** Every input of the bench gate. */
export interface BenchInputs {
  common: CommonInputs;
  /** Globs of the current (head) result files. */
  current: string[];
  /** Globs of the baseline result files; empty: use the stored baseline. */
  baseline: string[];
  format: BenchFormat | 'auto';
  /** `auto`: same-job when baseline files are given in the action, other-runner otherwise. */
  baselineFrom: BaselineFromInput;
  /** Name of the suite in the baseline store and history. */
  suite: string;
  /** `auto`: store on pushes to the default branch. */
  saveBaseline: SaveBaseline;
  /** CLI: a directory that stands in for the cache as the baseline store. */
  baselineDir?: string;
  /** How many ancestors of the merge base to search for a stored baseline. */
  baselineSearchDepth: number;
  /** Keep a run history on a data branch (action) for trends and single-value noise. */
  history: boolean;
  /** The data branch of the history. */
  historyBranch: string;
  /** Runs the history keeps. */
  historyRetention: number;
  /**
   * Most recent stored runs (of the merge base's ancestry) that single values are judged against:
   * long enough to measure the run-to-run noise, short enough that slow drift is not noise.
   */
  historyWindow: number;
  /** CLI: a local JSON-lines history file instead of the data branch. */
  historyFile?: string;
  analysis: Omit<BenchAnalysisOptions, 'baselineFrom'>;
}

const directions = ['smaller-is-better', 'bigger-is-better'] as const;

function parseDirection(raw: string, what: string): Direction {
  const found = directions.find((d) => d === raw.toLowerCase());
  if (!found) {
    throw new ConfigurationError(
      `${what} is '${raw}'; expected smaller-is-better or bigger-is-better.`,
    );
  }
  return found;
}

/** A branch name git accepts (a conservative subset: no spaces, `..`, `~^:?*[\`, leading `-`). */
function branchInput(source: InputSource, name: string, fallback: string): string {
  const value = optionalInput(source, name) ?? fallback;
  if (
    !/^[A-Za-z0-9._/][A-Za-z0-9._/-]{0,99}$/.test(value) ||
    value.includes('..') ||
    value.endsWith('/')
  ) {
    throw new ConfigurationError(
      `${inputLabel(source, name)} is '${value}'; expected a branch name such as kaizen-data.`,
    );
  }
  return value;
}

/** Reads the bench inputs; throws ConfigurationError naming the bad input. */
export function readBenchInputs(source: InputSource): BenchInputs {
  const current = listInput(source, 'current');
  if (current.length === 0) {
    throw new ConfigurationError(
      `${inputLabel(source, 'current')} is required: the benchmark result files of this run (paths or globs).`,
    );
  }
  const suite = optionalInput(source, 'suite') ?? 'default';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(suite)) {
    throw new ConfigurationError(
      `${inputLabel(source, 'suite')} is '${suite}'; use 1 to 64 letters, digits, '.', '_' or '-'.`,
    );
  }
  const threshold = optionalInput(source, 'threshold');
  const baselineDir = optionalInput(source, 'baseline-dir');
  const historyFile = optionalInput(source, 'history-file');
  return {
    common: readCommonInputs(source),
    current,
    baseline: listInput(source, 'baseline'),
    format: choiceInput(source, 'format', benchFormats, 'auto'),
    baselineFrom: choiceInput(
      source,
      'baseline-from',
      ['auto', 'same-job', 'other-runner'] as const,
      'auto',
    ),
    suite,
    saveBaseline: choiceInput(
      source,
      'save-baseline',
      ['auto', 'always', 'never'] as const,
      'auto',
    ),
    ...(baselineDir === undefined ? {} : { baselineDir }),
    baselineSearchDepth: numberInput(source, 'baseline-search-depth', 50, {
      min: 1,
      max: 500,
      integer: true,
    }),
    history: booleanInput(source, 'history', false),
    historyBranch: branchInput(source, 'history-branch', 'kaizen-data'),
    historyRetention: numberInput(source, 'history-retention', 500, {
      min: 1,
      max: 100_000,
      integer: true,
    }),
    historyWindow: numberInput(source, 'history-window', DEFAULT_HISTORY_WINDOW, {
      min: 5,
      max: 500,
      integer: true,
    }),
    ...(historyFile === undefined ? {} : { historyFile }),
    analysis: {
      threshold:
        threshold === undefined
          ? defaultAnalysisOptions.threshold
          : parsePercent(threshold, inputLabel(source, 'threshold')),
      thresholds: mappingInput(source, 'thresholds', parsePercent),
      ignore: listInput(source, 'ignore'),
      directions: mappingInput(source, 'directions', parseDirection),
      alpha: numberInput(source, 'alpha', defaultAnalysisOptions.alpha, { min: 1e-6, max: 0.5 }),
      correction: choiceInput(source, 'correction', ['holm', 'bh', 'none'] as const, 'holm'),
      confidence: Number(
        choiceInput(source, 'confidence', ['0.8', '0.9', '0.95', '0.98'] as const, '0.9'),
      ),
      singleValue: choiceInput(source, 'single-value', ['warn', 'fail'] as const, 'warn'),
    },
  };
}

/**
 * What the bench gate does: `compare` a run with its baseline (pull requests, pushes), or search
 * the stored `history` for change points (scheduled runs).
 */
export type BenchMode = 'compare' | 'history';

/** Reads `mode` alone: it decides which of the two sets of inputs to read. */
export function readBenchMode(source: InputSource): BenchMode {
  return choiceInput(source, 'mode', ['compare', 'history'] as const, 'compare');
}

/** The inputs of history mode (`kaizen-gates bench history`, the action's `mode: history`). */
export interface BenchHistoryInputs {
  common: CommonInputs;
  /** Suite whose history is searched. */
  suite: string;
  /** The data branch of the history (action; the CLI's `--data-branch`). */
  historyBranch: string;
  changePoints: ChangePointOptions;
  /** Which runs are recent: a regression that begins in them fails. */
  since: Since;
}

/** Reads the inputs of history mode; throws ConfigurationError naming the bad input. */
export function readBenchHistoryInputs(source: InputSource): BenchHistoryInputs {
  const suite = optionalInput(source, 'suite') ?? 'default';
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(suite)) {
    throw new ConfigurationError(
      `${inputLabel(source, 'suite')} is '${suite}'; use 1 to 64 letters, digits, '.', '_' or '-'.`,
    );
  }
  const magnitude = optionalInput(source, 'min-magnitude');
  const since = optionalInput(source, 'since');
  return {
    common: readCommonInputs(source),
    suite,
    historyBranch: branchInput(source, 'history-branch', 'kaizen-data'),
    changePoints: {
      // Each window is searched in O(window²); 1,000 keeps a 5,000-run history under a second.
      window: numberInput(source, 'window', defaultChangePointOptions.window, {
        min: 2,
        max: 1000,
        integer: true,
      }),
      significance: numberInput(source, 'significance', defaultChangePointOptions.significance, {
        min: 1e-300,
        max: 0.5,
      }),
      minMagnitude:
        magnitude === undefined
          ? defaultChangePointOptions.minMagnitude
          : /^0+(\.0*)?%?$/.test(magnitude)
            ? 0
            : parsePercent(magnitude, inputLabel(source, 'min-magnitude')),
    },
    since: since === undefined ? DEFAULT_SINCE : parseSince(since, inputLabel(source, 'since')),
  };
}
