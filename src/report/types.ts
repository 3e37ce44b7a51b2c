/** Shapes that reporters produce and the GitHub transport sends. */

/** Conclusion of a check run, as the Checks API names it. */
export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** One check-run annotation, in the Checks API's field names. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only allowed by the API when start_line equals end_line. */
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  /** At most 255 characters. */
  title?: string;
  /** At most 64 KiB. */
  message: string;
}

/** Everything a check run shows, already within the API's limits. */
export interface CheckRunReport {
  /** Name of the check run, e.g. `kaizen-gates / bench`. */
  name: string;
  /** At most 65,535 characters (API limit), like summary and text. */
  title: string;
  summary: string;
  text: string;
  conclusion: CheckConclusion;
  /** Annotations to send, already capped at the configured maximum. */
  annotations: Annotation[];
  /** How many findings with a place were left out by the cap. */
  omittedAnnotations: number;
}
