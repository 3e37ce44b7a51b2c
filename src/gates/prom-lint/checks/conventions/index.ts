/**
 * The convention presets (`conventions/*`): per-rule checks of the team's naming and annotation
 * conventions, each switched by `settings.conventions`. Registered as one block so the checks
 * index needs one line.
 */
import type { LintFinding } from '../../types.js';
import type { RuleContext } from '../rule-context.js';
import { conventionAlertName } from './alert-name.js';
import { conventionRecordName } from './record-name.js';
import { requiredAnnotations } from './required-annotations.js';
import { conventionSeverity } from './severity.js';
import { humanizeValue } from './humanize-value.js';
import { redundantFor } from './redundant-for.js';
import { smellyRegex } from './smelly-regex.js';

export { camelCaseAlertName, isCamelCaseAlertName } from './alert-name.js';
export { isLevelMetricOperations } from './record-name.js';

/** The convention checks, in the order their findings are produced. */
export const CONVENTION_CHECKS: readonly ((context: RuleContext) => LintFinding[])[] = [
  conventionSeverity,
  requiredAnnotations,
  conventionAlertName,
  conventionRecordName,
  redundantFor,
  humanizeValue,
  smellyRegex,
];
