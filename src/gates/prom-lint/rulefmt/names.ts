/**
 * Label and metric name rules of prometheus/common `model.ValidationScheme`: UTF-8 (the default
 * since Prometheus 3: any non-empty valid UTF-8) or legacy (the classic character sets).
 */

const LEGACY_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const LEGACY_METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

/** Whether `name` is a valid label (or annotation) name under the chosen scheme. */
export function isValidLabelName(name: string, legacy: boolean): boolean {
  if (legacy) return LEGACY_LABEL_NAME.test(name);
  return name.length > 0 && name.isWellFormed();
}

/** Whether `name` is a valid metric (recording rule) name under the chosen scheme. */
export function isValidMetricName(name: string, legacy: boolean): boolean {
  if (legacy) return LEGACY_METRIC_NAME.test(name);
  return name.length > 0 && name.isWellFormed();
}

/**
 * Whether a label value is valid: any valid UTF-8. A JavaScript string read from UTF-8 is valid
 * unless a YAML escape (`"\ud800"`) made a lone surrogate.
 */
export function isValidLabelValue(value: string): boolean {
  return value.isWellFormed();
}
