/**
 * Repository path globs read as git reads a `:(glob)` pathspec (`git ls-files ':(glob)src/**'`),
 * so a per-file minimum names the files `git` would: patterns are anchored at the repository
 * root; `*` and `?` never cross a `/`; `**` as a whole segment crosses any number of folders
 * (`src/**` is everything under src, `**` + `/*.ts` every `.ts` file, `a/**` + `/b` also `a/b`);
 * `[abc]`, `[a-z]` and `[!a]` (or `[^a]`) match one character other than `/`; `\` escapes the
 * next character. A pattern without any of these is a path: it matches that file or everything
 * in that folder (`src/legacy` covers `src/legacy/a.ts`), as in git. Pure.
 */

/** Characters that make a pattern a glob rather than a plain path. */
const GLOB_CHARACTERS = /[*?[\\]/;

/** A compiled pattern: call it with a repository-relative path (forward slashes). */
export type PathMatcher = (path: string) => boolean;

/**
 * Compiles a pattern once, for matching many paths.
 * @example compilePathGlob('src/**')('src/a/b.ts') // true
 * @example compilePathGlob('src/*.ts')('src/a/b.ts') // false
 * @example compilePathGlob('src/legacy')('src/legacy/old.ts') // true
 */
export function compilePathGlob(pattern: string): PathMatcher {
  const trimmed = pattern.replace(/^\.\//, '');
  if (!GLOB_CHARACTERS.test(trimmed)) {
    const literal = trimmed.replace(/\/+$/, '');
    return (path) => path === literal || path.startsWith(`${literal}/`) || literal === '';
  }
  const expression = new RegExp(`^${globSource(trimmed)}$`, 'u');
  return (path) => expression.test(path);
}

/** The regular-expression source of a glob pattern. */
function globSource(pattern: string): string {
  const segments = pattern.split('/');
  let source = '';
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1;
    if (/^\*{2,}$/.test(segment)) {
      // `**` alone as a segment: any number of folders (zero included) with their slashes.
      source += last ? '.*' : '(?:[^/]*/)*';
      return;
    }
    source += segmentSource(segment) + (last ? '' : '/');
  });
  return source;
}

/** One segment (no slash) of a glob: `*`, `?`, classes and escapes, the rest literal. */
function segmentSource(segment: string): string {
  let source = '';
  for (let index = 0; index < segment.length; index += 1) {
    const char = segment.charAt(index);
    if (char === '*') {
      source += '[^/]*';
      while (segment.charAt(index + 1) === '*') index += 1;
    } else if (char === '?') {
      source += '[^/]';
    } else if (char === '\\' && index + 1 < segment.length) {
      index += 1;
      source += escapeLiteral(segment.charAt(index));
    } else if (char === '[') {
      const end = classEnd(segment, index);
      if (end === -1) {
        source += '\\[';
      } else {
        source += classSource(segment.slice(index + 1, end));
        index = end;
      }
    } else {
      source += escapeLiteral(char);
    }
  }
  return source;
}

/** Index of the `]` closing the class opened at `start`, or -1 (then `[` is literal). */
function classEnd(segment: string, start: number): number {
  let index = start + 1;
  if (segment.charAt(index) === '!' || segment.charAt(index) === '^') index += 1;
  // A `]` right after the opening (or its negation) is a member, as in git.
  if (segment.charAt(index) === ']') index += 1;
  while (index < segment.length) {
    if (segment.charAt(index) === '\\') index += 2;
    else if (segment.charAt(index) === ']') return index;
    else index += 1;
  }
  return -1;
}

/** A bracket class body (`!a-c`, `^x`, `]a`) as a regular-expression class that excludes `/`. */
function classSource(body: string): string {
  let rest = body;
  let negated = false;
  if (rest.startsWith('!') || rest.startsWith('^')) {
    negated = true;
    rest = rest.slice(1);
  }
  let members = '';
  for (let index = 0; index < rest.length; index += 1) {
    let char = rest.charAt(index);
    if (char === '\\' && index + 1 < rest.length) {
      index += 1;
      char = rest.charAt(index);
    }
    // A `-` between two members is a range; anywhere else it is itself.
    const between = char === '-' && members !== '' && index + 1 < rest.length;
    members += between ? '-' : char.replace(/[\\\]^-]/g, '\\$&');
  }
  return negated ? `[^/${members}]` : `(?![/])[${members}]`;
}

function escapeLiteral(char: string): string {
  return char.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
}
