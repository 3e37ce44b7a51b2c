/**
 * A parser for Go's text/template over the tokens of lexer.ts, after Go's
 * text/template/parse/parse.go: it checks what Go checks while parsing (so what Prometheus'
 * rule loader and `promtool check rules` reject) and stops at the first error, as Go does.
 * Checks that need the data (missing map keys, argument types) happen at execution in Go and are
 * out of scope here.
 */
import { TEMPLATE_FUNCTIONS } from './functions.js';
import { lexTemplate, type TemplateToken } from './lexer.js';

/** The first parse error of a template, at offsets into its text. */
export interface TemplateParseError {
  message: string;
  from: number;
  to: number;
}

/** Options of the parse. */
export interface TemplateParseOptions {
  /** Variables defined before the text (Prometheus defines `$labels`, `$value`, ...). */
  predefinedVariables: readonly string[];
  /** Function names that may be called. */
  functions?: ReadonlySet<string>;
}

class ParseFailure extends Error {
  constructor(readonly detail: TemplateParseError) {
    super(detail.message);
  }
}

/** Go's description of a token in "unexpected X in Y" messages. */
function describe(token: TemplateToken): string {
  switch (token.kind) {
    case 'eof':
      return 'EOF';
    case 'rightDelim':
      return '"}}"';
    case 'leftDelim':
      return '"{{"';
    case 'keyword':
      return `<${token.value}>`;
    case 'space':
      return 'space';
    default:
      // Go prints `%.10q...` for values longer than 10 characters.
      return token.value.length > 10
        ? `${JSON.stringify(token.value.slice(0, 10))}...`
        : JSON.stringify(token.value);
  }
}

/** Signals, from inside a list, that `{{end}}` or `{{else}}` closed it. */
interface ListEnd {
  kind: 'end' | 'else' | 'else-if' | 'else-with' | 'eof';
  token: TemplateToken;
}

