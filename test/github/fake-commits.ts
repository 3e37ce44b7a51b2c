/**
 * A commit graph behind {@link OpenApiServer}: the compare endpoint (`GET
 * /repos/{owner}/{repo}/compare/{base}...{head}`) and the commit list (`GET
 * /repos/{owner}/{repo}/commits?sha=`) answered from commits the test adds, parents first, as
 * GitHub answers them: the merge base is the best common ancestor, `status` is `identical`,
 * `ahead` (head descends from base), `behind` or `diverged`, `commits` are the head's commits the
 * base lacks, oldest first and paginated, and an unknown commit or two unrelated histories are a
 * 404. Responses are validated by the server against the description like every other fake's.
 */
import type { ApiRequest, ApiResponse, Handler } from './openapi-server.js';

/** GitHub's answer for a commit it does not know. */
const NOT_FOUND: ApiResponse = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

/** The fake's commits and its handlers. */
export class FakeCommits {
  /** Parents of each commit, first parent first, in the order the commits were added. */
  private readonly parents = new Map<string, string[]>();

  /** Adds a commit; its parents must have been added before (history is built oldest first). */
  add(sha: string, parents: readonly string[] = []): this {
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`FakeCommits: ${sha} is not a full sha`);
    for (const parent of parents) {
      if (!this.parents.has(parent)) throw new Error(`FakeCommits: parent ${parent} unknown`);
    }
    this.parents.set(sha, [...parents]);
    return this;
  }

  /** Adds a line of commits, each the first parent of the next, on top of `from`. */
  chain(shas: readonly string[], from?: string): this {
    let parent = from;
    for (const sha of shas) {
      this.add(sha, parent === undefined ? [] : [parent]);
      parent = sha;
    }
    return this;
  }

  /** The commit and everything reachable from it through any parent. */
  reachable(sha: string): Set<string> {
    const seen = new Set<string>();
    const queue = [sha];
    while (queue.length > 0) {
      const next = queue.pop() as string;
      if (seen.has(next) || !this.parents.has(next)) continue;
      seen.add(next);
      queue.push(...(this.parents.get(next) ?? []));
    }
    return seen;
  }

  /** Handlers by operation id, for {@link OpenApiServer.start}. */
  handlers(): Record<string, Handler> {
    return {
      'repos/compare-commits-with-basehead': (request) => this.compare(request),
      'repos/list-commits': (request) => this.list(request),
    };
  }

  private compare(request: ApiRequest): ApiResponse {
    const basehead = String(request.pathParams['basehead']);
    const [base = '', head = '', ...rest] = basehead.split('...');
    if (rest.length > 0 || !this.parents.has(base) || !this.parents.has(head)) return NOT_FOUND;
    const ofBase = this.reachable(base);
    const ofHead = this.reachable(head);
    const common = [...ofHead].filter((sha) => ofBase.has(sha));
    // The best common ancestor: one that no other common ancestor descends from.
    const mergeBase = common.find((candidate) =>
      common.every((other) => other === candidate || !this.reachable(other).has(candidate)),
    );
    if (mergeBase === undefined) {
      return {
        status: 404,
        body: {
          message: `No common ancestor between ${base} and ${head}.`,
          documentation_url: 'https://docs.github.com/rest',
        },
      };
    }
    const order = [...this.parents.keys()];
    const ahead = order.filter((sha) => ofHead.has(sha) && !ofBase.has(sha));
    const behind = order.filter((sha) => ofBase.has(sha) && !ofHead.has(sha));
    const status =
      base === head
        ? 'identical'
        : ahead.length === 0
          ? 'behind'
          : behind.length === 0
            ? 'ahead'
            : 'diverged';
    const { perPage, page } = pagination(request);
    const web = `https://github.com/${request.pathParams['owner']}/${request.pathParams['repo']}`;
    return {
      status: 200,
      body: {
        url: `${apiOf(request)}/compare/${basehead}`,
        html_url: `${web}/compare/${basehead}`,
        permalink_url: `${web}/compare/${basehead}`,
        diff_url: `${web}/compare/${basehead}.diff`,
        patch_url: `${web}/compare/${basehead}.patch`,
        base_commit: this.commitJson(request, base),
        merge_base_commit: this.commitJson(request, mergeBase),
        status,
        ahead_by: ahead.length,
        behind_by: behind.length,
        total_commits: ahead.length,
        commits: ahead
          .slice((page - 1) * perPage, page * perPage)
          .map((sha) => this.commitJson(request, sha)),
      },
    };
  }

  /** Reachable commits, newest first (the fake's order of adding stands in for dates). */
  private list(request: ApiRequest): ApiResponse {
    const start = String(request.query['sha'] ?? '');
    if (!this.parents.has(start)) return NOT_FOUND;
    const ofStart = this.reachable(start);
    const { perPage, page } = pagination(request);
    return {
      status: 200,
      body: [...this.parents.keys()]
        .filter((sha) => ofStart.has(sha))
        .reverse()
        .slice((page - 1) * perPage, page * perPage)
        .map((sha) => this.commitJson(request, sha)),
    };
  }

  private commitJson(request: ApiRequest, sha: string): object {
    const api = apiOf(request);
    const web = `https://github.com/${request.pathParams['owner']}/${request.pathParams['repo']}`;
    return {
      url: `${api}/commits/${sha}`,
      sha,
      node_id: `C_${sha.slice(0, 8)}`,
      html_url: `${web}/commit/${sha}`,
      comments_url: `${api}/commits/${sha}/comments`,
      commit: {
        url: `${api}/git/commits/${sha}`,
        author: null,
        committer: null,
        message: `commit ${sha.slice(0, 7)}`,
        comment_count: 0,
        tree: { sha, url: `${api}/git/trees/${sha}` },
      },
      author: null,
      committer: null,
      parents: (this.parents.get(sha) ?? []).map((parent) => ({
        sha: parent,
        url: `${api}/commits/${parent}`,
        html_url: `${web}/commit/${parent}`,
      })),
    };
  }
}

function apiOf(request: ApiRequest): string {
  return `${request.baseUrl}/repos/${request.pathParams['owner']}/${request.pathParams['repo']}`;
}

/** GitHub's `per_page` (default 30, at most 100) and `page` (from 1). */
function pagination(request: ApiRequest): { perPage: number; page: number } {
  return {
    perPage: Math.min(Number(request.query['per_page'] ?? 30), 100),
    page: Math.max(Number(request.query['page'] ?? 1), 1),
  };
}
