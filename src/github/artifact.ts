/**
 * The verdict envelope of the two-workflow pattern for fork PRs: the gate runs in the fork's
 * read-only `pull_request` workflow and uploads this envelope as an artifact; a `workflow_run`
 * workflow with a write token downloads it and publishes. The envelope comes from code the fork
 * author controls, so the publishing side treats it as hostile: strict schema (no extra
 * properties, bounded strings and arrays, a PR number that is a positive integer, a 40-hex
 * commit, a known gate, a safe key) and a size cap before parsing at all.
 */
import { Ajv } from 'ajv';
import type { CheckRunReport } from '../report/types.js';
import { ConfigurationError } from '../shared/errors.js';
import type { Verdict } from '../verdict/types.js';
import type { RunContext } from './context.js';

/** The envelope's schema id; bump it on an incompatible change. */
export const ENVELOPE_SCHEMA = 'kaizen-gates/verdict-envelope@1';

/** What the gate workflow hands to the publishing workflow. */
export interface VerdictEnvelope {
  schema: typeof ENVELOPE_SCHEMA;
  /** The PR the verdict is about. */
  pullRequest: number;
  /** The PR head commit the gate ran on. */
  headSha: string;
  verdict: Verdict;
  /** The rendered PR comment, without markers. */
  commentBody: string;
  checkRun: CheckRunReport;
}

/** The rendered reports that travel with the verdict. */
export interface RenderedReports {
  commentBody: string;
  checkRun: CheckRunReport;
}

/** Envelopes above this size are refused unread (a bounded JSON.parse is the first defence). */
export const MAX_ENVELOPE_BYTES = 16 * 1024 * 1024;

/**
 * Wraps a verdict and its rendered reports for upload from a PR run.
 *
 * @throws ConfigurationError when the run is not about a pull request.
 */
export function buildVerdictEnvelope(
  verdict: Verdict,
  context: RunContext,
  rendered: RenderedReports,
): VerdictEnvelope {
  if (context.pullRequest === undefined) {
    throw new ConfigurationError(
      `a verdict envelope is only built on pull request runs; this run's event is ${context.eventName}`,
    );
  }
  return {
    schema: ENVELOPE_SCHEMA,
    pullRequest: context.pullRequest.number,
    headSha: context.pullRequest.headSha,
    verdict,
    commentBody: rendered.commentBody,
    checkRun: rendered.checkRun,
  };
}

/**
 * Parses and validates an envelope read from an artifact.
 *
 * @param source names the file in error messages.
 * @throws ConfigurationError naming the source, the offending field and (shortened) value.
 */
export function parseVerdictEnvelope(text: string, source = 'verdict envelope'): VerdictEnvelope {
  if (text.length > MAX_ENVELOPE_BYTES) {
    throw new ConfigurationError(
      `${source} is ${text.length} characters, above the ${MAX_ENVELOPE_BYTES} limit`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`${source} is not valid JSON: ${String(error)}`);
  }
  const validate = compiledValidator();
  if (!validate(parsed)) {
    const first = validate.errors?.[0];
    const where =
      first?.instancePath === '' || first === undefined ? '(top level)' : first.instancePath;
    const value = first === undefined ? '' : `; got ${shorten(first.data)}`;
    throw new ConfigurationError(`${source}: ${where} ${first?.message ?? 'is invalid'}${value}`);
  }
  return parsed;
}

/**
 * Refuses an envelope that does not belong to the triggering run: its commit must be the one the
 * triggering workflow ran on, or a fork could publish a report about a commit it did not test.
 * Outside `workflow_run` runs (no triggering run) there is nothing to compare and it passes. The
 * PR number is checked separately against GitHub (`checkPullRequestHead`, done by
 * `publishVerdict` for a `target`).
 *
 * @throws ConfigurationError when the commits differ.
 */
export function assertEnvelopeMatchesRun(envelope: VerdictEnvelope, context: RunContext): void {
  const run = context.triggeringRun;
  if (run !== undefined && run.headSha !== envelope.headSha) {
    throw new ConfigurationError(
      `verdict envelope names commit ${envelope.headSha}, but the triggering run ${run.id} ran on ${run.headSha}`,
    );
  }
}

