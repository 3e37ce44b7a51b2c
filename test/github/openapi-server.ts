/**
 * A loopback HTTP server that plays GitHub for the tests and holds both sides to GitHub's own
 * OpenAPI description (test/fixtures/github/openapi-trimmed.json, made by
 * scripts/trim-openapi.mjs): every request must match a described operation, its path and query
 * parameters and its JSON body must validate (request bodies are additionally closed: an
 * unknown property is a violation, so a misspelt field cannot slip through), and every response
 * the fake builds is validated against the operation's response schema before it is sent.
 * Violations are answered with 400 (request) or 500 (response) and recorded, and tests assert
 * there are none.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Ajv, type ValidateFunction } from 'ajv';
import ajvFormats from 'ajv-formats';

/** A request as the fake sees it. */
export interface ApiRequest {
  method: string;
  /** The path template, e.g. `/repos/{owner}/{repo}/check-runs`. */
  route: string;
  operationId: string;
  pathParams: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** Root of this server, for Link headers. */
  baseUrl: string;
  /** The Authorization header as received (tests check the token is sent, and how). */
  authorization: string | undefined;
}

/** What a handler answers. */
export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers one operation. */
export type Handler = (request: ApiRequest) => ApiResponse;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  operationId: string;
  operation: OpenApiObject;
  validatePath: ValidateFunction;
  validateQuery: ValidateFunction;
  validateBody: ValidateFunction | undefined;
  bodyRequired: boolean;
}

type OpenApiObject = Record<string, unknown>;

const SPEC_FILE = new URL('../fixtures/github/openapi-trimmed.json', import.meta.url);
const DOC_ID = 'openapi';

/** The OpenAPI-checking server. Start with {@link OpenApiServer.start}. */
export class OpenApiServer {
  /** Every request that reached a handler (after validation), in order. */
  readonly requests: ApiRequest[] = [];
  /** Every contract violation seen, as readable lines. */
  readonly violations: string[] = [];
  /** Answers queued per operation id, used before the handler (to inject failures). */
  private readonly faults = new Map<string, ApiResponse[]>();
  private readonly contract = loadContract();
  private server: Server | undefined;
  /** `http://127.0.0.1:<port>` plus the path prefix, once started: the API root. */
  baseUrl = '';

  private constructor(
    private readonly handlers: Record<string, Handler>,
    private readonly prefix: string,
  ) {}

