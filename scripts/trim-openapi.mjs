#!/usr/bin/env node
// Writes test/fixtures/github/openapi-trimmed.json: the few operations of GitHub's official REST
// description that kaizen-gates calls, with every `$ref` they reach, so the loopback test server
// (test/github/openapi-server.ts) can check each request and response against the real contract
// without the whole package. @octokit/openapi is hundreds of MB installed, so it is packed into a
// temporary directory (never added to package.json), read, and thrown away.
//
// Usage: node scripts/trim-openapi.mjs [version]   (default: the pinned version below)
// Output is deterministic for a given package version: keys are kept in the source's order,
// component maps are sorted by name, and prose (descriptions, examples) is dropped.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Pinned so that regenerating gives the same file; bump on purpose and review the diff. */
const DEFAULT_VERSION = '23.0.2';
/** The description of github.com (GHES descriptions sit next to it in the package). */
const DESCRIPTION_FILE = 'package/generated/api.github.com.json';

/** The operations the GitHub side of the suite calls, as `METHOD path`. */
const OPERATIONS = [
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  // Changed files and lines of a pull request (src/github/pull-request-files.ts).
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/commits',
  'GET /user',
  // Tracking issues of scheduled jobs (src/github/tracking-issue.ts).
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/labels',
  // Run history on a data branch (src/history/data-branch.ts).
  'GET /repos/{owner}/{repo}/contents/{path}',
  'PUT /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/commits',
  'POST /repos/{owner}/{repo}/git/refs',
];

/** Prose keys dropped to keep the fixture small; they never take part in validation. */
const PROSE_KEYS = new Set(['description', 'summary', 'example', 'examples', 'externalDocs']);
/** The two error schemas GitHub lists as alternatives of a 409 (e.g. on a contents PUT). */
const OVERLAPPING_ERRORS = [
  '#/components/schemas/basic-error',
  '#/components/schemas/repository-rule-violation-error',
];

/** Keys whose values map arbitrary names (property names, status codes...) to schemas. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'responses', 'content', 'headers']);

const version = process.argv[2] ?? DEFAULT_VERSION;
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  throw new Error(`trim-openapi: version must look like 1.2.3, got ${JSON.stringify(version)}`);
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputFile = join(projectRoot, 'test/fixtures/github/openapi-trimmed.json');
const workDir = mkdtempSync(join(tmpdir(), 'kaizen-openapi-'));

try {
  execFileSync(
    'npm',
    ['pack', `@octokit/openapi@${version}`, '--pack-destination', workDir, '--silent'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  execFileSync('tar', ['-xzf', `octokit-openapi-${version}.tgz`, DESCRIPTION_FILE], {
    cwd: workDir,
  });
  const description = JSON.parse(readFileSync(join(workDir, DESCRIPTION_FILE), 'utf8'));
  const trimmed = trim(description);
  writeFileSync(outputFile, `${JSON.stringify(trimmed, null, 2)}\n`);
  const bytes = readFileSync(outputFile).length;
  console.log(
    `trim-openapi: wrote ${outputFile} (${OPERATIONS.length} operations, ${bytes} bytes)`,
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

/** Keeps the listed operations and the components they reach. */
function trim(description) {
  const paths = {};
  for (const operation of OPERATIONS) {
    const [method, path] = operation.split(' ');
    const source = description.paths[path]?.[method.toLowerCase()];
    if (source === undefined)
      throw new Error(`trim-openapi: ${operation} is not in ${DESCRIPTION_FILE}`);
    paths[path] ??= {};
    paths[path][method.toLowerCase()] = overlappingErrorsAsAnyOf(stripProse(source, undefined));
  }
  const components = {};
  const pending = collectRefs(paths);
  const seen = new Set();
  while (pending.length > 0) {
    const ref = pending.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    if (match === null) throw new Error(`trim-openapi: unsupported $ref ${ref}`);
    const [, kind, name] = match;
    const target = description.components[kind]?.[name];
    if (target === undefined) throw new Error(`trim-openapi: dangling $ref ${ref}`);
    const stripped = stripProse(target, undefined);
    components[kind] ??= {};
    components[kind][name] = stripped;
    pending.push(...collectRefs(stripped));
  }
  const sortedComponents = {};
  for (const kind of Object.keys(components).sort()) {
    sortedComponents[kind] = {};
    for (const name of Object.keys(components[kind]).sort())
      sortedComponents[kind][name] = components[kind][name];
  }
  return {
    openapi: description.openapi,
    info: {
      title: 'GitHub REST API, trimmed to the operations kaizen-gates calls',
      version: description.info.version,
      'x-source': `npm @octokit/openapi@${version}, ${DESCRIPTION_FILE.replace('package/', '')} (MIT)`,
      'x-generated-by': 'scripts/trim-openapi.mjs',
    },
    paths,
    components: sortedComponents,
  };
}

/**
 * A copy in which `oneOf: [basic-error, repository-rule-violation-error]` becomes `anyOf`. Neither
 * schema requires a property, so every error body (GitHub's real `{message, documentation_url,
 * status}` included) matches both and `oneOf` could never hold; `anyOf` is what GitHub means.
 * Nothing else in the description is touched.
 */
function overlappingErrorsAsAnyOf(node) {
  if (Array.isArray(node)) return node.map(overlappingErrorsAsAnyOf);
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, child] of Object.entries(node)) {
    const isOverlap =
      key === 'oneOf' &&
      Array.isArray(child) &&
      child.length === OVERLAPPING_ERRORS.length &&
      child.every((item, index) => item?.$ref === OVERLAPPING_ERRORS[index]);
    copy[isOverlap ? 'anyOf' : key] = overlappingErrorsAsAnyOf(child);
  }
  return copy;
}

/** Every `$ref` string inside `value`. */
function collectRefs(value) {
  const refs = [];
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (key === '$ref' && typeof child === 'string') refs.push(child);
        else visit(child);
      }
    }
  };
  visit(value);
  return refs;
}

/**
 * A copy without prose keys. `parentKey` tells whether `node` is a map of names (where a
 * property may well be called `description`), in which case its own keys are kept.
 */
function stripProse(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => stripProse(item, undefined));
  if (node === null || typeof node !== 'object') return node;
  const isNameMap = parentKey !== undefined && NAME_MAPS.has(parentKey);
  const copy = {};
  for (const [key, child] of Object.entries(node)) {
    if (!isNameMap && PROSE_KEYS.has(key)) continue;
    copy[key] = stripProse(child, isNameMap ? undefined : key);
  }
  return copy;
}
