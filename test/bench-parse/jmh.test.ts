import { describe, expect, it } from 'vitest';
import { parseBenchFile } from '../../src/gates/bench/parse/index.js';
import { fixture, parseFixture, seriesNamed } from './fixture.js';

describe('JMH JSON', () => {
  it('reads thrpt rawData as bigger-is-better ops/s repetitions', () => {
    const file = parseFixture('extract/jmh_output.json');
    expect(file.format).toBe('jmh');
    expect(file.benchmarks).toHaveLength(1);
    expect(file.benchmarks[0]).toMatchObject({
      name: 'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere',
      unit: 'ops/s',
      direction: 'bigger-is-better',
      kind: 'repetitions',
      samples: [3.376842765688582e9, 3.37651988895058e9, 3.375353964729294e9],
    });
    expect(file.benchmarks[0]?.extra).toMatchObject({ mode: 'thrpt', forks: 1 });
  });

  it('puts @Param values in the name', () => {
    const file = parseFixture('extract/jmh_output_2.json');
    expect(file.benchmarks[0]?.name).toBe(
      'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere[paramA=17, paramB=33]',
    );
  });

  it('reads avgt us/op as ns over every fork and iteration, and gc.alloc.rate.norm as its own series', () => {
    const file = parseFixture('constructed/jmh_avgt_gc_profiler.json');
    const name =
      'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere[paramA=17, paramB=33]';
    const primary = seriesNamed(file, name);
    expect(primary).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
    });
    expect(primary.samples.map((v) => Math.round(v * 1000) / 1000)).toEqual([
      295, 301, 305, 298, 309, 312,
    ]);
    expect(primary.extra).toMatchObject({
      mode: 'avgt',
      '·gc.alloc.rate': '1523.4 MB/sec',
      '·gc.count': '42 counts',
    });
    expect(seriesNamed(file, `${name} (gc.alloc.rate.norm)`)).toMatchObject({
      unit: 'B',
      direction: 'smaller-is-better',
      samples: [488, 488, 488, 488, 488, 488],
    });
  });

  it('appends the mode when one benchmark ran in several modes', () => {
    const [entry] = JSON.parse(fixture('extract/jmh_output.json').text) as Record<
      string,
      unknown
    >[];
    const avgt = {
      ...entry,
      mode: 'avgt',
      primaryMetric: { score: 0.3, scoreUnit: 'ns/op', rawData: [[0.3, 0.31]] },
    };
    const file = parseBenchFile({ path: 'modes.json', text: JSON.stringify([entry, avgt]) });
    expect(file.benchmarks.map((s) => [s.name, s.unit, s.direction])).toEqual([
      [
        'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere:thrpt',
        'ops/s',
        'bigger-is-better',
      ],
      [
        'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere:avgt',
        'ns',
        'smaller-is-better',
      ],
    ]);
  });

  it('rejects a zero score in rawData', () => {
    const input = fixture('extract/jmh_output.json');
    const text = input.text.replace(/("rawData" : \[\s*\[\s*)3\.376842765688582E9/, '$10');
    expect(() => parseBenchFile({ path: input.path, text })).toThrow(
      'benchmark "org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere" has a zero rate (0 ops/s)',
    );
  });

  it('reads sample mode histograms as the mean of each iteration', () => {
    const [entry] = JSON.parse(fixture('extract/jmh_output.json').text) as Record<
      string,
      unknown
    >[];
    // rawDataHistogram: forks × iterations × [value, count] buckets, as JMH writes for -bm sample.
    const histogram = [
      [
        [
          [1.0, 3],
          [2.0, 1],
        ],
        [[1.5, 2]],
      ],
    ];
    const sample = {
      ...entry,
      mode: 'sample',
      primaryMetric: { score: 1.3, scoreUnit: 'ms/op', rawDataHistogram: histogram },
    };
    const file = parseBenchFile({ path: 'sample.json', text: JSON.stringify([sample]) });
    expect(file.benchmarks[0]).toMatchObject({
      unit: 'ns',
      direction: 'smaller-is-better',
      kind: 'repetitions',
      samples: [1.25e6, 1.5e6],
    });
  });

  it('rejects the "NaN" that JMH writes for an iteration without a result', () => {
    const input = fixture('extract/jmh_output.json');
    const text = input.text.replace(/("rawData" : \[\s*\[\s*)3\.376842765688582E9/, '$1"NaN"');
    expect(() => parseBenchFile({ path: input.path, text })).toThrow(
      'fixtures/bench/extract/jmh_output.json: benchmark "org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere" has a value that is not a finite number (NaN ops/s)',
    );
  });
});
