#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 70486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _report_console_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(39475);
/* harmony import */ var _run_cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48586);
/**
 * The `kaizen-gates` command: one line that runs the CLI, as the action entry points do, and the
 * streams it writes to. A reader that stops early (`kaizen-gates … | head`) closes the pipe:
 * further output is dropped quietly (the files were written first) and the exit code is still
 * the verdict's, where Node would otherwise end with an EPIPE stack trace.
 */


/** A stream's writer that goes quiet once the stream's reader has gone away. */
function writerOf(stream) {
    let closed = false;
    stream.on('error', (error) => {
        // Writes after the first failure fail too (the stream is destroyed): only the first counts.
        if (!closed && error.code !== 'EPIPE')
            process.exitCode = 2;
        closed = true;
    });
    return (text) => {
        if (!closed)
            stream.write(text);
    };
}
/** The `width` of the CLI's streams, when the output is a terminal. */
function widthOf(width) {
    return width === undefined ? {} : { width };
}
const stderr = writerOf(process.stderr);
process.exitCode = await (0,_run_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .a)(process.argv.slice(2), {
    stdout: writerOf(process.stdout),
    stderr,
    color: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    ...widthOf((0,_report_console_js__WEBPACK_IMPORTED_MODULE_0__/* .terminalWidth */ .JL)(process.stdout, process.env)),
}).catch((error) => {
    stderr(`kaizen-gates: internal error (please report it): ${error.stack ?? String(error)}\n`);
    return 2;
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 48586:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: ./src/report/console.ts
var console = __nccwpck_require__(39475);
// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
// EXTERNAL MODULE: ./src/shared/inputs.ts
var shared_inputs = __nccwpck_require__(93876);
;// CONCATENATED MODULE: ./src/version.ts
/** The suite's version, shown in report footers. Kept in step with package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/verdict/error-verdict.ts
/** Builds an error verdict whose headline is the (user-facing) message. */
function errorVerdict(gate, key, message) {
    return {
        schemaVersion: 1,
        gate,
        key,
        status: 'error',
        headline: `The ${gate} gate could not run: ${message}`,
        metrics: [],
        tables: [],
        findings: [],
        notes: [],
        charts: [],
    };
}

;// CONCATENATED MODULE: ./src/verdict/policy.ts
/**
 * True when the run must fail. `error` always fails: a gate that could not decide must never
 * pass silently, whatever the policy.
 */
function shouldFail(status, failOn) {
    switch (status) {
        case 'error':
            return true;
        case 'fail':
            return failOn !== 'never';
        case 'warn':
            return failOn === 'warn';
        case 'pass':
            return false;
        default: {
            const unreachable = status;
            throw new Error(`unknown status ${String(unreachable)}`);
        }
    }
}
/** CLI exit codes: 0 pass or tolerated, 1 failed by policy, 2 bad usage or unreadable input. */
function exitCodeFor(status, failOn) {
    if (status === 'error')
        return 2;
    return shouldFail(status, failOn) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/command.ts
/** Options every gate takes. */
const commonOptions = {
    'fail-on': { type: 'string' },
    key: { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    sarif: { type: 'string' },
    'no-color': { type: 'boolean' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'V' },
};
/** The part of every gate's help that documents {@link commonOptions}. */
const commonHelp = `
Output and policy:
  --fail-on fail|warn|never   what fails the run (default fail; error always fails)
  --key NAME                  name of this run when a gate runs several times
  --json FILE                 write the verdict as JSON (- for standard output, alone)
  --markdown FILE             write the PR comment as it would be posted (- likewise)
  --sarif FILE                write the findings as SARIF 2.1.0 (for code scanning; - likewise)
  --no-color                  plain text even on a terminal (NO_COLOR works too)
  --quiet                     print only the headline
  -h, --help                  this help
  -V, --version               print the version

Exit codes: 0 pass (or tolerated by --fail-on), 1 failed, 2 bad usage or unreadable input.`;

// EXTERNAL MODULE: ./src/io/files.ts + 4 modules
var files = __nccwpck_require__(27782);
;// CONCATENATED MODULE: ./src/cli/did-you-mean.ts
/**
 * "Did you mean" for a mistyped name: the known name nearest to what was typed, by optimal
 * string alignment distance (Levenshtein plus the swap of two neighbours, the commonest typo:
 * `--currnet`). Names are few (a gate's options), so the O(n·m) table per name is nothing.
 */
/**
 * Edit distance of `a` and `b`: insertions, deletions, substitutions and swaps of two adjacent
 * characters, each costing 1.
 * @example editDistance('currnet', 'current') // 1
 */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i += 1) {
        const row = [i];
        for (let j = 1; j <= b.length; j += 1) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const previous = rows[i - 1] ?? [];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
            }
            row.push(best);
        }
        rows.push(row);
    }
    return rows[a.length]?.[b.length] ?? 0;
}
/**
 * The known name closest to `typed`, when one is close enough to be what was meant: the only
 * name that starts with it (`--experimental`), else the nearest within a third of the typed
 * length in edits (at least 1; ties go to the earlier name). Case is ignored.
 * @example closestName('benchh', ['bench', 'soak']) // 'bench'
 * @example closestName('xyz', ['bench', 'soak']) // undefined
 */
function closestName(typed, known) {
    const word = typed.toLowerCase();
    const extending = known.filter((name) => word.length >= 2 && name.startsWith(word));
    if (extending.length === 1)
        return extending[0];
    let best;
    for (const name of known) {
        const distance = editDistance(word, name.toLowerCase());
        if (best === undefined || distance < best.distance)
            best = { name, distance };
    }
    if (best !== undefined && best.distance <= Math.max(1, Math.floor(word.length / 3))) {
        return best.name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/cli/commands/bench.ts
/** `kaizen-gates bench`: the bench gate on local result files, with a directory as the store. */




const benchCommand = {
    summary: 'compare benchmark results against a baseline; fail only on real regressions',
    baseRefOption: 'base-ref',
    options: {
        current: { type: 'string', multiple: true },
        baseline: { type: 'string', multiple: true },
        format: { type: 'string' },
        threshold: { type: 'string' },
        thresholds: { type: 'string', multiple: true },
        ignore: { type: 'string', multiple: true },
        directions: { type: 'string', multiple: true },
        alpha: { type: 'string' },
        correction: { type: 'string' },
        confidence: { type: 'string' },
        'baseline-from': { type: 'string' },
        'single-value': { type: 'string' },
        suite: { type: 'string' },
        'baseline-dir': { type: 'string' },
        'save-baseline': { type: 'string' },
        'base-ref': { type: 'string' },
        sha: { type: 'string' },
        'history-file': { type: 'string' },
        'history-retention': { type: 'string' },
        'history-window': { type: 'string' },
    },
    help: `Usage: kaizen-gates bench --current FILE... [--baseline FILE...] [options]

Compares benchmark results (every repetition) of the current code against a baseline and fails
only on a regression beyond the threshold that is statistically real.

Inputs:
  --current FILE|GLOB         result files of the code under test (repeatable; required)
  --baseline FILE|GLOB        result files of the baseline (repeatable)
  --format F                  auto (default), google-benchmark, hyperfine, pytest-benchmark, go,
                              cargo, criterion, benchmarkjs, jmh, benchmarkdotnet, catch2, julia,
                              custom-smaller-is-better, custom-bigger-is-better
  --baseline-from WHERE       auto (default): same-job for --baseline files (base and head
                              measured on one machine), other-runner for a stored baseline
                              (a suite-wide offset is runner speed and is corrected); or name
                              one: same-job, other-runner

Decision:
  --threshold 10%             regression that fails (default 10%)
  --thresholds 'PATTERN: 15%' per-benchmark thresholds by name glob (repeatable; last match wins)
  --ignore PATTERN            leave benchmarks out by name glob (repeatable)
  --directions 'PATTERN: bigger-is-better'  override a metric's direction (repeatable)
  --alpha 0.05                family-wise error level across the suite
  --correction holm|bh|none   multiple-comparison control (default holm)
  --confidence 0.9            two-sided interval level: 0.8, 0.9 (default), 0.95, 0.98;
                              a regression fails when its lower end, a one-sided 95% bound
                              at 0.9, exceeds the threshold
  --single-value warn|fail    what a change seen in single values may do (default warn)

Stored baselines (a directory stands in for the Actions cache):
  --baseline-dir DIR          where baselines are stored per suite and commit
  --suite NAME                suite name in the store (default "default")
  --save-baseline always      store these results as the baseline of --sha (default HEAD)
  --base-ref REF              compare against the nearest stored ancestor of the merge base
                              of HEAD and REF (default HEAD~1)

History (a JSON-lines file stands in for the data branch):
  --history-file FILE         read stored runs for trend charts and to judge single-value
                              benchmarks against their run-to-run noise (without --baseline
                              or a stored baseline, the stored runs are the baseline); with
                              --save-baseline always, append this run
  --history-window N          most recent stored runs of the merge base's ancestry that single
                              values are judged against (default 30, 5 to 500)
  --history-retention N       runs kept in the file (default 500)

Change points in the stored history (scheduled runs): kaizen-gates bench history --help
${commonHelp}`,
    async run(source, logger) {
        // Each gate's code is loaded when it runs (a chunk of the bundle): a command pays for its
        // own gate only, which matters for prom-lint as a pre-commit hook.
        const [{ readBenchInputs }, { runBench }, { BENCH_HISTORY }, { directoryStore }, { historyFile }, { headCommit, mergeBaseAncestors }, { requireCommit }, { localAncestry },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(329), __nccwpck_require__.e(447)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69447)),
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(260), __nccwpck_require__.e(547), __nccwpck_require__.e(893), __nccwpck_require__.e(329), __nccwpck_require__.e(242), __nccwpck_require__.e(700)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89700)),
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(329), __nccwpck_require__.e(181)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19181)),
            __nccwpck_require__.e(/* import() */ 827).then(__nccwpck_require__.bind(__nccwpck_require__, 92827)),
            __nccwpck_require__.e(/* import() */ 935).then(__nccwpck_require__.bind(__nccwpck_require__, 81935)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47500)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(857), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65171)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(666)]).then(__nccwpck_require__.bind(__nccwpck_require__, 89666)),
        ]);
        const inputs = readBenchInputs(source);
        const givenBaseRef = source('base-ref').trim();
        // A ref the user typed must name a commit; the default HEAD~1 may be absent (a first commit).
        if (givenBaseRef !== '')
            await requireCommit(givenBaseRef, '--base-ref', { closest: closestName });
        const baseRef = givenBaseRef || 'HEAD~1';
        const save = inputs.saveBaseline === 'always';
        const sha = source('sha').trim() || (save ? await headCommit() : undefined);
        if (save && !inputs.baselineDir && !inputs.historyFile) {
            throw new errors/* ConfigurationError */.j('--save-baseline always needs --baseline-dir DIR or --history-file FILE to store into.');
        }
        if (save && !sha) {
            throw new errors/* ConfigurationError */.j('--save-baseline always needs --sha, or a git checkout to read HEAD from.');
        }
        return runBench(inputs, {
            logger,
            resolveFiles: files.resolveFiles,
            readFile: files.readTextFile,
            ...(inputs.baselineDir ? { store: directoryStore(inputs.baselineDir) } : {}),
            // The stored baseline and the history both follow the merge base's ancestry.
            ...(inputs.baselineDir || inputs.historyFile
                ? { ancestors: () => mergeBaseAncestors(baseRef, 'HEAD', inputs.baselineSearchDepth) }
                : {}),
            ...(save && sha ? { saveAs: sha } : {}),
            ...(inputs.historyFile
                ? {
                    history: historyFile(BENCH_HISTORY, inputs.historyFile, inputs.historyRetention),
                    // The history window holds only runs of the merge base and its ancestors.
                    ancestry: () => localAncestry(baseRef),
                }
                : {}),
            now: () => new Date(),
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/bench-history.ts
/**
 * `kaizen-gates bench history`: change points in a suite's stored bench history (a JSON-lines
 * file, or the data branch as a local git branch), as a nightly job would look for them.
 */



const benchHistoryCommand = {
    summary: 'find change points in the stored bench history (scheduled runs)',
    options: {
        history: { type: 'string' },
        'data-branch': { type: 'string' },
        suite: { type: 'string' },
        since: { type: 'string' },
        window: { type: 'string' },
        significance: { type: 'string' },
        'min-magnitude': { type: 'string' },
    },
    help: `Usage: kaizen-gates bench history --history FILE [options]
       kaizen-gates bench history --data-branch BRANCH [--suite NAME] [options]

Searches every benchmark's stored medians for change points with E-Divisive as Apache Otava
runs it (overlapping windows, a t test, then a merge that drops change points whose p-value or
magnitude is too small), and reports each with its commit range, the change of the mean and its
p-value, with a chart of every benchmark that has one. A regression that begins in the recent
runs (--since) fails; older change points and improvements are listed.

History:
  --history FILE              a bench history file (JSON lines, as --history-file writes it)
  --data-branch BRANCH        read bench/<suite>.jsonl from a local git branch instead, e.g.
                              kaizen-data or origin/kaizen-data (git fetch origin kaizen-data)
  --suite NAME                suite to search (default "default"; with --history, other
                              suites' lines in the file are left out)

Decision:
  --since N|SHA|DATE          the recent runs: the newest N runs (default 10), the runs from
                              a stored commit on, or the runs stored since a date (2026-11-30)
  --window N                  points of Otava's overlapping windows (default 50, at most 1000);
                              time grows with N² per window, linearly with the history
  --significance P            largest p-value a change point keeps (default 0.001, Otava's); a
                              recent regression fails when its p-value is also below P divided
                              by the benchmarks searched, and warns otherwise
  --min-magnitude 5%          smallest change of the mean a change point keeps (default 5%;
                              Otava's default is 0)
${commonHelp}`,
    async run(source, logger) {
        const [{ readBenchHistoryInputs }, { parseHistory, historyFilePath }, { benchHistoryVerdict }, { readTextFile }, { runGit }, { requireCommit },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(329), __nccwpck_require__.e(447)]).then(__nccwpck_require__.bind(__nccwpck_require__, 69447)),
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(329), __nccwpck_require__.e(181)]).then(__nccwpck_require__.bind(__nccwpck_require__, 19181)),
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(329), __nccwpck_require__.e(242), __nccwpck_require__.e(429)]).then(__nccwpck_require__.bind(__nccwpck_require__, 11429)),
            Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 27782)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47500)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(857), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65171)),
        ]);
        const inputs = readBenchHistoryInputs(source);
        const file = source('history').trim();
        const branch = source('data-branch').trim();
        if ((file === '') === (branch === '')) {
            throw new errors/* ConfigurationError */.j(file === ''
                ? 'bench history needs --history FILE (a bench history file) or --data-branch BRANCH (the data branch, fetched).'
                : '--history and --data-branch both name a history; give one.');
        }
        let text;
        let label;
        if (file !== '') {
            text = await readTextFile(file);
            label = file;
        }
        else {
            await requireCommit(branch, '--data-branch', { closest: closestName });
            const path = historyFilePath(inputs.suite);
            label = `${branch}:${path}`;
            const shown = await runGit(['show', `${branch}:${path}`], process.cwd());
            if (!shown.ok) {
                const listed = await runGit(['ls-tree', '--name-only', `${branch}`, 'bench/'], process.cwd());
                const stored = listed.ok
                    ? listed.stdout
                        .split('\n')
                        .filter((name) => name.endsWith('.jsonl'))
                        .map((name) => name.replace(/^bench\/|\.jsonl$/g, ''))
                    : [];
                throw new errors/* ConfigurationError */.j(`--data-branch: ${branch} holds no ${path}` +
                    (stored.length === 0
                        ? '; no bench suite is stored on it.'
                        : `; stored suites: ${stored.join(', ')} (name one with --suite).`));
            }
            text = shown.stdout;
        }
        const parsed = parseHistory(text, label);
        if (parsed.unreadable.length > 0) {
            logger.warning(`${label}: ${parsed.unreadable.length} lines are not bench history entries.`);
        }
        logger.info(`Read ${parsed.entries.length} stored runs from ${label}.`);
        // The data branch keeps one file per suite; a local file may hold several, and without
        // --suite its one suite is meant, whatever its name.
        const suites = [...new Set(parsed.entries.map((e) => e.suite))];
        const named = source('suite').trim() !== '';
        if (!named && suites.length > 1) {
            throw new errors/* ConfigurationError */.j(`--history: ${file} holds runs of ${suites.length} suites (${suites.slice(0, 10).join(', ')}); name one with --suite.`);
        }
        return benchHistoryVerdict(parsed.entries, {
            key: inputs.common.key,
            ...(named || file === '' ? { suite: inputs.suite } : {}),
            changePoints: inputs.changePoints,
            since: inputs.since,
            source: label,
            unreadableLines: parsed.unreadable.length,
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/coverage.ts
/** `kaizen-gates coverage`: the coverage gate on local reports, the patch from a local diff. */





const coverageCommand = {
    summary: 'fail on coverage of the changed lines, totals, per-file minimums and drops',
    baseRefOption: 'base-ref',
    positionals: 'reports',
    options: {
        report: { type: 'string', multiple: true },
        format: { type: 'string' },
        'base-ref': { type: 'string' },
        'min-patch': { type: 'string' },
        'min-total': { type: 'string' },
        'min-branches': { type: 'string' },
        'min-functions': { type: 'string' },
        'min-per-file': { type: 'string' },
        'per-file': { type: 'string', multiple: true },
        'max-drop': { type: 'string' },
        'path-fix': { type: 'string', multiple: true },
        store: { type: 'string' },
        save: { type: 'string' },
        sha: { type: 'string' },
        'search-depth': { type: 'string' },
    },
    help: `Usage: kaizen-gates coverage --report FILE|GLOB... [--base-ref REF] [options]

Checks coverage reports against thresholds, on the lines a change adds (patch coverage, counted
as diff-cover counts it), on the totals, per file, and as a drop from the base's coverage.
Reads LCOV, Cobertura (gcovr, coverage.py, Istanbul, .NET), JaCoCo, Clover, Istanbul
coverage-final.json (and coverage-summary.json for totals), Go coverprofiles and SimpleCov
.resultset.json; several reports (shards, components, formats) merge: a line is covered when
any report covers it.

Reports:
  --report FILE|GLOB          report files (repeatable; also as arguments; required)
  --format F                  auto (default), lcov, cobertura, jacoco, clover, istanbul,
                              istanbul-summary, go, simplecov
  --path-fix 'BEFORE::AFTER'  a report path starting with BEFORE starts with AFTER (repeatable);
                              paths are otherwise matched to git ls-files by suffix

Thresholds (each optional; 80% or 0.8; never rounded: 99.99% is not 100%):
  --base-ref REF              the patch is what the working tree adds since its merge base
                              with REF (e.g. origin/main), untracked files included
  --min-patch P               coverage of the added and changed coverable lines
  --min-total P               total line coverage
  --min-branches P            total branch coverage
  --min-functions P           total function coverage
  --min-per-file P            line coverage every covered file must reach
  --per-file 'GLOB: P'        per-file minimum for files matching GLOB (repeatable; last
                              match wins; ** crosses folders)
  --max-drop P                largest drop of total line coverage from the base, in points
                              (0 allows none; needs --store and --base-ref)

Stored coverage (a directory stands in for the Actions cache):
  --store DIR                 where the coverage of commits is stored per key and commit
  --save always               store this coverage as that of a commit
  --sha SHA                   the commit --save stores under (default HEAD)
  --search-depth N            ancestors of the merge base searched for a stored base (50)
${commonHelp}`,
    spellings: { reports: '--report' },
    async run(source, logger) {
        const [{ runCoverageGate, gitChangeSince }, { readTextChunks }, goModules, repository, store, git, { requireCommit },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(547), __nccwpck_require__.e(857), __nccwpck_require__.e(800), __nccwpck_require__.e(755)]).then(__nccwpck_require__.bind(__nccwpck_require__, 94755)),
            Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 27782)),
            __nccwpck_require__.e(/* import() */ 945).then(__nccwpck_require__.bind(__nccwpck_require__, 92945)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(420)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4420)),
            __nccwpck_require__.e(/* import() */ 827).then(__nccwpck_require__.bind(__nccwpck_require__, 92827)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47500)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(857), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65171)),
        ]);
        // Report globs come from --report and from arguments (a shell expands an unquoted glob).
        const reports = (0,shared_inputs/* inputSource */.wE)((name) => name === 'report'
            ? [source('report'), source('reports')].filter((value) => value !== '').join('\n')
            : source(name), source);
        const directory = source('store').trim();
        const baseRef = source('base-ref').trim();
        // A mistyped ref is a usage error, not a patch coverage quietly left unknown.
        if (baseRef !== '')
            await requireCommit(baseRef, '--base-ref', { closest: closestName });
        const save = source('save').trim().toLowerCase() === 'always';
        const sha = source('sha').trim() || (save ? await git.headCommit() : undefined);
        if (save && directory === '') {
            throw new errors/* ConfigurationError */.j('--save always needs --store DIR to store into.');
        }
        if (save && !sha) {
            throw new errors/* ConfigurationError */.j('--save always needs --sha, or a git checkout to read HEAD from.');
        }
        // Paths are the repository's (git ls-files from its top folder), wherever in it the CLI runs.
        const root = await repository.repositoryRoot();
        return runCoverageGate(reports, {
            logger,
            root,
            resolveFiles: files.resolveFiles,
            readPieces: readTextChunks,
            listRepositoryFiles: () => repository.listRepositoryFiles(root),
            readGoModules: async (files) => goModules.goModulesOf(await repository.readGoModFiles(files, root)),
            // The CLI never fetches: a shallow clone is reported with the command that deepens it.
            changes: (ref) => gitChangeSince(ref, { cwd: root }),
            ...(directory === ''
                ? {}
                : {
                    store: store.directoryStore(directory),
                    ...(baseRef === ''
                        ? {}
                        : {
                            ancestors: () => git.mergeBaseAncestors(baseRef, 'HEAD', Number(source('search-depth')) || 50),
                        }),
                }),
            ...(save && sha ? { saveAs: sha } : {}),
            now: () => new Date(),
        });
    },
};

