/**
 * Maps the paths a coverage report names (absolute paths of the CI machine, paths relative to a
 * Cobertura source root, JaCoCo package paths, Go import paths, Windows paths) onto the files of
 * the repository as `git ls-files` lists them. Pure: the file list and go.mod modules are read by
 * src/io/repository-files.ts.
 */
import { assertNever } from '../../report/labels.js';
import { ConfigurationError } from '../../shared/errors.js';
import { mergeFile, type MergedCoverage, type MergingFile } from './parse/merge.js';
import type { FileCoverage, GoModule, PathFix, PathMapping, RepoFileCoverage } from './types.js';

/** How {@link mapToRepository} may rewrite and anchor report paths. */
export interface MapOptions {
  /** `before::after` fixes, tried in order before anything else; the first that applies wins. */
  fixes?: readonly PathFix[];
  /** The repository's Go modules, for coverprofile import paths. */
  goModules?: readonly GoModule[];
  /** The absolute path of the checkout, so that absolute report paths under it become relative. */
  root?: string;
  /**
   * When no match respects case, try again ignoring it (reports written on Windows or macOS may
   * spell a file differently from git). Off by default: on Linux `a.ts` and `A.ts` are two files.
   */
  ignoreCase?: boolean;
}

/** Where one report path went. */
export type PathResolution =
  | { kind: 'matched'; repoPath: string }
  | { kind: 'unmatched' }
  | { kind: 'ambiguous'; candidates: string[] };

/**
 * Maps the merged reports onto the repository's files, trying for each report path, in order:
 *
 * 1. the first `fixes` entry whose `before` is a leading part (whole path components) of the
 *    path: it is replaced by `after`, and the result goes through the steps below;
 * 2. the path itself, when it is a repository file;
 * 3. an absolute path under `root`, made relative; such a path that is not a repository file is
 *    unmatched (a build output or an untracked file of the checkout, never another file that
 *    merely shares its name);
 * 4. a Go import path under the longest matching module path, placed in the module's folder
 *    (`github.com/acme/shop/pkg/x.go` in module `github.com/acme/shop` at `svc` is `svc/pkg/x.go`);
 * 5. the path joined to each source root the reports name (Cobertura `<sources>`, absolute or
 *    relative);
 * 6. the repository files with the longest common suffix, in whole components (so JaCoCo's
 *    `com/acme/Foo.java` finds `src/main/java/com/acme/Foo.java`). One best file is the match;
 *    several equally good ones make the path ambiguous and none is chosen. Sharing the file name
 *    alone is no match when both paths go on with other folders (`com/proj2/Builder.java` is
 *    not `src/com/proj1/Builder.java`): such a path is listed as unmatched, for a path fix.
 *
 * Backslashes count as separators (`C:\a\b.cs`), `.` and `..` components are resolved, and case
 * matters unless `ignoreCase` is set. Report paths that land on one repository file are merged by
 * the rules of `mergeCoverage` (parse/merge.ts); nothing given is mutated (unmerged files share
 * their maps with `merged`).
 *
 * Runs in O(R + P·log R) for R repository files and P report paths (plus sorting the files of
 * each name a report asks for, once): no report path is compared with every repository file.
 */
export function mapToRepository(
  merged: MergedCoverage,
  repoFiles: readonly string[],
  options: MapOptions = {},
): PathMapping {
  const resolve = createPathResolver(repoFiles, merged.sourceRoots, options);
  const byRepoPath = new Map<string, { reportPaths: string[]; files: FileCoverage[] }>();
  const unmatched: string[] = [];
  const ambiguous: PathMapping['ambiguous'] = [];
  for (const file of merged.files) {
    const resolution = resolve(file.path);
    switch (resolution.kind) {
      case 'matched': {
        let entry = byRepoPath.get(resolution.repoPath);
        if (!entry) {
          entry = { reportPaths: [], files: [] };
          byRepoPath.set(resolution.repoPath, entry);
        }
        entry.reportPaths.push(file.path);
        entry.files.push(file);
        break;
      }
      case 'unmatched':
        unmatched.push(file.path);
        break;
      case 'ambiguous':
        ambiguous.push({ reportPath: file.path, candidates: resolution.candidates });
        break;
      default:
        assertNever(resolution);
    }
  }
  const files = [...byRepoPath]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([path, entry]) => repoFileCoverage(path, entry.reportPaths, entry.files));
  return {
    files,
    unmatched: unmatched.sort(compareStrings),
    ambiguous: ambiguous.sort((a, b) => compareStrings(a.reportPath, b.reportPath)),
  };
}

