export const id = 824;
export const ids = [824,396];
export const modules = {

/***/ 53396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SHORT_SHA_LENGTH: () => (/* binding */ SHORT_SHA_LENGTH),
/* harmony export */   commitsFragment: () => (/* binding */ commitsFragment),
/* harmony export */   isNullSha: () => (/* binding */ isNullSha),
/* harmony export */   linkedCommits: () => (/* binding */ linkedCommits),
/* harmony export */   shortSha: () => (/* binding */ shortSha),
/* harmony export */   verdictBaseSha: () => (/* binding */ verdictBaseSha),
/* harmony export */   verdictHeadSha: () => (/* binding */ verdictHeadSha)
/* harmony export */ });
/* harmony import */ var _shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60791);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14031);
/* harmony import */ var _markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21269);
/**
 * The commits a report is about, as one short line: "Comparing `f95f852`…`ec26c3e` (diff)", each
 * short SHA linked to its commit and the range to the compare view when the links are known. A
 * reviewer who reads a comment written for an older push sees at once which push it judged, as
 * every peer (Codecov, SonarCloud, benchmark bots) shows.
 */



/** Git's default abbreviation, and what GitHub shows for a commit. */
const SHORT_SHA_LENGTH = 7;
/** A commit id: SHA-1 (40 hex digits) or SHA-256 (64), possibly abbreviated to 7 or more. */
const COMMIT_ID = /^[0-9a-f]{7,64}$/i;
/**
 * The first {@link SHORT_SHA_LENGTH} characters of a commit id, lower case, or `undefined` when
 * `sha` is not 7 to 64 hex digits (a ref name, an empty string, anything hostile).
 *
 * @example shortSha('EC26C3E57CA3A959CA5AAD62DE7213C562F8C821') // 'ec26c3e'
 */
function shortSha(sha) {
    return COMMIT_ID.test(sha) ? sha.slice(0, SHORT_SHA_LENGTH).toLowerCase() : undefined;
}
/** The all-zero id git and GitHub use for "no commit" (a push's `before` on a new branch). */
function isNullSha(sha) {
    return /^0+$/.test(sha);
}
/** `` `abc1234` `` or `` [`abc1234`](url) ``; empty when the id does not validate. */
function commitLink(commit) {
    if (commit === undefined || isNullSha(commit.sha))
        return '';
    const short = shortSha(commit.sha);
    if (short === undefined)
        return '';
    const code = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(short);
    const href = commit.url === undefined ? undefined : (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLinkUrl */ .Hp)(commit.url);
    return href === undefined ? code : `[${code}](${href})`;
}
/**
 * The commits as a Markdown fragment for a footer: `Comparing [`a`](…)…[`b`](…) ([diff](…))`
 * with a base, `Commit [`b`](…)` with the head alone, and empty when there are no commits or the
 * head does not validate (a line naming only the base would mislead). Links that are not http(s)
 * are dropped, the text kept.
 *
 * @example commitsFragment({ base: { sha: 'f95f852bd8' }, head: { sha: 'ec26c3e57c' } })
 *   // 'Comparing `f95f852`…`ec26c3e`'
 */
function commitsFragment(commits) {
    const head = commitLink(commits?.head);
    if (commits === undefined || head === '')
        return '';
    const base = commitLink(commits.base);
    if (base === '')
        return `Commit ${head}`;
    const compare = commits.compareUrl === undefined ? undefined : (0,_markdown_blocks_js__WEBPACK_IMPORTED_MODULE_1__/* .safeLinkUrl */ .Hp)(commits.compareUrl);
    return `Comparing ${base}…${head}${compare === undefined ? '' : ` ([diff](${compare}))`}`;
}
/**
 * Commit links under a repository's web root (`https://github.com/o/r`): `/commit/<sha>` for
 * each, `/compare/<base>...<head>` for the range (three dots: the changes since the merge base,
 * as a pull request shows them). A null or invalid base is left out.
 */
function linkedCommits(repositoryUrl, head, base) {
    const root = repositoryUrl.replace(/\/+$/, '');
    const commit = (sha) => ({ sha, url: `${root}/commit/${sha}` });
    const usableBase = base !== undefined && !isNullSha(base) && shortSha(base) !== undefined ? base : undefined;
    return {
        head: commit(head),
        ...(usableBase === undefined
            ? {}
            : { base: commit(usableBase), compareUrl: `${root}/compare/${usableBase}...${head}` }),
    };
}
/**
 * The base commit a gate put in its verdict (`data.commits.base`, e.g. the merge base
 * dashboard-diff compared with), which is more exact than the event's base: `undefined` when
 * there is none or it is not a commit id. The data is gate-specific and untyped, so it is
 * checked here rather than trusted.
 */
