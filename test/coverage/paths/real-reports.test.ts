/**
 * Real reports (see test/fixtures/coverage/SOURCES-*.md and paths/SOURCES.md) mapped onto file
 * lists laid out the way those projects are checked out.
 */
import { describe, expect, it } from 'vitest';
import { parseCobertura } from '../../../src/gates/coverage/parse/cobertura.js';
import { parseGoCoverprofile } from '../../../src/gates/coverage/parse/go-coverprofile.js';
import { parseJacoco } from '../../../src/gates/coverage/parse/jacoco.js';
import { parseLcov } from '../../../src/gates/coverage/parse/lcov.js';
import { mapToRepository } from '../../../src/gates/coverage/paths.js';
import { fileList, fixture, lineCounts, mappedPaths, merged } from './support.js';

describe('LCOV with absolute paths (lcov --capture of an out-of-tree build)', () => {
  const report = parseLcov(fixture('paths/lcov/calc-absolute.info'));
  const repoFiles = fileList('paths/lcov/repo-files.txt');

  it('makes paths under the checkout root relative; lists the untracked generated source', () => {
    const mapping = mapToRepository(merged(report), repoFiles, {
      root: '/home/runner/work/calc/calc',
    });
    expect(mappedPaths(mapping)).toEqual({
      'include/calc.h': ['/home/runner/work/calc/calc/include/calc.h'],
      'src/calc.c': ['/home/runner/work/calc/calc/src/calc.c'],
      'src/main.c': ['/home/runner/work/calc/calc/src/main.c'],
    });
    expect(mapping.unmatched).toEqual(['/home/runner/work/calc/calc/build/version.c']);
    expect(mapping.ambiguous).toEqual([]);
    // The lines are the report's: calc.h has the four lines of clamp, all run.
    expect(lineCounts(mapping, 'include/calc.h')).toEqual({ covered: 4, total: 4 });
  });

  it('an untracked file under the root is not matched to a tracked file of the same name', () => {
    const mapping = mapToRepository(merged(report), [...repoFiles, 'tools/version.c'], {
      root: '/home/runner/work/calc/calc',
    });
    expect(mapping.unmatched).toEqual(['/home/runner/work/calc/calc/build/version.c']);
    expect(mappedPaths(mapping)['tools/version.c']).toBeUndefined();
  });

  it('finds the same files by suffix when the root is not given', () => {
    const mapping = mapToRepository(merged(report), repoFiles);
    expect(Object.keys(mappedPaths(mapping))).toEqual([
      'include/calc.h',
      'src/calc.c',
      'src/main.c',
    ]);
    expect(mapping.unmatched).toEqual(['/home/runner/work/calc/calc/build/version.c']);
  });

  it('maps the same report written on a Windows runner (backslashes, drive letter)', () => {
    const windowsText = fixture('paths/lcov/calc-absolute.info').replace(
      /^SF:\/home\/runner\/work\/calc\/calc\/(.*)$/gm,
      (_, rest: string) => `SF:D:\\a\\calc\\calc\\${rest.replace(/\//g, '\\')}`,
    );
    const windows = parseLcov(windowsText);
    expect(windows.files[1]?.path).toBe('D:\\a\\calc\\calc\\src\\calc.c');
    const mapping = mapToRepository(merged(windows), repoFiles, { root: 'd:\\a\\calc\\calc\\' });
    expect(Object.keys(mappedPaths(mapping))).toEqual([
      'include/calc.h',
      'src/calc.c',
      'src/main.c',
    ]);
    expect(mapping.unmatched).toEqual(['D:\\a\\calc\\calc\\build\\version.c']);
  });

  it('merges a shard that names the files relatively with one that names them absolutely', () => {
    const relative = parseLcov(
      fixture('paths/lcov/calc-absolute.info').replaceAll('/home/runner/work/calc/calc/', ''),
    );
    const mapping = mapToRepository(merged(report, relative), repoFiles, {
      root: '/home/runner/work/calc/calc',
    });
    expect(mappedPaths(mapping)['src/calc.c']).toEqual([
      '/home/runner/work/calc/calc/src/calc.c',
      'src/calc.c',
    ]);
    const single = mapToRepository(merged(report), repoFiles, {
      root: '/home/runner/work/calc/calc',
    });
    const once = single.files.find((file) => file.path === 'src/calc.c');
    const twice = mapping.files.find((file) => file.path === 'src/calc.c');
    // Hits add up (merge.ts's rule), functions by name and line too.
    expect([...(twice?.lines ?? [])]).toEqual(
      [...(once?.lines ?? [])].map(([line, hits]) => [line, 2 * hits]),
    );
    expect(twice?.functions).toEqual([{ name: 'add', line: 3, hits: 2 }]);
    expect(mapping.unmatched).toEqual([
      '/home/runner/work/calc/calc/build/version.c',
      'build/version.c',
    ]);
  });
});

