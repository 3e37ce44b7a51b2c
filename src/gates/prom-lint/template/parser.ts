/**
 * A parser for Go's text/template over the tokens of lexer.ts, after Go's
 * text/template/parse/parse.go: it checks what Go checks while parsing (so what Prometheus'
 * rule loader and `promtool check rules` reject) and stops at the first error, as Go does.
 * Checks that need the data (missing map keys, argument types) happen at execution in Go and are
 * out of scope here.
 */
import { TEMPLATE_FUNCTIONS } from './functions.js';
import { lexTemplate, type LexedTemplate, type TemplateToken } from './lexer.js';

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

/** Terms that cannot be followed by a field (`"a".b`) nor start a later pipeline stage. */
const CONSTANT_TERMS: ReadonlySet<string> = new Set([
  'bool',
  'string',
  'rawString',
  'number',
  'char',
  'nil',
  'dot',
]);

/** Tokens that start a command. */
const COMMAND_STARTS: ReadonlySet<string> = new Set([
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
]);

/** The variables besides `$` of a `{{define}}` or `{{block}}` body before it declares any. */
const DEFINITION_VARIABLES: readonly string[] = [];

/**
 * Parses `text` as a Go template; returns the first error or undefined.
 * @example parseTemplate('{{ $labels.job }}', { predefinedVariables: ['$labels'] }) // undefined
 */
export function parseTemplate(
  text: string,
  options: TemplateParseOptions,
): TemplateParseError | undefined {
  const lexed = lexTemplate(text);
  try {
    new TemplateParser(text, lexed, options).template();
    return lexed.error;
  } catch (caught) {
    if (caught instanceof ParseFailure) return caught.detail;
    throw caught;
  }
}

/**
 * One parse, after Go's parse.go. A class rather than closures: templates are parsed for every
 * label and annotation of every alert, and a parse that allocates one object instead of a dozen
 * closures halves the parser's cost on a large file.
 */
class TemplateParser {
  private readonly tokens: readonly TemplateToken[];
  private readonly eof: TemplateToken;
  private readonly functions: ReadonlySet<string>;
  private index = 0;
  /** The variables besides `$` defined before the text (none in a definition's body)… */
  private outerVariables: readonly string[];
  /** …and those the text declared since, in scope at this point. */
  private declared: string[] = [];
  private rangeDepth = 0;

  constructor(
    text: string,
    private readonly lexed: LexedTemplate,
    options: TemplateParseOptions,
  ) {
    // Go's parser consumes tokens as the lexer makes them, so a lexing error stops the parse
    // where it happens; the tokens before it are parsed first, in case they hold an earlier
    // parse error, then the end of the text stands for the lexing error.
    this.eof = { kind: 'eof', value: '', from: text.length, to: text.length };
    const last = lexed.tokens[lexed.tokens.length - 1];
    this.tokens = last?.kind === 'eof' ? lexed.tokens : [...lexed.tokens, this.eof];
    this.functions = options.functions ?? TEMPLATE_FUNCTIONS;
    this.outerVariables = options.predefinedVariables;
  }

  /** The whole text: texts, comments and actions up to its end. */
  template(): void {
    for (;;) {
      const end = this.textOrAction();
      if (end === undefined) continue;
      if (end.kind === 'eof') break;
      this.fail(`unexpected {{${end.kind === 'end' ? 'end' : 'else'}}}`, end.token);
    }
  }

  private fail(message: string, token: TemplateToken): never {
    // A lexing error reached by the parser is the error Go reports.
    if (token.kind === 'eof' && this.lexed.error !== undefined)
      throw new ParseFailure(this.lexed.error);
    throw new ParseFailure({ message, from: token.from, to: Math.max(token.to, token.from) });
  }

  private peek(): TemplateToken {
    return this.tokens[this.index] ?? this.eof;
  }

  private next(): TemplateToken {
    const token = this.peek();
    if (this.index < this.tokens.length) this.index += 1;
    return token;
  }

  private peekNonSpace(): TemplateToken {
    while (this.peek().kind === 'space') this.index += 1;
    return this.peek();
  }

  private nextNonSpace(): TemplateToken {
    this.peekNonSpace();
    return this.next();
  }

