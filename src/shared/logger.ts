/**
 * Where gate code writes progress and warnings. Core code takes a Logger instead of importing
 * `@actions/core`, so the same code runs in the action, the CLI and tests.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/** A logger that drops everything (tests, pure callers). */
export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
};