describe('Cobertura <sources>', () => {
  it('gcovr (source ".", repository-relative names): exact names win over equal suffixes', () => {
    const report = parseCobertura(fixture('cobertura/gcovr-calc.xml'));
    const repoFiles = [
      'README.md',
      'src/calc.c',
      'src/calc.h',
      'src/main.c',
      'vendor/x/src/calc.c',
    ];
    const mapping = mapToRepository(merged(report), repoFiles);
    expect(mappedPaths(mapping)).toEqual({
      'src/calc.c': ['src/calc.c'],
      'src/calc.h': ['src/calc.h'],
      'src/main.c': ['src/main.c'],
    });
    expect(mapping.ambiguous).toEqual([]);
  });

  it('coverage.py, absolute source under the checkout root: joined and made relative', () => {
    const report = parseCobertura(fixture('cobertura/coveragepy-shop.xml'));
    expect(report.sourceRoots).toEqual(['/tmp/tmp.RDrlI70QBl/py']);
    const repoFiles = ['py/run.py', 'py/shop/__init__.py', 'py/shop/cart.py', 'tools/run.py'];
    const withRoot = mapToRepository(merged(report), repoFiles, { root: '/tmp/tmp.RDrlI70QBl' });
    expect(mappedPaths(withRoot)).toEqual({
      'py/run.py': ['run.py'],
      'py/shop/__init__.py': ['shop/__init__.py'],
      'py/shop/cart.py': ['shop/cart.py'],
    });
    // Without the root, the source's last folder still tells py/run.py from tools/run.py.
    const withoutRoot = mapToRepository(merged(report), repoFiles);
    expect(mappedPaths(withoutRoot)).toEqual(mappedPaths(withRoot));
  });

  it('a source of another machine (/home/runner/project) leaves the suffix to decide', () => {
    const report = parseCobertura(fixture('cobertura/cobertura-conditions.xml'));
    const mapping = mapToRepository(merged(report), ['src/branchy.py', 'tests/test_branchy.py'], {
      root: '/home/runner/work/proj/proj',
    });
    expect(mappedPaths(mapping)).toEqual({ 'src/branchy.py': ['src/branchy.py'] });
  });

  it('.NET: the source /code/samplediff/SampleApp tells two Sample.cs apart', () => {
    const report = parseCobertura(fixture('cobertura/diff-cover-dotnet_coverage.xml'));
    expect(report.sourceRoots).toEqual(['--source', '/code/samplediff/SampleApp']);
    const mapping = mapToRepository(merged(report), ['SampleApp/Sample.cs', 'Other/Sample.cs']);
    expect(mappedPaths(mapping)).toEqual({ 'SampleApp/Sample.cs': ['Sample.cs'] });
    expect(mapping.files[0]?.functions?.map((fn) => fn.name)).toEqual([
      'DoSomething',
      'DoSomethingNew',
      '.ctor',
    ]);
    // Neither folder is the source's: equally good suffixes, so none is chosen.
    const tied = mapToRepository(merged(report), ['a/Sample.cs', 'b/Sample.cs']);
    expect(tied.files).toEqual([]);
    expect(tied.ambiguous).toEqual([
      { reportPath: 'Sample.cs', candidates: ['a/Sample.cs', 'b/Sample.cs'] },
    ]);
  });
});

