/**
 * The loader of the dashboard-diff gate: one file's text to the dashboards it holds.
 */
import type { LoadedFile } from '../types.js';
import { loadFile } from './load-file.js';

/**
 * Reads the dashboards out of one file's text. Pure: no I/O, and it never throws for bad input.
 *
 * Reads classic dashboard JSON (any schemaVersion, legacy `rows[]` as they are), the export for
 * sharing, the API's `{ dashboard, meta }`, Kubernetes Dashboard resources (v0/v1 classic spec,
 * v2 spec), the Grafana Operator's GrafanaDashboard (`spec.json`), ConfigMaps whose data values
 * are dashboard JSON, Kubernetes lists of those (`List`, `ConfigMapList`), multi-document YAML
 * streams, and dashboards written as YAML. `.json` files are read as JSON, `.yaml`/`.yml` as
 * YAML, anything else by its first character.
 *
 * - Valid JSON/YAML that holds no dashboard gets `notDashboard` with the reason (decided on the
 *   model, not the name); so does a `.json` file that is not valid JSON and holds nothing that
 *   looks like a dashboard (a tsconfig.json with comments).
 * - Invalid JSON or YAML, a broken JSON string inside YAML, a repeated key, nesting deeper than
 *   256 levels and files over 32 MB are `problems`, with line and column where known; the other
 *   dashboards of the file are still loaded. A dashboard with a repeated key is loaded too (with
 *   the last value, as Grafana reads it) and its problem reported beside it.
 * - `lineOf` finds lines lazily: positions are parsed on its first call, so loading costs about
 *   one `JSON.parse`. For JSON in a YAML block scalar it gives the exact line of the YAML file;
 *   for JSON in a quoted string, the line where the string starts.
 *
 * @param file repository-relative path, forward slashes; named in the result and in messages.
 * @param text the file's content.
 * @param options.rendered `text` is what the render command (jsonnet…) printed for `file`:
 *   every dashboard's `containers` start with `'rendered'`, and lines point into `text` (the
 *   rendered output), not into the source file. The text is read as JSON or YAML by its first
 *   character, whatever `file` is named.
 */
export function loadDashboardFile(
  file: string,
  text: string,
  options: { rendered?: boolean } = {},
): LoadedFile {
  return loadFile(file, text, options);
}