/**
 * Parses `before::after` path fixes (`/home/runner/work/app/app/::`, `::packages/web/`,
 * `build/src::src`). An empty `before` prefixes every relative path with `after`; an empty
 * `after` strips `before`. Blank values are skipped (the trailing line of a multi-line input).
 * @throws ConfigurationError naming the value when it has no `::`, more than one, or both sides
 *   are empty.
 */
export function parsePathFixes(values: readonly string[]): PathFix[] {
  const fixes: PathFix[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (value === '') continue;
    const parts = value.split('::');
    if (parts.length !== 2) {
      throw new ConfigurationError(
        `coverage path fix '${value}' must be 'before::after' with exactly one '::' ` +
          `(e.g. '/home/runner/work/app/app/::' or 'build/src::src')`,
      );
    }
    const [before = '', after = ''] = parts;
    if (before.trim() === '' && after.trim() === '') {
      throw new ConfigurationError(
        `coverage path fix '${value}' has neither a 'before' nor an 'after' part`,
      );
    }
    fixes.push({ before: before.trim(), after: after.trim() });
  }
  return fixes;
}

/**
 * A resolver of single report paths against one repository (what {@link mapToRepository} does per
 * path, for callers that need the reason a path went where it did). The index is built once.
 */
export function createPathResolver(
  repoFiles: readonly string[],
  sourceRoots: readonly string[],
  options: MapOptions = {},
): (reportPath: string) => PathResolution {
  const exact = new RepoIndex(repoFiles);
  const folded = options.ignoreCase
    ? new RepoIndex(repoFiles, (text) => text.toLowerCase())
    : undefined;
  const fixes = (options.fixes ?? []).map((fix) => ({
    before: splitPath(fix.before),
    after: splitPath(fix.after),
  }));
  const modules = [...(options.goModules ?? [])]
    .map((module) => ({ path: splitPath(module.path), dir: splitPath(module.dir) }))
    .filter((module) => module.path.components.length > 0)
    .sort((a, b) => b.path.components.length - a.path.components.length);
  const root = options.root === undefined ? undefined : splitPath(options.root);
  const roots = sourceRoots.map(splitPath);

  return (reportPath) => {
    const path = applyFixes(splitPath(reportPath), fixes);
    const underRoot = root && path.absolute ? relativeTo(path, root) : undefined;
    const tries: string[] = [];
    const suffixQueries: ParsedPath[] = [path];
    if (underRoot !== undefined) {
      tries.push(underRoot);
    } else if (!path.absolute) {
      tries.push(joinComponents(path.components));
      for (const module of modules) {
        if (startsWith(path.components, module.path.components)) {
          const rest = path.components.slice(module.path.components.length);
          tries.push(joinComponents([...module.dir.components, ...rest]));
        }
      }
      for (const sourceRoot of roots) {
        const joined = joinPaths(sourceRoot, path);
        if (!joined.absolute) tries.push(joined.text);
        else if (root) {
          const relative = relativeTo(joined, root);
          if (relative !== undefined) tries.push(relative);
        }
        suffixQueries.push(joined);
      }
    }
    for (const index of folded ? [exact, folded] : [exact]) {
      for (const candidate of tries) {
        const found = index.exact(candidate);
        if (found !== undefined) return { kind: 'matched', repoPath: found };
      }
      // Under the checkout but not tracked: a generated file, not one of the same name elsewhere.
      if (underRoot !== undefined) continue;
      const best = index
        .longestSuffix(suffixQueries)
        .filter((file) => !foldersDisagree(file, suffixQueries));
      if (best.length === 1 && best[0] !== undefined) return { kind: 'matched', repoPath: best[0] };
      if (best.length > 1) return { kind: 'ambiguous', candidates: best.sort(compareStrings) };
    }
    return { kind: 'unmatched' };
  };
}

/**
 * True when `file` shares only its name with every query while both go on with other folders:
 * `com/proj2/Builder.java` is not `src/com/proj1/Builder.java`. A shared folder or more (Kotlin's
 * layout leaves out the common package folders), or one path ending where the other goes on
 * (`Builder.java`, or an absolute path's checkout prefix), still match.
 */
function foldersDisagree(file: string, queries: readonly ParsedPath[]): boolean {
  const fileComponents = file.split('/');
  if (fileComponents.length === 1) return false;
  return queries.every((query) => {
    const components = query.components;
    if (components.length === 1) return false;
    return components.at(-2) !== fileComponents.at(-2);
  });
}

