/**
 * An in-memory data branch for the GitHub tests: the branch, its files and their git blob shas,
 * served through the loopback OpenAPI server; a PUT naming a stale sha gets 409, as on GitHub,
 * so concurrent writers really race. Extends FakeGitHub's handlers with the contents and git
 * data operations.
 */
import { createHash } from 'node:crypto';
import { FakeGitHub } from './fake-github.js';
import type { ApiRequest, ApiResponse } from './openapi-server.js';

/** The repository the fake serves (its URLs name it). */
export const OWNER = 'acme';
export const REPO = 'widgets';

export const INLINE_LIMIT = 1024 * 1024;
const DOCS = 'https://docs.github.com/rest/repos/contents#create-or-update-file-contents';

/** Git's blob id: sha1 of `blob <size>\0<bytes>`. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex');
}

/** Base64 wrapped at 60 columns, as GitHub sends it. */
function wrappedBase64(text: string): string {
  return `${(
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n')}\n`;
}

export const error = (message: string): object => ({ message, documentation_url: DOCS });

/** The properties of a JSON object (the server already checked the body against the schema). */
function fields(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value))
    : {};
}

/** A string property of a JSON object, or undefined. */
function stringField(value: unknown, key: string): string | undefined {
  const found = fields(value)[key];
  return typeof found === 'string' ? found : undefined;
}

/** The repository's data branches, trees and commits, in memory. */
export class FakeDataBranches {
  /** Branch name → files (path → text) of its head commit, and that commit. */
  readonly branches = new Map<string, { commit: string; files: Map<string, string> }>();
  readonly blobs = new Map<string, string>();
  readonly trees = new Map<string, Map<string, string>>();
  readonly commits = new Map<string, { tree: string; parents: string[]; message: string }>();
  private counter = 0;

  private nextSha(): string {
    this.counter += 1;
    return createHash('sha1').update(`object ${this.counter}`).digest('hex');
  }

  /** Puts `text` at `path` on `branch` as if pushed. */
  seed(branch: string, path: string, text: string): void {
    this.blobs.set(gitBlobSha(text), text);
    this.branches.set(branch, { commit: this.nextSha(), files: new Map([[path, text]]) });
  }

  /** The text of a file, or undefined. */
  file(branch: string, path: string): string | undefined {
    return this.branches.get(branch)?.files.get(path);
  }

  handlers(): Record<string, (request: ApiRequest) => ApiResponse> {
    return {
      ...new FakeGitHub().handlers(),
      'repos/get-content': (request) => this.getContent(request),
      'repos/create-or-update-file-contents': (request) => this.putContent(request),
      'git/get-blob': (request) => this.getBlob(request),
      'git/get-ref': (request) => this.getRef(request),
      'git/create-tree': (request) => this.createTree(request),
      'git/create-commit': (request) => this.createCommit(request),
      'git/create-ref': (request) => this.createRef(request),
    };
  }

  private api(request: ApiRequest): string {
    return `${request.baseUrl}/repos/${OWNER}/${REPO}`;
  }

  private getContent(request: ApiRequest): ApiResponse {
    const ref = request.query['ref'] ?? 'main';
    const path = request.pathParams['path'] ?? '';
    const branch = this.branches.get(ref);
    if (branch === undefined)
      return { status: 404, body: error(`No commit found for the ref ${ref}`) };
    const api = this.api(request);
    const text = branch.files.get(path);
    if (text === undefined) {
      const children = [...branch.files.keys()].filter((p) => p.startsWith(`${path}/`));
      if (children.length === 0) return { status: 404, body: error('Not Found') };
      return {
        status: 200,
        body: children.map((child) => this.describe(api, ref, child, branch.files.get(child))),
      };
    }
    const size = Buffer.byteLength(text);
    // Over 1 MB GitHub leaves `content` empty and says `encoding: none`.
    const inline = size <= INLINE_LIMIT;
    return {
      status: 200,
      body: {
        ...this.describe(api, ref, path, text),
        type: 'file',
        encoding: inline ? 'base64' : 'none',
        content: inline ? wrappedBase64(text) : '',
      },
    };
  }

