/** A YAML file that cannot be read as YAML at all, with the place where reading stopped. */
import { ConfigurationError } from '../../../shared/errors.js';
import type { SourcePosition } from '../types.js';

/**
 * A {@link ConfigurationError} that also carries the file and position, so the linter can turn
 * it into a finding on the right line instead of aborting the other files.
 */
export class YamlLoadError extends ConfigurationError {
  constructor(
    readonly file: string,
    readonly position: SourcePosition,
    readonly reason: string,
  ) {
    super(`${file}:${position.line}:${position.column}: ${reason}`);
  }
}