// EXTERNAL MODULE: ./src/gates/dashboard-diff/defaults.ts
var defaults = __nccwpck_require__(41951);
;// CONCATENATED MODULE: ./src/cli/commands/dashboard-diff.ts
/** `kaizen-gates dashboard-diff`: the dashboard-diff gate on two files or on the working tree's changes. */




const dashboardDiffCommand = {
    summary: 'review Grafana dashboard changes panel by panel, and lint what the change introduces',
    baseRefOption: 'base-ref',
    positionals: 'paths',
    options: {
        base: { type: 'string' },
        head: { type: 'string' },
        'base-ref': { type: 'string' },
        render: { type: 'string' },
        'render-glob': { type: 'string', multiple: true },
        'lint-config': { type: 'string' },
    },
    help: `Usage: kaizen-gates dashboard-diff --base FILE --head FILE [options]
       kaizen-gates dashboard-diff --base-ref REF [PATH|DIR|GLOB...] [options]

Compares Grafana dashboards semantically (panels, queries, variables, layout; ids, versions and
key order are not changes) and lints what the change introduces. Reads dashboard JSON, exports
for sharing, the API's {dashboard, meta}, Kubernetes resources, ConfigMaps and multi-document
YAML, and any source a render command turns into JSON (jsonnet).

Sides:
  --base FILE --head FILE     compare two files
  --base-ref REF              compare every changed dashboard of the working tree (untracked
                              files included, renames followed) with its version at the merge
                              base of REF and HEAD (e.g. origin/main)
  PATH|DIR|GLOB...            with --base-ref, the files to look at (default: ${defaults/* DEFAULT_DASHBOARD_GLOBS */.fR.join(', ')},
                              those that are dashboards; a directory: its JSON files; globs are
                              git's: ** crosses folders); YAML files are read when named here

Rendering (run without a shell; {file} is the file, appended when absent):
  --render 'jsonnet -J vendor {file}'
                              command that prints a dashboard's JSON; with --base-ref the base
                              side is rendered in a temporary checkout of the merge base
  --render-glob GLOB          files to render (repeatable; default ${defaults/* DEFAULT_RENDER_GLOBS */.Ds.join(', ')})

Lint:
  --lint-config FILE          grafana/dashboard-linter configuration (default: ${defaults/* DEFAULT_LINT_CONFIG_PATH */.z3} when present)
${commonHelp}`,
    spellings: { paths: 'PATH' },
    async run(source, logger) {
        const [{ runDashboardDiffGate }, { changedFileVersions }, { runRenderCommand }, { requireCommit },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(547), __nccwpck_require__.e(497), __nccwpck_require__.e(291), __nccwpck_require__.e(918), __nccwpck_require__.e(247)]).then(__nccwpck_require__.bind(__nccwpck_require__, 36247)),
            __nccwpck_require__.e(/* import() */ 577).then(__nccwpck_require__.bind(__nccwpck_require__, 53577)),
            __nccwpck_require__.e(/* import() */ 586).then(__nccwpck_require__.bind(__nccwpck_require__, 3586)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(857), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65171)),
        ]);
        const baseRef = source('base-ref').trim();
        if (baseRef !== '')
            await requireCommit(baseRef, '--base-ref', { closest: closestName });
        return runDashboardDiffGate(source, {
            logger,
            readFile: files.readTextFile,
            fileExists: files.fileExists,
            directoryExists: files.directoryExists,
            // The CLI never fetches: a shallow clone is reported with the command that deepens it.
            changedFiles: (ref, patterns) => changedFileVersions(ref, patterns, { logger }),
            render: (argv, cwd) => runRenderCommand(argv, cwd ?? process.cwd()),
        });
    },
};

// EXTERNAL MODULE: ./src/gates/prom-lint/defaults.ts
var prom_lint_defaults = __nccwpck_require__(74677);
;// CONCATENATED MODULE: ./src/cli/commands/prom-lint.ts
/** `kaizen-gates prom-lint`: the prom-lint gate on local rule files, scoped by a local diff. */




const promLintCommand = {
    summary: 'lint Prometheus alerting and recording rule files, with every finding on its line',
    baseRefOption: 'base',
    positionals: 'paths',
    options: {
        'legacy-names': { type: 'boolean' },
        'experimental-functions': { type: 'boolean' },
        'prometheus-version': { type: 'string' },
        config: { type: 'string' },
        scope: { type: 'string' },
        base: { type: 'string' },
    },
    help: `Usage: kaizen-gates prom-lint [PATH|GLOB...] [options]

Lints Prometheus rule files (plain rule files, every document of a multi-document file,
PrometheusRule manifests and ConfigMaps): at least what promtool check rules rejects, each
finding with its file, line and column. Without paths: ${prom_lint_defaults/* DEFAULT_RULE_GLOBS */.$.join(', ')}.

Options:
  --config FILE               configuration file (default: ${prom_lint_defaults/* DEFAULT_CONFIG_PATHS */._.join(' or ')}
                              when present); options given here override it
  --legacy-names              validate label and annotation names with the legacy pattern
                              [a-zA-Z_][a-zA-Z0-9_]* instead of UTF-8
  --experimental-functions    allow experimental PromQL functions
  --prometheus-version V      the Prometheus release the rules are deployed to (default: the
                              current release, 3.16); e.g. 2.42 to judge as promtool 2.42

Scope (every file is linted; this decides which findings are reported):
  --base REF                  the change under review is what the working tree changes since
                              its merge base with REF (e.g. origin/main), untracked files included
  --scope auto|changed-files|all
                              changed-files: report findings in changed files only (on changed
                              lines, or listed apart); all: report every finding; auto (default):
                              changed-files with --base, all without. With --base, a finding off
                              the changed lines that the same rule had at the merge base is
                              listed as existing and does not fail the run
${commonHelp}`,
    spellings: { paths: 'PATH' },
    async run(source, logger) {
        const base = source('base').trim();
        const [{ readChangedRuleFilesFrom, runPromLintGate }, { localChanges, requireCommit }, { changedFileVersions },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(497), __nccwpck_require__.e(168), __nccwpck_require__.e(918), __nccwpck_require__.e(969)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24969)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(857), __nccwpck_require__.e(171)]).then(__nccwpck_require__.bind(__nccwpck_require__, 65171)),
            __nccwpck_require__.e(/* import() */ 577).then(__nccwpck_require__.bind(__nccwpck_require__, 53577)),
        ]);
        // A mistyped ref is a usage error here, not a warning after linting everything.
        if (base !== '')
            await requireCommit(base, '--base', { closest: closestName });
        return runPromLintGate(source, {
            logger,
            resolveFiles: files.resolveFiles,
            readFile: files.readTextFile,
            fileExists: files.fileExists,
            howToNameFiles: 'Name the rule files, or the folders that hold them, as arguments ' +
                "(kaizen-gates prom-lint monitoring/ 'rules/**/*.yaml'), or list them under `paths:` " +
                `in ${prom_lint_defaults/* DEFAULT_CONFIG_PATHS */._[0] ?? 'the configuration file'}.`,
            changes: () => base === ''
                ? Promise.resolve({
                    kind: 'unavailable',
                    reason: 'no --base REF names what to compare with',
                    problem: false,
                })
                : localChanges(base),
            // The CLI never fetches: in a shallow clone the findings are not compared with the base,
            // and a note says how to fetch it.
            ...(base === ''
                ? {}
                : {
                    readChangedRuleFiles: (patterns) => readChangedRuleFilesFrom(() => changedFileVersions(base, patterns, { logger, refLabel: "Input 'base'" })),
                }),
        });
    },
};

;// CONCATENATED MODULE: ./src/cli/commands/soak.ts
/** `kaizen-gates soak`: the soak gate on local result files or a Prometheus server. */



const soakCommand = {
    summary: 'analyse a soak run: leaks, latency drift, SLOs and burn rates, night over night',
    options: {
        input: { type: 'string', multiple: true },
        format: { type: 'string' },
        prometheus: { type: 'string' },
        query: { type: 'string', multiple: true },
        from: { type: 'string' },
        to: { type: 'string' },
        step: { type: 'string' },
        'prometheus-header': { type: 'string', multiple: true },
        slo: { type: 'string', multiple: true },
        growth: { type: 'string', multiple: true },
        warmup: { type: 'string' },
        alpha: { type: 'string' },
        history: { type: 'string' },
        'history-retention': { type: 'string' },
        job: { type: 'string' },
        sha: { type: 'string' },
    },
    help: `Usage: kaizen-gates soak --input FILE... [options]
       kaizen-gates soak --prometheus URL --query NAME=PROMQL... [--from T --to T] [options]

Analyses a soak run as a whole: a memory leak (Theil-Sen slope, Mann-Kendall corrected for
autocorrelation; fails when significant and above its limit, 1%/h for memory by default),
latency drifting or shifting inside the run, and declared SLOs with their error budget and
multi-window burn rates; with --history, each night is compared with the nights before.

Input:
  --input FILE|GLOB           result files (repeatable): k6 --out json NDJSON, k6 --summary-export
                              or handleSummary JSON, Locust --csv files, timestamp,series,value
                              CSV, or {"series": {...}} JSON
  --format F                  auto (default), k6, k6-ndjson, locust, csv, json
  --prometheus URL            read series from Prometheus' query_range instead (or as well)
  --query NAME=PROMQL         a named query (repeatable), e.g.
                              memory_rss=process_resident_memory_bytes{job="api"}
  --from T --to T             the window: RFC 3339, epoch seconds or now-2h (default now-1h, now)
  --step 15s                  resolution of the query (default 15s, coarser for long windows)
  --prometheus-header 'Authorization: Bearer ...'
                              request header (repeatable)

Decision:
  --slo 'NAME < VALUE'        an objective (repeatable): 'latency_p99_ms < 200' (99% of samples),
                              'latency_p99_ms < 200 @ 99.5%', 'error_ratio < 0.001' (error budget)
  --growth 'GLOB: 1%/h'       growth limit by series glob (repeatable; last match wins; memory-
                              like series have 1%/h unless told)
  --warmup auto|DURATION      warm-up left out at the start: detected (default) or e.g. 5m
  --alpha 0.05                significance of the trend tests

History (a JSON-lines file stands in for the data branch):
  --history FILE              nights of this job: tonight is compared with them, then appended
  --history-retention N       nights kept in the file (default 500)
  --job NAME                  the soak job's name in the history (default: --key, else default)
  --sha SHA                   the commit tonight ran (default: HEAD of the working directory)
${commonHelp}`,
    spellings: { 'history-file': '--history' },
    async run(source, logger) {
        const [{ readSoakInputs }, { runSoak }, { SOAK_HISTORY }, { streamTextFile }, { queryPrometheus }, { historyFile }, { headCommit },] = await Promise.all([
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(329), __nccwpck_require__.e(192)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22192)),
            Promise.all(/* import() */[__nccwpck_require__.e(845), __nccwpck_require__.e(547), __nccwpck_require__.e(329), __nccwpck_require__.e(192), __nccwpck_require__.e(799), __nccwpck_require__.e(188)]).then(__nccwpck_require__.bind(__nccwpck_require__, 48188)),
            __nccwpck_require__.e(/* import() */ 51).then(__nccwpck_require__.bind(__nccwpck_require__, 4051)),
            __nccwpck_require__.e(/* import() */ 530).then(__nccwpck_require__.bind(__nccwpck_require__, 94530)),
            __nccwpck_require__.e(/* import() */ 799).then(__nccwpck_require__.bind(__nccwpck_require__, 80799)),
            __nccwpck_require__.e(/* import() */ 935).then(__nccwpck_require__.bind(__nccwpck_require__, 81935)),
            Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47500)),
        ]);
        // The CLI's --history names a file; the action's `history` is a switch for the data branch.
        const inputs = readSoakInputs((0,shared_inputs/* inputSource */.wE)((name) => name === 'history' ? '' : name === 'history-file' ? source('history') : source(name), source));
        const sha = source('sha').trim() || (inputs.historyFile ? await headCommit() : undefined);
        const now = new Date();
        return runSoak(inputs, {
            logger,
            resolveFiles: files.resolveFiles,
            openFile: streamTextFile,
            queryPrometheus,
            ...(inputs.historyFile
                ? { history: historyFile(SOAK_HISTORY, inputs.historyFile, inputs.historyRetention) }
                : {}),
            appendHistory: true,
            ...(sha ? { sha } : {}),
            // Each local run is a night of its own, even at the same commit.
            runId: `cli-${now.toISOString()}`,
            now: () => now,
        });
    },
};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./src/cli/outputs.ts
/** The verdict's files (`--json`, `--markdown`, `--sarif`), each rendered only when asked for. */



/** The path that means standard output, as for most command-line tools. */
const STANDARD_OUTPUT = '-';
/**
 * Renders and writes `outputs`: files (their folders made), or `stdout` for `-`. Rendered only
 * when asked for, and one at a time: a verdict of 20,000 findings is a large string to build.
 * `commits` are named in the Markdown comment's footer (see {@link localCommits}).
 * @throws the file system's error when a file cannot be written.
 */
async function writeOutputs(verdict, outputs, stdout, commits) {
    for (const { kind, path } of outputs) {
        const text = await render(verdict, kind, commits);
        if (path === STANDARD_OUTPUT)
            stdout(text);
        else {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
            (0,external_node_fs_.writeFileSync)(path, text);
        }
    }
}
async function render(verdict, kind, commits) {
    switch (kind) {
        case 'json':
            return `${JSON.stringify(verdict, null, 2)}\n`;
        case 'markdown': {
            const { renderComment } = await __nccwpck_require__.e(/* import() */ 824).then(__nccwpck_require__.bind(__nccwpck_require__, 40824));
            return renderComment(verdict, {
                version: VERSION,
                ...(commits === undefined ? {} : { commits }),
            });
        }
        case 'sarif': {
            const { renderSarif } = await __nccwpck_require__.e(/* import() */ 643).then(__nccwpck_require__.bind(__nccwpck_require__, 10643));
            return `${JSON.stringify(renderSarif(verdict, { version: VERSION }), null, 2)}\n`;
        }
    }
}
/**
 * The commits a local run is about, for the Markdown comment: the checkout's HEAD and, when
 * `baseRef` names what the run compared with, its merge base with HEAD, as `git diff
 * REF...HEAD` reads it. A base or head the gate put in its verdict (dashboard-diff's merge base)
 * wins. No links: a local checkout knows no web address for its commits. Git failing (not a
 * repository, no git, an unknown ref) is silent: the line is left out, or names the head alone.
 */
async function localCommits(verdict, baseRef, cwd = process.cwd()) {
    const [{ headCommit, mergeBaseAncestors }, { verdictBaseSha, verdictHeadSha }] = await Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(260), __nccwpck_require__.e(500)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47500)), __nccwpck_require__.e(/* import() */ 396).then(__nccwpck_require__.bind(__nccwpck_require__, 53396))]);
    const head = verdictHeadSha(verdict) ?? (await headCommit(cwd));
    if (head === undefined || head === '')
        return undefined;
    const base = verdictBaseSha(verdict) ??
        // A ref that starts with `-` would reach git as an option.
        (baseRef === undefined || baseRef === '' || baseRef.startsWith('-')
            ? undefined
            : (await mergeBaseAncestors(baseRef, head, 1, cwd))[0]);
    return { head: { sha: head }, ...(base === undefined ? {} : { base: { sha: base } }) };
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/cli/parse-command-line.ts
/**
 * Reading a gate's command line. `node:util`'s parseArgs does the splitting; the checks are ours,
 * so that a mistake gets one line naming what was typed, with the option probably meant
 * ("did you mean --current?"), instead of Node's message about positional arguments.
 */


/** A command line the options do not allow, with the one-line reason. */
class UsageError extends Error {
    name = 'UsageError';
}
/**
 * Parses `args` against `options`.
 * @param positionals what positional arguments stand for (`PATH`), or undefined when the
 *   command takes none.
 * @throws UsageError on an unknown option, an option without its value, a value given to a
 *   switch, or an argument the command does not take.
 */
