/** The pieces of the CLI's messages: the name meant, the flags in messages, the command line. */
import { describe, expect, it } from 'vitest';
import { benchCommand } from '../../src/cli/commands/bench.js';
import { promLintCommand } from '../../src/cli/commands/prom-lint.js';
import { closestName, editDistance } from '../../src/cli/did-you-mean.js';
import { parseCommandLine, UsageError } from '../../src/cli/parse-command-line.js';
import { respell, spellerOf } from '../../src/cli/spelling.js';
import { inputLabel, inputMention, inputSource, requiredInput } from '../../src/shared/inputs.js';

describe('editDistance', () => {
  // Values worked by hand: kitten → sitting is the textbook Levenshtein example (3); a swap of
  // neighbours costs 1 (optimal string alignment), where plain Levenshtein counts 2.
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['currnet', 'current', 1],
    ['ca', 'abc', 3],
    ['bench', 'bench', 0],
  ])('%s → %s is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestName', () => {
  const gates = ['bench', 'prom-lint', 'dashboard-diff', 'soak', 'coverage'];
  it.each([
    ['benchh', 'bench'],
    ['BENCH', 'bench'],
    ['promlint', 'prom-lint'],
    ['covrage', 'coverage'],
    ['dash', 'dashboard-diff'],
    ['sok', 'soak'],
    ['xyz', undefined],
    ['lint', undefined],
    ['s', undefined],
  ])('%s → %s', (typed, meant) => {
    expect(closestName(typed, gates)).toBe(meant);
  });

  it('does not guess between two names a prefix could start', () => {
    expect(closestName('base', ['baseline', 'baseline-dir', 'base-ref'])).toBeUndefined();
    expect(closestName('baseline-d', ['baseline', 'baseline-dir'])).toBe('baseline-dir');
  });
});

describe('inputLabel and inputMention', () => {
  const action = inputSource(() => '');
  const cli = inputSource(() => '', { spell: (name) => `--${name}` });
  it('name an action input as action.yml does, and a CLI input by its flag', () => {
    expect(inputLabel(action, 'threshold')).toBe("Input 'threshold'");
    expect(inputMention(action, 'threshold')).toBe("'threshold'");
    expect(inputLabel(cli, 'threshold')).toBe('--threshold');
    expect(inputMention(cli, 'threshold')).toBe('--threshold');
    expect(() => requiredInput(cli, 'current')).toThrow(/^--current is required\.$/);
    expect(() => requiredInput(action, 'current')).toThrow(/^Input 'current' is required\.$/);
  });

  it('keep the spelling through a source built over another', () => {
    const wrapped = inputSource((name) => (name === 'x' ? 'y' : ''), cli);
    expect(wrapped('x')).toBe('y');
    expect(inputLabel(wrapped, 'history-file')).toBe('--history-file');
  });
});

describe('respell', () => {
  it('spells the inputs a command takes as typed, and leaves other quoted names alone', () => {
    const spell = spellerOf(promLintCommand);
    expect(respell("Input 'paths': no file matches 'x'.", promLintCommand, spell)).toBe(
      "PATH: no file matches 'x'.",
    );
    expect(respell("Input 'config': the file 'c' does not exist.", promLintCommand, spell)).toBe(
      "--config: the file 'c' does not exist.",
    );
    expect(
      respell("Input 'paths' in 'lint.yml': no file matches 'x'.", promLintCommand, spell),
    ).toBe("Input 'paths' in 'lint.yml': no file matches 'x'.");
    expect(respell("Input 'github-token' is unused.", promLintCommand, spell)).toBe(
      "Input 'github-token' is unused.",
    );
    expect(respell("Input 'fail-on' is 'x'.", benchCommand, spellerOf(benchCommand))).toBe(
      "--fail-on is 'x'.",
    );
  });
});

describe('parseCommandLine', () => {
  const options = {
    current: { type: 'string', multiple: true },
    quiet: { type: 'boolean' },
  } as const;
  it('reads values, repeated options and the arguments after --', () => {
    expect(
      parseCommandLine(['--current', 'a', '--current=b', '--quiet', '--', '-c'], options, 'PATH'),
    ).toEqual({ values: { current: ['a', 'b'], quiet: true }, positionals: ['-c'] });
  });

  it('accepts a value that starts with one dash', () => {
    expect(parseCommandLine(['--current', '-5'], options, undefined).values).toEqual({
      current: ['-5'],
    });
  });

  it('throws a UsageError with one line', () => {
    expect(() => parseCommandLine(['--curent', 'a'], options, undefined)).toThrow(UsageError);
    expect(() => parseCommandLine(['--curent', 'a'], options, undefined)).toThrow(
      /^unknown option --curent; did you mean --current\?$/,
    );
  });
});
