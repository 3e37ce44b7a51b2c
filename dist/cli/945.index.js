export const id = 945;
export const ids = [945];
export const modules = {

/***/ 92945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   goModulesOf: () => (/* binding */ goModulesOf),
/* harmony export */   parseGoModulePath: () => (/* binding */ parseGoModulePath)
/* harmony export */ });
/**
 * The one fact the coverage gate needs from a `go.mod`: its module path, which prefixes every file
 * of a Go coverprofile (`github.com/acme/shop/pkg/x.go`). Pure: the text is read elsewhere.
 */
/**
 * The Go modules of the repository from its go.mod files (read by `readGoModFiles` in
 * src/io/repository-files.ts): a go.mod without a `module` line (a test fixture) declares none.
 */
function goModulesOf(files) {
    const modules = [];
    for (const file of files) {
        const path = parseGoModulePath(file.text);
        if (path !== undefined)
            modules.push({ path, dir: file.dir });
    }
    return modules;
}
/**
 * The module path a go.mod declares, or undefined when it has no `module` directive.
 *
 * Follows the go.mod syntax of the Go reference (https://go.dev/ref/mod#go-mod-file-grammar):
 * `//` comments to the end of the line (Go has no block comments there), the path bare or quoted
 * (`"…"`), the factored form `module (` / path / `)`, CRLF line ends. The first `module`
 * directive counts. Lenient where Go is strict (a raw `` `…` `` string, `module ( path )` on one
 * line, a second directive): such a go.mod fails `go test` before any coverage exists.
 *
 * Example: `parseGoModulePath('module "example.com/m" // comment\n\ngo 1.21\n')` is
 * `'example.com/m'`.
 */
function parseGoModulePath(goModText) {
    let block;
    for (const line of goModText.split('\n')) {
        const tokens = tokenize(line);
        const first = tokens[0];
        if (first === undefined)
            continue;
        if (block !== undefined) {
            if (first.kind === 'paren' && first.text === ')') {
                block = undefined;
            }
            else if (block === 'module' && first.kind === 'word') {
                return first.text;
            }
            continue;
        }
        if (first.kind !== 'word')
            continue;
        const second = tokens[1];
        if (second?.kind === 'paren' && second.text === '(') {
            // `module ( example.com/m )` on one line, or a block that goes on below.
            const third = tokens[2];
            if (first.text === 'module' && third?.kind === 'word')
                return third.text;
            if (tokens.length === 2)
                block = first.text;
            continue;
        }
        if (first.text === 'module' && second?.kind === 'word')
            return second.text;
    }
    return undefined;
}
/** Splits one line into tokens, dropping its `//` comment. */
function tokenize(line) {
    const tokens = [];
    let at = 0;
    while (at < line.length) {
        const char = line[at] ?? '';
        if (char === ' ' || char === '\t' || char === '\r') {
            at += 1;
        }
        else if (line.startsWith('//', at)) {
            break;
        }
        else if (char === '(' || char === ')') {
            tokens.push({ kind: 'paren', text: char });
            at += 1;
        }
        else if (char === '"' || char === '`') {
            const end = closingQuote(line, at);
            const body = line.slice(at + 1, end);
            tokens.push({ kind: 'word', text: char === '`' ? body : unescapeInterpreted(body) });
            at = end + 1;
        }
        else {
            let end = at;
            while (end < line.length &&
                !/[\s()"`]/.test(line[end] ?? '') &&
                !line.startsWith('//', end)) {
                end += 1;
            }
            tokens.push({ kind: 'word', text: line.slice(at, end) });
            at = end;
        }
    }
    return tokens;
}
/** Index of the quote that closes the string opened at `start` (the line's end if none does). */
function closingQuote(line, start) {
    const quote = line[start];
    for (let at = start + 1; at < line.length; at += 1) {
        if (quote === '"' && line[at] === '\\')
            at += 1;
        else if (line[at] === quote)
            return at;
    }
    return line.length;
}
/** The value of a Go interpreted string's body; module paths need only the simple escapes. */
function unescapeInterpreted(body) {
    return body.replace(/\\(.)/g, (_, escaped) => escaped);
}


/***/ })

};
