/**
 * An in-memory GitHub behind {@link OpenApiServer}: issue comments (paginated like GitHub, with
 * Link headers), check runs (annotations appended on update like the Checks API), the token's
 * identity, and issues with labels (listed with GitHub's filters and pagination, created,
 * closed, reopened; labels created on first use like GitHub does). Responses are built by hand and validated by the server against the
 * description, so they stay honest.
 */
import type { ApiRequest, ApiResponse, Handler } from './openapi-server.js';

/** An account that writes comments. */
export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** The identity of the `GITHUB_TOKEN`. */
export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
/** A person commenting on the PR. */
export const REVIEWER: FakeUser = { login: 'octocat', id: 583231, type: 'User' };

/** A stored issue comment. */
export interface StoredComment {
  id: number;
  issueNumber: number;
  user: FakeUser;
  body: string;
  createdAt: string;
  updatedAt: string;
  minimizedReason?: string;
}

/** A stored check run. */
export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  conclusion: string;
  detailsUrl: string | null;
  title: string;
  summary: string;
  text: string;
  annotations: unknown[];
}

const OWNER_REPO_WEB = 'https://github.com';

/** A stored pull request: only what the transport reads. */
export interface StoredPullRequest {
  headSha: string;
  /** Owner of the head repository (a fork's owner for fork PRs). */
  headOwner: FakeUser;
}

/** A stored issue (not a pull request). */
export interface StoredIssue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'duplicate' | 'reopened' | null;
  /** Label names, as stored on the repository. */
  labels: string[];
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

/** A repository label. */
export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

/** The fake's state and its handlers. */
export class FakeGitHub {
  readonly comments: StoredComment[] = [];
  readonly pullRequests = new Map<number, StoredPullRequest>();
  readonly checkRuns = new Map<number, StoredCheckRun>();
  /** Who the token writes as. */
  tokenUser: FakeUser = ACTIONS_BOT;
  /** Installation tokens may not call `GET /user` (GitHub answers 403). */
  tokenIsInstallation = true;
  /** A fork PR's read-only token: every write is refused with 403. */
  readOnly = false;
  /** Runs just before a comment is created (to stage a concurrent run's create). */
  beforeCreateComment: (() => void) | undefined;
  /** Runs just after a comment is created (to stage a concurrent run's later create). */
  afterCreateComment: (() => void) | undefined;
  readonly issues: StoredIssue[] = [];
  /** Repository labels by lower-cased name (GitHub compares label names case-insensitively). */
  readonly labels = new Map<string, StoredLabel>();
  /** Issues turned off in the repository's settings: issue endpoints answer 410 Gone. */
  issuesDisabled = false;
  /** Runs just before an issue is created (to stage a concurrent run's create). */
  beforeCreateIssue: (() => void) | undefined;
  private nextId = 1000;
  /** Issue numbers share one sequence with pull requests on GitHub; the fake starts high. */
  private nextIssueNumber = 100;
  private clock = Date.parse('2026-01-05T10:00:00Z');

  /** Adds a comment as if someone wrote it earlier. */
  addComment(
    issueNumber: number,
    user: FakeUser,
    body: string,
    minimizedReason?: string,
  ): StoredComment {
    const now = this.tick();
    const comment: StoredComment = {
      id: this.nextId++,
      issueNumber,
      user,
      body,
      createdAt: now,
      updatedAt: now,
      ...(minimizedReason === undefined ? {} : { minimizedReason }),
    };
    this.comments.push(comment);
    return comment;
  }

  /** Adds an issue as if someone opened it earlier (labels are created when missing). */
  addIssue(fields: {
    title: string;
    body: string | null;
    labels?: string[];
    user?: FakeUser;
    state?: 'open' | 'closed';
  }): StoredIssue {
    const now = this.tick();
    const closed = fields.state === 'closed';
    const issue: StoredIssue = {
      number: this.nextIssueNumber++,
      id: this.nextId++,
      title: fields.title,
      body: fields.body,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      labels: (fields.labels ?? []).map((name) => this.labelFor(name).name),
      user: fields.user ?? this.tokenUser,
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null,
    };
    this.issues.push(issue);
    return issue;
  }