describe('JaCoCo package paths', () => {
  const report = parseJacoco(fixture('jacoco/jacoco-report-multiple-packages.xml'));

  it('finds package + source file under src/main/java of a Maven module', () => {
    const paths = report.files.map((file) => file.path);
    expect(paths).toEqual([
      'com/proj1/MessageBuilder.java',
      'com/proj1/Info.java',
      'com/proj2/MessageBuilder.java',
      'com/proj2/MessageService.java',
    ]);
    const repoFiles = [
      'pom.xml',
      ...paths.map((path) => `app/src/main/java/${path}`),
      'app/src/test/java/com/proj1/MessageBuilderTest.java',
      'legacy/src/main/java/com/old/Info.java',
    ];
    const mapping = mapToRepository(merged(report), repoFiles);
    expect(mappedPaths(mapping)).toEqual({
      'app/src/main/java/com/proj1/Info.java': ['com/proj1/Info.java'],
      'app/src/main/java/com/proj1/MessageBuilder.java': ['com/proj1/MessageBuilder.java'],
      'app/src/main/java/com/proj2/MessageBuilder.java': ['com/proj2/MessageBuilder.java'],
      'app/src/main/java/com/proj2/MessageService.java': ['com/proj2/MessageService.java'],
    });
    expect(mapping.unmatched).toEqual([]);
    expect(mapping.ambiguous).toEqual([]);
  });

  it('the same class in two Maven modules is ambiguous, not guessed', () => {
    const repoFiles = [
      'a/src/main/java/com/proj1/Info.java',
      'b/src/main/java/com/proj1/Info.java',
      'a/src/main/java/com/proj1/MessageBuilder.java',
      'a/src/main/java/com/proj2/MessageService.java',
    ];
    const mapping = mapToRepository(merged(report), repoFiles);
    // com/proj2/MessageBuilder.java shares only its name with proj1's: another class, not a match.
    expect(mappedPaths(mapping)['a/src/main/java/com/proj1/MessageBuilder.java']).toEqual([
      'com/proj1/MessageBuilder.java',
    ]);
    expect(mapping.unmatched).toContain('com/proj2/MessageBuilder.java');
    expect(mapping.ambiguous).toEqual([
      {
        reportPath: 'com/proj1/Info.java',
        candidates: ['a/src/main/java/com/proj1/Info.java', 'b/src/main/java/com/proj1/Info.java'],
      },
    ]);
    expect(mapping.files.map((file) => file.path)).toEqual([
      'a/src/main/java/com/proj1/MessageBuilder.java',
      'a/src/main/java/com/proj2/MessageService.java',
    ]);
  });
});

describe('Go coverprofile import paths', () => {
  it('lefthook: module at the top; the /v2 spelling of log.go lands on that file, merged', () => {
    const report = parseGoCoverprofile(fixture('go/coverage.out'));
    const prefix = 'github.com/evilmartians/lefthook/';
    const repoFiles = [
      'go.mod',
      'main.go',
      ...new Set(
        report.files
          .map((file) => file.path)
          .filter((path) => !path.startsWith(`${prefix}v2/`))
          .map((path) => path.slice(prefix.length)),
      ),
    ];
    const mapping = mapToRepository(merged(report), repoFiles, {
      goModules: [{ path: 'github.com/evilmartians/lefthook', dir: '' }],
    });
    expect(mapping.unmatched).toEqual([]);
    expect(mapping.ambiguous).toEqual([]);
    expect(mapping.files).toHaveLength(report.files.length - 1);
    const log = mapping.files.find((file) => file.path === 'internal/log/log.go');
    expect(log?.reportPaths).toEqual([
      `${prefix}v2/internal/log/log.go`,
      `${prefix}internal/log/log.go`,
    ]);
    const v2 = report.files.find((file) => file.path === `${prefix}v2/internal/log/log.go`);
    const v1 = report.files.find((file) => file.path === `${prefix}internal/log/log.go`);
    // Lines 47-58 come from the /v2 block only; the rest from the other spelling.
    expect(log?.lines.size).toBe(
      new Set([...(v2?.lines.keys() ?? []), ...(v1?.lines.keys() ?? [])]).size,
    );
    expect(log?.lines.get(47)).toBe(1);
  });
});
