/** The mapping rules one at a time: fixes, ambiguity, unmatched paths, case, speed. */
import { describe, expect, it } from 'vitest';
import { parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import type { MergedCoverage } from '../../../src/gates/coverage/parse/merge.js';
import { mapToRepository, parsePathFixes } from '../../../src/gates/coverage/paths.js';
import type { FileCoverage } from '../../../src/gates/coverage/types.js';
import { fixture, mappedPaths, merged } from './support.js';

/** Reports naming these paths, one covered line each (for rules that only look at paths). */
function reportOf(paths: readonly string[], sourceRoots: string[] = []): MergedCoverage {
  const files: FileCoverage[] = paths.map((path) => ({ path, lines: new Map([[1, 1]]) }));
  return { formats: ['lcov'], files, sourceRoots, warnings: [] };
}

describe('path fixes', () => {
  // nyc's LCOV of a package that lives in packages/pricing of a monorepo with another main.js.
  const report = parseLcov(fixture('istanbul/nyc-pricing.lcov'));
  const repoFiles = [
    'packages/other/main.js',
    'packages/pricing/main.js',
    'packages/pricing/pricing.js',
  ];

  it('without a fix, main.js is ambiguous and pricing.js matches by its unique name', () => {
    const mapping = mapToRepository(merged(report), repoFiles);
    expect(mapping.ambiguous).toEqual([
      { reportPath: 'main.js', candidates: ['packages/other/main.js', 'packages/pricing/main.js'] },
    ]);
    expect(mappedPaths(mapping)).toEqual({ 'packages/pricing/pricing.js': ['pricing.js'] });
  });

  it('an empty before prefixes relative paths', () => {
    const fixes = parsePathFixes(['::packages/pricing/']);
    const mapping = mapToRepository(merged(report), repoFiles, { fixes });
    expect(mappedPaths(mapping)).toEqual({
      'packages/pricing/main.js': ['main.js'],
      'packages/pricing/pricing.js': ['pricing.js'],
    });
    expect(mapping.ambiguous).toEqual([]);
  });

  it('replaces whole leading components; the first fix that applies wins', () => {
    const fixes = parsePathFixes(['/ci/build/gen::generated', '/ci/build::src', '/ci::elsewhere']);
    const mapping = mapToRepository(
      reportOf(['/ci/build/gen/a.c', '/ci/build/b.c', '/ci/buildx/c.c']),
      ['generated/a.c', 'src/b.c', 'elsewhere/buildx/c.c', 'src/c.c'],
      { fixes },
    );
    expect(mappedPaths(mapping)).toEqual({
      'elsewhere/buildx/c.c': ['/ci/buildx/c.c'],
      'generated/a.c': ['/ci/build/gen/a.c'],
      'src/b.c': ['/ci/build/b.c'],
    });
  });

  it('an empty after strips the prefix; Windows fixes match Windows paths', () => {
    const fixes = parsePathFixes(['C:\\agent\\_work\\1\\s\\::']);
    const mapping = mapToRepository(
      reportOf(['c:\\agent\\_work\\1\\s\\src\\App.cs']),
      ['src/App.cs', 'x/App.cs'],
      {
        fixes,
      },
    );
    expect(mappedPaths(mapping)).toEqual({ 'src/App.cs': ['c:\\agent\\_work\\1\\s\\src\\App.cs'] });
  });

  it.each([
    ['no separator', 'build/src', "coverage path fix 'build/src' must be 'before::after'"],
    ['two separators', 'a::b::c', "coverage path fix 'a::b::c' must be 'before::after'"],
    [
      'both sides empty',
      ' :: ',
      "coverage path fix '::' has neither a 'before' nor an 'after' part",
    ],
  ])('refuses a fix with %s', (_, value, message) => {
    expect(() => parsePathFixes([value])).toThrow(message);
    try {
      parsePathFixes([value]);
    } catch (error) {
      expect((error as Error).name).toBe('ConfigurationError');
    }
  });

  it('skips blank values and trims the sides', () => {
    expect(parsePathFixes(['', '  /home/x/ :: src ', '\t'])).toEqual([
      { before: '/home/x/', after: 'src' },
    ]);
  });
});

describe('suffix matching', () => {
  it('picks the longest common suffix; ties are ambiguous with every candidate listed', () => {
    const mapping = mapToRepository(
      reportOf(['/build/app/lib/util/strings.ts', '/build/other/util/index.ts', 'docs/README.md']),
      [
        'app/lib/util/strings.ts',
        'web/util/strings.ts',
        'a/util/index.ts',
        'b/util/index.ts',
        'c/index.ts',
      ],
    );
    expect(mappedPaths(mapping)).toEqual({
      'app/lib/util/strings.ts': ['/build/app/lib/util/strings.ts'],
    });
    expect(mapping.ambiguous).toEqual([
      {
        reportPath: '/build/other/util/index.ts',
        candidates: ['a/util/index.ts', 'b/util/index.ts'],
      },
    ]);
    expect(mapping.unmatched).toEqual(['docs/README.md']);
  });

  it('Kotlin sources that leave out the common package folders (JaCoCo names the package)', () => {
    const mapping = mapToRepository(
      reportOf(['com/acme/app/util/Strings.kt', 'com/acme/app/AppTest.kt']),
      [
        'src/main/kotlin/util/Strings.kt',
        'src/main/kotlin/other/Strings.kt',
        'src/test/kotlin/AppTest.kt',
      ],
    );
    expect(mappedPaths(mapping)).toEqual({
      'src/main/kotlin/util/Strings.kt': ['com/acme/app/util/Strings.kt'],
    });
    // A file of the root package shares only its name: listed as unmatched rather than guessed
    // (a name alone also "matches" another module's class), and a path fix places it.
    expect(mapping.unmatched).toEqual(['com/acme/app/AppTest.kt']);
    const fixed = mapToRepository(
      reportOf(['com/acme/app/util/Strings.kt', 'com/acme/app/AppTest.kt']),
      ['src/main/kotlin/util/Strings.kt', 'src/test/kotlin/AppTest.kt'],
      { fixes: parsePathFixes(['com/acme/app/AppTest.kt::src/test/kotlin/AppTest.kt']) },
    );
    expect(fixed.unmatched).toEqual([]);
  });

  it('resolves . and .. (gcov run from a build folder) and joins relative source roots', () => {
    const mapping = mapToRepository(
      reportOf(['../src/a.c', './lib/b.c', 'c.c'], ['build', 'native']),
      ['src/a.c', 'lib/b.c', 'native/c.c', 'other/c.c'],
    );
    expect(mappedPaths(mapping)).toEqual({
      'lib/b.c': ['./lib/b.c'],
      'native/c.c': ['c.c'],
      'src/a.c': ['../src/a.c'],
    });
  });

  it('case: exact by default; ignoreCase is a fallback that never overrides an exact match', () => {
    const report = reportOf(['SRC/Widget.TS', 'src/widget.ts']);
    const repoFiles = ['src/Widget.ts', 'src/widget.ts'];
    const strict = mapToRepository(report, repoFiles);
    expect(mappedPaths(strict)).toEqual({ 'src/widget.ts': ['src/widget.ts'] });
    expect(strict.unmatched).toEqual(['SRC/Widget.TS']);
    const folded = mapToRepository(
      reportOf(['SRC/Widget.TS', 'src/widget.ts']),
      ['src/Widget.ts', 'lib/x.ts'],
      {
        ignoreCase: true,
      },
    );
    expect(mappedPaths(folded)).toEqual({ 'src/Widget.ts': ['SRC/Widget.TS', 'src/widget.ts'] });
  });

  it('does not mutate its inputs', () => {
    const report = reportOf(['a/x.ts', 'b/x.ts']);
    const repoFiles = Object.freeze(['x.ts']);
    const before = JSON.stringify([...report.files.map((file) => [file.path, [...file.lines]])]);
    const mapping = mapToRepository(Object.freeze(report), repoFiles);
    expect(mapping.files[0]?.lines.get(1)).toBe(2);
    expect(JSON.stringify([...report.files.map((file) => [file.path, [...file.lines]])])).toBe(
      before,
    );
  });
});

describe('Go modules', () => {
  it('the longest module path wins even when a shorter one names an existing file', () => {
    const mapping = mapToRepository(
      reportOf(['github.com/acme/mono/api/handler/handler.go', 'github.com/acme/mono/cmd/main.go']),
      ['api/handler/handler.go', 'services/api/handler/handler.go', 'cmd/main.go'],
      {
        goModules: [
          { path: 'github.com/acme/mono', dir: '' },
          { path: 'github.com/acme/mono/api', dir: 'services/api' },
        ],
      },
    );
    expect(mappedPaths(mapping)).toEqual({
      'cmd/main.go': ['github.com/acme/mono/cmd/main.go'],
      'services/api/handler/handler.go': ['github.com/acme/mono/api/handler/handler.go'],
    });
  });
});

describe('speed', () => {
  it('maps 4,000 report paths onto 100,000 repository files in a few passes over the list', () => {
    // 2,000 packages of 50 files, each with a src/index.ts: the worst case of a shared name.
    const listed: string[] = [];
    for (let pkg = 0; pkg < 2_000; pkg += 1) {
      listed.push(`packages/p${pkg}/src/index.ts`);
      for (let file = 1; file < 50; file += 1) listed.push(`packages/p${pkg}/src/f${file}.ts`);
    }
    // Split from one text, as git's output is (not strings built piecewise).
    const repoFiles = listed.join('\0').split('\0');
    const reportPaths: string[] = [];
    for (let pkg = 0; pkg < 2_000; pkg += 1) {
      reportPaths.push(`/home/runner/work/big/big/packages/p${pkg}/src/index.ts`);
      reportPaths.push(`/home/runner/work/big/big/packages/p${pkg}/src/f${1 + (pkg % 49)}.ts`);
    }
    const report = reportOf(reportPaths);
    // The floor any index pays: a hash set of the repository's paths (exact lookup alone).
    const floor = (): number => {
      const started = performance.now();
      const paths = new Set(repoFiles);
      const elapsed = performance.now() - started;
      expect(paths.size).toBe(100_000);
      return elapsed;
    };
    const timed = <T>(run: () => T): [T, number] => {
      const started = performance.now();
      const result = run();
      return [result, performance.now() - started];
    };
    let floorTime = Infinity;
    let suffixTime = Infinity;
    let rootTime = Infinity;
    let bySuffix = mapToRepository(report, []);
    let byRoot = bySuffix;
    // The best of three runs of each, so a busy shared machine or the JIT's warm-up matter less.
    for (let run = 0; run < 3; run += 1) {
      floorTime = Math.min(floorTime, floor());
      let time: number;
      [bySuffix, time] = timed(() => mapToRepository(report, repoFiles));
      suffixTime = Math.min(suffixTime, time);
      [byRoot, time] = timed(() =>
        mapToRepository(report, repoFiles, { root: '/home/runner/work/big/big' }),
      );
      rootTime = Math.min(rootTime, time);
    }
    expect(bySuffix.unmatched).toEqual([]);
    expect(bySuffix.ambiguous).toEqual([]);
    expect(bySuffix.files).toHaveLength(4_000);
    expect(byRoot.files.map((file) => file.path)).toEqual(bySuffix.files.map((file) => file.path));
    expect(bySuffix.files.every((file) => file.reportPaths[0]?.endsWith(`/${file.path}`))).toBe(
      true,
    );
    console.log(
      `paths: floor ${floorTime.toFixed(1)} ms, suffix matching ${suffixTime.toFixed(1)} ms, ` +
        `under the root ${rootTime.toFixed(1)} ms`,
    );
    // Comparing each path with every file of its name (8 million comparisons here: 4,000 paths x
    // 2,000 files) measured about 45 floors; the sorted name groups about 7.
    expect(suffixTime).toBeLessThan(20 * floorTime);
    expect(rootTime).toBeLessThan(4 * floorTime);
  });
});
