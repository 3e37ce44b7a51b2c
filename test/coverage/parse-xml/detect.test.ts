import { describe, expect, it } from 'vitest';
import { detectXmlCoverageFormat } from '../../../src/gates/coverage/parse/xml-detect.js';
import { fixture } from './support.js';

describe('detectXmlCoverageFormat', () => {
  it.each([
    ['cobertura/gcovr-calc.xml', 'cobertura'],
    ['cobertura/coveragepy-shop.xml', 'cobertura'],
    ['cobertura/cobertura-conditions.xml', 'cobertura'],
    ['cobertura/cobertura-oneline.xml', 'cobertura'],
    ['cobertura/diff-cover-dotnet_coverage.xml', 'cobertura'],
    ['cobertura/diff-cover-luacoverage.xml', 'cobertura'],
    ['jacoco/jacoco-report.xml', 'jacoco'],
    ['jacoco/jacoco-oneline-report.xml', 'jacoco'],
    ['clover/clover-unleash.xml', 'clover'],
    ['clover/clover-phpcsutils.xml', 'clover'],
    ['cobertura/not-coverage-vitest-junit.xml', undefined],
  ])('%s from its first 1,000 characters: %s', (file, expected) => {
    expect(detectXmlCoverageFormat(fixture(file).slice(0, 1000))).toBe(expected);
  });

  it('tells a Clover <coverage> without attributes by its <project> child', () => {
    expect(
      detectXmlCoverageFormat('<?xml version="1.0"?>\n<coverage>\n  <project timestamp="1">'),
    ).toBe('clover');
    expect(detectXmlCoverageFormat('<coverage>\n  <sources>')).toBe('cobertura');
  });

  it('says nothing for text that is not XML, or has no root yet', () => {
    expect(detectXmlCoverageFormat('TN:\nSF:src/a.c\n')).toBeUndefined();
    expect(detectXmlCoverageFormat('{"a": 1}')).toBeUndefined();
    expect(detectXmlCoverageFormat('<?xml version="1.0"?>\n<!-- a comment')).toBeUndefined();
    expect(detectXmlCoverageFormat('')).toBeUndefined();
  });
});