function shorten(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

// Limits. Strings the API caps carry its caps (annotation title 255, message 64 KiB, check-run
// texts 65,535, comment 65,536); the rest are generous bounds that still stop abuse.
const SHORT = 1024;
const LONG = 65_536;

const string = (maxLength: number) => ({ type: 'string', maxLength }) as const;
const array = (items: object, maxItems: number) => ({ type: 'array', items, maxItems }) as const;
const closed = (properties: Record<string, object>, required: string[]) =>
  ({ type: 'object', properties, required, additionalProperties: false }) as const;
const positiveInteger = { type: 'integer', minimum: 1, maximum: 2 ** 31 - 1 } as const;

const cellSchema = {
  anyOf: [
    string(SHORT * 4),
    { type: 'number' },
    closed({ text: string(SHORT * 4), code: { const: true } }, ['text', 'code']),
  ],
};

const spanSchema = {
  anyOf: [
    string(SHORT * 4),
    closed({ text: string(SHORT * 4), code: { const: true } }, ['text', 'code']),
    closed({ text: string(SHORT * 4), strong: { const: true } }, ['text', 'strong']),
  ],
};

/** A section block; `details` holds blocks again, so the schema refers to itself by `$id`. */
const sectionBlockSchema = {
  $id: 'section-block',
  anyOf: [
    closed({ kind: { const: 'paragraph' }, spans: array(spanSchema, 1_000) }, ['kind', 'spans']),
    closed({ kind: { const: 'list' }, items: array(array(spanSchema, 1_000), 10_000) }, [
      'kind',
      'items',
    ]),
    closed({ kind: { const: 'code' }, text: string(LONG * 16), language: string(64) }, [
      'kind',
      'text',
    ]),
    closed(
      {
        kind: { const: 'details' },
        summary: string(SHORT),
        blocks: array({ $ref: 'section-block' }, 5_000),
      },
      ['kind', 'summary', 'blocks'],
    ),
  ],
};

const verdictSchema = closed(
  {
    schemaVersion: { const: 1 },
    gate: { enum: ['bench', 'prom-lint', 'dashboard-diff', 'coverage', 'soak'] },
    key: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
    status: { enum: ['pass', 'warn', 'fail', 'error'] },
    headline: string(SHORT),
    metrics: array(
      closed(
        {
          key: string(SHORT),
          label: string(SHORT),
          value: { anyOf: [string(SHORT), { type: 'number' }] },
          output: { type: 'boolean' },
        },
        ['key', 'label', 'value'],
      ),
      500,
    ),
    tables: array(
      closed(
        {
          id: string(SHORT),
          title: string(SHORT),
          columns: array(
            closed({ header: string(SHORT), align: { enum: ['left', 'right', 'center'] } }, [
              'header',
            ]),
            100,
          ),
          rows: array(array(cellSchema, 100), 20_000),
          collapsed: { type: 'boolean' },
          dropPriority: { type: 'number' },
        },
        ['id', 'title', 'columns', 'rows'],
      ),
      100,
    ),
    findings: array(
      closed(
        {
          severity: { enum: ['error', 'warning', 'notice'] },
          file: string(SHORT * 4),
          line: positiveInteger,
          endLine: positiveInteger,
          column: positiveInteger,
          endColumn: positiveInteger,
          rule: string(SHORT),
          title: string(SHORT),
          message: string(LONG),
          annotate: { const: false },
          existing: { const: true },
          docsUrl: string(SHORT * 4),
        },
        ['severity', 'title', 'message'],
      ),
      20_000,
    ),
    notes: array(
      closed({ level: { enum: ['info', 'warning'] }, text: string(LONG) }, ['level', 'text']),
      500,
    ),
    charts: array(
      closed(
        {
          title: string(SHORT),
          xLabels: array(string(SHORT), 10_000),
          yLabel: string(SHORT),
          series: array(
            closed(
              {
                name: string(SHORT),
                kind: { enum: ['line', 'bar'] },
                values: array({ type: 'number' }, 10_000),
              },
              ['name', 'kind', 'values'],
            ),
            50,
          ),
        },
        ['title', 'xLabels', 'yLabel', 'series'],
      ),
      50,
    ),
    sections: array(
      closed(
        {
          id: string(SHORT),
          title: string(SHORT),
          blocks: array(sectionBlockSchema, 5_000),
          collapsed: { type: 'boolean' },
          dropPriority: { type: 'number' },
        },
        ['id', 'title', 'blocks'],
      ),
      1_000,
    ),
    // Gate-specific results are free-form by design; the envelope's size cap bounds them.
    data: { type: 'object' },
  },
  [
    'schemaVersion',
    'gate',
    'key',
    'status',
    'headline',
    'metrics',
    'tables',
    'findings',
    'notes',
    'charts',
  ],
);

const annotationSchema = closed(
  {
    path: string(SHORT * 4),
    start_line: positiveInteger,
    end_line: positiveInteger,
    start_column: positiveInteger,
    end_column: positiveInteger,
    annotation_level: { enum: ['notice', 'warning', 'failure'] },
    title: string(255),
    message: string(LONG),
  },
  ['path', 'start_line', 'end_line', 'annotation_level', 'message'],
);

const checkRunSchema = closed(
  {
    name: string(SHORT),
    title: string(LONG - 1),
    summary: string(LONG - 1),
    text: string(LONG - 1),
    conclusion: { enum: ['success', 'failure', 'neutral'] },
    annotations: array(annotationSchema, 5_000),
    omittedAnnotations: { type: 'integer', minimum: 0 },
  },
  ['name', 'title', 'summary', 'text', 'conclusion', 'annotations', 'omittedAnnotations'],
);

const envelopeSchema = closed(
  {
    schema: { const: ENVELOPE_SCHEMA },
    pullRequest: positiveInteger,
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    verdict: verdictSchema,
    commentBody: string(LONG),
    checkRun: checkRunSchema,
  },
  ['schema', 'pullRequest', 'headSha', 'verdict', 'commentBody', 'checkRun'],
);

let validator: ReturnType<typeof compileValidator> | undefined;

/** Compiled on first use, then reused. */
function compiledValidator(): ReturnType<typeof compileValidator> {
  validator ??= compileValidator();
  return validator;
}

function compileValidator() {
  // verbose: errors carry the offending value, echoed (shortened) in the message.
  const ajv = new Ajv({ strict: true, allErrors: false, verbose: true });
  return ajv.compile<VerdictEnvelope>(envelopeSchema);
}