  private describe(api: string, ref: string, path: string, text: string | undefined): object {
    const sha = gitBlobSha(text ?? '');
    const html = `https://github.com/${OWNER}/${REPO}/blob/${ref}/${path}`;
    return {
      type: 'file',
      size: Buffer.byteLength(text ?? ''),
      name: path.split('/').at(-1),
      path,
      sha,
      url: `${api}/contents/${path}?ref=${ref}`,
      git_url: `${api}/git/blobs/${sha}`,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${OWNER}/${REPO}/${ref}/${path}`,
      _links: { git: `${api}/git/blobs/${sha}`, html, self: `${api}/contents/${path}?ref=${ref}` },
    };
  }

  private getBlob(request: ApiRequest): ApiResponse {
    const sha = request.pathParams['file_sha'] ?? '';
    const text = this.blobs.get(sha);
    if (text === undefined) return { status: 404, body: error('Not Found') };
    return {
      status: 200,
      body: {
        sha,
        node_id: `B_${sha.slice(0, 8)}`,
        url: `${this.api(request)}/git/blobs/${sha}`,
        size: Buffer.byteLength(text),
        content: wrappedBase64(text),
        encoding: 'base64',
      },
    };
  }

  private putContent(request: ApiRequest): ApiResponse {
    const body = {
      message: stringField(request.body, 'message') ?? '',
      content: stringField(request.body, 'content') ?? '',
      sha: stringField(request.body, 'sha'),
      branch: stringField(request.body, 'branch'),
    };
    const path = request.pathParams['path'] ?? '';
    const branchName = body.branch ?? 'main';
    const branch = this.branches.get(branchName);
    if (branch === undefined) return { status: 404, body: error(`Branch ${branchName} not found`) };
    const current = branch.files.get(path);
    if (current !== undefined && body.sha === undefined) {
      return { status: 422, body: error('Invalid request.\n\n"sha" wasn\'t supplied.') };
    }
    const currentSha = current === undefined ? undefined : gitBlobSha(current);
    if (body.sha !== undefined && body.sha !== currentSha) {
      return {
        status: 409,
        body: {
          ...error(`is at ${currentSha ?? 'nothing'} but expected ${body.sha}`),
          status: '409',
        },
      };
    }
    const text = Buffer.from(body.content, 'base64').toString('utf8');
    const sha = gitBlobSha(text);
    this.blobs.set(sha, text);
    const parent = branch.commit;
    const commit = this.nextSha();
    const files = new Map(branch.files).set(path, text);
    this.branches.set(branchName, { commit, files });
    this.commits.set(commit, { tree: this.nextSha(), parents: [parent], message: body.message });
    const api = this.api(request);
    return {
      status: current === undefined ? 201 : 200,
      body: {
        content: {
          name: path.split('/').at(-1),
          path,
          sha,
          size: Buffer.byteLength(text),
          type: 'file',
        },
        commit: {
          sha: commit,
          url: `${api}/git/commits/${commit}`,
          message: body.message,
          parents: [{ sha: parent, url: `${api}/git/commits/${parent}` }],
        },
      },
    };
  }

  private getRef(request: ApiRequest): ApiResponse {
    const ref = request.pathParams['ref'] ?? '';
    const branch = this.branches.get(ref.replace(/^heads\//, ''));
    if (!ref.startsWith('heads/') || branch === undefined)
      return { status: 404, body: error('Not Found') };
    return { status: 200, body: this.refJson(request, `refs/${ref}`, branch.commit) };
  }

  private refJson(request: ApiRequest, ref: string, commit: string): object {
    const api = this.api(request);
    return {
      ref,
      node_id: `R_${commit.slice(0, 8)}`,
      url: `${api}/git/${ref}`,
      object: { type: 'commit', sha: commit, url: `${api}/git/commits/${commit}` },
    };
  }

  private createTree(request: ApiRequest): ApiResponse {
    const items = fields(request.body)['tree'];
    const files = new Map(
      (Array.isArray(items) ? items : []).map((item: unknown) => [
        stringField(item, 'path') ?? '',
        stringField(item, 'content') ?? '',
      ]),
    );
    const sha = this.nextSha();
    this.trees.set(sha, files);
    for (const text of files.values()) this.blobs.set(gitBlobSha(text), text);
    const api = this.api(request);
    return {
      status: 201,
      body: {
        sha,
        url: `${api}/git/trees/${sha}`,
        truncated: false,
        tree: [...files].map(([path, text]) => ({
          path,
          mode: '100644',
          type: 'blob',
          sha: gitBlobSha(text),
          size: Buffer.byteLength(text),
          url: `${api}/git/blobs/${gitBlobSha(text)}`,
        })),
      },
    };
  }

  private createCommit(request: ApiRequest): ApiResponse {
    const listed = fields(request.body)['parents'];
    const body = {
      message: stringField(request.body, 'message') ?? '',
      tree: stringField(request.body, 'tree') ?? '',
      parents: Array.isArray(listed) ? listed.map(String) : undefined,
    };
    if (!this.trees.has(body.tree)) return { status: 422, body: error('Tree SHA does not exist') };
    const sha = this.nextSha();
    const parents = body.parents ?? [];
    this.commits.set(sha, { tree: body.tree, parents, message: body.message });
    const api = this.api(request);
    const person = {
      name: 'github-actions[bot]',
      email: 'bot@example.com',
      date: '2026-11-23T10:00:00Z',
    };
    return {
      status: 201,
      body: {
        sha,
        node_id: `C_${sha.slice(0, 8)}`,
        url: `${api}/git/commits/${sha}`,
        html_url: `https://github.com/${OWNER}/${REPO}/commit/${sha}`,
        author: person,
        committer: person,
        message: body.message,
        tree: { sha: body.tree, url: `${api}/git/trees/${body.tree}` },
        parents: parents.map((p) => ({
          sha: p,
          url: `${api}/git/commits/${p}`,
          html_url: `https://github.com/${OWNER}/${REPO}/commit/${p}`,
        })),
        verification: {
          verified: false,
          reason: 'unsigned',
          signature: null,
          payload: null,
          verified_at: null,
        },
      },
    };
  }

  private createRef(request: ApiRequest): ApiResponse {
    const body = {
      ref: stringField(request.body, 'ref') ?? '',
      sha: stringField(request.body, 'sha') ?? '',
    };
    const name = body.ref.replace(/^refs\/heads\//, '');
    if (this.branches.has(name)) return { status: 422, body: error('Reference already exists') };
    const commit = this.commits.get(body.sha);
    const tree = commit === undefined ? undefined : this.trees.get(commit.tree);
    if (tree === undefined) return { status: 422, body: error('Object does not exist') };
    this.branches.set(name, { commit: body.sha, files: new Map(tree) });
    return { status: 201, body: this.refJson(request, body.ref, body.sha) };
  }
}
