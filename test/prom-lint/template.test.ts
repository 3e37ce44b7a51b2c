import { describe, expect, it } from 'vitest';
import { checkTemplate, lexTemplate } from '../../src/gates/prom-lint/template/index.js';
import { corpusTemplates } from './promql-corpus.js';
import { INVALID_TEMPLATES, VALID_TEMPLATES } from './template-cases.js';

describe('checkTemplate on valid templates', () => {
  it.each(VALID_TEMPLATES.map((t) => [t]))('accepts %s', (text) => {
    expect(checkTemplate(text)).toEqual([]);
  });

  const corpus = corpusTemplates('awesome-prometheus-alerts');
  it('reads the labels and annotations of awesome-prometheus-alerts', () => {
    expect(corpus.length).toBeGreaterThan(954 * 2);
    expect(corpus.filter((entry) => entry.text.includes('{{')).length).toBeGreaterThan(900);
  });
  it('accepts every label and annotation of awesome-prometheus-alerts (all pass promtool 2.42)', () => {
    const failures = corpus
      .filter((entry) => checkTemplate(entry.text).length > 0)
      .map((entry) => `${entry.where}: ${entry.text}`);
    expect(failures).toEqual([]);
  });
  it('accepts the annotations of promtool rules.yml and rulefmt test.yaml', () => {
    const entries = [
      ...corpusTemplates('prometheus-testdata/rules.yml'),
      ...corpusTemplates('prometheus-testdata/test.yaml'),
    ];
    expect(entries.some((entry) => entry.text.includes('$.labels.service'))).toBe(true);
    for (const entry of entries) expect(checkTemplate(entry.text)).toEqual([]);
  });
});

describe('checkTemplate on invalid templates', () => {
  it.each(INVALID_TEMPLATES.map((c) => [c.text, c]))('rejects %s', (text, c) => {
    expect(checkTemplate(text)).toEqual([
      { severity: 'error', check: 'template/syntax', message: c.message, from: c.from, to: c.to },
    ]);
  });

  it('rejects `$label.foo` of promtool rules-bad.yml', () => {
    const bad = corpusTemplates('prometheus-testdata/rules-bad.yml').filter(
      (entry) => checkTemplate(entry.text).length > 0,
    );
    expect(bad.map((entry) => checkTemplate(entry.text)[0]?.message)).toEqual([
      'undefined variable "$label"',
    ]);
  });
});

describe('lexTemplate', () => {
  it('keeps the offsets of trim markers and trims the text next to them', () => {
    const { tokens, error } = lexTemplate('a  {{- $x -}}  b');
    expect(error).toBeUndefined();
    expect(tokens.map((t) => [t.kind, t.value, t.from])).toEqual([
      ['text', 'a', 0],
      ['leftDelim', '{{-', 3],
      ['variable', '$x', 7],
      ['rightDelim', ' -}}', 9],
      ['text', 'b', 15],
      ['eof', '', 16],
    ]);
  });
  it('reads `{{-3}}` as the number -3, not a trim marker', () => {
    expect(lexTemplate('{{-3}}').tokens.map((t) => t.kind)).toEqual([
      'leftDelim',
      'number',
      'rightDelim',
      'eof',
    ]);
  });
});
