/**
 * go.mod module paths, against what Go itself reads (`go mod edit -json`, recorded by
 * test/fixtures/coverage/paths/go/generate.sh), and Go coverprofiles of modules in subfolders.
 */
import { describe, expect, it } from 'vitest';
import { goModulesOf, parseGoModulePath } from '../../../src/gates/coverage/go-modules.js';
import { parseGoCoverprofile } from '../../../src/gates/coverage/parse/go-coverprofile.js';
import { mapToRepository } from '../../../src/gates/coverage/paths.js';
import { fileList, fixture, lineCounts, mappedPaths, merged } from './support.js';

/** `file module-path` lines: the module path `go mod edit -json` printed for each go.mod. */
const expected = fixture('paths/go/go-mod/expected.txt')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => line.split(' ') as [string, string]);

describe('parseGoModulePath', () => {
  it.each(expected)('%s declares %s, as go mod edit -json reads it', (file, modulePath) => {
    expect(parseGoModulePath(fixture(`paths/go/go-mod/${file}`))).toBe(modulePath);
  });

  it('the fixtures cover the quoted, commented, CRLF and block forms', () => {
    const texts = expected.map(([file]) => fixture(`paths/go/go-mod/${file}`));
    expect(texts.some((text) => text.includes('module "'))).toBe(true);
    expect(texts.some((text) => text.includes('\r\n'))).toBe(true);
    expect(texts.some((text) => text.includes('module (\n'))).toBe(true);
    expect(texts.some((text) => /module \S+ \/\//.test(text))).toBe(true);
  });

  it.each([
    ['the Go reference example', 'module golang.org/x/net\n\ngo 1.21\n', 'golang.org/x/net'],
    ['a major version suffix', 'module example.com/m/v2 // v2\n', 'example.com/m/v2'],
    [
      'a comment holding "module x"',
      '// module not.this\nmodule example.com/real\n',
      'example.com/real',
    ],
    ['an escaped quote-free interpreted string', 'module "example.com/q"\n', 'example.com/q'],
    ['no module line', 'go 1.21\n\nrequire example.com/dep v1.0.0\n', undefined],
    [
      'a require block mentioning module',
      'require (\n\tmodule v1.0.0\n)\nmodule example.com/after\n',
      'example.com/after',
    ],
    ['empty text', '', undefined],
  ])('%s', (_, text, modulePath) => {
    expect(parseGoModulePath(text)).toBe(modulePath);
  });

  it('goModulesOf keeps the folders and skips a go.mod without a module line', () => {
    expect(
      goModulesOf([
        { dir: 'svc', text: fixture('paths/go/go-mod/svc.go.mod') },
        { dir: 'testdata/broken', text: 'go 1.19\n' },
        { dir: '', text: fixture('paths/go/go-mod/root.go.mod') },
      ]),
    ).toEqual([
      { path: 'github.com/acme/shop', dir: 'svc' },
      { path: 'github.com/acme/mono', dir: '' },
    ]);
  });
});

describe('coverprofiles of modules in subfolders (go test in svc and services/api)', () => {
  const repoFiles = fileList('paths/go/repo-files.txt');
  const reports = merged(
    parseGoCoverprofile(fixture('paths/go/shop.out')),
    parseGoCoverprofile(fixture('paths/go/api.out')),
  );
  const goModules = goModulesOf(
    [
      ['svc', 'svc'],
      ['services/api', 'services-api'],
      ['tools/lint', 'tools-lint'],
      ['', 'root'],
    ].map(([dir = '', name = '']) => ({ dir, text: fixture(`paths/go/go-mod/${name}.go.mod`) })),
  );

  it('maps import paths through the go.mod modules', () => {
    const mapping = mapToRepository(reports, repoFiles, { goModules });
    expect(mappedPaths(mapping)).toEqual({
      'services/api/handler/handler.go': ['github.com/acme/mono/api/handler/handler.go'],
      'svc/internal/money/money.go': ['github.com/acme/shop/internal/money/money.go'],
      'svc/pkg/cart/cart.go': ['github.com/acme/shop/pkg/cart/cart.go'],
    });
    expect(mapping.unmatched).toEqual([]);
    expect(mapping.ambiguous).toEqual([]);
    // cart.go: Total's three blocks cover lines 6-10; the n == 0 branch (7-9) never ran.
    expect(lineCounts(mapping, 'svc/pkg/cart/cart.go')).toEqual({ covered: 3, total: 5 });
  });

  it('without the modules, the shop cart is ambiguous with the lint tool’s', () => {
    const mapping = mapToRepository(reports, repoFiles);
    expect(mapping.ambiguous).toEqual([
      {
        reportPath: 'github.com/acme/shop/pkg/cart/cart.go',
        candidates: ['svc/pkg/cart/cart.go', 'tools/lint/pkg/cart/cart.go'],
      },
    ]);
  });
});
