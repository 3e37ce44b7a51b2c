/**
 * A mistake of the user's: a bad input, an unreadable or malformed file. The message names the
 * input or file and echoes the bad value; the CLI exits 2 and the action fails with it, without
 * a stack trace.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/** True when `error` is a {@link ConfigurationError} (also across bundle boundaries). */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof Error && error.name === 'ConfigurationError';
}
