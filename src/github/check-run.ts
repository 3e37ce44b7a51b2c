/**
 * Publishes a report as a completed check run with annotations. The Checks API takes at most 50
 * annotations per request and appends the annotations of each update to those already there, so
 * the run is created with the first 50 and updated with each further 50. Needs `checks: write`.
 */
import type { Annotation, CheckRunReport } from '../report/types.js';
import type { Logger } from '../shared/logger.js';
import type { GitHubClient } from './client.js';

/** Everything {@link publishCheckRun} needs. */
export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The commit the check run is attached to (the PR head, not the merge commit). */
  headSha: string;
  report: CheckRunReport;
  /** Link shown as "Details", e.g. the workflow run. */
  detailsUrl?: string;
  logger: Logger;
}

/** The published check run. */
export interface CheckRunResult {
  checkRunId: number;
  /** Its web address. */
  url: string;
  /** Annotations sent (all of `report.annotations`). */
  annotationsSent: number;
  /** Requests made: one create plus one update per further batch. */
  requests: number;
}

/** The Checks API limit: "a maximum of 50 annotations per API request". */
export const ANNOTATIONS_PER_REQUEST = 50;

/**
 * Creates the completed check run, then adds the remaining annotations in batches of 50.
 *
 * @throws the Octokit error of the first failed request (the caller decides how to degrade).
 */
export async function publishCheckRun(
  client: GitHubClient,
  request: CheckRunRequest,
): Promise<CheckRunResult> {
  const { report, owner, repo } = request;
  const batches = chunk(report.annotations.map(toApiAnnotation), ANNOTATIONS_PER_REQUEST);
  // Title, summary and text go with every request: an update's `output` requires title and
  // summary, and repeating text keeps it whatever GitHub does with an output that omits it.
  const output = { title: report.title, summary: report.summary, text: report.text };
  const { data: created } = await client.rest.checks.create({
    owner,
    repo,
    name: report.name,
    head_sha: request.headSha,
    status: 'completed',
    conclusion: report.conclusion,
    completed_at: new Date().toISOString(),
    ...(request.detailsUrl === undefined ? {} : { details_url: request.detailsUrl }),
    output: { ...output, annotations: batches[0] ?? [] },
  });
  for (const batch of batches.slice(1)) {
    await client.rest.checks.update({
      owner,
      repo,
      check_run_id: created.id,
      output: { ...output, annotations: batch },
    });
  }
  const url = created.html_url ?? created.url;
  request.logger.info(
    `Published check run "${report.name}" (${report.conclusion}, ${report.annotations.length} annotations) ${url}`,
  );
  return {
    checkRunId: created.id,
    url,
    annotationsSent: report.annotations.length,
    requests: Math.max(1, batches.length),
  };
}

/**
 * The annotation in the API's shape. The API rejects columns on a multi-line annotation (422),
 * so they are dropped there rather than losing the whole batch.
 */
function toApiAnnotation(annotation: Annotation): Annotation {
  const { start_column, end_column, ...rest } = annotation;
  if (annotation.start_line !== annotation.end_line) return rest;
  return {
    ...rest,
    ...(start_column === undefined ? {} : { start_column }),
    ...(end_column === undefined ? {} : { end_column }),
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
}
