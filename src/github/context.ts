/**
 * The run context: who, where and what this workflow run is about, read once from the
 * environment variables and the event payload that the runner provides. Everything else on the
 * GitHub side takes this object instead of reading `process.env` itself.
 */
import { ConfigurationError } from '../shared/errors.js';
import { linkedCommits, type ReportCommits } from '../report/commits.js';
import { isRecord } from '../shared/is-record.js';

/** The events the suite treats differently; every other event is `other`. */
export type RunEvent =
  | 'pull_request'
  | 'pull_request_target'
  | 'push'
  | 'schedule'
  | 'workflow_dispatch'
  | 'workflow_run'
  | 'other';

/** The pull request a `pull_request`/`pull_request_target` run is about. */
export interface PullRequestContext {
  /** The PR number (also the issue number its comments live under). */
  number: number;
  /** The commit under test: the head of the PR branch (not the merge commit GITHUB_SHA names). */
  headSha: string;
  /** The base branch's commit the PR was compared against when the event fired. */
  baseSha: string;
  /** The base branch name, e.g. `main`. */
  baseRef: string;
  /** `owner/repo` of the head branch; `null` when the fork has been deleted. */
  headRepoFullName: string | null;
  /**
   * True when the head lives in another repository: the `GITHUB_TOKEN` of a `pull_request` run
   * is then read-only, so comments and check runs need the two-workflow pattern.
   */
  isFork: boolean;
}

/** The run that triggered a `workflow_run` event (the gate run of the two-workflow pattern). */
export interface TriggeringRunContext {
  /** Its run id. */
  id: number;
  /** The commit it ran on; an envelope it uploaded must name this same commit. */
  headSha: string;
  /** The event that started it, e.g. `pull_request`. */
  event: string;
}

/** Everything the GitHub transport needs to know about the current run. */
export interface RunContext {
  /** The triggering event, reduced to the ones the suite distinguishes. */
  event: RunEvent;
  /** The raw `GITHUB_EVENT_NAME`, for messages. */
  eventName: string;
  /** Repository owner (user or organisation). */
  owner: string;
  /** Repository name. */
  repo: string;
  /** Present on `pull_request` and `pull_request_target` runs. */
  pullRequest?: PullRequestContext;
  /** Present on `workflow_run` runs whose payload names the triggering run. */
  triggeringRun?: TriggeringRunContext;
  /** The commit reports are about: the PR head for PR events, `GITHUB_SHA` otherwise. */
  sha: string;
  /**
   * On `push` runs, the branch's previous tip (the payload's `before`): what the push changed is
   * `pushBefore…sha`. Absent on the push that creates a branch (`before` is all zeros).
   */
  pushBefore?: string;
  /** `GITHUB_RUN_ID`: increases with every new run, so it orders reports (re-runs keep it). */
  runId: number;
  /** REST API root without trailing slash (differs on GitHub Enterprise Server). */
  apiUrl: string;
  /** Web root without trailing slash, for links to runs. */
  serverUrl: string;
  /** `GITHUB_REF`, e.g. `refs/pull/12/merge` or `refs/heads/main`. */
  ref: string;
  /** The repository's default branch, when the payload names it. */
  defaultBranch?: string;
}

const KNOWN_EVENTS: readonly RunEvent[] = [
  'pull_request',
  'pull_request_target',
  'push',
  'schedule',
  'workflow_dispatch',
  'workflow_run',
];
const SHA_PATTERN = /^[0-9a-f]{40}$/;
/** GitHub's rules for owner and repository names, applied to `GITHUB_REPOSITORY`. */
const REPOSITORY_PATTERN = /^([A-Za-z0-9-]+)\/([A-Za-z0-9_.-]+)$/;

/**
 * Reads the run context from the runner's environment and event payload. Pure apart from the
 * injected `readFile`, so tests pass a plain object and a map of files.
 *
 * @throws ConfigurationError naming the variable or payload field that is missing or malformed
 *   (e.g. `GITHUB_REPOSITORY` without a slash, or a `pull_request` payload without `number`).
 * @example readRunContext(process.env, (p) => readFileSync(p, 'utf8'))
 */