function parseCommandLine(args, options, positionals) {
    const { values, positionals: given, tokens, } = (0,external_node_util_namespaceObject.parseArgs)({
        args: [...args],
        options,
        allowPositionals: true,
        strict: false,
        tokens: true,
    });
    const names = Object.keys(options);
    for (const token of tokens) {
        if (token.kind !== 'option')
            continue;
        const option = options[token.name];
        if (option === undefined) {
            const meant = closestName(token.name, names);
            throw new UsageError(`unknown option ${token.rawName}${meant === undefined ? '' : `; did you mean --${meant}?`}`);
        }
        const flag = `--${token.name}`;
        if (option.type === 'boolean' && token.inlineValue === true) {
            throw new UsageError(`${flag} takes no value (got '${token.value ?? ''}')`);
        }
        if (option.type === 'string') {
            if (token.value === undefined)
                throw new UsageError(`${flag} needs a value`);
            // `--current --quiet`: parseArgs would take the next option as the value.
            if (token.inlineValue !== true && token.value.startsWith('--')) {
                throw new UsageError(`${flag} needs a value, but is followed by ${token.value} (write ${flag}=VALUE for a value that starts with -)`);
            }
        }
    }
    if (positionals === undefined && given.length > 0) {
        throw new UsageError(`unexpected argument '${given[0] ?? ''}': this gate takes its files as options`);
    }
    return { values, positionals: given };
}

;// CONCATENATED MODULE: ./src/cli/spelling.ts

/** How `command` spells each input: its `spellings`, else `--<input>`. */
function spellerOf(command) {
    return (name) => command.spellings?.[name] ?? `--${name}`;
}
/**
 * `message` with each `Input 'name'` of an input `command` takes spelled as the user typed it:
 * `Input 'current': no file matches 'x'` → `--current: no file matches 'x'`. A name the command
 * does not take (an input of a configuration file: `Input 'paths' in 'lint.yml'`) is left alone.
 * @example respell("Input 'current' is required.", benchCommand, spellerOf(benchCommand))
 *   // '--current is required.'
 */
function respell(message, command, spell) {
    const known = new Set([
        ...Object.keys(commonOptions),
        ...Object.keys(command.options),
        ...Object.keys(command.spellings ?? {}),
        ...(command.positionals === undefined ? [] : [command.positionals]),
    ]);
    return message.replace(/Input '([A-Za-z0-9-]+)'(?! in ')/g, (text, name) => known.has(name) ? spell(name) : text);
}

;// CONCATENATED MODULE: ./src/cli/run-cli.ts
/**
 * `kaizen-gates <gate> [options]`: runs a gate locally, without GitHub, through the same gate
 * function the action calls. Exit codes: 0 pass (or tolerated by --fail-on), 1 failed by
 * policy, 2 bad usage or unreadable input.
 */

















/** Gates the CLI knows, by name. */
const commands = {
    bench: benchCommand,
    'prom-lint': promLintCommand,
    'dashboard-diff': dashboardDiffCommand,
    soak: soakCommand,
    coverage: coverageCommand,
};
/**
 * Modes of a gate with options of their own, `kaizen-gates <gate> <mode> [options]`: the first
 * argument picks them, the verdict is still the gate's.
 */
const modes = {
    bench: { history: benchHistoryCommand },
};
function usage() {
    const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(16)}${c?.summary ?? ''}`);
    return `kaizen-gates ${VERSION}: measure, then decide.

Usage: kaizen-gates <gate> [options]   (kaizen-gates <gate> --help for a gate's options)

Gates:
${lines.join('\n')}

Options:
  -h, --help      this help
  -V, --version   print the version
`;
}
/** Runs the CLI with `argv` (without node and script), returning the exit code. */
async function runCli(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        io.stdout(usage());
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-V' || name === '-v') {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const mode = rest[0] === undefined ? undefined : modes[name]?.[rest[0]];
    const command = mode ?? commands[name];
    // How the command is named in messages: `bench history` for a mode.
    const title = mode ? `${name} ${rest[0] ?? ''}` : name;
    const args = mode ? rest.slice(1) : rest;
    if (!command) {
        const option = name.startsWith('-');
        const meant = closestName(name, option ? ['--help', '--version'] : Object.keys(commands));
        const what = option ? `unknown option ${name}` : `unknown gate '${name}'`;
        io.stderr(`kaizen-gates: ${what}${meant === undefined ? '' : `; did you mean '${meant}'?`} ` +
            `(see kaizen-gates --help)\n`);
        return 2;
    }
    let line;
    try {
        line = parseCommandLine(args, { ...commonOptions, ...command.options }, command.positionals);
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr(`kaizen-gates ${title}: ${error.message} (see kaizen-gates ${title} --help)\n`);
        return 2;
    }
    const { values, positionals } = line;
    if (values.help === true) {
        io.stdout(`${command.help}\n`);
        return 0;
    }
    if (values.version === true) {
        io.stdout(`${VERSION}\n`);
        return 0;
    }
    const spell = spellerOf(command);
    const source = (0,shared_inputs/* inputSource */.wE)((input) => {
        if (input === command.positionals && positionals.length > 0)
            return positionals.join('\n');
        const value = values[input];
        if (Array.isArray(value))
            return value.join('\n');
        if (value === true)
            return 'true';
        return typeof value === 'string' ? value : '';
    }, { spell });
    const outputs = ['json', 'markdown', 'sarif']
        .map((kind) => ({ kind, path: source(kind) }))
        .filter(({ path }) => path !== '');
    const toStandardOutput = outputs.filter(({ path }) => path === STANDARD_OUTPUT);
    if (toStandardOutput.length > 1) {
        io.stderr(`kaizen-gates ${title}: ${toStandardOutput.map(({ kind }) => `--${kind}`).join(' and ')} ` +
            'both name standard output (-); one output can go there\n');
        return 2;
    }
    const quiet = values.quiet === true;
    const logger = {
        info: (message) => {
            if (!quiet)
                io.stderr(`${message}\n`);
        },
        warning: (message) => io.stderr(`warning: ${message}\n`),
        debug: () => undefined,
    };
    let failOn = 'fail';
    let verdict;
    try {
        failOn = (0,shared_inputs/* readCommonInputs */.di)(source).failOn;
        verdict = await command.run(source, logger);
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p)(error))
            throw error;
        const message = respell(error.message, command, spell);
        verdict = errorVerdict(name, source('key') || 'default', message);
    }
    // Git is asked only when the comment is written: no other output names commits.
    const baseRef = command.baseRefOption === undefined ? undefined : values[command.baseRefOption];
    const commits = outputs.some(({ kind }) => kind === 'markdown')
        ? await localCommits(verdict, typeof baseRef === 'string' ? baseRef.trim() : undefined)
        : undefined;
    // The files first: a reader that stops early (`| head`) must not cost them.
    try {
        await writeOutputs(verdict, outputs, io.stdout, commits);
    }
    catch (error) {
        io.stderr(`kaizen-gates: cannot write output: ${error.message}\n`);
        return 2;
    }
    if (toStandardOutput.length > 0) {
        // Standard output carries that output alone; the verdict's headline goes beside it.
        io.stderr(`${verdict.headline}\n`);
    }
    else if (quiet) {
        io.stdout(`${verdict.headline}\n`);
    }
    else {
        // Written as it is rendered: the text of 20,000 findings need not be in memory at once.
        const color = io.color && values['no-color'] !== true;
        for (const chunk of (0,console/* consoleChunks */.IF)(verdict, {
            color,
            ...(io.width === undefined ? {} : { width: io.width }),
        }))
            io.stdout(chunk);
        io.stdout('\n');
    }
    return exitCodeFor(verdict.status, failOn);
}


/***/ }),

/***/ 41951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ds: () => (/* binding */ DEFAULT_RENDER_GLOBS),
/* harmony export */   fR: () => (/* binding */ DEFAULT_DASHBOARD_GLOBS),
/* harmony export */   om: () => (/* binding */ RENDER_FILE_PLACEHOLDER),
/* harmony export */   z3: () => (/* binding */ DEFAULT_LINT_CONFIG_PATH)
/* harmony export */ });
/**
 * Where the dashboard-diff gate looks by default: in a module of their own so the CLI's help can
 * name them without loading the gate.
 */
/**
 * Files looked at when no path is given. Any changed JSON file is read, and the loader leaves out
 * those that are not dashboards (a package.json, a schema): dashboards have no fixed file name.
 */
const DEFAULT_DASHBOARD_GLOBS = ['**/*.json'];
/** Files the render command is run on when `render` is set and `render-glob` is not. */
const DEFAULT_RENDER_GLOBS = ['**/*.jsonnet'];
/**
 * The lint configuration read when `lint-config` is not given and the file exists: the name
 * grafana/dashboard-linter reads, so one file serves both tools.
 */
const DEFAULT_LINT_CONFIG_PATH = '.lint';
/** The placeholder of the render command that stands for the file to render. */
const RENDER_FILE_PLACEHOLDER = '{file}';


/***/ }),

/***/ 74677:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DEFAULT_RULE_GLOBS),
/* harmony export */   _: () => (/* binding */ DEFAULT_CONFIG_PATHS)
/* harmony export */ });
/**
 * Where the prom-lint gate looks by default: in a module of their own so the CLI's help can
 * name them without loading the gate.
 */
/** Rule files looked for when no path is given. */
const DEFAULT_RULE_GLOBS = ['**/*.rules.yml', '**/*.rules.yaml'];
/** Where the configuration file is looked for when no `config` is given, first match wins. */
const DEFAULT_CONFIG_PATHS = [
    '.kaizen-gates/prom-lint.yml',
    '.kaizen-gates/prom-lint.yaml',
];


/***/ }),

/***/ 27782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MAX_INPUT_BYTES: () => (/* binding */ MAX_INPUT_BYTES),
  directoryExists: () => (/* binding */ directoryExists),
  fileExists: () => (/* binding */ fileExists),
  readTextChunks: () => (/* binding */ readTextChunks),
  readTextFile: () => (/* binding */ readTextFile),
  resolveFiles: () => (/* binding */ resolveFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __nccwpck_require__(58382);
;// CONCATENATED MODULE: ./src/io/files.ts
/** Reading the user's files: glob expansion and size-checked reads, shared by action and CLI. */





/** Folders globs never descend into: dependencies and git's own files are never inputs. */
const IGNORED_DIRECTORIES = ['**/node_modules/**', '**/.git/**'];
/** Files larger than this are refused before reading: no result file is legitimately bigger. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;
/**
 * Expands globs (and plain paths) relative to the working directory, sorted and de-duplicated.
 * A pattern that matches nothing is an error naming it: a silent pass on a typo is worse.
 */
async function resolveFiles(patterns, inputName, options = {}, cwd = process.cwd()) {
    const found = new Set();
    for (const named of patterns) {
        let pattern = named;
        if (!isDynamicPattern(named)) {
            let isFile;
            try {
                isFile = (await (0,promises_.stat)((0,external_node_path_.resolve)(cwd, named))).isFile();
            }
            catch {
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': the file '${named}' does not exist.`);
            }
            if (isFile) {
                found.add(named);
                continue;
            }
            const directory = named.replace(/\/+$/, '');
            if (options.directoryFiles === undefined) {
                throw new errors/* ConfigurationError */.j(`Input '${inputName}': '${named}' is a directory; name files, or a glob such as '${directory}/**/*'.`);
            }
            pattern = `${escapePath(directory)}/**/${options.directoryFiles}`;
        }
        const matches = await glob(pattern, {
            cwd,
            onlyFiles: true,
            // A named directory's hidden files (its .git, a tool's settings) are not its contents.
            dot: pattern === named,
            expandDirectories: false,
            ignore: IGNORED_DIRECTORIES,
        });
        if (matches.length === 0) {
            throw new errors/* ConfigurationError */.j(pattern === named
                ? `Input '${inputName}': no file matches '${named}'.`
                : `Input '${inputName}': the directory '${named}' holds no ${options.directoryFiles} file.`);
        }
        for (const match of matches)
            found.add(match);
    }
    return [...found].sort();
}
/** Chunks of a streamed file: large enough that a gigabyte is a thousand reads. */
const CHUNK_BYTES = 1024 * 1024;
/**
 * A file's text in chunks of about 1 MiB, UTF-8 decoded by the stream (a character split
 * between two reads is held back, never garbled), for inputs too large to be one string (a
 * coverage report, a night of k6 points). Read errors come as the stream raises them.
 */
function readTextChunks(path) {
    return (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
}
/** Reads a text file, refusing files over {@link MAX_INPUT_BYTES}. */
async function readTextFile(path) {
    let size;
    try {
        size = (await (0,promises_.stat)(path)).size;
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`Cannot read '${path}': ${error.code ?? 'unknown error'}.`);
    }
    if (size > MAX_INPUT_BYTES) {
        throw new errors/* ConfigurationError */.j(`'${path}' is ${Math.round(size / 1024 / 1024)} MiB; files over ${MAX_INPUT_BYTES / 1024 / 1024} MiB are refused.`);
    }
    return (0,promises_.readFile)(path, 'utf8');
}
/** Whether `path` is an existing regular file (false for directories and for anything unreadable). */
async function fileExists(path) {
    return (0,promises_.stat)(path).then((info) => info.isFile(), () => false);
}
/** Whether `path` is an existing directory (false for files and for anything unreadable). */
async function directoryExists(path) {
    return (0,promises_.stat)(path).then((info) => info.isDirectory(), () => false);
}


/***/ }),

/***/ 39475:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ fitWidth),
/* harmony export */   IF: () => (/* binding */ consoleChunks),
/* harmony export */   JL: () => (/* binding */ terminalWidth)
/* harmony export */ });
/* unused harmony exports DEFAULT_CONSOLE_WIDTH, MAX_CONSOLE_ROWS, wrapWidth, renderConsole */
/* harmony import */ var string_width__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(94668);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(12011);
/* harmony import */ var _labels_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(47923);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(21269);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(65655);
/**
 * The CLI's report: plain text for a terminal, columns aligned by display width, colour only
 * when asked. User strings lose every control character first, so a benchmark name cannot move
 * the cursor, clear the screen or retitle the terminal. Tables fit the terminal's width when
 * there is one, by wrapping text onto more lines, never by cutting it: a name cut to
 * `BenchmarkDecode/forma…` looks like its sibling, and a cut number is a wrong number. Output
 * that is not a terminal (a pipe, a file, a CI log) gets every cell whole.
 */





/** Width of a terminal that does not say its own. */
const DEFAULT_CONSOLE_WIDTH = 100;
const MIN_WIDTH = 40;
/**
 * The width to fit tables to: for a terminal, its width (`columns`), else the `COLUMNS`
 * variable (set by shells, and by users for a terminal Node cannot measure), else
 * {@link DEFAULT_CONSOLE_WIDTH}; `undefined` when the output is not a terminal (whole cells).
 *
 * @example terminalWidth({ isTTY: true, columns: 120 }, {}) // 120
 * @example terminalWidth({ isTTY: false }, { COLUMNS: '80' }) // undefined
 */
function terminalWidth(stream, env) {
    if (stream.isTTY !== true)
        return undefined;
    if (stream.columns !== undefined && stream.columns > 0)
        return stream.columns;
    const fromEnv = Number(env.COLUMNS);
    return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_CONSOLE_WIDTH;
}
/** A column is never squeezed below this many display columns. */
const MIN_COLUMN_WIDTH = 4;
/**
 * Rows of a table a terminal shows; the rest are counted. Rows come most important first, and
 * nobody scrolls past a thousand lines: the verdict JSON has them all.
 */
const MAX_CONSOLE_ROWS = 1000;
const INDENT = '  ';
const GAP = '  ';
/** SGR codes used; nothing else is ever written to the terminal. */
const SGR = {
    bold: '1',
    dim: '2',
    red: '31',
    green: '32',
    yellow: '33',
    magenta: '35',
    cyan: '36',
};
function paint(color, text, ...styles) {
    if (!color || styles.length === 0 || text === '')
        return text;
    return `\u001B[${styles.map((style) => SGR[style]).join(';')}m${text}\u001B[0m`;
}
function statusStyle(status) {
    switch (status) {
        case 'pass':
            return 'green';
        case 'warn':
            return 'yellow';
        case 'fail':
            return 'red';
        case 'error':
            return 'magenta';
        default:
            return (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(status);
    }
}
function severityStyle(severity) {
    switch (severity) {
        case 'error':
            return 'red';
        case 'warning':
            return 'yellow';
        case 'notice':
            return 'cyan';
        default:
            return (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .assertNever */ .xb)(severity);
    }
}
/**
 * Longest user string kept in a line, in code units: wider than any terminal, and it keeps the
 * display-width arithmetic cheap for a 10,000-character benchmark name.
 */
const MAX_FIELD_LENGTH = 1_000;
/** User text made safe for a terminal line: no control or bidi character, no line break. */
function clean(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeText */ .jZ)(text).trim(), MAX_FIELD_LENGTH);
}
/** Printable ASCII only: one column per character. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Display width in columns. Printable ASCII (nearly every cell: paths, numbers) is its length;
 * string-width's grapheme walk, which a 1,000-row table of a 4,000-file coverage report called
 * 12,000 times for a second of CPU, is left for the rest.
 */
function displayWidth(text) {
    return PRINTABLE_ASCII.test(text) ? text.length : (0,string_width__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A)(text);
}
/**
 * Cuts `text` to at most `width` display columns on a grapheme boundary, with an ellipsis: for
 * free text in a fixed space (a minimap's legend). Tables wrap instead (see {@link wrapWidth}).
 */
function fitWidth(text, width) {
    if (displayWidth(text) <= width)
        return text;
    let used = 0;
    let result = '';
    // A visible grapheme is at least one column wide, so the first `width` graphemes suffice.
    for (const grapheme of (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .graphemes */ .ls)(text, width)) {
        const next = displayWidth(grapheme);
        if (used + next > width - 1)
            break;
        result += grapheme;
        used += next;
    }
    return result + _text_js__WEBPACK_IMPORTED_MODULE_2__/* .ELLIPSIS */ .Gr;
}
function pad(text, width, align) {
    const space = Math.max(0, width - displayWidth(text));
    if (align === 'right')
        return ' '.repeat(space) + text;
    if (align === 'center') {
        const left = Math.floor(space / 2);
        return ' '.repeat(left) + text + ' '.repeat(space - left);
    }
    return text + ' '.repeat(space);
}
function cellText(cell) {
    if (cell === undefined)
        return '';
    if (typeof cell === 'number')
        return (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(cell);
    if (typeof cell === 'string')
        return clean(cell);
    return clean(cell.text);
}
/**
 * Widths for columns whose natural widths are `natural`, fitting `available` columns: the
 * widest columns are narrowed to a common cap (found by bisection), never below their
 * `minimum` (a number column's longest word: it wraps only between words) or their natural
 * width. `undefined` when even the minimums do not fit: the caller keeps natural widths and
 * lets the terminal wrap the long lines, since a number cut short would be a different number.
 */
function fitColumns(natural, minimum, available) {
    const capped = (cap) => natural.map((width, index) => Math.min(width, Math.max(cap, minimum[index] ?? width)));
    const total = (cap) => capped(cap).reduce((sum, width) => sum + width, 0);
    const widest = natural.reduce((most, width) => Math.max(most, width), 0);
    if (total(widest) <= available)
        return [...natural];
    if (total(0) > available)
        return undefined;
    let low = 0;
    let high = widest;
    while (low < high) {
        const middle = Math.ceil((low + high) / 2);
        if (total(middle) <= available)
            low = middle;
        else
            high = middle - 1;
    }
    return capped(low);
}
/**
 * `text` as lines of at most `width` display columns, broken only at spaces (a no-break space
 * holds): for numbers, whose words are never split. A word wider than `width` keeps a line of
 * its own, whole.
 */
function wrapWords(text, width) {
    if (displayWidth(text) <= width)
        return [text];
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && displayWidth(`${line} ${word}`) > width) {
            lines.push(line);
            line = word;
        }
        else {
            line = line === '' ? word : `${line} ${word}`;
        }
    }
    lines.push(line);
    return lines;
}
/** The display width of the longest space-free word of `text`. */
function longestWord(text) {
    return text.split(' ').reduce((most, word) => Math.max(most, displayWidth(word)), 0);
}
/** Characters a wrapped line best ends after: a space, and the separators of a name's parts. */
const STRONG_BREAKS = new Set([' ', '/', ':']);
/** Characters a wrapped line may end after when no strong break fits: within a part. */
const WEAK_BREAKS = new Set(['=', ',', '-', '_', '.', ')', ']', '>']);
/**
 * `text` as lines of at most `width` display columns (a grapheme wider than `width` gets a line
 * of its own): each line ends after the last space, `/` or `:` that fits, else after the last
 * `=`, `,`, `-`, `_`, `.` or closing bracket, else where it is full. Joined again, the lines are
 * the text: nothing is left out.
 *
 * @example wrapWidth('format=json/message=Flat/size=64', 20) // ['format=json/', 'message=Flat/size=64']
 */