function verdictBaseSha(verdict) {
    return verdictCommit(verdict, 'base');
}
/** Like {@link verdictBaseSha}, for the head the gate judged (`data.commits.head`). */
function verdictHeadSha(verdict) {
    return verdictCommit(verdict, 'head');
}
function verdictCommit(verdict, side) {
    const commits = verdict.data?.['commits'];
    if (!(0,_shared_is_record_js__WEBPACK_IMPORTED_MODULE_2__/* .isRecord */ .u)(commits))
        return undefined;
    const sha = commits[side];
    return typeof sha === 'string' && shortSha(sha) !== undefined && !isNullSha(sha)
        ? sha
        : undefined;
}


/***/ }),

/***/ 40824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderComment: () => (/* binding */ renderComment)
});

// UNUSED EXPORTS: COMMENT_FINDINGS_LIMIT, COMMENT_LENGTH_LIMIT

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
;// CONCATENATED MODULE: ./src/report/fit-markdown.ts
/** Separator between parts: a blank line, so each part is its own Markdown block. */
const SEPARATOR = '\n\n';
function assemble(rendered) {
    return rendered.filter((text) => text !== '').join(SEPARATOR) + '\n';
}
/**
 * Returns the full report when it fits; otherwise the degraded layout with, for each part in
 * drop order, the largest number of items that fits (found by bisection, as a part's length
 * grows with the items it keeps); otherwise the minimal report.
 *
 * @throws Error (message starting with `caller`) when even the minimal report exceeds the limit.
 */
function fitMarkdown(request) {
    const { measure, limit } = request;
    const full = assemble(request.full.parts.map((part) => (typeof part === 'string' ? part : part.render(part.size))));
    if (measure(full) <= limit)
        return full;
    const report = request.degraded ?? request.full;
    const kept = new Map();
    const render = (part) => typeof part === 'string' ? part : part.render(kept.get(part) ?? part.size);
    const rendered = report.parts.map(render);
    // Joined length = sum of the non-empty parts + one separator between each pair (the unit of
    // `measure` is additive over concatenation since parts never split a character).
    const lengths = rendered.map((text) => measure(text));
    const total = () => {
        let sum = 1; // trailing newline
        let count = 0;
        lengths.forEach((length, index) => {
            if (rendered[index] === '')
                return;
            sum += length;
            count += 1;
        });
        return sum + Math.max(0, count - 1) * SEPARATOR.length;
    };
    if (total() <= limit)
        return assemble(rendered);
    for (const part of report.dropOrder) {
        const index = report.parts.indexOf(part);
        if (index < 0)
            continue;
        const fitsWith = (count) => {
            const text = part.render(count);
            const previousText = rendered[index] ?? '';
            const previousLength = lengths[index] ?? 0;
            rendered[index] = text;
            lengths[index] = measure(text);
            const fits = total() <= limit;
            rendered[index] = previousText;
            lengths[index] = previousLength;
            return fits;
        };
        // Showing every item already failed; find the most items, below that, that fit.
        let best = 0;
        if (part.size > 0 && fitsWith(0)) {
            let low = 0; // fits
            let high = part.size - 1;
            while (low < high) {
                const middle = Math.ceil((low + high) / 2);
                if (fitsWith(middle))
                    low = middle;
                else
                    high = middle - 1;
            }
            best = low;
        }
        kept.set(part, Math.min(best, part.size));
        rendered[index] = render(part);
        lengths[index] = measure(rendered[index]);
        if (total() <= limit)
            return assemble(rendered);
    }
    const minimal = request.minimal.endsWith('\n') ? request.minimal : request.minimal + '\n';
    if (measure(minimal) <= limit)
        return minimal;
    throw new Error(`${request.caller}: the limit of ${limit} is too small for even the shortest report (${measure(minimal)})`);
}
/**
 * Orders shrinkable parts for dropping: tables with a positive `dropPriority` first (highest
 * first, later tables before earlier ones on a tie), then `middle` (charts), then the remaining
 * tables the same way, then `last` (findings, then notes: what the reader must act on goes
 * last).
 */
