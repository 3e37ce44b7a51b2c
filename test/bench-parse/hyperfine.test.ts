import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixtureWith, parseFixture, seriesNamed } from './fixture.js';

describe('hyperfine JSON', () => {
  it('reads every run of several commands as repetitions in ns, named by command or --command-name', () => {
    const file = parseFixture('generated/hyperfine_three_commands.json');
    expect(file.format).toBe('hyperfine');
    expect(file.benchmarks.map((s) => s.name)).toEqual(['sleep-10ms', 'sleep 0.02', 'sh -c true']);
    const sleep = seriesNamed(file, 'sleep 0.02');
    expect(sleep).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
    });
    expect(sleep.samples).toHaveLength(5);
    expect(sleep.samples[0]).toBeCloseTo(0.02135534104 * 1e9, 3);
    expect(sleep.samples[4]).toBeCloseTo(0.02152222004 * 1e9, 3);
    expect(sleep.extra?.['system_ns']).toBeCloseTo(0.000420632 * 1e9, 3);
    expect(file.warnings).toEqual([]);
  });

  it('keeps --parameter-scan values in extra', () => {
    const file = parseFixture('generated/hyperfine_parameter_scan.json');
    expect(
      file.benchmarks.map((s) => [s.name, s.extra?.['parameter ms'], s.samples.length]),
    ).toEqual([
      ['sleep 0.010', '10', 3],
      ['sleep 0.020', '20', 3],
    ]);
  });

  it('warns about runs with a non-zero exit code (kept by --ignore-failure)', () => {
    const file = parseFixture('generated/hyperfine_failing_command.json');
    expect(file.warnings).toEqual(['sh -c "exit 3": 3 of 3 runs exited with a non-zero code (3)']);
    expect(file.benchmarks[0]?.samples[1]).toBeCloseTo(0.0000211339400000008 * 1e9, 6);
  });

  it('rejects a run of zero seconds, naming the command', () => {
    const input = fixtureWith(
      'generated/hyperfine_parameter_scan.json',
      /("times": \[\s*)0\.01116340124,/,
      '$10,',
    );
    expect(() => parseBenchFile(input)).toThrow('benchmark "sleep 0.010" has a zero time (0 ns)');
  });

  it('reports a truncated file with the line and column where the JSON stops', () => {
    const input = fixtureWith(
      'generated/hyperfine_three_commands.json',
      /"sleep 0\.02",[\s\S]*$/,
      '"sleep 0.02",\n      "mean": 0.0217',
    );
    expect(() => parseBenchFile(input)).toThrow(
      /^fixtures\/bench\/generated\/hyperfine_three_commands\.json: invalid JSON at line 29, column 21: CloseBraceExpected \(the file ends early: was it truncated\?\)$/,
    );
  });
});