export function readRunContext(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string,
): RunContext {
  const eventName = requireEnv(env, 'GITHUB_EVENT_NAME');
  const event = KNOWN_EVENTS.find((known) => known === eventName) ?? 'other';
  const repository = requireEnv(env, 'GITHUB_REPOSITORY');
  const repositoryMatch = REPOSITORY_PATTERN.exec(repository);
  if (repositoryMatch?.[1] === undefined || repositoryMatch[2] === undefined) {
    throw new ConfigurationError(
      `GITHUB_REPOSITORY must look like owner/repo, got ${JSON.stringify(repository)}`,
    );
  }
  const githubSha = requireEnv(env, 'GITHUB_SHA');
  if (!SHA_PATTERN.test(githubSha)) {
    throw new ConfigurationError(
      `GITHUB_SHA must be 40 lower-case hex digits, got ${JSON.stringify(githubSha)}`,
    );
  }
  const runIdText = requireEnv(env, 'GITHUB_RUN_ID');
  if (!/^[1-9][0-9]{0,15}$/.test(runIdText)) {
    throw new ConfigurationError(
      `GITHUB_RUN_ID must be a positive integer, got ${JSON.stringify(runIdText)}`,
    );
  }

  const payload = readPayload(
    env,
    readFile,
    event === 'pull_request' || event === 'pull_request_target',
  );
  const pullRequest =
    event === 'pull_request' || event === 'pull_request_target'
      ? readPullRequest(payload)
      : undefined;
  const triggeringRun = event === 'workflow_run' ? readTriggeringRun(payload) : undefined;
  const before = event === 'push' ? pushBefore(payload) : undefined;
  const defaultBranch = optionalString(objectAt(payload, 'repository'), 'default_branch');

  return {
    event,
    eventName,
    owner: repositoryMatch[1],
    repo: repositoryMatch[2],
    ...(pullRequest === undefined ? {} : { pullRequest }),
    ...(triggeringRun === undefined ? {} : { triggeringRun }),
    sha: pullRequest?.headSha ?? githubSha,
    ...(before === undefined ? {} : { pushBefore: before }),
    runId: Number(runIdText),
    apiUrl: readUrl(env, 'GITHUB_API_URL', 'https://api.github.com'),
    serverUrl: readUrl(env, 'GITHUB_SERVER_URL', 'https://github.com'),
    ref: env['GITHUB_REF'] ?? '',
    ...(defaultBranch === undefined ? {} : { defaultBranch }),
  };
}

function requireEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') {
    throw new ConfigurationError(
      `${name} is not set: kaizen-gates must run inside a GitHub Actions job`,
    );
  }
  return value;
}

function readUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigurationError(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigurationError(`${name} must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
  return value.replace(/\/+$/, '');
}

/**
 * The parsed payload, or undefined when there is none and none is needed (a payload is
 * required for PR events, whose head commit and number only it carries).
 */
function readPayload(
  env: NodeJS.ProcessEnv,
  readFile: (path: string) => string,
  required: boolean,
): Record<string, unknown> | undefined {
  const path = env['GITHUB_EVENT_PATH'];
  if (path === undefined || path === '') {
    if (required)
      throw new ConfigurationError(
        'GITHUB_EVENT_PATH is not set, but a pull request event needs its payload',
      );
    return undefined;
  }
  let text: string;
  try {
    text = readFile(path);
  } catch (error) {
    if (!required) return undefined;
    throw new ConfigurationError(`GITHUB_EVENT_PATH ${path} could not be read: ${String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`GITHUB_EVENT_PATH ${path} is not valid JSON: ${String(error)}`);
  }
  if (!isRecord(parsed))
    throw new ConfigurationError(`GITHUB_EVENT_PATH ${path} does not hold a JSON object`);
  return parsed;
}

function readPullRequest(payload: Record<string, unknown> | undefined): PullRequestContext {
  const pr = objectAt(payload, 'pull_request');
  if (pr === undefined)
    throw new ConfigurationError('the event payload has no pull_request object');
  const number = pr['number'];
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0) {
    throw new ConfigurationError(
      `the event payload's pull_request.number is not a positive integer: ${JSON.stringify(number)}`,
    );
  }
  const head = objectAt(pr, 'head');
  const base = objectAt(pr, 'base');
  const headSha = requireSha(head, 'pull_request.head.sha');
  const baseSha = requireSha(base, 'pull_request.base.sha');
  const baseRef = optionalString(base, 'ref');
  if (baseRef === undefined)
    throw new ConfigurationError("the event payload's pull_request.base.ref is missing");
  const headRepo = objectAt(head, 'repo');
  const headRepoFullName = optionalString(headRepo, 'full_name') ?? null;
  const baseRepoFullName = optionalString(objectAt(base, 'repo'), 'full_name');
  return {
    number,
    headSha,
    baseSha,
    baseRef,
    headRepoFullName,
    // A deleted fork (head.repo null) is still a fork: its token is read-only all the same.
    isFork: headRepoFullName === null || headRepoFullName !== baseRepoFullName,
  };
}