function wrapWidth(text, width) {
    if (displayWidth(text) <= width)
        return [text];
    const lines = [];
    let line = [];
    let used = 0;
    for (const grapheme of (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .graphemes */ .ls)(text)) {
        const next = displayWidth(grapheme);
        if (used + next > width && line.length > 0) {
            const cut = breakPoint(line);
            lines.push(line.slice(0, cut).join(''));
            line = line.slice(cut);
            used = line.reduce((sum, part) => sum + displayWidth(part), 0);
        }
        line.push(grapheme);
        used += next;
    }
    if (line.length > 0)
        lines.push(line.join(''));
    return lines;
}
/** Where a full line of graphemes ends: after its last strong break, else weak, else all of it. */
function breakPoint(line) {
    let weak = 0;
    // The last grapheme is never a break: the line would not shrink.
    for (let index = line.length - 2; index >= 0; index -= 1) {
        const grapheme = line[index] ?? '';
        if (STRONG_BREAKS.has(grapheme))
            return index + 1;
        if (weak === 0 && WEAK_BREAKS.has(grapheme))
            weak = index + 1;
    }
    return weak > 0 ? weak : line.length;
}
/**
 * A text column narrower than this (and than its cells) goes on a line of its own above each
 * row instead: `Benchm`/`arkDec`/`ode/…` in a 6-column slot reads worse than the whole name
 * above its numbers.
 */
const MIN_WRAPPED_COLUMN_WIDTH = 24;
/** Indent of a row's other columns under the column moved to a line of its own above them. */
const STACK_INDENT = INDENT + '  ';
/**
 * A table as aligned lines: at its natural width without `width`, else fitted to `width` by
 * narrowing the widest columns and wrapping their cells (numbers, right-aligned, only between
 * words: a number is never split), a row taking as many lines as its tallest cell. When that would leave the widest
 * text column narrower than {@link MIN_WRAPPED_COLUMN_WIDTH}, that column moves to a line of its
 * own that heads each row (and the header), wrapped to the whole width, the other columns
 * indented below it.
 */
function tableLines(table, width, color) {
    const lines = [paint(color, clean(table.title), 'bold')];
    if (table.rows.length === 0 || table.columns.length === 0)
        return [...lines, `${INDENT}(no rows)`];
    const header = table.columns.map((column) => clean(column.header));
    const shown = table.rows.length > MAX_CONSOLE_ROWS ? MAX_CONSOLE_ROWS : table.rows.length;
    const rows = table.rows
        .slice(0, shown)
        .map((row) => table.columns.map((_, index) => cellText(row[index])));
    // Loops, not Math.max(...rows): a table of 300,000 rows would overflow the call stack.
    const numeric = table.columns.map((column) => column.align === 'right');
    const natural = header.map((text) => displayWidth(text));
    // A text column may narrow to MIN_COLUMN_WIDTH; a number column to its longest word.
    const minimum = header.map((text, index) => numeric[index] === true ? longestWord(text) : MIN_COLUMN_WIDTH);
    for (const row of rows) {
        row.forEach((text, index) => {
            natural[index] = Math.max(natural[index] ?? 0, displayWidth(text));
            if (numeric[index] === true)
                minimum[index] = Math.max(minimum[index] ?? 0, longestWord(text));
        });
    }
    const layout = fitTable(table, natural, minimum, width);
    const rowLines = (cells, styles) => {
        const inline = layout.columns.map((index) => {
            const wrap = numeric[index] === true ? wrapWords : wrapWidth;
            return { index, parts: wrap(cells[index] ?? '', layout.widths[index] ?? 0) };
        });
        const height = inline.reduce((most, { parts }) => Math.max(most, parts.length), 1);
        const indent = layout.stacked === undefined ? INDENT : STACK_INDENT;
        const result = Array.from({ length: height }, (_, lineIndex) => indent +
            inline
                .map(({ index, parts }) => paint(color, pad(parts[lineIndex] ?? '', layout.widths[index] ?? 0, table.columns[index]?.align), ...styles))
                .join(GAP)
                .trimEnd());
        if (layout.stacked === undefined || width === undefined)
            return result;
        const text = cells[layout.stacked] ?? '';
        const parts = text === '' ? [] : wrapWidth(text, width - INDENT.length);
        return [...parts.map((part) => paint(color, INDENT + part.trimEnd(), ...styles)), ...result];
    };
    lines.push(...rowLines(header, ['dim']));
    for (const row of rows)
        lines.push(...rowLines(row, []));
    const left = table.rows.length - shown;
    if (left > 0) {
        lines.push(paint(color, `${INDENT}… ${left} more ${left === 1 ? 'row' : 'rows'} (all are in the verdict JSON)`, 'dim'));
    }
    return lines;
}
/**
 * Lays out a table whose columns' natural widths are `natural` (and narrowest, `minimum`) in
 * `width` display columns.
 */
function fitTable(table, natural, minimum, width) {
    const all = table.columns.map((_, index) => index);
    if (width === undefined)
        return { columns: all, widths: [...natural] };
    const room = (count) => width - INDENT.length - GAP.length * (count - 1);
    const widths = fitColumns(natural, minimum, room(all.length));
    // The widest text column (numbers are right-aligned) is the one that may move to its own line.
    const widest = all
        .filter((index) => table.columns[index]?.align !== 'right')
        .reduce((best, index) => best === undefined || (natural[index] ?? 0) > (natural[best] ?? 0) ? index : best, undefined);
    // Moved: when fitting would leave it too narrow, or cannot fit at all.
    const stack = widest !== undefined &&
        all.length > 1 &&
        (widths === undefined ||
            (widths[widest] ?? 0) < Math.min(natural[widest] ?? 0, MIN_WRAPPED_COLUMN_WIDTH));
    if (!stack)
        return { columns: all, widths: widths ?? [...natural] };
    const columns = all.filter((index) => index !== widest);
    const rest = fitColumns(columns.map((index) => natural[index] ?? 0), columns.map((index) => minimum[index] ?? 0), room(columns.length) - (STACK_INDENT.length - INDENT.length));
    const restWidths = [...natural];
    columns.forEach((index, position) => {
        restWidths[index] = rest?.[position] ?? natural[index] ?? 0;
    });
    return { columns, widths: restWidths, stacked: widest };
}
function metricLines(metrics) {
    const labels = metrics.map((metric) => clean(metric.label));
    const labelWidth = labels.reduce((most, label) => Math.max(most, displayWidth(label)), 0);
    return metrics.map((metric, index) => {
        const value = typeof metric.value === 'number' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_4__/* .formatNumber */ .ZV)(metric.value) : clean(metric.value);
        return `${INDENT}${pad(labels[index] ?? '', labelWidth, 'left')}  ${value}`;
    });
}
/** A line of spans: code in backticks (and cyan), strong in bold; no control character. */
function spansLine(spans, color) {
    return spans
        .map((span) => {
        if (typeof span === 'string')
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)((0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeText */ .jZ)(span), MAX_FIELD_LENGTH);
        if ('code' in span)
            return paint(color, `\`${clean(span.text)}\``, 'cyan');
        return paint(color, clean(span.text), 'bold');
    })
        .join('')
        .trim();
}
/**
 * A block's lines at `indent`: lists as `- item`, code as its lines indented once more (each
 * line cleaned, tabs as spaces; a diff's `+` lines green and `-` lines red when in colour), a
 * collapsed part as its summary then its blocks indented.
 */
function blockLines(block, indent, color) {
    switch (block.kind) {
        case 'paragraph':
            return [indent + spansLine(block.spans, color)];
        case 'list':
            return block.items.map((item) => `${indent}- ${spansLine(item, color)}`);
        case 'code': {
            const diff = block.language === 'diff';
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeText */ .jZ)(block.text, { newlines: 'keep' })
                .replace(/\n+$/, '')
                .split('\n')
                .map((line) => {
                const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .truncateText */ .EJ)(line, MAX_FIELD_LENGTH).trimEnd();
                // A diff reads as one in a terminal too: additions green, removals red.
                const style = diff && text.startsWith('+') ? ['green'] : diff && text.startsWith('-') ? ['red'] : [];
                return `${indent}${INDENT}${paint(color, text, ...style)}`.trimEnd();
            });
        }
        case 'details':
            return [
                indent + paint(color, clean(block.summary), 'dim'),
                ...block.blocks.flatMap((inner) => blockLines(inner, indent + INDENT, color)),
            ];
    }
}
/** A section: its title in bold, then its blocks indented (a terminal shows nothing collapsed). */
function sectionLines(section, color) {
    const title = clean(section.title);
    const indent = title === '' ? '' : INDENT;
    const lines = section.blocks.flatMap((block) => blockLines(block, indent, color));
    return title === '' ? lines : [paint(color, title, 'bold'), ...lines];
}
/** `file:line:col severity rule message`, the parts the finding has. */
function findingLine(finding, color) {
    // A title that only repeats the rule name adds nothing on a line that shows the rule.
    const title = finding.title === finding.rule ? '' : clean(finding.title);
    const message = clean(finding.message);
    const text = message === '' || message === title ? title : title === '' ? message : `${title}: ${message}`;
    const parts = [
        clean((0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .findingLocation */ .$R)(finding)),
        paint(color, finding.severity, severityStyle(finding.severity)),
        finding.rule === undefined ? '' : paint(color, clean(finding.rule), 'dim'),
        text,
    ];
    return INDENT + parts.filter((part) => part !== '').join(' ');
}
/**
 * Renders a verdict for a terminal: the outcome and headline, metrics as aligned label/value
 * pairs, notes, each section (title, then its paragraphs, lists, code and collapsed parts
 * indented), each table as aligned columns fitted to `width` (long text wraps onto more lines;
 * numbers and names are never cut) or at its natural width without one,
 * findings one per line as `file:line:col severity rule message`, errors first. Charts are left
 * out (a terminal cannot draw them). ANSI colour codes appear only when `color` is true; user
 * strings never carry control characters.
 */
function renderConsole(verdict, options) {
    return [...consoleChunks(verdict, options)].join('');
}
/** How many finding lines {@link consoleChunks} puts in one piece. */
const FINDING_LINES_PER_CHUNK = 500;
/**
 * {@link renderConsole}'s text in pieces, for writing as it is made: 20,000 findings make tens
 * of megabytes of text, which need not all be in memory at once.
 */
function* consoleChunks(verdict, options) {
    const width = options.width === undefined ? undefined : Math.max(MIN_WIDTH, Math.floor(options.width));
    const color = options.color;
    const key = verdict.key === 'default' ? '' : ` (${clean(verdict.key)})`;
    const headline = clean(verdict.headline);
    const word = paint(color, (0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .statusWord */ .Hm)(verdict.status), 'bold', statusStyle(verdict.status));
    const sections = [
        [`${word} ${(0,_labels_js__WEBPACK_IMPORTED_MODULE_0__/* .gateTitle */ .KS)(verdict.gate)}${key}${headline === '' ? '' : `: ${headline}`}`],
    ];
    if (verdict.metrics.length > 0)
        sections.push(metricLines(verdict.metrics));
    if (verdict.notes.length > 0) {
        sections.push(verdict.notes.map((note) => {
            const label = note.level === 'warning' ? paint(color, 'warning:', 'yellow', 'bold') : 'note:';
            const text = (0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .sanitizeText */ .jZ)(note.text, { newlines: 'keep' })
                .trim()
                .split('\n')
                .map((line) => line.trim())
                .join(`\n${INDENT}`);
            return `${label} ${text}`;
        }));
    }
    for (const section of verdict.sections ?? [])
        sections.push(sectionLines(section, color));
    for (const table of verdict.tables)
        sections.push(tableLines(table, width, color));
    yield sections.map((lines) => lines.join('\n')).join('\n\n');
    if (verdict.findings.length > 0) {
        yield `\n\n${paint(color, `Findings (${verdict.findings.length})`, 'bold')}`;
        const sorted = (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFindings */ .Tc)(verdict.findings);
        for (let start = 0; start < sorted.length; start += FINDING_LINES_PER_CHUNK) {
            let chunk = '';
            for (const finding of sorted.slice(start, start + FINDING_LINES_PER_CHUNK))
                chunk += `\n${findingLine(finding, color)}`;
            yield chunk;
        }
    }
    yield '\n';
}


/***/ }),

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   SC: () => (/* binding */ escapeHtmlText),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   c0: () => (/* binding */ escapeMarkdownLines),
/* harmony export */   m4: () => (/* binding */ escapeMarkdownText),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65655);
/**
 * Neutralising user-controlled strings (benchmark names, file paths, messages) before they reach
 * GitHub-flavoured Markdown. A benchmark called `@octocat` must not ping anyone, one called
 * `</details>` must not break the comment's layout, and one called
 * `<!-- kaizen-gates:bench:default -->` must not forge the marker by which the sticky comment is
 * found.
 */

/**
 * Zero-width joiner, inserted after `@` and before the digits of issue references. GitHub links
 * `@user`, `#123`, `GH-123` and `owner/repo#1` even when the sign is backslash-escaped, but not
 * when an invisible character separates the sign from the name or number.
 */
const ZERO_WIDTH_JOINER = '\u200D';
/**
 * ASCII punctuation that CommonMark or GitHub's extensions give a meaning inline: emphasis
 * (`*`, `_`), strikethrough (`~`), links and images (`[`, `]`, `(`, `)`, `!`), code (`` ` ``),
 * table cells (`|`), math (`$`) and the escape character itself. Each is backslash-escaped.
 */
const INLINE_SPECIALS = new Set(['\\', '`', '*', '_', '~', '[', ']', '(', ')', '!', '|', '$']);
/** Characters with a meaning in HTML, written as entities (this also stops raw tags and comments). */
const HTML_ENTITIES = new Map([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
]);
/**
 * Characters that start a block when they open a line and are followed by a space, the end, or
 * themselves: a list item (`- a`, `+ a`), a thematic break (`---`) or a heading underline (`===`).
 * `-1.5%` starts no block and stays as it is.
 */
const LINE_START_SPECIALS = new Set(['-', '+', '=']);
/** True when the unit after `index` ends a block marker: a space, the end, or `same` again. */
const endsMarker = (units, index, same) => {
    const next = units[index + 1];
    return next === undefined || next === ' ' || next === same;
};
const isDigit = (unit) => unit !== undefined && /^[0-9]/.test(unit);
/**
 * True when the unit at `index` is the `-` of `GH-<digits>`, GitHub's other issue-reference form.
 */
function isIssuePrefixDash(units, index) {
    return (units[index] === '-' &&
        isDigit(units[index + 1]) &&
        units[index - 1]?.toUpperCase() === 'H' &&
        units[index - 2]?.toUpperCase() === 'G');
}
/** The piece that stops `@`, `#1` and `GH-1` from linking; `undefined` when `unit` is none of them. */
function referenceBreak(units, index) {
    const unit = units[index];
    if (unit === '@')
        return '@' + ZERO_WIDTH_JOINER;
    if (isIssuePrefixDash(units, index))
        return '-' + ZERO_WIDTH_JOINER;
    return undefined;
}
/** Renders each unit (grapheme or code point) of sanitised text as Markdown prose. */
function markdownPieces(units) {
    const pieces = [];
    // Length of the run of digits that opens the text: `1.` or `1)` after it would start a list.
    let leadingDigits = 0;
    while (/^[0-9]$/.test(units[leadingDigits] ?? ''))
        leadingDigits += 1;
    units.forEach((unit, index) => {
        const reference = referenceBreak(units, index);
        if (reference !== undefined) {
            pieces.push(reference);
        }
        else if (unit === '#') {
            // `\#` stops a heading; the joiner stops an issue link, which the backslash does not.
            pieces.push(isDigit(units[index + 1]) ? '\\#' + ZERO_WIDTH_JOINER : '\\#');
        }
        else if (INLINE_SPECIALS.has(unit)) {
            pieces.push('\\' + unit);
        }
        else if (HTML_ENTITIES.has(unit)) {
            pieces.push(HTML_ENTITIES.get(unit) ?? unit);
        }
        else if (index === 0 && LINE_START_SPECIALS.has(unit) && endsMarker(units, index, unit)) {
            pieces.push('\\' + unit);
        }
        else if (unit === '.' &&
            index > 0 &&
            index === leadingDigits &&
            leadingDigits <= 9 &&
            endsMarker(units, index, ' ')) {
            pieces.push('\\.');
        }
        else {
            pieces.push(unit);
        }
    });
    return pieces;
}
/** Renders each unit as HTML text (no Markdown is parsed inside an HTML block such as `<summary>`). */
function htmlPieces(units) {
    return units.map((unit, index) => {
        const reference = referenceBreak(units, index);
        if (reference !== undefined)
            return reference;
        if (unit === '#')
            return isDigit(units[index + 1]) ? '#' + ZERO_WIDTH_JOINER : '#';
        return HTML_ENTITIES.get(unit) ?? unit;
    });
}
/**
 * Escapes `units` with `render`, first by code point (fast) and, only when the result is too
 * long, again by grapheme so that the cut keeps whole graphemes.
 */
function escapeWithin(text, render, maxLength) {
    const pieces = render(Array.from(text));
    const whole = pieces.join('');
    if (maxLength === undefined || whole.length <= maxLength)
        return whole;
    // Each grapheme renders to at least one code unit, so only the first maxLength can be kept;
    // two more give the escaping its look-ahead (`#1`, `GH-1`).
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .joinWithinLength */ .QQ)(render((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .graphemes */ .ls)(text, maxLength + 2)), maxLength);
}
/**
 * Escapes user text for Markdown prose (a paragraph, a heading, a list item), so that it renders
 * as exactly the characters it holds: HTML special characters become entities (no raw tag, no
 * `</details>` break-out, no forged `<!-- … -->` marker); Markdown punctuation is
 * backslash-escaped, as are a leading `- `, `+ `, `---`, `===` and the dot of a leading `1. `; `@`, `#123`
 * and `GH-123` get a zero-width joiner so GitHub links no one and nothing; control and
 * bidirectional characters are removed and line breaks become spaces.
 *
 * @example escapeMarkdownText('**@octocat** fixed #12') // '\\*\\*@\u200Doctocat\\*\\* fixed \\#\u200D12'
 */