/** Parses `text` as a Go template; returns the first error or undefined. */
export function parseTemplate(
  text: string,
  options: TemplateParseOptions,
): TemplateParseError | undefined {
  const lexed = lexTemplate(text);
  // Go's parser consumes tokens as the lexer makes them, so a lexing error stops the parse where
  // it happens; parse the tokens before it first, in case they hold an earlier parse error.
  const tokens = lexed.tokens.filter((t) => t.kind !== 'eof');
  tokens.push({ kind: 'eof', value: '', from: text.length, to: text.length });
  const functions = options.functions ?? TEMPLATE_FUNCTIONS;
  let index = 0;
  let vars: string[] = ['$', ...options.predefinedVariables];
  let rangeDepth = 0;

  const fail = (message: string, token: TemplateToken): never => {
    // A lexing error reached by the parser is the error Go reports.
    if (token.kind === 'eof' && lexed.error !== undefined) throw new ParseFailure(lexed.error);
    throw new ParseFailure({ message, from: token.from, to: Math.max(token.to, token.from) });
  };
  const peek = (): TemplateToken =>
    tokens[index] ?? { kind: 'eof', value: '', from: text.length, to: text.length };
  const next = (): TemplateToken => {
    const token = peek();
    if (index < tokens.length) index += 1;
    return token;
  };
  const peekNonSpace = (): TemplateToken => {
    while (peek().kind === 'space') index += 1;
    return peek();
  };
  const nextNonSpace = (): TemplateToken => {
    peekNonSpace();
    return next();
  };
  const expectRightDelim = (context: string): void => {
    const token = nextNonSpace();
    if (token.kind !== 'rightDelim') fail(`unexpected ${describe(token)} in ${context}`, token);
  };

  const useVar = (token: TemplateToken): void => {
    if (!vars.includes(token.value))
      fail(`undefined variable ${JSON.stringify(token.value)}`, token);
  };

  /** An operand: a term and any field chain after it. Returns the kind of its term, or undefined. */
  const operand = (): string | undefined => {
    const term = termOf();
    if (term === undefined) return undefined;
    if (peek().kind === 'field') {
      if (['bool', 'string', 'rawString', 'number', 'char', 'nil', 'dot'].includes(term.kind)) {
        fail(`unexpected . after term ${JSON.stringify(term.value)}`, peek());
      }
      while (peek().kind === 'field') next();
    }
    return term.kind;
  };

  const termOf = (): TemplateToken | undefined => {
    const token = nextNonSpace();
    switch (token.kind) {
      case 'identifier':
        if (!functions.has(token.value))
          fail(`function ${JSON.stringify(token.value)} not defined`, token);
        return token;
      case 'variable':
        useVar(token);
        return token;
      case 'dot':
      case 'nil':
      case 'field':
      case 'bool':
      case 'number':
      case 'char':
      case 'rawString':
        return token;
      case 'string':
        if (!validGoString(token.value)) fail('invalid syntax', token);
        return token;
      case 'leftParen':
        pipeline('parenthesized pipeline', 'rightParen');
        return token;
      default:
        index -= 1;
        return undefined;
    }
  };

  /** One command of a pipeline; returns the kind of its first operand. */
  const command = (): string => {
    let first: string | undefined;
    for (;;) {
      peekNonSpace();
      const kind = operand();
      if (kind !== undefined) first ??= kind;
      const token = next();
      if (token.kind === 'space') continue;
      if (token.kind === 'rightDelim' || token.kind === 'rightParen') {
        index -= 1;
      } else if (token.kind !== 'pipe') {
        fail(`unexpected ${describe(token)} in operand`, token);
      }
      break;
    }
    if (first === undefined) fail('empty command', peek());
    return first ?? '';
  };

  const pipeline = (context: string, end: 'rightDelim' | 'rightParen'): void => {
    const start = peekNonSpace();
    // Declarations: `$x :=`, `$x =`, and `$i, $x :=` in range.
    if (start.kind === 'variable') {
      const save = index;
      const declared: TemplateToken[] = [];
      for (;;) {
        const variable = peekNonSpace();
        if (variable.kind !== 'variable') break;
        next();
        const op = peekNonSpace();
        if (op.kind === 'declare' || op.kind === 'assign') {
          next();
          // Go checks `$x = ...` against declared variables only when it executes the template.
          declared.push(variable);
          break;
        }
        if (op.kind === 'comma') {
          next();
          if (context !== 'range' || declared.length >= 1)
            fail(`too many declarations in ${context}`, op);
          declared.push(variable);
          continue;
        }
        index = save;
        declared.length = 0;
        break;
      }
      for (const variable of declared) vars.push(variable.value);
    }
    const firsts: string[] = [];
    for (;;) {
      const token = nextNonSpace();
      if (token.kind === end) {
        if (firsts.length === 0) fail(`missing value for ${context}`, token);
        firsts.slice(1).forEach((kind, i) => {
          if (['bool', 'dot', 'nil', 'number', 'char', 'string', 'rawString'].includes(kind)) {
            fail(`non executable command in pipeline stage ${i + 2}`, token);
          }
        });
        return;
      }
      if (
        [
          'bool',
          'char',
          'dot',
          'field',
          'identifier',
          'number',
          'nil',
          'rawString',
          'string',
          'variable',
          'leftParen',
        ].includes(token.kind)
      ) {
        index -= 1;
        firsts.push(command());
      } else {
        fail(`unexpected ${describe(token)} in ${context}`, token);
      }
    }
  };

  /** Parses the list of a control structure up to its `{{end}}` (or `{{else}}`). */
  const itemList = (): ListEnd => {
    for (;;) {
      const end = textOrAction();
      if (end !== undefined) {
        if (end.kind === 'eof') fail('unexpected EOF', end.token);
        return end;
      }
    }
  };

  const control = (context: 'if' | 'range' | 'with'): void => {
    const saved = vars.length;
    pipeline(context, 'rightDelim');
    if (context === 'range') rangeDepth += 1;
    let end = itemList();
    if (context === 'range') rangeDepth -= 1;
    while (end.kind === 'else-if' || end.kind === 'else-with') {
      // `{{else if p}}` is `{{else}}{{if p}}...{{end}}{{end}}` sharing the one `{{end}}`.
      pipeline(end.kind === 'else-if' ? 'if' : 'with', 'rightDelim');
      end = itemList();
    }
    if (end.kind === 'else') {
      if (context === 'range') rangeDepth += 1;
      end = itemList();
      if (context === 'range') rangeDepth -= 1;
      if (end.kind !== 'end') fail(`expected end; found {{else}}`, end.token);
    }
    vars = vars.slice(0, saved);
  };

  /** `{{define "name"}}` and `{{block "name" pipeline}}`: a body with its own variables. */
  const definition = (keyword: TemplateToken): void => {
    const context = keyword.value === 'define' ? 'define clause' : 'block clause';
    const name = nextNonSpace();
    if (name.kind !== 'string' && name.kind !== 'rawString')
      fail(`unexpected ${describe(name)} in ${context}`, name);
    if (keyword.value === 'block') pipeline('block clause', 'rightDelim');
    else expectRightDelim(context);
    const outer = vars;
    const outerRange = rangeDepth;
    vars = ['$'];
    rangeDepth = 0;
    const end = itemList();
    if (end.kind !== 'end') fail(`unexpected {{else}}`, end.token);
    vars = outer;
    rangeDepth = outerRange;
  };

  /** One text, comment or action; returns how a list ended when it meets `{{end}}`, `{{else}}` or EOF. */
  const textOrAction = (): ListEnd | undefined => {
    const token = next();
    if (token.kind === 'text') return undefined;
    if (token.kind === 'eof') return { kind: 'eof', token };
    if (token.kind !== 'leftDelim') return fail(`unexpected ${describe(token)} in input`, token);
    const first = peekNonSpace();
    if (first.kind === 'comment') {
      next();
      expectRightDelim('comment');
      return undefined;
    }
    if (first.kind === 'keyword') {
      next();
      switch (first.value) {
        case 'end':
          expectRightDelim('end');
          return { kind: 'end', token: first };
        case 'else': {
          const after = peekNonSpace();
          if (after.kind === 'keyword' && (after.value === 'if' || after.value === 'with')) {
            next();
            return { kind: after.value === 'if' ? 'else-if' : 'else-with', token: first };
          }
          expectRightDelim('else');
          return { kind: 'else', token: first };
        }
        case 'if':
        case 'range':
        case 'with':
          control(first.value);
          return undefined;
        case 'break':
        case 'continue':
          if (rangeDepth === 0) fail(`{{${first.value}}} outside {{range}}`, first);
          expectRightDelim(`{{${first.value}}}`);
          return undefined;
        case 'template': {
          const name = nextNonSpace();
          if (name.kind !== 'string' && name.kind !== 'rawString')
            fail(`unexpected ${describe(name)} in template clause`, name);
          if (peekNonSpace().kind !== 'rightDelim') pipeline('template clause', 'rightDelim');
          else next();
          return undefined;
        }
        case 'define':
        case 'block':
          definition(first);
          return undefined;
        default:
          return fail(`unexpected ${describe(first)} in command`, first);
      }
    }
    pipeline('command', 'rightDelim');
    return undefined;
  };

  try {
    for (;;) {
      const end = textOrAction();
      if (end === undefined) continue;
      if (end.kind === 'eof') break;
      fail(`unexpected {{${end.kind === 'end' ? 'end' : 'else'}}}`, end.token);
    }
    return lexed.error;
  } catch (caught) {
    if (caught instanceof ParseFailure) return caught.detail;
    throw caught;
  }
}

/** Whether a double-quoted literal is valid for Go's strconv.Unquote. */
function validGoString(literal: string): boolean {
  return /^"(?:[^"\\\n]|\\(?:[abfnrtv\\"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}))*"$/u.test(
    literal,
  );
}