  /** One issue by number. */
  issue(number: number): StoredIssue | undefined {
    return this.issues.find((issue) => issue.number === number);
  }

  /** Comments on one issue, oldest first. */
  commentsOn(issueNumber: number): StoredComment[] {
    return this.comments
      .filter((comment) => comment.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  /** Handlers by operation id, for {@link OpenApiServer.start}. */
  handlers(): Record<string, Handler> {
    return {
      'issues/list-comments': (request) => this.listComments(request),
      'issues/create-comment': (request) => this.createComment(request),
      'issues/update-comment': (request) => this.updateComment(request),
      'issues/delete-comment': (request) => this.deleteComment(request),
      'checks/create': (request) => this.createCheckRun(request),
      'checks/update': (request) => this.updateCheckRun(request),
      'users/get-authenticated': () => this.authenticatedUser(),
      'pulls/get': (request) => this.getPullRequest(request),
      'issues/list-for-repo': (request) => this.listIssues(request),
      'issues/create': (request) => this.createIssue(request),
      'issues/update': (request) => this.updateIssue(request),
      'issues/create-label': (request) => this.createLabel(request),
    };
  }

  private listComments(request: ApiRequest): ApiResponse {
    const issueNumber = Number(request.pathParams['issue_number']);
    const perPage = Math.min(Number(request.query['per_page'] ?? 30), 100);
    const page = Number(request.query['page'] ?? 1);
    const all = this.commentsOn(issueNumber);
    const lastPage = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const links: string[] = [];
    const pageUrl = (n: number) =>
      `${request.baseUrl}/repos/${request.pathParams['owner']}/${request.pathParams['repo']}/issues/${issueNumber}/comments?per_page=${perPage}&page=${n}`;
    if (page < lastPage)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
    return {
      status: 200,
      body: slice.map((comment) => this.commentJson(request, comment)),
      ...(links.length === 0 ? {} : { headers: { link: links.join(', ') } }),
    };
  }

  private createComment(request: ApiRequest): ApiResponse {
    if (this.readOnly) return forbidden();
    this.beforeCreateComment?.();
    const body = bodyField(request.body, 'body');
    const comment = this.addComment(
      Number(request.pathParams['issue_number']),
      this.tokenUser,
      body,
    );
    this.afterCreateComment?.();
    return { status: 201, body: this.commentJson(request, comment) };
  }

  private updateComment(request: ApiRequest): ApiResponse {
    if (this.readOnly) return forbidden();
    const comment = this.comments.find((c) => c.id === Number(request.pathParams['comment_id']));
    if (comment === undefined) return notFound();
    comment.body = bodyField(request.body, 'body');
    comment.updatedAt = this.tick();
    return { status: 200, body: this.commentJson(request, comment) };
  }

  private deleteComment(request: ApiRequest): ApiResponse {
    if (this.readOnly) return forbidden();
    const index = this.comments.findIndex((c) => c.id === Number(request.pathParams['comment_id']));
    if (index < 0) return notFound();
    this.comments.splice(index, 1);
    return { status: 204 };
  }

  private createCheckRun(request: ApiRequest): ApiResponse {
    if (this.readOnly) return forbidden();
    const body = asRecord(request.body);
    const output = asRecord(body['output']);
    const run: StoredCheckRun = {
      id: this.nextId++,
      name: String(body['name']),
      headSha: String(body['head_sha']),
      conclusion: String(body['conclusion']),
      detailsUrl: typeof body['details_url'] === 'string' ? body['details_url'] : null,
      title: String(output['title']),
      summary: String(output['summary']),
      text: String(output['text'] ?? ''),
      annotations: Array.isArray(output['annotations']) ? [...output['annotations']] : [],
    };
    this.checkRuns.set(run.id, run);
    return { status: 201, body: this.checkRunJson(request, run) };
  }

  private updateCheckRun(request: ApiRequest): ApiResponse {
    if (this.readOnly) return forbidden();
    const run = this.checkRuns.get(Number(request.pathParams['check_run_id']));
    if (run === undefined) return notFound();
    const output = asRecord(asRecord(request.body)['output']);
    // The Checks API appends the annotations of an update to the existing ones.
    if (Array.isArray(output['annotations'])) run.annotations.push(...output['annotations']);
    if (typeof output['title'] === 'string') run.title = output['title'];
    if (typeof output['summary'] === 'string') run.summary = output['summary'];
    if (typeof output['text'] === 'string') run.text = output['text'];
    return { status: 200, body: this.checkRunJson(request, run) };
  }

  private getPullRequest(request: ApiRequest): ApiResponse {
    const { owner = '', repo = '' } = request.pathParams;
    const number = Number(request.pathParams['pull_number']);
    const pr = this.pullRequests.get(number);
    if (pr === undefined) return notFound();
    const api = `${request.baseUrl}/repos/${owner}/${repo}`;
    const web = `${OWNER_REPO_WEB}/${owner}/${repo}/pull/${number}`;
    const baseOwner: FakeUser = { login: owner, id: 1000, type: 'User' };
    const now = new Date(this.clock).toISOString();
    return {
      status: 200,
      body: {
        url: `${api}/pulls/${number}`,
        id: 9000 + number,
        node_id: `PR_kwDO${number}`,
        html_url: web,
        diff_url: `${web}.diff`,
        patch_url: `${web}.patch`,
        issue_url: `${api}/issues/${number}`,
        commits_url: `${api}/pulls/${number}/commits`,
        review_comments_url: `${api}/pulls/${number}/comments`,
        review_comment_url: `${api}/pulls/comments{/number}`,
        comments_url: `${api}/issues/${number}/comments`,
        statuses_url: `${api}/statuses/${pr.headSha}`,
        number,
        state: 'open',
        locked: false,
        title: 'A change',
        user: userJson(pr.headOwner),
        body: null,
        labels: [],
        milestone: null,
        created_at: now,
        updated_at: now,
        closed_at: null,
        merged_at: null,
        merge_commit_sha: null,
        assignee: null,
        head: {
          label: `${pr.headOwner.login}:patch-1`,
          ref: 'patch-1',
          sha: pr.headSha,
          user: userJson(pr.headOwner),
          repo: repositoryJson(request.baseUrl, pr.headOwner, repo, pr.headOwner.login !== owner),
        },
        base: {
          label: `${owner}:main`,
          ref: 'main',
          sha: '0'.repeat(40),
          user: userJson(baseOwner),
          repo: repositoryJson(request.baseUrl, baseOwner, repo, false),
        },
        _links: Object.fromEntries(
          [
            'comments',
            'commits',
            'statuses',
            'html',
            'issue',
            'review_comments',
            'review_comment',
            'self',
          ].map((name) => [name, { href: `${api}/pulls/${number}#${name}` }]),
        ),
        author_association: 'CONTRIBUTOR',
        auto_merge: null,
        merged: false,
        mergeable: true,
        mergeable_state: 'clean',
        merged_by: null,
        comments: 0,
        review_comments: 0,
        maintainer_can_modify: false,
        commits: 1,
        additions: 1,
        deletions: 0,
        changed_files: 1,
      },
    };
  }

  private authenticatedUser(): ApiResponse {
    if (this.tokenIsInstallation) return forbidden();
    const user = this.tokenUser;
    return {
      status: 200,
      body: {
        ...userJson(user),
        user_view_type: 'public',
        name: null,
        company: null,
        blog: '',
        location: null,
        email: null,
        hireable: null,
        bio: null,
        public_repos: 3,
        public_gists: 0,
        followers: 1,
        following: 0,
        created_at: '2015-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      },
    };
  }

  private commentJson(request: ApiRequest, comment: StoredComment): unknown {
    const { owner, repo } = request.pathParams;
    return {
      id: comment.id,
      node_id: `IC_kwDO${comment.id}`,
      url: `${request.baseUrl}/repos/${owner}/${repo}/issues/comments/${comment.id}`,
      html_url: `${OWNER_REPO_WEB}/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${request.baseUrl}/repos/${owner}/${repo}/issues/${comment.issueNumber}`,
      author_association: comment.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
      minimized: comment.minimizedReason === undefined ? null : { reason: comment.minimizedReason },
    };
  }

  private checkRunJson(request: ApiRequest, run: StoredCheckRun): unknown {
    const { owner, repo } = request.pathParams;
    const now = new Date(this.clock).toISOString();
    return {
      id: run.id,
      node_id: `CR_kwDO${run.id}`,
      head_sha: run.headSha,
      name: run.name,
      external_id: '',
      url: `${request.baseUrl}/repos/${owner}/${repo}/check-runs/${run.id}`,
      html_url: `${OWNER_REPO_WEB}/${owner}/${repo}/runs/${run.id}`,
      details_url: run.detailsUrl,
      status: 'completed',
      conclusion: run.conclusion,
      started_at: now,
      completed_at: now,
      output: {
        title: run.title,
        summary: run.summary,
        text: run.text,
        annotations_count: run.annotations.length,
        annotations_url: `${request.baseUrl}/repos/${owner}/${repo}/check-runs/${run.id}/annotations`,
      },
      check_suite: { id: 5 },
      app: null,
      pull_requests: [],
    };
  }

  /**
   * `GET /repos/{owner}/{repo}/issues` with the filters the suite uses: `state` (default open),
   * `labels` (comma-separated, all must be on the issue), `creator`, `sort` (created/updated),
   * `direction` (default desc) and pagination with Link headers.
   */
  private listIssues(request: ApiRequest): ApiResponse {
    if (this.issuesDisabled) return issuesGone();
    const { query } = request;
    const state = query['state'] ?? 'open';
    const wanted = (query['labels'] ?? '')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '');
    const creator = query['creator']?.toLowerCase();
    const sortKey = query['sort'] === 'updated' ? 'updatedAt' : 'createdAt';
    const descending = (query['direction'] ?? 'desc') === 'desc';
    const matching = this.issues
      .filter((issue) => state === 'all' || issue.state === state)
      .filter((issue) => {
        const has = new Set(issue.labels.map((name) => name.toLowerCase()));
        return wanted.every((name) => has.has(name));
      })
      .filter((issue) => creator === undefined || issue.user.login.toLowerCase() === creator)
      .sort((a, b) => {
        const order = a[sortKey].localeCompare(b[sortKey]) || a.number - b.number;
        return descending ? -order : order;
      });
    const perPage = Math.min(Number(query['per_page'] ?? 30), 100);
    const page = Number(query['page'] ?? 1);
    const lastPage = Math.max(1, Math.ceil(matching.length / perPage));
    const pageUrl = (n: number) => {
      const url = new URL(
        `${request.baseUrl}/repos/${request.pathParams['owner']}/${request.pathParams['repo']}/issues`,
      );
      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
      url.searchParams.set('per_page', String(perPage));
      url.searchParams.set('page', String(n));
      return url.toString();
    };
    const links: string[] = [];
    if (page < lastPage)
      links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
    return {
      status: 200,
      body: matching
        .slice((page - 1) * perPage, page * perPage)
        .map((issue) => this.issueJson(request, issue)),
      ...(links.length === 0 ? {} : { headers: { link: links.join(', ') } }),
    };
  }

  private createIssue(request: ApiRequest): ApiResponse {
    if (this.issuesDisabled) return issuesGone();
    if (this.readOnly) return forbidden();
    this.beforeCreateIssue?.();
    const body = asRecord(request.body);
    const issue = this.addIssue({
      title: String(body['title']),
      body: typeof body['body'] === 'string' ? body['body'] : null,
      labels: labelNames(body['labels']),
      user: this.tokenUser,
    });
    return { status: 201, body: this.issueJson(request, issue) };
  }

  private updateIssue(request: ApiRequest): ApiResponse {
    if (this.issuesDisabled) return issuesGone();
    if (this.readOnly) return forbidden();
    const issue = this.issue(Number(request.pathParams['issue_number']));
    if (issue === undefined) return notFound();
    const body = asRecord(request.body);
    if (typeof body['title'] === 'string') issue.title = body['title'];
    if (typeof body['body'] === 'string') issue.body = body['body'];
    if (Array.isArray(body['labels']))
      issue.labels = labelNames(body['labels']).map((name) => this.labelFor(name).name);
    issue.updatedAt = this.tick();
    const reason = body['state_reason'];
    if (body['state'] === 'closed' && issue.state === 'open') {
      issue.state = 'closed';
      issue.closedAt = issue.updatedAt;
      issue.stateReason = reason === 'not_planned' || reason === 'duplicate' ? reason : 'completed';
    } else if (body['state'] === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.closedAt = null;
      issue.stateReason = 'reopened';
    }
    return { status: 200, body: this.issueJson(request, issue) };
  }

  private createLabel(request: ApiRequest): ApiResponse {
    if (this.readOnly) return forbidden();
    const body = asRecord(request.body);
    const name = String(body['name']);
    if (this.labels.has(name.toLowerCase())) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
          documentation_url: 'https://docs.github.com/rest/issues/labels#create-a-label',
          status: '422',
        },
      };
    }
    const label = this.labelFor(
      name,
      typeof body['color'] === 'string' ? body['color'] : undefined,
      typeof body['description'] === 'string' ? body['description'] : undefined,
    );
    return { status: 201, body: this.labelJson(request, label) };
  }

  /** The repository label called `name`, created (as GitHub does when an issue names it) when missing. */
  private labelFor(name: string, color = 'ededed', description?: string): StoredLabel {
    const existing = this.labels.get(name.toLowerCase());
    if (existing !== undefined) return existing;
    const label: StoredLabel = { id: this.nextId++, name, color, description: description ?? null };
    this.labels.set(name.toLowerCase(), label);
    return label;
  }

  private labelJson(request: ApiRequest, label: StoredLabel): Record<string, unknown> {
    const { owner, repo } = request.pathParams;
    return {
      id: label.id,
      node_id: `LA_kwDO${label.id}`,
      url: `${request.baseUrl}/repos/${owner}/${repo}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      description: label.description,
      color: label.color,
      default: false,
    };
  }

  private issueJson(request: ApiRequest, issue: StoredIssue): unknown {
    const { owner, repo } = request.pathParams;
    const api = `${request.baseUrl}/repos/${owner}/${repo}`;
    return {
      id: issue.id,
      node_id: `I_kwDO${issue.id}`,
      url: `${api}/issues/${issue.number}`,
      repository_url: api,
      labels_url: `${api}/issues/${issue.number}/labels{/name}`,
      comments_url: `${api}/issues/${issue.number}/comments`,
      events_url: `${api}/issues/${issue.number}/events`,
      html_url: `${OWNER_REPO_WEB}/${owner}/${repo}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      // GitHub sends `state_reason: null` on never-closed issues, but the description's enum
      // lacks null (Ajv's `nullable` does not extend an enum), so the fake leaves it out.
      ...(issue.stateReason === null ? {} : { state_reason: issue.stateReason }),
      title: issue.title,
      body: issue.body,
      user: userJson(issue.user),
      labels: issue.labels.map((name) => this.labelJson(request, this.labelFor(name))),
      assignee: null,
      assignees: [],
      milestone: null,
      locked: false,
      active_lock_reason: null,
      comments: this.commentsOn(issue.number).length,
      closed_at: issue.closedAt,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_by: null,
      author_association: issue.user.type === 'Bot' ? 'NONE' : 'MEMBER',
      performed_via_github_app: null,
    };
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}