function escapeMarkdownText(text, options = {}) {
    (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .assertMaxLength */ .h$)('escapeMarkdownText', options.maxLength);
    return escapeWithin((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text).trim(), markdownPieces, options.maxLength);
}
/**
 * Escapes text that may hold inline code spans written between backticks (the `Note` format:
 * ``run `npm test` first``) and may span several lines: code spans go through
 * {@link inlineCode}, the rest through the rules of {@link escapeMarkdownText}, line by line, so
 * no line can open a list, a heading or a quote. Returns the escaped lines, without empty
 * leading or trailing ones; the caller joins them (or prefixes each with `> ` for an alert).
 * `maxLength` caps the input text (before escaping), on a grapheme boundary.
 *
 * @example escapeMarkdownLines('run `npm ci`\n- then *test*') // ['run `npm ci`', '\\- then \\*test\\*']
 */
function escapeMarkdownLines(text, options = {}) {
    (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .assertMaxLength */ .h$)('escapeMarkdownLines', options.maxLength);
    let clean = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text, { newlines: 'keep' }).trim();
    if (options.maxLength !== undefined)
        clean = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .truncateText */ .EJ)(clean, options.maxLength);
    return clean.split('\n').map((line) => line
        .trim()
        .split(/(`[^`]+`)/)
        .map((part, index) => {
        if (index % 2 === 1)
            return inlineCode(part.slice(1, -1));
        // Only the first part opens the line; later ones follow a code span.
        const pieces = markdownPieces(Array.from(index === 0 ? part : ' ' + part));
        return (index === 0 ? pieces : pieces.slice(1)).join('');
    })
        .join(''));
}
/**
 * Escapes user text for one cell of a GFM table: everything {@link escapeMarkdownText} does, and
 * since every `|` is escaped and line breaks are spaces, the row keeps its number of columns.
 *
 * @example escapeTableCell('a | b\nc') // 'a \\| b c'
 */
function escapeTableCell(text, options = {}) {
    (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .assertMaxLength */ .h$)('escapeTableCell', options.maxLength);
    return escapeWithin((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text).trim(), markdownPieces, options.maxLength);
}
/**
 * Escapes user text for raw HTML content where Markdown is not parsed, such as the
 * `<summary>` line of a `<details>` block: HTML entities and the joiners that stop mentions and
 * issue links, without backslashes (which would show).
 *
 * @example escapeHtmlText('</details> @octocat') // '&lt;/details&gt; @\u200Doctocat'
 */
function escapeHtmlText(text, options = {}) {
    (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .assertMaxLength */ .h$)('escapeHtmlText', options.maxLength);
    return escapeWithin((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text).trim(), htmlPieces, options.maxLength);
}
/**
 * Breaks the `<!--` that opens an HTML comment. Inside code, GitHub shows the characters as
 * they are, but the raw comment body still holds them, and the sticky-comment transport finds
 * its comment by searching the raw body for `<!-- kaizen-gates:… -->`.
 */
function codePieces(units, inTable) {
    return units.map((unit, index) => {
        if (unit === '<' && units[index + 1] === '!' && units[index + 2] === '-') {
            return '<' + ZERO_WIDTH_JOINER;
        }
        if (inTable && unit === '|')
            return '\\|';
        return unit;
    });
}
/** Length of the longest run of backticks in `text`. */
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * Wraps user text in a Markdown code span, where nothing is interpreted and GitHub neither
 * mentions nor links. The backtick fence is one longer than any backtick run inside, and the
 * content is padded with a space when it starts or ends with a backtick or a space (CommonMark
 * strips one space from each side). Line breaks become spaces (a blank line would end the
 * span), control and bidirectional characters are removed, and `<!--` is broken so the raw
 * text cannot forge the comment marker.
 *
 * @example inlineCode('a `b` c') // '`` a `b` c ``'
 */
function inlineCode(text, options = {}) {
    (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .assertMaxLength */ .h$)('inlineCode', options.maxLength);
    const clean = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text);
    if (clean.length === 0)
        return '` `';
    const fence = '`'.repeat(longestBacktickRun(clean) + 1);
    const wrap = (content) => {
        const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
        return fence + pad + content + pad + fence;
    };
    const whole = wrap(codePieces(Array.from(clean), options.inTable === true).join(''));
    if (options.maxLength === undefined || whole.length <= options.maxLength)
        return whole;
    // A shorter content has no longer backtick run, so the fence (and padding) cannot grow.
    const overhead = 2 * (fence.length + 1);
    const content = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .joinWithinLength */ .QQ)(codePieces((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .graphemes */ .ls)(clean, options.maxLength + 2), options.inTable === true), Math.max(1, options.maxLength - overhead));
    return wrap(content);
}
/**
 * Wraps user text in a fenced code block. The fence is one backtick longer than any backtick run
 * inside (at least three), so no line of the content can close it; `language` keeps only the
 * characters an info string needs. Control and bidirectional characters are removed, tabs and
 * line breaks kept, and `<!--` broken as in {@link inlineCode}.
 *
 * @example codeBlock('x ``` y', 'text') // '````text\nx ``` y\n````'
 */
function codeBlock(text, language = '', options = {}) {
    (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .assertMaxLength */ .h$)('codeBlock', options.maxLength);
    const clean = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeText */ .jZ)(text, { newlines: 'keep', keepTabs: true }).replace(/\n+$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(clean) + 1));
    const info = language.replace(/[^A-Za-z0-9_+.-]/g, '');
    const content = escapeWithin(clean, (units) => codePieces(units, false), options.maxLength);
    return `${fence}${info}\n${content}\n${fence}`;
}


/***/ }),

/***/ 12011:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ displayUnit),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Number formatting shared by the gates and the renderers, so that every report writes a
 * percentage, a duration or a size the same way. All functions are deterministic (fixed
 * `en-US` conventions, never the machine's locale) and throw on a non-finite input rather than
 * print `NaN`.
 */
function assertFinite(caller, name, value) {
    if (!Number.isFinite(value)) {
        throw new Error(`${caller}: ${name} must be a finite number (got ${String(value)})`);
    }
}
function assertDigits(caller, digits) {
    if (!Number.isInteger(digits) || digits < 0 || digits > 20) {
        throw new Error(`${caller}: digits must be an integer from 0 to 20 (got ${String(digits)})`);
    }
}
/**
 * Formats a fraction as a percentage: `0.1234` is `12.3%`. With `signed`, a rise reads `+12.3%`
 * and a fall `-12.3%`; a value that rounds to zero is `0.0%`, never `-0.0%`.
 *
 * @throws Error when `fraction` is not finite or `digits` is not an integer from 0 to 20.
 * @example formatPercent(-0.0456, { signed: true }) // '-4.6%'
 */
function formatPercent(fraction, options = {}) {
    assertFinite('formatPercent', 'fraction', fraction);
    const digits = options.digits ?? 1;
    assertDigits('formatPercent', digits);
    const rounded = (Math.abs(fraction) * 100).toFixed(digits);
    const isZero = Number(rounded) === 0;
    const sign = isZero ? '' : fraction < 0 ? '-' : options.signed === true ? '+' : '';
    return `${sign}${rounded}%`;
}
/**
 * Scales `magnitude` down by `step` through `units` until it is below `step` once rounded to
 * three significant digits (so 999.7 ns reads `1.00 µs`, not `1.00e+3 ns`). The last unit
 * takes any magnitude.
 */
function scaleDown(magnitude, units, step) {
    const displayed = (value) => value >= 1000 ? Math.round(value) : Number(value.toPrecision(3));
    let value = magnitude;
    let divisor = 1;
    let unitIndex = 0;
    while (unitIndex < units.length - 1 && displayed(value) >= step) {
        value /= step;
        divisor *= step;
        unitIndex += 1;
    }
    return { value, unit: units[unitIndex] ?? '', divisor };
}
const DURATION_UNITS = ['ns', 'µs', 'ms', 's'];
const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/**
 * The unit {@link formatDuration} (for `ns`) or {@link formatBytes} (for `B`, `B/s`) writes
 * `value` in, and what to divide by to get there: a chart of values in canonical units is drawn
 * in the unit its table shows (`µs`, not `ns` in the millions). Other units are kept as they are.
 * @example displayUnit(1_234_567, 'ns') // { unit: 'ms', divisor: 1_000_000 }
 */
function displayUnit(value, unit) {
    const magnitude = Number.isFinite(value) ? Math.abs(value) : 0;
    const scaled = unit === 'ns'
        ? scaleDown(magnitude, DURATION_UNITS, 1000)
        : unit === 'B' || unit === 'B/s'
            ? scaleDown(magnitude, BYTE_UNITS, 1024)
            : undefined;
    if (scaled === undefined)
        return { unit, divisor: 1 };
    return { unit: unit === 'B/s' ? `${scaled.unit}/s` : scaled.unit, divisor: scaled.divisor };
}
/** Writes a scaled magnitude with three significant digits, without exponent. */
function formatScaled(magnitude, units, step) {
    const { value, unit } = scaleDown(magnitude, units, step);
    const text = value === 0 ? '0' : value >= 1000 ? Math.round(value).toString() : plainPrecision(value, 3);
    return `${text} ${unit}`;
}
/**
 * `value.toPrecision(significant)` without exponent notation (`0.000123`, not `1.23e-4`): the
 * reader compares digits, and an exponent hides the magnitude.
 */
function plainPrecision(value, significant) {
    const precise = value.toPrecision(significant);
    if (!precise.includes('e'))
        return precise;
    const exponent = Math.floor(Math.log10(Math.abs(Number(precise))));
    const decimals = Math.min(100, Math.max(0, significant - 1 - exponent));
    return Number(precise).toFixed(decimals);
}
/**
 * Formats a duration given in nanoseconds with three significant digits in the largest unit
 * that keeps the number at least 1: `ns`, `µs`, `ms` or `s` (`1234` is `1.23 µs`). Negative
 * durations (differences) keep their sign.
 *
 * @throws Error when `nanoseconds` is not finite.
 * @example formatDuration(1_234_567) // '1.23 ms'
 */
function formatDuration(nanoseconds) {
    assertFinite('formatDuration', 'nanoseconds', nanoseconds);
    const sign = nanoseconds < 0 ? '-' : '';
    return sign + formatScaled(Math.abs(nanoseconds), DURATION_UNITS, 1000);
}
/**
 * Formats a size in bytes with binary prefixes (1 KiB = 1,024 B) and three significant digits:
 * `1536` is `1.50 KiB`. Negative sizes (differences) keep their sign.
 *
 * @throws Error when `bytes` is not finite.
 * @example formatBytes(5_000_000) // '4.77 MiB'
 */
function formatBytes(bytes) {
    assertFinite('formatBytes', 'bytes', bytes);
    const sign = bytes < 0 ? '-' : '';
    return sign + formatScaled(Math.abs(bytes), BYTE_UNITS, 1024);
}
/**
 * Formats a plain number for reading: thousands separated by commas, every digit of the integer
 * part kept, and at most `digits` significant digits overall otherwise (`1234.5` is `1,235`,
 * `12.345` is `12.3`, `0.00012345` is `0.000123`).
 *
 * @throws Error when `value` is not finite or `digits` is not an integer from 1 to 20.
 * @example formatNumber(1234567) // '1,234,567'
 */
function formatNumber(value, options = {}) {
    assertFinite('formatNumber', 'value', value);
    const digits = options.digits ?? 3;
    if (!Number.isInteger(digits) || digits < 1 || digits > 20) {
        throw new Error(`formatNumber: digits must be an integer from 1 to 20 (got ${String(digits)})`);
    }
    const integerDigits = Math.abs(value) < 1 ? 1 : Math.floor(Math.log10(Math.abs(value))) + 1;
    const significant = Math.min(21, Math.max(digits, integerDigits));
    const text = new Intl.NumberFormat('en-US', {
        maximumSignificantDigits: significant,
        useGrouping: true,
    }).format(value);
    return text === '-0' ? '0' : text;
}


/***/ }),

/***/ 47923:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $z: () => (/* binding */ severityGroupTitle),
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Hm: () => (/* binding */ statusWord),
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   KS: () => (/* binding */ gateTitle),
/* harmony export */   PE: () => (/* binding */ severityIcon),
/* harmony export */   pq: () => (/* binding */ countOf),
/* harmony export */   xb: () => (/* binding */ assertNever)
/* harmony export */ });
/** Emoji shown before a headline in Markdown: the outcome at a glance. */
function statusIcon(status) {
    switch (status) {
        case 'pass':
            return '✅';
        case 'warn':
            return '⚠️';
        case 'fail':
            return '❌';
        case 'error':
            return '💥';
        default:
            return assertNever(status);
    }
}
/** One word for the outcome, for plain text where an emoji may not render. */
function statusWord(status) {
    switch (status) {
        case 'pass':
            return 'PASS';
        case 'warn':
            return 'WARN';
        case 'fail':
            return 'FAIL';
        case 'error':
            return 'ERROR';
        default:
            return assertNever(status);
    }
}
/** The name a reader knows a gate by. */
function gateTitle(gate) {
    switch (gate) {
        case 'bench':
            return 'Benchmarks';
        case 'prom-lint':
            return 'Prometheus rules';
        case 'dashboard-diff':
            return 'Grafana dashboards';
        case 'coverage':
            return 'Coverage';
        case 'soak':
            return 'Soak test';
        default:
            return assertNever(gate);
    }
}
/** Emoji for a finding's severity in Markdown. */
function severityIcon(severity) {
    switch (severity) {
        case 'error':
            return '❌';
        case 'warning':
            return '⚠️';
        case 'notice':
            return 'ℹ️';
        default:
            return assertNever(severity);
    }
}
/** Order of severities, most severe first: how findings are grouped and which survive a cap. */
const SEVERITY_ORDER = ['error', 'warning', 'notice'];
/** Plural label of a severity group, e.g. `Errors`. */
function severityGroupTitle(severity) {
    switch (severity) {
        case 'error':
            return 'Errors';
        case 'warning':
            return 'Warnings';
        case 'notice':
            return 'Notices';
        default:
            return assertNever(severity);
    }
}
/** Exhaustiveness check: compiling proves every case of a union is handled. */
function assertNever(value) {
    throw new Error(`assertNever: unexpected value ${String(value)}`);
}
/**
 * One formatter for every count: `toLocaleString` builds a new one per call, slow over the
 * thousands of rows of a large verdict.
 */
const COUNT_FORMAT = new Intl.NumberFormat('en-US');
/**
 * A count for reading, thousands grouped.
 * @example formatCount(44000) // '44,000'
 */
function formatCount(count) {
    return COUNT_FORMAT.format(count);
}
/** `1 row`, `2 rows`, with the count grouped by thousands: `20,000 rows`. */
function countOf(count, singular, plural = `${singular}s`) {
    return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 21269:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RV: () => (/* binding */ COMMENT_LIMITS),
  lW: () => (/* binding */ chartsBlock),
  T_: () => (/* binding */ existingFindingsBlock),
  $R: () => (/* binding */ findingLocation),
  hb: () => (/* binding */ findingsByCheckBlock),
  U3: () => (/* binding */ findingsListBlock),
  jk: () => (/* binding */ footerBlock),
  aV: () => (/* binding */ headlineBlock),
  gV: () => (/* binding */ lineUrl),
  nI: () => (/* binding */ metricsBlock),
  g0: () => (/* binding */ moreLine),
  tT: () => (/* binding */ moreWhere),
  bY: () => (/* binding */ notesBlock),
  CM: () => (/* binding */ prepareTable),
  Hp: () => (/* binding */ safeLinkUrl),
  Tc: () => (/* binding */ sortFindings),
  vg: () => (/* binding */ tableParts)
});

// UNUSED EXPORTS: EXISTING_FINDINGS_TITLE, FULL_LIMITS, PARAGRAPH_LENGTH, chartBlock, checkReference, existingFindingsTablePart, findingRow, findingRows, findingsTableBlock, isCollapsed, noteBlock, renderCell, tableBlock

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __nccwpck_require__(14031);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __nccwpck_require__(12011);
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __nccwpck_require__(47923);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __nccwpck_require__(65655);
;// CONCATENATED MODULE: ./src/report/mermaid.ts

/** Longest x label kept; Mermaid does not wrap labels, so long ones overlap. */
const MAX_LABEL_LENGTH = 40;
/** Longest title or axis title kept. */
const MAX_TITLE_LENGTH = 120;
/**
 * Makes user text safe inside a Mermaid quoted string and inside the Markdown fence around the
 * block: no quote (it would end the string), no backtick (it could close the fence), no square
 * bracket (it delimits label lists), no angle bracket (Mermaid renders labels as HTML), no
 * `%%` (a comment or directive), no `#…;` (Mermaid decodes it as an entity), no line break.
 */