/** A path split into components, with `.` and `..` resolved and `/` as the only separator. */
interface ParsedPath {
  /** Starts at a root (`/…`, `C:/…`, `\\server\…`). */
  absolute: boolean;
  /** The components; for an absolute path the first is the drive (`C:`) or `''` for `/`. */
  components: string[];
  /** The normalized path as text. */
  text: string;
}

/** Splits a report path, a fix or a root; the drive letter upper-cased (Windows ignores case). */
function splitPath(raw: string): ParsedPath {
  const slashed = raw.replace(/\\/g, '/');
  const drive = /^([A-Za-z]):(?:\/|$)/.exec(slashed);
  const absolute = drive !== null || slashed.startsWith('/');
  const components: string[] = [];
  const rest = drive ? slashed.slice(2) : slashed;
  for (const part of rest.split('/')) {
    if (part === '' || part === '.') continue;
    const last = components.at(-1);
    if (part === '..' && last !== undefined && last !== '..') components.pop();
    else if (part !== '..' || !absolute) components.push(part);
  }
  const head = drive ? [`${(drive[1] ?? '').toUpperCase()}:`] : absolute ? [''] : [];
  const all = [...head, ...components];
  return {
    absolute,
    components: all,
    text: absolute && all.length === 1 ? `${all[0]}/` : all.join('/'),
  };
}

/** The path relative to `root`, or undefined when it is not inside it. */
function relativeTo(path: ParsedPath, root: ParsedPath): string | undefined {
  if (!startsWith(path.components, root.components)) return undefined;
  return joinComponents(path.components.slice(root.components.length));
}

/** `path` inside `base` (a relative `path`), `..` resolved. */
function joinPaths(base: ParsedPath, path: ParsedPath): ParsedPath {
  return base.text === '' ? path : splitPath(`${base.text}/${path.text}`);
}

function startsWith(components: readonly string[], prefix: readonly string[]): boolean {
  if (prefix.length > components.length) return false;
  return prefix.every((part, index) => components[index] === part);
}

function joinComponents(components: readonly string[]): string {
  return components.join('/');
}

/** Applies the first fix whose `before` leads the path; an empty `before` leads relative paths. */
function applyFixes(
  path: ParsedPath,
  fixes: readonly { before: ParsedPath; after: ParsedPath }[],
): ParsedPath {
  for (const { before, after } of fixes) {
    const applies =
      before.components.length === 0
        ? !path.absolute
        : before.absolute === path.absolute && startsWith(path.components, before.components);
    if (applies) {
      const rest = path.components.slice(before.components.length);
      const afterText = after.components.length === 0 ? '' : `${after.text}/`;
      return splitPath(`${afterText}${joinComponents(rest)}`);
    }
  }
  return path;
}

/**
 * The repository's files indexed by (a key of) their path, and by their name for suffix
 * matching. Each name's files are kept as reversed paths (`index.ts/src/web/`) in sorted order,
 * built when the name is first asked for: the files sharing the most trailing components with a
 * query are then one contiguous run found by binary search, so a name shared by thousands of
 * files (`index.ts`, `__init__.py`) costs O(log k) per query, not k comparisons.
 */
class RepoIndex {
  readonly #repoFiles: readonly string[];
  readonly #key: ((text: string) => string) | undefined;
  /** Repository path (or its key) → the path; paths are their own keys unless case is folded. */
  readonly #byPath: Map<string, string> | Set<string>;
  /** Name (or its key) → the files of that name; built on the first suffix query. */
  #byName: Map<string, string[]> | undefined;
  readonly #groups = new Map<string, NameGroup>();

  /** `key` folds what should compare equal (case); without it paths compare as they are. */
  constructor(repoFiles: readonly string[], key?: (text: string) => string) {
    this.#repoFiles = repoFiles;
    this.#key = key;
    if (key) {
      const byPath = new Map<string, string>();
      for (const file of repoFiles) {
        const keyed = key(file);
        if (!byPath.has(keyed)) byPath.set(keyed, file);
      }
      this.#byPath = byPath;
    } else {
      this.#byPath = new Set(repoFiles);
    }
  }

  /** The repository file at this repository-relative path. */
  exact(path: string): string | undefined {
    if (path === '') return undefined;
    if (this.#byPath instanceof Set) return this.#byPath.has(path) ? path : undefined;
    return this.#byPath.get(this.#keyOf(path));
  }

  #keyOf(text: string): string {
    return this.#key ? this.#key(text) : text;
  }

