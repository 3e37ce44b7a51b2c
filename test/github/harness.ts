/** Shared set-up of the GitHub tests: a fake GitHub behind the OpenAPI-checking server, and a client pointed at it. */
import type { Logger } from '../../src/shared/logger.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { FakeGitHub } from './fake-github.js';
import { OpenApiServer } from './openapi-server.js';

/** A logger that keeps what it is told. */
export class RecordingLogger implements Logger {
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  readonly debugs: string[] = [];
  info(message: string): void {
    this.infos.push(message);
  }
  warning(message: string): void {
    this.warnings.push(message);
  }
  debug(message: string): void {
    this.debugs.push(message);
  }
  /** Everything logged, one string. */
  all(): string {
    return [...this.infos, ...this.warnings, ...this.debugs].join('\n');
  }
}

/** A running fake and a client for it. */
export interface Harness {
  fake: FakeGitHub;
  server: OpenApiServer;
  client: GitHubClient;
  logger: RecordingLogger;
}

/** The token the tests use; asserting it never shows up in logs. */
export const TEST_TOKEN = 'ghs_testTokenThatMustNeverBeLogged0123456789';

/** Starts a fake GitHub on 127.0.0.1 (under `prefix`, like GHES's `/api/v3`) and a fast-retrying client for it. */
export async function startHarness(prefix = ''): Promise<Harness> {
  const fake = new FakeGitHub();
  const server = await OpenApiServer.start(fake.handlers(), prefix);
  const logger = new RecordingLogger();
  const client = createGitHubClient({
    token: TEST_TOKEN,
    apiUrl: server.baseUrl,
    logger,
    fastRetry: true,
  });
  return { fake, server, client, logger };
}