function sanitizeMermaidLabel(text, maxLength = MAX_LABEL_LENGTH) {
    const clean = (0,report_text/* sanitizeText */.jZ)(text)
        .replace(/"/g, "'")
        .replace(/`/g, "'")
        .replace(/\[/g, '(')
        .replace(/\]/g, ')')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .replace(/%%/g, '% %')
        .replace(/#/g, '＃')
        .trim();
    return (0,report_text/* truncateText */.EJ)(clean, maxLength);
}
/**
 * Writes a finite number the way the grammar reads it: at most six significant digits and no
 * exponent (`0.00000123`, not `1.23e-6`).
 */
function formatMermaidNumber(value) {
    if (!Number.isFinite(value)) {
        throw new Error(`formatMermaidNumber: value must be finite (got ${String(value)})`);
    }
    const rounded = Number(value.toPrecision(6));
    if (Object.is(rounded, -0) || rounded === 0)
        return '0';
    const plain = String(rounded);
    if (!plain.includes('e'))
        return plain;
    if (Math.abs(rounded) >= 1)
        return BigInt(rounded).toString();
    const exponent = Math.floor(Math.log10(Math.abs(rounded)));
    return rounded.toFixed(Math.min(100, 5 - exponent)).replace(/0+$/, '');
}
/**
 * Line and bar colours (GitHub's Primer blue, red, green, yellow, purple): readable on the light
 * and the dark theme. Mermaid's default palette starts with #ECECFF, nearly invisible on white.
 */
const CHART_PALETTE = ['#0969da', '#cf222e', '#1a7f37', '#9a6700', '#8250df'];
/** The init directive that sets {@link CHART_PALETTE} for one chart. */
const PALETTE_DIRECTIVE = `%%{init: ${JSON.stringify({
    themeVariables: { xyChart: { plotColorPalette: CHART_PALETTE.join(', ') } },
})}}%%`;
const quote = (text, maxLength) => `"${sanitizeMermaidLabel(text, maxLength)}"`;
/**
 * Renders a chart as a fenced Mermaid `xychart-beta` block: title, categorical x axis, y-axis
 * title, then one `line` or `bar` statement per series, in order. Series names are not written
 * (xychart has no legend); {@link chartLegend} lists them for the reader.
 *
 * @throws Error when the chart has no x label or no series, a series does not have one value
 *   per label, or a value is not finite.
 * @example renderXyChart({ title: 'Mean', xLabels: ['a'], yLabel: 'ns', series: [{ name: 'head', kind: 'bar', values: [1.5] }] })
 *   // '```mermaid\nxychart-beta\n    title "Mean"\n    x-axis ["a"]\n    y-axis "ns"\n    bar [1.5]\n```'
 */
function renderXyChart(chart) {
    if (chart.xLabels.length === 0)
        throw new Error('renderXyChart: the chart has no x labels');
    if (chart.series.length === 0)
        throw new Error('renderXyChart: the chart has no series');
    const lines = [
        '```mermaid',
        PALETTE_DIRECTIVE,
        'xychart-beta',
        `    title ${quote(chart.title, MAX_TITLE_LENGTH)}`,
        `    x-axis [${chart.xLabels.map((label) => quote(label, MAX_LABEL_LENGTH)).join(', ')}]`,
        `    y-axis ${quote(chart.yLabel, MAX_TITLE_LENGTH)}`,
    ];
    for (const series of chart.series) {
        const name = sanitizeMermaidLabel(series.name);
        if (series.values.length !== chart.xLabels.length) {
            throw new Error(`renderXyChart: series "${name}" has ${series.values.length} values for ${chart.xLabels.length} x labels`);
        }
        const values = series.values.map((value, index) => {
            if (!Number.isFinite(value)) {
                throw new Error(`renderXyChart: series "${name}" value ${index + 1} is not finite (${String(value)})`);
            }
            return formatMermaidNumber(value);
        });
        lines.push(`    ${series.kind} [${values.join(', ')}]`);
    }
    lines.push('```');
    return lines.join('\n');
}
/** Plain-text legend of a chart's series in drawing order, e.g. `bar: base · line: head`. */
function chartLegend(chart) {
    return chart.series.map((series) => `${series.kind}: ${(0,report_text/* sanitizeText */.jZ)(series.name)}`).join(' · ');
}

;// CONCATENATED MODULE: ./src/report/table-code.ts
/**
 * A table cell shown as code that may wrap. A code span has no place where a browser may break
 * it except a space or a hyphen, so one long identifier (a Go sub-benchmark
 * `format=protobuf/message=NestedRepeatedFields/size=4096`, a deep path) sets its column's
 * narrowest width, and GitHub scrolls the whole table sideways instead of wrapping it: the columns
 * to its right leave the 840 px comment. A long identifier is therefore written as a `<code>`
 * element with `<wbr>` (an optional break, copied as nothing) after each separator; both tags are
 * on GitHub's HTML allow-list, and without them the text still reads the same.
 */

/**
 * Code longer than this many characters may wrap: about 320 px in GitHub's code font, what a
 * column has beside five short ones in the 840 px comment. Shorter code stays a code span.
 */
const WRAPPED_CODE_LENGTH = 45;
/**
 * After a `/`, after `::`, and after a `.` that a name follows (`org.example.Bench`, never the
 * dot of `0.5`): the separators of a name's parts; a browser breaks at the last one that fits.
 * The text is already escaped: escaping writes no `/` or `:` of its own, and turns every `<`
 * into `&lt;`, so an inserted `<wbr>` is the only tag.
 */
const BREAK_AFTER = /\/|::|\.(?=[\p{L}_])/gu;
/**
 * {@link BREAK_AFTER} and the `=` of a `key=value`, for a headline figure: one of seven columns
 * side by side, narrower than a table's name column.
 */
const BREAK_AFTER_IN_FIGURE = /\/|::|=|\.(?=[\p{L}_])/gu;
/** `escaped` with a `<wbr>` after each separator that `breaks` finds. */
function withBreaks(escaped, breaks = BREAK_AFTER) {
    return escaped.replace(breaks, (separator) => `${separator}<wbr>`);
}
/**
 * `text` as a code cell of a GFM table: a code span ({@link inlineCode}) up to
 * {@link WRAPPED_CODE_LENGTH} characters or without a separator, else `<code>…</code>` whose
 * content is escaped as Markdown table text (Markdown is parsed between inline HTML tags) with
 * `<wbr>` after each separator. `maxLength` caps the escaped text, as for any cell.
 *
 * @example tableCode('format=json/message=NestedRepeatedFields/size=4096')
 * // '<code>format=json/<wbr>message=NestedRepeatedFields/<wbr>size=4096</code>'
 */
function tableCode(text, maxLength) {
    const escaped = text.length > WRAPPED_CODE_LENGTH ? (0,report_escape/* escapeTableCell */.aL)(text, { maxLength }) : '';
    const broken = withBreaks(escaped);
    // Only where a break is added: otherwise the code span, which needs no escaping, says the same.
    if (broken === escaped)
        return (0,report_escape/* inlineCode */.ti)(text, { inTable: true, maxLength });
    return `<code>${broken}</code>`;
}
/**
 * `text` as plain table text (escaped as {@link escapeTableCell} does) that may wrap at the
 * separators of a long name, as {@link tableCode} does for code: for a headline figure such as
 * the worst benchmark's full name, which must stay whole (it is also an action output).
 *
 * @example wrappableText('BenchmarkDecode/format=json/message=NestedRepeatedFields-16', 200)
 * // 'BenchmarkDecode/<wbr>format=<wbr>json/<wbr>message=<wbr>NestedRepeatedFields-16'
 */
function wrappableText(text, maxLength) {
    const escaped = (0,report_escape/* escapeTableCell */.aL)(text, { maxLength });
    return text.length <= WRAPPED_CODE_LENGTH ? escaped : withBreaks(escaped, BREAK_AFTER_IN_FIGURE);
}

;// CONCATENATED MODULE: ./src/report/markdown-blocks.ts





/** Limits for the PR comment, where space is short (65,536 characters in all). */
const COMMENT_LIMITS = {
    headline: 300,
    cell: 200,
    note: 1_500,
    findingTitle: 200,
    findingMessage: 500,
    tableTitle: 200,
};
/** Limits for the job summary and the check-run text, which have room for whole messages. */
const FULL_LIMITS = {
    headline: 1_000,
    cell: 1_000,
    note: 10_000,
    findingTitle: 255,
    findingMessage: 4_000,
    tableTitle: 255,
};
/**
 * Builds the {@link MoreWhere} fragment from a plain-text hint ("the job summary") and an
 * optional URL: `in [the job summary](url)`, `in the job summary`, or `fallback` without a hint.
 */
function moreWhere(hint, url, fallback) {
    if (hint === undefined || hint.trim() === '')
        return fallback;
    const text = (0,report_escape/* escapeMarkdownText */.m4)(hint, { maxLength: 100 });
    const href = url === undefined ? undefined : safeLinkUrl(url);
    return href === undefined ? `in ${text}` : `in [${text}](${href})`;
}
/**
 * An http(s) URL made safe as a Markdown link destination (parentheses, quotes, backticks and
 * spaces percent-encoded), or `undefined` for anything else (a `javascript:` URL, garbage).
 */
function safeLinkUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return parsed.href.replace(/[()'"`<>\s\\|]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** The italic line that says how many items were left out, e.g. `_… 312 more rows in …._` */
function moreLine(omitted, noun, where) {
    return `_… ${(0,labels/* countOf */.pq)(omitted, `more ${noun}`)} ${where}._`;
}
/** `### ❌ Benchmarks: 2 of 148 benchmarks regressed` (the key is shown unless `default`). */
function headlineBlock(verdict, limits) {
    const key = verdict.key === 'default' ? '' : ` (${(0,report_escape/* escapeMarkdownText */.m4)(verdict.key, { maxLength: 100 })})`;
    const headline = (0,report_escape/* escapeMarkdownText */.m4)(verdict.headline, { maxLength: limits.headline });
    const title = `${(0,labels/* statusIcon */.I8)(verdict.status)} ${(0,labels/* gateTitle */.KS)(verdict.gate)}${key}`;
    return headline === '' ? `### ${title}` : `### ${title}: ${headline}`;
}
/** A metric value or table cell as text: numbers formatted for reading, strings escaped. */
function valueCell(value, limits) {
    return typeof value === 'number'
        ? (0,report_escape/* escapeTableCell */.aL)((0,format/* formatNumber */.ZV)(value))
        : (0,report_escape/* escapeTableCell */.aL)(value, { maxLength: limits.cell });
}
/**
 * Up to this many metrics go side by side in one row; more are listed one per row. Seven short
 * labels (dashboard-diff's) still fit GitHub's 840 px comment column, wrapped on two lines, and
 * keep the first change on the first screen.
 */
const MAX_METRICS_ACROSS = 7;
/**
 * The headline figures as a compact table: side by side when there are few, one per row
 * otherwise. Empty when there are none.
 */
function metricsBlock(metrics, limits) {
    if (metrics.length === 0)
        return '';
    const labels = metrics.map((metric) => (0,report_escape/* escapeTableCell */.aL)(metric.label, { maxLength: limits.cell }));
    // A long value (the worst benchmark's full name) may wrap at its separators.
    const values = metrics.map((metric) => typeof metric.value === 'string'
        ? wrappableText(metric.value, limits.cell)
        : valueCell(metric.value, limits));
    if (metrics.length <= MAX_METRICS_ACROSS) {
        return [tableRow(labels), tableRow(labels.map(() => ':---:')), tableRow(values)].join('\n');
    }
    const rows = labels.map((label, index) => tableRow([label, values[index] ?? '']));
    return [tableRow(['Metric', 'Value']), tableRow(['---', '---:']), ...rows].join('\n');
}
/**
 * A note: `warning` as a GitHub `> [!WARNING]` alert, `info` as a paragraph. Inline code spans
 * written in backticks are kept as code.
 */
function noteBlock(note, limits) {
    const lines = (0,report_escape/* escapeMarkdownLines */.c0)(note.text, { maxLength: limits.note });
    if (note.level === 'warning') {
        return ['> [!WARNING]', ...lines.map((line) => (line === '' ? '>' : `> ${line}`))].join('\n');
    }
    return lines.join('\n');
}
/** Notes in order, the first `kept` of them, then a line saying how many were left out. */
function notesBlock(notes, kept, limits, where) {
    const blocks = notes.slice(0, kept).map((note) => noteBlock(note, limits));
    if (kept < notes.length)
        blocks.push(moreLine(notes.length - kept, 'note', where));
    return blocks.join('\n\n');
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function alignmentMark(align) {
    switch (align) {
        case 'left':
            return ':---';
        case 'right':
            return '---:';
        case 'center':
            return ':---:';
        default:
            return '---';
    }
}
/** One table cell, escaped: text, formatted number, or inline code (pipes escaped for GFM). */
function renderCell(cell, limits) {
    if (cell === undefined)
        return '';
    if (typeof cell === 'string' || typeof cell === 'number')
        return valueCell(cell, limits);
    // A long identifier may wrap at its separators, or it would push the table out of the comment.
    return tableCode(cell.text, limits.cell);
}
/**
 * Escapes a table's header and rows into GFM lines. Every row gets exactly one cell per
 * column: short rows are padded with empty cells, extra cells are dropped (GitHub would ignore
 * them anyway).
 */
function prepareTable(table, limits) {
    const width = table.columns.length;
    const head = width === 0
        ? []
        : [
            tableRow(table.columns.map((column) => (0,report_escape/* escapeTableCell */.aL)(column.header, { maxLength: 100 }))),
            tableRow(table.columns.map((column) => alignmentMark(column.align))),
        ];
    const rows = width === 0
        ? []
        : table.rows.map((row) => tableRow(Array.from({ length: width }, (_, index) => renderCell(row[index], limits))));
    return { table, head, rows };
}
/**
 * Whether a table is shown collapsed: as the gate asked (where `honourCollapsed`, i.e. in the
 * comment and check run), and, once a report has to give way (`degraded`), also when the table
 * is a less important one (`dropPriority` above 0) or has lost rows. A small important table
 * stays open, so the reviewer still sees it without a click.
 */
function isCollapsed(table, kept, honourCollapsed, degraded) {
    if (honourCollapsed && table.collapsed === true)
        return true;
    return degraded && ((table.dropPriority ?? 0) > 0 || kept < table.rows.length);
}
/**
 * Each prepared table as a part that can lose rows, rendered collapsed as {@link isCollapsed}
 * decides for this report (`honourCollapsed`) and this attempt (`degraded`).
 */
function tableParts(prepared, layout) {
    return prepared.map((entry) => ({
        table: entry.table,
        part: {
            size: entry.rows.length,
            render: (kept) => tableBlock(entry, kept, isCollapsed(entry.table, kept, layout.honourCollapsed, layout.degraded), layout.limits, layout.where),
        },
    }));
}
/**
 * A table with its title and the first `kept` rows, then a line saying how many rows were left
 * out. `collapsed` puts it in a `<details>` block, with the blank lines GitHub needs to render
 * Markdown inside.
 */
function tableBlock(prepared, kept, collapsed, limits, where) {
    const total = prepared.rows.length;
    const parts = [];
    if (total === 0) {
        parts.push('_No rows._');
    }
    else if (kept > 0) {
        parts.push([...prepared.head, ...prepared.rows.slice(0, kept)].join('\n'));
    }
    if (kept < total)
        parts.push(moreLine(total - kept, 'row', where));
    const body = parts.join('\n\n');
    if (collapsed) {
        const title = (0,report_escape/* escapeHtmlText */.SC)(prepared.table.title, { maxLength: limits.tableTitle });
        const summary = `${title} (${(0,labels/* countOf */.pq)(total, 'row')})`;
        return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
    }
    const title = (0,report_escape/* escapeMarkdownText */.m4)(prepared.table.title, { maxLength: limits.tableTitle });
    return `#### ${title}\n\n${body}`;
}
/** Findings ordered for display and for caps: errors, then warnings, then notices, stable. */
function sortFindings(findings) {
    return labels/* SEVERITY_ORDER */.B.flatMap((severity) => findings.filter((finding) => finding.severity === severity));
}
/** `file:line:column`, as far as the finding knows it; empty without a file. */
function findingLocation(finding) {
    if (finding.file === undefined || finding.file === '')
        return '';
    let location = finding.file;
    if (finding.line !== undefined) {
        location += `:${finding.line}`;
        if (finding.column !== undefined)
            location += `:${finding.column}`;
    }
    return location;
}
/** True when a finding's title is only its check's name (prom-lint's): the check is named once. */
function titleIsRule(finding) {
    return finding.rule !== undefined && finding.title.trim() === finding.rule.trim();
}
/**
 * `**title**: message`, the message left out when it only repeats the title, and the title left
 * out when it only repeats the check's name (which the caller shows, linked to its docs).
 */
function findingText(finding, limits) {
    const message = (0,report_escape/* escapeMarkdownText */.m4)(finding.message, { maxLength: limits.findingMessage });
    if (titleIsRule(finding) && message !== '')
        return message;
    const title = (0,report_escape/* escapeMarkdownText */.m4)(finding.title, { maxLength: limits.findingTitle });
    if (message === '' || finding.message.trim() === finding.title.trim())
        return `**${title}**`;
    return title === '' ? message : `**${title}**: ${message}`;
}
/**
 * The finding's check as inline code, linked to its documentation when `docsUrl` is an http(s)
 * URL; empty without a check. `inTable` escapes pipes for a table cell.
 */
function checkReference(finding, inTable = false) {
    if (finding.rule === undefined || finding.rule === '')
        return '';
    const code = (0,report_escape/* inlineCode */.ti)(finding.rule, { inTable, maxLength: 100 });
    const href = finding.docsUrl === undefined ? undefined : safeLinkUrl(finding.docsUrl);
    return href === undefined ? code : `[${code}](${href})`;
}
/** `<fileUrl>/<path>#L3-L5`, each path segment percent-encoded; undefined without a file. */
function lineUrl(fileUrl, finding) {
    if (finding.file === undefined || finding.file === '')
        return undefined;
    const path = finding.file.split('/').map(encodeURIComponent).join('/');
    const lines = finding.line === undefined
        ? ''
        : finding.endLine !== undefined && finding.endLine > finding.line
            ? `#L${finding.line}-L${finding.endLine}`
            : `#L${finding.line}`;
    return safeLinkUrl(`${fileUrl.replace(/\/+$/, '')}/${path}${lines}`);
}
/**
 * One finding as a list item: location (linked to its lines when it can be), title and message,
 * check (linked to its docs); a finding whose title is its check's name leads with the check.
 */
function findingItem(finding, limits, fileUrl) {
    const location = findingLocation(finding);
    const parts = ['-'];
    if (location !== '') {
        const code = (0,report_escape/* inlineCode */.ti)(location, { maxLength: 300 });
        const href = fileUrl === undefined ? undefined : lineUrl(fileUrl, finding);
        parts.push(href === undefined ? code : `[${code}](${href})`);
    }
    const check = checkReference(finding);
    if (titleIsRule(finding) && check !== '') {
        parts.push(`${check}:`);
        parts.push(findingText(finding, limits));
    }
    else {
        parts.push(findingText(finding, limits));
        if (check !== '')
            parts.push(`(${check})`);
    }
    return parts.join(' ');
}
/**
 * Findings as lists grouped by severity (each group headed with its full count), the first
 * `kept` of the sorted findings, then a line saying how many were left out; locations link to
 * their lines when `fileUrl` (the repository's files at the commit) is known. Empty without
 * findings.
 */
function findingsListBlock(sorted, kept, limits, where, fileUrl) {
    if (sorted.length === 0)
        return '';
    const blocks = [];
    const shown = sorted.slice(0, kept);
    for (const severity of labels/* SEVERITY_ORDER */.B) {
        const group = shown.filter((finding) => finding.severity === severity);
        if (group.length === 0)
            continue;
        const total = sorted.filter((finding) => finding.severity === severity).length;
        const heading = `**${(0,labels/* severityIcon */.PE)(severity)} ${(0,labels/* severityGroupTitle */.$z)(severity)} (${total.toLocaleString('en-US')})**`;
        blocks.push(heading, group.map((finding) => findingItem(finding, limits, fileUrl)).join('\n'));
    }
    if (kept < sorted.length)
        blocks.push(moreLine(sorted.length - kept, 'finding', where));
    return ['#### Findings', ...blocks].join('\n\n');
}
/** One finding as a table row: severity, location, check (linked to its docs), text. */
function findingRow(finding, limits) {
    const location = findingLocation(finding);
    return tableRow([
        `${severityIcon(finding.severity)} ${finding.severity}`,
        location === '' ? '' : inlineCode(location, { inTable: true, maxLength: 300 }),
        checkReference(finding, true),
        findingText(finding, limits),
    ]);
}
/** Title of the table or list of the findings a change did not bring. */
const EXISTING_FINDINGS_TITLE = 'Existing findings, not brought by this change';
/** Each finding as a table row by {@link findingRow}, the existing ones apart. */
function findingRows(findings, limits) {
    const sorted = sortFindings(findings);
    return {
        fresh: sorted.filter((f) => f.existing !== true).map((f) => findingRow(f, limits)),
        existing: sorted.filter((f) => f.existing === true).map((f) => findingRow(f, limits)),
    };
}
/**
 * The table of existing findings as a part that can lose rows (first to go: they do not count),
 * headed by their count. Empty without any.
 */
function existingFindingsTablePart(rows, where) {
    const title = `${EXISTING_FINDINGS_TITLE} (${formatCount(rows.length)})`;
    return {
        size: rows.length,
        render: (kept) => findingsTableBlock(rows, kept, where, title),
    };
}
/**
 * Findings as one table (the job summary and check run, where there may be thousands), given
 * their rows from {@link findingRow}: the first `kept`, then a line saying how many were left
 * out. Empty without findings. `title` heads it (`Findings` by default): the renderer's own
 * words, written as they are.
 */
function findingsTableBlock(rows, kept, where, title = 'Findings') {
    if (rows.length === 0)
        return '';
    const parts = [`#### ${title}`];
    if (kept > 0) {
        const head = [
            tableRow(['Severity', 'Location', 'Rule', 'Finding']),
            tableRow(['---', '---', '---', '---']),
        ];
        parts.push([...head, ...rows.slice(0, kept)].join('\n'));
    }
    if (kept < rows.length)
        parts.push(moreLine(rows.length - kept, 'finding', where));
    return parts.join('\n\n');
}
/**
 * A message longer than this many characters is shown collapsed in a comment: its first clause
 * in a `<details>` summary, the rest on a click. A paragraph per finding buries the list.
 */
const PARAGRAPH_LENGTH = 280;
/** Where a collapsed text's summary ends: at a clause boundary in this window, else a space. */
const SUMMARY_CUT = { earliest: 100, latest: 200 };
/** A text cut into its first clause and the rest; `rest` is empty when it is short. */
function splitParagraph(text) {
    const clean = text.trim();
    if (clean.length <= PARAGRAPH_LENGTH)
        return { head: clean, rest: '' };
    const window = clean.slice(0, SUMMARY_CUT.latest);
    let cut = -1;
    for (const boundary of ['; ', ': ', ', ', '. ']) {
        const at = window.lastIndexOf(boundary);
        if (at >= SUMMARY_CUT.earliest && at + 1 > cut)
            cut = at + 1;
    }
    if (cut < 0)
        cut = window.lastIndexOf(' ');
    if (cut < SUMMARY_CUT.earliest)
        cut = SUMMARY_CUT.latest;
    return { head: clean.slice(0, cut).trim(), rest: clean.slice(cut).trim() };
}
/**
 * The explanation every message of a check's findings ends with (after a `: `), to show once
 * above the group instead of once per finding; empty when they share none of at least 40
 * characters. prom-lint words each message `group "g", rule 2, "Name": <explanation>`.
 */
function sharedExplanation(messages) {
    const [first] = messages;
    if (first === undefined || messages.length < 2)
        return '';
    for (let at = first.indexOf(': '); at >= 0; at = first.indexOf(': ', at + 1)) {
        const suffix = first.slice(at + 2);
        if (suffix.length < 40)
            return '';
        const ending = `: ${suffix}`;
        if (messages.every((m) => m.length > ending.length && m.endsWith(ending)))
            return suffix;
    }
    return '';
}
/**
 * Findings laid out for a reader who acts on them: errors first, as one list that names each
 * finding's check; then warnings and notices grouped by check (alphabetically), each group
 * headed by its check and count and, when every message ends the same way, that explanation.
 */
function groupFindings(sorted) {
    const groups = [];
    for (const severity of labels/* SEVERITY_ORDER */.B) {
        const ofSeverity = sorted.filter((finding) => finding.severity === severity);
        if (ofSeverity.length === 0)
            continue;
        if (severity === 'error') {
            groups.push({ severity, byCheck: false, findings: ofSeverity, shared: '' });
            continue;
        }
        const byRule = new Map();
        for (const finding of ofSeverity) {
            const rule = finding.rule ?? '';
            const group = byRule.get(rule);
            if (group === undefined)
                byRule.set(rule, [finding]);
            else
                group.push(finding);
        }
        for (const rule of [...byRule.keys()].sort()) {
            const findings = byRule.get(rule) ?? [];
            const titled = findings.every(titleIsRule);
            groups.push({
                severity,
                byCheck: true,
                findings,
                shared: titled ? sharedExplanation(findings.map((f) => f.message.trim())) : '',
            });
        }
    }
    return groups;
}
/**
 * How many items each group shows when `kept` findings are shown in all: errors first, then the
 * other groups evenly (one each in turn), so every check keeps examples before any gets many.
 */
function allotFindings(groups, kept) {
    const allotted = groups.map(() => 0);
    let left = kept;
    groups.forEach((group, index) => {
        if (group.byCheck)
            return;
        allotted[index] = Math.min(group.findings.length, left);
        left -= allotted[index] ?? 0;
    });
    while (left > 0) {
        let given = false;
        groups.forEach((group, index) => {
            const now = allotted[index] ?? 0;
            if (!group.byCheck || left === 0 || now >= group.findings.length)
                return;
            allotted[index] = now + 1;
            left -= 1;
            given = true;
        });
        if (!given)
            break;
    }
    return allotted;
}
/** A safe URL (see {@link safeLinkUrl}) as an HTML attribute value: `&` written as an entity. */
function htmlAttribute(url) {
    return url.replace(/&/g, '&amp;');
}
/** A finding's location as Markdown inline code, or as HTML for a `<summary>`, linked when it can be. */
function locationOf(finding, fileUrl, html) {
    const location = findingLocation(finding);
    if (location === '')
        return '';
    const href = fileUrl === undefined ? undefined : lineUrl(fileUrl, finding);
    if (html) {
        const code = `<code>${(0,report_escape/* escapeHtmlText */.SC)(location, { maxLength: 300 })}</code>`;
        return href === undefined ? code : `<a href="${htmlAttribute(href)}">${code}</a>`;
    }
    const code = (0,report_escape/* inlineCode */.ti)(location, { maxLength: 300 });
    return href === undefined ? code : `[${code}](${href})`;
}
/** The check as HTML for a `<summary>`, linked to its docs when it can be. */
function checkReferenceHtml(finding) {
    if (finding.rule === undefined || finding.rule === '')
        return '';
    const code = `<code>${(0,report_escape/* escapeHtmlText */.SC)(finding.rule, { maxLength: 100 })}</code>`;
    const href = finding.docsUrl === undefined ? undefined : safeLinkUrl(finding.docsUrl);
    return href === undefined ? code : `<a href="${htmlAttribute(href)}">${code}</a>`;
}
/** Said of a finding of the change that is not on a line it changed (no annotation shows it). */
const OFF_THE_CHANGED_LINES = 'off the changed lines';
/**
 * A text as a list item after `lead` (location and check, as Markdown and as HTML): on one line
 * when short; else collapsed, the lead and the text's first clause in the `<summary>` (HTML,
 * where Markdown is not read) and the rest inside. `aside` (plain text) ends the item, in italics.
 */
function collapsibleItem(lead, text, limits, aside) {
    const { head, rest } = splitParagraph(text);
    if (rest === '') {
        const body = (0,report_escape/* escapeMarkdownText */.m4)(head, { maxLength: limits.findingMessage });
        const line = [lead.markdown, body].filter((part) => part !== '').join(' ');
        return `- ${line}${aside === '' ? '' : ` · _${(0,report_escape/* escapeMarkdownText */.m4)(aside)}_`}`;
    }
    const summaryText = (0,report_escape/* escapeHtmlText */.SC)(head);
    const summary = [lead.html, `${summaryText} …`].filter((part) => part !== '').join(' ');
    const more = (0,report_escape/* escapeMarkdownText */.m4)(rest, { maxLength: limits.findingMessage });
    const asideText = aside === '' ? '' : ` · _${(0,report_escape/* escapeMarkdownText */.m4)(aside)}_`;
    return `- <details>\n  <summary>${summary}</summary>\n\n  … ${more}${asideText}\n\n  </details>`;
}
/** One finding as an item of a {@link FindingGroup}: location, the check unless grouped by it, text. */
function groupItem(finding, group, limits, fileUrl) {
    const check = group.byCheck ? { markdown: '', html: '' } : checkLead(finding);
    const location = {
        markdown: locationOf(finding, fileUrl, false),
        html: locationOf(finding, fileUrl, true),
    };
    const lead = {
        markdown: [location.markdown, check.markdown].filter((part) => part !== '').join(' '),
        html: [location.html, check.html].filter((part) => part !== '').join(' '),
    };
    const message = finding.message.trim();
    let text = message;
    if (group.shared !== '')
        text = message.slice(0, message.length - group.shared.length - 2);
    else if (!titleIsRule(finding) &&
        finding.title.trim() !== '' &&
        finding.title.trim() !== message) {
        text = `${finding.title.trim()}: ${message}`;
    }
    const aside = finding.annotate === false && finding.existing !== true ? OFF_THE_CHANGED_LINES : '';
    return collapsibleItem(lead, text, limits, aside);
}
/** `check:` leading an item, as Markdown and as HTML. */
function checkLead(finding) {
    const markdown = checkReference(finding);
    return markdown === ''
        ? { markdown: '', html: '' }
        : { markdown: `${markdown}:`, html: `${checkReferenceHtml(finding)}:` };
}
/** The heading of a check's group: the check linked to its docs, its count, its explanation. */
function groupHeading(group, limits) {
    const [first] = group.findings;
    const check = first === undefined ? '' : checkReference(first);
    const count = (0,labels/* countOf */.pq)(group.findings.length, group.severity);
    const title = check === '' ? `**Other** · ${count}` : `**${check}** · ${count}`;
    if (group.shared === '')
        return title;
    const { head, rest } = splitParagraph(group.shared);
    if (rest === '')
        return `${title}: ${(0,report_escape/* escapeMarkdownText */.m4)(head, { maxLength: limits.findingMessage })}`;
    const more = (0,report_escape/* escapeMarkdownText */.m4)(rest, { maxLength: limits.findingMessage });
    return `${title}\n\n<details>\n<summary>${(0,report_escape/* escapeHtmlText */.SC)(head)} …</summary>\n\n… ${more}\n\n</details>`;
}
/**
 * Findings laid out by {@link groupFindings}: errors, then warnings and notices by check, each
 * severity headed by its full count (and how many checks), showing `kept` findings in all as
 * {@link allotFindings} shares them out; a group that shows fewer than it has says how many it
 * left out and where they are. Locations link to their lines when `fileUrl` is known. Empty
 * without findings.
 */
function findingsByCheckBlock(sorted, kept, limits, where, fileUrl) {
    const groups = groupFindings(sorted);
    const allotted = allotFindings(groups, kept);
    const blocks = [];
    for (const severity of labels/* SEVERITY_ORDER */.B) {
        const mine = groups.flatMap((group, index) => group.severity === severity ? [{ group, shown: allotted[index] ?? 0 }] : []);
        if (mine.length === 0)
            continue;
        const total = mine.reduce((sum, { group }) => sum + group.findings.length, 0);
        const checks = mine.every(({ group }) => group.byCheck)
            ? ` from ${(0,labels/* countOf */.pq)(mine.length, 'check')}`
            : '';
        blocks.push(`#### ${(0,labels/* severityIcon */.PE)(severity)} ${(0,labels/* severityGroupTitle */.$z)(severity)} (${(0,labels/* formatCount */.B4)(total)})${checks}`);
        for (const { group, shown } of mine) {
            const parts = [];
            if (group.byCheck)
                parts.push(groupHeading(group, limits));
            if (shown > 0) {
                parts.push(group.findings
                    .slice(0, shown)
                    .map((finding) => groupItem(finding, group, limits, fileUrl))
                    .join('\n'));
            }
            if (shown < group.findings.length) {
                parts.push(moreLine(group.findings.length - shown, severity, where));
            }
            blocks.push(parts.join('\n\n'));
        }
    }
    return blocks.join('\n\n');
}
/**
 * The findings a change did not bring, collapsed under their count and laid out as
 * {@link findingsByCheckBlock} does; `kept` of them shown. Empty without any.
 */
function existingFindingsBlock(sorted, kept, limits, where, fileUrl) {
    if (sorted.length === 0)
        return '';
    const summary = `${EXISTING_FINDINGS_TITLE} (${(0,labels/* formatCount */.B4)(sorted.length)})`;
    const body = kept === 0
        ? moreLine(sorted.length, 'finding', where)
        : findingsByCheckBlock(sorted, kept, limits, where, fileUrl);
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/**
 * One chart as a Mermaid block with its legend; a chart that cannot be drawn (no data, a
 * non-finite value) becomes a line saying why, so one bad chart does not lose the report.
 */
function chartBlock(chart) {
    try {
        const legend = (0,report_escape/* escapeMarkdownText */.m4)(chartLegend(chart), { maxLength: 500 });
        return legend === '' ? renderXyChart(chart) : `${renderXyChart(chart)}\n\n_${legend}_`;
    }
    catch (error) {
        const title = (0,report_escape/* escapeMarkdownText */.m4)(chart.title, { maxLength: 200 });
        const reason = (0,report_escape/* escapeMarkdownText */.m4)(error instanceof Error ? error.message : String(error), {
            maxLength: 300,
        });
        return `_Chart “${title}” could not be drawn: ${reason}_`;
    }
}
/** The first `kept` charts, then a line saying how many were left out. Empty without charts. */
function chartsBlock(charts, kept, where) {
    const blocks = charts.slice(0, kept).map(chartBlock);
    if (kept < charts.length)
        blocks.push(moreLine(charts.length - kept, 'chart', where));
    return blocks.join('\n\n');
}
/**
 * `<sub>Benchmarks gate · kaizen-gates 1.2.3 · Comparing `a1b2c3d`…`e4f5a6b` · [Details](url)</sub>`;
 * `commits` is the escaped fragment of `commitsFragment` (commits.ts), left out when empty.
 */
function footerBlock(verdict, version, detailsUrl, commits = '') {
    const parts = [
        `${(0,labels/* gateTitle */.KS)(verdict.gate)} gate`,
        `kaizen-gates ${(0,report_escape/* escapeMarkdownText */.m4)(version, { maxLength: 50 })}`,
    ];
    if (commits !== '')
        parts.push(commits);
    const href = detailsUrl === undefined ? undefined : safeLinkUrl(detailsUrl);
    if (href !== undefined)
        parts.push(`[Details](${href})`);
    return `<sub>${parts.join(' · ')}</sub>`;
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   Gr: () => (/* binding */ ELLIPSIS),
/* harmony export */   QQ: () => (/* binding */ joinWithinLength),
/* harmony export */   h$: () => (/* binding */ assertMaxLength),
/* harmony export */   jZ: () => (/* binding */ sanitizeText),
/* harmony export */   ls: () => (/* binding */ graphemes)
/* harmony export */ });
/* unused harmony export utf8Length */
/**
 * Character-level hygiene shared by every renderer: removing characters that can change how the
 * surrounding text is displayed, and cutting strings without splitting what the reader sees as
 * one character.
 */
/**
 * C0 and C1 control characters (except tab and line breaks, handled separately), DEL, and the
 * bidirectional formatting characters (U+061C, U+200E/U+200F, U+202A–U+202E, U+2066–U+2069).
 * Controls can drive a terminal (ESC, and CSI U+009B in C1); bidi overrides can make text read
 * differently from what it is ("Trojan Source", CVE-2021-42574).
 */
const UNSAFE_CHARACTERS = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Every way text can break a line: CRLF, CR, LF, and the Unicode line and paragraph separators. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/**
 * Any character one of the passes of {@link sanitizeText} may change: the unsafe ones, any
 * surrogate, tab and the line breaks.
 */
const NEEDS_SANITIZING = 
// eslint-disable-next-line no-control-regex -- matching control characters is the point
/[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029\uD800-\uDFFF]/;
/**
 * Removes control and bidirectional formatting characters, normalises line breaks and replaces
 * lone surrogates with U+FFFD, so that what is displayed is what the string contains. Used on
 * every user-controlled string before any other escaping.
 *
 * @example sanitizeText('a\u202Eb\u0000c\r\nd') // 'abc d'
 */
function sanitizeText(text, options = {}) {
    // Most text has nothing to change; one scan says so (24,000 findings of a large rule suite
    // went through five replace passes each).
    if (!NEEDS_SANITIZING.test(text))
        return text;
    let clean = text.replace(LONE_SURROGATE, '\uFFFD').replace(LINE_BREAKS, '\n');
    if (options.keepTabs !== true)
        clean = clean.replace(/\t/g, ' ');
    clean = clean.replace(UNSAFE_CHARACTERS, '');
    if (options.newlines !== 'keep')
        clean = clean.replace(/\n/g, ' ');
    return clean;
}
/** The character appended to a string that was cut. */
const ELLIPSIS = '…';
// Made on first use: making one loads ICU's break rules, about 15 ms of every start otherwise.
let graphemeSegmenter;
/**
 * Splits text into grapheme clusters (what a reader sees as one character: an emoji with its
 * modifiers, a letter with its combining accents), so that a cut never separates them, nor the
 * two halves of a surrogate pair. With `limit`, stops after that many (segmentation is lazy, so
 * cutting a long string costs only what is kept).
 */
function graphemes(text, limit = Infinity) {
    const result = [];
    if (limit <= 0)
        return result;
    graphemeSegmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
    for (const { segment } of graphemeSegmenter.segment(text)) {
        result.push(segment);
        if (result.length >= limit)
            break;
    }
    return result;
}
/**
 * Throws unless `maxLength` is undefined or a positive integer. `caller` starts the message, as
 * every error from a report function does.
 */
function assertMaxLength(caller, maxLength) {
    if (maxLength !== undefined && !(Number.isInteger(maxLength) && maxLength >= 1)) {
        throw new Error(`${caller}: maxLength must be a positive integer (got ${String(maxLength)})`);
    }
}
/**
 * Joins `pieces` (each one the rendering of one grapheme, e.g. `\\*` or `&amp;`), keeping the
 * whole within `maxLength` UTF-16 code units: when they do not all fit, as many whole pieces as
 * fit are kept and {@link ELLIPSIS} is appended. A piece is never cut, so neither is an escape
 * sequence or a surrogate pair.
 */
function joinWithinLength(pieces, maxLength) {
    const whole = pieces.join('');
    if (maxLength === undefined || whole.length <= maxLength)
        return whole;
    const budget = maxLength - ELLIPSIS.length;
    let used = 0;
    let kept = 0;
    while (kept < pieces.length) {
        const piece = pieces[kept] ?? '';
        if (used + piece.length > budget)
            break;
        used += piece.length;
        kept += 1;
    }
    return pieces.slice(0, kept).join('').trimEnd() + ELLIPSIS;
}
/**
 * Cuts plain text to at most `maxLength` UTF-16 code units on a grapheme boundary, appending
 * {@link ELLIPSIS} when something was cut.
 *
 * @example truncateText('abcdef', 4) // 'abc…'
 */
function truncateText(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    // Every grapheme is at least one code unit, so the first maxLength of them are enough.
    return joinWithinLength(graphemes(text, maxLength + 1), maxLength);
}
/**
 * Length of `text` encoded as UTF-8, in bytes: the unit of the job summary's 1 MiB limit.
 * Written by hand because it is a few lines, runs in a pure module without Node's `Buffer`, and
 * avoids encoding a megabyte just to count it. A lone surrogate counts as U+FFFD (3 bytes), as
 * an encoder would write it.
 */
function utf8Length(text) {
    let bytes = 0;
    for (let index = 0; index < text.length; index += 1) {
        const code = text.charCodeAt(index);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
            bytes += 4;
            index += 1;
        }
        else
            bytes += 3;
    }
    return bytes;
}
const isLowSurrogate = (code) => code >= 0xdc00 && code <= 0xdfff;


/***/ }),

/***/ 58382:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ConfigurationError),
/* harmony export */   p: () => (/* binding */ isConfigurationError)
/* harmony export */ });
/**
 * A mistake of the user's: a bad input, an unreadable or malformed file. The message names the
 * input or file and echoes the bad value; the CLI exits 2 and the action fails with it, without
 * a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}
/** True when `error` is a {@link ConfigurationError} (also across bundle boundaries). */
function isConfigurationError(error) {
    return error instanceof Error && error.name === 'ConfigurationError';
}


