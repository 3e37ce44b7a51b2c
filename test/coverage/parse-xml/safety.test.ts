import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseClover } from '../../../src/gates/coverage/parse/clover.js';
import { parseCobertura } from '../../../src/gates/coverage/parse/cobertura.js';
import { parseJacoco } from '../../../src/gates/coverage/parse/jacoco.js';
import { errorOf, fixture } from './support.js';

/** saxes knows the five predefined entities only; we add why. */
const UNDEFINED = 'undefined entity (entities a DOCTYPE declares are never expanded)';

const BILLION_LAUGHS = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE coverage [',
  '  <!ENTITY lol "lol">',
  ...Array.from(
    { length: 9 },
    (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
  ),
  ']>',
  '<coverage><packages><package><classes><class filename="&lol9;"><lines/></class></classes></package></packages></coverage>',
].join('\n');

const EXTERNAL_ENTITY = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
  '<coverage><sources><source>&xxe;</source></sources></coverage>',
].join('\n');

describe('DTDs and entities', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses a billion-laughs entity instead of expanding it', () => {
    expect(errorOf(() => parseCobertura(BILLION_LAUGHS))).toEqual({
      name: 'ConfigurationError',
      message: `cobertura: line 14, column 61: ${UNDEFINED}`,
    });
  });

  it('refuses an external entity instead of reading it', () => {
    const error = errorOf(() => parseCobertura(EXTERNAL_ENTITY));
    expect(error.message).toBe(`cobertura: line 3, column 32: ${UNDEFINED}`);
    expect(error.message).not.toContain('root:');
  });

  it('the same in JaCoCo and Clover reports', () => {
    const jacoco =
      '<!DOCTYPE report [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>\n<report name="&xxe;"/>';
    expect(errorOf(() => parseJacoco(jacoco)).message).toBe(
      `jacoco: line 2, column 19: ${UNDEFINED}`,
    );
    const clover =
      '<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/x">]>\n<coverage><project><file name="&xxe;"/></project></coverage>';
    expect(errorOf(() => parseClover(clover)).message).toBe(
      `clover: line 2, column 36: ${UNDEFINED}`,
    );
  });

  it('never fetches the DTD a real report names, and decodes the predefined entities', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    // <!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">
    const text = fixture('cobertura/gcovr-calc.xml');
    expect(text).toContain('coverage-04.dtd');
    // The parse is synchronous: nothing could have been fetched before it returned.
    expect(parseCobertura(text).files).toHaveLength(3);
    // <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">; name="&lt;init&gt;"
    expect(parseJacoco(fixture('jacoco/jacoco-report.xml')).files[0]?.functions?.[0]?.name).toBe(
      '<init>',
    );
    expect(fetch).not.toHaveBeenCalled();
  });
});