function dropOrderFor(tables, middle, last) {
    const ranked = tables
        .map((entry, index) => ({ ...entry, index, priority: entry.table.dropPriority ?? 0 }))
        .sort((a, b) => b.priority - a.priority || b.index - a.index);
    return [
        ...ranked.filter((entry) => entry.priority > 0).map((entry) => entry.part),
        ...middle,
        ...ranked.filter((entry) => entry.priority <= 0).map((entry) => entry.part),
        ...last,
    ];
}

// EXTERNAL MODULE: ./src/report/markdown-blocks.ts + 2 modules
var markdown_blocks = __webpack_require__(21269);
;// CONCATENATED MODULE: ./src/report/section-blocks.ts


/** Limits for the PR comment. */
const COMMENT_SECTION_LIMITS = {
    text: 500,
    code: 300,
    codeBlock: 6_000,
    title: 200,
};
/** Limits for the job summary and the check run's text. */
const FULL_SECTION_LIMITS = {
    text: 2_000,
    code: 2_000,
    codeBlock: 40_000,
    title: 255,
};
/** Adjacent plain spans merged, so an escape never depends on where the gate split its text. */
function mergePlain(spans) {
    const merged = [];
    for (const span of spans) {
        const last = merged.at(-1);
        if (typeof span === 'string' && typeof last === 'string')
            merged[merged.length - 1] = last + span;
        else
            merged.push(span);
    }
    return merged;
}
/**
 * Plain text escaped for inline Markdown with its outer white space kept (as one space each
 * side): the escaping functions trim, and spans are joined without separators.
 */