/***/ }),

/***/ 93876:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ optionalInput),
/* harmony export */   Jf: () => (/* binding */ inputMention),
/* harmony export */   NB: () => (/* binding */ inputLabel),
/* harmony export */   QR: () => (/* binding */ numberInput),
/* harmony export */   VZ: () => (/* binding */ mappingInput),
/* harmony export */   di: () => (/* binding */ readCommonInputs),
/* harmony export */   dt: () => (/* binding */ listInput),
/* harmony export */   ij: () => (/* binding */ choiceInput),
/* harmony export */   lo: () => (/* binding */ parsePercent),
/* harmony export */   tE: () => (/* binding */ booleanInput),
/* harmony export */   wE: () => (/* binding */ inputSource)
/* harmony export */ });
/* unused harmony export requiredInput */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58382);
/**
 * Reading inputs once into typed, validated values. The action and the CLI both describe their
 * inputs as a lookup `name → raw string` (the action from `INPUT_*`, the CLI from its flags), so
 * both go through the same validation and the same messages.
 */

/** An input source from a lookup, spelling its inputs as `spelledAs` does (when given). */
function inputSource(lookup, spelledAs) {
    const spell = spelledAs?.spell;
    return spell === undefined
        ? (name) => lookup(name)
        : Object.assign((name) => lookup(name), { spell });
}
/**
 * Input `name` as the subject of a message: `Input 'threshold'` in the action, `--threshold` in
 * the CLI.
 * @example inputLabel(source, 'threshold') + " is 'ten'" // "Input 'threshold' is 'ten'"
 */