  /**
   * The repository files sharing the most trailing components with any of the queries (which all
   * end in the same file name): one file when it is clear, several when tied, none when no file
   * has that name.
   */
  longestSuffix(queries: readonly ParsedPath[]): string[] {
    const name = queries[0]?.components.at(-1);
    if (name === undefined) return [];
    const group = this.#group(this.#keyOf(name));
    if (!group) return [];
    let bestDepth = 0;
    let best = new Set<string>();
    for (const query of queries) {
      const components = query.components.map((component) => this.#keyOf(component));
      const { depth, files } = group.longestSuffix(reversedKey(components));
      if (depth > bestDepth) {
        bestDepth = depth;
        best = new Set(files);
      } else if (depth === bestDepth) {
        for (const file of files) best.add(file);
      }
    }
    return [...best];
  }

  #group(name: string): NameGroup | undefined {
    let group = this.#groups.get(name);
    if (!group) {
      const files = this.#names().get(name);
      if (!files) return undefined;
      group = new NameGroup(files, (text) => this.#keyOf(text));
      this.#groups.set(name, group);
    }
    return group;
  }

  #names(): Map<string, string[]> {
    if (this.#byName) return this.#byName;
    const byName = new Map<string, string[]>();
    for (const file of this.#repoFiles) {
      const keyed = this.#keyOf(file);
      const name = keyed.slice(keyed.lastIndexOf('/') + 1);
      const named = byName.get(name);
      if (named) named.push(file);
      else byName.set(name, [file]);
    }
    this.#byName = byName;
    return byName;
  }
}

/** The files of one name, sorted by their reversed path. */
class NameGroup {
  readonly #keys: string[];
  readonly #files: string[];

  constructor(files: readonly string[], key: (text: string) => string) {
    const entries = files
      .map((file) => ({ key: reversedPath(key(file)), file }))
      .sort((a, b) => compareStrings(a.key, b.key));
    this.#keys = entries.map((entry) => entry.key);
    this.#files = entries.map((entry) => entry.file);
  }

  /**
   * The files sharing the most trailing components with the reversed query, and how many. In
   * sorted order the key sharing the longest prefix with the query is next to where the query
   * would go, and all keys with that prefix are one run.
   */
  longestSuffix(query: string): { depth: number; files: string[] } {
    const at = lowerBound(this.#keys, query);
    let shared = 0;
    for (const neighbour of [this.#keys[at - 1], this.#keys[at]]) {
      if (neighbour !== undefined) shared = Math.max(shared, sharedComponents(query, neighbour));
    }
    if (shared === 0) return { depth: 0, files: [] };
    const prefix = query.slice(0, shared);
    // Keys starting with `prefix` (ending in '/') sort before prefix-with-'0' ('0' follows '/').
    const from = lowerBound(this.#keys, prefix);
    const to = lowerBound(this.#keys, `${prefix.slice(0, -1)}0`);
    let depth = 0;
    for (const char of prefix) if (char === '/') depth += 1;
    return { depth, files: this.#files.slice(from, to) };
  }
}

/** Components last to first, each followed by `/`: `src/a/x.ts` is `x.ts/a/src/`. */
function reversedKey(components: readonly string[]): string {
  let key = '';
  for (let index = components.length - 1; index >= 0; index -= 1) key += `${components[index]}/`;
  return key;
}

/** {@link reversedKey} of a `/`-separated path, without splitting it. */
function reversedPath(path: string): string {
  let key = '';
  let end = path.length;
  while (end > 0) {
    const start = path.lastIndexOf('/', end - 1);
    key += `${path.slice(start + 1, end)}/`;
    end = start;
  }
  return key;
}

/** Length of the longest common prefix of two reversed keys that ends at a component's end. */
function sharedComponents(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index += 1;
  return index === 0 ? 0 : a.lastIndexOf('/', index - 1) + 1;
}

/** The first index whose key is not less than `key`. */
function lowerBound(keys: readonly string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] ?? '') < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** One repository file's coverage from the report files that mapped to it. */
function repoFileCoverage(
  path: string,
  reportPaths: string[],
  files: readonly FileCoverage[],
): RepoFileCoverage {
  const [only] = files;
  if (files.length === 1 && only !== undefined) {
    const result: RepoFileCoverage = { path, reportPaths, lines: only.lines };
    if (only.branches) result.branches = only.branches;
    if (only.functions) result.functions = only.functions;
    return result;
  }
  const merging: MergingFile = { lines: new Map() };
  for (const file of files) mergeFile(merging, file);
  const result: RepoFileCoverage = { path, reportPaths, lines: merging.lines };
  if (merging.branches) result.branches = merging.branches;
  if (merging.functions) result.functions = [...merging.functions.values()];
  return result;
}

/** Code-unit order, the order `git ls-files` sorts ASCII paths in; no locale. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