  private expectRightDelim(context: string): void {
    const token = this.nextNonSpace();
    if (token.kind !== 'rightDelim')
      this.fail(`unexpected ${describe(token)} in ${context}`, token);
  }

  private useVar(token: TemplateToken): void {
    const name = token.value;
    if (name !== '$' && !this.outerVariables.includes(name) && !this.declared.includes(name))
      this.fail(`undefined variable ${JSON.stringify(token.value)}`, token);
  }

  /** An operand: a term and any field chain after it. Returns the kind of its term, or undefined. */
  private operand(): string | undefined {
    const term = this.termOf();
    if (term === undefined) return undefined;
    if (this.peek().kind === 'field') {
      if (CONSTANT_TERMS.has(term.kind)) {
        this.fail(`unexpected . after term ${JSON.stringify(term.value)}`, this.peek());
      }
      while (this.peek().kind === 'field') this.next();
    }
    return term.kind;
  }

  private termOf(): TemplateToken | undefined {
    const token = this.nextNonSpace();
    switch (token.kind) {
      case 'identifier':
        if (!this.functions.has(token.value))
          this.fail(`function ${JSON.stringify(token.value)} not defined`, token);
        return token;
      case 'variable':
        this.useVar(token);
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
        if (!validGoString(token.value)) this.fail('invalid syntax', token);
        return token;
      case 'leftParen':
        this.pipeline('parenthesized pipeline', 'rightParen');
        return token;
      default:
        this.index -= 1;
        return undefined;
    }
  }

  /** One command of a pipeline; returns the kind of its first operand. */
  private command(): string {
    let first: string | undefined;
    for (;;) {
      this.peekNonSpace();
      const kind = this.operand();
      if (kind !== undefined) first ??= kind;
      const token = this.next();
      if (token.kind === 'space') continue;
      if (token.kind === 'rightDelim' || token.kind === 'rightParen') {
        this.index -= 1;
      } else if (token.kind !== 'pipe') {
        this.fail(`unexpected ${describe(token)} in operand`, token);
      }
      break;
    }
    if (first === undefined) this.fail('empty command', this.peek());
    return first;
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): void {
    const start = this.peekNonSpace();
    // Declarations: `$x :=`, `$x =`, and `$i, $x :=` in range.
    if (start.kind === 'variable') {
      const save = this.index;
      const declared: TemplateToken[] = [];
      for (;;) {
        const variable = this.peekNonSpace();
        if (variable.kind !== 'variable') break;
        this.next();
        const op = this.peekNonSpace();
        if (op.kind === 'declare' || op.kind === 'assign') {
          this.next();
          // Go checks `$x = ...` against declared variables only when it executes the template.
          declared.push(variable);
          break;
        }
        if (op.kind === 'comma') {
          this.next();
          if (context !== 'range' || declared.length >= 1)
            this.fail(`too many declarations in ${context}`, op);
          declared.push(variable);
          continue;
        }
        this.index = save;
        declared.length = 0;
        break;
      }
      for (const variable of declared) this.declared.push(variable.value);
    }
    let stages = 0;
    /** The first stage after the first that starts with a constant, if any. */
    let constantStage = 0;
    for (;;) {
      const token = this.nextNonSpace();
      if (token.kind === end) {
        if (stages === 0) this.fail(`missing value for ${context}`, token);
        if (constantStage !== 0)
          this.fail(`non executable command in pipeline stage ${constantStage}`, token);
        return;
      }
      if (COMMAND_STARTS.has(token.kind)) {
        this.index -= 1;
        const first = this.command();
        stages += 1;
        if (stages > 1 && constantStage === 0 && CONSTANT_TERMS.has(first)) constantStage = stages;
      } else {
        this.fail(`unexpected ${describe(token)} in ${context}`, token);
      }
    }
  }

  /** Parses the list of a control structure up to its `{{end}}` (or `{{else}}`). */
  private itemList(): ListEnd {
    for (;;) {
      const end = this.textOrAction();
      if (end !== undefined) {
        if (end.kind === 'eof') this.fail('unexpected EOF', end.token);
        return end;
      }
    }
  }