function inputLabel(source, name) {
    return source.spell === undefined ? `Input '${name}'` : source.spell(name);
}
/**
 * Input `name` named inside a sentence: `'prometheus'` in the action, `--prometheus` in the CLI.
 * @example `needs ${inputMention(source, 'prometheus')}, the server's URL`
 */
function inputMention(source, name) {
    return source.spell === undefined ? `'${name}'` : source.spell(name);
}
/** Trimmed raw value, or undefined when empty. */
function optionalInput(source, name) {
    const value = source(name).trim();
    return value === '' ? undefined : value;
}
/** A required input. */
function requiredInput(source, name) {
    const value = optionalInput(source, name);
    if (value === undefined)
        throw new ConfigurationError(`${inputLabel(source, name)} is required.`);
    return value;
}
/** One of a fixed set of values. */
function choiceInput(source, name, choices, fallback) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return fallback;
    const found = choices.find((c) => c === value.toLowerCase());
    if (found === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputLabel(source, name)} is '${value}'; expected one of: ${choices.join(', ')}.`);
    }
    return found;
}
/** A YAML-style boolean (`true`/`false`, as `core.getBooleanInput` accepts). */
function booleanInput(source, name, fallback) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return fallback;
    if (/^(true|yes|on)$/i.test(value))
        return true;
    if (/^(false|no|off)$/i.test(value))
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputLabel(source, name)} is '${value}'; expected true or false.`);
}
/** A number within bounds. */
function numberInput(source, name, fallback, bounds) {
    const value = optionalInput(source, name);
    if (value === undefined)
        return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < bounds.min || parsed > bounds.max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputLabel(source, name)} is '${value}'; expected a number from ${bounds.min} to ${bounds.max}.`);
    }
    if (bounds.integer && !Number.isInteger(parsed)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputLabel(source, name)} is '${value}'; expected a whole number.`);
    }
    return parsed;
}
/**
 * A relative amount: `10%`, or a fraction below 1 (`0.1`). A bare number of 1 or more is refused
 * as ambiguous: `1` is 1% to some readers and 100% (a fraction) to others, and a threshold read
 * the wrong way passes everything or fails everything. The message shows both readings.
 */
function parsePercent(raw, what) {
    const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(%?)\s*$/.exec(raw);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${what} is '${raw}'; expected a percentage such as 10%.`);
    const text = match[1] ?? '';
    const number = Number(text);
    if (match[2] !== '%' && number >= 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${what} is '${raw.trim()}', which is ambiguous: write ${text}% for ${text} percent, or ` +
            `${formatFraction(number)}% if you meant ${text} as a fraction. A bare number is read ` +
            'as a fraction only below 1 (0.1 is 10%).');
    }
    const fraction = match[2] === '%' ? number / 100 : number;
    if (!(fraction > 0 && fraction < 10)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${what} is '${raw}'; expected a percentage above 0% and below 1000%.`);
    }
    return fraction;
}
/** `1.5` → `150`: a fraction as the percentage it stands for, without float noise. */
function formatFraction(fraction) {
    return String(Number((fraction * 100).toPrecision(12)));
}
/** A list separated by newlines or commas, blank entries and `#` comments dropped. */
function listInput(source, name) {
    return source(name)
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'));
}
/**
 * `pattern: value` lines (one per line, the last colon splits so patterns may contain colons),
 * each value parsed by `parse`.
 */
function mappingInput(source, name, parse) {
    return source(name)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
        .map((line) => {
        const at = line.lastIndexOf(':');
        if (at <= 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputLabel(source, name)} has the line '${line}'; expected 'pattern: value'.`);
        }
        const pattern = line
            .slice(0, at)
            .trim()
            .replace(/^["']|["']$/g, '');
        return {
            pattern,
            value: parse(line.slice(at + 1).trim(), `${inputLabel(source, name)} for '${pattern}'`),
        };
    });
}
/** Reads the shared inputs. */
function readCommonInputs(source) {
    const key = optionalInput(source, 'key') ?? 'default';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(key)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${inputLabel(source, 'key')} is '${key}'; use 1 to 64 letters, digits, '.', '_' or '-'.`);
    }
    const token = optionalInput(source, 'github-token');
    const verdictPath = optionalInput(source, 'verdict-path');
    return {
        failOn: choiceInput(source, 'fail-on', ['fail', 'warn', 'never'], 'fail'),
        comment: choiceInput(source, 'comment', ['always', 'on-change', 'on-failure', 'never'], 'always'),
        checkRun: booleanInput(source, 'check-run', true),
        key,
        ...(token === undefined ? {} : { token }),
        maxAnnotations: numberInput(source, 'max-annotations', 1000, {
            min: 0,
            max: 50_000,
            integer: true,
        }),
        ...(verdictPath === undefined ? {} : { verdictPath }),
    };
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 94668:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ stringWidth)
});

;// CONCATENATED MODULE: ./node_modules/ansi-regex/index.js
// Valid string terminator sequences are ESC\ and 0x9c; OSC also accepts BEL.
const ST = String.raw`(?:\u001B\u005C|\u009C)`;

// OSC sequences only: ESC ] ... BEL/ST (or the C1 introducer 0x9d ... BEL/ST).
// Payloads stop at terminators, cancellations, and C1 controls. An unterminated string cannot swallow the next sequence or repeatedly scan its payload from later introducers. Terminals likewise abort a control string on an unexpected ESC.
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;

// DCS, SOS, PM, APC, and screen window titles have opaque payloads terminated by ST. Nested ESC payloads, such as tmux passthrough, require a parser.
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;

// Linux console palette controls have fixed lengths and no string terminator; iTerm2 terminates its palette assignments. Consume an immediately adjacent OSC terminator, but match these controls before OSC so a later BEL cannot consume visible text.
const linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;

// CSI: ESC [ or C1 CSI, parameter bytes (0x30–0x3f), intermediate bytes (0x20–0x2f), then a final byte (0x40–0x7e).
// `= < >` are final bytes in two-byte VT52 escapes (`ESC >`) but parameter bytes in a CSI (`ESC [ > 0 ; 276 ; 0 c`, the device attributes reply). Match CSI first to consume the whole sequence, where its introducer makes the two unambiguous.
const csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;

// Related escapes: ESC, intermediate bytes (0x20–0x2f), then a final byte (0x30–0x7e), or a supported two-byte escape.
// The two-byte final class stays narrow so that ESC followed by an arbitrary character is not read as a sequence. CSI parameters belong only to the CSI form, preventing partial matches and avoiding a second scan with nested repetition.
// Escapes whose final byte is a digit include `ESC 7` and `ESC 8` (save and restore cursor), `ESC ( 0` (line drawing character set), and `ESC # 8` (screen alignment).
// A digit is never a CSI final byte. These escapes end immediately at their final byte, so `ESC 7 l` is read as the escape followed by text rather than a sequence with parameter 7 and final byte `l`.
const ansi_regex_escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;

const pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${ansi_regex_escape}`;

function ansiRegex({onlyFirst = false} = {}) {
	return new RegExp(pattern, onlyFirst ? undefined : 'g');
}

;// CONCATENATED MODULE: ./node_modules/strip-ansi/index.js


const regex = ansiRegex();

function stripAnsi(string) {
	if (typeof string !== 'string') {
		throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	}

	// Fast path: ANSI codes require ESC (7-bit) or CSI (8-bit) introducer
	if (!string.includes('\u001B') && !string.includes('\u009B')) {
		return string;
	}

	// Even though the regex is global, we don't need to reset the `.lastIndex`
	// because unlike `.exec()` and `.test()`, `.replace()` does it automatically
	// and doing it manually has a performance penalty.
	return string.replace(regex, '');
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup-data.js
// Generated by scripts/build.js

const ambiguousMinimalCodePoint = 161;
const ambiguousMaximumCodePoint = 1114109;
const ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];

const fullwidthMinimalCodePoint = 12288;
const fullwidthMaximumCodePoint = 65510;
const fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];

const lookup_data_halfwidthMinimalCodePoint = 8361;
const lookup_data_halfwidthMaximumCodePoint = 65518;
const lookup_data_halfwidthRanges = (/* unused pure expression or super */ null && ([8361, 8361, 65377, 65470, 65474, 65479, 65482, 65487, 65490, 65495, 65498, 65500, 65512, 65518]));

const lookup_data_narrowMinimalCodePoint = 32;
const lookup_data_narrowMaximumCodePoint = 10630;
const lookup_data_narrowRanges = (/* unused pure expression or super */ null && ([32, 126, 162, 163, 165, 166, 172, 172, 175, 175, 10214, 10221, 10629, 10630]));

const wideMinimalCodePoint = 4352;
const wideMaximumCodePoint = 262141;
const wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/utilities.js
/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const utilities_isInRange = (ranges, codePoint) => {
	let low = 0;
	let high = Math.floor(ranges.length / 2) - 1;
	while (low <= high) {
		const mid = Math.floor((low + high) / 2);
		const i = mid * 2;
		if (codePoint < ranges[i]) {
			high = mid - 1;
		} else if (codePoint > ranges[i + 1]) {
			low = mid + 1;
		} else {
			return true;
		}
	}

	return false;
};

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/lookup.js



const commonCjkCodePoint = 0x4E_00;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);

// Use a hot-path range so common `isWide` calls can skip binary search.
// The range containing U+4E00 covers common CJK ideographs;
// fallback to the largest range for resilience to Unicode table changes.
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];

	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];

		if (
			commonCjkCodePoint >= start
			&& commonCjkCodePoint <= end
		) {
			return [start, end];
		}

		if ((end - start) > (fastPathEnd - fastPathStart)) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}

	return [fastPathStart, fastPathEnd];
}

const isAmbiguous = codePoint => {
	if (
		codePoint < ambiguousMinimalCodePoint
		|| codePoint > ambiguousMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(ambiguousRanges, codePoint);
};

const isFullwidth = codePoint => {
	if (
		codePoint < fullwidthMinimalCodePoint
		|| codePoint > fullwidthMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(fullwidthRanges, codePoint);
};

const isHalfwidth = codePoint => {
	if (
		codePoint < halfwidthMinimalCodePoint
		|| codePoint > halfwidthMaximumCodePoint
	) {
		return false;
	}

	return isInRange(halfwidthRanges, codePoint);
};

const isNarrow = codePoint => {
	if (
		codePoint < narrowMinimalCodePoint
		|| codePoint > narrowMaximumCodePoint
	) {
		return false;
	}

	return isInRange(narrowRanges, codePoint);
};

const isWide = codePoint => {
	if (
		codePoint >= wideFastPathStart
		&& codePoint <= wideFastPathEnd
	) {
		return true;
	}

	if (
		codePoint < wideMinimalCodePoint
		|| codePoint > wideMaximumCodePoint
	) {
		return false;
	}

	return utilities_isInRange(wideRanges, codePoint);
};

function lookup_getCategory(codePoint) {
	if (isAmbiguous(codePoint)) {
		return 'ambiguous';
	}

	if (isFullwidth(codePoint)) {
		return 'fullwidth';
	}

	if (isHalfwidth(codePoint)) {
		return 'halfwidth';
	}

	if (isNarrow(codePoint)) {
		return 'narrow';
	}

	if (isWide(codePoint)) {
		return 'wide';
	}

	return 'neutral';
}

;// CONCATENATED MODULE: ./node_modules/get-east-asian-width/index.js


function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) {
		throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
	}
}

function eastAsianWidthType(codePoint) {
	validate(codePoint);

	return getCategory(codePoint);
}

function eastAsianWidth(codePoint, {ambiguousAsWide = false} = {}) {
	validate(codePoint);

	if (
		isFullwidth(codePoint)
		|| isWide(codePoint)
		|| (ambiguousAsWide && isAmbiguous(codePoint))
	) {
		return 2;
	}

	return 1;
}

// Private exports for https://github.com/sindresorhus/is-fullwidth-code-point


;// CONCATENATED MODULE: ./node_modules/string-width/index.js



/**
Logic:
- Segment graphemes to match how terminals render clusters.
- Width rules:
	1. Skip non-printing clusters (Default_Ignorable, Control, pure nonspacing/enclosing Mark, lone Surrogates). Tabs are ignored by design.
	2. RGI emoji clusters (\p{RGI_Emoji}) are double-width.
	3. Minimally-qualified/unqualified emoji clusters (ZWJ sequences with 2+ Extended_Pictographic, or keycap sequences) are double-width.
	4. Hangul jamo collapse each standard modern Hangul L+V or L+V+T syllable piece to width 2.
	   Unmatched repeated leading/vowel/trailing jamo stay additive because that matches how the terminals we target render them.
	5. Otherwise use East Asian Width of the cluster's first visible code point, and add widths for trailing spacing marks and Halfwidth/Fullwidth Forms within the same cluster (e.g., dakuten/handakuten/prolonged sound mark).
*/

const segmenter = new Intl.Segmenter();

// Matches a visible (printing) character. Used to find the base scalar of a cluster (skipping leading Prepend/Format/Marks) and to detect whole-cluster zero-width.
// Intentionally a single negated class without a quantifier: a repeated pattern like `^(?:…|…)+$` backtracks exponentially on overlapping properties, and even `^[…]+$` overflows V8's backtrack stack (RangeError) on clusters with millions of marks.
const visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
const spacingMarkRegex = /\p{Spacing_Mark}/v;

// RGI emoji sequences
const rgiEmojiRegex = /^\p{RGI_Emoji}$/v;

// Detect minimally-qualified/unqualified emoji sequences (missing VS16 but still render as double-width)
const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
const extendedPictographicRegex = /\p{Extended_Pictographic}/gu;

function isDoubleWidthNonRgiEmojiSequence(segment) {
	// Real emoji clusters are < 30 chars; guard against pathological input
	if (segment.length > 50) {
		return false;
	}

	if (unqualifiedKeycapRegex.test(segment)) {
		return true;
	}

	// ZWJ sequences with 2+ Extended_Pictographic
	if (segment.includes('\u200D')) {
		const pictographics = segment.match(extendedPictographicRegex);
		return pictographics !== null && pictographics.length >= 2;
	}

	return false;
}

// Returns the cluster starting at its first visible character, or `undefined` if the whole cluster is zero-width.
function baseVisible(segment) {
	const index = segment.search(visibleCharacterRegex);
	return index === -1 ? undefined : segment.slice(index);
}

function isHangulLeadingJamo(codePoint) {
	return (codePoint >= 0x11_00 && codePoint <= 0x11_5F)
		|| (codePoint >= 0xA9_60 && codePoint <= 0xA9_7C);
}

function isHangulVowelJamo(codePoint) {
	return (codePoint >= 0x11_60 && codePoint <= 0x11_A7)
		|| (codePoint >= 0xD7_B0 && codePoint <= 0xD7_C6);
}

function isHangulTrailingJamo(codePoint) {
	return (codePoint >= 0x11_A8 && codePoint <= 0x11_FF)
		|| (codePoint >= 0xD7_CB && codePoint <= 0xD7_FB);
}

function isHangulJamo(codePoint) {
	return isHangulLeadingJamo(codePoint)
		|| isHangulVowelJamo(codePoint)
		|| isHangulTrailingJamo(codePoint);
}

function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
	const codePoints = [];

	for (const character of visibleSegment) {
		if (!visibleCharacterRegex.test(character)) {
			continue;
		}

		codePoints.push(character.codePointAt(0));
	}

	if (codePoints.length === 0) {
		return undefined;
	}

	let width = 0;

	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) {
				return undefined;
			}

			// Mixed cluster (e.g., L + precomposed syllable): use EAW for non-jamo remainder
			for (let remaining = index; remaining < codePoints.length; remaining++) {
				width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
			}

			return width;
		}

		// Modern Hangul L+V(+T) shapes as one syllable block. Unmatched jamo stay additive:
		// U+1100 U+1100 U+1161 => U+1100 + (U+1100 U+1161) => 2 + 2.
		if (
			isHangulLeadingJamo(codePoint)
			&& isHangulVowelJamo(codePoints[index + 1])
		) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}

		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}

	return width;
}

function trailingWidth(visibleSegment, eastAsianWidthOptions) {
	let extra = 0;
	let first = true;

	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}

		if (
			spacingMarkRegex.test(character)
			|| (character >= '\uFF00' && character <= '\uFFEF')
		) {
			extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
		}
	}

	return extra;
}

function stringWidth(input, options = {}) {
	if (typeof input !== 'string' || input.length === 0) {
		return 0;
	}

	const {
		ambiguousIsNarrow = true,
		countAnsiEscapeCodes = false,
	} = options;

	let string = input;

	// Avoid calling stripAnsi when there are no ANSI escape sequences (ESC = 0x1B, CSI = 0x9B)
	if (!countAnsiEscapeCodes && (string.includes('\u001B') || string.includes('\u009B'))) {
		string = stripAnsi(string);
	}

	if (string.length === 0) {
		return 0;
	}

	// Fast path: printable ASCII (0x20–0x7E) needs no segmenter, regex, or EAW lookup — width equals length.
	if (/^[\u0020-\u007E]*$/.test(string)) {
		return string.length;
	}

	let width = 0;
	const eastAsianWidthOptions = {ambiguousAsWide: !ambiguousIsNarrow};

	for (const {segment} of segmenter.segment(string)) {
		// Zero-width / non-printing clusters
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === undefined) {
			continue;
		}

		// Emoji width logic
		if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}

		const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
		if (hangulWidth !== undefined) {
			width += hangulWidth;
			continue;
		}

		// Everything else: EAW of the cluster’s first visible scalar
		const codePoint = visibleSegment.codePointAt(0);
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);

		// Add width for trailing spacing marks and Halfwidth/Fullwidth Forms (e.g., ﾞ, ﾟ, ｰ)
		width += trailingWidth(visibleSegment, eastAsianWidthOptions);
	}

	return width;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