function escapeKeepingSpaces(text, maxLength) {
    const escaped = (0,report_escape/* escapeMarkdownText */.m4)(text, { maxLength });
    if (escaped === '')
        return /\s/.test(text) ? ' ' : '';
    const lead = /^\s/.test(text) ? ' ' : '';
    const trail = /\s$/.test(text) ? ' ' : '';
    return lead + escaped + trail;
}
/** A line of spans as inline Markdown: text escaped, code in code spans, strong in `**`. */
function spansMarkdown(spans, limits) {
    return mergePlain(spans)
        .map((span) => {
        if (typeof span === 'string')
            return escapeKeepingSpaces(span, limits.text);
        if ('code' in span)
            return (0,report_escape/* inlineCode */.ti)(span.text, { maxLength: limits.code });
        const strong = (0,report_escape/* escapeMarkdownText */.m4)(span.text, { maxLength: limits.text });
        return strong === '' ? '' : `**${strong}**`;
    })
        .join('')
        .trim();
}
/** `<details>` with its summary line and the blank lines GitHub needs to render Markdown inside. */
function detailsBlock(summary, body) {
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** Number of items a block counts for when a report gives way: list entries, else one. */
function blockItems(block) {
    return block.kind === 'list' ? block.items.length : 1;
}
/** Number of items of a section. */
function sectionItems(section) {
    return section.blocks.reduce((sum, block) => sum + blockItems(block), 0);
}
/** One whole block as Markdown. */
function blockMarkdown(block, limits) {
    switch (block.kind) {
        case 'paragraph':
            return spansMarkdown(block.spans, limits);
        case 'list':
            return block.items.map((item) => listItem(item, limits)).join('\n');
        case 'code':
            return (0,report_escape/* codeBlock */.DV)(block.text, block.language ?? '', { maxLength: limits.codeBlock });
        case 'details': {
            const summary = (0,report_escape/* escapeHtmlText */.SC)(block.summary, { maxLength: limits.title });
            const body = block.blocks
                .map((inner) => blockMarkdown(inner, limits))
                .filter((text) => text !== '');
            return detailsBlock(summary, body.length === 0 ? '_Empty._' : body.join('\n\n'));
        }
    }
}
function listItem(item, limits) {
    const text = spansMarkdown(item, limits);
    return text === '' ? '-' : `- ${text}`;
}
/** Escapes a section's title and items for {@link sectionMarkdown}. */
function prepareSection(section, limits) {
    const items = [];
    section.blocks.forEach((block, index) => {
        if (block.kind === 'list') {
            for (const item of block.items)
                items.push({ text: listItem(item, limits), list: index });
        }
        else {
            items.push({ text: blockMarkdown(block, limits) });
        }
    });
    return {
        section,
        heading: (0,report_escape/* escapeMarkdownText */.m4)(section.title, { maxLength: limits.title }),
        summary: (0,report_escape/* escapeHtmlText */.SC)(section.title, { maxLength: limits.title }),
        items,
    };
}
/**
 * A section as Markdown showing its first `kept` items (all by default), then a line saying how
 * many it left out. `collapsed` puts it in a `<details>` block titled with its title.
 */
function sectionMarkdown(section, options) {
    const prepared = 'items' in section ? section : prepareSection(section, options.limits);
    const total = prepared.items.length;
    const shown = Math.max(0, Math.min(options.kept ?? total, total));
    let body = '';
    prepared.items.slice(0, shown).forEach((item, index) => {
        if (item.text === '')
            return;
        const sameList = item.list !== undefined && prepared.items[index - 1]?.list === item.list;
        body += body === '' ? item.text : `${sameList ? '\n' : '\n\n'}${item.text}`;
    });
    if (shown < total) {
        const more = (0,markdown_blocks/* moreLine */.g0)(total - shown, 'item', options.where);
        body = body === '' ? more : `${body}\n\n${more}`;
    }
    if (options.collapsed) {
        return detailsBlock(prepared.summary === '' ? 'Details' : prepared.summary, body === '' ? '_Empty._' : body);
    }
    if (prepared.heading === '')
        return body;
    return body === '' ? `#### ${prepared.heading}` : `#### ${prepared.heading}\n\n${body}`;
}
/**
 * How many items each section keeps when `kept` items are kept in all: the sections that give
 * way last (lowest `dropPriority`, then earliest) are served first.
 */
function allocate(sections, kept) {
    const order = sections
        .map((prepared, index) => ({ index, priority: prepared.section.dropPriority ?? 0 }))
        .sort((a, b) => a.priority - b.priority || a.index - b.index);
    const result = sections.map(() => 0);
    let left = kept;
    for (const { index } of order) {
        const share = Math.min(left, sections[index]?.items.length ?? 0);
        result[index] = share;
        left -= share;
    }
    return result;
}
/**
 * All sections as one part that can give way: its size is the number of items of every
 * section; keeping fewer leaves out items of the least important sections first, a section
 * left with no item is left out whole, and a last line counts the sections left out.
 * `honourCollapsed` shows sections marked `collapsed` in `<details>` (the comment, the check
 * run); the job summary shows them open. Each section is escaped once, here.
 */
function sectionsPart(sections, layout) {
    const prepared = sections.map((section) => prepareSection(section, layout.limits));
    const size = prepared.reduce((sum, entry) => sum + entry.items.length, 0);
    return {
        size,
        render: (kept) => {
            const shares = allocate(prepared, Math.min(kept, size));
            const blocks = [];
            let omittedSections = 0;
            prepared.forEach((entry, index) => {
                const share = shares[index] ?? 0;
                if (share === 0 && entry.items.length > 0) {
                    omittedSections += 1;
                    return;
                }
                const text = sectionMarkdown(entry, {
                    limits: layout.limits,
                    collapsed: layout.honourCollapsed && entry.section.collapsed === true,
                    where: layout.where,
                    kept: share,
                });
                if (text !== '')
                    blocks.push(text);
            });
            if (omittedSections > 0)
                blocks.push((0,markdown_blocks/* moreLine */.g0)(omittedSections, 'section', layout.where));
            return blocks.join('\n\n');
        },
    };
}

// EXTERNAL MODULE: ./src/report/commits.ts
var commits = __webpack_require__(53396);
;// CONCATENATED MODULE: ./src/report/markdown.ts






/**
 * GitHub rejects issue and pull-request comment bodies over 65,536 characters; the transport
 * prepends its hidden marker, for which 1,024 characters are kept free.
 */
const COMMENT_LENGTH_LIMIT = 65_536 - 1_024;
/**
 * At most this many findings are listed in a comment of a gate that lists findings one by one;
 * the job summary lists them all. Gates whose findings are grouped by check (see
 * {@link CHECK_GROUPED_GATES}) list as many as the comment has room for.
 */
const COMMENT_FINDINGS_LIMIT = 30;
/**
 * Gates whose findings are many and come from a set of named checks (a linter's): their comment
 * lists the errors first, then the warnings grouped by check with a count per check, fills the
 * comment's room before leaving findings out, and lists the findings a change did not bring
 * (`existing`) apart, collapsed. The findings come before the tables there: they are what the
 * reader acts on.
 */
const CHECK_GROUPED_GATES = new Set(['prom-lint']);
/**
 * The findings marked `annotate: false` (outside the lines a pull request changed) as a table of
 * their own, locations linked to their lines when `fileUrl` is known: the reader finds them
 * here, since the diff does not show them. The first `kept`, then how many were left out.
 */
function unannotatedBlock(sorted, kept, limits, where, fileUrl) {
    if (sorted.length === 0)
        return '';
    const parts = ['#### Outside the changed lines'];
    if (kept > 0) {
        const rows = sorted.slice(0, kept).map((finding) => {
            const location = (0,markdown_blocks/* findingLocation */.$R)(finding);
            const code = location === '' ? '' : (0,report_escape/* inlineCode */.ti)(location, { inTable: true, maxLength: 300 });
            const href = fileUrl === undefined ? undefined : (0,markdown_blocks/* lineUrl */.gV)(fileUrl, finding);
            const title = (0,report_escape/* escapeTableCell */.aL)(finding.title, { maxLength: limits.findingTitle });
            const message = (0,report_escape/* escapeTableCell */.aL)(finding.message, { maxLength: limits.findingMessage });
            return `| ${(0,labels/* severityIcon */.PE)(finding.severity)} ${finding.severity} | ${href === undefined || code === '' ? code : `[${code}](${href})`} | ${title === '' ? message : `**${title}**: ${message}`} |`;
        });
        parts.push(['| Severity | Location | Finding |', '| --- | --- | --- |', ...rows].join('\n'));
    }
    if (kept < sorted.length)
        parts.push((0,markdown_blocks/* moreLine */.g0)(sorted.length - kept, 'finding', where));
    return parts.join('\n\n');
}
/** The parts every comment lays out alike: notes, sections, tables and charts. */
function sharedParts(verdict, prepared, where, degraded) {
    const limits = markdown_blocks/* COMMENT_LIMITS */.RV;
    return {
        notes: {
            size: verdict.notes.length,
            render: (kept) => (0,markdown_blocks/* notesBlock */.bY)(verdict.notes, kept, limits, where),
        },
        sections: sectionsPart(verdict.sections ?? [], {
            honourCollapsed: true,
            limits: COMMENT_SECTION_LIMITS,
            where,
        }),
        tables: (0,markdown_blocks/* tableParts */.vg)(prepared, { honourCollapsed: true, degraded, limits, where }),
        charts: {
            size: verdict.charts.length,
            render: (kept) => (0,markdown_blocks/* chartsBlock */.lW)(verdict.charts, kept, where),
        },
    };
}
/**
 * The parts of a comment of a gate in {@link CHECK_GROUPED_GATES}: headline, metrics, notes,
 * the findings of the change grouped by check, the existing ones collapsed, then sections,
 * tables and charts. Existing findings give way first, then tables, then the change's own
 * findings (warnings before errors, every check keeping examples), then notes.
 */
function checkGroupedReport(verdict, prepared, options, where, degraded) {
    const limits = markdown_blocks/* COMMENT_LIMITS */.RV;
    const fresh = (0,markdown_blocks/* sortFindings */.Tc)(verdict.findings.filter((f) => f.existing !== true));
    const existing = (0,markdown_blocks/* sortFindings */.Tc)(verdict.findings.filter((f) => f.existing === true));
    const { notes, sections, tables, charts } = sharedParts(verdict, prepared, where, degraded);
    const findingsPart = {
        size: fresh.length,
        render: (kept) => (0,markdown_blocks/* findingsByCheckBlock */.hb)(fresh, kept, limits, where, options.fileUrl),
    };
    const existingPart = {
        size: existing.length,
        render: (kept) => (0,markdown_blocks/* existingFindingsBlock */.T_)(existing, kept, limits, where, options.fileUrl),
    };
    return {
        parts: [
            (0,markdown_blocks/* headlineBlock */.aV)(verdict, limits),
            (0,markdown_blocks/* metricsBlock */.nI)(verdict.metrics, limits),
            notes,
            findingsPart,
            existingPart,
            sections,
            ...tables.map((entry) => entry.part),
            charts,
            (0,markdown_blocks/* footerBlock */.jk)(verdict, options.version, options.detailsUrl, (0,commits.commitsFragment)(options.commits)),
        ],
        dropOrder: dropOrderFor(tables, [existingPart, charts, sections], [findingsPart, notes]),
    };
}
/** The parts of a comment, laid out in full or, when `degraded`, for giving way. */
function commentReport(verdict, prepared, options, where, degraded) {
    const limits = markdown_blocks/* COMMENT_LIMITS */.RV;
    const findings = (0,markdown_blocks/* sortFindings */.Tc)(verdict.findings.filter((f) => f.annotate !== false));
    const unannotated = (0,markdown_blocks/* sortFindings */.Tc)(verdict.findings.filter((f) => f.annotate === false));
    const { notes, sections, tables, charts } = sharedParts(verdict, prepared, where, degraded);
    const findingsPart = {
        size: Math.min(findings.length, COMMENT_FINDINGS_LIMIT),
        render: (kept) => (0,markdown_blocks/* findingsListBlock */.U3)(findings, kept, limits, where, options.fileUrl),
    };
    const unannotatedPart = {
        size: Math.min(unannotated.length, COMMENT_FINDINGS_LIMIT),
        render: (kept) => unannotatedBlock(unannotated, kept, limits, where, options.fileUrl),
    };
    return {
        parts: [
            (0,markdown_blocks/* headlineBlock */.aV)(verdict, limits),
            (0,markdown_blocks/* metricsBlock */.nI)(verdict.metrics, limits),
            notes,
            sections,
            ...tables.map((entry) => entry.part),
            findingsPart,
            unannotatedPart,
            charts,
            (0,markdown_blocks/* footerBlock */.jk)(verdict, options.version, options.detailsUrl, (0,commits.commitsFragment)(options.commits)),
        ],
        dropOrder: dropOrderFor(tables, [charts, sections], [unannotatedPart, findingsPart, notes]),
    };
}
/**
 * Renders the pull-request comment for a verdict: status icon and headline, metrics, notes
 * (warnings as `> [!WARNING]` alerts), sections (collapsed ones in `<details>`), tables
 * (collapsed ones in `<details>`), findings grouped
 * by severity (at most {@link COMMENT_FINDINGS_LIMIT}), findings outside the changed lines
 * (`annotate: false`) as a table of their own (as many again), Mermaid charts, and a footer
 * naming the gate and version. Every user string is escaped (see `escape.ts`). A linter's
 * comment ({@link CHECK_GROUPED_GATES}) lays its findings out as `checkGroupedReport` says:
 * errors, then warnings by check, as many as fit, existing ones collapsed apart.
 *
 * When the result would exceed `maxLength`, less important tables are collapsed and whole rows
 * are left out, from the end of the table with the highest `dropPriority` first, then charts, then
 * the items of sections (a section left empty is left out whole), then rows of the other tables,
 * then findings, then notes; each part says how many items it left
 * out and where they are. Markdown is never cut, so the comment stays balanced. Deterministic:
 * the same verdict and options give the same text.
 *
 * @throws Error when `maxLength` is too small for even a headline and a footer.
 */
function renderComment(verdict, options) {
    const limit = options.maxLength ?? COMMENT_LENGTH_LIMIT;
    if (!Number.isInteger(limit) || limit < 1) {
        throw new Error(`renderComment: maxLength must be a positive integer (got ${String(limit)})`);
    }
    const where = (0,markdown_blocks/* moreWhere */.tT)(options.summaryHint, options.detailsUrl, 'not shown');
    const prepared = verdict.tables.map((table) => (0,markdown_blocks/* prepareTable */.CM)(table, markdown_blocks/* COMMENT_LIMITS */.RV));
    const pointer = where === 'not shown'
        ? '_The full report is too long for a comment._'
        : `_The full report is too long for a comment; read it ${where}._`;
    const minimal = [
        (0,markdown_blocks/* headlineBlock */.aV)(verdict, { ...markdown_blocks/* COMMENT_LIMITS */.RV, headline: 200 }),
        pointer,
        (0,markdown_blocks/* footerBlock */.jk)(verdict, options.version, options.detailsUrl, (0,commits.commitsFragment)(options.commits)),
    ].join('\n\n');
    const layout = CHECK_GROUPED_GATES.has(verdict.gate) ? checkGroupedReport : commentReport;
    return fitMarkdown({
        full: layout(verdict, prepared, options, where, false),
        degraded: layout(verdict, prepared, options, where, true),
        minimal,
        limit,
        measure: (text) => text.length,
        caller: 'renderComment',
    });
}


/***/ }),

/***/ 60791:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
/** A plain object (not an array, not null): the first check on parsed JSON, which is `unknown`. */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ })

};
