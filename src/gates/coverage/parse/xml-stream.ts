/**
 * A streaming XML reader for the coverage parsers, over saxes (the SAX parser jsdom uses). Chosen
 * over fast-xml-parser because that one needs the whole document as one string, and a coverage
 * report can be a gigabyte. saxes never fetches a DTD and never expands an entity other than the
 * five predefined ones, so an external entity or a billion-laughs DTD ends in "undefined entity"
 * instead of a network request or an exponential expansion.
 */
import { SaxesParser } from 'saxes';
import { ConfigurationError } from '../../../shared/errors.js';

/** Where in the document an event happened (1-based line and column). */
export interface XmlPosition {
  line: number;
  column: number;
}

/** What a format parser does with the document's elements. */
export interface XmlHandlers {
  /** A start tag (also called for a self-closing tag, before its `close`). */
  open(name: string, attributes: Readonly<Record<string, string>>, at: XmlPosition): void;
  /** The end of an element. */
  close(name: string): void;
  /** Character data; only asked for where the format needs it (Cobertura `<source>`). */
  text?(text: string): void;
}

/** A push reader: `write` consecutive pieces of the text, then `end`. */
export interface XmlStream {
  write(chunk: string): void;
  end(): void;
}

/** saxes prefixes its messages with "line:column: "; we report the position our own way. */
const SAXES_POSITION_PREFIX = /^\d+:\d+: /;

/**
 * Reads XML in pieces and calls `handlers`; every well-formedness error becomes a
 * ConfigurationError "`label`: line L, column C: what" (errors the handlers throw pass through).
 * @param label The format name that starts every error message, e.g. "cobertura".
 */
export function createXmlStream(label: string, handlers: XmlHandlers): XmlStream {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  let started = false;
  // saxes reports a mismatched end tag after handing us the element it closed; name that element.
  let lastClosed = '';
  // Where each open element's start tag ended, to place an "unclosed tag" error at the tag.
  const open: { name: string; at: XmlPosition }[] = [];
  const fail = (message: string, at: XmlPosition): never => {
    throw new ConfigurationError(`${label}: line ${at.line}, column ${at.column}: ${message}`);
  };
  // At a start tag saxes has just read its ">"; its zero-based column of the next character is
  // the one-based column of that ">", where we place errors about the element.
  const here = (): XmlPosition => ({ line: parser.line, column: parser.column });
  parser.on('error', (error) => {
    const unclosed = /^\d+:\d+: unclosed tag: /.test(error.message) ? open.at(-1) : undefined;
    if (unclosed !== undefined) fail(`unclosed tag <${unclosed.name}>`, unclosed.at);
    const message = error.message
      .replace(SAXES_POSITION_PREFIX, '')
      .replace(/^unclosed tag: (.*)$/, 'unclosed tag <$1>')
      .replace(
        /^undefined entity\.?$/,
        'undefined entity (entities a DOCTYPE declares are never expanded)',
      )
      .replace(/^unmatched closing tag: (.*)\.$/, 'unmatched closing tag </$1>')
      .replace(/^unexpected close tag\.$/, `unexpected close tag (expected </${lastClosed}>)`)
      .replace(/\.$/, '');
    fail(message, { line: parser.line, column: Math.max(1, parser.column) });
  });
  parser.on('opentag', (tag) => {
    const at = here();
    if (!tag.isSelfClosing) open.push({ name: tag.name, at });
    handlers.open(tag.name, tag.attributes, at);
  });
  parser.on('closetag', (tag) => {
    lastClosed = tag.name;
    if (!tag.isSelfClosing) open.pop();
    handlers.close(tag.name);
  });
  const onText = handlers.text;
  if (onText !== undefined) {
    parser.on('text', (text) => {
      onText(text);
    });
  }
  return {
    write(chunk) {
      let piece = chunk;
      if (!started && piece.length > 0) {
        started = true;
        // A UTF-8 byte order mark, decoded, is U+FEFF; .NET tools write one.
        if (piece.startsWith('\uFEFF')) piece = piece.slice(1);
      }
      parser.write(piece);
    },
    end() {
      parser.close();
    },
  };
}

/** Parses a non-negative integer attribute, or fails naming the element, attribute and value. */
export function readCount(
  label: string,
  element: string,
  attributes: Readonly<Record<string, string>>,
  name: string,
  at: XmlPosition,
): number {
  const raw = attributes[name];
  if (raw === undefined) {
    throw new ConfigurationError(
      `${label}: line ${at.line}, column ${at.column}: <${element}> has no ${name} attribute`,
    );
  }
  return parseCount(label, element, name, raw, at);
}

/** Like {@link readCount}, but an absent attribute gives `undefined`. */
export function readOptionalCount(
  label: string,
  element: string,
  attributes: Readonly<Record<string, string>>,
  name: string,
  at: XmlPosition,
): number | undefined {
  const raw = attributes[name];
  return raw === undefined ? undefined : parseCount(label, element, name, raw, at);
}

function parseCount(
  label: string,
  element: string,
  name: string,
  raw: string,
  at: XmlPosition,
): number {
  const trimmed = raw.trim();
  // Some tools write hit counts as floats ("1.0") or in exponent form for huge counts.
  const value = /^\d+(\.\d+)?([eE]\+?\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isFinite(value)) {
    throw new ConfigurationError(
      `${label}: line ${at.line}, column ${at.column}: <${element} ${name}="${raw}"> is not a non-negative number`,
    );
  }
  return value;
}

/** The "not a … report" refusal, for a well-formed file of another kind. */
export function notAReport(
  label: string,
  formatName: string,
  why: string,
  at: XmlPosition,
): ConfigurationError {
  return new ConfigurationError(
    `${label}: line ${at.line}, column ${at.column}: not a ${formatName} report (${why})`,
  );
}