  /**
   * Starts a server on 127.0.0.1 with an ephemeral port. `prefix` serves the API under a path,
   * as GitHub Enterprise Server does (`/api/v3`); requests outside it are violations.
   */
  static async start(handlers: Record<string, Handler>, prefix = ''): Promise<OpenApiServer> {
    const instance = new OpenApiServer(handlers, prefix);
    const server = createServer((req, res) => {
      void instance.handle(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string')
      throw new Error('openapi-server: not listening on TCP');
    instance.server = server;
    instance.baseUrl = `http://127.0.0.1:${address.port}${prefix}`;
    return instance;
  }

  /** Stops the server. */
  async close(): Promise<void> {
    const server = this.server;
    if (server === undefined) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `count` requests to `operationId` get `response` instead of the handler's answer. */
  failNext(operationId: string, response: ApiResponse, count = 1): void {
    const queue = this.faults.get(operationId) ?? [];
    for (let i = 0; i < count; i++) queue.push(response);
    this.faults.set(operationId, queue);
  }

  /** Requests made to one operation. */
  requestsTo(operationId: string): ApiRequest[] {
    return this.requests.filter((request) => request.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    if (!url.pathname.startsWith(`${this.prefix}/`)) {
      return this.reject(res, 404, `${url.pathname} is outside the API root ${this.prefix}/`);
    }
    url.pathname = url.pathname.slice(this.prefix.length);
    const method = (req.method ?? 'GET').toLowerCase();
    const text = await readBody(req);
    const match = this.findRoute(method, url.pathname);
    if (match === undefined) {
      return this.reject(
        res,
        404,
        `${method.toUpperCase()} ${url.pathname} is not an operation of the description`,
      );
    }
    const { route, pathParams } = match;
    const where = `${route.operationId} (${method.toUpperCase()} ${route.template})`;
    const query = Object.fromEntries(url.searchParams.entries());
    if (!route.validatePath({ ...pathParams })) {
      return this.reject(res, 400, `${where}: path parameters ${describe(route.validatePath)}`);
    }
    if (!route.validateQuery({ ...query })) {
      return this.reject(res, 400, `${where}: query ${describe(route.validateQuery)}`);
    }
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        return this.reject(res, 400, `${where}: body is not JSON`);
      }
    }
    if (route.validateBody === undefined) {
      if (body !== undefined) return this.reject(res, 400, `${where}: takes no body, got one`);
    } else if (body === undefined) {
      if (route.bodyRequired) return this.reject(res, 400, `${where}: body required`);
    } else if (!route.validateBody(body)) {
      return this.reject(res, 400, `${where}: body ${describe(route.validateBody)}`);
    }

    const request: ApiRequest = {
      method: method.toUpperCase(),
      route: route.template,
      operationId: route.operationId,
      pathParams,
      query,
      body,
      baseUrl: this.baseUrl,
      authorization: req.headers.authorization,
    };
    this.requests.push(request);
    const handler = this.handlers[request.operationId];
    const response = this.faults.get(request.operationId)?.shift() ?? handler?.(request);
    if (response === undefined) return this.reject(res, 500, `${where}: the fake has no handler`);
    const problem = this.checkResponse(route, response);
    if (problem !== undefined)
      return this.reject(res, 500, `${where}: response ${response.status} ${problem}`);
    res.writeHead(response.status, {
      ...(response.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...response.headers,
    });
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
  }

  private findRoute(
    method: string,
    pathname: string,
  ): { route: Route; pathParams: Record<string, string> } | undefined {
    for (const route of this.contract.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(pathname);
      if (found === null) continue;
      const pathParams: Record<string, string> = {};
      route.paramNames.forEach((name, index) => {
        pathParams[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { route, pathParams };
    }
    return undefined;
  }

  /** Why the response breaks the description, or undefined when it is fine. */
  private checkResponse(route: Route, response: ApiResponse): string | undefined {
    const responses = asObject(route.operation['responses'], 'responses');
    const declared = responses[String(response.status)];
    if (declared === undefined) {
      // GitHub may answer any operation with an error it does not list (403 for a missing
      // permission, 5xx); those carry GitHub's usual error object.
      if (response.status < 400) return 'is not a declared status';
      return isErrorBody(response.body) ? undefined : 'error body lacks a string message';
    }
    const definition = resolve(this.contract.spec, asObject(declared, 'response'));
    const content = definition['content'];
    if (content === undefined) return response.body === undefined ? undefined : 'must have no body';
    const schema = asObject(asObject(content, 'content')['application/json'], 'media type')[
      'schema'
    ];
    const schemaObject = asObject(schema, 'schema');
    let validate = this.contract.responseValidators.get(schemaObject);
    if (validate === undefined) {
      validate = this.contract.responseAjv.compile(schemaObject);
      this.contract.responseValidators.set(schemaObject, validate);
    }
    return validate(response.body) ? undefined : describe(validate);
  }

  private reject(res: ServerResponse, status: number, violation: string): void {
    this.violations.push(violation);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ message: `OpenAPI contract violation: ${violation}` }));
  }
}

/** The description, its routes and compiled validators; built once per test file (compiling is slow). */
interface Contract {
  spec: OpenApiObject;
  routes: Route[];
  responseAjv: Ajv;
  responseValidators: Map<object, ValidateFunction>;
}

let cachedContract: Contract | undefined;

function loadContract(): Contract {
  if (cachedContract !== undefined) return cachedContract;
  const raw: unknown = JSON.parse(readFileSync(SPEC_FILE, 'utf8'));
  const spec = asObject(retargetRefs(nullableWithoutType(raw)), 'spec');
  cachedContract = {
    spec,
    routes: buildRoutes(spec, newAjv(spec, true)),
    responseAjv: newAjv(spec, false),
    responseValidators: new Map(),
  };
  return cachedContract;
}

function buildRoutes(spec: OpenApiObject, ajv: Ajv): Route[] {
  const routes: Route[] = [];
  for (const [template, pathItem] of Object.entries(asObject(spec['paths'], 'paths'))) {
    for (const [method, operationValue] of Object.entries(asObject(pathItem, template))) {
      const operation = asObject(operationValue, `${method} ${template}`);
      const parameters = (
        Array.isArray(operation['parameters']) ? operation['parameters'] : []
      ).map((parameter: unknown) => resolve(spec, asObject(parameter, 'parameter')));
      const paramNames: string[] = [];
      const pattern = new RegExp(
        `^${template.replace(/\{([^}]+)\}/g, (_, name: string) => {
          paramNames.push(name);
          return '([^/]+)';
        })}$`,
      );
      const requestBody =
        operation['requestBody'] === undefined
          ? undefined
          : resolve(spec, asObject(operation['requestBody'], 'requestBody'));
      const bodySchema =
        requestBody === undefined
          ? undefined
          : asObject(
              asObject(
                asObject(requestBody['content'], 'content')['application/json'],
                'media type',
              )['schema'],
              'schema',
            );
      const operationId = operation['operationId'];
      if (typeof operationId !== 'string')
        throw new Error(`openapi-server: ${method} ${template} has no operationId`);
      routes.push({
        method,
        template,
        pattern,
        paramNames,
        operationId,
        operation,
        validatePath: ajv.compile(parameterObjectSchema(parameters, 'path')),
        // Unknown query parameters are violations too: GitHub ignores them, so a typo would
        // silently change nothing.
        validateQuery: ajv.compile(parameterObjectSchema(parameters, 'query')),
        validateBody: bodySchema === undefined ? undefined : ajv.compile(closeObjects(bodySchema)),
        bodyRequired: requestBody?.['required'] === true,
      });
    }
  }
  return routes;
}

/** One object schema for all parameters of a location (path or query), values coerced from strings. */
function parameterObjectSchema(parameters: OpenApiObject[], location: string): object {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const parameter of parameters) {
    if (parameter['in'] !== location) continue;
    const name = parameter['name'];
    if (typeof name !== 'string') throw new Error('openapi-server: a parameter has no name');
    properties[name] = parameter['schema'];
    if (parameter['required'] === true) required.push(name);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

/** A copy of a request-body schema in which every object with listed properties is closed. */
function closeObjects(schema: unknown): object {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (node === null || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      copy[key] =
        key === 'properties'
          ? Object.fromEntries(Object.entries(asObject(value, key)).map(([k, v]) => [k, visit(v)]))
          : visit(value);
    }
    if ('properties' in copy && !('additionalProperties' in copy))
      copy['additionalProperties'] = false;
    return copy;
  };
  return asObject(visit(schema), 'schema');
}

/**
 * An Ajv that knows the whole description under the id `openapi`, so `$ref`s rewritten to
 * `openapi#/components/...` resolve from any schema compiled on its own. OpenAPI 3.0's
 * `nullable` is understood by Ajv; its other extensions (`discriminator`, `x-*`) are ignored.
 */
function newAjv(spec: OpenApiObject, coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, validateSchema: false });
  // ajv-formats is CommonJS whose module object is also its own `default` export; under
  // NodeNext only `.default` is typed as callable, and it is the same function at run time.
  ajvFormats.default(ajv);
  ajv.addSchema(spec, DOC_ID);
  return ajv;
}

/**
 * OpenAPI 3.0 allows `nullable: true` beside `anyOf`/`allOf`/`$ref` with no `type` (GitHub's
 * description does so for commit authors), which Ajv's `nullable` keyword refuses; such a schema
 * becomes `anyOf: [schema, {type: 'null'}]`, which means the same.
 */
function nullableWithoutType(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (node === null || typeof node !== 'object') return node;
  const entries = Object.entries(node).map(([key, value]) => [key, nullableWithoutType(value)]);
  const copy: Record<string, unknown> = Object.fromEntries(entries);
  if (copy['nullable'] === true && copy['type'] === undefined) {
    delete copy['nullable'];
    return { anyOf: [copy, { type: 'null' }] };
  }
  return copy;
}

/** Rewrites local `$ref`s (`#/...`) to point into the document registered as `openapi`. */
function retargetRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(retargetRefs);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#')
        ? `${DOC_ID}${value}`
        : retargetRefs(value),
    ]),
  );
}

/** Follows a `$ref` to a parameter/response/requestBody component. */
function resolve(spec: OpenApiObject, node: OpenApiObject): OpenApiObject {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return node;
  const pointer = ref.slice(ref.indexOf('#') + 2).split('/');
  let target: unknown = spec;
  for (const segment of pointer)
    target = asObject(target, ref)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  return asObject(target, ref);
}

function asObject(value: unknown, what: string): OpenApiObject {
  if (!isObject(value)) throw new Error(`openapi-server: ${what} is not an object`);
  return value;
}

function isObject(value: unknown): value is OpenApiObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isErrorBody(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    'message' in body &&
    typeof body.message === 'string'
  );
}

function describe(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`)
    .join('; ');
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
