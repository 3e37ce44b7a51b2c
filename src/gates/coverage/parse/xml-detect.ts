/**
 * Tells Cobertura, JaCoCo and Clover apart from the start of a file. Cobertura and Clover share
 * the root element `<coverage>`: Clover's carries `generated`/`clover` attributes and holds a
 * `<project>`, Cobertura's holds `<sources>` or `<packages>`.
 */
import { SaxesParser } from 'saxes';

/** The XML coverage formats. */
export type XmlCoverageFormat = 'cobertura' | 'jacoco' | 'clover';

/**
 * Decides the format from the first piece of a file (a few kilobytes is plenty), or `undefined`
 * when it is not one of them (or not XML). Never throws.
 */
export function detectXmlCoverageFormat(firstChunk: string): XmlCoverageFormat | undefined {
  const parser = new SaxesParser<{ xmlns: false }>({ xmlns: false });
  let doctype = '';
  let root: { name: string; attributes: Readonly<Record<string, string>> } | undefined;
  let child: string | undefined;
  let done = false;
  parser.on('doctype', (text) => {
    doctype = text;
  });
  parser.on('opentag', (tag) => {
    if (root === undefined) root = { name: tag.name, attributes: tag.attributes };
    else if (child === undefined) {
      child = tag.name;
      done = true;
    }
  });
  // The chunk is cut anywhere, so an error past the root's first child is expected and harmless.
  parser.on('error', () => {
    done = true;
  });
  const text = firstChunk.startsWith('\uFEFF') ? firstChunk.slice(1) : firstChunk;
  // Feed in pieces so that we stop at the first error or once the first child is known.
  for (let i = 0; i < text.length && !done; i += 1024) parser.write(text.slice(i, i + 1024));
  if (root === undefined) return undefined;
  // JaCoCo's root is <report>, usually with its "-//JACOCO//DTD Report" DOCTYPE.
  if (root.name === 'report')
    return doctype === '' || /JACOCO/i.test(doctype) ? 'jacoco' : undefined;
  if (root.name !== 'coverage') return undefined;
  if ('clover' in root.attributes || 'generated' in root.attributes || child === 'project') {
    return 'clover';
  }
  return 'cobertura';
}