  private control(context: 'if' | 'range' | 'with'): void {
    const saved = this.declared.length;
    this.pipeline(context, 'rightDelim');
    if (context === 'range') this.rangeDepth += 1;
    let end = this.itemList();
    if (context === 'range') this.rangeDepth -= 1;
    while (end.kind === 'else-if' || end.kind === 'else-with') {
      // `{{else if p}}` is `{{else}}{{if p}}...{{end}}{{end}}` sharing the one `{{end}}`.
      this.pipeline(end.kind === 'else-if' ? 'if' : 'with', 'rightDelim');
      end = this.itemList();
    }
    if (end.kind === 'else') {
      if (context === 'range') this.rangeDepth += 1;
      end = this.itemList();
      if (context === 'range') this.rangeDepth -= 1;
      if (end.kind !== 'end') this.fail(`expected end; found {{else}}`, end.token);
    }
    this.declared.length = saved;
  }

  /** `{{define "name"}}` and `{{block "name" pipeline}}`: a body with its own variables. */
  private definition(keyword: TemplateToken): void {
    const context = keyword.value === 'define' ? 'define clause' : 'block clause';
    const name = this.nextNonSpace();
    if (name.kind !== 'string' && name.kind !== 'rawString')
      this.fail(`unexpected ${describe(name)} in ${context}`, name);
    if (keyword.value === 'block') this.pipeline('block clause', 'rightDelim');
    else this.expectRightDelim(context);
    const outerVariables = this.outerVariables;
    const outerDeclared = this.declared;
    const outerRange = this.rangeDepth;
    this.outerVariables = DEFINITION_VARIABLES;
    this.declared = [];
    this.rangeDepth = 0;
    const end = this.itemList();
    if (end.kind !== 'end') this.fail(`unexpected {{else}}`, end.token);
    this.outerVariables = outerVariables;
    this.declared = outerDeclared;
    this.rangeDepth = outerRange;
  }

  /** One text, comment or action; returns how a list ended when it meets `{{end}}`, `{{else}}` or EOF. */
  private textOrAction(): ListEnd | undefined {
    const token = this.next();
    if (token.kind === 'text') return undefined;
    if (token.kind === 'eof') return { kind: 'eof', token };
    if (token.kind !== 'leftDelim')
      return this.fail(`unexpected ${describe(token)} in input`, token);
    const first = this.peekNonSpace();
    if (first.kind === 'comment') {
      this.next();
      this.expectRightDelim('comment');
      return undefined;
    }
    if (first.kind === 'keyword') {
      this.next();
      switch (first.value) {
        case 'end':
          this.expectRightDelim('end');
          return { kind: 'end', token: first };
        case 'else': {
          const after = this.peekNonSpace();
          if (after.kind === 'keyword' && (after.value === 'if' || after.value === 'with')) {
            this.next();
            return { kind: after.value === 'if' ? 'else-if' : 'else-with', token: first };
          }
          this.expectRightDelim('else');
          return { kind: 'else', token: first };
        }
        case 'if':
        case 'range':
        case 'with':
          this.control(first.value);
          return undefined;
        case 'break':
        case 'continue':
          if (this.rangeDepth === 0) this.fail(`{{${first.value}}} outside {{range}}`, first);
          this.expectRightDelim(`{{${first.value}}}`);
          return undefined;
        case 'template': {
          const name = this.nextNonSpace();
          if (name.kind !== 'string' && name.kind !== 'rawString')
            this.fail(`unexpected ${describe(name)} in template clause`, name);
          if (this.peekNonSpace().kind !== 'rightDelim')
            this.pipeline('template clause', 'rightDelim');
          else this.next();
          return undefined;
        }
        case 'define':
        case 'block':
          this.definition(first);
          return undefined;
        default:
          return this.fail(`unexpected ${describe(first)} in command`, first);
      }
    }
    this.pipeline('command', 'rightDelim');
    return undefined;
  }
}

/** Whether a double-quoted literal is valid for Go's strconv.Unquote. */
function validGoString(literal: string): boolean {
  return /^"(?:[^"\\\n]|\\(?:[abfnrtv\\"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{3}))*"$/u.test(
    literal,
  );
}
