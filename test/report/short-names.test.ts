import { describe, expect, it } from 'vitest';
import { shortenNames } from '../../src/report/short-names.js';
import { createRandom } from '../../src/stats/index.js';

/** Metric suffixes as the bench parsers write them: `Name (B/op)`. */
const metricTail = (name: string): number =>
  /^(.*\S) \([^()]+\)$/.exec(name)?.[1]?.length ?? name.length;

describe('shortenNames', () => {
  it.each([
    {
      case: 'Go sub-benchmarks with GOMAXPROCS (go test -bench, test/fixtures/bench-names)',
      names: [
        'BenchmarkDecode/format=json/message=Flat/size=64-16',
        'BenchmarkDecode/format=protobuf/message=NestedRepeatedFields/size=4096-16',
      ],
      pattern: 'BenchmarkDecode/…-16',
      short: [
        'format=json/message=Flat/size=64',
        'format=protobuf/message=NestedRepeatedFields/size=4096',
      ],
    },
    {
      case: 'a shared key=value segment after the varying one',
      names: ['BM_Sort/1024/real_time', 'BM_Sort/8/real_time'],
      pattern: 'BM_Sort/…/real_time',
      short: ['1024', '8'],
    },
    {
      case: 'pytest node ids',
      names: ['test_fib_bench.py::test_fib_10', 'test_fib_bench.py::test_fib_15'],
      pattern: 'test_fib_bench.py::…',
      short: ['test_fib_10', 'test_fib_15'],
    },
    {
      case: 'pytest parametrised ids: never cut inside the brackets',
      names: ['bench.py::test_decode[json-64]', 'bench.py::test_decode[protobuf-4096]'],
      pattern: 'bench.py::…',
      short: ['test_decode[json-64]', 'test_decode[protobuf-4096]'],
    },
    {
      case: 'JMH class names, cut at the dots between names',
      names: [
        'org.openjdk.jmh.samples.JMHSample_01_HelloWorld.wellHelloThere',
        'org.openjdk.jmh.samples.JMHSample_02_BenchmarkModes.measureAll',
      ],
      pattern: 'org.openjdk.jmh.samples.…',
      short: ['JMHSample_01_HelloWorld.wellHelloThere', 'JMHSample_02_BenchmarkModes.measureAll'],
    },
    {
      case: 'hyperfine commands: a number is never cut at its dot',
      names: ['sleep 0.010', 'sleep 0.020'],
      pattern: '',
      short: ['sleep 0.010', 'sleep 0.020'],
    },
    {
      case: 'hyperfine commands: cut at a path, never at the dot of a file name',
      names: ['./target/release/codec.py --size 64', './target/release/codec.py --size 4096'],
      pattern: './target/release/…',
      short: ['codec.py --size 64', 'codec.py --size 4096'],
    },
    {
      case: 'too little shared to be worth a pattern',
      names: ['/usr/bin/python3 codec.py --size 64', '/usr/bin/python3 codec.py --size 4096'],
      pattern: '',
      short: ['/usr/bin/python3 codec.py --size 64', '/usr/bin/python3 codec.py --size 4096'],
    },
    {
      case: 'a dot between a name and a number is no separator in one of them',
      names: ['a.b/real_time', 'a.5/real_time'],
      pattern: '…/real_time',
      short: ['a.b', 'a.5'],
    },
    {
      case: 'a name that is another one’s prefix keeps a segment of its own',
      names: ['BenchmarkA/B', 'BenchmarkA/B/C'],
      pattern: 'BenchmarkA/…',
      short: ['B', 'B/C'],
    },
    {
      case: 'short names that share nothing',
      names: ['BM_0', 'BM_1'],
      pattern: '',
      short: ['BM_0', 'BM_1'],
    },
  ])('$case', ({ names, pattern, short }) => {
    const result = shortenNames(names);
    expect(result.pattern).toBe(pattern);
    expect(names.map(result.of)).toEqual(short);
  });

  it('keeps a metric suffix on every short name and shares nothing of it', () => {
    const names = [
      'BenchmarkDecode/size=64-16',
      'BenchmarkDecode/size=64-16 (B/op)',
      'BenchmarkDecode/size=4096-16',
      'BenchmarkDecode/size=4096-16 (B/op)',
    ];
    const result = shortenNames(names, { tailStart: metricTail });
    expect(result.pattern).toBe('BenchmarkDecode/…-16');
    expect(names.map(result.of)).toEqual([
      'size=64',
      'size=64 (B/op)',
      'size=4096',
      'size=4096 (B/op)',
    ]);
  });

  it('leaves the metrics of a single benchmark alone: there is nothing to tell apart', () => {
    const names = ['BenchmarkDecode/size=64-16', 'BenchmarkDecode/size=64-16 (B/op)'];
    const result = shortenNames(names, { tailStart: metricTail });
    expect(result.pattern).toBe('');
    expect(names.map(result.of)).toEqual(names);
    expect(shortenNames(['BenchmarkDecode/size=64-16']).pattern).toBe('');
    expect(shortenNames([]).pattern).toBe('');
  });

  it('never makes two names alike, and prefix + short + suffix is the name (500 random suites)', () => {
    const random = createRandom(14);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const parts = ['a', 'b', 'x=1', 'x=2', 'size=4096', '0.5', 'BenchmarkFib', 'c.d', '-8', '16'];
    const separators = ['/', '::', '.', '-', ' ', ''];
    for (let suite = 0; suite < 500; suite += 1) {
      const names = new Set<string>();
      const count = 2 + Math.floor(random() * 5);
      while (names.size < count) {
        let name = pick(parts);
        const length = Math.floor(random() * 4);
        for (let i = 0; i < length; i += 1) name += pick(separators) + pick(parts);
        names.add(name);
      }
      const list = [...names];
      const result = shortenNames(list);
      const shorts = list.map(result.of);
      expect(new Set(shorts).size, list.join(' | ')).toBe(list.length);
      for (const [index, name] of list.entries()) {
        expect(result.prefix + shorts[index] + result.suffix, name).toBe(name);
        expect(shorts[index], name).not.toBe('');
      }
    }
  });
});