/** GitHub's answer to a write with a token that lacks the permission. */
export function forbidden(): ApiResponse {
  return {
    status: 403,
    body: {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    },
  };
}

/** GitHub's answer on the issue endpoints of a repository whose issues are turned off. */
function issuesGone(): ApiResponse {
  return {
    status: 410,
    body: {
      message: 'Issues are disabled for this repo',
      documentation_url: 'https://docs.github.com/v3/issues/',
      status: '410',
    },
  };
}

/** Label names from an issue body's `labels` (strings or `{ name }` objects). */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const name = asRecord(item)['name'];
    return typeof name === 'string' ? [name] : [];
  });
}

function notFound(): ApiResponse {
  return {
    status: 404,
    body: {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    },
  };
}

function userJson(user: FakeUser): Record<string, unknown> {
  const api = `https://api.github.com/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `MDQ6VXNlcj${user.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    site_admin: false,
  };
}

/** A `repository` object: every required field of the description, URLs derived from the name. */
function repositoryJson(
  baseUrl: string,
  owner: FakeUser,
  name: string,
  fork: boolean,
): Record<string, unknown> {
  const api = `${baseUrl}/repos/${owner.login}/${name}`;
  const web = `${OWNER_REPO_WEB}/${owner.login}/${name}`;
  const templated = (path: string) => `${api}/${path}`;
  return {
    id: owner.id * 10 + (fork ? 1 : 0),
    node_id: `R_kgDO${owner.id}`,
    name,
    full_name: `${owner.login}/${name}`,
    owner: userJson(owner),
    private: false,
    html_url: web,
    description: null,
    fork,
    url: api,
    archive_url: templated('{archive_format}{/ref}'),
    assignees_url: templated('assignees{/user}'),
    blobs_url: templated('git/blobs{/sha}'),
    branches_url: templated('branches{/branch}'),
    collaborators_url: templated('collaborators{/collaborator}'),
    comments_url: templated('comments{/number}'),
    commits_url: templated('commits{/sha}'),
    compare_url: templated('compare/{base}...{head}'),
    contents_url: templated('contents/{+path}'),
    contributors_url: templated('contributors'),
    deployments_url: templated('deployments'),
    downloads_url: templated('downloads'),
    events_url: templated('events'),
    forks_url: templated('forks'),
    git_commits_url: templated('git/commits{/sha}'),
    git_refs_url: templated('git/refs{/sha}'),
    git_tags_url: templated('git/tags{/sha}'),
    git_url: `git://github.com/${owner.login}/${name}.git`,
    issue_comment_url: templated('issues/comments{/number}'),
    issue_events_url: templated('issues/events{/number}'),
    issues_url: templated('issues{/number}'),
    keys_url: templated('keys{/key_id}'),
    labels_url: templated('labels{/name}'),
    languages_url: templated('languages'),
    merges_url: templated('merges'),
    milestones_url: templated('milestones{/number}'),
    notifications_url: templated('notifications{?since,all,participating}'),
    pulls_url: templated('pulls{/number}'),
    releases_url: templated('releases{/id}'),
    ssh_url: `git@github.com:${owner.login}/${name}.git`,
    stargazers_url: templated('stargazers'),
    statuses_url: templated('statuses/{sha}'),
    subscribers_url: templated('subscribers'),
    subscription_url: templated('subscription'),
    tags_url: templated('tags'),
    teams_url: templated('teams'),
    trees_url: templated('git/trees{/sha}'),
    clone_url: `${web}.git`,
    mirror_url: null,
    hooks_url: templated('hooks'),
    svn_url: web,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 10,
    default_branch: 'main',
    open_issues_count: 1,
    open_issues: 1,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    pushed_at: '2026-01-05T10:00:00Z',
    created_at: '2025-01-05T10:00:00Z',
    updated_at: '2026-01-05T10:00:00Z',
    license: null,
  };
}

function bodyField(body: unknown, field: string): string {
  const value = asRecord(body)[field];
  if (typeof value !== 'string') throw new Error(`fake-github: body.${field} is not a string`);
  return value;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value));
}