/**
 * A push's previous tip (`before`), or undefined when the push created the branch (all zeros)
 * or the payload does not name one: the line then names the head alone, which is still true.
 */
function pushBefore(payload: Record<string, unknown> | undefined): string | undefined {
  const before = payload?.['before'];
  return typeof before === 'string' && SHA_PATTERN.test(before) && !/^0+$/.test(before)
    ? before
    : undefined;
}

function readTriggeringRun(
  payload: Record<string, unknown> | undefined,
): TriggeringRunContext | undefined {
  const run = objectAt(payload, 'workflow_run');
  if (run === undefined) return undefined;
  const id = run['id'];
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
  return {
    id,
    headSha: requireSha(run, 'workflow_run.head_sha'),
    event: optionalString(run, 'event') ?? '',
  };
}

function requireSha(object: Record<string, unknown> | undefined, field: string): string {
  const key = field.slice(field.lastIndexOf('.') + 1);
  const value = object?.[key];
  if (typeof value !== 'string' || !SHA_PATTERN.test(value)) {
    throw new ConfigurationError(
      `the event payload's ${field} is not a 40-hex commit: ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function objectAt(
  object: Record<string, unknown> | undefined,
  key: string,
): Record<string, unknown> | undefined {
  const value = object?.[key];
  return isRecord(value) ? value : undefined;
}

function optionalString(
  object: Record<string, unknown> | undefined,
  key: string,
): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Web root of the repository's files at a commit (`https://github.com/o/r/blob/<sha>`), for
 * links from a comment to the lines of a finding.
 */
export function blobUrl(context: RunContext, sha: string = context.sha): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}`;
}

/** Web root of the repository, e.g. `https://github.com/o/r`. */
export function repositoryUrl(context: Pick<RunContext, 'serverUrl' | 'owner' | 'repo'>): string {
  return `${context.serverUrl}/${context.owner}/${context.repo}`;
}

/**
 * The commits the run's reports name, linked to their pages on the server: the head (`sha`) and
 * the base, which is the pull request's base commit, or the push's previous tip; on other events
 * (schedule, workflow_dispatch) the head alone. `gateBase` is a base the gate itself compared
 * with (e.g. the merge base dashboard-diff read); it is more exact than the event's and wins.
 */
export function reportCommits(context: RunContext, gateBase?: string): ReportCommits {
  const base = gateBase ?? context.pullRequest?.baseSha ?? context.pushBefore;
  return linkedCommits(repositoryUrl(context), context.sha, base);
}

/** Where the running action's own files come from: its repository and the ref it was used at. */
export interface ActionSource {
  /** Web root of the action's repository, e.g. `https://github.com/owner/kaizen-gates`. */
  repositoryUrl: string;
  /** The ref of `uses: owner/repo@ref` (a tag, branch or sha). */
  ref: string;
}

/**
 * The repository and ref of the running action, from `GITHUB_ACTION_PATH`: the runner unpacks
 * `uses: owner/repo@ref` into `…/_actions/owner/repo/ref/` (and a gate's action lives below, in
 * `actions/<gate>`). Read from the path because `github.action_repository` is empty inside
 * composite actions. An action used from the workspace (`uses: ./`) is the repository itself, at
 * the run's commit. Undefined when neither applies: reports then carry no links to the docs.
 */
export function actionSource(
  env: Readonly<Record<string, string | undefined>>,
  context: Pick<RunContext, 'serverUrl' | 'owner' | 'repo' | 'sha'>,
): ActionSource | undefined {
  const path = (env.GITHUB_ACTION_PATH ?? '').replace(/\\/gu, '/');
  const unpacked = /\/_actions\/([\w.-]+)\/([\w.-]+)\/([^/]+)(?:\/|$)/u.exec(path);
  if (unpacked !== null) {
    const [, owner = '', repo = '', ref = ''] = unpacked;
    return { repositoryUrl: `${context.serverUrl}/${owner}/${repo}`, ref };
  }
  const workspace = (env.GITHUB_WORKSPACE ?? '').replace(/\\/gu, '/').replace(/\/+$/u, '');
  if (workspace !== '' && (path === workspace || path.startsWith(`${workspace}/`))) {
    return { repositoryUrl: repositoryUrl(context), ref: context.sha };
  }
  return undefined;
}
