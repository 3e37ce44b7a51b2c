/**
 * Finds the rule groups in a YAML file, whatever wraps them: a plain Prometheus rule file, a
 * Prometheus Operator `PrometheusRule`, or rule files embedded in a Kubernetes ConfigMap.
 */
import type { SourcePosition } from '../types.js';
import { fileSource, lineStartsOf, parseYamlDocuments, positionInText } from './parse-yaml.js';
import type { YamlDocument } from './parse-yaml.js';
import { YamlLoadError } from './yaml-load-error.js';
import { mapGet } from './yaml-tree.js';
import type { DocumentSource, YamlNode, YamlScalar } from './yaml-tree.js';

/** Where a set of rule groups was found. */
export type RuleDocumentKind = 'rule-file' | 'prometheus-rule' | 'configmap';

/** One set of rule groups: what Prometheus would read as one rule file. */
export interface RuleDocument {
  file: string;
  kind: RuleDocumentKind;
  /**
   * The node Prometheus decodes as `rulefmt.RuleGroups`: the document root of a rule file, the
   * `spec` of a PrometheusRule, the root of a ConfigMap value. Undefined for an empty document.
   */
  root: YamlNode | undefined;
  /** 1-based index of the YAML document in the file. */
  documentIndex: number;
  /** For a ConfigMap, the `data` key whose value holds this rule file. */
  configMapKey?: string;
}

/** A problem found while locating rule groups (e.g. a ConfigMap value that is broken YAML). */
export interface LoadProblem {
  position: SourcePosition;
  message: string;
}

/** Everything found in one file. */
export interface LoadedRuleFile {
  file: string;
  documents: RuleDocument[];
  problems: LoadProblem[];
}

/** ConfigMap keys that announce a rule file: a broken one is reported, not skipped. */
const RULE_FILE_KEY = /\.(ya?ml|rules?)$/i;

/**
 * Parses every YAML document of `text` and returns the rule groups it holds.
 * @param file the path as the user gave it, for messages.
 * @throws YamlLoadError (a ConfigurationError) when the file is not YAML, is over 100 MB, or is
 *   hostile (alias bomb, nesting too deep).
 */
export function loadRuleFile(file: string, text: string): LoadedRuleFile {
  const documents: RuleDocument[] = [];
  const problems: LoadProblem[] = [];
  for (const document of parseYamlDocuments(file, fileSource(text))) {
    const root = document.root;
    const kind = root?.kind === 'map' ? scalarText(mapGet(root, 'kind')) : undefined;
    const apiVersion = root?.kind === 'map' ? scalarText(mapGet(root, 'apiVersion')) : undefined;
    if (
      root?.kind === 'map' &&
      kind === 'PrometheusRule' &&
      apiVersion?.startsWith('monitoring.coreos.com/')
    ) {
      documents.push({
        file,
        kind: 'prometheus-rule',
        root: mapGet(root, 'spec'),
        documentIndex: document.index,
      });
    } else if (root?.kind === 'map' && kind === 'ConfigMap' && apiVersion === 'v1') {
      documents.push(...configMapRules(file, document, problems));
    } else if (
      root?.kind === 'map' &&
      kind !== undefined &&
      apiVersion !== undefined &&
      mapGet(root, 'groups') === undefined
    ) {
      // Another Kubernetes object in a multi-document manifest: it holds no rules.
    } else {
      documents.push({ file, kind: 'rule-file', root, documentIndex: document.index });
    }
  }
  return { file, documents, problems };
}

function scalarText(node: YamlNode | undefined): string | undefined {
  return node?.kind === 'scalar' ? node.text : undefined;
}

/** The rule files among a ConfigMap's `data` values: each value that parses to a map with `groups`. */
function configMapRules(
  file: string,
  document: YamlDocument,
  problems: LoadProblem[],
): RuleDocument[] {
  const root = document.root;
  const data = root?.kind === 'map' ? mapGet(root, 'data') : undefined;
  if (data?.kind !== 'map') return [];
  const found: RuleDocument[] = [];
  for (const entry of data.entries) {
    const value = entry.value;
    if (value.kind !== 'scalar' || value.type !== 'string') continue;
    let inner: YamlDocument[];
    try {
      inner = parseYamlDocuments(file, embeddedSource(value));
    } catch (error) {
      if (error instanceof YamlLoadError && RULE_FILE_KEY.test(entry.key.text)) {
        problems.push({
          position: error.position,
          message: `ConfigMap key ${entry.key.text}: ${error.reason}`,
        });
      }
      continue;
    }
    for (const innerDocument of inner) {
      const innerRoot = innerDocument.root;
      if (innerRoot?.kind !== 'map' || mapGet(innerRoot, 'groups') === undefined) continue;
      found.push({
        file,
        kind: 'configmap',
        root: innerRoot,
        documentIndex: document.index,
        configMapKey: entry.key.text,
      });
    }
  }
  return found;
}

/**
 * The source of a rule file held in a ConfigMap value. A literal block scalar (`|`) keeps its
 * lines, so inner positions map exactly: line + the header's line, column + the indentation.
 * Every other style (folded `>`, quoted, plain) rewrites line breaks, so every position inside
 * it maps to the start of the value: the finding still lands on the right ConfigMap key.
 */
function embeddedSource(scalar: YamlScalar): DocumentSource {
  const text = scalar.text;
  const outer = scalar.source;
  const valueStart = outer.toFilePosition(scalar.position);
  if (scalar.style !== 'literal') {
    return { text, lineStarts: lineStartsOf(text), toFilePosition: () => valueStart };
  }
  const header = positionInText(outer.lineStarts, scalar.sourceStart);
  const indent = blockIndent(outer, scalar, header.line);
  return {
    text,
    lineStarts: lineStartsOf(text),
    toFilePosition: (position) =>
      outer.toFilePosition({ line: header.line + position.line, column: position.column + indent }),
  };
}

/** The content indentation of a block scalar: its indicator, or its first non-empty line's. */
function blockIndent(source: DocumentSource, scalar: YamlScalar, headerLine: number): number {
  const headerEnd = source.text.indexOf('\n', scalar.sourceStart);
  const headerText = source.text.slice(scalar.sourceStart, headerEnd < 0 ? undefined : headerEnd);
  const indicator = /^[|>][+-]?([1-9])|^[|>]([1-9])/.exec(headerText);
  if (indicator !== null) {
    const parentIndent = (/^ */.exec(source.text.slice(source.lineStarts[headerLine - 1] ?? 0)) ?? [
      '',
    ])[0].length;
    return parentIndent + Number(indicator[1] ?? indicator[2]);
  }
  for (let line = headerLine; line < source.lineStarts.length; line++) {
    const start = source.lineStarts[line] ?? 0;
    const end = source.lineStarts[line + 1] ?? source.text.length;
    const lineText = source.text.slice(start, end).replace(/\r?\n$/, '');
    if (lineText.trim() !== '') return lineText.length - lineText.trimStart().length;
    if (start >= scalar.sourceEnd) break;
  }
  return 0;
}
