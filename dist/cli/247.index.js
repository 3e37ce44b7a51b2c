export const id = 247;
export const ids = [247];
export const modules = {

/***/ 36247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDashboardDiff: () => (/* binding */ runDashboardDiff),
  runDashboardDiffGate: () => (/* binding */ runDashboardDiffGate)
});

// EXTERNAL MODULE: ./src/shared/errors.ts
var errors = __webpack_require__(58382);
// EXTERNAL MODULE: ./src/gates/dashboard-diff/defaults.ts
var defaults = __webpack_require__(41951);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/change-context.ts
/** Adds `count` to the noise counted for `reason`. */
function countNoise(context, reason, count = 1) {
    if (count <= 0)
        return;
    context.noise[reason] = (context.noise[reason] ?? 0) + count;
}
/** The line of `path` on one side: head lines normally, base lines for what the head lacks. */
function lineAt(context, side, path) {
    return (side === 'head' ? context.head : context.base).loaded.lineOf(path);
}
/** A change of this dashboard; `before`/`after`/`line` left out when undefined. */
function makeChange(context, fields) {
    const change = {
        dashboard: context.dashboard,
        file: context.file,
        area: fields.area,
        kind: fields.kind,
    };
    if (fields.panel !== undefined)
        change.panel = fields.panel;
    if (fields.subject !== undefined)
        change.subject = fields.subject;
    if (fields.field !== undefined)
        change.field = fields.field;
    if (fields.before !== undefined)
        change.before = fields.before;
    if (fields.after !== undefined)
        change.after = fields.after;
    if (fields.textDiff !== undefined)
        change.textDiff = fields.textDiff;
    if (fields.line !== undefined)
        change.line = fields.line;
    return change;
}

// EXTERNAL MODULE: ./src/shared/is-record.ts
var is_record = __webpack_require__(60791);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/json.ts
/**
 * Small helpers for walking parsed JSON, which stays `unknown` until a check narrows it.
 */


/** The value as a record, or an empty one: for optional sub-objects read field by field. */
function recordOf(value) {
    return (0,is_record/* isRecord */.u)(value) ? value : {};
}
/** The value as an array, or an empty one. */
function arrayOf(value) {
    return Array.isArray(value) ? value : [];
}
/** The value when it is a string. */
function stringOf(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The value when it is a finite number, or a numeric string (Grafana accepts `"39"` for 39). */
function numberOf(value) {
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '') {
        const parsed = Number(value);
        if (Number.isFinite(parsed))
            return parsed;
    }
    return undefined;
}
/**
 * A deep copy with every object's keys sorted (code-unit order), arrays kept in order: two
 * canonical values are equal exactly when their `JSON.stringify` texts are. `undefined`
 * properties are left out, as JSON would.
 */
function canonical(value) {
    if (Array.isArray(value))
        return value.map(canonical);
    if (!(0,is_record/* isRecord */.u)(value))
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const item = value[key];
        if (item !== undefined)
            out[key] = canonical(item);
    }
    return out;
}
/**
 * Structural equality of two JSON values; object key order does not matter, array order does.
 * `undefined` properties count as absent.
 */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a)) {
        if (!Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i += 1)
            if (!jsonEqual(a[i], b[i]))
                return false;
        return true;
    }
    if ((0,is_record/* isRecord */.u)(a)) {
        if (!(0,is_record/* isRecord */.u)(b))
            return false;
        // Counting instead of collecting keys: the diff runs this on every property of every panel pair.
        let definedInA = 0;
        for (const key in a) {
            if (a[key] === undefined)
                continue;
            definedInA += 1;
            if (!jsonEqual(a[key], b[key]))
                return false;
        }
        let definedInB = 0;
        for (const key in b)
            if (b[key] !== undefined)
                definedInB += 1;
        return definedInA === definedInB;
    }
    // Numbers, strings, booleans and null compare by value (JSON has no NaN).
    return false;
}
/** The object without the named keys (a shallow copy). */
function omitKeys(value, keys) {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        if (!keys.has(key))
            out[key] = item;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/values.ts
/**
 * Plain-JSON helpers of the diff: a canonical text form (keys sorted) used as a fingerprint, and
 * the normaliser's structural equality. The models are plain JSON by construction, so no cycles,
 * no class instances.
 */


/** JSON text with object keys sorted at every level: equal values give equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if ((0,is_record/* isRecord */.u)(value)) {
        const entries = Object.keys(value)
            .filter((key) => value[key] !== undefined)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
        return `{${entries.join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
/**
 * Thresholds with the first step's value left out: Grafana draws the first step from -Infinity
 * whatever is stored there (it saves `null`; older versions left `value` out), so two threshold
 * lists that differ only there are the same. Other values are returned as they are.
 */
function withoutBaseStep(value) {
    if (!(0,is_record/* isRecord */.u)(value) || !Array.isArray(value.steps))
        return value;
    const [first, ...rest] = value.steps;
    if (!(0,is_record/* isRecord */.u)(first))
        return value;
    const base = Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'value'));
    return { ...value, steps: [base, ...rest] };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/field-diff.ts

/** Properties reported as one value: their parts mean nothing apart (a threshold step list). */
const ATOMIC_KEYS = new Set(['thresholds', 'mappings', 'steps']);
/** Arrays whose order changes what the panel shows (transformations run as a pipeline). */
const ORDERED_ARRAYS = new Set(['transformations']);
/**
 * Differences between `before` and `after` (the `fields` of one panel, query, variable… on the
 * two sides), one per property path, in key order.
 */
function diffFields(before, after) {
    const out = [];
    walk(before, after, [], [], [], out);
    return out;
}
function walk(before, after, segments, basePath, headPath, out) {
    if (jsonEqual(before, after))
        return;
    const last = segments[segments.length - 1];
    if (isThresholds(last) && jsonEqual(withoutBaseStep(before), withoutBaseStep(after)))
        return;
    const atomic = last !== undefined &&
        ((last.kind === 'key' && ATOMIC_KEYS.has(last.name)) ||
            (last.kind === 'property' && ATOMIC_KEYS.has(last.id)));
    if (!atomic && (0,is_record/* isRecord */.u)(before) && (0,is_record/* isRecord */.u)(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        for (const key of keys) {
            // An override's `properties` list is named by property id directly: `overrides[byName=cpu].color`.
            const isOverrideProperties = key === 'properties' && last?.kind === 'item' && segmentName(segments, -2) === 'overrides';
            const next = isOverrideProperties
                ? segments
                : [...segments, { kind: 'key', name: key }];
            if (isOverrideProperties) {
                walkProperties(before[key], after[key], segments, [...basePath, key], [...headPath, key], out);
            }
            else {
                walk(before[key], after[key], next, [...basePath, key], [...headPath, key], out);
            }
        }
        return;
    }
    if (!atomic && Array.isArray(before) && Array.isArray(after) && last?.kind === 'key') {
        const baseKeys = itemKeys(last.name, before);
        const headKeys = itemKeys(last.name, after);
        if (baseKeys && headKeys) {
            walkKeyedArray(before, after, baseKeys, headKeys, segments, basePath, headPath, out);
            return;
        }
    }
    out.push(difference(segments, basePath, headPath, before, after));
}
function isThresholds(segment) {
    return ((segment?.kind === 'key' && segment.name === 'thresholds') ||
        (segment?.kind === 'property' && segment.id === 'thresholds'));
}
function walkKeyedArray(before, after, baseKeys, headKeys, segments, basePath, headPath, out) {
    const last = segments[segments.length - 1];
    const baseIndex = new Map(baseKeys.map((key, index) => [key, index]));
    const headIndex = new Map(headKeys.map((key, index) => [key, index]));
    const common = headKeys.filter((key) => baseIndex.has(key));
    if (last?.kind === 'key' && ORDERED_ARRAYS.has(last.name)) {
        const baseOrder = baseKeys.filter((key) => headIndex.has(key));
        if (baseOrder.join('\u0000') !== common.join('\u0000')) {
            out.push({
                ...difference(segments, basePath, headPath, baseOrder, common),
                field: `${readableField(segments)} order`,
            });
        }
    }
    // Removed items first (at their base place), then head order: what the reader scans.
    baseKeys.forEach((key, index) => {
        if (!headIndex.has(key)) {
            const item = { kind: 'item', key };
            out.push(difference([...segments, item], [...basePath, index], headPath, before[index], undefined));
        }
    });
    headKeys.forEach((key, index) => {
        const item = { kind: 'item', key };
        const old = baseIndex.get(key);
        walk(old === undefined ? undefined : before[old], after[index], [...segments, item], old === undefined ? basePath : [...basePath, old], [...headPath, index], out);
    });
}
/** An override's property list `[{ id, value }]`, matched by id; each property diffed by value. */
function walkProperties(before, after, segments, basePath, headPath, out) {
    const baseProps = propertyList(before);
    const headProps = propertyList(after);
    if (!baseProps || !headProps) {
        walk(before, after, [...segments, { kind: 'key', name: 'properties' }], basePath, headPath, out);
        return;
    }
    const ids = [...new Set([...baseProps.keys(), ...headProps.keys()])];
    for (const id of ids) {
        const old = baseProps.get(id);
        const now = headProps.get(id);
        walk(old?.value, now?.value, [...segments, { kind: 'property', id }], old ? [...basePath, old.index, 'value'] : basePath, now ? [...headPath, now.index, 'value'] : headPath, out);
    }
}
function propertyList(value) {
    if (value === undefined)
        return new Map();
    if (!Array.isArray(value))
        return undefined;
    const map = new Map();
    for (const [index, item] of value.entries()) {
        if (!(0,is_record/* isRecord */.u)(item) || typeof item.id !== 'string')
            return undefined;
        const id = uniqueKey(map, item.id);
        map.set(id, { index, value: item.value });
    }
    return map;
}
/**
 * Identity of each item of the array named `name`, or undefined when its items have none (then
 * the array is compared as one value). Repeated identities get `#2`, `#3`… in order.
 */
function itemKeys(name, items) {
    const seen = new Map();
    const keys = [];
    for (const item of items) {
        if (!(0,is_record/* isRecord */.u)(item))
            return undefined;
        const key = identityOf(name, item);
        if (key === undefined)
            return undefined;
        const unique = uniqueKey(seen, key);
        seen.set(unique, item);
        keys.push(unique);
    }
    return keys;
}
function identityOf(name, item) {
    switch (name) {
        case 'overrides': {
            const matcher = item.matcher;
            if (!(0,is_record/* isRecord */.u)(matcher) || typeof matcher.id !== 'string')
                return undefined;
            const options = matcher.options;
            const text = typeof options === 'string' ? options : options === undefined ? '' : canonicalJson(options);
            return `${matcher.id}=${text}`;
        }
        case 'transformations':
            return typeof item.id === 'string' ? item.id : undefined;
        case 'links':
            if (typeof item.title === 'string' && item.title !== '')
                return item.title;
            return typeof item.url === 'string' ? item.url : undefined;
        default:
            return typeof item.refId === 'string' ? item.refId : undefined;
    }
}
function uniqueKey(seen, key) {
    if (!seen.has(key))
        return key;
    let n = 2;
    while (seen.has(`${key}#${n}`))
        n += 1;
    return `${key}#${n}`;
}
function segmentName(segments, fromEnd) {
    const segment = segments[segments.length + fromEnd];
    return segment?.kind === 'key' ? segment.name : undefined;
}
function difference(segments, basePath, headPath, before, after) {
    const removed = after === undefined;
    return {
        field: readableField(segments),
        sourcePath: removed ? basePath : headPath,
        side: removed ? 'base' : 'head',
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
    };
}
const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
/**
 * The path as an author reads it: `fieldConfig.defaults.` dropped (`unit`, `custom.lineWidth`),
 * `fieldConfig.overrides` shortened to `overrides`, `options.legend` to `legend`.
 */
function readableField(segments) {
    let rest = [...segments];
    const names = rest.map((segment) => (segment.kind === 'key' ? segment.name : undefined));
    if (names[0] === 'fieldConfig' && names[1] === 'defaults')
        rest = rest.slice(2);
    else if (names[0] === 'fieldConfig' && names[1] === 'overrides')
        rest = rest.slice(1);
    else if (names[0] === 'options' && names[1] === 'legend')
        rest = rest.slice(1);
    let text = '';
    for (const segment of rest) {
        if (segment.kind === 'item')
            text += `[${segment.key}]`;
        // Override property ids are dotted paths already (`custom.width`).
        else if (segment.kind === 'property')
            text += `.${segment.id}`;
        else {
            const name = segment.name;
            if (IDENTIFIER.test(name))
                text += text === '' ? name : `.${name}`;
            else
                text += `[${JSON.stringify(name)}]`;
        }
    }
    return text === '' ? '(value)' : text;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/dashboard-level.ts



/** Settings Grafana's settings page shows under "Time options"; reported with area `time`. */
const TIME_SETTINGS = new Set([
    'timezone',
    'weekStart',
    'fiscalYearStartMonth',
    'timepicker',
    'nowDelay',
    'liveNow',
]);
/** Dashboard, time, variable, annotation and link changes, in that order. */
function diffDashboardLevel(context) {
    const base = context.base.model;
    const head = context.head.model;
    const out = [];
    const headLine = (path) => lineAt(context, 'head', path);
    if (base.title !== head.title) {
        out.push(makeChange(context, {
            area: 'dashboard',
            kind: 'renamed',
            field: 'title',
            before: base.title,
            after: head.title,
            line: headLine(['title']),
        }));
    }
    if (base.uid !== head.uid) {
        out.push(makeChange(context, {
            area: 'dashboard',
            kind: 'modified',
            field: 'uid',
            before: base.uid,
            after: head.uid,
            line: headLine(['uid']),
        }));
    }
    const baseTags = [...base.tags].sort();
    const headTags = [...head.tags].sort();
    if (!jsonEqual(baseTags, headTags)) {
        out.push(makeChange(context, {
            area: 'dashboard',
            kind: 'modified',
            field: 'tags',
            before: base.tags,
            after: head.tags,
            line: headLine(['tags']),
        }));
    }
    if (base.schemaVersion !== head.schemaVersion)
        countNoise(context, 'schema migration');
    const settings = diffFields(base.settings, head.settings);
    const timeFirst = [...settings.filter((d) => !isTime(d)), ...settings.filter(isTime)];
    for (const difference of timeFirst) {
        out.push(makeChange(context, {
            area: isTime(difference) ? 'time' : 'dashboard',
            kind: 'modified',
            field: difference.field,
            before: difference.before,
            after: difference.after,
            line: lineAt(context, difference.side, difference.sourcePath),
        }));
    }
    out.push(...diffVariables(context, base, head));
    out.push(...diffAnnotations(context, base, head));
    out.push(...diffLinks(context, base, head));
    return out;
}
function isTime(difference) {
    const first = difference.sourcePath[0];
    return typeof first === 'string' && TIME_SETTINGS.has(first);
}
function diffVariables(context, base, head) {
    const out = [];
    const baseByName = new Map(base.variables.map((v) => [v.name, v]));
    const headNames = new Set(head.variables.map((v) => v.name));
    for (const variable of base.variables) {
        if (headNames.has(variable.name))
            continue;
        out.push(makeChange(context, {
            area: 'variable',
            kind: 'removed',
            subject: variable.name,
            before: variable.type,
            line: lineAt(context, 'base', variable.source),
        }));
    }
    // Variables are evaluated and shown in order (a chained variable after the one it reads), so
    // reordering them is a change: those outside the longest run that kept its order moved.
    const headIndex = new Map(head.variables.map((v, index) => [v.name, index]));
    const common = base.variables.filter((v) => headIndex.has(v.name));
    const kept = longestIncreasing(common.map((v) => headIndex.get(v.name) ?? 0));
    const moved = new Set(common.filter((_, index) => !kept.has(index)).map((v) => v.name));
    for (const variable of head.variables) {
        const old = baseByName.get(variable.name);
        if (old && moved.has(variable.name)) {
            out.push(makeChange(context, {
                area: 'variable',
                kind: 'moved',
                subject: variable.name,
                before: base.variables.indexOf(old) + 1,
                after: (headIndex.get(variable.name) ?? 0) + 1,
                line: lineAt(context, 'head', variable.source),
            }));
        }
        if (!old) {
            out.push(makeChange(context, {
                area: 'variable',
                kind: 'added',
                subject: variable.name,
                after: variable.type,
                line: lineAt(context, 'head', variable.source),
            }));
            continue;
        }
        if (old.type !== variable.type) {
            out.push(makeChange(context, {
                area: 'variable',
                kind: 'type-changed',
                subject: variable.name,
                field: 'type',
                before: old.type,
                after: variable.type,
                line: lineAt(context, 'head', [...variable.source, 'type']),
            }));
        }
        for (const difference of withoutEchoedDefinition(diffFields(old.fields, variable.fields))) {
            const source = difference.side === 'head' ? variable.source : old.source;
            out.push(makeChange(context, {
                area: 'variable',
                kind: 'modified',
                subject: variable.name,
                field: difference.field,
                before: difference.before,
                after: difference.after,
                line: lineAt(context, difference.side, [...source, ...difference.sourcePath]),
            }));
        }
    }
    return out;
}
/**
 * Query variables keep `definition`, the text the variable editor shows, beside the query itself;
 * Grafana rewrites both on every edit. A definition change that repeats the query's change is
 * one change, reported on the query.
 */
function withoutEchoedDefinition(differences) {
    const queryChanges = differences.filter((d) => d.field === 'query' || d.field === 'query.query');
    return differences.filter((d) => d.field !== 'definition' ||
        !queryChanges.some((q) => jsonEqual(q.before, d.before) && jsonEqual(q.after, d.after)));
}
function diffAnnotations(context, base, head) {
    const out = [];
    const baseByName = new Map(base.annotations.map((a) => [a.name, a]));
    const headNames = new Set(head.annotations.map((a) => a.name));
    for (const annotation of base.annotations) {
        if (headNames.has(annotation.name))
            continue;
        out.push(makeChange(context, {
            area: 'annotation',
            kind: 'removed',
            subject: annotation.name,
            line: lineAt(context, 'base', annotation.source),
        }));
    }
    for (const annotation of head.annotations) {
        const old = baseByName.get(annotation.name);
        if (!old) {
            out.push(makeChange(context, {
                area: 'annotation',
                kind: 'added',
                subject: annotation.name,
                line: lineAt(context, 'head', annotation.source),
            }));
            continue;
        }
        for (const difference of diffFields(old.fields, annotation.fields)) {
            const source = difference.side === 'head' ? annotation.source : old.source;
            out.push(makeChange(context, {
                area: 'annotation',
                kind: 'modified',
                subject: annotation.name,
                field: difference.field,
                before: difference.before,
                after: difference.after,
                line: lineAt(context, difference.side, [...source, ...difference.sourcePath]),
            }));
        }
    }
    return out;
}
/** Links matched by title (else URL); an item-level difference is a link added or removed. */
function diffLinks(context, base, head) {
    return diffFields({ links: base.links }, { links: head.links }).map((difference) => {
        const item = /^links\[(.*)\]$/.exec(difference.field);
        const itemKey = item?.[1];
        const kind = itemKey === undefined
            ? 'modified'
            : difference.before === undefined
                ? 'added'
                : difference.after === undefined
                    ? 'removed'
                    : 'modified';
        const subject = itemKey ?? /^links\[(.*?)\]/.exec(difference.field)?.[1];
        return makeChange(context, {
            area: 'link',
            kind,
            subject,
            field: kind === 'modified' ? difference.field : undefined,
            before: difference.before,
            after: difference.after,
            line: lineAt(context, difference.side, difference.sourcePath),
        });
    });
}
/** Rows added, removed, renamed, moved, or with another repeat. */
function diffRows(context, rows) {
    const out = [];
    for (const row of rows.removed) {
        out.push(makeChange(context, {
            area: 'row',
            kind: 'removed',
            subject: row.title,
            line: lineAt(context, 'base', row.source),
        }));
    }
    for (const row of rows.added) {
        out.push(makeChange(context, {
            area: 'row',
            kind: 'added',
            subject: row.title,
            line: lineAt(context, 'head', row.source),
        }));
    }
    const moved = movedRows(rows);
    const headOrder = new Map(context.head.model.rows.map((row, index) => [row, index]));
    const pairs = [...rows.pairs].sort((a, b) => (headOrder.get(a.head) ?? 0) - (headOrder.get(b.head) ?? 0));
    for (const pair of pairs) {
        const { base, head } = pair;
        const line = lineAt(context, 'head', head.source);
        if (base.title !== head.title) {
            out.push(makeChange(context, {
                area: 'row',
                kind: 'renamed',
                subject: head.title,
                field: 'title',
                before: base.title,
                after: head.title,
                line,
            }));
        }
        if (moved.has(pair)) {
            out.push(makeChange(context, { area: 'row', kind: 'moved', subject: head.title, line }));
        }
        if (base.repeat !== head.repeat) {
            out.push(makeChange(context, {
                area: 'row',
                kind: 'modified',
                subject: head.title,
                field: 'repeat',
                before: base.repeat,
                after: head.repeat,
                line,
            }));
        }
    }
    return out;
}
/**
 * Rows whose order among the paired rows changed: those outside the longest run that kept its
 * order (longest increasing subsequence, O(r log r)).
 */
function movedRows(rows) {
    const byBase = [...rows.pairs].sort((a, b) => a.base.y - b.base.y);
    const headY = byBase.map((pair) => pair.head.y);
    const keep = longestIncreasing(headY);
    return new Set(byBase.filter((_, index) => !keep.has(index)));
}
function longestIncreasing(values) {
    const tails = [];
    const previous = [];
    values.forEach((value, index) => {
        let lo = 0;
        let hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const tail = tails[mid];
            if (tail !== undefined && (values[tail] ?? 0) < value)
                lo = mid + 1;
            else
                hi = mid;
        }
        previous[index] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
        tails[lo] = index;
    });
    const keep = new Set();
    let at = tails[tails.length - 1] ?? -1;
    while (at >= 0) {
        keep.add(at);
        at = previous[at] ?? -1;
    }
    return keep;
}
/** View-state changes: time range, refresh, selected variable values, collapsed rows. */
function diffView(context, rows) {
    const base = context.base.model.view;
    const head = context.head.model.view;
    const out = [];
    const view = (subject, before, after, path) => {
        if (jsonEqual(before, after))
            return;
        out.push(makeChange(context, {
            area: 'view',
            kind: 'modified',
            subject,
            before,
            after,
            line: lineAt(context, 'head', path),
        }));
    };
    view('time range', base.time, head.time, ['time']);
    view('refresh', base.refresh, head.refresh, ['refresh']);
    const headVariables = new Map(context.head.model.variables.map((v) => [v.name, v]));
    const names = [...new Set([...Object.keys(base.selected), ...Object.keys(head.selected)])];
    for (const name of names) {
        // A variable added or removed is reported as such; its selection is part of that.
        if (!(name in base.selected) || !(name in head.selected))
            continue;
        const variable = headVariables.get(name);
        view(`variable ${name}`, base.selected[name], head.selected[name], variable ? [...variable.source, 'current'] : ['templating']);
    }
    const headRows = new Map(context.head.model.rows.map((row) => [row.key, row]));
    for (const [baseKey, collapsed] of Object.entries(base.collapsed)) {
        const headKey = rows.headKeyOf.get(baseKey);
        const now = headKey === undefined ? undefined : head.collapsed[headKey];
        if (now === undefined || now === collapsed)
            continue;
        const row = headKey === undefined ? undefined : headRows.get(headKey);
        view(`row ${row?.title ?? headKey ?? baseKey} collapsed`, collapsed, now, row ? [...row.source, 'collapsed'] : []);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/layout.ts
/**
 * Pairs rows by key (their title, `#2` for repeats), then rows left over by the panels they share
 * (a renamed row keeps its panels), then what is still left by order.
 */
function matchRows(base, head, panelPairs) {
    const headByKey = new Map(head.map((row) => [row.key, row]));
    const pairs = [];
    const freeBase = new Set(base);
    const freeHead = new Set(head);
    for (const row of base) {
        const other = headByKey.get(row.key);
        if (other) {
            pairs.push({ base: row, head: other });
            freeBase.delete(row);
            freeHead.delete(other);
        }
    }
    // Votes: how many paired panels went from base row b to head row h.
    const votes = new Map();
    const baseRowByKey = new Map(base.map((row) => [row.key, row]));
    for (const { base: b, head: h } of panelPairs) {
        const from = b.row === undefined ? undefined : baseRowByKey.get(b.row);
        const to = h.row === undefined ? undefined : headByKey.get(h.row);
        if (!from || !to || !freeBase.has(from) || !freeHead.has(to))
            continue;
        const tally = votes.get(from) ?? new Map();
        tally.set(to, (tally.get(to) ?? 0) + 1);
        votes.set(from, tally);
    }
    for (const row of base) {
        const tally = votes.get(row);
        if (!tally || !freeBase.has(row))
            continue;
        const best = [...tally].filter(([to]) => freeHead.has(to)).sort((x, y) => y[1] - x[1])[0];
        if (best) {
            pairs.push({ base: row, head: best[0] });
            freeBase.delete(row);
            freeHead.delete(best[0]);
        }
    }
    // Empty rows renamed: pair the rest in order, as many as both sides have.
    const restBase = base.filter((row) => freeBase.has(row));
    const restHead = head.filter((row) => freeHead.has(row));
    const emptyBase = restBase.filter((row) => !panelPairs.some((p) => p.base.row === row.key));
    const emptyHead = restHead.filter((row) => !panelPairs.some((p) => p.head.row === row.key));
    for (let i = 0; i < Math.min(emptyBase.length, emptyHead.length); i += 1) {
        const b = emptyBase[i];
        const h = emptyHead[i];
        if (!b || !h)
            continue;
        pairs.push({ base: b, head: h });
        freeBase.delete(b);
        freeHead.delete(h);
    }
    return {
        pairs,
        removed: base.filter((row) => freeBase.has(row)),
        added: head.filter((row) => freeHead.has(row)),
        headKeyOf: new Map(pairs.map((p) => [p.base.key, p.head.key])),
    };
}
/** Placement of every panel pair (see the module comment for what counts as moved). */
function placePanels(pairs, rows) {
    const result = new Map();
    const sections = new Map();
    for (const pair of pairs) {
        const { base, head } = pair;
        const resized = base.grid.w !== head.grid.w || base.grid.h !== head.grid.h;
        const baseRow = base.row === undefined ? undefined : (rows.headKeyOf.get(base.row) ?? `\u0000${base.row}`);
        if (baseRow !== head.row) {
            result.set(pair, { moved: 'row', resized, shifted: false });
            continue;
        }
        if (base.grid.x !== head.grid.x) {
            result.set(pair, { moved: 'position', resized, shifted: false });
            continue;
        }
        result.set(pair, { resized, shifted: false });
        const section = head.row ?? '';
        const list = sections.get(section) ?? [];
        list.push(pair);
        sections.set(section, list);
    }
    for (const list of sections.values()) {
        for (const pair of movedInSection(list)) {
            const placement = result.get(pair);
            if (placement)
                placement.moved = 'position';
        }
    }
    for (const [pair, placement] of result) {
        placement.shifted = placement.moved === undefined && pair.base.grid.y !== pair.head.grid.y;
    }
    return result;
}
/**
 * The fewest panels of one row section whose moves explain every pair of column-sharing panels
 * whose vertical order differs between the versions. Greedy: the panel in most flipped pairs is
 * taken first; pairs that flipped with nothing else (two panels swapped) take both panels.
 */
function movedInSection(pairs) {
    // Sorting by head x lets the overlap scan stop early: O(n log n + overlapping pairs).
    const byX = [...pairs].sort((a, b) => a.head.grid.x - b.head.grid.x);
    const flips = new Map();
    const addFlip = (a, b) => {
        const set = flips.get(a) ?? new Set();
        set.add(b);
        flips.set(a, set);
    };
    for (let i = 0; i < byX.length; i += 1) {
        const a = byX[i];
        if (!a)
            continue;
        const right = a.head.grid.x + a.head.grid.w;
        for (let j = i + 1; j < byX.length; j += 1) {
            const b = byX[j];
            if (!b || b.head.grid.x >= right)
                break;
            const before = Math.sign(a.base.grid.y - b.base.grid.y);
            const after = Math.sign(a.head.grid.y - b.head.grid.y);
            if (before !== 0 && after !== 0 && before !== after) {
                addFlip(a, b);
                addFlip(b, a);
            }
        }
    }
    const moved = new Set();
    for (;;) {
        let worst;
        let count = 0;
        for (const [pair, set] of flips) {
            if (set.size > count ||
                (set.size === count && worst !== undefined && readsBefore(pair.head, worst.head))) {
                worst = pair;
                count = set.size;
            }
        }
        if (!worst || count === 0)
            break;
        if (count === 1) {
            // Only isolated flips remain: each is a swap of two panels, and both changed place.
            for (const [pair, set] of flips)
                if (set.size > 0)
                    moved.add(pair);
            break;
        }
        moved.add(worst);
        for (const other of flips.get(worst) ?? [])
            flips.get(other)?.delete(worst);
        flips.delete(worst);
    }
    return moved;
}
function readsBefore(a, b) {
    return a.grid.y < b.grid.y || (a.grid.y === b.grid.y && a.grid.x < b.grid.x);
}

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __webpack_require__(21916);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/match-panels.ts
/**
 * Pairs the panels of two versions of a dashboard, so that renumbered ids, duplicate titles and
 * moved panels never show up as a removed and an added panel.
 *
 * Stages, each on what the previous ones left unpaired:
 * 1. same id and identical content (everything but id and position), then identical content
 *    alone when it is unique on both sides (ids renumbered);
 * 2. same id and same title;
 * 3. same row and title, when unique on both sides;
 * 4. same title, when unique on both sides (a panel moved to another row);
 * 4b. same title repeated as often on both sides: the k-th with the k-th, in reading order;
 * 5. same id, when the content is still similar (a panel renamed in place);
 * 6. the most similar remaining pair (Levenshtein over a summary of the panel), within a bounded
 *    window of candidates so the cost stays near-linear on dashboards of hundreds of panels.
 */


/** Below this similarity (0–1) two panels are different panels, not one panel edited. */
const MIN_SIMILARITY = 0.5;
/** How many unpaired head panels, nearest in reading order, each base panel is compared with. */
const CANDIDATE_WINDOW = 30;
/** Summaries are cut to this length: enough to tell panels apart, bounded cost per comparison. */
const SUMMARY_LENGTH = 400;
/** Pairs base and head panels; each panel is in exactly one pair or one of the two lists. */
function matchPanels(base, head) {
    const pairs = [];
    const freeBase = new Set(base);
    const freeHead = new Set(head);
    const pair = (b, h) => {
        pairs.push({ base: b, head: h });
        freeBase.delete(b);
        freeHead.delete(h);
    };
    // Same id and same content: most panels of most diffs, found without building fingerprints.
    const headById = uniqueBy(freeHead, (p) => (p.id === undefined ? undefined : String(p.id)));
    for (const [id, b] of uniqueBy(freeBase, (p) => p.id === undefined ? undefined : String(p.id))) {
        const h = headById.get(id);
        if (b && h && jsonEqual(contentObject(b), contentObject(h)))
            pair(b, h);
    }
    pairUnique(freeBase, freeHead, (p) => canonicalJson(contentObject(p)), pair);
    pairUnique(freeBase, freeHead, (p) => (p.id === undefined ? undefined : `${p.id}\u0000${p.title}`), pair);
    pairUnique(freeBase, freeHead, (p) => `${p.row ?? ''}\u0000${p.title}`, pair);
    pairUnique(freeBase, freeHead, (p) => (p.title === '' ? undefined : p.title), pair);
    pairByOccurrence(base, head, freeBase, freeHead, pair);
    const freeHeadById = new Map();
    for (const h of freeHead)
        if (h.id !== undefined)
            freeHeadById.set(h.id, h);
    for (const b of [...freeBase]) {
        const h = b.id === undefined ? undefined : freeHeadById.get(b.id);
        if (h && freeHead.has(h) && similarity(summaryOf(b), summaryOf(h)) >= MIN_SIMILARITY)
            pair(b, h);
    }
    pairSimilar(base, head, freeBase, freeHead, pair);
    return {
        pairs,
        removed: base.filter((p) => freeBase.has(p)),
        added: head.filter((p) => freeHead.has(p)),
    };
}
/**
 * Titles repeated among the free panels (a "CPU" panel per node row): when a title occurs as
 * often on both sides, the k-th occurrence in reading order pairs with the k-th.
 */
function pairByOccurrence(base, head, freeBase, freeHead, pair) {
    const group = (panels, free) => {
        const map = new Map();
        for (const panel of panels) {
            if (!free.has(panel) || panel.title === '')
                continue;
            const list = map.get(panel.title) ?? [];
            list.push(panel);
            map.set(panel.title, list);
        }
        return map;
    };
    const headGroups = group(head, freeHead);
    for (const [title, bases] of group(base, freeBase)) {
        const heads = headGroups.get(title);
        if (!heads || heads.length !== bases.length)
            continue;
        bases.forEach((b, index) => {
            const h = heads[index];
            if (h)
                pair(b, h);
        });
    }
}
/** Pairs panels whose `keyOf` is the same and occurs once among the free panels of each side. */
function pairUnique(freeBase, freeHead, keyOf, pair) {
    const baseByKey = uniqueBy(freeBase, keyOf);
    const headByKey = uniqueBy(freeHead, keyOf);
    for (const [key, b] of baseByKey) {
        const h = headByKey.get(key);
        if (b && h)
            pair(b, h);
    }
}
/** Key → the one panel with it, or null when several share it. */
function uniqueBy(panels, keyOf) {
    const map = new Map();
    for (const panel of panels) {
        const key = keyOf(panel);
        if (key === undefined)
            continue;
        map.set(key, map.has(key) ? null : panel);
    }
    return map;
}
/**
 * Greedy best-first pairing of what is left: candidates are scored within a window of reading
 * order (a base panel is compared with at most {@link CANDIDATE_WINDOW} head panels), best pairs
 * taken first, each panel used once.
 */
function pairSimilar(base, head, freeBase, freeHead, pair) {
    const bases = base.filter((p) => freeBase.has(p));
    const heads = head.filter((p) => freeHead.has(p));
    if (bases.length === 0 || heads.length === 0)
        return;
    const headSummaries = heads.map(summaryOf);
    const candidates = [];
    bases.forEach((b, index) => {
        const summary = summaryOf(b);
        // Reading order is preserved by most edits, so the counterpart is near the same relative place.
        const centre = Math.round((index / Math.max(1, bases.length - 1)) * (heads.length - 1));
        const from = Math.max(0, centre - CANDIDATE_WINDOW / 2);
        const to = Math.min(heads.length, from + CANDIDATE_WINDOW);
        for (let j = from; j < to; j += 1) {
            const h = heads[j];
            const headSummary = headSummaries[j];
            if (h === undefined || headSummary === undefined)
                continue;
            const sameType = b.type === h.type ? 0.05 : 0;
            const score = similarity(summary, headSummary) + sameType;
            if (score >= MIN_SIMILARITY)
                candidates.push({ b, h, score, order: Math.abs(j - centre) });
        }
    });
    candidates.sort((x, y) => y.score - x.score || x.order - y.order);
    for (const { b, h } of candidates) {
        if (freeBase.has(b) && freeHead.has(h))
            pair(b, h);
    }
}
/** What a panel shows, without its id, position and row: equal for a panel only moved. */
function contentObject(panel) {
    return {
        title: panel.title,
        type: panel.type,
        datasource: panel.datasource,
        queries: panel.queries.map((q) => ({ ...q, source: undefined })),
        repeat: panel.repeat,
        libraryPanel: panel.libraryPanel,
        fields: panel.fields,
    };
}
/** A short text standing for the panel: title, type, query texts, then the rest. */
function summaryOf(panel) {
    const queries = panel.queries.map((q) => q.expr ?? canonicalJson(q.fields)).join('\n');
    return `${panel.title}\n${panel.type}\n${queries}\n${canonicalJson(panel.fields)}`.slice(0, SUMMARY_LENGTH);
}
function similarity(a, b) {
    const longest = Math.max(a.length, b.length);
    return longest === 0 ? 1 : 1 - (0,mod/* distance */.Io)(a, b) / longest;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/plugin-defaults.ts
/**
 * Panel-plugin defaults: the values Grafana's panel plugins use when an option is absent, which a
 * newer Grafana writes into the JSON on the next save (upgrading Grafana 10.4 → 11.2 adds
 * `percentChangeColorMode: "standard"` to every stat panel and `barWidthFactor: 0.6` to every time
 * series). An option absent on one side and equal to its plugin default on the other is the same
 * panel, so the diff hides it as `default value` noise.
 *
 * This differs from the normaliser's table of dashboard-schema defaults (model/grafana-defaults.ts),
 * which drops keys on each side alone: a plugin option is only dropped here, when the other side
 * lacks it, so a panel that sets an option explicitly keeps showing it while it is unchanged.
 *
 * Only defaults read in Grafana's sources are listed (grafana/grafana, read late 2025):
 * - P1 `packages/grafana-schema/src/raw/composable/stat/panelcfg/x/types.gen.ts` `defaultOptions`.
 * - P2 `packages/grafana-schema/src/raw/composable/bargauge/panelcfg/x/BarGaugePanelCfg_types.gen.ts`
 *   `defaultOptions`.
 * - P3 `public/app/plugins/panel/timeseries/config.ts` `defaultGraphConfig` (the field config the
 *   time series option builders default to).
 * - P5 `public/app/core/components/OptionsUI/registry.tsx` (the standard `thresholds` option):
 *   absolute, green from the base, red from 80, filled into every panel's field config. The first
 *   step is the base whatever its stored value (Grafana saves `null` for -Infinity, older
 *   versions left `value` out), so it is compared without it.
 * - P6 `public/app/plugins/datasource/prometheus/querybuilder/state.ts` and Loki's
 *   `querybuilder/state.ts` (`getQueryWithDefaults`): a query without `editorMode` opens in the
 *   code editor when it has an expression; a Prometheus query with neither `range` nor `instant`
 *   is a range query; a Loki query without `queryType` is a range query. The editors write these
 *   into the query on the next save.
 * - P4 grafana/grafana#79411 (Grafana 10.3) added the standard field option `unitScale`, on by
 *   default: the behaviour before it existed. Grafana 10.3 wrote `unitScale: true` into every
 *   panel's field config; later versions dropped the option again.
 */

/** Field-config defaults shared by every panel type (P4). */
const ALL_PANELS = {
    'fieldConfig.defaults.unitScale': true,
    // P5
    'fieldConfig.defaults.thresholds': {
        mode: 'absolute',
        steps: [
            { color: 'green', value: null },
            { color: 'red', value: 80 },
        ],
    },
};
/** Defaults by panel type, keyed by the option's dotted path inside the panel. */
const BY_TYPE = {
    // P1
    stat: {
        'options.colorMode': 'value',
        'options.graphMode': 'area',
        'options.justifyMode': 'auto',
        'options.percentChangeColorMode': 'standard',
        'options.showPercentChange': false,
        'options.textMode': 'auto',
        'options.wideLayout': true,
    },
    // P2
    bargauge: {
        'options.displayMode': 'gradient',
        'options.maxVizHeight': 300,
        'options.minVizHeight': 16,
        'options.minVizWidth': 8,
        'options.namePlacement': 'auto',
        'options.showUnfilled': true,
        'options.sizing': 'auto',
        'options.valueMode': 'color',
    },
    // P3 (enum values: GraphDrawStyle.Line, LineInterpolation.Linear, GraphGradientMode.None,
    // BarAlignment.Center = 0, StackingMode.None)
    timeseries: {
        'fieldConfig.defaults.custom.drawStyle': 'line',
        'fieldConfig.defaults.custom.lineInterpolation': 'linear',
        'fieldConfig.defaults.custom.lineWidth': 1,
        'fieldConfig.defaults.custom.fillOpacity': 0,
        'fieldConfig.defaults.custom.gradientMode': 'none',
        'fieldConfig.defaults.custom.barAlignment': 0,
        'fieldConfig.defaults.custom.barWidthFactor': 0.6,
        'fieldConfig.defaults.custom.stacking': { mode: 'none', group: 'A' },
        'fieldConfig.defaults.custom.axisGridShow': true,
        'fieldConfig.defaults.custom.axisCenteredZero': false,
        'fieldConfig.defaults.custom.axisBorderShow': false,
        'fieldConfig.defaults.custom.spanNulls': false,
        'fieldConfig.defaults.custom.insertNulls': false,
        'fieldConfig.defaults.custom.pointSize': 5,
        'fieldConfig.defaults.custom.thresholdsStyle': { mode: 'off' },
    },
};
/**
 * Whether `value`, found at `path` inside a panel of type `type`, is what the plugin uses when the
 * option is absent; an object counts when every option in it does.
 */
function isPluginDefault(type, path, value) {
    const key = path.join('.');
    const table = BY_TYPE[type];
    const known = table && Object.hasOwn(table, key)
        ? table[key]
        : Object.hasOwn(ALL_PANELS, key)
            ? ALL_PANELS[key]
            : undefined;
    if (known !== undefined && jsonEqual(withoutBaseStep(known), withoutBaseStep(value)))
        return true;
    if (!(0,is_record/* isRecord */.u)(value))
        return false;
    const entries = Object.entries(value);
    return (entries.length > 0 &&
        entries.every(([child, item]) => isPluginDefault(type, [...path, child], item)));
}
/**
 * Whether a query key present on one side only (`key`: `editorMode`, `range`, `queryType`) holds
 * what the datasource's query editor fills in when it is absent (P6). `query` is the side's query
 * fields with its text.
 */
function isQueryDefault(datasourceType, key, value, query) {
    if (datasourceType !== 'prometheus' && datasourceType !== 'loki')
        return false;
    if (key === 'editorMode')
        return value === ((query.expr ?? '') === '' ? 'builder' : 'code');
    if (datasourceType === 'prometheus' && key === 'range')
        return value === true && query.fields.instant !== true;
    if (datasourceType === 'loki' && key === 'queryType')
        return value === 'range';
    return false;
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/normalize.ts
var normalize = __webpack_require__(82696);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/tree.ts + 3 modules
var tree = __webpack_require__(438);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/syntax.ts + 1 modules
var syntax = __webpack_require__(64909);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/query/mask.ts
/**
 * Grafana template variables in a PromQL query, replaced by PromQL of the same kind so the query
 * parses: `[$__rate_interval]` becomes a duration, `$metric` an identifier, `"$job"` stays text.
 * Each variable gets its own placeholder, so two queries that differ only in which variable they
 * use still differ after masking.
 *
 * Written by hand: the variable syntax is Grafana's own (its template service finds variables
 * with one regular expression), and where a variable sits (string, range, expression) needs the
 * PromQL token context, which no library gives for text that is not PromQL yet.
 */
/** How Grafana writes a variable reference: `$name`, `${name}`, `${name:format}`, `[[name]]`, `[[name:format]]`. */
const VARIABLE_PATTERN = /\$(?<bare>\w+)|\$\{(?<braced>\w+)(?:\.(?<field>[^:}]+))?(?::(?<format>[^}]*))?\}|\[\[(?<old>\w+?)(?::(?<oldFormat>\w+))?\]\]/gu;
/** Every variable reference in `text` (queries, titles, datasource uids, links), in order. */
function findVariableReferences(text) {
    const references = [];
    for (const match of text.matchAll(VARIABLE_PATTERN)) {
        const groups = match.groups ?? {};
        const name = groups['bare'] ?? groups['braced'] ?? groups['old'];
        if (name === undefined)
            continue;
        const format = groups['format'] ?? groups['oldFormat'];
        const field = groups['field'];
        references.push({
            name,
            ...(format !== undefined && format !== '' ? { format } : {}),
            ...(field !== undefined ? { field } : {}),
            from: match.index,
            to: match.index + match[0].length,
            text: match[0],
        });
    }
    return references;
}
/**
 * Placeholder numbers for durations and numbers, shared by the texts that will be compared, so
 * that the same variable gets the same number on both sides and different variables different
 * numbers. Numbers are chosen that appear in none of the texts, so a placeholder never equals a
 * literal the author wrote.
 */
class MaskNumbers {
    texts;
    assigned = new Map();
    next = 7_700_001;
    /** @param texts the texts that will be masked with this table (placeholders avoid their digits). */
    constructor(texts = []) {
        this.texts = texts;
    }
    /** The number standing for `key` (a variable, its format and its kind). */
    numberFor(key) {
        const known = this.assigned.get(key);
        if (known !== undefined)
            return known;
        while (this.texts.some((text) => text.includes(String(this.next))))
            this.next += 1;
        const value = this.next;
        this.next += 1;
        this.assigned.set(key, value);
        return value;
    }
}
/** Grafana's built-in variables whose value is a plain number (epoch or a count of ms or s). */
const NUMERIC_BUILTINS = new Set([
    '__from',
    '__to',
    '__interval_ms',
    '__rate_interval_ms',
    '__range_s',
    '__range_ms',
]);
/**
 * Functions and aggregations whose first argument is a scalar (`topk($k, …)`): a variable there
 * is a number, not a series.
 */
const SCALAR_FIRST_ARGUMENT = new Set([
    'topk',
    'bottomk',
    'limitk',
    'limit_ratio',
    'quantile',
    'histogram_quantile',
    'quantile_over_time',
]);
/** The identifier prefix of masked variables; no real metric or label starts with it. */
const MASK_PREFIX = '__grafana_var_';
/** A name safe in an identifier and in text: `job`, `job__regex`, `__field__labels_pod`. */
function placeholderName(reference) {
    const suffix = [reference.field, reference.format]
        .filter((part) => part !== undefined)
        .map((part) => `__${part.replace(/\W/gu, '_')}`)
        .join('');
    return `${MASK_PREFIX}${reference.name}${suffix}`;
}
/** Where each offset of `text` sits: inside a string literal or a `#` comment, or in the expression. */
function stringAndCommentSpans(text) {
    const quoted = new Array(text.length).fill(false);
    for (let i = 0; i < text.length; i += 1) {
        const ch = text.charAt(i);
        if (ch === '"' || ch === "'" || ch === '`') {
            let j = i + 1;
            while (j < text.length && text.charAt(j) !== ch)
                j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
            for (let k = i; k <= Math.min(j, text.length - 1); k += 1)
                quoted[k] = true;
            i = j;
        }
        else if (ch === '#') {
            while (i < text.length && text.charAt(i) !== '\n')
                quoted[i++] = true;
        }
    }
    return quoted;
}
/** The bracket open at `offset` (`[`, `(`, `{`), strings and comments skipped. */
function openBracketAt(text, quoted, offset) {
    const open = [];
    for (let i = 0; i < offset; i += 1) {
        if (quoted[i] === true)
            continue;
        const ch = text.charAt(i);
        if (ch === '(' || ch === '[' || ch === '{')
            open.push(ch);
        else if (ch === ')' || ch === ']' || ch === '}')
            open.pop();
    }
    return open.at(-1);
}
/** What kind of PromQL the variable at `reference` must become. */
function kindAt(text, quoted, reference) {
    if (quoted[reference.from] === true)
        return 'text';
    const before = text.slice(0, reference.from).trimEnd();
    const after = text.slice(reference.to);
    // `${__range_s}s`: the variable is the number of a duration.
    const unitFollows = /^[a-z]/iu.test(after) && !/^\w*\(/u.test(after);
    const inRange = before.endsWith('[') ||
        (before.endsWith(':') && openBracketAt(text, quoted, reference.from) === '[') ||
        /\boffset$/iu.test(before);
    if (inRange)
        return unitFollows ? 'number' : 'duration';
    if (before.endsWith('@'))
        return 'number';
    if (NUMERIC_BUILTINS.has(reference.name))
        return 'number';
    const call = /(\w+)\s*(?:(?:by|without)\s*\([^)]*\)\s*)?\(\s*$/iu.exec(before);
    if (call !== null && SCALAR_FIRST_ARGUMENT.has((call[1] ?? '').toLowerCase()))
        return 'number';
    return 'identifier';
}
/**
 * Replaces every Grafana variable in a PromQL query by a placeholder of the kind its place needs:
 * a duration in a range, subquery step or `offset` (`[$__rate_interval]` → `[7700001s]`), a
 * number where a scalar goes (`@ $__to`, `topk($k, …)`, `${__range_s}s`), text inside a string
 * (`"$job"` → `"__grafana_var_job"`), an identifier elsewhere (metric, label or grouping name).
 * `$job`, `${job}` and `[[job]]` mask alike (Grafana reads them alike); `${job:regex}` differs.
 * @param numbers shared between texts that are compared, so their placeholders agree.
 * @example maskGrafanaVariables('rate(x{job="$job"}[$__rate_interval])').text
 *   // 'rate(x{job="__grafana_var_job"}[7700001s])'
 */
function maskGrafanaVariables(query, numbers = new MaskNumbers([query])) {
    const references = findVariableReferences(query);
    if (references.length === 0)
        return { text: query, variables: [] };
    const quoted = stringAndCommentSpans(query);
    const variables = [];
    let text = '';
    let last = 0;
    for (const reference of references) {
        const kind = kindAt(query, quoted, reference);
        const name = placeholderName(reference);
        const replacement = kind === 'duration'
            ? `${numbers.numberFor(`${name}|duration`)}s`
            : kind === 'number'
                ? String(numbers.numberFor(`${name}|number`))
                : name;
        text += query.slice(last, reference.from) + replacement;
        last = reference.to;
        variables.push({ ...reference, kind, replacement });
    }
    return { text: text + query.slice(last), variables };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/query/equivalent.ts
/**
 * Whether two versions of a query say the same thing, so the diff reports only real query
 * changes: PromQL by parse tree (Grafana variables masked first), other query languages by their
 * text with insignificant whitespace collapsed.
 */




/**
 * Whether queries of this datasource type are PromQL: Prometheus and the plugins that speak it
 * (`grafana-amazonprometheus-datasource`, `grafana-azureprometheus-datasource`), and MetricsQL
 * (`victoriametrics-metrics-datasource`), which is PromQL where it parses. An unknown type is
 * tried as PromQL too.
 */
function mayBePromQL(type) {
    if (type === undefined || type === '')
        return true;
    const lower = type.toLowerCase();
    return lower.includes('prometheus') || lower.startsWith('victoriametrics-metrics');
}
/**
 * The canonical text of a PromQL query (whitespace, label-matcher order, grouping-label order,
 * `sum(x) by (a)` against `sum by (a) (x)`, quotes and number spelling normalised by prom-lint's
 * printer), or undefined when the masked text does not parse.
 */
function canonicalPromQL(query, numbers) {
    const masked = maskGrafanaVariables(query, numbers).text;
    const parsed = (0,tree/* parsePromQL */.bC)(masked);
    if ((0,syntax/* syntaxDiagnostics */.S)(parsed).length > 0)
        return undefined;
    return (0,normalize/* normalizedExpression */.s)(parsed);
}
/**
 * The text with whitespace collapsed where it cannot matter: runs of spaces, tabs and newlines
 * outside quoted strings become one space, and the ends are trimmed. Whitespace inside quotes
 * (`'a  b'` in SQL, `"a  b"` in a LogQL line filter) is kept. Newlines are kept as newlines when
 * the text has a line comment outside quotes (`--` in SQL, `#` in PromQL/LogQL, `//` in Flux),
 * because joining the lines would comment out the next one.
 */
function collapseWhitespace(text) {
    const pieces = [];
    let hasLineComment = false;
    let i = 0;
    while (i < text.length) {
        const ch = text.charAt(i);
        if (ch === '"' || ch === "'" || ch === '`') {
            let j = i + 1;
            while (j < text.length && text.charAt(j) !== ch)
                j += ch !== '`' && text.charAt(j) === '\\' ? 2 : 1;
            pieces.push(text.slice(i, j + 1));
            i = j + 1;
            continue;
        }
        if (ch === '#' || text.startsWith('--', i) || text.startsWith('//', i))
            hasLineComment = true;
        let j = i;
        while (j < text.length && !`"'\``.includes(text.charAt(j)))
            j += 1;
        pieces.push(`\u0000${text.slice(i, j)}`);
        i = j;
    }
    return pieces
        .map((piece) => {
        if (!piece.startsWith('\u0000'))
            return piece;
        const plain = piece.slice(1);
        return hasLineComment
            ? plain.replace(/[ \t]*\n\s*/gu, '\n').replace(/[ \t]+/gu, ' ')
            : plain.replace(/\s+/gu, ' ');
    })
        .join('')
        .trim();
}
/**
 * True when `before` and `after` are the same query. For Prometheus (and, when the datasource
 * type is unknown, for queries that both parse as PromQL) the comparison is by parse tree after
 * masking Grafana variables, so whitespace, label order and `by` label order are not changes,
 * while a different variable, range or function is. Other datasources (SQL, LogQL, InfluxQL,
 * Flux, Graphite, Elasticsearch, …) and PromQL that does not parse compare by
 * {@link collapseWhitespace}: the only edit accepted as equal is whitespace outside quotes, which
 * none of those languages reads (a line break stays one where a line comment could end).
 * @example equivalentQueries('sum by (a,b) (x)', 'sum by (b, a) (x)', 'prometheus') // true
 */
function equivalentQueries(before, after, datasourceType) {
    if (before === after)
        return true;
    if (mayBePromQL(datasourceType)) {
        const numbers = new MaskNumbers([before, after]);
        const canonicalBefore = canonicalPromQL(before, numbers);
        const canonicalAfter = canonicalPromQL(after, numbers);
        if (canonicalBefore !== undefined && canonicalAfter !== undefined)
            return canonicalBefore === canonicalAfter;
    }
    return collapseWhitespace(before) === collapseWhitespace(after);
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/query-diff.ts
/**
 * Changes to the queries of one panel: matched by `refId`; queries left over whose text is the
 * same, then whose text is similar, are one query whose refId was renamed (Grafana editors rename
 * refIds freely, often while editing the query); the rest are added or removed. A changed text carries a unified diff, unless the texts are the
 * same query written differently, which is noise.
 */






/**
 * Query changes between `before` and `after`; `panelDatasource` is the panel's own datasource
 * change, if any, so queries that merely inherit it do not repeat it.
 */
function diffQueries(before, after, panelDatasource) {
    const changes = [];
    let formattingOnly = 0;
    let defaults = 0;
    const baseByRef = new Map(before.map((q) => [q.refId, q]));
    const headRefs = new Set(after.map((q) => q.refId));
    const pairs = [];
    const added = [];
    for (const head of after) {
        const base = baseByRef.get(head.refId);
        if (base)
            pairs.push({ base, head });
        else
            added.push(head);
    }
    const removed = before.filter((q) => !headRefs.has(q.refId));
    const renamed = (base, head) => {
        changes.push({
            kind: 'renamed',
            subject: head.refId,
            field: 'refId',
            before: base.refId,
            after: head.refId,
            query: head,
            side: 'head',
            sourcePath: ['refId'],
        });
        pairs.push({ base, head });
    };
    // Leftovers with the same text: the refId was renamed.
    for (const head of [...added]) {
        const index = removed.findIndex((base) => sameText(base, head));
        const base = removed[index];
        if (index < 0 || !base)
            continue;
        removed.splice(index, 1);
        added.splice(added.indexOf(head), 1);
        renamed(base, head);
    }
    // Leftovers with similar text: renamed and edited in the same commit.
    for (const { base, head } of query_diff_pairSimilar(removed, added)) {
        removed.splice(removed.indexOf(base), 1);
        added.splice(added.indexOf(head), 1);
        renamed(base, head);
    }
    for (const base of removed) {
        changes.push({
            kind: 'removed',
            subject: base.refId,
            ...(base.expr === undefined ? {} : { before: base.expr }),
            query: base,
            side: 'base',
            sourcePath: [],
        });
    }
    for (const head of added) {
        changes.push({
            kind: 'added',
            subject: head.refId,
            ...(head.expr === undefined ? {} : { after: head.expr }),
            query: head,
            side: 'head',
            sourcePath: [],
        });
    }
    for (const { base, head } of pairs) {
        const result = diffQuery(base, head, panelDatasource);
        changes.push(...result.changes);
        formattingOnly += result.formattingOnly;
        defaults += result.defaults;
    }
    // Reading order: the head's query order, removed queries where they were.
    const order = new Map(after.map((q, index) => [q, index]));
    const baseOrder = new Map(before.map((q, index) => [q, index]));
    const rank = (c) => c.side === 'head' ? (order.get(c.query) ?? 0) : (baseOrder.get(c.query) ?? 0) - 0.5;
    changes.sort((a, b) => rank(a) - rank(b));
    return { changes, formattingOnly, defaults };
}
function diffQuery(base, head, panelDatasource) {
    const changes = [];
    let formattingOnly = 0;
    let defaults = 0;
    const at = { subject: head.refId, query: head, side: 'head' };
    if (base.expr !== head.expr) {
        const field = head.exprField ?? base.exprField ?? 'expr';
        if (base.expr !== undefined &&
            head.expr !== undefined &&
            equivalentQueries(base.expr, head.expr, head.datasource?.type)) {
            formattingOnly += 1;
        }
        else {
            changes.push({
                kind: 'modified',
                ...at,
                field,
                ...(base.expr === undefined ? {} : { before: base.expr }),
                ...(head.expr === undefined ? {} : { after: head.expr }),
                textDiff: unifiedDiff(base.expr ?? '', head.expr ?? ''),
                sourcePath: [field],
            });
        }
    }
    const inheritedChange = panelDatasource !== undefined &&
        jsonEqual(base.datasource, panelDatasource.before) &&
        jsonEqual(head.datasource, panelDatasource.after);
    if (!jsonEqual(base.datasource, head.datasource) && !inheritedChange) {
        changes.push({
            kind: 'modified',
            ...at,
            field: 'datasource',
            ...(base.datasource === undefined ? {} : { before: base.datasource }),
            ...(head.datasource === undefined ? {} : { after: head.datasource }),
            sourcePath: ['datasource'],
        });
    }
    if (base.hidden !== head.hidden) {
        changes.push({
            kind: 'modified',
            ...at,
            field: 'hide',
            before: base.hidden,
            after: head.hidden,
            sourcePath: ['hide'],
        });
    }
    for (const difference of diffFields(base.fields, head.fields)) {
        if (isDefaultOnOneSide(difference, base, head)) {
            defaults += 1;
            continue;
        }
        const onBase = difference.side === 'base';
        changes.push({
            kind: 'modified',
            subject: head.refId,
            field: difference.field,
            ...(difference.before === undefined ? {} : { before: difference.before }),
            ...(difference.after === undefined ? {} : { after: difference.after }),
            query: onBase ? base : head,
            side: difference.side,
            sourcePath: difference.sourcePath,
        });
    }
    return { changes, formattingOnly, defaults };
}
/** A key one side lacks whose value on the other is what the query editor fills in. */
function isDefaultOnOneSide(difference, base, head) {
    const key = difference.sourcePath.length === 1 ? difference.sourcePath[0] : undefined;
    if (typeof key !== 'string')
        return false;
    if (difference.before === undefined)
        return isQueryDefault(head.datasource?.type, key, difference.after, head);
    if (difference.after === undefined)
        return isQueryDefault(base.datasource?.type, key, difference.before, base);
    return false;
}
/** Below this similarity (0–1) two query texts are different queries. */
const MIN_QUERY_SIMILARITY = 0.6;
/** Best-first pairs of removed and added queries whose texts are similar (few queries: all pairs). */
function query_diff_pairSimilar(removed, added) {
    const scored = [];
    for (const base of removed) {
        for (const head of added) {
            if (base.expr === undefined || head.expr === undefined)
                continue;
            const longest = Math.max(base.expr.length, head.expr.length);
            const score = longest === 0 ? 1 : 1 - (0,mod/* distance */.Io)(base.expr, head.expr) / longest;
            if (score >= MIN_QUERY_SIMILARITY)
                scored.push({ base, head, score });
        }
    }
    scored.sort((a, b) => b.score - a.score);
    const used = new Set();
    const out = [];
    for (const candidate of scored) {
        if (used.has(candidate.base) || used.has(candidate.head))
            continue;
        used.add(candidate.base);
        used.add(candidate.head);
        out.push(candidate);
    }
    return out;
}
function sameText(a, b) {
    if (a.expr === undefined || b.expr === undefined)
        return jsonEqual(a.fields, b.fields);
    return a.expr === b.expr || equivalentQueries(a.expr, b.expr, b.datasource?.type);
}
/** A unified diff of two query texts, without file headers (the report names the query). */
function unifiedDiff(before, after) {
    const patch = (0,create/* createPatch */.B8)('query', ensureNewline(before), ensureNewline(after), '', '', {
        context: 3,
        headerOptions: { includeIndex: false, includeUnderline: false, includeFileHeaders: false },
    });
    return patch.trimEnd();
}
function ensureNewline(text) {
    return text.endsWith('\n') ? text : `${text}\n`;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/panel-diff.ts





/** A migration of the plugin type (`graph → timeseries`), as the normaliser words it. */
const TYPE_MIGRATION = /^[\w-]+ → [\w-]+$/;
/** How a panel is named in changes: its title, with the row first when the title alone is ambiguous. */
function panelNamer(model) {
    const titles = new Map();
    for (const panel of model.panels)
        titles.set(panel.title, (titles.get(panel.title) ?? 0) + 1);
    const rowTitle = new Map(model.rows.map((row) => [row.key, row.title]));
    return (panel) => {
        const title = panel.title.trim() === '' ? `(untitled ${panel.type})` : panel.title;
        const ambiguous = (titles.get(panel.title) ?? 0) > 1 || panel.title.trim() === '';
        const row = panel.row === undefined ? undefined : rowTitle.get(panel.row);
        return ambiguous && row !== undefined && row !== '' ? `${row} / ${title}` : title;
    };
}
/** Panel changes in head reading order (removed panels where they stood in the base). */
function diffPanels(context, matching, placements) {
    const baseName = panelNamer(context.base.model);
    const headName = panelNamer(context.head.model);
    const ranked = [];
    const headRank = new Map(context.head.model.panels.map((panel, index) => [panel, index]));
    const changedPairs = new Set();
    for (const panel of matching.added) {
        ranked.push({
            rank: headRank.get(panel) ?? 0,
            changes: [
                makeChange(context, {
                    area: 'panel',
                    kind: 'added',
                    panel: headName(panel),
                    after: panel.type,
                    line: lineAt(context, 'head', panel.source),
                }),
            ],
        });
    }
    // A removed panel is placed just after the head position of the base panel before it.
    const pairOfBase = new Map(matching.pairs.map((pair) => [pair.base, pair]));
    const removed = new Set(matching.removed);
    let previousRank = -1;
    for (const panel of context.base.model.panels) {
        const pair = pairOfBase.get(panel);
        if (pair) {
            previousRank = headRank.get(pair.head) ?? previousRank;
            continue;
        }
        if (!removed.has(panel))
            continue;
        ranked.push({
            rank: previousRank + 0.5,
            changes: [
                makeChange(context, {
                    area: 'panel',
                    kind: 'removed',
                    panel: baseName(panel),
                    before: panel.type,
                    line: lineAt(context, 'base', panel.source),
                }),
            ],
        });
    }
    for (const pair of matching.pairs) {
        const placement = placements.get(pair) ?? { resized: false, shifted: false };
        const changes = diffPanelPair(context, pair, placement, headName(pair.head));
        if (changes.length > 0)
            changedPairs.add(pair);
        if (placement.shifted)
            countNoise(context, 'shifted panel');
        if (pair.base.id !== undefined && pair.head.id !== undefined && pair.base.id !== pair.head.id) {
            countNoise(context, 'panel id renumbered');
        }
        ranked.push({ rank: headRank.get(pair.head) ?? 0, changes });
    }
    ranked.sort((a, b) => a.rank - b.rank);
    return { changes: ranked.flatMap((entry) => entry.changes), changedPairs };
}
function diffPanelPair(context, pair, placement, name) {
    const { base, head } = pair;
    const out = [];
    const panelLine = lineAt(context, 'head', head.source);
    const change = (fields) => {
        out.push(makeChange(context, { panel: name, ...fields }));
    };
    if (base.title !== head.title) {
        change({
            area: 'panel',
            kind: 'renamed',
            field: 'title',
            before: base.title,
            after: head.title,
            line: lineAt(context, 'head', [...head.source, 'title']),
        });
    }
    if (base.type !== head.type) {
        change({
            area: 'panel',
            kind: 'type-changed',
            field: 'type',
            before: base.type,
            after: head.type,
            line: lineAt(context, 'head', [...head.source, 'type']),
        });
    }
    if (placement.moved === 'row') {
        change({
            area: 'panel',
            kind: 'moved',
            field: 'row',
            before: rowTitle(context.base.model, base),
            after: rowTitle(context.head.model, head),
            line: panelLine,
        });
    }
    else if (placement.moved === 'position') {
        change({
            area: 'panel',
            kind: 'moved',
            field: 'gridPos',
            before: { x: base.grid.x, y: base.grid.y },
            after: { x: head.grid.x, y: head.grid.y },
            line: lineAt(context, 'head', [...head.source, 'gridPos']) ?? panelLine,
        });
    }
    if (placement.resized) {
        change({
            area: 'panel',
            kind: 'resized',
            field: 'gridPos',
            before: { w: base.grid.w, h: base.grid.h },
            after: { w: head.grid.w, h: head.grid.h },
            line: lineAt(context, 'head', [...head.source, 'gridPos']) ?? panelLine,
        });
    }
    const modified = (field, before, after, path) => {
        if (jsonEqual(before, after))
            return;
        change({
            area: 'panel',
            kind: 'modified',
            field,
            before,
            after,
            line: lineAt(context, 'head', [...head.source, ...path]) ?? panelLine,
        });
    };
    modified('datasource', base.datasource, head.datasource, ['datasource']);
    modified('repeat', base.repeat, head.repeat, ['repeat']);
    modified('libraryPanel', base.libraryPanel, head.libraryPanel, ['libraryPanel']);
    const migrations = symmetricDifference(base.migrations, head.migrations);
    // Across a plugin-type migration (graph → timeseries) the two sides' options are in different
    // plugins' shapes: their differences are the migration's churn, not the author's edits.
    const typeMigrated = migrations.some((migration) => TYPE_MIGRATION.test(migration));
    let migrationChurn = 0;
    for (const difference of diffFields(base.fields, head.fields)) {
        if (typeMigrated) {
            migrationChurn += 1;
            continue;
        }
        if (panel_diff_isDefaultOnOneSide(difference, base.type, head.type)) {
            countNoise(context, 'default value');
            continue;
        }
        const side = difference.side;
        const panel = side === 'head' ? head : base;
        change({
            area: 'panel',
            kind: 'modified',
            field: difference.field,
            before: difference.before,
            after: difference.after,
            line: lineAt(context, side, [...panel.source, ...difference.sourcePath]) ??
                lineAt(context, side, panel.source),
        });
    }
    const queries = diffQueries(base.queries, head.queries, {
        before: base.datasource,
        after: head.datasource,
    });
    countNoise(context, 'query formatting', queries.formattingOnly);
    countNoise(context, 'default value', queries.defaults);
    for (const q of queries.changes) {
        const line = lineAt(context, q.side, [...q.query.source, ...q.sourcePath]) ??
            lineAt(context, q.side, q.query.source);
        change({
            area: 'query',
            kind: q.kind,
            subject: q.subject,
            field: q.field,
            before: q.before,
            after: q.after,
            textDiff: q.textDiff,
            line,
        });
    }
    countNoise(context, 'schema migration', migrationChurn);
    if (migrations.length > 0) {
        // The migrations themselves are counted as `schema migration` noise by the normaliser.
        // One line per panel, before its other changes: the reader learns first that the JSON churn
        // under this panel is Grafana's migration.
        out.unshift(makeChange(context, {
            panel: name,
            area: 'panel',
            kind: 'migrated',
            field: 'schema',
            after: migrations,
            line: panelLine,
        }));
    }
    return out;
}
/** An option present on one side only, holding its plugin default there. */
function panel_diff_isDefaultOnOneSide(difference, baseType, headType) {
    if (difference.before === undefined && difference.after !== undefined) {
        return isPluginDefault(headType, difference.sourcePath, difference.after);
    }
    if (difference.after === undefined && difference.before !== undefined) {
        return isPluginDefault(baseType, difference.sourcePath, difference.before);
    }
    return false;
}
function rowTitle(model, panel) {
    if (panel.row === undefined)
        return '(top level)';
    return model.rows.find((row) => row.key === panel.row)?.title ?? panel.row;
}
function symmetricDifference(a, b) {
    const inB = new Set(b);
    const inA = new Set(a);
    return [...a.filter((item) => !inB.has(item)), ...b.filter((item) => !inA.has(item))];
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/diff-dashboards.ts





/**
 * Diffs one dashboard: `base` undefined means it was added, `head` undefined that it was
 * removed. Throws when both are undefined (a caller bug: there is nothing to diff).
 */
function diffDashboards(base, head) {
    if (!base || !head) {
        const side = head ?? base;
        if (!side)
            throw new Error('diffDashboards: both sides are missing');
        return oneSided(side, head !== undefined);
    }
    const context = {
        dashboard: head.model.title,
        file: head.loaded.file,
        base,
        head,
        noise: {},
    };
    const matching = matchPanels(base.model.panels, head.model.panels);
    const rows = matchRows(base.model.rows, head.model.rows, matching.pairs);
    const placements = placePanels(matching.pairs, rows);
    const panelResult = diffPanels(context, matching, placements);
    const changes = [
        ...diffDashboardLevel(context),
        ...diffRows(context, rows),
        ...panelResult.changes,
    ];
    const viewChanges = diffView(context, rows);
    const statusOf = (pair) => {
        if (placements.get(pair)?.moved)
            return 'moved';
        return panelResult.changedPairs.has(pair) ? 'modified' : 'unchanged';
    };
    const baseStatus = new Map(matching.removed.map((p) => [p, 'removed']));
    const headStatus = new Map(matching.added.map((p) => [p, 'added']));
    for (const pair of matching.pairs) {
        baseStatus.set(pair.base, statusOf(pair));
        headStatus.set(pair.head, statusOf(pair));
    }
    return {
        dashboard: head.model.title,
        ...(head.model.uid === undefined ? {} : { uid: head.model.uid }),
        file: head.loaded.file,
        location: head.loaded.location,
        ...(base.loaded.file === head.loaded.file ? {} : { baseFile: base.loaded.file }),
        status: changes.length > 0 || viewChanges.length > 0 ? 'modified' : 'unchanged',
        changes,
        viewChanges,
        layout: {
            before: base.model.panels.map((p) => box(p, baseStatus.get(p) ?? 'unchanged')),
            after: head.model.panels.map((p) => box(p, headStatus.get(p) ?? 'unchanged')),
        },
        hidden: mergeNoise(base.model.noise, head.model.noise, context.noise),
    };
}
/** A dashboard on one side only: one change, every panel added (or removed) in the minimap. */
function oneSided(side, added) {
    const context = {
        dashboard: side.model.title,
        file: side.loaded.file,
        base: side,
        head: side,
        noise: {},
    };
    const panels = side.model.panels.length;
    const change = makeChange(context, {
        area: 'dashboard',
        kind: added ? 'added' : 'removed',
        subject: side.model.title,
        [added ? 'after' : 'before']: `${panels} panel${panels === 1 ? '' : 's'}`,
        line: side.loaded.lineOf([]),
    });
    const boxes = side.model.panels.map((p) => box(p, added ? 'added' : 'removed'));
    return {
        dashboard: side.model.title,
        ...(side.model.uid === undefined ? {} : { uid: side.model.uid }),
        file: side.loaded.file,
        location: side.loaded.location,
        status: added ? 'added' : 'removed',
        changes: [change],
        viewChanges: [],
        layout: { before: added ? [] : boxes, after: added ? boxes : [] },
        hidden: mergeNoise(side.model.noise),
    };
}
function box(panel, status) {
    return { key: panel.key, title: panel.title, grid: { ...panel.grid }, status };
}
/** Sum of noise counts by reason. */
function mergeNoise(...counts) {
    const out = {};
    for (const count of counts) {
        for (const [reason, n] of Object.entries(count)) {
            if (n)
                out[reason] = (out[reason] ?? 0) + n;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/datasource.ts

/** The ref Grafana stores for a panel whose queries each name their own datasource. */
const MIXED_UID = '-- Mixed --';
/** The built-in "-- Grafana --" datasource as current Grafana refers to it. */
const GRAFANA = { type: 'datasource', uid: 'grafana' };
// Grafana's built-in pseudo-datasources, by the names dashboards before schemaVersion 33 used.
const BUILT_IN_NAMES = {
    '-- Mixed --': { type: 'datasource', uid: MIXED_UID },
    '-- Grafana --': GRAFANA,
    '-- Dashboard --': { type: 'datasource', uid: '-- Dashboard --' },
};
// `$ds`, `${ds}`, `${ds:raw}` and the deprecated `[[ds]]`: Grafana's variable syntaxes.
const VARIABLE_REF = /^(?:\$(\w+)|\$\{(\w+)(?::[^}]*)?\}|\[\[(\w+)(?::[^\]]*)?\]\])$/;
/** The variable a datasource uid or name refers to (`$ds`, `${ds}`, `[[ds]]` → `ds`). */
function datasourceVariableName(text) {
    const match = VARIABLE_REF.exec(text.trim());
    return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}
/**
 * Brings a `datasource` value to `{ type, uid }`:
 * - a ref object keeps its `type` and `uid` (other keys are dropped); a variable uid is written
 *   `${name}` whatever syntax it used, and gets the variable's type when it has none;
 * - a legacy name string becomes the ref Grafana's schemaVersion-33 migration would store when
 *   the name is not found (`{ uid: name }`), a variable name becomes the variable's ref, and
 *   the built-in names their refs; each records the migration;
 * - `null`, `undefined` and `"default"` mean "not set".
 */
function normaliseDatasource(value, variables) {
    if (value === null || value === undefined)
        return {};
    if (typeof value === 'string')
        return fromName(value, variables);
    if (!(0,is_record/* isRecord */.u)(value))
        return {};
    const type = stringOf(value.type);
    const uid = stringOf(value.uid);
    if (uid === undefined)
        return type === undefined ? {} : { ref: { type } };
    const variable = datasourceVariableName(uid);
    if (variable !== undefined) {
        return { ref: variableRef(variable, type ?? variables.get(variable)) };
    }
    // The built-in Grafana datasource has had three spellings; current Grafana saves the last.
    if (uid === '-- Grafana --' || (type === 'grafana' && uid === 'grafana'))
        return { ref: { ...GRAFANA } };
    return { ref: type === undefined ? { uid } : { type, uid } };
}
function fromName(name, variables) {
    if (name === '' || name === 'default') {
        return { migration: `datasource name "${name}" → the default datasource` };
    }
    const migration = `datasource name "${name}" → {type, uid}`;
    const builtIn = BUILT_IN_NAMES[name];
    if (builtIn !== undefined)
        return { ref: { ...builtIn }, migration };
    const variable = datasourceVariableName(name);
    if (variable !== undefined) {
        return { ref: variableRef(variable, variables.get(variable)), migration };
    }
    return { ref: { uid: name }, migration };
}
function variableRef(name, type) {
    return type === undefined ? { uid: `\${${name}}` } : { type, uid: `\${${name}}` };
}
/** Whether a ref is the "-- Mixed --" pseudo-datasource (each query names its own). */
function isMixed(ref) {
    return ref?.uid === MIXED_UID;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/grafana-defaults.ts

const d = (value, source) => ({ value, source });
/** Panel keys (outside `fieldConfig`): S1 `defaultPanel`, S2 `defaults`. */
const PANEL_DEFAULTS = {
    transparent: [d(false, 'S1')],
    links: [d([], 'S1')],
    transformations: [d([], 'S1')],
    options: [d({}, 'S2')],
    title: [d('', 'S2')],
    description: [d('', 'S6')],
    // Only meaningful with `repeat`; 'h' is the default direction (S1).
    repeatDirection: [d('h', 'S1')],
    // S2 declares `datasource: DataSourceRef | null = null`: null is "not set".
    datasource: [d(null, 'S2')],
    // Query options S2 declares nullable: the query options editor saves null for "no override".
    timeFrom: [d(null, 'S2')],
    timeShift: [d(null, 'S2')],
    interval: [d(null, 'S2')],
    maxDataPoints: [d(null, 'S2')],
    cacheTimeout: [d(null, 'S2')],
    queryCachingTTL: [d(null, 'S2')],
};
/** `fieldConfig` itself: S1 `defaultFieldConfigSource` (`overrides: []`), S2 (`defaults: {}`). */
const FIELD_CONFIG_SOURCE_DEFAULTS = {
    overrides: [d([], 'S1')],
    defaults: [d({}, 'S2')],
};
/** `fieldConfig.defaults`: S1 `defaultFieldConfig`, S3 standard options. */
const FIELD_CONFIG_DEFAULTS = {
    links: [d([], 'S1')],
    mappings: [d([], 'S1')],
    // The base step is -Infinity, which JSON cannot hold: Grafana saves `null`, older versions
    // left `value` out.
    thresholds: [
        d({
            mode: 'absolute',
            steps: [
                { color: 'green', value: null },
                { color: 'red', value: 80 },
            ],
        }, 'S3'),
        d({ mode: 'absolute', steps: [{ color: 'green' }, { color: 'red', value: 80 }] }, 'S3'),
    ],
    custom: [d({}, 'S2')],
};
/** Query (target) keys: `hide` is optional on `DataQuery` and false means shown (S1). */
const QUERY_DEFAULTS = {
    hide: [d(false, 'S1')],
};
/** Template variable keys: S1 `defaultVariableModel`, S4. */
const VARIABLE_DEFAULTS = {
    includeAll: [d(false, 'S1')],
    multi: [d(false, 'S1')],
    skipUrlSync: [d(false, 'S1')],
    hide: [d(0, 'S4')],
    description: [d(null, 'S4')],
};
/** Annotation query keys: S1 `defaultAnnotationQuery`. */
const ANNOTATION_DEFAULTS = {
    builtIn: [d(0, 'S1')],
    enable: [d(true, 'S1')],
    hide: [d(false, 'S1')],
};
/** Dashboard link keys: S1 `defaultDashboardLink`. */
const LINK_DEFAULTS = {
    asDropdown: [d(false, 'S1')],
    includeVars: [d(false, 'S1')],
    keepTime: [d(false, 'S1')],
    tags: [d([], 'S1')],
    targetBlank: [d(false, 'S1')],
};
/** Dashboard-level settings: S1 `defaultDashboard` where Grafana's runtime agrees, S5. */
const SETTINGS_DEFAULTS = {
    editable: [d(true, 'S1')],
    fiscalYearStartMonth: [d(0, 'S1')],
    graphTooltip: [d(0, 'S1')],
    liveNow: [d(false, 'S5')],
    preload: [d(false, 'S6')],
    timezone: [d('', 'S5')],
    weekStart: [d('', 'S5')],
    timepicker: [d({}, 'S1')],
};
/** `timepicker` keys: S1 `defaultTimePickerConfig`. */
const TIMEPICKER_DEFAULTS = {
    hidden: [d(false, 'S1')],
    refresh_intervals: [d(['5s', '10s', '30s', '1m', '5m', '15m', '30m', '1h', '2h', '1d'], 'S1')],
    time_options: [d(['5m', '15m', '1h', '6h', '12h', '24h', '2d', '7d', '30d'], 'S1')],
};
/**
 * A shallow copy of `value` without the keys that hold their default, each dropped key counted
 * as `default value` noise.
 */
function withoutDefaults(value, table, noise) {
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        const defaults = Object.hasOwn(table, key) ? table[key] : undefined;
        if (defaults?.some((entry) => jsonEqual(entry.value, item))) {
            noise.add('default value');
        }
        else if (item !== undefined) {
            out[key] = item;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/dashboard-parts.ts



/** Top-level keys Grafana (or the export) rewrites on its own: never the author's change. */
const VOLATILE_DASHBOARD_KEYS = new Set([
    'id',
    'version',
    'iteration',
    'gnetId',
    '__inputs',
    '__requires',
    '__elements',
]);
// Top-level keys with a field of their own in the model (or read as layout).
const MODELLED_KEYS = new Set([
    'uid',
    'title',
    'tags',
    'schemaVersion',
    'panels',
    'rows',
    'templating',
    'annotations',
    'links',
    'time',
    'refresh',
]);
/**
 * Variable types whose saved `options` Grafana recomputes on load (from the query string for
 * custom/interval/constant/textbox, from the datasource list, or from the datasource for a query
 * variable that refreshes), so the saved list is a cache, not a setting.
 */
const RECOMPUTED_OPTIONS = new Set([
    'custom',
    'interval',
    'constant',
    'textbox',
    'datasource',
]);
// Read into the model's own fields (`current` into the view).
const VARIABLE_OWN_KEYS = new Set(['name', 'type', 'current']);
const SELECTED_KEY = new Set(['selected']);
// The id a variable query editor stamps on its query object ('StandardVariableQuery', …).
const EDITOR_KEYS = new Set(['refId']);
function canonicalRecord(value) {
    const out = canonical(value);
    return (0,is_record/* isRecord */.u)(out) ? out : {};
}
/**
 * Datasource variables and export inputs by name, with the plugin type each selects: a
 * datasource variable's `query` is the plugin id, an `__inputs` entry's `pluginId`.
 */
function datasourceVariableTypes(json) {
    const types = new Map();
    for (const input of arrayOf(json.__inputs)) {
        if (!(0,is_record/* isRecord */.u)(input) || input.type !== 'datasource')
            continue;
        const name = stringOf(input.name);
        const plugin = stringOf(input.pluginId);
        if (name && plugin)
            types.set(name, plugin);
    }
    for (const variable of arrayOf((0,is_record/* isRecord */.u)(json.templating) ? json.templating.list : undefined)) {
        if (!(0,is_record/* isRecord */.u)(variable) || variable.type !== 'datasource')
            continue;
        const name = stringOf(variable.name);
        const plugin = stringOf(variable.query);
        if (name && plugin)
            types.set(name, plugin);
    }
    return types;
}
/** The selected value of a variable's `current`, or undefined when nothing is selected. */
function selectedValue(current) {
    if (!(0,is_record/* isRecord */.u)(current))
        return undefined;
    if (current.value !== undefined)
        return canonical(current.value);
    if (current.text !== undefined)
        return canonical(current.text);
    return undefined;
}
/**
 * The template variables, without their view state (`current` goes to `view.selected`) and
 * without what Grafana recomputes on load (a recomputed `options` list, the `selected` flags,
 * the variable editor's `refId` inside a query object).
 */
function variablesOf(json, types, noise, view, sources) {
    const list = arrayOf((0,is_record/* isRecord */.u)(json.templating) ? json.templating.list : undefined);
    const variables = [];
    list.forEach((value, index) => {
        if (!(0,is_record/* isRecord */.u)(value))
            return;
        const name = stringOf(value.name) ?? '';
        const type = stringOf(value.type) ?? '';
        const rest = omitKeys(value, VARIABLE_OWN_KEYS);
        const selected = selectedValue(value.current);
        if (selected !== undefined)
            view.selected[name] = selected;
        const refreshes = type === 'query' && numberOf(rest.refresh) !== 0;
        if (rest.options !== undefined && (RECOMPUTED_OPTIONS.has(type) || refreshes)) {
            delete rest.options;
            noise.add('volatile field');
        }
        if (Array.isArray(rest.options) && rest.options.some((o) => (0,is_record/* isRecord */.u)(o) && 'selected' in o)) {
            // Which option is selected mirrors `current`: view state, not the variable's definition.
            rest.options = rest.options.map((option) => (0,is_record/* isRecord */.u)(option) ? omitKeys(option, SELECTED_KEY) : option);
            noise.add('volatile field');
        }
        if (rest.datasource !== undefined) {
            const ref = normaliseDatasource(rest.datasource, types).ref;
            if (ref)
                rest.datasource = ref;
            else
                delete rest.datasource;
        }
        if ((0,is_record/* isRecord */.u)(rest.query) && rest.query.refId !== undefined) {
            rest.query = omitKeys(rest.query, EDITOR_KEYS);
            noise.add('volatile field');
        }
        variables.push({
            name,
            type,
            fields: canonicalRecord(withoutDefaults(rest, VARIABLE_DEFAULTS, noise)),
            source: sources?.[index] ?? ['templating', 'list', index],
        });
    });
    return variables;
}
const BUILT_IN_NAME = 'Annotations & Alerts';
/**
 * The built-in annotation Grafana adds to every dashboard that has none
 * (DashboardModel.addBuiltInAnnotationQuery, S5 in grafana-defaults.ts), as normalised: once
 * plain, once with the `target` the Grafana datasource's annotation editor fills in (the
 * `AnnotationTarget` of S1, "only valid for the grafana datasource"). Holding it unchanged is
 * the same dashboard as leaving it out.
 */
const BUILT_IN_FORMS = [
    {
        builtIn: 1,
        datasource: GRAFANA,
        hide: true,
        iconColor: 'rgba(0, 211, 255, 1)',
        type: 'dashboard',
    },
    {
        builtIn: 1,
        datasource: GRAFANA,
        hide: true,
        iconColor: 'rgba(0, 211, 255, 1)',
        target: { limit: 100, matchAny: false, tags: [], type: 'dashboard' },
        type: 'dashboard',
    },
].map(canonicalRecord);
/**
 * Annotation queries, by name, datasource normalised and defaults dropped; Grafana's built-in
 * annotation is dropped when it is as Grafana adds it.
 */
function annotationsOf(json, types, noise, sources) {
    const list = arrayOf((0,is_record/* isRecord */.u)(json.annotations) ? json.annotations.list : undefined);
    const annotations = [];
    list.forEach((value, index) => {
        if (!(0,is_record/* isRecord */.u)(value))
            return;
        const { name, ...rest } = value;
        if (rest.datasource !== undefined) {
            const ref = normaliseDatasource(rest.datasource, types).ref;
            if (ref)
                rest.datasource = ref;
            else
                delete rest.datasource;
        }
        const fields = canonicalRecord(withoutDefaults(rest, ANNOTATION_DEFAULTS, noise));
        if (name === BUILT_IN_NAME && BUILT_IN_FORMS.some((form) => jsonEqual(form, fields))) {
            noise.add('default value');
            return;
        }
        annotations.push({
            name: stringOf(name) ?? '',
            fields,
            source: sources?.[index] ?? ['annotations', 'list', index],
        });
    });
    return annotations;
}
/** Dashboard links in order, defaults dropped. */
function linksOf(json, noise) {
    return arrayOf(json.links)
        .filter(is_record/* isRecord */.u)
        .map((link) => canonicalRecord(withoutDefaults(link, LINK_DEFAULTS, noise)));
}
/** Dashboard-level settings other than those modelled apart; volatile keys counted and left out. */
function settingsOf(json, noise) {
    const rest = {};
    for (const [key, value] of Object.entries(json)) {
        if (VOLATILE_DASHBOARD_KEYS.has(key))
            noise.add('volatile field');
        else if (!MODELLED_KEYS.has(key))
            rest[key] = value;
    }
    if ((0,is_record/* isRecord */.u)(rest.timepicker)) {
        rest.timepicker = withoutDefaults(rest.timepicker, TIMEPICKER_DEFAULTS, noise);
    }
    // DashboardMigrator, schemaVersion 14: `sharedCrosshair` became `graphTooltip` (1 when set).
    const schemaVersion = numberOf(json.schemaVersion);
    if ('sharedCrosshair' in rest && (schemaVersion === undefined || schemaVersion < 14)) {
        if (rest.graphTooltip === undefined)
            rest.graphTooltip = rest.sharedCrosshair ? 1 : 0;
        delete rest.sharedCrosshair;
        noise.add('schema migration');
    }
    return canonicalRecord(withoutDefaults(rest, SETTINGS_DEFAULTS, noise));
}
/** Time range and refresh, the parts of the view state read from the top level. */
function timeViewOf(json, view) {
    if ((0,is_record/* isRecord */.u)(json.time)) {
        const time = {};
        const from = stringOf(json.time.from);
        const to = stringOf(json.time.to);
        if (from !== undefined)
            time.from = from;
        if (to !== undefined)
            time.to = to;
        view.time = time;
    }
    // Grafana saves `refresh: false` or '' for "off", which is also what no refresh means.
    const refresh = stringOf(json.refresh);
    if (refresh)
        view.refresh = refresh;
}
/** Tags as a set: Grafana shows and searches them without regard to order or repeats. */
function tagsOf(json) {
    const tags = arrayOf(json.tags).filter((tag) => typeof tag === 'string');
    return [...new Set(tags)].sort();
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/keys.ts
/** Appends `#2`, `#3`… to the second and later occurrences of a name. */
function deduplicate(names) {
    const seen = new Map();
    return names.map((name) => {
        const count = (seen.get(name) ?? 0) + 1;
        seen.set(name, count);
        return count === 1 ? name : `${name}#${count}`;
    });
}
/** Row keys: the title (`(untitled row)` when empty), with `#2`… for repeated titles. */
function rowKeys(titles) {
    return deduplicate(titles.map((title) => title.trim() || '(untitled row)'));
}
/**
 * Panel keys: `id:<n>` when every panel has an id and no two share one (Grafana's own
 * identity, stable across renames and moves); otherwise `<row key> / <title>` (the title, or
 * `(untitled <type>)`, alone at the top level) with `#2`… for duplicates in reading order, which
 * is stable across renumbering.
 */
function panelKeys(panels) {
    const ids = panels.map((panel) => panel.id);
    const unique = ids.every((id) => id !== undefined) && new Set(ids).size === ids.length;
    if (unique)
        return ids.map((id) => `id:${String(id)}`);
    return deduplicate(panels.map((panel) => {
        const title = panel.title.trim() || `(untitled ${panel.type})`;
        return panel.row === undefined ? title : `${panel.row} / ${title}`;
    }));
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/layout.ts

/** Grafana's default `gridPos` for a panel that has none (PanelModel `defaults`). */
const DEFAULT_GRID = { x: 0, y: 0, w: 6, h: 3 };
/**
 * Reads a classic panel list (panels and row panels) into rows and panels placed as if every
 * row were expanded. Why: collapsing a row moves its panels into `row.panels` and every row
 * below it up; expanding moves them back (Grafana re-bases them under the row header). Placing
 * each row's panels relative to its header, and each header below the previous row's expanded
 * body, gives one layout whatever is collapsed, so collapsing is a view change, not a move.
 * - Panels before the first row keep their place.
 * - A row's panels are its collapsed `panels` (measured from the first of them, as Grafana
 *   re-bases them on expand) and the panels that follow it in the list up to the next row
 *   (measured from its header; after a collapsed row, below its collapsed panels).
 * - Repeat clones (`repeatPanelId`, `repeatIteration`, `repeatedByRow`, or `scopedVars` on a
 *   panel that repeats nothing and is not in a repeated row) and rows cloned by a row repeat,
 *   with their panels, are dropped and counted as noise.
 */
function layOut(items, noise) {
    const top = [];
    const groups = [];
    let skippingClonedRow = false;
    for (const item of items) {
        if (item.json.type === 'row') {
            if (isRepeatClone(item.json, undefined)) {
                noise.add('repeat clone', 1 + (item.children?.length ?? 0));
                skippingClonedRow = true;
                continue;
            }
            skippingClonedRow = false;
            groups.push(rowGroup(item, noise));
            continue;
        }
        if (skippingClonedRow) {
            noise.add('repeat clone');
            continue;
        }
        const group = groups.at(-1);
        if (isRepeatClone(item.json, group?.row)) {
            noise.add('repeat clone');
            continue;
        }
        const grid = gridOf(item.json);
        if (group === undefined) {
            top.push({ item, grid });
        }
        else {
            const y = grid.y - (group.headerY + 1) + group.hiddenBody;
            group.members.push({ item, grid: { ...grid, y } });
        }
    }
    const panels = readingOrder(top).map(({ item, grid }) => ({ item, grid }));
    let cursor = bodyHeight(top);
    for (const group of groups) {
        group.row.y = cursor;
        const bodyTop = cursor + 1;
        for (const { item, grid } of readingOrder(group.members)) {
            panels.push({ item, grid: { ...grid, y: bodyTop + grid.y }, row: group.row });
        }
        cursor = bodyTop + bodyHeight(group.members);
    }
    return { rows: groups.map((group) => group.row), panels };
}
function rowGroup(item, noise) {
    const { json } = item;
    const row = {
        title: stringOf(json.title) ?? '',
        collapsed: json.collapsed === true,
        y: 0,
        source: item.source,
    };
    const repeat = stringOf(json.repeat);
    if (repeat)
        row.repeat = repeat;
    // A row panel's id is volatile like any panel's; its `datasource` is a leftover Grafana keeps
    // on row panels and uses for nothing (rows run no queries), so neither is a change.
    if (json.id !== undefined)
        noise.add('volatile field');
    if (json.datasource !== undefined)
        noise.add('volatile field');
    const members = [];
    const children = (item.children ?? []).filter((child) => {
        if (!isRepeatClone(child.json, row))
            return true;
        noise.add('repeat clone');
        return false;
    });
    const firstY = children.length > 0 ? gridOf(children[0]?.json).y : 0;
    const base = item.childrenY === 'row-body' ? 0 : firstY;
    for (const child of children) {
        const grid = gridOf(child.json);
        members.push({ item: child, grid: { ...grid, y: grid.y - base } });
    }
    const hiddenBody = row.collapsed ? bodyHeight(members) : 0;
    return { row, headerY: gridOf(json).y, hiddenBody, members };
}
function isRepeatClone(json, row) {
    if (json.repeatPanelId !== undefined && json.repeatPanelId !== null)
        return true;
    if (json.repeatIteration !== undefined && json.repeatIteration !== null)
        return true;
    if (json.repeatedByRow === true)
        return true;
    // A clone of an old Grafana keeps only its scopedVars; the repeated panel itself, and the
    // panels of a repeated row's first instance, carry scopedVars too and are kept.
    return (0,is_record/* isRecord */.u)(json.scopedVars) && !json.repeat && !row?.repeat;
}
/** A panel's `gridPos`, with Grafana's default for each missing or non-numeric part. */
function gridOf(json) {
    const gridPos = (0,is_record/* isRecord */.u)(json) && (0,is_record/* isRecord */.u)(json.gridPos) ? json.gridPos : {};
    return {
        x: numberOf(gridPos.x) ?? DEFAULT_GRID.x,
        y: numberOf(gridPos.y) ?? DEFAULT_GRID.y,
        w: numberOf(gridPos.w) ?? DEFAULT_GRID.w,
        h: numberOf(gridPos.h) ?? DEFAULT_GRID.h,
    };
}
function bodyHeight(members) {
    return members.reduce((bottom, { grid }) => Math.max(bottom, grid.y + grid.h), 0);
}
function readingOrder(members) {
    return members
        .map((member, index) => ({ member, index }))
        .sort((a, b) => a.member.grid.y - b.member.grid.y || a.member.grid.x - b.member.grid.x || a.index - b.index)
        .map(({ member }) => member);
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/legacy-rows.ts

/*
 * Grafana's grid constants (public/app/core/constants.ts) and the legacy-rows defaults its
 * DashboardMigrator uses when it upgrades a schemaVersion < 16 dashboard to the grid.
 */
const GRID_COLUMN_COUNT = 24;
const GRID_CELL_HEIGHT = 30;
const GRID_CELL_VMARGIN = 10;
const MIN_PANEL_HEIGHT = GRID_CELL_HEIGHT * 3;
const DEFAULT_ROW_HEIGHT = 250;
const DEFAULT_PANEL_SPAN = 4;
/**
 * Places the panels of a legacy `rows[]` dashboard on the 24-column grid as Grafana's
 * DashboardMigrator does (`upgradeToGridLayout`, schemaVersion 16), so that a dashboard saved
 * before and after that migration lays out the same:
 * - a row of height `height` (default 250 px) is `ceil(max(height, 90) / 40)` grid units high;
 *   a panel is `span × 2` columns wide (span default 4) and as high as the row unless it has
 *   its own `height`;
 * - row panels are made only when some row is collapsed, repeated or shows its title; each
 *   takes one grid unit, and a collapsed row's panels go inside it and take no height;
 * - within a row, each panel takes the leftmost place of the free run at the right of the row
 *   (columns with room left whose filled height does not decrease to the right), at that run's
 *   highest fill; when it does not fit, the row wraps to a new band of the row's height.
 * Rows generated by a row repeat (`repeatIteration`) are dropped as clones, as Grafana does.
 * This is written from the behaviour described in Grafana's source, not copied from it.
 */
function upgradeLegacyRows(rows) {
    const items = [];
    let clones = 0;
    const showRows = rows.some((row) => (0,is_record/* isRecord */.u)(row) && (Boolean(row.collapse) || Boolean(row.showTitle) || Boolean(row.repeat)));
    let y = 0;
    rows.forEach((rowValue, rowIndex) => {
        if (!(0,is_record/* isRecord */.u)(rowValue))
            return;
        if (rowValue.repeatIteration !== undefined && rowValue.repeatIteration !== null) {
            clones++;
            return;
        }
        const rowSource = ['rows', rowIndex];
        const rowHeight = gridHeight(rowValue.height ?? DEFAULT_ROW_HEIGHT);
        const collapsed = showRows && Boolean(rowValue.collapse);
        let rowItem;
        if (showRows) {
            const json = {
                type: 'row',
                title: rowValue.title,
                collapsed,
                gridPos: { x: 0, y, w: GRID_COLUMN_COUNT, h: 1 },
            };
            if (rowValue.repeat)
                json.repeat = rowValue.repeat;
            rowItem = { json, source: rowSource, children: [] };
            items.push(rowItem);
            y++;
        }
        const band = new RowBand(rowHeight, y);
        arrayOf(rowValue.panels).forEach((panelValue, panelIndex) => {
            if (!(0,is_record/* isRecord */.u)(panelValue))
                return;
            const span = numberOf(panelValue.span) || DEFAULT_PANEL_SPAN;
            const width = Math.floor(span) * (GRID_COLUMN_COUNT / 12);
            const height = panelValue.height ? gridHeight(panelValue.height) : rowHeight;
            const gridPos = band.place(width, height);
            const json = { ...omitKeys(panelValue, LEGACY_SIZE_KEYS), gridPos };
            const item = { json, source: [...rowSource, 'panels', panelIndex] };
            if (rowItem && collapsed)
                rowItem.children?.push(item);
            else
                items.push(item);
        });
        y = band.top;
        if (!collapsed)
            y += rowHeight;
    });
    return { items, clones };
}
const LEGACY_SIZE_KEYS = new Set(['span', 'height']);
/** Pixel height (a number or `"250px"`) in grid units, as the migration rounds it. */
function gridHeight(height) {
    const pixels = typeof height === 'string' ? Number.parseInt(height.replace('px', ''), 10) : numberOf(height);
    const clamped = Math.max(Number.isFinite(pixels) ? (pixels ?? 0) : 0, MIN_PANEL_HEIGHT);
    return Math.ceil(clamped / (GRID_CELL_HEIGHT + GRID_CELL_VMARGIN));
}
/** One band of a legacy row: how high each column is filled, measured from the band's top. */
class RowBand {
    height;
    top;
    filled = new Array(GRID_COLUMN_COUNT).fill(0);
    constructor(height, 
    /** Grid `y` of the band's top; moves down when the row wraps. */
    top) {
        this.height = height;
        this.top = top;
    }
    place(width, height) {
        let spot = this.freeSpot(width);
        if (spot === undefined) {
            this.top += this.height;
            this.filled.fill(0);
            // Grafana tries once more on the fresh band; a panel wider than the grid still fails
            // there, and we put it at the band's left edge rather than give up.
            spot = this.freeSpot(width) ?? { x: 0, y: 0 };
        }
        const box = { x: spot.x, y: this.top + spot.y, w: width, h: height };
        for (let column = box.x; column < Math.min(box.x + width, GRID_COLUMN_COUNT); column++) {
            this.filled[column] = Math.max(this.filled[column] ?? 0, box.y + height - this.top);
        }
        return box;
    }
    freeSpot(width) {
        const last = GRID_COLUMN_COUNT - 1;
        const has = (column) => (this.filled[column] ?? 0) < this.height;
        if (!has(last))
            return undefined;
        let start;
        for (let column = last - 1; column >= 0; column--) {
            if (!has(column) || (this.filled[column] ?? 0) > (this.filled[column + 1] ?? 0))
                break;
            start = column;
        }
        if (start === undefined || last - start < width - 1)
            return undefined;
        return { x: start, y: Math.max(...this.filled.slice(start)) };
    }
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/noise.ts
/** Counts what normalisation set aside, by reason, for the report's footer. */
class NoiseTally {
    counts = new Map();
    /** Adds `n` (default 1) to a reason; zero adds nothing. */
    add(reason, n = 1) {
        if (n <= 0)
            return;
        this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
    }
    /** The counts so far, reasons sorted so that two tallies compare as JSON. */
    result() {
        const out = {};
        for (const [reason, n] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
            out[reason] = n;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/panel.ts



/*
 * Panel types Grafana replaces when it loads a dashboard (PanelModel.ts `autoMigrateAngular`,
 * `autoMigratePanelType`, and getPanelPluginToMigrateTo.ts for `graph`). Angular panels no
 * longer render in current Grafana, so every one of these is migrated on load.
 */
const MIGRATED_TYPES = {
    'table-old': 'table',
    singlestat: 'stat',
    'grafana-singlestat-panel': 'stat',
    'grafana-piechart-panel': 'piechart',
    'grafana-worldmap-panel': 'geomap',
    'heatmap-new': 'heatmap',
};
/** The plugin Grafana migrates a graph panel to, from its x-axis mode and legend. */
function graphTarget(json) {
    const xaxis = (0,is_record/* isRecord */.u)(json.xaxis) ? json.xaxis : {};
    const legend = (0,is_record/* isRecord */.u)(json.legend) ? json.legend : {};
    if (xaxis.mode === 'series')
        return legend.values ? 'bargauge' : 'barchart';
    if (xaxis.mode === 'histogram')
        return 'histogram';
    return 'timeseries';
}
// Keys read into PanelModel's own fields, or layout, or volatile: not part of `fields`.
const OWN_KEYS = new Set([
    'id',
    'title',
    'type',
    'gridPos',
    'datasource',
    'targets',
    'repeat',
    'repeatDirection',
    'maxPerRow',
    'libraryPanel',
    'collapsed',
    'panels',
]);
/** Keys Grafana rewrites on its own: a change in them is never the author's. */
const VOLATILE_KEYS = new Set(['pluginVersion', 'scopedVars']);
// Where a query's text lives, by datasource family: Prometheus/Loki `expr`, SQL `rawSql`,
// InfluxQL/Elasticsearch/most others `query`, Graphite `target`, server expressions `expression`.
const EXPR_FIELDS = ['expr', 'rawSql', 'query', 'target', 'expression'];
// Query keys that are not part of what the query asks: Grafana's editor stamps a random `key`.
const HIDE_KEY = new Set(['hide']);
const QUERY_VOLATILE_KEYS = new Set(['key']);
/**
 * Brings one laid-out panel (in the row whose key is `rowKey`) to the model (all but its `key`, which depends on the whole
 * dashboard): plugin type after Grafana's load-time migrations (recorded in `migrations`, the
 * options are kept as they are because we cannot convert them faithfully), queries with their
 * effective datasource, and the rest canonical with defaults and volatile keys dropped.
 */
function normalisePanel(laidOut, rowKey, context) {
    const { item, grid } = laidOut;
    const { json } = item;
    const { noise } = context;
    const migrations = [];
    const sourceType = stringOf(json.type) ?? '';
    const type = sourceType === 'graph' ? graphTarget(json) : (MIGRATED_TYPES[sourceType] ?? sourceType);
    if (type !== sourceType)
        migrations.push(`${sourceType} → ${type}`);
    const own = normaliseDatasource(json.datasource, context.variables);
    if (own.migration)
        migrations.push(own.migration);
    const queries = normaliseQueries(item.json, item.source, item.targetSources, own.ref, context, migrations);
    const panel = {
        title: stringOf(json.title) ?? '',
        type,
        grid,
        queries,
        fields: panelFields(json, noise),
        migrations,
        source: item.source,
    };
    const id = numberOf(json.id);
    if (id !== undefined)
        panel.id = id;
    if (rowKey !== undefined)
        panel.row = rowKey;
    const datasource = own.ref ?? impliedDatasource(queries);
    if (datasource)
        panel.datasource = datasource;
    const repeat = stringOf(json.repeat);
    if (repeat) {
        panel.repeat = { variable: repeat };
        if (json.repeatDirection === 'v')
            panel.repeat.direction = 'v';
        const maxPerRow = numberOf(json.maxPerRow);
        if (maxPerRow !== undefined)
            panel.repeat.maxPerRow = maxPerRow;
    }
    if ((0,is_record/* isRecord */.u)(json.libraryPanel)) {
        const uid = stringOf(json.libraryPanel.uid) ?? '';
        const name = stringOf(json.libraryPanel.name);
        panel.libraryPanel = name === undefined ? { uid } : { uid, name };
    }
    for (const key of VOLATILE_KEYS)
        if (json[key] !== undefined)
            noise.add('volatile field');
    noise.add('schema migration', migrations.length);
    return panel;
}
function panelFields(json, noise) {
    const rest = {};
    for (const [key, value] of Object.entries(json)) {
        if (!OWN_KEYS.has(key) && !VOLATILE_KEYS.has(key))
            rest[key] = value;
    }
    if ((0,is_record/* isRecord */.u)(rest.fieldConfig)) {
        // Emptied of its defaults, the field config is Grafana's default one (S2): drop it too.
        const fieldConfig = fieldConfigOf(rest.fieldConfig, noise);
        if (Object.keys(fieldConfig).length > 0)
            rest.fieldConfig = fieldConfig;
        else
            delete rest.fieldConfig;
    }
    const fields = withoutDefaults(rest, PANEL_DEFAULTS, noise);
    // `repeatDirection` only means something with `repeat`, which has its own field.
    delete fields.repeatDirection;
    const out = canonical(fields);
    return (0,is_record/* isRecord */.u)(out) ? out : {};
}
function fieldConfigOf(value, noise) {
    const out = { ...value };
    if ((0,is_record/* isRecord */.u)(out.defaults))
        out.defaults = withoutDefaults(out.defaults, FIELD_CONFIG_DEFAULTS, noise);
    return withoutDefaults(out, FIELD_CONFIG_SOURCE_DEFAULTS, noise);
}
function normaliseQueries(json, panelSource, targetSources, panelDatasource, context, migrations) {
    const targets = arrayOf(json.targets);
    const used = new Set(targets.map((t) => ((0,is_record/* isRecord */.u)(t) ? stringOf(t.refId) : undefined)));
    const queries = [];
    targets.forEach((target, index) => {
        if (!(0,is_record/* isRecord */.u)(target))
            return;
        let refId = stringOf(target.refId);
        if (!refId) {
            // Grafana gives a query without refId the first free letter (PanelModel.ensureQueryIds).
            refId = nextRefId(used);
            used.add(refId);
        }
        const own = normaliseDatasource(target.datasource, context.variables);
        if (own.migration && !migrations.includes(own.migration))
            migrations.push(own.migration);
        const inherited = isMixed(panelDatasource) ? undefined : panelDatasource;
        const datasource = own.ref ?? inherited;
        const exprField = EXPR_FIELDS.find((field) => typeof target[field] === 'string');
        const rest = {};
        for (const [key, value] of Object.entries(target)) {
            if (key === 'refId' || key === 'datasource' || key === exprField)
                continue;
            if (QUERY_VOLATILE_KEYS.has(key)) {
                context.noise.add('volatile field');
                continue;
            }
            rest[key] = value;
        }
        // `hide: false` is dropped as a default; `hide: true` is the model's `hidden`.
        const sorted = canonical(omitKeys(withoutDefaults(rest, QUERY_DEFAULTS, context.noise), HIDE_KEY));
        const query = {
            refId,
            hidden: target.hide === true,
            fields: (0,is_record/* isRecord */.u)(sorted) ? sorted : {},
            source: targetSources?.[index] ?? [...panelSource, 'targets', index],
        };
        if (datasource)
            query.datasource = datasource;
        if (exprField !== undefined) {
            query.expr = stringOf(target[exprField]);
            query.exprField = exprField;
        }
        queries.push(query);
    });
    return queries;
}
function nextRefId(used) {
    for (let n = 0;; n++) {
        const id = refIdName(n);
        if (!used.has(id))
            return id;
    }
}
/** A, B, …, Z, AA, AB, …: Grafana's refId sequence. */
function refIdName(n) {
    const letter = String.fromCharCode(65 + (n % 26));
    return n < 26 ? letter : refIdName(Math.floor(n / 26) - 1) + letter;
}
/**
 * The datasource a panel without one effectively uses: its queries' when they agree, the
 * Mixed pseudo-datasource when they do not. Why: a v2 panel, or a classic one saved by a
 * generator, names datasources only on its queries; the same panel saved by Grafana's editor
 * also names it on the panel.
 */
function impliedDatasource(queries) {
    const first = queries[0]?.datasource;
    if (first === undefined)
        return undefined;
    if (queries.every((query) => jsonEqual(query.datasource, first)))
        return first;
    return { type: 'datasource', uid: '-- Mixed --' };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/v2.ts

/**
 * Reads a dashboard v2 spec (v2alpha1 and v2beta1: grafana/grafana
 * packages/grafana-schema/src/schema/dashboard/v2beta1/types.spec.gen.ts and its v2alpha1
 * sibling) into the classic shape,
 * so that a v2 dashboard and its classic twin are modelled by the same code and compare equal.
 *
 * Layouts are flattened onto classic rows and the 24-column grid:
 * - GridLayout: its items keep their x/y/width/height (v2alpha1 GridLayoutRow items become
 *   rows, their items measured from the row's body, as Grafana's scenes serialiser
 *   `gridRowToLayoutRowKind` writes them: item y − row y − 1);
 * - RowsLayout: each row is a row, its layout measured from the row's body; a row nested in a
 *   row or tab becomes a row of its own titled `Outer / Inner` (the classic grid has one level);
 * - TabsLayout: each tab becomes a row titled by the tab;
 * - AutoGridLayout: v2 sizes it from the screen, so it has no grid; its items are placed in
 *   reading order, `maxColumnCount` (default 3) a line, each 24/columns wide and as high as
 *   its `rowHeightMode` (short 5, standard 9, tall 14 units; custom: pixels / 40). This is an
 *   approximation for the minimap and for moves; a real reflow is not a change of the file.
 */
function v2ToClassic(spec) {
    const elements = recordOf(spec.elements);
    const items = layoutItems(spec.layout, ['layout'], elements, '');
    const variables = arrayOf(spec.variables);
    const annotations = arrayOf(spec.annotations);
    return {
        json: {
            ...dashboardSettings(spec),
            templating: { list: variables.map(variableOf) },
            annotations: { list: annotations.map(annotationOf) },
        },
        items,
        clones: 0,
        variableSources: variables.map((_, index) => ['variables', index]),
        annotationSources: annotations.map((_, index) => ['annotations', index]),
    };
}
const CURSOR_SYNC = { Off: 0, Crosshair: 1, Tooltip: 2 };
function dashboardSettings(spec) {
    const time = recordOf(spec.timeSettings);
    const json = {};
    for (const key of ['title', 'description', 'tags', 'editable', 'liveNow', 'preload', 'links']) {
        if (spec[key] !== undefined)
            json[key] = spec[key];
    }
    const cursorSync = stringOf(spec.cursorSync);
    if (cursorSync !== undefined)
        json.graphTooltip = CURSOR_SYNC[cursorSync] ?? cursorSync;
    if (time.from !== undefined || time.to !== undefined)
        json.time = { from: time.from, to: time.to };
    if (time.autoRefresh !== undefined)
        json.refresh = time.autoRefresh;
    for (const key of ['timezone', 'weekStart', 'fiscalYearStartMonth']) {
        if (time[key] !== undefined)
            json[key] = time[key];
    }
    const timepicker = {};
    if (time.hideTimepicker !== undefined)
        timepicker.hidden = time.hideTimepicker;
    if (time.autoRefreshIntervals !== undefined)
        timepicker.refresh_intervals = time.autoRefreshIntervals;
    if (time.nowDelay !== undefined)
        timepicker.nowDelay = time.nowDelay;
    if (time.quickRanges !== undefined)
        timepicker.quick_ranges = time.quickRanges;
    json.timepicker = timepicker;
    return json;
}
/**
 * A v2 query (`DataQueryKind`) as classic `datasource` and query fields: v2beta1 names the
 * datasource type in `group` and its uid in `datasource.name`; v2alpha1 names the type in
 * `kind` and puts `{ type, uid }` beside the query.
 */
function queryOf(query, beside) {
    const kind = recordOf(query);
    const fields = { ...recordOf(kind.spec) };
    if ((0,is_record/* isRecord */.u)(beside))
        return { datasource: beside, fields };
    if (kind.kind === 'DataQuery') {
        const uid = stringOf(recordOf(kind.datasource).name);
        const type = stringOf(kind.group);
        if (uid === undefined)
            return { fields };
        return { datasource: type === undefined ? { uid } : { type, uid }, fields };
    }
    return { fields };
}
function panelJson(element) {
    if (!(0,is_record/* isRecord */.u)(element))
        return undefined;
    const spec = recordOf(element.spec);
    if (element.kind === 'LibraryPanel') {
        return { id: spec.id, title: spec.title, libraryPanel: spec.libraryPanel };
    }
    const data = recordOf(recordOf(spec.data).spec);
    const viz = recordOf(spec.vizConfig);
    const vizSpec = recordOf(viz.spec);
    const targets = arrayOf(data.queries).map((value) => {
        const query = recordOf(recordOf(value).spec);
        const { datasource, fields } = queryOf(query.query, query.datasource);
        const target = { ...fields, refId: query.refId };
        if (query.hidden === true)
            target.hide = true;
        if (datasource)
            target.datasource = datasource;
        return target;
    });
    const json = {
        ...recordOf(data.queryOptions),
        id: spec.id,
        title: spec.title,
        description: spec.description,
        links: spec.links,
        type: viz.kind === 'VizConfig' ? viz.group : viz.kind,
        options: vizSpec.options,
        fieldConfig: vizSpec.fieldConfig,
        targets,
        transformations: arrayOf(data.transformations).map((t) => recordOf(t).spec),
    };
    if (spec.transparent !== undefined)
        json.transparent = spec.transparent;
    return json;
}
function elementItem(reference, elements, gridPos, repeat) {
    const name = stringOf(recordOf(reference).name);
    if (name === undefined)
        return undefined;
    const json = panelJson(elements[name]);
    if (json === undefined)
        return undefined;
    json.gridPos = gridPos;
    if ((0,is_record/* isRecord */.u)(repeat) && typeof repeat.value === 'string') {
        json.repeat = repeat.value;
        if (repeat.direction !== undefined)
            json.repeatDirection = repeat.direction;
        if (repeat.maxPerRow !== undefined)
            json.maxPerRow = repeat.maxPerRow;
    }
    const source = ['elements', name];
    const targetCount = arrayOf(json.targets).length;
    const targetSources = Array.from({ length: targetCount }, (_, index) => [
        ...source,
        'spec',
        'data',
        'spec',
        'queries',
        index,
    ]);
    return { json, source, targetSources };
}
function gridItem(value, elements) {
    const spec = recordOf(recordOf(value).spec);
    const gridPos = { x: spec.x, y: spec.y, w: spec.width, h: spec.height };
    return elementItem(spec.element, elements, gridPos, spec.repeat);
}
const AUTO_ROW_HEIGHT = { short: 5, standard: 9, tall: 14 };
function autoGridItems(spec, elements) {
    const columns = Math.max(1, Math.min(24, numberOf(spec.maxColumnCount) ?? 3));
    const width = Math.floor(24 / columns);
    const mode = stringOf(spec.rowHeightMode) ?? 'standard';
    const customHeight = numberOf(spec.rowHeight);
    const height = mode === 'custom' && customHeight !== undefined
        ? Math.max(1, Math.ceil(customHeight / 40))
        : (AUTO_ROW_HEIGHT[mode] ?? AUTO_ROW_HEIGHT.standard ?? 9);
    const out = [];
    for (const value of arrayOf(spec.items)) {
        const item = recordOf(recordOf(value).spec);
        const index = out.length;
        const gridPos = {
            x: (index % columns) * width,
            y: Math.floor(index / columns) * height,
            w: width,
            h: height,
        };
        const placed = elementItem(item.element, elements, gridPos, item.repeat);
        if (placed)
            out.push(placed);
    }
    return out;
}
function rowItem(title, spec, source, children) {
    const json = {
        type: 'row',
        title,
        collapsed: spec.collapse === true || spec.collapsed === true,
        gridPos: { x: 0, y: numberOf(spec.y) ?? 0, w: 24, h: 1 },
    };
    const repeat = stringOf(recordOf(spec.repeat).value);
    if (repeat)
        json.repeat = repeat;
    return { json, source, children, childrenY: 'row-body' };
}
function joinTitles(outer, inner) {
    return outer === '' ? inner : `${outer} / ${inner}`;
}
/** The classic items of a layout: panels (top level) and rows with their panels. */
function layoutItems(layout, path, elements, prefix) {
    const kind = recordOf(layout);
    const spec = recordOf(kind.spec);
    switch (kind.kind) {
        case 'GridLayout': {
            // v2alpha1 mixes free items and GridLayoutRow items in one list; in the classic shape the
            // free ones come first (they sit above the first row) and the rows follow in their order.
            const items = arrayOf(spec.items).flatMap((value, index) => {
                const item = recordOf(value);
                if (item.kind === 'GridLayoutRow') {
                    const rowSpec = recordOf(item.spec);
                    const children = arrayOf(rowSpec.elements).flatMap((child) => gridItem(child, elements) ?? []);
                    return [
                        rowItem(joinTitles(prefix, stringOf(rowSpec.title) ?? ''), rowSpec, [...path, 'spec', 'items', index], children),
                    ];
                }
                const panel = gridItem(value, elements);
                return panel ? [panel] : [];
            });
            return [
                ...items.filter((item) => item.json.type !== 'row'),
                ...items.filter((item) => item.json.type === 'row'),
            ];
        }
        case 'AutoGridLayout':
            return autoGridItems(spec, elements);
        case 'RowsLayout':
        case 'TabsLayout': {
            const list = kind.kind === 'RowsLayout' ? 'rows' : 'tabs';
            return arrayOf(spec[list]).flatMap((value, index) => {
                const rowSpec = recordOf(recordOf(value).spec);
                const title = joinTitles(prefix, stringOf(rowSpec.title) ?? '');
                const source = [...path, 'spec', list, index];
                const inner = layoutItems(rowSpec.layout, [...source, 'spec', 'layout'], elements, title);
                const panels = inner.filter((item) => item.json.type !== 'row');
                const nested = inner.filter((item) => item.json.type === 'row');
                return [rowItem(title, rowSpec, source, panels), ...nested];
            });
        }
        default:
            return [];
    }
}
const VARIABLE_TYPES = {
    QueryVariable: 'query',
    CustomVariable: 'custom',
    DatasourceVariable: 'datasource',
    ConstantVariable: 'constant',
    IntervalVariable: 'interval',
    TextVariable: 'textbox',
    GroupByVariable: 'groupby',
    AdhocVariable: 'adhoc',
    SwitchVariable: 'switch',
};
// v2 spells enums as names where classic JSON has numbers.
const HIDE = { dontHide: 0, hideLabel: 1, hideVariable: 2 };
const REFRESH = {
    never: 0,
    onDashboardLoad: 1,
    onTimeRangeChanged: 2,
};
const SORT = {
    disabled: 0,
    alphabeticalAsc: 1,
    alphabeticalDesc: 2,
    numericalAsc: 3,
    numericalDesc: 4,
    alphabeticalCaseInsensitiveAsc: 5,
    alphabeticalCaseInsensitiveDesc: 6,
    naturalAsc: 7,
    naturalDesc: 8,
};
function enumNumber(table, value) {
    return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : value;
}
function variableOf(value) {
    const kind = recordOf(value);
    const spec = recordOf(kind.spec);
    const json = {
        ...spec,
        type: VARIABLE_TYPES[stringOf(kind.kind) ?? ''] ?? kind.kind,
    };
    if (spec.hide !== undefined)
        json.hide = enumNumber(HIDE, spec.hide);
    if (spec.refresh !== undefined)
        json.refresh = enumNumber(REFRESH, spec.refresh);
    if (spec.sort !== undefined)
        json.sort = enumNumber(SORT, spec.sort);
    if (kind.kind === 'DatasourceVariable') {
        delete json.pluginId;
        if (spec.pluginId !== undefined)
            json.query = spec.pluginId;
    }
    if ((0,is_record/* isRecord */.u)(spec.query) && (spec.query.kind === 'DataQuery' || (0,is_record/* isRecord */.u)(spec.query.spec))) {
        const { datasource, fields } = queryOf(spec.query, spec.datasource);
        json.query =
            typeof fields.__legacyStringValue === 'string' ? fields.__legacyStringValue : fields;
        if (datasource)
            json.datasource = datasource;
    }
    else if (kind.group !== undefined) {
        // GroupBy and Adhoc variables name their datasource beside the spec (v2beta1).
        const uid = stringOf(recordOf(kind.datasource).name);
        if (uid !== undefined)
            json.datasource = { type: kind.group, uid };
    }
    return json;
}
function annotationOf(value) {
    const spec = recordOf(recordOf(value).spec);
    const { query, legacyOptions, builtIn, datasource: beside, ...rest } = spec;
    const json = { ...rest, ...recordOf(legacyOptions) };
    if (builtIn !== undefined)
        json.builtIn = builtIn === true ? 1 : builtIn === false ? 0 : builtIn;
    const { datasource, fields } = queryOf(query, beside);
    if (datasource)
        json.datasource = datasource;
    if (Object.keys(fields).length > 0)
        json.target = fields;
    return json;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/model/index.ts








/**
 * Brings a loaded dashboard to the one model both sides of a diff are compared in: whatever its
 * schema (classic, legacy `rows[]`, v2 elements and layout), its wrappers and Grafana version,
 * two dashboards that Grafana would show the same have equal models once `id`, `key`, `source`
 * and `noise` are set aside, and their JSON texts are then equal too (keys in canonical order).
 * What was set aside to get there is counted in `noise`.
 */
function normalizeDashboard(loaded) {
    const shape = loaded.dashboard.schema === 'v2'
        ? v2ToClassic(loaded.dashboard.spec)
        : classicShape(loaded.dashboard.json);
    const model = modelOf(shape);
    if (loaded.dashboard.schema === 'v2')
        delete model.schemaVersion;
    return model;
}
function classicShape(json) {
    const schemaVersion = numberOf(json.schemaVersion);
    const legacy = Array.isArray(json.rows) && (schemaVersion === undefined || schemaVersion < 16);
    if (legacy && !Array.isArray(json.panels)) {
        const { items, clones } = upgradeLegacyRows(arrayOf(json.rows));
        return { json, items, clones };
    }
    const items = arrayOf(json.panels).flatMap((panel, index) => {
        if (!(0,is_record/* isRecord */.u)(panel))
            return [];
        const source = ['panels', index];
        const children = panel.type === 'row' && panel.collapsed === true ? arrayOf(panel.panels) : [];
        return [
            {
                json: panel,
                source,
                children: children.flatMap((child, childIndex) => (0,is_record/* isRecord */.u)(child) ? [{ json: child, source: [...source, 'panels', childIndex] }] : []),
            },
        ];
    });
    return { json, items, clones: 0 };
}
function modelOf(shape) {
    const { json } = shape;
    const noise = new NoiseTally();
    noise.add('repeat clone', shape.clones);
    const view = { selected: {}, collapsed: {} };
    const types = datasourceVariableTypes(json);
    const layout = layOut(shape.items, noise);
    const keys = rowKeys(layout.rows.map((row) => row.title));
    const keyOfRow = new Map(layout.rows.map((row, index) => [row, keys[index] ?? row.title]));
    const rows = layout.rows.map((row, index) => {
        const key = keys[index] ?? row.title;
        view.collapsed[key] = row.collapsed;
        const model = {
            key,
            title: row.title,
            collapsed: row.collapsed,
            y: row.y,
            source: row.source,
        };
        if (row.repeat)
            model.repeat = row.repeat;
        return model;
    });
    const unkeyed = layout.panels.map((panel) => normalisePanel(panel, panel.row ? keyOfRow.get(panel.row) : undefined, {
        variables: types,
        noise,
    }));
    const panelKeyList = panelKeys(unkeyed);
    const panels = unkeyed.map((panel, index) => ({
        key: panelKeyList[index] ?? String(index),
        ...panel,
    }));
    timeViewOf(json, view);
    const model = {
        title: stringOf(json.title) ?? '',
        tags: tagsOf(json),
        settings: settingsOf(json, noise),
        variables: variablesOf(json, types, noise, view, shape.variableSources),
        annotations: annotationsOf(json, types, noise, shape.annotationSources),
        links: linksOf(json, noise),
        rows,
        panels,
        view,
        noise: {},
    };
    const uid = stringOf(json.uid);
    if (uid !== undefined)
        model.uid = uid;
    const schemaVersion = numberOf(json.schemaVersion);
    if (schemaVersion !== undefined)
        model.schemaVersion = schemaVersion;
    model.noise = noise.result();
    return sortKeys(model);
}
/**
 * The model with every object's keys in canonical order, so that two equal models have equal
 * JSON texts. The `fields` objects are canonical already (built by `canonical`), and re-sorting
 * them was most of the cost on large dashboards, so they are kept as they are. The value is our
 * own, built above, not parsed input: sorting keys keeps its type.
 */
function sortKeys(model) {
    return sortedCopy(model);
}
function sortedCopy(value) {
    if (Array.isArray(value))
        return value.map(sortedCopy);
    if (!(0,is_record/* isRecord */.u)(value))
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        const item = value[key];
        if (item !== undefined)
            out[key] = key === 'fields' ? item : sortedCopy(item);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/pair-files.ts
/**
 * Diffs the dashboards of two versions of one file: a file may hold several (a ConfigMap list,
 * multi-document YAML), so they are paired by uid, else title, else location in the file, each
 * normalised, then diffed; a dashboard on one side only is added or removed.
 */


/**
 * Pairs the dashboards of two versions of one file: by uid, else title, else location in the
 * file; a file holding a single dashboard on both sides holds the same dashboard, whatever
 * changed. Head order first, then the base dashboards left over (removed).
 */
function pairDashboards(baseSides, headSides) {
    const free = new Set(baseSides);
    const counterpart = new Map();
    const keys = [
        (side) => side.model.uid,
        (side) => side.model.title,
        (side) => side.loaded.location,
    ];
    for (const keyOf of keys) {
        const byKey = new Map();
        for (const side of free) {
            const key = keyOf(side);
            if (key !== undefined && key !== '')
                byKey.set(key, byKey.has(key) ? null : side);
        }
        for (const side of headSides) {
            if (counterpart.has(side))
                continue;
            const key = keyOf(side);
            const match = key === undefined ? undefined : byKey.get(key);
            if (match && free.has(match)) {
                counterpart.set(side, match);
                free.delete(match);
            }
        }
    }
    const onlyBase = baseSides[0];
    const onlyHead = headSides[0];
    if (baseSides.length === 1 &&
        headSides.length === 1 &&
        onlyBase &&
        onlyHead &&
        free.has(onlyBase)) {
        counterpart.set(onlyHead, onlyBase);
        free.delete(onlyBase);
    }
    const pairs = headSides.map((head) => {
        const base = counterpart.get(head);
        return base === undefined ? { head } : { base, head };
    });
    for (const base of baseSides)
        if (free.has(base))
            pairs.push({ base });
    return pairs;
}
/**
 * One diff per dashboard present on either side, in head order, then the removed ones. Either
 * file may be undefined (the file was added or deleted). `baseFile` is set on each diff when the
 * files' paths differ (renamed or moved file).
 */
function diffDashboardFiles(base, head) {
    const pairs = pairDashboards((base?.dashboards ?? []).map(dashboardSide), (head?.dashboards ?? []).map(dashboardSide));
    return diffPairs(pairs, base?.file, head?.file);
}
/** The diffs of paired dashboards; `baseFile` is set when the two files' paths differ. */
function diffPairs(pairs, baseFile, headFile) {
    const diffs = pairs.map((pair) => diffDashboards(pair.base, pair.head));
    if (baseFile !== undefined && headFile !== undefined && baseFile !== headFile) {
        for (const diff of diffs)
            diff.baseFile = baseFile;
    }
    return diffs;
}
/** A loaded dashboard with its normalised model. */
function dashboardSide(loaded) {
    return { loaded, model: normalizeDashboard(loaded) };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/diff/index.ts
/** The diff engine of the dashboard-diff gate: two versions in, changes, layout and noise out. */



// EXTERNAL MODULE: ./src/shared/inputs.ts
var inputs = __webpack_require__(93876);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/inputs.ts
/**
 * Reads and validates the dashboard-diff gate's inputs once, for the action and the CLI alike:
 * which two sides to compare (two files, or the change since the merge base of a ref), which
 * files, how to render sources that are not JSON, and the lint configuration.
 */



/**
 * Reads the inputs; throws ConfigurationError naming the bad input.
 *
 * @param defaultBaseRef what `base-ref` is when not given (the action: the pull request's base
 *   commit); without one, `base-ref` or `base` and `head` are required.
 */
function readDashboardDiffInputs(source, defaultBaseRef) {
    const base = (0,inputs/* optionalInput */.$m)(source, 'base');
    const head = (0,inputs/* optionalInput */.$m)(source, 'head');
    const baseRef = (0,inputs/* optionalInput */.$m)(source, 'base-ref');
    const paths = (0,inputs/* listInput */.dt)(source, 'paths');
    let sides;
    if (base !== undefined || head !== undefined) {
        if (base === undefined || head === undefined) {
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, base === undefined ? 'base' : 'head')} is required with ${(0,inputs/* inputMention */.Jf)(source, base === undefined ? 'head' : 'base')}: name both files of the pair.`);
        }
        if (baseRef !== undefined || paths.length > 0) {
            throw new errors/* ConfigurationError */.j("Inputs 'base' and 'head' compare two files; 'base-ref' and paths compare a change. Give one or the other.");
        }
        sides = { kind: 'pair', base, head };
    }
    else {
        const ref = baseRef ?? defaultBaseRef;
        if (ref === undefined) {
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'base-ref')} is required (the branch to compare with, e.g. origin/main), or ${(0,inputs/* inputMention */.Jf)(source, 'base')} and ${(0,inputs/* inputMention */.Jf)(source, 'head')} to compare two files.`);
        }
        refuseBraces(paths, (0,inputs/* inputLabel */.NB)(source, 'paths'));
        sides = {
            kind: 'change',
            baseRef: ref,
            paths: paths.length > 0 ? paths : [...defaults/* DEFAULT_DASHBOARD_GLOBS */.fR],
            defaultPaths: paths.length === 0,
        };
    }
    const render = readRenderCommand(source);
    const lintConfig = (0,inputs/* optionalInput */.$m)(source, 'lint-config');
    return {
        common: (0,inputs/* readCommonInputs */.di)(source),
        sides,
        ...(render === undefined ? {} : { render }),
        ...(lintConfig === undefined ? {} : { lintConfig }),
    };
}
function readRenderCommand(source) {
    const text = (0,inputs/* optionalInput */.$m)(source, 'render');
    const globs = (0,inputs/* listInput */.dt)(source, 'render-glob');
    if (text === undefined) {
        if (globs.length > 0) {
            throw new errors/* ConfigurationError */.j(`${(0,inputs/* inputLabel */.NB)(source, 'render-glob')} names files to render, but ${(0,inputs/* inputMention */.Jf)(source, 'render')} gives no command (e.g. 'jsonnet -J vendor {file}').`);
        }
        return undefined;
    }
    refuseBraces(globs, (0,inputs/* inputLabel */.NB)(source, 'render-glob'));
    const argv = splitCommand(text, 'render');
    if (!argv.some((arg) => arg.includes(defaults/* RENDER_FILE_PLACEHOLDER */.om)))
        argv.push(defaults/* RENDER_FILE_PLACEHOLDER */.om);
    return { argv, globs: globs.length > 0 ? globs : [...defaults/* DEFAULT_RENDER_GLOBS */.Ds] };
}
/**
 * The globs are git pathspecs (the files come from git), which have no `{a,b}` alternatives: a
 * pattern with braces would silently match nothing, so it is refused with what to write instead.
 */
function refuseBraces(patterns, label) {
    // Lists are split at commas too, so `*.{json,yaml}` arrives as `*.{json` and `yaml}`.
    const braced = patterns.find((pattern) => /[{}]/.test(pattern));
    if (braced !== undefined) {
        throw new errors/* ConfigurationError */.j(`${label} has '${braced}', but these globs are git's, which have no {a,b}: give one pattern per alternative.`);
    }
}
/** Words that mean something to a shell only; the render command is run without one. */
const SHELL_OPERATORS = new Set(['|', '||', '&&', ';', '>', '>>', '<', '&', '2>', '2>&1']);
/**
 * Splits a command line into program and arguments as a POSIX shell would split plain words:
 * blanks separate, single quotes keep everything, double quotes keep all but a backslash before
 * `$`, a backquote, `"` or a backslash; a backslash outside quotes escapes the next character.
 * Nothing is expanded (no variables, no globs): the command runs without a shell, so a file name
 * can never become shell code. Written by hand because no dependency of the project splits
 * command lines.
 *
 * @throws ConfigurationError on an unclosed quote, a shell operator, or an empty command.
 * @example splitCommand(`jsonnet -J vendor --ext-str 'env=prod' {file}`, 'render')
 *   // ['jsonnet', '-J', 'vendor', '--ext-str', 'env=prod', '{file}']
 */
function splitCommand(text, inputName) {
    const words = [];
    let word = '';
    // A word may be empty ('' is an argument), so whether one is open is tracked apart.
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i += 1) {
        const char = text.charAt(i);
        const next = text.charAt(i + 1);
        if (quote === "'") {
            if (char === "'")
                quote = undefined;
            else
                word += char;
        }
        else if (quote === '"') {
            if (char === '"')
                quote = undefined;
            else if (char === '\\' && '$`"\\'.includes(next) && next !== '') {
                word += next;
                i += 1;
            }
            else
                word += char;
        }
        else if (/\s/.test(char)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            inWord = true;
            if (char === "'" || char === '"')
                quote = char;
            else if (char === '\\' && next !== '') {
                word += next;
                i += 1;
            }
            else
                word += char;
        }
    }
    if (quote !== undefined) {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}' has an unclosed ${quote} in '${text}'.`);
    }
    if (inWord)
        words.push(word);
    const operator = words.find((w) => SHELL_OPERATORS.has(w));
    if (operator !== undefined) {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}' contains '${operator}', but the command runs without a shell; put a pipeline in a script and name the script.`);
    }
    if (words.length === 0)
        throw new errors/* ConfigurationError */.j(`Input '${inputName}' is empty.`);
    return words;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/rules.ts
/** Every rule this lint implements. */
const LINT_RULES = {
    'duplicate-panel-id': { severity: 'error', description: 'Two panels share an id.' },
    'duplicate-dashboard-uid': {
        severity: 'error',
        description: 'Two dashboards of the change share a uid (Grafana keeps one).',
    },
    'panel-grid': {
        severity: 'error',
        description: 'A panel off the 24-column grid (x + w > 24, negative, zero size).',
    },
    'panel-overlap': { severity: 'error', description: 'Two panels of one row overlap.' },
    'duplicate-ref-id': { severity: 'error', description: 'Two queries of a panel share a refId.' },
    'undefined-variable': {
        severity: 'error',
        description: 'A query, title or repeat names a variable the dashboard does not define.',
    },
    'undefined-datasource-variable': {
        severity: 'error',
        description: 'A datasource is a variable the dashboard does not define.',
    },
    'orphan-element': {
        severity: 'warning',
        description: 'A v2 element that no layout item shows.',
    },
    'missing-element': {
        severity: 'error',
        description: 'A v2 layout item that names no element.',
    },
    'schema-version-backwards': {
        severity: 'error',
        description: 'The schemaVersion went down: an older Grafana saved over a newer dashboard.',
    },
    'angular-panel': {
        severity: 'error',
        description: 'An AngularJS panel plugin, which Grafana 11+ no longer renders.',
    },
    'angular-panel-migrated': {
        severity: 'warning',
        description: 'An AngularJS core panel that Grafana migrates on load (graph, singlestat, …).',
    },
    'template-datasource-rule': {
        severity: 'warning',
        description: 'The dashboard has a templated datasource, named by convention.',
    },
    'template-job-rule': {
        severity: 'warning',
        optIn: true,
        description: 'The dashboard has a `job` variable.',
    },
    'template-instance-rule': {
        severity: 'warning',
        optIn: true,
        description: 'The dashboard has an `instance` variable.',
    },
    'template-label-promql-rule': {
        severity: 'error',
        description: 'Prometheus query variables use label_values() and friends with valid PromQL.',
    },
    'template-on-time-change-reload-rule': {
        severity: 'warning',
        description: 'Query variables refresh on time range change.',
    },
    'panel-datasource-rule': {
        severity: 'warning',
        description: 'Panels use the templated datasource.',
    },
    'panel-title-description-rule': {
        severity: 'warning',
        description: 'Panels have a title and a description.',
    },
    'panel-units-rule': { severity: 'warning', description: 'Panels set a valid unit.' },
    'panel-no-targets-rule': { severity: 'error', description: 'Panels have queries.' },
    'target-promql-rule': {
        severity: 'error',
        description: 'Prometheus queries are valid PromQL (variables substituted).',
    },
    'target-rate-interval-rule': {
        severity: 'warning',
        description: 'rate() and irate() use $__rate_interval.',
    },
    'target-job-rule': {
        severity: 'warning',
        optIn: true,
        description: 'Every selector matches job=~"$job".',
    },
    'target-instance-rule': {
        severity: 'warning',
        optIn: true,
        description: 'Every selector matches instance=~"$instance".',
    },
    'target-counter-agg-rule': {
        severity: 'warning',
        description: 'Counters (`_total`) are read through rate(), irate() or increase().',
    },
    'uneditable-dashboard': {
        severity: 'warning',
        optIn: true,
        description: 'The dashboard is not editable in the UI (code is the source of truth).',
    },
};
/** Names of the rules implemented here. */
const ALL_RULES = new Set(Object.keys(LINT_RULES));
/**
 * dashboard-linter rules not implemented here (they need a LogQL parser, per-team settings, or
 * a running Grafana); a `.lint` file may name them, and they are ignored.
 */
const FOREIGN_RULES = [
    'target-logql-rule',
    'target-logql-auto-rule',
    'target-required-matchers-rule',
    'template-required-variables-rule',
    'template-uneditable-rule',
    'template-variable-matchers-rule',
    'element-reference-rule',
    'panel-legend-rule',
    'target-histogram-rule',
    'dashboard-refresh-interval-rule',
    'dashboard-time-interval-rule',
    'dashboard-time-refresh-rule',
    'panel-title-description',
    'panel-units',
    'target-valid-promql',
];
/** Rule names a `.lint` file may use. */
const KNOWN_RULES = new Set([...ALL_RULES, ...FOREIGN_RULES]);

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/config.ts
/**
 * The `.lint` file of grafana/dashboard-linter, read as that tool reads it: `exclusions` and
 * `warnings`, each a map from rule name to an optional `reason` and `entries` (each entry a
 * `dashboard` title, a `panel` title and a `targetIdx`, with its own `reason`). A rule listed
 * without entries applies to every finding of the rule; with entries, to the findings that match
 * one. One extension: `enable`, a list of the rules that are off by default here (the rules that
 * suit only Grafana's integration dashboards), which dashboard-linter ignores as an unknown key.
 * Pure: text in, config out.
 */




/** The configuration without a `.lint` file. */
const DEFAULT_LINT_CONFIG = {
    path: '',
    exclusions: {},
    warnings: {},
    enable: [],
};
const TOP_KEYS = ['exclusions', 'warnings', 'enable'];
const RULE_KEYS = ['reason', 'entries'];
const ENTRY_KEYS = ['dashboard', 'panel', 'targetIdx', 'reason'];
/**
 * Parses a `.lint` file. An empty file is the default configuration.
 * @param path the file's path, for messages.
 * @throws ConfigurationError `FILE:LINE:COLUMN: …` on invalid YAML, an unknown key or rule name
 *   (with the nearest known one), or a value of the wrong type.
 * @example parseLintConfig('exclusions:\n  panel-units-rule:\n', '.lint').exclusions
 *   // { 'panel-units-rule': { entries: [] } }
 */
function parseLintConfig(text, path) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const where = (node) => {
        const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0);
        return `${path}:${line}:${col}`;
    };
    const [error] = document.errors;
    if (error !== undefined) {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        throw new errors/* ConfigurationError */.j(`${path}:${line}:${col}: not a valid YAML file: ${error.message.split('\n')[0] ?? ''}`);
    }
    // A node as a YAML node (an alias resolved), or undefined for an empty value.
    const resolve = (node) => {
        const resolved = (0,dist/* isAlias */.Vj)(node) ? node.resolve(document) : node;
        if ((0,dist/* isScalar */.jn)(resolved) && resolved.value === null)
            return undefined;
        return (0,dist/* isScalar */.jn)(resolved) || (0,dist/* isMap */.jh)(resolved) || (0,dist/* isSeq */.oP)(resolved) ? resolved : undefined;
    };
    const fail = (node, message) => {
        throw new errors/* ConfigurationError */.j(`${where(node)}: ${message}`);
    };
    const unknownKey = (node, key, known, what) => fail(node, `unknown ${what} ${JSON.stringify(key)}; did you mean ${JSON.stringify((0,mod/* closest */.kp)(key, [...known]))}?`);
    const scalarText = (node, key) => {
        if ((0,dist/* isScalar */.jn)(node) && (typeof node.value === 'string' || typeof node.value === 'number'))
            return String(node.value);
        return fail(node, `${key} must be a string`);
    };
    const config = { path, exclusions: {}, warnings: {}, enable: [] };
    const root = resolve(document.contents);
    if (root === undefined)
        return config;
    if (!(0,dist/* isMap */.jh)(root))
        return fail(root, 'a .lint file is a map with `exclusions` and `warnings`');
    const readEntry = (node, rule) => {
        if (!(0,dist/* isMap */.jh)(node))
            return fail(node, `each entry of ${rule} is a map (dashboard, panel, targetIdx, reason)`);
        const entry = {};
        for (const pair of node.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            const value = resolve(pair.value);
            if (!ENTRY_KEYS.includes(key))
                unknownKey(resolve(pair.key), key, ENTRY_KEYS, 'entry key');
            if (key === 'targetIdx') {
                // dashboard-linter stores it as a string ("0" is a valid index); both spellings are read.
                const raw = (0,dist/* isScalar */.jn)(value) ? value.value : undefined;
                const index = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
                if (!Number.isInteger(index) || index < 0)
                    fail(value, `targetIdx must be a query index (0, 1, …), not ${JSON.stringify(raw ?? null)}`);
                entry.targetIdx = index;
            }
            else if (key === 'dashboard' || key === 'panel' || key === 'reason') {
                entry[key] = scalarText(value, key);
            }
        }
        return entry;
    };
    const readRules = (node, section) => {
        const rules = {};
        if (node === undefined)
            return rules;
        if (!(0,dist/* isMap */.jh)(node))
            return fail(node, `${section} is a map from rule name to its entries`);
        for (const pair of node.items) {
            const name = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (!KNOWN_RULES.has(name))
                unknownKey(resolve(pair.key), name, [...KNOWN_RULES], 'rule');
            const body = resolve(pair.value);
            const rule = { entries: [] };
            if (body !== undefined) {
                if (!(0,dist/* isMap */.jh)(body))
                    fail(body, `${section}.${name} is a map with \`reason\` and \`entries\``);
                else {
                    for (const item of body.items) {
                        const key = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : '';
                        const value = resolve(item.value);
                        if (!RULE_KEYS.includes(key))
                            unknownKey(resolve(item.key), key, RULE_KEYS, 'key');
                        if (key === 'reason')
                            rule.reason = scalarText(value, 'reason');
                        else if (key === 'entries') {
                            if (value === undefined)
                                continue;
                            if (!(0,dist/* isSeq */.oP)(value))
                                fail(value, `${section}.${name}.entries is a list`);
                            else
                                rule.entries = value.items.map((entry) => readEntry(resolve(entry), name));
                        }
                    }
                }
            }
            rules[name] = rule;
        }
        return rules;
    };
    for (const pair of root.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
        const value = resolve(pair.value);
        if (!TOP_KEYS.includes(key))
            unknownKey(resolve(pair.key), key, TOP_KEYS, 'key');
        if (key === 'exclusions')
            config.exclusions = readRules(value, key);
        else if (key === 'warnings')
            config.warnings = readRules(value, key);
        else if (key === 'enable') {
            if (!(0,dist/* isSeq */.oP)(value))
                fail(value ?? resolve(pair.key), 'enable is a list of rule names');
            else
                config.enable = value.items.map((item) => {
                    const node = resolve(item);
                    const name = scalarText(node, 'a rule name');
                    if (!ALL_RULES.has(name))
                        unknownKey(node, name, [...ALL_RULES], 'rule');
                    return name;
                });
        }
    }
    return config;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/context.ts



/** The value at `path` inside the side's source dashboard object (classic JSON or v2 spec). */
function sourceValue(side, path) {
    const dashboard = side.loaded.dashboard;
    let value = dashboard.schema === 'classic' ? dashboard.json : dashboard.spec;
    for (const step of path) {
        if (typeof step === 'number')
            value = Array.isArray(value) ? value[step] : undefined;
        else
            value = (0,is_record/* isRecord */.u)(value) ? value[step] : undefined;
    }
    return value;
}
/**
 * Names a dashboard may reference without defining: Grafana's global variables and the macros
 * of its SQL and other datasources (every `$__…` name), the legacy `$interval` and `$timeFilter`,
 * and `$1`-style regex group references (`label_replace(…, "$1", …)`), which are no variables.
 */
function isBuiltinVariable(name) {
    return (name.startsWith('__') || name === 'interval' || name === 'timeFilter' || /^\d+$/u.test(name));
}
/** {@link SideNames} of a side. */
function sideNames(side) {
    const variables = new Map(side.model.variables.map((v) => [v.name, v]));
    const inputs = new Map();
    if (side.loaded.dashboard.schema === 'classic') {
        const raw = side.loaded.dashboard.json['__inputs'];
        if (Array.isArray(raw)) {
            for (const input of raw) {
                if (!(0,is_record/* isRecord */.u)(input) || typeof input['name'] !== 'string')
                    continue;
                inputs.set(input['name'], {
                    ...(typeof input['type'] === 'string' ? { type: input['type'] } : {}),
                    ...(typeof input['pluginId'] === 'string' ? { pluginId: input['pluginId'] } : {}),
                });
            }
        }
    }
    return { variables, inputs };
}
/**
 * A datasource reference as dashboards write it: `{ type, uid }`, or a plain string (a name,
 * or a variable such as `$datasource`, before schema 33), read as a uid.
 */
function datasourceRefOf(value) {
    if (typeof value === 'string')
        return { uid: value };
    if (!(0,is_record/* isRecord */.u)(value))
        return undefined;
    return {
        ...(typeof value['type'] === 'string' ? { type: value['type'] } : {}),
        ...(typeof value['uid'] === 'string' ? { uid: value['uid'] } : {}),
    };
}
/** The variable a datasource uid names (`${datasource}`, `$ds`), when it is one reference alone. */
function datasourceVariable(ref) {
    const uid = ref?.uid?.trim();
    if (uid === undefined)
        return undefined;
    const [only] = findVariableReferences(uid);
    return only !== undefined && only.from === 0 && only.to === uid.length ? only.name : undefined;
}
/**
 * The plugin type of a datasource reference as far as the dashboard tells it: its own `type`,
 * else the `query` of the datasource variable it names (`prometheus`), else the `pluginId` of
 * the export input it names.
 */
function datasourceType(ref, names) {
    if (ref?.type !== undefined && ref.type !== '')
        return ref.type;
    const variable = datasourceVariable(ref);
    if (variable === undefined)
        return undefined;
    const model = names.variables.get(variable);
    if (model?.type === 'datasource') {
        const query = model.fields['query'];
        return typeof query === 'string' ? query : undefined;
    }
    return names.inputs.get(variable)?.pluginId;
}
/** Whether a query is PromQL: its effective datasource is Prometheus (or a Prometheus-speaking plugin). */
function isPrometheusQuery(query, names) {
    const type = datasourceType(query.datasource, names);
    return (type !== undefined && type.toLowerCase().includes('prometheus') && query.expr !== undefined);
}
/** The panel part of a finding. */
function panelOf(panel) {
    return {
        title: panel.title,
        key: panel.key,
        ...(panel.row !== undefined ? { row: panel.row } : {}),
    };
}
/** A panel's name as a message shows it: `"CPU"` or `panel id:7` when untitled. */
function panelName(panel) {
    return panel.title.trim() === ''
        ? `untitled panel ${panel.key}`
        : `panel ${JSON.stringify(panel.title)}`;
}
/** The query's index in its panel's targets, as `.lint` entries count it. */
function targetIndex(panel, query) {
    const last = query.source[query.source.length - 1];
    return typeof last === 'number' ? last : panel.queries.indexOf(query);
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/dashboard-rules.ts

/** Panel types the linter's panel rules look at (after migration: graph is timeseries, singlestat is stat). */
const DATA_PANELS = new Set(['stat', 'singlestat', 'graph', 'table', 'timeseries', 'gauge']);
/** Datasources that are no data source to template: Grafana's built-ins, expressions, mixed. */
function isSpecialDatasource(uid, type) {
    return (type === 'datasource' ||
        type === '__expr__' ||
        uid === '__expr__' ||
        uid === 'grafana' ||
        uid === '-- Grafana --' ||
        uid === '-- Mixed --' ||
        uid === '-- Dashboard --');
}
function datasourceVariables(side) {
    return side.model.variables.filter((v) => v.type === 'datasource');
}
/**
 * template-datasource-rule: the dashboard has a datasource variable, named `datasource` when it
 * is the only one, else `<type>_datasource` (`prometheus_datasource`). The linter's label check
 * is left out: Grafana shows the name when there is no label.
 */
function templateDatasource(side) {
    const variables = datasourceVariables(side);
    if (variables.length === 0) {
        // A dashboard without queries (text, news, links) has no datasource to template.
        if (side.model.panels.every((p) => p.queries.length === 0))
            return [];
        return [
            {
                rule: 'template-datasource-rule',
                title: 'No datasource variable',
                message: `The dashboard has no datasource variable: its panels are tied to one datasource uid, so it cannot be pointed at another Prometheus (or imported where that uid differs).`,
                source: ['templating'],
                subject: 'missing',
            },
        ];
    }
    const findings = [];
    for (const variable of variables) {
        const query = typeof variable.fields['query'] === 'string' ? variable.fields['query'] : '';
        const allowed = [
            `${query.toLowerCase()}_datasource`,
            ...(variables.length === 1 ? ['datasource'] : []),
        ];
        if (allowed.includes(variable.name))
            continue;
        findings.push({
            rule: 'template-datasource-rule',
            title: `Datasource variable ${variable.name}`,
            message: `The datasource variable ${JSON.stringify(variable.name)} should be named ${allowed.map((a) => JSON.stringify(a)).join(' or ')}, as dashboards conventionally name it.`,
            source: [...variable.source, 'name'],
            subject: variable.name,
        });
    }
    return findings;
}
/**
 * template-job-rule and template-instance-rule (opt-in): a Prometheus dashboard has a `job`
 * (`instance`) query variable, multi-valued with an All option of `.+`.
 */
function templateLabel(side, names, label) {
    const rule = label === 'job' ? 'template-job-rule' : 'template-instance-rule';
    const prometheus = datasourceVariables(side).some((v) => v.fields['query'] === 'prometheus');
    if (!prometheus)
        return [];
    const variable = names.variables.get(label);
    const problems = [];
    if (variable === undefined)
        problems.push(`has no ${label} variable`);
    else {
        if (variable.type !== 'query')
            problems.push(`${label} variable is a ${variable.type} variable, not a query`);
        if (variable.fields['multi'] !== true)
            problems.push(`${label} variable is not multi-valued`);
        if (variable.fields['includeAll'] !== true)
            problems.push(`${label} variable has no All option`);
        else if (variable.fields['allValue'] !== '.+')
            problems.push(`${label} variable's All value is not ".+"`);
    }
    return problems.map((problem) => ({
        rule,
        title: `Template ${label}`,
        message: `The dashboard ${problem}.`,
        source: variable === undefined ? ['templating'] : variable.source,
        subject: problem,
    }));
}
/**
 * template-on-time-change-reload-rule: query variables refresh on time range change (Grafana's
 * `refresh: 2`), so their values follow the series that exist in the range shown.
 */
function reloadOnTimeChange(side) {
    const findings = [];
    for (const variable of side.model.variables) {
        if (variable.type !== 'query')
            continue;
        const refresh = variable.fields['refresh'];
        if (refresh === 2 || refresh === 'onTimeRangeChanged')
            continue;
        findings.push({
            rule: 'template-on-time-change-reload-rule',
            title: `Variable ${variable.name} not reloaded on time change`,
            message: `Variable ${variable.name} refreshes ${refresh === 1 || refresh === 'onDashboardLoad' ? 'on dashboard load' : 'never'}, not on time range change: its values can name series that do not exist in the range shown.`,
            source: [...variable.source, 'refresh'],
            subject: variable.name,
        });
    }
    return findings;
}
/**
 * panel-datasource-rule: every query of a data panel uses a datasource variable. Reported only
 * when the dashboard has one: without it, template-datasource-rule says so once.
 */
function panelDatasource(side, names) {
    const templated = new Set(datasourceVariables(side).map((v) => v.name));
    if (templated.size === 0)
        return [];
    const findings = [];
    for (const panel of side.model.panels) {
        if (!DATA_PANELS.has(panel.type))
            continue;
        const fixed = [...panel.queries.map((q) => q.datasource), panel.datasource].find((ref) => {
            if (ref === undefined || isSpecialDatasource(ref.uid, ref.type))
                return false;
            const variable = datasourceVariable(ref);
            // An undefined variable is undefined-datasource-variable's finding, not this one's.
            if (variable !== undefined && !names.variables.has(variable))
                return false;
            return variable === undefined || (!templated.has(variable) && !names.inputs.has(variable));
        });
        if (fixed === undefined)
            continue;
        findings.push({
            rule: 'panel-datasource-rule',
            title: 'Panel without the templated datasource',
            message: `${panelName(panel)} uses datasource ${JSON.stringify(fixed.uid ?? fixed.type ?? '')}, not the dashboard's datasource variable ($${[...templated].join(', $')}).`,
            source: [...panel.source, 'datasource'],
            panel: panelOf(panel),
            subject: 'datasource',
        });
    }
    return findings;
}
/** A panel's saved setting: the model's canonical fields, else the source (v2 keeps it under vizConfig). */
function panelSetting(side, panel, key) {
    const raw = sourceValue(side, panel.source);
    if ((0,is_record/* isRecord */.u)(raw)) {
        if (key in raw)
            return raw[key];
        const spec = (0,is_record/* isRecord */.u)(raw['spec']) ? raw['spec'] : undefined;
        const viz = spec !== undefined && (0,is_record/* isRecord */.u)(spec['vizConfig']) ? spec['vizConfig'] : undefined;
        const vizSpec = viz !== undefined && (0,is_record/* isRecord */.u)(viz['spec']) ? viz['spec'] : undefined;
        if (spec !== undefined && key in spec)
            return spec[key];
        if (vizSpec !== undefined && key in vizSpec)
            return vizSpec[key];
    }
    return panel.fields[key];
}
/** panel-title-description-rule: data panels have a title and a description (the panel's (i) tooltip). */
function titleDescription(side) {
    const findings = [];
    for (const panel of side.model.panels) {
        if (!DATA_PANELS.has(panel.type))
            continue;
        const description = panelSetting(side, panel, 'description');
        const missing = [
            panel.title.trim() === '' ? 'a title' : undefined,
            typeof description !== 'string' || description.trim() === '' ? 'a description' : undefined,
        ].filter((m) => m !== undefined);
        if (missing.length === 0)
            continue;
        findings.push({
            rule: 'panel-title-description-rule',
            title: `Panel without ${missing.join(' or ')}`,
            message: `${panelName(panel)} has no ${missing.join(' and no ').replace(/\ba /gu, '')}: readers get no hint of what it shows.`,
            source: panel.source,
            panel: panelOf(panel),
            subject: missing.join(','),
        });
    }
    return findings;
}
/**
 * panel-units-rule: data panels set a unit (in the defaults or an override). Only a missing unit
 * is reported: Grafana shows an id it does not know (`read/s`) as a custom suffix, so the linter's
 * "invalid unit" would be wrong. Skipped where no number is shown with a unit: panels with value
 * mappings, stat panels that show non-numeric fields or only the series name (`textMode: name`),
 * tables whose transformations hide the value column.
 */
function units(side) {
    const findings = [];
    for (const panel of side.model.panels) {
        if (!DATA_PANELS.has(panel.type))
            continue;
        const fieldConfig = dashboard_rules_recordOf(panelSetting(side, panel, 'fieldConfig'));
        const defaults = dashboard_rules_recordOf(fieldConfig['defaults']);
        if (Array.isArray(defaults['mappings']) && defaults['mappings'].length > 0)
            continue;
        const options = dashboard_rules_recordOf(panelSetting(side, panel, 'options'));
        const fields = dashboard_rules_recordOf(options['reduceOptions'])['fields'];
        if (panel.type === 'stat') {
            if (typeof fields === 'string' && fields !== '' && fields !== 'Numeric')
                continue;
            if (options['textMode'] === 'name' || options['textMode'] === 'none')
                continue;
        }
        if (panel.type === 'table' && dropsValueField(panelSetting(side, panel, 'transformations')))
            continue;
        const overrides = Array.isArray(fieldConfig['overrides']) ? fieldConfig['overrides'] : [];
        const overrideUnit = overrides.some((o) => {
            const properties = dashboard_rules_recordOf(o)['properties'];
            return (Array.isArray(properties) &&
                properties.some((p) => isUnit(dashboard_rules_recordOf(p)['id'] === 'unit' ? dashboard_rules_recordOf(p)['value'] : undefined)));
        });
        if (isUnit(defaults['unit']) || overrideUnit)
            continue;
        findings.push({
            rule: 'panel-units-rule',
            title: 'Panel without a unit',
            message: `${panelName(panel)} sets no unit: values show as bare numbers.`,
            source: [...panel.source, 'fieldConfig'],
            panel: panelOf(panel),
            subject: 'no unit',
        });
    }
    return findings;
}
/**
 * Whether a table's transformations hide Prometheus' `Value` column (an `organize` that excludes
 * it, a `filterFieldsByName` that keeps only labels): the table lists labels, and no number is
 * shown to carry a unit.
 */
function dropsValueField(transformations) {
    if (!Array.isArray(transformations))
        return false;
    return transformations.some((t) => {
        const options = dashboard_rules_recordOf(dashboard_rules_recordOf(t)['options']);
        if (dashboard_rules_recordOf(t)['id'] === 'organize')
            return dashboard_rules_recordOf(options['excludeByName'])['Value'] === true;
        if (dashboard_rules_recordOf(t)['id'] === 'filterFieldsByName') {
            const names = dashboard_rules_recordOf(options['include'])['names'];
            return Array.isArray(names) && !names.includes('Value');
        }
        return false;
    });
}
function isUnit(value) {
    return typeof value === 'string' && value.trim() !== '';
}
function dashboard_rules_recordOf(value) {
    return (0,is_record/* isRecord */.u)(value) ? value : {};
}
/** panel-no-targets-rule: data panels have queries (library panels keep theirs in the library). */
function noTargets(side) {
    return side.model.panels
        .filter((p) => DATA_PANELS.has(p.type) && p.libraryPanel === undefined && p.queries.length === 0)
        .map((panel) => ({
        rule: 'panel-no-targets-rule',
        title: 'Panel without queries',
        message: `${panelName(panel)} has no queries: it shows "No data".`,
        source: panel.source,
        panel: panelOf(panel),
        subject: 'targets',
    }));
}
/** uneditable-dashboard (opt-in): `editable: false`, so the UI cannot drift from the code. */
function uneditable(side) {
    const editable = side.model.settings['editable'];
    if (editable === false)
        return [];
    return [
        {
            rule: 'uneditable-dashboard',
            title: 'Dashboard editable in the UI',
            message: 'The dashboard is editable in Grafana: edits made there drift from this file. Set `editable: false`.',
            source: ['editable'],
            subject: 'editable',
        },
    ];
}
/** The dashboard-linter rules of one side; `enabled` says which opt-in rules run. */
function dashboardRuleFindings(side, enabled) {
    const names = sideNames(side);
    return [
        ...templateDatasource(side),
        ...(enabled.has('template-job-rule') ? templateLabel(side, names, 'job') : []),
        ...(enabled.has('template-instance-rule') ? templateLabel(side, names, 'instance') : []),
        ...reloadOnTimeChange(side),
        ...panelDatasource(side, names),
        ...titleDescription(side),
        ...units(side),
        ...noTargets(side),
        ...(enabled.has('uneditable-dashboard') ? uneditable(side) : []),
    ];
}

// EXTERNAL MODULE: ./src/gates/prom-lint/promql/index.ts + 1 modules
var promql = __webpack_require__(75369);
// EXTERNAL MODULE: ./src/gates/prom-lint/promql/output-labels.ts
var output_labels = __webpack_require__(83608);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/promql.ts
/**
 * PromQL checks of a dashboard's Prometheus queries, on the text with Grafana variables masked:
 * validity (prom-lint's parser and type checks, as `promtool` would judge the query Grafana
 * sends), and dashboard-linter's target rules ($__rate_interval in rate(), counters read through
 * rate(), job and instance matchers) and template-label-promql-rule.
 */





function parseExpression(expr, cache) {
    const known = cache.get(expr);
    if (known !== undefined)
        return known;
    const masked = maskGrafanaVariables(expr);
    const parsed = (0,tree/* parsePromQL */.bC)(masked.text);
    const errors = (0,promql/* checkParsedPromQL */.ly)(parsed).filter((d) => d.severity === 'error' &&
        // `$agg(x)`: a variable as the function; what it becomes is not known here.
        !(d.message.startsWith('unknown function') && d.message.includes(MASK_PREFIX)));
    const parsedExpression = { masked, parsed, errors };
    cache.set(expr, parsedExpression);
    return parsedExpression;
}
/** Shortens a query for a message. */
function quoted(expr) {
    const oneLine = expr.replace(/\s+/gu, ' ').trim();
    return JSON.stringify(oneLine.length > 120 ? `${oneLine.slice(0, 117)}…` : oneLine);
}
function base(item) {
    return {
        source: [...item.query.source, item.query.exprField ?? 'expr'],
        panel: panelOf(item.panel),
        targetIdx: targetIndex(item.panel, item.query),
    };
}
/** Every Prometheus query of the side, masked and parsed, with the validity findings. */
function parseQueries(side, cache) {
    const names = sideNames(side);
    const queries = [];
    const findings = [];
    for (const panel of side.model.panels) {
        for (const query of panel.queries) {
            if (!isPrometheusQuery(query, names) || query.expr === undefined)
                continue;
            const expr = query.expr;
            // An empty query of a hidden or new target is Grafana's "no query yet", not an error.
            if (expr.trim() === '')
                continue;
            const { masked, parsed, errors } = parseExpression(expr, cache);
            const item = {
                panel,
                query,
                expr,
                masked,
                parsed,
                errors,
                valid: errors.length === 0,
            };
            queries.push(item);
            const [first] = errors;
            if (first !== undefined) {
                findings.push({
                    rule: 'target-promql-rule',
                    title: `Invalid PromQL in query ${query.refId}`,
                    message: `${panelName(panel)}, query ${query.refId}: ${unmask(first.message, masked)} (in ${quoted(expr)}, variables substituted).`,
                    ...base(item),
                    subject: query.refId,
                });
            }
        }
    }
    return { queries, findings };
}
/** A diagnostic's message with placeholders named back as the variables they stand for. */
function unmask(message, masked) {
    let text = message;
    for (const variable of masked.variables)
        text = text.split(variable.replacement).join(variable.text);
    return text;
}
/**
 * Every node of the normalised tree with its parent, in document order. A loop with its own
 * stack, and parents linked rather than ancestor lists copied: a query nested thousands of levels
 * deep (Prometheus accepts it) neither overflows the call stack nor takes quadratic memory.
 */
function withAncestors(root) {
    const result = [];
    const stack = root === undefined ? [] : [{ node: root, parent: undefined }];
    for (let placed = stack.pop(); placed !== undefined; placed = stack.pop()) {
        result.push(placed);
        const { children } = placed.node;
        for (let i = children.length - 1; i >= 0; i -= 1) {
            stack.push({ node: children[i], parent: placed });
        }
    }
    return result;
}
/** The ancestors of a placed node, nearest first. */
function* ancestorsOf(placed) {
    for (let up = placed.parent; up !== undefined; up = up.parent)
        yield up.node;
}
function callName(parsed, node) {
    if (node?.kind === 'call')
        return (0,output_labels/* functionName */.AQ)(parsed, node.node).toLowerCase();
    if (node?.kind === 'aggregate')
        return (0,output_labels/* aggregationOperator */.D3)(parsed, node.node);
    return undefined;
}
/** rate() and irate() over a range other than `$__rate_interval` (Grafana's scrape-aware window). */
function rateInterval(item) {
    const rateVariable = item.masked.variables.find((v) => v.name === '__rate_interval' && v.kind === 'duration');
    const findings = [];
    for (const { node, parent } of withAncestors((0,tree/* promTree */.bK)(item.parsed))) {
        if (node.kind !== 'matrix')
            continue;
        const fn = callName(item.parsed, parent?.node);
        if (fn !== 'rate' && fn !== 'irate')
            continue;
        const operand = node.children[0];
        const range = item.parsed.text
            .slice(operand?.to ?? node.from, node.to)
            .replace(/[\s[\]]/gu, '');
        if (rateVariable !== undefined && range === rateVariable.replacement)
            continue;
        const written = item.masked.variables.find((v) => v.replacement === range)?.text ?? range;
        findings.push({
            rule: 'target-rate-interval-rule',
            title: `${fn}() without $__rate_interval`,
            message: `${panelName(item.panel)}, query ${item.query.refId}: ${fn}() over [${written}] instead of [$__rate_interval], which Grafana sizes to the scrape interval and the zoom so the rate neither misses samples nor hides spikes.`,
            ...base(item),
            subject: `${item.query.refId} ${fn}[${written}]`,
        });
    }
    return findings;
}
/** Functions through which a counter is read as it should be. */
const COUNTER_FUNCTIONS = new Set(['rate', 'irate', 'increase']);
/** Functions and aggregations that read a series' presence or labels, not its value. */
const VALUE_BLIND = new Set([
    'count',
    'group',
    'absent',
    'absent_over_time',
    'present_over_time',
    'timestamp',
    'changes',
    'resets',
    'count_over_time',
]);
/** Counters (`…_total`) read other than through rate(), irate() or increase(). */
function counterAggregation(item) {
    const findings = [];
    const seen = new Set();
    for (const placed of withAncestors((0,tree/* promTree */.bK)(item.parsed))) {
        const { node } = placed;
        if (node.kind !== 'selector')
            continue;
        const metric = (0,tree/* selectorParts */.gM)(item.parsed, node.node).metricName;
        if (metric === undefined || !metric.endsWith('_total') || seen.has(metric))
            continue;
        const parent = placed.parent?.node;
        const grandparent = placed.parent?.parent?.node;
        if (parent?.kind === 'matrix' &&
            COUNTER_FUNCTIONS.has(callName(item.parsed, grandparent) ?? ''))
            continue;
        if ([...ancestorsOf(placed)].some((a) => VALUE_BLIND.has(callName(item.parsed, a) ?? '')))
            continue;
        seen.add(metric);
        findings.push({
            rule: 'target-counter-agg-rule',
            title: `Counter ${metric} not read through rate()`,
            message: `${panelName(item.panel)}, query ${item.query.refId}: the counter ${metric} is used as a raw value; a counter's value resets on restart and only grows, so read it through rate(), irate() or increase().`,
            ...base(item),
            subject: `${item.query.refId} ${metric}`,
        });
    }
    return findings;
}
/** Selectors without a `label=~"$label"` matcher (dashboard-linter's job and instance rules). */
function requiredMatcher(item, label) {
    const placeholder = `${MASK_PREFIX}${label}`;
    for (const { node } of withAncestors((0,tree/* promTree */.bK)(item.parsed))) {
        if (node.kind !== 'selector')
            continue;
        const { matchers } = (0,tree/* selectorParts */.gM)(item.parsed, node.node);
        const ok = matchers.some((m) => m.name === label && m.op === '=~' && m.value === placeholder);
        if (ok)
            continue;
        return [
            {
                rule: label === 'job' ? 'target-job-rule' : 'target-instance-rule',
                title: `Selector without ${label}=~"$${label}"`,
                message: `${panelName(item.panel)}, query ${item.query.refId}: ${(0,tree/* nodeText */.qd)(item.parsed, node.node).split(MASK_PREFIX).join('$')} has no ${label}=~"$${label}" matcher.`,
                ...base(item),
                subject: `${item.query.refId} ${label}`,
            },
        ];
    }
    return [];
}
/** The PromQL findings of one side; `enabled` says which opt-in rules run. */
function promqlFindings(side, enabled, cache = new Map()) {
    const { queries, findings } = parseQueries(side, cache);
    for (const item of queries) {
        if (!item.valid)
            continue;
        findings.push(...rateInterval(item), ...counterAggregation(item));
        if (enabled.has('target-job-rule'))
            findings.push(...requiredMatcher(item, 'job'));
        if (enabled.has('target-instance-rule'))
            findings.push(...requiredMatcher(item, 'instance'));
    }
    findings.push(...templateLabelPromQL(side));
    return findings;
}
/** The query functions of Grafana's Prometheus query variables. */
const VARIABLE_FUNCTION = /^\s*(label_values|label_names|metrics|query_result)\s*\(([\s\S]*)\)\s*$/u;
/**
 * Query variables of a Prometheus datasource: the query must be one of Grafana's variable
 * functions, with valid PromQL inside, or the variable gets no values.
 */
function templateLabelPromQL(side) {
    const names = sideNames(side);
    const findings = [];
    for (const variable of side.model.variables) {
        if (variable.type !== 'query')
            continue;
        const type = datasourceType(datasourceRefOf(variable.fields['datasource']), names);
        if (type === undefined || !type.toLowerCase().includes('prometheus'))
            continue;
        const query = variableQueryText(variable.fields['query']);
        if (query === undefined || query.trim() === '')
            continue;
        const problem = variableQueryProblem(query);
        if (problem === undefined)
            continue;
        findings.push({
            rule: 'template-label-promql-rule',
            title: `Invalid query in variable ${variable.name}`,
            message: `Variable ${variable.name}: ${problem} (query ${JSON.stringify(query)}).`,
            source: [...variable.source, 'query'],
            subject: variable.name,
        });
    }
    return findings;
}
/** The text of a variable's query: a string, or the `query` of Grafana's query object. */
function variableQueryText(value) {
    if (typeof value === 'string')
        return value;
    return (0,is_record/* isRecord */.u)(value) && typeof value['query'] === 'string' ? value['query'] : undefined;
}
/** What is wrong with a Prometheus variable query, or undefined. */
function variableQueryProblem(query) {
    const match = VARIABLE_FUNCTION.exec(query);
    if (match === null) {
        // A bare PromQL expression is a query_result() in all but name: Grafana runs it as one.
        return promqlProblem(query) === undefined
            ? undefined
            : 'not label_values(), label_names(), metrics() or query_result(), nor valid PromQL';
    }
    const fn = match[1] ?? '';
    const inner = (match[2] ?? '').trim();
    if (fn === 'metrics')
        return undefined; // its argument is a regex, not PromQL
    if (fn === 'query_result')
        return promqlProblem(inner);
    // label_values(label), label_values(expr, label), label_names(), label_names(expr)
    if (fn === 'label_names')
        return inner === '' ? undefined : promqlProblem(inner);
    const comma = inner.lastIndexOf(',');
    if (comma < 0)
        return /^[\w$]+$/u.test(inner)
            ? undefined
            : `label_values() needs a label name, not ${JSON.stringify(inner)}`;
    const label = inner.slice(comma + 1).trim();
    if (!/^[\w${}]+$/u.test(label))
        return `label_values() needs a label name last, not ${JSON.stringify(label)}`;
    return promqlProblem(inner.slice(0, comma));
}
function promqlProblem(expr) {
    const masked = maskGrafanaVariables(expr);
    const errors = (0,promql/* checkParsedPromQL */.ly)((0,tree/* parsePromQL */.bC)(masked.text)).filter((d) => d.severity === 'error');
    const [first] = errors;
    return first === undefined ? undefined : `invalid PromQL: ${unmask(first.message, masked)}`;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/structure.ts

/** Grafana's grid is 24 columns wide. */
const GRID_COLUMNS = 24;
/** Panels sharing an id: Grafana's links, `viewPanel` and repeats address panels by id. */
function duplicatePanelIds(side) {
    const byId = new Map();
    for (const panel of side.model.panels) {
        if (panel.id === undefined)
            continue;
        byId.set(panel.id, [...(byId.get(panel.id) ?? []), panel]);
    }
    const findings = [];
    for (const [id, panels] of byId) {
        if (panels.length < 2)
            continue;
        for (const panel of panels.slice(1)) {
            findings.push({
                rule: 'duplicate-panel-id',
                title: `Duplicate panel id ${id}`,
                message: `${panelName(panel)} has id ${id}, as ${panels
                    .filter((other) => other !== panel)
                    .map(panelName)
                    .join(', ')} does; Grafana addresses panels by id (links, view mode, repeats), so one of them is unreachable.`,
                source: [...panel.source, 'id'],
                panel: panelOf(panel),
                subject: String(id),
            });
        }
    }
    return findings;
}
/** What is wrong with a panel's place on the 24-column grid, or undefined. */
function gridProblem(grid) {
    if (grid.x < 0 || grid.y < 0)
        return `its position (x ${grid.x}, y ${grid.y}) is negative`;
    if (grid.w <= 0 || grid.h <= 0)
        return `its size (w ${grid.w}, h ${grid.h}) is zero or negative`;
    if (grid.x + grid.w > GRID_COLUMNS)
        return `x ${grid.x} + w ${grid.w} = ${grid.x + grid.w} is past the grid's ${GRID_COLUMNS} columns`;
    if (!Number.isInteger(grid.x) || !Number.isInteger(grid.w))
        return `x ${grid.x} and w ${grid.w} must be whole columns`;
    return undefined;
}
function overlaps(a, b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
/**
 * Panels off the grid, and panels of one row that overlap: Grafana's grid clamps the first and
 * pushes the second down, so the dashboard shows a layout other than the one saved. Overlaps are
 * looked for within a row only: the children of a collapsed row keep the places they had when it
 * was last open.
 */
function gridProblems(side) {
    const findings = [];
    const byRow = new Map();
    for (const panel of side.model.panels) {
        const problem = gridProblem(panel.grid);
        if (problem !== undefined) {
            findings.push({
                rule: 'panel-grid',
                title: 'Panel off the grid',
                message: `${panelName(panel)} is off the grid: ${problem}.`,
                source: [...panel.source, 'gridPos'],
                panel: panelOf(panel),
                subject: 'grid',
            });
            continue;
        }
        const row = panel.row ?? '';
        byRow.set(row, [...(byRow.get(row) ?? []), panel]);
    }
    for (const panels of byRow.values()) {
        for (const [i, a] of panels.entries()) {
            for (const b of panels.slice(i + 1)) {
                if (!overlaps(a.grid, b.grid))
                    continue;
                // Reported on the later panel of the two, naming the other by title: stable identities.
                findings.push({
                    rule: 'panel-overlap',
                    title: 'Overlapping panels',
                    message: `${panelName(b)} (x ${b.grid.x}, y ${b.grid.y}, w ${b.grid.w}, h ${b.grid.h}) overlaps ${panelName(a)} (x ${a.grid.x}, y ${a.grid.y}, w ${a.grid.w}, h ${a.grid.h}); Grafana will move one of them.`,
                    source: [...b.source, 'gridPos'],
                    panel: panelOf(b),
                    subject: `overlaps ${a.title}`,
                });
            }
        }
    }
    return findings;
}
/** Queries of a panel sharing a refId: their results overwrite each other, and overrides and transformations address queries by refId. */
function duplicateRefIds(side) {
    const findings = [];
    for (const panel of side.model.panels) {
        const seen = new Set();
        for (const query of panel.queries) {
            if (query.refId === '' || !seen.has(query.refId)) {
                seen.add(query.refId);
                continue;
            }
            findings.push({
                rule: 'duplicate-ref-id',
                title: `Duplicate refId ${query.refId}`,
                message: `${panelName(panel)} has two queries with refId ${JSON.stringify(query.refId)}; Grafana keeps one result per refId, and overrides and transformations cannot tell them apart.`,
                source: [...query.source, 'refId'],
                panel: panelOf(panel),
                targetIdx: targetIndex(panel, query),
                subject: query.refId,
            });
        }
    }
    return findings;
}
/** Every `ElementReference` name under a v2 layout, wherever the layout nests it. */
function referencedElements(layout, found, path) {
    if (Array.isArray(layout)) {
        layout.forEach((item, index) => referencedElements(item, found, [...path, index]));
    }
    else if ((0,is_record/* isRecord */.u)(layout)) {
        if (layout['kind'] === 'ElementReference' && typeof layout['name'] === 'string') {
            if (!found.has(layout['name']))
                found.set(layout['name'], path);
            return;
        }
        for (const [key, value] of Object.entries(layout))
            referencedElements(value, found, [...path, key]);
    }
}
/**
 * v2 dashboards: elements no layout item references (saved, never shown) and layout items that
 * reference no element (an empty slot).
 */
function orphanElements(side) {
    if (side.loaded.dashboard.schema !== 'v2')
        return [];
    const spec = side.loaded.dashboard.spec;
    const elements = (0,is_record/* isRecord */.u)(spec['elements']) ? spec['elements'] : {};
    const references = new Map();
    referencedElements(spec['layout'], references, ['layout']);
    const findings = [];
    for (const [name, element] of Object.entries(elements)) {
        if (references.has(name))
            continue;
        const title = (0,is_record/* isRecord */.u)(element) && (0,is_record/* isRecord */.u)(element['spec']) ? element['spec']['title'] : undefined;
        findings.push({
            rule: 'orphan-element',
            title: 'Element not in the layout',
            message: `Element ${JSON.stringify(name)}${typeof title === 'string' ? ` (${JSON.stringify(title)})` : ''} is in \`elements\` but no layout item shows it.`,
            source: ['elements', name],
            subject: name,
        });
    }
    for (const [name, path] of references) {
        if (name in elements)
            continue;
        findings.push({
            rule: 'missing-element',
            title: 'Layout item without its element',
            message: `A layout item shows element ${JSON.stringify(name)}, which \`elements\` does not define; Grafana leaves the slot empty.`,
            source: path,
            subject: name,
        });
    }
    return findings;
}
/**
 * The schema version going down from base to head: an older Grafana (or an old export) saved
 * over a newer dashboard, and Grafana runs its migrations again on every load.
 */
function schemaVersionBackwards(head, base) {
    const before = base?.model.schemaVersion;
    const after = head.model.schemaVersion;
    if (before === undefined || after === undefined || after >= before)
        return [];
    return [
        {
            rule: 'schema-version-backwards',
            title: 'schemaVersion went backwards',
            message: `schemaVersion went from ${before} to ${after}: the dashboard was saved by an older Grafana than the one that last saved it, which may drop what the newer version added.`,
            source: ['schemaVersion'],
            subject: 'schemaVersion',
        },
    ];
}
/**
 * AngularJS panel plugins that Grafana 11+ migrates on load to a React panel (Grafana's
 * `autoMigrateAngular` table): they render, but as the migrated panel, which may look different
 * until the dashboard is saved with the new type.
 */
const MIGRATED_ANGULAR = {
    graph: 'timeseries',
    'table-old': 'table',
    singlestat: 'stat',
    'grafana-singlestat-panel': 'stat',
    'grafana-piechart-panel': 'piechart',
    'grafana-worldmap-panel': 'geomap',
    'natel-discrete-panel': 'state-timeline',
};
/**
 * AngularJS-only panel plugins with no React version under the same id (Grafana's "Plugins using
 * AngularJS" list, panels marked migrate, wait or remove): Grafana 11 disables them by default and
 * Grafana 12 removed AngularJS, so the panel shows an error instead of data. Plugins that were
 * updated to React under the same id (clock, polystat, D3 gauge, …) are not listed: the
 * dashboard cannot tell which version it needs.
 */
const ANGULAR_ONLY = new Set([
    'vonage-status-panel',
    'natel-plotly-panel',
    'agenty-flowcharting-panel',
    'yesoreyeram-boomtable-panel',
    'briangann-datatable-panel',
    'flant-statusmap-panel',
    'michaeldmoore-multistat-panel',
    'pr0ps-trackmap-panel',
    'snuids-trafficlights-panel',
    'petrslavotinek-carpetplot-panel',
    'ryantxu-ajax-panel',
    'michaeldmoore-annunciator-panel',
    'marcuscalidus-svg-panel',
    'neocat-cal-heatmap-panel',
    'blackmirror1-singlestat-math-panel',
    'farski-blendstat-panel',
    'savantly-heatmap-panel',
    'mtanda-histogram-panel',
    'snuids-radar-panel',
    'fatcloud-windrose-panel',
    'bessler-pictureit-panel',
    'corpglory-progresslist-panel',
    'aidanmountford-html-panel',
    'mxswat-separator-panel',
    'natel-influx-admin-panel',
    'satellogic-3d-globe-panel',
    'blackmirror1-statusbygroup-panel',
    'novalabs-annotations-panel',
    'ryantxu-annolist-panel',
    'smartmakers-trafficlight-panel',
    'zuburqan-parity-report-panel',
    'citilogics-geoloop-panel',
    'gretamosa-topology-panel',
    'mtanda-heatmap-epoch-panel',
    'alexandra-trackmap-panel',
    'pierosavi-imageit-panel',
]);
/** The panel's plugin id as saved (the model holds the migrated one). */
function savedPanelType(side, panel) {
    const raw = sourceValue(side, panel.source);
    if ((0,is_record/* isRecord */.u)(raw)) {
        if (typeof raw['type'] === 'string')
            return raw['type'];
        // v2: `spec.vizConfig.group` (current) or `spec.vizConfig.kind` (early v2).
        const spec = (0,is_record/* isRecord */.u)(raw['spec']) ? raw['spec'] : {};
        const viz = (0,is_record/* isRecord */.u)(spec['vizConfig']) ? spec['vizConfig'] : {};
        if (typeof viz['group'] === 'string')
            return viz['group'];
        if (typeof viz['kind'] === 'string' && viz['kind'] !== 'VizConfig')
            return viz['kind'];
    }
    return panel.type;
}
/** Panels of AngularJS plugins: errors where Grafana shows no data, warnings where it migrates them. */
function angularPanels(side) {
    const findings = [];
    for (const panel of side.model.panels) {
        const type = savedPanelType(side, panel);
        const target = MIGRATED_ANGULAR[type];
        if (target !== undefined) {
            findings.push({
                rule: 'angular-panel-migrated',
                title: `AngularJS panel ${type}`,
                message: `${panelName(panel)} is a ${JSON.stringify(type)} panel (AngularJS); Grafana 11+ shows it migrated to ${JSON.stringify(target)}, which may look different: save it as ${JSON.stringify(target)} and review it.`,
                source: [...panel.source, 'type'],
                panel: panelOf(panel),
                subject: type,
            });
        }
        else if (ANGULAR_ONLY.has(type)) {
            findings.push({
                rule: 'angular-panel',
                title: `AngularJS panel ${type}`,
                message: `${panelName(panel)} uses the AngularJS plugin ${JSON.stringify(type)}, which Grafana 11 disables and Grafana 12 cannot load: the panel shows an error instead of data. Replace it with a React panel.`,
                source: [...panel.source, 'type'],
                panel: panelOf(panel),
                subject: type,
            });
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/variables.ts
/**
 * References to variables the dashboard does not define: Grafana leaves `$typo` in the query as
 * it is, so the panel queries for a label value "$typo" and shows no data; an undefined
 * datasource variable leaves the panel without a datasource.
 */



/** Query fields Grafana interpolates besides the query text. */
const INTERPOLATED_QUERY_FIELDS = ['legendFormat', 'interval'];
/** Variable fields that may reference other variables (chained variables). */
const INTERPOLATED_VARIABLE_FIELDS = ['query', 'definition', 'regex'];
function isDefined(name, names) {
    return isBuiltinVariable(name) || names.variables.has(name) || names.inputs.has(name);
}
/** Text values of a field that may be a string or a Grafana query object (`{ query: '…' }`). */
function texts(value) {
    if (typeof value === 'string')
        return [value];
    if ((0,is_record/* isRecord */.u)(value))
        return Object.values(value).filter((v) => typeof v === 'string');
    return [];
}
/** Every reference to an undefined variable, one finding per variable and place. */
function undefinedVariables(side) {
    const names = sideNames(side);
    const findings = [];
    const reported = new Set();
    const checkText = (text, place) => {
        if (text === undefined)
            return;
        for (const reference of findVariableReferences(text)) {
            if (isDefined(reference.name, names))
                continue;
            const key = `${place.panel?.key ?? ''}|${place.what}|${reference.name}`;
            if (reported.has(key))
                continue;
            reported.add(key);
            findings.push({
                rule: 'undefined-variable',
                title: `Undefined variable $${reference.name}`,
                message: `${place.panel !== undefined ? `${panelName(place.panel)}: ` : ''}${place.what} uses ${reference.text}, but the dashboard defines no variable ${JSON.stringify(reference.name)}; Grafana leaves it as text.${suggestion(reference.name, names)}`,
                source: place.source,
                ...(place.panel !== undefined ? { panel: panelOf(place.panel) } : {}),
                ...(place.targetIdx !== undefined ? { targetIdx: place.targetIdx } : {}),
                subject: `${place.what}: $${reference.name}`,
            });
        }
    };
    const checkDatasource = (ref, place) => {
        const variable = datasourceVariable(ref);
        if (variable === undefined || isDefined(variable, names)) {
            // A uid that mixes text and variables (`prom-$env`) is checked as text.
            if (variable === undefined)
                checkText(ref?.uid, place);
            return;
        }
        const key = `${place.panel?.key ?? ''}|${place.what}|${variable}`;
        if (reported.has(key))
            return;
        reported.add(key);
        findings.push({
            rule: 'undefined-datasource-variable',
            title: `Undefined datasource variable $${variable}`,
            message: `${place.panel !== undefined ? `${panelName(place.panel)}: ` : ''}${place.what} is ${JSON.stringify(ref?.uid)}, but the dashboard defines no variable ${JSON.stringify(variable)}: the query has no datasource.${suggestion(variable, names)}`,
            source: place.source,
            ...(place.panel !== undefined ? { panel: panelOf(place.panel) } : {}),
            ...(place.targetIdx !== undefined ? { targetIdx: place.targetIdx } : {}),
            subject: `${place.what}: $${variable}`,
        });
    };
    for (const row of side.model.rows) {
        checkText(row.title, { what: 'the row title', source: [...row.source, 'title'] });
        if (row.repeat !== undefined && !isDefined(row.repeat, names))
            checkText(`$${row.repeat}`, { what: 'the row repeat', source: [...row.source, 'repeat'] });
    }
    for (const panel of side.model.panels) {
        checkText(panel.title, { what: 'the title', source: [...panel.source, 'title'], panel });
        checkDatasource(panel.datasource, {
            what: 'the datasource',
            source: [...panel.source, 'datasource'],
            panel,
        });
        if (panel.repeat !== undefined && !isDefined(panel.repeat.variable, names))
            checkText(`$${panel.repeat.variable}`, {
                what: 'the repeat',
                source: [...panel.source, 'repeat'],
                panel,
            });
        for (const query of panel.queries) {
            const targetIdx = targetIndex(panel, query);
            const at = `query ${query.refId}`;
            checkText(query.expr, {
                what: at,
                source: [...query.source, query.exprField ?? 'expr'],
                panel,
                targetIdx,
            });
            for (const field of INTERPOLATED_QUERY_FIELDS) {
                const value = query.fields[field];
                if (typeof value === 'string')
                    checkText(value, {
                        what: `${at} ${field}`,
                        source: [...query.source, field],
                        panel,
                        targetIdx,
                    });
            }
            // The query's own datasource, when it names one (else it inherits the panel's, checked above).
            if (query.datasource !== undefined && query.datasource.uid !== panel.datasource?.uid)
                checkDatasource(query.datasource, {
                    what: `${at} datasource`,
                    source: [...query.source, 'datasource'],
                    panel,
                    targetIdx,
                });
        }
    }
    for (const variable of side.model.variables) {
        for (const field of INTERPOLATED_VARIABLE_FIELDS) {
            for (const text of texts(variable.fields[field]))
                checkText(text, {
                    what: `variable ${variable.name} ${field}`,
                    source: [...variable.source, field],
                });
        }
        const datasource = datasourceRefOf(variable.fields['datasource']);
        if (datasource?.uid !== undefined)
            checkDatasource(datasource, {
                what: `variable ${variable.name} datasource`,
                source: [...variable.source, 'datasource'],
            });
    }
    // Annotation queries: their query text and datasource.
    for (const annotation of side.model.annotations) {
        const what = `annotation ${JSON.stringify(annotation.name)}`;
        for (const field of ['expr', 'query', 'titleFormat', 'textFormat']) {
            for (const text of texts(annotation.fields[field]))
                checkText(text, { what: `${what} ${field}`, source: [...annotation.source, field] });
        }
        checkDatasource(datasourceRefOf(annotation.fields['datasource']), {
            what: `${what} datasource`,
            source: [...annotation.source, 'datasource'],
        });
    }
    return findings;
}
/** ` Did you mean $job?` when a defined variable is one edit away, else empty. */
function suggestion(name, names) {
    const lower = name.toLowerCase();
    for (const candidate of names.variables.keys()) {
        if (candidate.toLowerCase() === lower || (0,mod/* distance */.Io)(candidate, name) <= 1)
            return ` Did you mean $${candidate}?`;
    }
    return '';
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/lint/index.ts








/** The opt-in rules the config enables, with every default rule. */
function enabledRules(config) {
    return new Set([
        ...Object.entries(LINT_RULES)
            .filter(([, rule]) => !('optIn' in rule))
            .map(([name]) => name),
        ...config.enable,
    ]);
}
/** Every finding of one side (`base` only for the checks that compare, such as schemaVersion). */
function lintSide(side, base, enabled, cache) {
    const all = [
        ...duplicatePanelIds(side),
        ...gridProblems(side),
        ...duplicateRefIds(side),
        ...undefinedVariables(side),
        ...orphanElements(side),
        ...schemaVersionBackwards(side, base),
        ...angularPanels(side),
        ...promqlFindings(side, enabled, cache),
        ...dashboardRuleFindings(side, enabled),
    ];
    return all.filter((finding) => enabled.has(finding.rule));
}
/**
 * A finding's identities across the two sides of a change: by the panel's key (its id, stable
 * across a rename) and by its title within its row (stable across renumbered ids). A head finding
 * is old when the base has a finding with either identity.
 */
function identities(side, finding) {
    const of = (panel) => JSON.stringify([finding.rule, side.model.uid ?? '', panel, finding.subject]);
    if (finding.panel === undefined)
        return [of('')];
    const byTitle = finding.panel.title.trim() === ''
        ? []
        : [of(`title:${finding.panel.row ?? ''}/${finding.panel.title}`)];
    return [of(`key:${finding.panel.key}`), ...byTitle];
}
/**
 * What of a `.lint` rule section applies to the finding: the whole rule when it lists no entries,
 * else the first matching entry (for its reason), else undefined.
 */
function applies(rule, finding, dashboard) {
    if (rule === undefined)
        return undefined;
    if (rule.entries.length === 0)
        return rule;
    // As dashboard-linter matches: a level the finding does not have (a dashboard-level finding
    // has no panel, a panel-level one no query) is not compared.
    const entry = rule.entries.find((e) => (e.dashboard === undefined || e.dashboard === dashboard) &&
        (e.panel === undefined || finding.panel === undefined || e.panel === finding.panel.title) &&
        (e.targetIdx === undefined ||
            finding.targetIdx === undefined ||
            e.targetIdx === finding.targetIdx));
    if (entry === undefined)
        return undefined;
    const reason = entry.reason ?? rule.reason;
    return reason === undefined ? {} : { reason };
}
/** The verdict finding for a lint finding of `side`, or undefined when the config excludes it. */
function toFinding(side, finding, config) {
    const dashboard = side.model.title;
    if (applies(config.exclusions[finding.rule], finding, dashboard) !== undefined)
        return undefined;
    const warning = applies(config.warnings[finding.rule], finding, dashboard);
    const severity = warning !== undefined ? 'warning' : (finding.severity ?? LINT_RULES[finding.rule].severity);
    const reason = warning?.reason ?? (warning !== undefined ? config.warnings[finding.rule]?.reason : undefined);
    const where = side.loaded.location === '' ? '' : ` (${side.loaded.location})`;
    const line = side.loaded.lineOf(finding.source ?? []) ?? side.loaded.lineOf([]);
    return {
        severity,
        file: side.loaded.file,
        ...(line !== undefined ? { line } : {}),
        rule: finding.rule,
        title: finding.title,
        message: `Dashboard ${JSON.stringify(dashboard)}${where}: ${finding.message}${reason !== undefined ? ` (a warning by ${config.path || '.lint'}: ${reason})` : ''}`,
    };
}
/**
 * The lint findings a change introduces in one dashboard: every finding of `head` whose identity
 * (rule, dashboard uid, panel, subject; the panel by id or by title within its row, so a rename
 * or a renumbering alone makes nothing new) no finding of `base` has. With no
 * base (a new dashboard) every finding is new. Lines are the head file's (`lineOf` the panel,
 * query or variable). Findings are in line order.
 * @param config a parsed `.lint` file, or {@link DEFAULT_LINT_CONFIG}.
 * @param cache parsed queries by text; pass one cache to every call of a run so that a query
 *   the dashboards share is parsed once.
 */
function lintDashboards(head, base, config = DEFAULT_LINT_CONFIG, cache = new Map()) {
    const enabled = enabledRules(config);
    const before = new Set(base === undefined
        ? []
        : lintSide(base, undefined, enabled, cache).flatMap((f) => identities(base, f)));
    return lintSide(head, base, enabled, cache)
        .filter((finding) => !identities(head, finding).some((id) => before.has(id)))
        .flatMap((finding) => {
        const converted = toFinding(head, finding, config);
        return converted === undefined ? [] : [converted];
    })
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
/**
 * Dashboards of the change's head that share a uid (Grafana keeps one of them), when the base
 * did not already have that clash: an error on each dashboard after the first.
 */
function duplicateDashboardUids(heads, bases, config = DEFAULT_LINT_CONFIG) {
    const clashes = (sides) => {
        const byUid = new Map();
        for (const side of sides) {
            const uid = side.model.uid;
            if (uid === undefined || uid === '')
                continue;
            byUid.set(uid, [...(byUid.get(uid) ?? []), side]);
        }
        return byUid;
    };
    const before = clashes(bases);
    const findings = [];
    for (const [uid, sides] of clashes(heads)) {
        if (sides.length < 2 || (before.get(uid)?.length ?? 0) >= sides.length)
            continue;
        const [first] = sides;
        for (const side of sides.slice(1)) {
            const converted = toFinding(side, {
                rule: 'duplicate-dashboard-uid',
                title: `Duplicate dashboard uid ${uid}`,
                message: `uid ${JSON.stringify(uid)} is also the uid of ${JSON.stringify(first?.model.title)} in ${first?.loaded.file ?? ''}; Grafana keeps one dashboard per uid, so provisioning one overwrites the other.`,
                source: ['uid'],
                subject: uid,
            }, config);
            if (converted !== undefined)
                findings.push(converted);
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/load/block-yaml-tree.ts + 1 modules
var block_yaml_tree = __webpack_require__(14835);
// EXTERNAL MODULE: ./src/gates/prom-lint/load/parse-yaml.ts
var parse_yaml = __webpack_require__(91407);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/block-scalar-places.ts
/**
 * Maps positions in the value of a block scalar whose header (`|-`, `>`) is at `headerOffset`,
 * on 1-based line `headerLine` of `text`.
 *
 * A literal block keeps every line of its text: line n is line n after the header, shifted right
 * by the block's indentation. A folded block keeps them too where the text's lines are more
 * indented than the block (pretty-printed JSON between its outer braces). Each line is checked
 * against the file, and one that folding merged (or that does not match for any other reason)
 * points at the block's first line instead.
 */
function blockScalarPlaces(text, headerOffset, headerLine, value) {
    const indent = blockIndent(text, headerOffset);
    const valueLines = value.split('\n');
    let fileLines;
    return (line, column) => {
        fileLines ??= text.split(/\r?\n/);
        const written = (fileLines[headerLine + line - 1] ?? '').slice(indent);
        return written === valueLines[line - 1]
            ? { line: headerLine + line, column: column + indent }
            : { line: headerLine + 1 };
    };
}
/**
 * The indentation of the block scalar whose header is at `headerOffset`: that of its first line
 * that is not blank (JSON text starts with `{` at the block's indentation).
 */
function blockIndent(text, headerOffset) {
    let at = text.indexOf('\n', headerOffset) + 1;
    while (at > 0 && at < text.length) {
        const end = text.indexOf('\n', at);
        const line = text.slice(at, end < 0 ? text.length : end);
        if (line.trim() !== '')
            return line.length - line.trimStart().length;
        if (end < 0)
            break;
        at = end + 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/block-yaml.ts
/**
 * The fast path for block YAML (kube-prometheus' ConfigMapList, kubectl's ConfigMaps): prom-lint's
 * scanner (prom-lint/load/block-yaml-tree.ts) builds positioned trees several times faster than
 * the `yaml` package's Document. It declines anything outside plain block YAML (document
 * markers, flow collections, anchors, tabs…) and every limit, and the caller then reads the text
 * through the Document (yaml-text.ts), which gives the messages for broken files.
 */



/** The documents of `text`, or undefined when the scanner declines it. Never throws. */
function readBlockYaml(text, lines) {
    let trees;
    try {
        trees = (0,block_yaml_tree/* treesFromBlockYaml */.A)((0,parse_yaml/* fileSource */.IO)(text));
    }
    catch {
        return undefined; // the Document path reports it
    }
    if (trees === undefined)
        return undefined;
    return trees.map((root, i) => {
        if (root === undefined)
            return { index: i + 1, duplicates: [] };
        const duplicates = [];
        const value = toValue(root, [], duplicates);
        return { index: i + 1, duplicates, host: treeHost(root, value, text, lines) };
    });
}
/**
 * The plain value of a tree, as the `yaml` package's `toJS` gives it; repeated keys keep the last
 * value and are collected. Recursive: the scanner declines trees deeper than 256 levels.
 */
function toValue(node, path, duplicates) {
    if (node.kind === 'scalar')
        return node.value;
    if (node.kind === 'seq')
        return node.items.map((item, i) => toValue(item, [...path, i], duplicates));
    const object = {};
    for (const entry of node.entries) {
        const key = entry.key.text;
        const value = toValue(entry.value, [...path, key], duplicates);
        // A `__proto__` key is data, as JSON.parse makes it, not the object's prototype.
        Object.defineProperty(object, key, {
            value,
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    for (const { key, first } of node.duplicates) {
        duplicates.push({
            path,
            key: key.text,
            firstOffset: first.sourceStart,
            offset: key.sourceStart,
        });
    }
    return object;
}
/** A host whose lines come from the tree's positions. */
function treeHost(root, value, text, lines) {
    const walk = (path) => {
        let node = root;
        let line = root.position.line;
        let depth = 0;
        for (const step of path) {
            let next;
            if (node.kind === 'map') {
                // The last entry of that name, as the value keeps it.
                for (let i = node.entries.length - 1; i >= 0 && next === undefined; i--) {
                    const entry = node.entries[i];
                    if (entry !== undefined && entry.key.text === String(step)) {
                        next = entry.value;
                        line = entry.key.position.line;
                    }
                }
            }
            else if (node.kind === 'seq' && typeof step === 'number') {
                next = node.items[step];
                if (next !== undefined)
                    line = next.position.line;
            }
            if (next === undefined)
                break;
            node = next;
            depth++;
        }
        return { node, line, depth };
    };
    return {
        value,
        placeAt: (offset) => lines.at(offset),
        lineOf: (path) => walk(path).line,
        stringPlaces(path) {
            const { node, depth } = walk(path);
            if (depth < path.length || node.kind !== 'scalar' || typeof node.value !== 'string') {
                return undefined;
            }
            const start = node.position.line;
            if (node.style !== 'literal' && node.style !== 'folded')
                return () => ({ line: start });
            return blockScalarPlaces(text, node.sourceStart, start, node.value);
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/detect.ts
/**
 * Whether a JSON object is a Grafana dashboard, decided on the model (never on the file name):
 * the default glob is every `.json` file, so package.json, tsconfig.json or a Helm values file
 * must be told apart reliably from one look at the top-level keys.
 */

/** Top-level keys of the classic model that other JSON rarely has, besides `panels` and `rows`. */
const CLASSIC_SIGNS = [
    'schemaVersion',
    'templating',
    'annotations',
    'time',
    'timepicker',
    'uid',
    'graphTooltip',
    'refresh',
];
/**
 * `classic` for the classic JSON model (any schemaVersion, legacy `rows[]` included), `v2` for
 * the v2 spec (`elements` and a `layout` whose `kind` is a layout), else undefined.
 *
 * Classic needs `panels` or `rows` as an array plus another key of the model (or a first item
 * shaped like a panel or legacy row), or a numeric `schemaVersion` with a title, templating,
 * annotations or time (an empty dashboard): a lone `panels` array beside a `title` is too common
 * in other JSON to be taken as a dashboard.
 */
function dashboardSchemaOf(value) {
    if ((0,is_record/* isRecord */.u)(value.elements) && (0,is_record/* isRecord */.u)(value.layout) && typeof value.layout.kind === 'string') {
        return 'v2';
    }
    const signs = CLASSIC_SIGNS.some((key) => value[key] !== undefined);
    const items = Array.isArray(value.panels)
        ? value.panels
        : Array.isArray(value.rows)
            ? value.rows
            : undefined;
    if (items !== undefined && (signs || looksLikePanel(items[0])))
        return 'classic';
    const versioned = typeof value.schemaVersion === 'number';
    if (versioned &&
        (typeof value.title === 'string' ||
            (0,is_record/* isRecord */.u)(value.templating) ||
            (0,is_record/* isRecord */.u)(value.time) ||
            (0,is_record/* isRecord */.u)(value.annotations))) {
        return 'classic';
    }
    return undefined;
}
/** A panel (`type`, `gridPos`, `targets`) or a legacy row (`panels`). */
function looksLikePanel(item) {
    return ((0,is_record/* isRecord */.u)(item) &&
        ((0,is_record/* isRecord */.u)(item.gridPos) ||
            Array.isArray(item.targets) ||
            Array.isArray(item.panels) ||
            (typeof item.type === 'string' && typeof item.title === 'string')));
}
/** Why an object is not a dashboard, naming its first keys so the user recognises the file. */
function notDashboardReason(value) {
    if (Array.isArray(value))
        return 'an array, not a dashboard object';
    if (!(0,is_record/* isRecord */.u)(value))
        return `a ${value === null ? 'null' : typeof value}, not a dashboard object`;
    const keys = Object.keys(value);
    const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? ', …' : '');
    return `an object without a dashboard's keys (panels or rows with title, schemaVersion, templating…; v2: elements and layout)${keys.length > 0 ? `; its keys: ${shown}` : ''}`;
}
/** True when a classic dashboard is an export for sharing (`__inputs`, `__requires`, `__elements`). */
function isSharingExport(value) {
    return (value.__inputs !== undefined || value.__requires !== undefined || value.__elements !== undefined);
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/find-dashboards.ts
/**
 * Where the dashboards are in a parsed value: the value itself, under the API wrapper's
 * `dashboard`, under a Kubernetes Dashboard's `spec`, or in strings of a ConfigMap's `data` or a
 * GrafanaDashboard's `spec.json` (read by the caller, which knows where the string sits), through
 * Kubernetes lists. Only the value is looked at, so this costs nothing next to parsing.
 */


/** The dashboards in `value`, and why the rest is not one (for {@link LoadedFile.notDashboard}). */
function findDashboards(value, label = '') {
    const found = [];
    const notes = [];
    visit(value, [], label, found, notes);
    return { found, notes };
}
function visit(value, path, label, found, notes) {
    if (!(0,is_record/* isRecord */.u)(value)) {
        notes.push(notDashboardReason(value));
        return;
    }
    if (typeof value.apiVersion === 'string' && typeof value.kind === 'string') {
        visitResource(value, value.apiVersion, value.kind, path, label, found, notes);
        return;
    }
    const schema = dashboardSchemaOf(value);
    if (schema !== undefined) {
        found.push({
            kind: 'dashboard',
            path,
            containers: [],
            label,
            dashboard: find_dashboards_modelOf(schema, value),
        });
        return;
    }
    // The HTTP API's GET /api/dashboards/uid/:uid (and the body of a POST): `{ dashboard, meta }`.
    const inner = value.dashboard;
    if ((0,is_record/* isRecord */.u)(inner) && dashboardSchemaOf(inner) !== undefined) {
        const innerSchema = dashboardSchemaOf(inner) ?? 'classic';
        found.push({
            kind: 'dashboard',
            path: [...path, 'dashboard'],
            containers: ['api'],
            label,
            dashboard: find_dashboards_modelOf(innerSchema, inner),
        });
        return;
    }
    notes.push(notDashboardReason(value));
}
function find_dashboards_modelOf(schema, value) {
    return schema === 'v2' ? { schema, spec: value } : { schema, json: value };
}
function visitResource(value, apiVersion, kind, path, label, found, notes) {
    const name = resourceName(kind, value.metadata, label);
    if (kind === 'Dashboard' && apiVersion.startsWith('dashboard.grafana.app/')) {
        // v0alpha1 and v1beta1 hold the classic model in `spec`; v2alpha1, v2beta1… the v2 schema.
        const spec = value.spec;
        const schema = (0,is_record/* isRecord */.u)(spec) ? dashboardSchemaOf(spec) : undefined;
        if ((0,is_record/* isRecord */.u)(spec) && schema !== undefined) {
            found.push({
                kind: 'dashboard',
                path: [...path, 'spec'],
                containers: ['kubernetes'],
                label: name,
                dashboard: find_dashboards_modelOf(schema, spec),
            });
        }
        else {
            found.push({
                kind: 'problem',
                path: [...path, 'spec'],
                label: name,
                message: `${apiVersion} Dashboard: spec is not a dashboard (${notDashboardReason(spec)})`,
            });
        }
        return;
    }
    if (kind === 'GrafanaDashboard') {
        // The Grafana Operator's resource: the dashboard is a JSON string in spec.json.
        const spec = (0,is_record/* isRecord */.u)(value.spec) ? value.spec : {};
        if (typeof spec.json === 'string') {
            found.push({
                kind: 'json-string',
                path: [...path, 'spec', 'json'],
                containers: ['kubernetes'],
                label: name,
                text: spec.json,
                named: true,
            });
        }
        else {
            const elsewhere = [
                'gzipJson',
                'url',
                'grafanaCom',
                'configMapRef',
                'jsonnet',
                'jsonnetLib',
            ].filter((key) => spec[key] !== undefined);
            notes.push(`${name} holds no spec.json${elsewhere.length > 0 ? ` (its dashboard comes from spec.${elsewhere.join(', spec.')}, which is not read)` : ''}`);
        }
        return;
    }
    if (kind === 'GrafanaManifest' && (0,is_record/* isRecord */.u)(value.spec) && (0,is_record/* isRecord */.u)(value.spec.template)) {
        // The operator's wrapper for any Grafana resource: how it provisions v2 dashboards.
        visit(value.spec.template, [...path, 'spec', 'template'], name, found, notes);
        return;
    }
    if (kind === 'ConfigMap') {
        const data = (0,is_record/* isRecord */.u)(value.data) ? value.data : {};
        const before = found.length;
        for (const [key, text] of Object.entries(data)) {
            if (typeof text !== 'string')
                continue;
            const named = key.endsWith('.json');
            if (named || text.trimStart().startsWith('{')) {
                found.push({
                    kind: 'json-string',
                    path: [...path, 'data', key],
                    containers: ['configmap'],
                    label: `${name}, key ${key}`,
                    text,
                    named,
                });
            }
        }
        if (found.length === before)
            notes.push(`${name} holds no JSON in its data`);
        return;
    }
    if (kind.endsWith('List') && Array.isArray(value.items)) {
        // `List`, `ConfigMapList` (kube-prometheus' grafana-dashboardDefinitions.yaml), `DashboardList`…
        value.items.forEach((item, i) => {
            visit(item, [...path, 'items', i], `${label === '' ? '' : `${label}, `}item ${i + 1}`, found, notes);
        });
        if (value.items.length === 0)
            notes.push(`an empty ${kind}`);
        return;
    }
    notes.push(`a Kubernetes ${kind} (${apiVersion}), not a dashboard resource`);
}
/** `ConfigMap monitoring/grafana-dashboard-nodes`; the enclosing label for an unnamed resource. */
function resourceName(kind, metadata, label) {
    const name = (0,is_record/* isRecord */.u)(metadata) && typeof metadata.name === 'string' ? metadata.name : undefined;
    const namespace = (0,is_record/* isRecord */.u)(metadata) && typeof metadata.namespace === 'string' ? metadata.namespace : undefined;
    if (name === undefined)
        return label === '' ? kind : `${label}, ${kind}`;
    return `${kind} ${namespace === undefined ? '' : `${namespace}/`}${name}`;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/host.ts
/** The identity mapping, for a text that is the whole file. */
const wholeFile = (line, column) => ({ line, column });

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/json-offsets.ts
/**
 * Indexes `text`, which must be valid JSON (the caller parsed it with `JSON.parse` first); a
 * leading byte-order mark is skipped.
 */
function indexJsonOffsets(text) {
    const root = buildIndex(text);
    const start = firstValueOffset(text);
    return {
        find(path) {
            let container = root;
            let entry = start;
            let value = start;
            let depth = 0;
            for (const step of path) {
                if (container === undefined)
                    break;
                const index = container.keys === undefined
                    ? typeof step === 'number' && step < container.entries.length
                        ? step
                        : -1
                    : // The last of a repeated key: JSON.parse, like Grafana, keeps the last.
                        container.keys.lastIndexOf(String(step));
                if (index < 0)
                    break;
                entry = container.entries[index] ?? entry;
                value = container.values[index] ?? value;
                container = container.children[index];
                depth++;
            }
            return { entry, value, depth };
        },
    };
}
function firstValueOffset(text) {
    const match = /[^\s\uFEFF]/.exec(text);
    return match?.index ?? 0;
}
function buildIndex(text) {
    const stack = [];
    let root;
    // What the next token is, inside the innermost container.
    let expectKey = false;
    let pendingEntry = -1; // offset of the key whose value comes next
    let pendingKey = '';
    const length = text.length;
    const addValue = (at, child) => {
        const parent = stack[stack.length - 1];
        if (parent === undefined)
            return;
        if (parent.keys === undefined) {
            parent.entries.push(at);
        }
        else {
            parent.keys.push(pendingKey);
            parent.entries.push(pendingEntry);
        }
        parent.values.push(at);
        parent.children.push(child);
    };
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            let end = text.indexOf('"', i + 1);
            while (end > 0 && isEscaped(text, end))
                end = text.indexOf('"', end + 1);
            if (end < 0)
                break;
            if (expectKey) {
                const raw = text.slice(i + 1, end);
                pendingKey = raw.includes('\\') ? String(JSON.parse(text.slice(i, end + 1))) : raw;
                pendingEntry = i;
                expectKey = false;
            }
            else {
                addValue(i, undefined);
            }
            i = end;
        }
        else if (c === 123 /* { */ || c === 91 /* [ */) {
            const container = {
                keys: c === 123 ? [] : undefined,
                entries: [],
                values: [],
                children: [],
            };
            if (stack.length === 0)
                root = container;
            else
                addValue(i, container);
            stack.push(container);
            expectKey = c === 123;
        }
        else if (c === 125 /* } */ || c === 93 /* ] */) {
            stack.pop();
            expectKey = false;
        }
        else if (c === 44 /* , */) {
            expectKey = stack[stack.length - 1]?.keys !== undefined;
        }
        else if (c === 45 || (c >= 48 && c <= 57) || c === 116 || c === 102 || c === 110) {
            // A number, true, false or null: record it, then skip to its end.
            addValue(i, undefined);
            while (i + 1 < length && !isDelimiter(text.charCodeAt(i + 1)))
                i++;
        }
    }
    return root;
}
/** Ends a number or literal: whitespace, ',', ']' or '}'. */
function isDelimiter(c) {
    return c === 44 || c === 93 || c === 125 || c === 32 || c === 10 || c === 13 || c === 9;
}
/** True when the quote at `at` is preceded by an odd number of backslashes. */
function isEscaped(text, at) {
    let backslashes = 0;
    for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--)
        backslashes++;
    return backslashes % 2 === 1;
}

// EXTERNAL MODULE: ./src/gates/prom-lint/load/text-position.ts
var text_position = __webpack_require__(85661);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/text-lines.ts
/** Offsets to 1-based lines and columns, built once per text and only when first asked. */

/**
 * Line lookup for `text`. The line starts are counted on the first call: most files are loaded
 * and diffed without ever needing a line, and a 2 MB file has 80,000 of them.
 */
function textLines(text) {
    let starts;
    return {
        at(offset) {
            starts ??= (0,text_position/* lineStartsOf */.x)(text);
            return (0,text_position/* positionInText */.K)(starts, Math.max(0, Math.min(offset, text.length)));
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/json-host.ts


/**
 * A host over valid JSON `text` whose parsed value is `value`. Positions go through `toFile`
 * (the identity for a whole file).
 *
 * The offsets are indexed on the first `lineOf` call only: loading costs about one
 * `JSON.parse`, and lines are wanted only for what the report points at.
 */
function jsonHost(text, value, toFile) {
    let offsets;
    const lines = textLines(text);
    const placeAt = (offset) => {
        const { line, column } = lines.at(offset);
        return toFile(line, column);
    };
    return {
        value,
        placeAt,
        lineOf(path) {
            offsets ??= indexJsonOffsets(text);
            return placeAt(offsets.find(path).entry).line;
        },
        stringPlaces(path) {
            offsets ??= indexJsonOffsets(text);
            const found = offsets.find(path);
            if (found.depth < path.length || text.charCodeAt(found.value) !== 34)
                return undefined;
            // A JSON string is one line of the file: every line of its content maps to where it starts.
            const start = placeAt(found.value);
            return () => ({ line: start.line });
        },
    };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/limits.ts
/**
 * Bounds that keep a hostile or broken file from exhausting time, memory or the stack. Real
 * dashboards are far below them: the largest of the dotdc set is 100 kB and 9 levels deep, a
 * 500-panel dashboard about 2 MB, kube-prometheus' 30-dashboard ConfigMapList under 2 MB.
 */
/** Files longer than this (in UTF-16 characters, never more than UTF-8 bytes) are not parsed. */
const MAX_FILE_CHARS = 32 * 1024 * 1024;
/**
 * The deepest nesting of objects and arrays accepted in JSON and YAML. The later stages walk
 * the model recursively, and jsonc-parser and the `yaml` package recurse per level, so a limit
 * well below the stack is what makes a 20,000-deep file a message instead of a crash.
 */
const MAX_NESTING_DEPTH = 256;

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/json-text.ts
/**
 * Dashboard JSON text to a value, with what a reviewer needs when it is wrong: the place and a
 * plain message for a syntax error, the nesting limit, and the keys written twice. The happy path
 * is `JSON.parse`, a walk of the value and a native count of `":` in the text; the character scan
 * and jsonc-parser (slower, but it reports offsets and sees duplicate keys) only run when
 * something is wrong.
 */



/**
 * Parses JSON text (a leading byte-order mark is skipped, offsets stay those of `text`).
 * Never throws: syntax errors and nesting beyond {@link MAX_NESTING_DEPTH} come back as
 * `ok: false` with the offset where reading stopped.
 */
function readJsonText(text) {
    const skip = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const body = skip === 0 ? text : text.slice(1);
    const tooDeep = (at) => ({
        ok: false,
        offset: at + skip,
        message: `JSON nested deeper than ${MAX_NESTING_DEPTH} levels; not read (no dashboard nests anywhere near that deep)`,
        partial: undefined,
        tooDeep: true,
    });
    let value;
    try {
        // V8's JSON.parse does not recurse, so even a hostile nesting is safe to parse first.
        value = JSON.parse(body);
    }
    catch {
        // jsonc-parser recurses per level: the depth is checked before it reads the text.
        const scan = scanStructure(body);
        if (scan.tooDeepAt >= 0)
            return tooDeep(scan.tooDeepAt);
        const error = syntaxError(body);
        return { ...error, ok: false, offset: error.offset + skip, tooDeep: false };
    }
    const shape = shapeOf(value);
    if (shape.depth > MAX_NESTING_DEPTH)
        return tooDeep(scanStructure(body).tooDeepAt);
    // Every key of every object is a '"' followed by ':' in the text, so as many such pairs as keys
    // in the value means no key was written twice. The pairs are counted natively (indexOf) and may
    // overcount (a string holding `\":`), in which case the exact count decides; only when that
    // says so is the text walked again to name the repeated keys.
    const duplicates = shape.keys === quoteColons(body) || shape.keys === scanStructure(body).members
        ? []
        : findDuplicateKeys(body).map((d) => shift(d, skip));
    return { ok: true, value, duplicates };
}
/** The number of ':' preceded (after whitespace) by '"': at least the number of object members. */
function quoteColons(text) {
    let count = 0;
    for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
        let before = at - 1;
        while (before >= 0 && isJsonWhitespace(text.charCodeAt(before)))
            before--;
        if (text.charCodeAt(before) === 34)
            count++;
    }
    return count;
}
function isJsonWhitespace(c) {
    return c === 32 || c === 10 || c === 13 || c === 9;
}
function shift(duplicate, by) {
    return { ...duplicate, offset: duplicate.offset + by, firstOffset: duplicate.firstOffset + by };
}
/**
 * One pass over the text: the offset where nesting first exceeds the limit (-1 if never) and the
 * number of object members. Written by hand because no JSON library reports either without
 * building the whole tree; strings are skipped with `indexOf`, so it costs a fraction of a parse.
 */
function scanStructure(text) {
    let depth = 0;
    let members = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            let end = text.indexOf('"', i + 1);
            while (end > 0 && isEscaped(text, end))
                end = text.indexOf('"', end + 1);
            if (end < 0)
                break; // unterminated: JSON.parse reports it
            i = end;
        }
        else if (c === 123 /* { */ || c === 91 /* [ */) {
            if (++depth > MAX_NESTING_DEPTH)
                return { tooDeepAt: i, members };
        }
        else if (c === 125 /* } */ || c === 93 /* ] */) {
            depth--;
        }
        else if (c === 58 /* : */) {
            members++;
        }
    }
    return { tooDeepAt: -1, members };
}
/** The number of keys in every object of a parsed value and its nesting depth, without recursion. */
function shapeOf(value) {
    let keys = 0;
    let deepest = 0;
    const values = [value];
    const depths = [1];
    while (values.length > 0) {
        const next = values.pop();
        const depth = depths.pop() ?? 0;
        if (typeof next !== 'object' || next === null)
            continue;
        if (depth > deepest)
            deepest = depth;
        if (depth > MAX_NESTING_DEPTH)
            break;
        if (Array.isArray(next)) {
            for (const item of next) {
                if (typeof item === 'object' && item !== null) {
                    values.push(item);
                    depths.push(depth + 1);
                }
            }
        }
        else {
            const items = Object.values(next);
            keys += items.length;
            for (const item of items) {
                if (typeof item === 'object' && item !== null) {
                    values.push(item);
                    depths.push(depth + 1);
                }
            }
        }
    }
    return { keys, depth: deepest };
}
/** Every repeated key with both places; only called on text known to be valid and shallow. */
function findDuplicateKeys(text) {
    const found = [];
    const open = [];
    (0,main.visit)(text, {
        onObjectBegin: () => {
            open.push(new Map());
        },
        onObjectEnd: () => {
            open.pop();
        },
        onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
            const seen = open[open.length - 1];
            if (seen === undefined)
                return;
            const first = seen.get(key);
            if (first === undefined)
                seen.set(key, offset);
            else
                found.push({ path: pathSupplier(), key, firstOffset: first, offset });
        },
    });
    return found;
}
/** Plain words for jsonc-parser's error codes. */
const ERROR_TEXT = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'invalid number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: "expected ':' after the property name",
    CommaExpected: "expected ',' or a closing bracket",
    CloseBraceExpected: "expected '}'",
    CloseBracketExpected: "expected ']'",
    EndOfFileExpected: 'unexpected text after the end of the JSON value',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'unterminated comment',
    UnexpectedEndOfString: 'unterminated string',
    UnexpectedEndOfNumber: 'incomplete number',
    InvalidUnicode: 'invalid \\u escape',
    InvalidEscapeCharacter: 'invalid escape character in a string',
    InvalidCharacter: 'control character in a string (write it escaped, e.g. \\n)',
};
/**
 * Where and why strict JSON reading fails. `JSON.parse` gives no position for some errors (none
 * for a truncated file), so the text is read again with jsonc-parser in strict mode, which
 * reports the offset of every error.
 */
function syntaxError(text) {
    const errors = [];
    const partial = (0,main.parse)(text, errors, {
        disallowComments: true,
        allowTrailingComma: false,
        allowEmptyContent: false,
    });
    const first = errors[0];
    if (first === undefined || text.trim() === '') {
        return { offset: text.length, message: 'invalid JSON: the file is empty', partial };
    }
    const offset = first.offset;
    const what = ERROR_TEXT[(0,main.printParseErrorCode)(first.error)] ?? (0,main.printParseErrorCode)(first.error);
    // An error that reaches the end (a string or number cut short, a missing bracket) is most
    // often a truncated file.
    const atEnd = offset + first.length >= text.trimEnd().length;
    const token = text.slice(offset, offset + Math.max(1, Math.min(first.length, 20)));
    const found = atEnd ? ', found the end of the file (was it truncated?)' : `, found '${token}'`;
    const before = text.slice(0, offset).trimEnd();
    const hint = (token === '}' || token === ']') && before.endsWith(',')
        ? ' (a trailing comma is not allowed in JSON)'
        : /^-?(NaN|Infinity)/.test(token)
            ? ' (NaN and Infinity are not JSON)'
            : '';
    return { offset, message: `invalid JSON: ${what}${found}${hint}`, partial };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/yaml-text.ts
/**
 * YAML text to documents, each with its value, its problems and a {@link Host} for its lines.
 * The `yaml` package (eemeli/yaml) parses and keeps every node's range; this module adds the
 * nesting limit and the duplicate keys with both places, and turns errors into plain messages.
 */



/** Reads every document of `text`; never throws. `lines` are the file's. */
function readYamlDocuments(text, lines) {
    let documents;
    try {
        // uniqueKeys off: a repeated key is reported by the walk below, with its name and both lines.
        documents = (0,dist/* parseAllDocuments */.hR)(text, {
            uniqueKeys: false,
            prettyErrors: false,
        });
    }
    catch (error) {
        return [
            {
                index: 1,
                duplicates: [],
                error: { offset: 0, message: `invalid YAML: ${String(error)}` },
            },
        ];
    }
    if (!Array.isArray(documents))
        return [];
    return documents.map((document, i) => readDocument(document, i + 1, text, lines));
}
function readDocument(document, index, text, lines) {
    const failed = document.errors[0];
    if (failed !== undefined) {
        // The package turns its own stack overflow into RESOURCE_EXHAUSTION, far past our limit.
        const message = failed.code === 'RESOURCE_EXHAUSTION'
            ? `YAML nested deeper than ${MAX_NESTING_DEPTH} levels; not read`
            : `invalid YAML: ${plainReason(failed.message)}`;
        return { index, duplicates: [], error: { offset: failed.pos[0], message } };
    }
    if (document.contents === null)
        return { index, duplicates: [] };
    const walked = walkNodes(document.contents);
    if (walked.tooDeepAt !== undefined) {
        return {
            index,
            duplicates: [],
            error: {
                offset: walked.tooDeepAt,
                message: `YAML nested deeper than ${MAX_NESTING_DEPTH} levels; not read (no dashboard nests anywhere near that deep)`,
            },
        };
    }
    let value;
    try {
        // The package's own guard against alias bombs ("billion laughs").
        value = document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return {
            index,
            duplicates: [],
            error: { offset: document.range[0], message: `YAML cannot be expanded: ${reason}` },
        };
    }
    return {
        index,
        duplicates: walked.duplicates,
        host: yamlHost(document, value, text, lines),
    };
}
/** The package's message without its own " at line L, column C:" and source excerpt. */
function plainReason(message) {
    const first = message.split('\n')[0] ?? message;
    return first.replace(/ at line \d+, column \d+:?$/, '');
}
/** Nesting depth and repeated keys, walked without recursion (aliases are not followed). */
function walkNodes(root) {
    const duplicates = [];
    const stack = [
        { node: root, path: [], depth: 1 },
    ];
    while (stack.length > 0) {
        const next = stack.pop();
        if (next === undefined)
            break;
        const { node, path, depth } = next;
        if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (depth > MAX_NESTING_DEPTH)
                return { tooDeepAt: node.range?.[0] ?? 0, duplicates };
        }
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                const keyNode = pair.key;
                const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : undefined;
                const at = (0,dist/* isScalar */.jn)(keyNode) ? (keyNode.range?.[0] ?? 0) : 0;
                if (key !== undefined) {
                    const first = seen.get(key);
                    if (first === undefined)
                        seen.set(key, at);
                    else
                        duplicates.push({ path, key, firstOffset: first, offset: at });
                }
                if ((0,dist/* isMap */.jh)(pair.value) || (0,dist/* isSeq */.oP)(pair.value)) {
                    stack.push({ node: pair.value, path: [...path, key ?? '?'], depth: depth + 1 });
                }
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => {
                if ((0,dist/* isMap */.jh)(item) || (0,dist/* isSeq */.oP)(item))
                    stack.push({ node: item, path: [...path, i], depth: depth + 1 });
            });
        }
    }
    return { duplicates };
}
/** A host whose lines come from the document's nodes, found by walking them when asked. */
function yamlHost(document, value, text, lines) {
    const resolve = (node) => ((0,dist/* isAlias */.Vj)(node) ? node.resolve(document) : node);
    const walk = (path) => {
        let node = resolve(document.contents);
        let entryOffset = document.contents?.range?.[0] ?? document.range[0];
        let depth = 0;
        for (const step of path) {
            let found;
            if ((0,dist/* isMap */.jh)(node)) {
                // The last pair of that name, as the value keeps it.
                for (let i = node.items.length - 1; i >= 0 && found === undefined; i--) {
                    const pair = node.items[i];
                    if (pair !== undefined && (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === String(step)) {
                        found = { node: resolve(pair.value), entryOffset: pair.key.range?.[0] ?? entryOffset };
                    }
                }
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof step === 'number') {
                const item = resolve(node.items[step]);
                const start = (0,dist/* isScalar */.jn)(item) || (0,dist/* isMap */.jh)(item) || (0,dist/* isSeq */.oP)(item) ? item.range?.[0] : undefined;
                if (start !== undefined)
                    found = { node: item, entryOffset: start };
            }
            if (found === undefined)
                break;
            node = found.node;
            entryOffset = found.entryOffset;
            depth++;
        }
        return { node, entryOffset, depth };
    };
    return {
        value,
        placeAt: (offset) => lines.at(offset),
        lineOf: (path) => lines.at(walk(path).entryOffset).line,
        stringPlaces(path) {
            const found = walk(path);
            const node = found.node;
            if (found.depth < path.length || !(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
                return undefined;
            const start = lines.at(node.range?.[0] ?? 0);
            if (node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
                // A quoted or plain string does not keep its text's lines: point at where it starts.
                return () => ({ line: start.line });
            }
            return blockScalarPlaces(text, node.range?.[0] ?? 0, start.line, node.value);
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/load-file.ts









/**
 * Words without which no text can hold a dashboard (in any format, JSON strings included): a file
 * without any of them is skipped before it is parsed, which is most of what `**\/*.json` matches.
 */
const MODEL_WORDS = ['panels', 'rows', 'schemaVersion', 'templating', 'elements'];
function mentionsModel(text) {
    return MODEL_WORDS.some((word) => text.includes(word));
}
/** See {@link loadDashboardFile} in index.ts. */
function loadFile(file, text, options = {}) {
    const rendered = options.rendered === true;
    const syntax = syntaxOf(file, text, rendered);
    if (syntax === 'jsonnet') {
        return {
            file,
            dashboards: [],
            problems: [],
            notDashboard: 'a jsonnet source: set the render command (e.g. `jsonnet -J vendor {file}`) to diff the dashboard it renders',
        };
    }
    if (!mentionsModel(text)) {
        return {
            file,
            dashboards: [],
            problems: [],
            notDashboard: 'nothing in it looks like a dashboard (no panels, rows, schemaVersion, templating or elements)',
        };
    }
    if (text.length > MAX_FILE_CHARS) {
        const size = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        return {
            file,
            dashboards: [],
            problems: [
                {
                    file,
                    location: '',
                    message: `the file is ${size(text.length)}, over the limit of ${size(MAX_FILE_CHARS)}; not read`,
                },
            ],
        };
    }
    const gathered = { entries: [], notes: [] };
    const lines = textLines(text);
    let streamOfDocuments = false;
    if (syntax === 'json')
        readJsonFile(text, gathered);
    else
        streamOfDocuments = readYamlFile(text, lines, gathered);
    return finish(file, gathered, { rendered, streamOfDocuments });
}
/** Which parser reads the text: by extension, else by its first character (rendered output). */
function syntaxOf(file, text, rendered) {
    const name = file.toLowerCase();
    if (!rendered) {
        if (name.endsWith('.json'))
            return 'json';
        if (name.endsWith('.jsonnet') || name.endsWith('.libsonnet'))
            return 'jsonnet';
    }
    const first = /\S/.exec(text.charCodeAt(0) === 0xfeff ? text.slice(1, 200) : text.slice(0, 200));
    // JSON is YAML, but JSON.parse reads it many times faster than a YAML parser.
    if (first?.[0] === '{' || first?.[0] === '[')
        return 'json';
    return 'yaml';
}
function readJsonFile(text, gathered) {
    const read = readJsonText(text);
    if (read.ok) {
        readHost(jsonHost(text, read.value, wholeFile), read.duplicates, undefined, undefined, gathered);
        return;
    }
    const place = textLines(text).at(read.offset);
    // A broken file is reported only when it was meant to be a dashboard: a tsconfig.json with
    // comments is not valid JSON either, and is none of this gate's business.
    if (read.partial !== undefined &&
        findDashboards(read.partial).found.length === 0 &&
        !read.tooDeep) {
        gathered.notes.push(`not valid JSON (${read.message} at line ${place.line}, column ${place.column}), and not a dashboard`);
        return;
    }
    gathered.entries.push({ label: '', problems: [{ ...place, message: read.message }] });
}
/** Reads a YAML stream; returns whether it has several documents that are not empty. */
function readYamlFile(text, lines, gathered) {
    // A `.yaml` file may be JSON (JSON is YAML): try the fast parser first.
    if (/^\uFEFF?\s*[{[]/.test(text.slice(0, 200))) {
        const read = readJsonText(text);
        if (read.ok) {
            readHost(jsonHost(text, read.value, wholeFile), read.duplicates, undefined, undefined, gathered);
            return false;
        }
    }
    const documents = readBlockYaml(text, lines) ?? readYamlDocuments(text, lines);
    const several = documents.filter((d) => d.host !== undefined || d.error !== undefined).length > 1;
    for (const document of documents) {
        const index = several ? document.index : undefined;
        if (document.error !== undefined) {
            const place = lines.at(document.error.offset);
            gathered.entries.push({
                label: '',
                document: index,
                problems: [{ ...place, message: document.error.message }],
            });
        }
        else if (document.host !== undefined) {
            const before = gathered.notes.length;
            readHost(document.host, document.duplicates, index, undefined, gathered);
            if (index !== undefined) {
                for (let i = before; i < gathered.notes.length; i++)
                    gathered.notes[i] = `document ${index}: ${gathered.notes[i] ?? ''}`;
            }
        }
    }
    return several;
}
/** Turns what {@link findDashboards} finds in a host into entries, reading JSON strings. */
function readHost(host, duplicates, document, outer, gathered) {
    const { found, notes } = findDashboards(host.value, outer?.label ?? '');
    for (const item of found) {
        if (item.kind === 'dashboard') {
            const path = item.path;
            gathered.entries.push({
                label: item.label,
                document,
                loaded: {
                    containers: [...(outer?.containers ?? []), ...item.containers],
                    dashboard: item.dashboard,
                    lineOf: (inside) => host.lineOf([...path, ...inside]),
                },
                problems: duplicates
                    .filter((duplicate) => startsWith(duplicate.path, path))
                    .map((duplicate) => duplicateProblem(host, duplicate, path)),
            });
        }
        else if (item.kind === 'problem') {
            gathered.entries.push({
                label: item.label,
                document,
                problems: [{ line: host.lineOf(item.path) ?? 1, message: item.message }],
            });
        }
        else {
            readJsonString(host, item, document, outer, gathered);
        }
    }
    if (found.length === 0)
        gathered.notes.push(...notes.slice(0, 3));
}
/** Reads dashboard JSON held in a string (a ConfigMap value, a GrafanaDashboard's spec.json). */
function readJsonString(host, item, document, outer, gathered) {
    if (!item.named && !mentionsModel(item.text))
        return;
    let mapper;
    // Found when first needed: it makes the host find its own positions.
    const toFile = (line, column) => {
        mapper ??= host.stringPlaces(item.path) ?? (() => ({ line: host.lineOf(item.path) ?? 1 }));
        return mapper(line, column);
    };
    const containers = [...(outer?.containers ?? []), ...item.containers];
    const read = readJsonText(item.text);
    if (!read.ok) {
        if (!item.named &&
            read.partial !== undefined &&
            findDashboards(read.partial).found.length === 0)
            return;
        const inText = textLines(item.text).at(read.offset);
        gathered.entries.push({
            label: item.label,
            document,
            problems: [
                {
                    ...toFile(inText.line, inText.column),
                    message: `${read.message} (in the JSON string of ${describe(item)})`,
                },
            ],
        });
        return;
    }
    const inner = jsonHost(item.text, read.value, toFile);
    const [entries, notes] = [gathered.entries.length, gathered.notes.length];
    readHost(inner, read.duplicates, document, { containers, label: item.label }, gathered);
    if (gathered.entries.length === entries) {
        // Said once for the string, not for what is inside it.
        gathered.notes.length = notes;
        if (item.named)
            gathered.notes.push(`${describe(item)} holds JSON that is not a dashboard`);
    }
}
function describe(item) {
    return item.label === '' ? item.path.join('.') : item.label;
}
function startsWith(path, prefix) {
    return (prefix.length <= path.length && prefix.every((step, i) => String(path[i]) === String(step)));
}
function duplicateProblem(host, duplicate, dashboardPath) {
    const first = host.placeAt(duplicate.firstOffset);
    const where = formatPath(duplicate.path.slice(dashboardPath.length));
    return {
        ...host.placeAt(duplicate.offset),
        message: `duplicate key "${duplicate.key}" ${where === '' ? 'at the top level of the dashboard' : `in ${where}`} (first at line ${first.line}); the last one is used, as Grafana does`,
    };
}
/** `panels[3].targets[0]`, the way a reader finds the place. */
function formatPath(path) {
    return path
        .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : `.${step}`))
        .join('');
}
/** Decides locations and containers and builds the file's result. */
function finish(file, gathered, how) {
    const { entries } = gathered;
    const locations = locationsOf(entries);
    const dashboards = [];
    const problems = [];
    entries.forEach((entry, i) => {
        const location = locations[i] ?? '';
        for (const problem of entry.problems) {
            problems.push({
                file,
                location,
                line: problem.line,
                ...(problem.column === undefined ? {} : { column: problem.column }),
                message: problem.message,
            });
        }
        if (entry.loaded === undefined)
            return;
        const { dashboard, lineOf } = entry.loaded;
        const containers = [...entry.loaded.containers];
        if (dashboard.schema === 'classic' && isSharingExport(dashboard.json))
            containers.push('export');
        if (how.streamOfDocuments)
            containers.unshift('yaml-document');
        if (how.rendered)
            containers.unshift('rendered');
        if (containers.length === 0)
            containers.push('dashboard');
        dashboards.push({ file, location, containers, dashboard, lineOf });
    });
    const result = { file, dashboards, problems };
    if (entries.length === 0)
        result.notDashboard = summarise(gathered.notes);
    return result;
}
/**
 * Empty for a file with one dashboard (or one problem); else each entry's label, with its
 * document number where nothing else names it or where two labels are the same.
 */
function locationsOf(entries) {
    if (entries.length <= 1)
        return entries.map(() => '');
    const named = entries.map((entry) => {
        const document = entry.document === undefined ? '' : `document ${entry.document}`;
        if (entry.label === '')
            return document === '' ? 'the file' : document;
        return entry.label.startsWith('item ') && document !== ''
            ? `${document}, ${entry.label}`
            : entry.label;
    });
    const counts = new Map();
    for (const name of named)
        counts.set(name, (counts.get(name) ?? 0) + 1);
    const seen = new Map();
    return named.map((name, i) => {
        if ((counts.get(name) ?? 0) < 2)
            return name;
        const nth = (seen.get(name) ?? 0) + 1;
        seen.set(name, nth);
        const document = entries[i]?.document;
        return document === undefined ? `${name} (#${nth})` : `${name} (document ${document})`;
    });
}
function summarise(notes) {
    const unique = [...new Set(notes)];
    if (unique.length === 0)
        return 'nothing in it is a dashboard';
    const shown = unique.slice(0, 3).join('; ');
    return unique.length > 3 ? `${shown}; and ${unique.length - 3} more` : shown;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/load/index.ts

/**
 * Reads the dashboards out of one file's text. Pure: no I/O, and it never throws for bad input.
 *
 * Reads classic dashboard JSON (any schemaVersion, legacy `rows[]` as they are), the export for
 * sharing, the API's `{ dashboard, meta }`, Kubernetes Dashboard resources (v0/v1 classic spec,
 * v2 spec), the Grafana Operator's GrafanaDashboard (`spec.json`), ConfigMaps whose data values
 * are dashboard JSON, Kubernetes lists of those (`List`, `ConfigMapList`), multi-document YAML
 * streams, and dashboards written as YAML. `.json` files are read as JSON, `.yaml`/`.yml` as
 * YAML, anything else by its first character.
 *
 * - Valid JSON/YAML that holds no dashboard gets `notDashboard` with the reason (decided on the
 *   model, not the name); so does a `.json` file that is not valid JSON and holds nothing that
 *   looks like a dashboard (a tsconfig.json with comments).
 * - Invalid JSON or YAML, a broken JSON string inside YAML, a repeated key, nesting deeper than
 *   256 levels and files over 32 MB are `problems`, with line and column where known; the other
 *   dashboards of the file are still loaded. A dashboard with a repeated key is loaded too (with
 *   the last value, as Grafana reads it) and its problem reported beside it.
 * - `lineOf` finds lines lazily: positions are parsed on its first call, so loading costs about
 *   one `JSON.parse`. For JSON in a YAML block scalar it gives the exact line of the YAML file;
 *   for JSON in a quoted string, the line where the string starts.
 *
 * @param file repository-relative path, forward slashes; named in the result and in messages.
 * @param text the file's content.
 * @param options.rendered `text` is what the render command (jsonnet…) printed for `file`:
 *   every dashboard's `containers` start with `'rendered'`, and lines point into `text` (the
 *   rendered output), not into the source file. The text is read as JSON or YAML by its first
 *   character, whatever `file` is named.
 */
function loadDashboardFile(file, text, options = {}) {
    return loadFile(file, text, options);
}

// EXTERNAL MODULE: ./src/report/labels.ts
var labels = __webpack_require__(47923);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/render/change-line.ts
/**
 * One change as one line of the report: who (the panel, variable, query…), what (the field) and
 * how (old → new value), as spans that the reporters escape. Pure.
 */


/** Longest value shown inline; the verdict's `data.changes` keeps it whole. */
const MAX_VALUE_LENGTH = 160;
const code = (text) => ({ text, code: true });
const strong = (text) => ({ text, strong: true });
/** A number-valued property of an object, if it has one. */
function numberAt(value, key) {
    const entry = Object.getOwnPropertyDescriptor(value, key)?.value;
    return typeof entry === 'number' ? entry : undefined;
}
/**
 * A grid place as text: `x 0, y 8` for a position, `12×8` for a size, both for a whole box;
 * undefined for anything else.
 */
function gridText(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const keys = Object.keys(value);
    if (keys.length === 0 || keys.some((key) => !['x', 'y', 'w', 'h'].includes(key)))
        return undefined;
    const [x, y, w, h] = ['x', 'y', 'w', 'h'].map((key) => numberAt(value, key));
    const parts = [];
    if (x !== undefined && y !== undefined)
        parts.push(`x ${x}, y ${y}`);
    if (w !== undefined && h !== undefined)
        parts.push(`${w}×${h}`);
    return parts.length === 0 || parts.length * 2 !== keys.length ? undefined : parts.join(', ');
}
/** A time range `{from, to}` as `now-6h to now`; undefined for anything else. */
function rangeText(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    const keys = Object.keys(value).sort().join(',');
    const from = Object.getOwnPropertyDescriptor(value, 'from')?.value;
    const to = Object.getOwnPropertyDescriptor(value, 'to')?.value;
    return keys === 'from,to' && typeof from === 'string' && typeof to === 'string'
        ? `${from} to ${to}`
        : undefined;
}
/**
 * A JSON value as short text: strings as they are, grid places and time ranges readable, the
 * rest as JSON.
 */
function valueText(value) {
    const text = typeof value === 'string'
        ? value
        : (gridText(value) ?? rangeText(value) ?? JSON.stringify(value) ?? String(value));
    return (0,report_text/* truncateText */.EJ)(text, MAX_VALUE_LENGTH);
}
/** The spans that name what a change is about: `Panel **CPU**`, `Variable `job``, … */
function subjectSpans(change) {
    const panel = change.panel ?? change.subject ?? '';
    switch (change.area) {
        case 'dashboard':
            return ['Dashboard'];
        case 'time':
            return ['Time settings'];
        case 'variable':
            return change.subject === undefined ? ['Variables'] : ['Variable ', code(change.subject)];
        case 'annotation':
            return change.subject === undefined
                ? ['Annotations']
                : ['Annotation ', strong(change.subject)];
        case 'link':
            return change.subject === undefined ? ['Links'] : ['Link ', strong(change.subject)];
        case 'row':
            return change.subject === undefined ? ['Rows'] : ['Row ', strong(change.subject)];
        case 'panel':
            return panel === '' ? ['Panel'] : ['Panel ', strong(panel)];
        case 'query': {
            const owner = change.panel === undefined ? [] : ['Panel ', strong(change.panel), ': '];
            const query = change.subject === undefined ? ['query'] : ['query ', code(change.subject)];
            return [...owner, ...query];
        }
        case 'view': {
            // The diff names view state in words ("time range", "variable node", "row Nodes collapsed").
            const words = change.subject?.trim() ?? '';
            return words === '' ? [] : [words.charAt(0).toUpperCase() + words.slice(1)];
        }
        default:
            return (0,labels/* assertNever */.xb)(change.area);
    }
}
/** Longest value shown inline in a change; longer ones (or several lines) are shown as a diff. */
const MAX_INLINE_CHANGE = 80;
/**
 * The two sides of a change as text to diff line by line, when they read best as a diff block
 * rather than two code spans: text with several lines or a long one (a variable's query, a
 * description), or a long JSON value (thresholds, overrides) pretty-printed, also when it was
 * set or removed (one side empty). Undefined when the change is short enough for its line.
 */
function diffableSides(change) {
    const { before, after } = change;
    if (before === undefined && after === undefined)
        return undefined;
    const pretty = (value) => value === undefined
        ? ''
        : typeof value === 'string'
            ? value
            : (JSON.stringify(value, null, 2) ?? String(value));
    // A long value set or removed: its lines all `+` or all `-`.
    if (before === undefined || after === undefined) {
        const value = before ?? after;
        const long = valueText(value).length > MAX_INLINE_CHANGE || pretty(value).includes('\n');
        return long && typeof value === 'object' ? [pretty(before), pretty(after)] : undefined;
    }
    if (typeof before === 'string' && typeof after === 'string') {
        const long = Math.max(before.length, after.length) > MAX_INLINE_CHANGE ||
            before.includes('\n') ||
            after.includes('\n');
        return long ? [before, after] : undefined;
    }
    const structured = (value) => typeof value === 'object' && value !== null;
    if (!structured(before) && !structured(after))
        return undefined;
    const compact = Math.max(valueText(before).length, valueText(after).length);
    if (compact <= MAX_INLINE_CHANGE)
        return undefined;
    return [pretty(before), pretty(after)];
}
/**
 * The text of a query added or removed, shown as a diff block of `+` (or `-`) lines beside its
 * line, as a changed query's is.
 */
function queryText(change) {
    if (change.area !== 'query')
        return undefined;
    const value = change.kind === 'added' ? change.after : change.kind === 'removed' ? change.before : undefined;
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
/** `old → new`, or `set to new`, or `removed (was old)`, as far as the values are known. */
function transition(before, after) {
    if (before === undefined && after === undefined)
        return [];
    if (before === undefined)
        return [' set to ', code(valueText(after))];
    if (after === undefined)
        return [' removed (was ', code(valueText(before)), ')'];
    return [' ', code(valueText(before)), ' → ', code(valueText(after))];
}
/** `name: ` when there is a name before the field, else nothing (a view-state line). */
function lead(subject) {
    return subject.length === 0 ? [] : [...subject, ': '];
}
/** Migration notes (`graph → timeseries`) carried as a string or a list of strings. */
function migrationText(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
        return value.join('; ');
    }
    return undefined;
}
/**
 * The line for one change, e.g. "Panel **CPU usage**: `unit` `percent` → `percentunit`",
 * "Variable `job` added", "Panel **Nodes / CPU** moved: `x 0, y 8, 12×8` → `x 12, y 8, 12×8`".
 * A query whose text changed says so; its diff is shown beside the line, not in it.
 */
function changeLine(change) {
    const subject = subjectSpans(change);
    const field = change.field === undefined ? [] : [code(change.field)];
    switch (change.kind) {
        case 'added':
        case 'removed': {
            const value = change.kind === 'added' ? change.after : change.before;
            const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
            if (field.length > 0) {
                return [
                    ...lead(subject),
                    ...field,
                    ` ${change.kind}`,
                    ...(scalar ? [': ', code(valueText(value))] : []),
                ];
            }
            if (!scalar || queryText(change) !== undefined)
                return [...subject, ` ${change.kind}`];
            // A whole dashboard's value is the diff's own words ("29 panels"); others are data.
            const shown = change.area === 'dashboard' ? valueText(value) : code(valueText(value));
            return [...subject, ` ${change.kind} (`, shown, ')'];
        }
        case 'renamed':
            return [...subject, ' renamed', ...transition(change.before, change.after)];
        case 'type-changed':
            return [...lead(subject), 'type', ...transition(change.before, change.after)];
        case 'moved':
        case 'resized': {
            const how = transition(change.before, change.after);
            return [...subject, ` ${change.kind}`, ...(how.length > 0 ? [':', ...how] : [])];
        }
        case 'migrated': {
            const text = migrationText(change.after);
            return text === undefined
                ? [
                    ...subject,
                    ' migrated to the current schema',
                    ...transition(change.before, change.after),
                ]
                : [...subject, ' migrated: ', text];
        }
        case 'modified': {
            // A query's text is what a query is: "query `A` changed", its diff beside the line.
            if (change.area === 'query' && change.textDiff !== undefined)
                return [...subject, ' changed'];
            if (change.textDiff !== undefined || diffableSides(change) !== undefined) {
                const how = change.before === undefined
                    ? ' set'
                    : change.after === undefined
                        ? ' removed'
                        : ' changed';
                return field.length === 0 ? [...subject, how] : [...lead(subject), ...field, how];
            }
            if (field.length === 0) {
                return change.area === 'view'
                    ? [...subject, ':', ...transition(change.before, change.after)]
                    : [...subject, ' changed', ...transition(change.before, change.after)];
            }
            return [...lead(subject), ...field, ...transition(change.before, change.after)];
        }
        default:
            return (0,labels/* assertNever */.xb)(change.kind);
    }
}

// EXTERNAL MODULE: ./node_modules/string-width/index.js + 6 modules
var string_width = __webpack_require__(94668);
// EXTERNAL MODULE: ./src/report/console.ts
var console = __webpack_require__(39475);
;// CONCATENATED MODULE: ./src/gates/dashboard-diff/render/minimap.ts
/**
 * The layout picture: the 24-column grid before and after, side by side, as text for a code
 * block, so a reviewer sees a reshuffle at a glance. Pure.
 *
 * One character per grid column; one text line per `scale` grid rows, the scale chosen so the
 * taller map stays within a height cap. Each panel is drawn with the fill character of its status
 * and its letter at the start of every one of its lines (so stacked and side-by-side panels stay
 * apart); the same panel has the same letter on both maps, and a legend maps letters to titles.
 */



/** Grafana's grid is 24 columns wide. */
const minimap_GRID_COLUMNS = 24;
/** Fill character per status; removed panels appear on the before map only. */
const STATUS_FILL = {
    unchanged: '.',
    added: '+',
    modified: '~',
    moved: '>',
    removed: '-',
};
/** Statuses in the order the key lists them. */
const STATUS_ORDER = [
    'unchanged',
    'added',
    'modified',
    'moved',
    'removed',
];
/** The letters panels are named by, in order: 62 in all. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Width of one of the legend's two columns: long titles stay readable, a line stays under 80. */
const LEGEND_COLUMN_WIDTH = 38;
/** Space between the two maps. */
const GAP = '   ';
/**
 * At least this many grid rows per text line: a grid row (30 px) is much lower than a column is
 * wide (1/24 of the screen), so one row per line would draw panels four times too tall.
 */
const MIN_SCALE = 2;
/** Most map lines by default: a screenful beside the change list. */
const DEFAULT_MAX_LINES = 40;
/** A box clamped to the grid: whole numbers, at least one unit, nothing past column 24. */
function clampGrid(grid) {
    const whole = (value, min) => Number.isFinite(value) ? Math.max(min, Math.floor(value)) : min;
    const x = Math.min(whole(grid.x, 0), minimap_GRID_COLUMNS - 1);
    const w = Math.min(whole(grid.w, 1), minimap_GRID_COLUMNS - x);
    return { x, y: whole(grid.y, 0), w, h: whole(grid.h, 1) };
}
/** Reading order: top to bottom, then left to right. */
const byPlace = (a, b) => a.grid.y - b.grid.y || a.grid.x - b.grid.x;
/**
 * A letter per panel key, shared by both maps: the after map's panels in reading order, then the
 * removed ones. With more panels than letters, the changed panels are lettered first.
 */
function assignLetters(before, after) {
    const ordered = [];
    const seen = new Set();
    for (const box of [...[...after].sort(byPlace), ...[...before].sort(byPlace)]) {
        if (seen.has(box.key))
            continue;
        seen.add(box.key);
        ordered.push(box);
    }
    const changed = new Set([...before, ...after].filter((box) => box.status !== 'unchanged').map((box) => box.key));
    const chosen = ordered.length <= LETTERS.length
        ? ordered
        : [
            ...ordered.filter((box) => changed.has(box.key)),
            ...ordered.filter((box) => !changed.has(box.key)),
        ]
            .slice(0, LETTERS.length)
            .sort((a, b) => ordered.indexOf(a) - ordered.indexOf(b));
    return new Map(chosen.map((box, index) => [box.key, LETTERS[index] ?? '?']));
}
/**
 * Where each grid row starts on the map: a function from grid y to text line, and the number of
 * lines. Every stretch between two panel edges that a panel covers gets at least one line, so a
 * short panel (a stat) is never hidden by its neighbour, and an empty one none; then one line per `scale` rows, the
 * smallest scale (at least {@link MIN_SCALE}) that keeps within `maxLines`. When even one line
 * per stretch is too many, rows are mapped evenly and small panels may share a line.
 */
function verticalScale(boxes, maxLines) {
    const edges = [...new Set(boxes.flatMap((grid) => [grid.y, grid.y + grid.h]))].sort((a, b) => a - b);
    const height = Math.max(1, ...edges);
    const stretches = edges.slice(1).map((edge, index) => ({
        from: edges[index] ?? 0,
        length: edge - (edges[index] ?? 0),
    }));
    // A stretch no panel covers (under a row header, which the map does not draw) gets no line.
    const covered = stretches.map((stretch) => boxes.some((grid) => grid.y <= stretch.from && grid.y + grid.h > stretch.from));
    const linesAt = (scale) => stretches.map((stretch, index) => covered[index] === true ? Math.max(1, Math.round(stretch.length / scale)) : 0);
    const sum = (values) => values.reduce((a, b) => a + b, 0);
    if (stretches.length > 0 && covered.filter(Boolean).length <= maxLines) {
        let scale = MIN_SCALE;
        while (sum(linesAt(scale)) > maxLines)
            scale += 1;
        const counts = linesAt(scale);
        const starts = new Map();
        let line = 0;
        stretches.forEach((stretch, index) => {
            starts.set(stretch.from, line);
            line += counts[index] ?? 1;
        });
        starts.set(height, line);
        return { lineOf: (y) => starts.get(y) ?? 0, lines: line, scale };
    }
    const scale = Math.max(MIN_SCALE, Math.ceil(height / maxLines));
    return {
        lineOf: (y) => Math.round(y / scale),
        lines: Math.max(1, Math.round(height / scale)),
        scale,
    };
}
/** One map as lines of exactly {@link GRID_COLUMNS} characters. */
function drawMap(boxes, letters, lineOf, lines) {
    const cells = Array.from({ length: lines }, () => Array(minimap_GRID_COLUMNS).fill(' '));
    // Changed panels are drawn last, so where boxes overlap (a collapsed row's children, bad
    // input) the change is what shows.
    const ordered = [
        ...boxes.filter((box) => box.status === 'unchanged'),
        ...boxes.filter((box) => box.status !== 'unchanged'),
    ];
    for (const box of ordered) {
        const grid = clampGrid(box.grid);
        const top = lineOf(grid.y);
        const bottom = Math.max(top + 1, lineOf(grid.y + grid.h));
        const fill = STATUS_FILL[box.status];
        const letter = letters.get(box.key) ?? fill;
        for (let line = top; line < Math.min(bottom, lines); line += 1) {
            const row = cells[line];
            if (row === undefined)
                continue;
            for (let column = grid.x; column < grid.x + grid.w; column += 1)
                row[column] = fill;
            row[grid.x] = letter;
        }
    }
    return cells.map((row) => row.join(''));
}
/** Text padded with spaces to `width` display columns. */
function padTo(text, width) {
    return text + ' '.repeat(Math.max(0, width - (0,string_width/* default */.A)(text)));
}
/**
 * Draws the before and after layouts side by side, with a key to the fill characters and the
 * scale, and a legend of letters and panel titles (two to a line). Boxes off the grid are
 * clamped to it; titles lose control characters and are cut to fit their column. The result
 * is plain text for a code block, at most `maxLines` map lines plus the key and the legend
 * (at most 31 lines: 62 letters).
 *
 * @example renderMinimap({ before: [], after: [{ key: 'p', title: 'CPU', grid: { x: 0, y: 0, w: 24, h: 4 }, status: 'added' }] })
 * // 'before                     after\n                           A+++…'
 */
function renderMinimap(layout, options = {}) {
    const maxLines = Math.max(1, Math.floor(options.maxLines ?? DEFAULT_MAX_LINES));
    const grids = [...layout.before, ...layout.after].map((box) => clampGrid(box.grid));
    const { lineOf, lines, scale } = verticalScale(grids, maxLines);
    const letters = assignLetters(layout.before, layout.after);
    const before = drawMap(layout.before, letters, lineOf, lines);
    const after = drawMap(layout.after, letters, lineOf, lines);
    const out = [`${padTo('before', minimap_GRID_COLUMNS)}${GAP}after`];
    for (let line = 0; line < lines; line += 1) {
        out.push(`${before[line] ?? ''}${GAP}${after[line] ?? ''}`.trimEnd());
    }
    const fills = STATUS_ORDER.map((status) => `${STATUS_FILL[status]} ${status}`).join('  ');
    out.push('', fills, `1 line ≈ ${scale} grid rows`);
    const titles = new Map();
    for (const box of [...layout.after, ...layout.before]) {
        if (!titles.has(box.key))
            titles.set(box.key, box.title);
    }
    const entryWidth = LEGEND_COLUMN_WIDTH;
    const entries = [...letters].map(([key, letter]) => {
        const title = (0,report_text/* sanitizeText */.jZ)(titles.get(key) ?? '').trim() || '(untitled)';
        return `${letter} ${(0,console/* fitWidth */.G0)(title, entryWidth - 3)}`;
    });
    const unlettered = titles.size - letters.size;
    if (entries.length > 0)
        out.push('');
    for (let index = 0; index < entries.length; index += 2) {
        const left = entries[index] ?? '';
        const right = entries[index + 1];
        out.push(right === undefined ? left : `${padTo(left, entryWidth)}${right}`);
    }
    if (unlettered > 0)
        out.push(`(${unlettered} more panels drawn without a letter)`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/render/dashboard-section.ts
/**
 * One dashboard's part of the report: where it is, its dashboard-level changes, its panels' changes
 * panel by panel with query diffs, the layout picture when the layout changed, and the view state
 * apart. Pure.
 */




const dashboard_section_code = (text) => ({ text, code: true });
/** Areas reported before the panels, in this order, as Grafana's settings pages show them. */
const DASHBOARD_AREAS = new Set([
    'dashboard',
    'time',
    'variable',
    'annotation',
    'link',
    'row',
]);
/** Height cap of the layout picture in the report: it sits open among the changes. */
const MINIMAP_LINES = 30;
/** Changes that move or resize panels, or add or remove them. */
const LAYOUT_KINDS = new Set([
    'added',
    'removed',
    'moved',
    'resized',
]);
/** True when the minimap has something to show: a panel added, removed, moved or resized. */
function layoutChanged(diff) {
    if (diff.status !== 'modified')
        return false;
    const grid = (box) => `${box.grid.x},${box.grid.y},${box.grid.w},${box.grid.h}`;
    const before = new Map(diff.layout.before.map((box) => [box.key, grid(box)]));
    const after = new Map(diff.layout.after.map((box) => [box.key, grid(box)]));
    if (before.size !== after.size)
        return true;
    for (const [key, place] of after) {
        if (before.get(key) !== place)
            return true;
    }
    return diff.changes.some((change) => (change.area === 'panel' || change.area === 'row') && LAYOUT_KINDS.has(change.kind));
}
/** The dashboard's title as the section shows it, with what happened to it. */
function sectionTitle(diff) {
    // An untitled dashboard is known by its file.
    const name = diff.dashboard.trim() === '' ? diff.file : diff.dashboard;
    switch (diff.status) {
        case 'added':
            return `${name} (new dashboard)`;
        case 'removed':
            return `${name} (deleted)`;
        default:
            return name;
    }
}
/** `file` (or `old` → `new`), the place in the file, and how many changes. */
function whereLine(diff) {
    const spans = diff.baseFile !== undefined && diff.baseFile !== diff.file
        ? [dashboard_section_code(diff.baseFile), ' → ', dashboard_section_code(diff.file)]
        : [dashboard_section_code(diff.file)];
    if (diff.location !== '')
        spans.push(', ', diff.location);
    const counts = [(0,labels/* countOf */.pq)(diff.changes.length, 'change')];
    if (diff.viewChanges.length > 0) {
        counts.push((0,labels/* countOf */.pq)(diff.viewChanges.length, 'view-state change'));
    }
    spans.push(` · ${counts.join(', ')}`);
    return spans;
}
/**
 * The diff shown under a change's line: the diff engine's (a query's text), else one made here
 * for a long value (a variable's query, a description, thresholds as JSON) or for a query added
 * or removed (its lines all `+` or all `-`); without the hunk header when
 * there is one hunk, as a one-line query's `@@ -1,1 +1,1 @@` says nothing.
 */
function diffText(change) {
    let text = change.textDiff;
    const sides = text === undefined ? diffableSides(change) : undefined;
    if (sides !== undefined) {
        // Three lines of context, as the engine's query diffs: a long JSON value shows its change.
        const { hunks } = (0,create/* structuredPatch */.YB)('', '', `${sides[0]}\n`, `${sides[1]}\n`, '', '', {
            context: 3,
        });
        text = hunks
            .flatMap((hunk) => [
            `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
            ...hunk.lines,
        ])
            .join('\n');
    }
    const query = queryText(change);
    if (text === undefined && query !== undefined) {
        const sign = change.kind === 'added' ? '+' : '-';
        text = query
            .split('\n')
            .map((line) => sign + line)
            .join('\n');
    }
    if (text === undefined || text.trim() === '')
        return undefined;
    const lines = text.split('\n');
    const hunks = lines.filter((line) => line.startsWith('@@')).length;
    return hunks === 1 && lines[0]?.startsWith('@@') === true ? lines.slice(1).join('\n') : text;
}
/**
 * The body's blocks for a run of changes: one list line per change, a query diff as a `diff`
 * block right after its line (the list is split there, so diffs sit beside their panel).
 */
function changeBlocks(changes) {
    const blocks = [];
    let items = [];
    const flush = () => {
        if (items.length > 0)
            blocks.push({ kind: 'list', items });
        items = [];
    };
    for (const change of changes) {
        items.push(changeLine(change));
        const diff = diffText(change);
        if (diff !== undefined) {
            flush();
            blocks.push({ kind: 'code', text: diff, language: 'diff' });
        }
    }
    flush();
    return blocks;
}
/**
 * The panel changes in panel order: all changes of one panel together, in the order the diff
 * listed the panels (reading order), each panel's own order kept.
 */
function groupByPanel(changes) {
    const groups = new Map();
    for (const change of changes) {
        const key = change.panel ?? '';
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [change]);
        else
            group.push(change);
    }
    return [...groups.values()].flat();
}
/**
 * The section of one dashboard: a line with its file (`old → new` when renamed) and counts;
 * its dashboard-level changes (settings, time, variables, annotations, links, rows); its
 * panels' changes grouped by panel, query text changes as `diff` blocks; the before/after
 * minimap when panels were added, removed, moved or resized; and the view-state changes in a
 * collapsed part.
 */
function dashboardSection(diff, options) {
    const dashboardLevel = diff.changes.filter((change) => DASHBOARD_AREAS.has(change.area));
    const panelLevel = groupByPanel(diff.changes.filter((change) => !DASHBOARD_AREAS.has(change.area)));
    const blocks = [
        { kind: 'paragraph', spans: whereLine(diff) },
        // One list: two lists one after the other would render as one loose list anyway.
        ...changeBlocks([...dashboardLevel, ...panelLevel]),
    ];
    if (layoutChanged(diff)) {
        blocks.push({ kind: 'paragraph', spans: [{ text: 'Layout', strong: true }, ', before and after:'] }, { kind: 'code', text: renderMinimap(diff.layout, { maxLines: MINIMAP_LINES }) });
    }
    if (diff.viewChanges.length > 0) {
        blocks.push({
            kind: 'details',
            summary: `View state (${(0,labels/* countOf */.pq)(diff.viewChanges.length, 'change')}: what Grafana's save dialog lets you keep or not)`,
            blocks: changeBlocks(diff.viewChanges),
        });
    }
    return {
        id: options.id,
        title: sectionTitle(diff),
        blocks,
        ...(options.collapsed ? { collapsed: true } : {}),
    };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/render/noise-footer.ts
/**
 * The footer that counts what was hidden as noise, so the reader can trust that a short summary
 * is short because nothing else changed. Pure.
 */

/** Each reason as the footer counts it, in the order it lists them. */
const NOISE_WORDS = [
    ['volatile field', 'volatile field', 'volatile fields'],
    ['panel id renumbered', 'panel id renumbered', 'panel ids renumbered'],
    ['default value', 'default value', 'default values'],
    ['repeat clone', 'repeat clone', 'repeat clones'],
    ['schema migration', 'field changed by schema migration', 'fields changed by schema migration'],
    ['query formatting', 'query reformatted', 'queries reformatted'],
    ['shifted panel', 'panel shifted by another', 'panels shifted by others'],
];
/** The counts of several dashboards added up. */
function sumNoise(counts) {
    const total = {};
    for (const count of counts) {
        for (const [reason] of NOISE_WORDS) {
            const value = count[reason];
            if (value !== undefined && value > 0)
                total[reason] = (total[reason] ?? 0) + value;
        }
    }
    return total;
}
/**
 * `hidden as noise: 12 volatile fields, 30 panel ids renumbered`, or `nothing hidden as noise`.
 */
function noiseText(counts) {
    const parts = NOISE_WORDS.flatMap(([reason, singular, plural]) => {
        const value = counts[reason] ?? 0;
        return value > 0 ? [(0,labels/* countOf */.pq)(value, singular, plural)] : [];
    });
    return parts.length === 0 ? 'nothing hidden as noise' : `hidden as noise: ${parts.join(', ')}`;
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/verdict.ts
/**
 * Turns a run's diffs, lint findings and load problems into the shared verdict: a headline that
 * counts the changes, one section per changed dashboard (changes panel by panel, query diffs,
 * layout picture, view state apart), the lint findings, and a footer counting what was hidden as
 * noise. Pure. The fail-on policy is applied by the caller, as for every gate.
 */



/** With more changed dashboards than this, each one's section starts collapsed in the comment. */
const MAX_OPEN_SECTIONS = 5;
/** Check name of a file that could not be read, on its finding. */
const LOAD_RULE = 'dashboard-diff/load';
/** True when a dashboard has a change to report (view state alone is reported apart). */
const hasChanges = (diff) => diff.status === 'added' || diff.status === 'removed' || diff.changes.length > 0;
/** A load problem as an error finding on its file and line. */
function problemFinding(problem) {
    return {
        severity: 'error',
        file: problem.file,
        ...(problem.line === undefined ? {} : { line: problem.line }),
        ...(problem.column === undefined ? {} : { column: problem.column }),
        rule: LOAD_RULE,
        title: 'Dashboard could not be read',
        message: problem.location === '' ? problem.message : `${problem.location}: ${problem.message}`,
    };
}
/** The key that tells panels apart across dashboards: file, place in the file, panel. */
const panelKey = (change, diff) => `${diff.file}\u0000${diff.location}\u0000${change.panel ?? ''}`;
function tally(result) {
    const changed = result.diffs.filter(hasChanges);
    const all = changed.flatMap((diff) => diff.changes.map((change) => ({ diff, change })));
    // A panel added or removed is not also modified, whatever else its records say (its queries).
    const addedOrRemoved = new Set(all
        .filter(({ change }) => change.area === 'panel' && (change.kind === 'added' || change.kind === 'removed'))
        .map(({ change, diff }) => panelKey(change, diff)));
    const modifiedPanels = new Set(all
        .filter(({ change }) => (change.area === 'panel' || change.area === 'query') && change.panel !== undefined)
        .map(({ change, diff }) => panelKey(change, diff))
        .filter((key) => !addedOrRemoved.has(key)));
    const panelCount = (kind) => all.filter(({ change }) => change.area === 'panel' && change.kind === kind).length;
    const queryRecords = all.filter(({ change }) => change.area === 'query');
    // Queries changed, not records: a query whose text and legend changed is one query.
    const queryChanges = new Set(queryRecords.map(({ change, diff }) => `${panelKey(change, diff)}\u0000${change.subject ?? ''}`)).size;
    const panelChanges = all.filter(({ change }) => change.area === 'panel').length;
    const errors = result.findings.filter((finding) => finding.severity === 'error').length +
        result.problems.length;
    return {
        dashboardsChanged: changed.length,
        dashboardsAdded: changed.filter((diff) => diff.status === 'added').length,
        dashboardsRemoved: changed.filter((diff) => diff.status === 'removed').length,
        changes: all.length,
        panelChanges,
        queryChanges,
        otherChanges: all.length - panelChanges - queryRecords.length,
        panelsAdded: panelCount('added'),
        panelsRemoved: panelCount('removed'),
        panelsModified: modifiedPanels.size,
        viewOnly: result.diffs.filter((diff) => !hasChanges(diff) && diff.viewChanges.length > 0)
            .length,
        errors,
        warnings: result.findings.filter((finding) => finding.severity === 'warning').length,
    };
}
/**
 * `2 dashboards changed since origin/main: 5 panel changes, 1 query changed; lint: 1 error`, or
 * `no dashboard changes`, with what else the reader must know (unreadable files).
 */
function headlineOf(result, counts) {
    const since = result.against === undefined || result.against === '' ? '' : ` ${result.against}`;
    let main;
    if (counts.dashboardsChanged === 0) {
        main = `no dashboard changes${since}`;
        if (counts.viewOnly > 0) {
            main += ` (view state only in ${(0,labels/* countOf */.pq)(counts.viewOnly, 'dashboard')})`;
        }
    }
    else {
        const what = [
            counts.dashboardsAdded > 0 ? `${(0,labels/* countOf */.pq)(counts.dashboardsAdded, 'dashboard')} added` : '',
            counts.dashboardsRemoved > 0
                ? `${(0,labels/* countOf */.pq)(counts.dashboardsRemoved, 'dashboard')} deleted`
                : '',
            counts.panelChanges > 0 ? (0,labels/* countOf */.pq)(counts.panelChanges, 'panel change') : '',
            counts.queryChanges > 0 ? `${(0,labels/* countOf */.pq)(counts.queryChanges, 'query', 'queries')} changed` : '',
            counts.otherChanges > 0 ? (0,labels/* countOf */.pq)(counts.otherChanges, 'other change') : '',
        ].filter((part) => part !== '');
        main = `${(0,labels/* countOf */.pq)(counts.dashboardsChanged, 'dashboard')} changed${since}`;
        if (what.length > 0)
            main += `: ${what.join(', ')}`;
    }
    const lintErrors = counts.errors - result.problems.length;
    const lint = [
        lintErrors > 0 ? (0,labels/* countOf */.pq)(lintErrors, 'error') : '',
        counts.warnings > 0 ? (0,labels/* countOf */.pq)(counts.warnings, 'warning') : '',
    ].filter((part) => part !== '');
    const tail = [
        lint.length > 0 ? `lint: ${lint.join(', ')}` : '',
        result.problems.length > 0
            ? `${(0,labels/* countOf */.pq)(result.problems.length, 'unreadable dashboard file')}`
            : '',
    ].filter((part) => part !== '');
    const text = [main, ...tail].join('; ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function metricsOf(counts) {
    return [
        {
            key: 'dashboards-changed',
            label: 'Dashboards changed',
            value: counts.dashboardsChanged,
            output: true,
        },
        { key: 'changes', label: 'Changes', value: counts.changes, output: true },
        { key: 'panels-added', label: 'Panels added', value: counts.panelsAdded, output: true },
        { key: 'panels-removed', label: 'Panels removed', value: counts.panelsRemoved, output: true },
        {
            key: 'panels-modified',
            label: 'Panels modified',
            value: counts.panelsModified,
            output: true,
        },
        { key: 'lint-errors', label: 'Lint errors', value: counts.errors, output: true },
        { key: 'lint-warnings', label: 'Lint warnings', value: counts.warnings, output: true },
    ];
}
/**
 * The last section: what was hidden as noise over every dashboard looked at, the dashboards
 * whose only differences were noise, and the files skipped (collapsed). It gives way last.
 */
function footerSection(result) {
    if (result.diffs.length === 0 && result.skipped.length === 0)
        return undefined;
    const blocks = [];
    if (result.diffs.length > 0) {
        const noise = noiseText(sumNoise(result.diffs.map((diff) => diff.hidden)));
        const unchanged = result.diffs.filter((diff) => !hasChanges(diff) && diff.viewChanges.length === 0).length;
        const sentence = noise.charAt(0).toUpperCase() + noise.slice(1);
        const spans = [
            `${sentence} (over ${(0,labels/* countOf */.pq)(result.diffs.length, 'dashboard')} compared).`,
        ];
        if (unchanged > 0) {
            spans.push(` ${(0,labels/* countOf */.pq)(unchanged, 'dashboard')} in changed files ${unchanged === 1 ? 'has' : 'have'} no change but noise.`);
        }
        blocks.push({ kind: 'paragraph', spans });
    }
    if (result.skipped.length > 0) {
        blocks.push({
            kind: 'details',
            summary: `${(0,labels/* countOf */.pq)(result.skipped.length, 'file')} skipped`,
            blocks: [
                {
                    kind: 'list',
                    items: result.skipped.map((skipped) => [
                        { text: skipped.file, code: true },
                        `: ${skipped.reason}`,
                    ]),
                },
            ],
        });
    }
    return { id: 'noise', title: '', blocks, dropPriority: -1 };
}
/** Every change of every dashboard as one flat record list (`data.changes`), view state included. */
function flatChanges(diffs) {
    return diffs.flatMap((diff) => [...diff.changes, ...diff.viewChanges]);
}
/**
 * Builds the dashboard-diff verdict. Status: `fail` when the lint found an error or a dashboard
 * file could not be read, `warn` on lint warnings, else `pass` (changes alone never fail).
 * Metrics (published as outputs): dashboards changed, changes, panels added, removed and
 * modified, lint errors (unreadable files included) and warnings. Sections: one per dashboard
 * with changes or view-state changes, in the order of `result.diffs`, then the noise footer.
 * Findings: the lint's, then one error per load problem on its file and line. `data.changes`
 * holds every change record; `data.dashboards` one summary per dashboard compared.
 */
function buildDashboardDiffVerdict(result, options) {
    const counts = tally(result);
    const status = counts.errors > 0 ? 'fail' : counts.warnings > 0 ? 'warn' : 'pass';
    const shown = result.diffs.filter((diff) => hasChanges(diff) || diff.viewChanges.length > 0);
    const collapsed = shown.length > MAX_OPEN_SECTIONS;
    const sections = shown.map((diff, index) => dashboardSection(diff, { id: `dashboard-${index + 1}`, collapsed }));
    const footer = footerSection(result);
    if (footer !== undefined)
        sections.push(footer);
    return {
        schemaVersion: 1,
        gate: 'dashboard-diff',
        key: options.key,
        status,
        headline: headlineOf(result, counts),
        metrics: metricsOf(counts),
        tables: [],
        findings: [...result.findings, ...result.problems.map(problemFinding)],
        notes: [],
        charts: [],
        sections,
        data: {
            changes: flatChanges(result.diffs),
            dashboards: result.diffs.map((diff) => ({
                dashboard: diff.dashboard,
                ...(diff.uid === undefined ? {} : { uid: diff.uid }),
                file: diff.file,
                ...(diff.location === '' ? {} : { location: diff.location }),
                ...(diff.baseFile === undefined ? {} : { baseFile: diff.baseFile }),
                status: diff.status,
                changes: diff.changes.length,
                viewChanges: diff.viewChanges.length,
                layoutChanged: layoutChanged(diff),
                hidden: diff.hidden,
            })),
            problems: result.problems,
            skipped: result.skipped,
            ...(result.against === undefined ? {} : { against: result.against }),
            ...(result.commits === undefined ? {} : { commits: result.commits }),
        },
    };
}

;// CONCATENATED MODULE: ./src/gates/dashboard-diff/run.ts








/**
 * Runs the gate from raw inputs.
 *
 * @param defaultBaseRef what `base-ref` is when it is not given (the action: the pull request's
 *   base commit).
 */
async function runDashboardDiffGate(source, io, defaultBaseRef) {
    return runDashboardDiff(readDashboardDiffInputs(source, defaultBaseRef), io);
}
/** Runs the dashboard-diff gate. Throws ConfigurationError on unusable input. */
async function runDashboardDiff(inputs, io) {
    const lintConfig = await readLintConfig(inputs.lintConfig, io);
    const problems = [];
    const skipped = [];
    let pairs;
    let against;
    let commits;
    if (inputs.sides.kind === 'pair') {
        const { base, head } = inputs.sides;
        pairs = [await readNamedPair(base, head, inputs.render, io)];
        against = `from ${base}`;
    }
    else {
        const { baseRef, paths, defaultPaths } = inputs.sides;
        const change = await readChange(baseRef, paths, defaultPaths, inputs.render, io);
        pairs = change.pairs;
        against = `since ${baseRef} (${change.mergeBase.slice(0, 7)})`;
        commits = { base: change.mergeBase, head: change.head };
    }
    const diffs = [];
    const findings = [];
    const headSides = [];
    const baseSides = [];
    const parsedQueries = new Map();
    for (const pair of pairs) {
        collectProblems(pair, problems, skipped);
        const base = isDashboardFile(pair.base) ? pair.base : undefined;
        const head = isDashboardFile(pair.head) ? pair.head : undefined;
        if (base === undefined && head === undefined)
            continue;
        // Each dashboard is normalised once, for the diff and the lint alike.
        const dashboardPairs = pairDashboards((base?.dashboards ?? []).map(dashboardSide), (head?.dashboards ?? []).map(dashboardSide));
        diffs.push(...diffPairs(dashboardPairs, base?.file, head?.file));
        for (const { base: baseSide, head: headSide } of dashboardPairs) {
            if (baseSide !== undefined)
                baseSides.push(baseSide);
            if (headSide === undefined)
                continue;
            headSides.push(headSide);
            for (const finding of lintDashboards(headSide, baseSide, lintConfig, parsedQueries)) {
                findings.push(headSide.loaded.containers[0] === 'rendered' ? withoutPlace(finding) : finding);
            }
        }
    }
    findings.push(...duplicateDashboardUids(headSides, baseSides, lintConfig));
    io.logger.info(`Compared ${(0,labels/* countOf */.pq)(diffs.length, 'dashboard')} in ${(0,labels/* countOf */.pq)(pairs.length, 'file')} ${against}: ` +
        `${diffs.filter((d) => d.status !== 'unchanged').length} changed, ${findings.length} lint findings`);
    return buildDashboardDiffVerdict({
        diffs,
        findings,
        problems,
        skipped,
        against,
        ...(commits === undefined ? {} : { commits }),
    }, { key: inputs.common.key });
}
/**
 * The lint configuration: the file `lint-config` names (which must exist), else `.lint` when
 * there is one, else the lint's defaults.
 */
async function readLintConfig(named, io) {
    const path = named ?? defaults/* DEFAULT_LINT_CONFIG_PATH */.z3;
    if (!(await io.fileExists(path))) {
        if (named === undefined)
            return DEFAULT_LINT_CONFIG;
        throw new errors/* ConfigurationError */.j(`Input 'lint-config': the file '${named}' does not exist.`);
    }
    const config = parseLintConfig(await io.readFile(path), path);
    io.logger.info(`Read the lint configuration ${path}`);
    return config;
}
/** The two files named (`--base`, `--head`): unreadable is a usage error, as for every gate. */
async function readNamedPair(base, head, render, io) {
    let pair;
    if (render === undefined) {
        const [baseText, headText] = await Promise.all([io.readFile(base), io.readFile(head)]);
        pair = {
            base: loadDashboardFile(base, baseText),
            head: loadDashboardFile(head, headText),
            named: true,
        };
    }
    else {
        const [baseFile, headFile] = await Promise.all([
            renderFile(render, base, io),
            renderFile(render, head, io),
        ]);
        pair = { base: baseFile, head: headFile, named: true };
    }
    for (const file of [pair.base, pair.head])
        if (file !== undefined)
            refuseUnreadable(file);
    return pair;
}
/**
 * A named file without a single readable dashboard leaves nothing to compare: unreadable input,
 * reported like a missing file (exit 2), with the place of the first problem.
 */
function refuseUnreadable(file) {
    if (file.dashboards.length > 0)
        return;
    if (file.notDashboard !== undefined) {
        throw new errors/* ConfigurationError */.j(`'${file.file}' is not a dashboard: ${file.notDashboard}.`);
    }
    const [problem] = file.problems;
    if (problem === undefined)
        return;
    const place = [file.file, problem.line, problem.column].filter((p) => p !== undefined);
    throw new errors/* ConfigurationError */.j(`${place.join(':')}: ${problem.message}`);
}
/**
 * Both versions of every changed file: files matching `paths` are read as they are; with a
 * render command, files matching its globs are rendered (see {@link readRenderedChange}).
 */
async function readChange(baseRef, paths, defaultPaths, render, io) {
    const change = await io.changedFiles(baseRef, await directoriesAsGlobs(paths, io));
    const rendered = render === undefined ? [] : await readRenderedChange(baseRef, render, io);
    const renderedPaths = new Set(rendered.map(pairFile));
    const plain = change.files.filter((file) => !renderedPaths.has(sidePath(file)));
    const named = new Set(defaultPaths ? [] : paths);
    io.logger.info(`${plain.length} changed files match ${paths.join(', ')} since the merge base ` +
        `${change.mergeBase.slice(0, 7)} of ${baseRef}` +
        (render === undefined ? '' : `; ${rendered.length} rendered dashboards differ`));
    const baseTexts = await change.readBaseTexts(plain);
    const pairs = [...rendered];
    for (const file of plain) {
        const pair = {
            named: named.has(file.path ?? '') || named.has(file.basePath ?? ''),
        };
        if (file.basePath !== undefined && file.baseBlob !== undefined) {
            const text = baseTexts.get(file.baseBlob);
            pair.base =
                text === undefined
                    ? unreadable(file.basePath, `git could not read the base version (${file.baseBlob})`)
                    : loadDashboardFile(file.basePath, text);
        }
        if (file.path !== undefined)
            pair.head = await readWorkingFile(file.path, io);
        pairs.push(pair);
    }
    pairs.sort((a, b) => compare(pairFile(a), pairFile(b)));
    return { mergeBase: change.mergeBase, head: change.head, pairs };
}
/** A directory named as a path stands for its JSON files at any depth, as a reader means it. */
const FILES_OF_A_DIRECTORY = '**/*.json';
async function directoriesAsGlobs(paths, io) {
    return Promise.all(paths.map(async (path) => {
        const plain = !/[*?[]/.test(path);
        return plain && (path.endsWith('/') || (await io.directoryExists(path)))
            ? `${path.replace(/\/+$/, '')}/${FILES_OF_A_DIRECTORY}`
            : path;
    }));
}
/**
 * The rendered dashboards that differ: every source matching the render globs that changed
 * (renames followed), and, when the change touched anything else (a vendored library, an
 * imported JSON file), every other source too, since an import can change what a source renders
 * without the source changing; those count only when their two renders differ. The head side
 * renders in the working tree, the base side in a temporary checkout of the merge base, so
 * imports resolve as they did there.
 */
async function readRenderedChange(baseRef, render, io) {
    const sources = await io.changedFiles(baseRef, render.globs);
    const changed = new Set(sources.files.map(sidePath));
    const everything = await io.changedFiles(baseRef, ['**']);
    const importsMayHaveChanged = everything.files.some((file) => !changed.has(sidePath(file)));
    const unchanged = importsMayHaveChanged
        ? (await sources.listFiles(render.globs)).filter((path) => !changed.has(path))
        : [];
    const files = [
        ...sources.files,
        ...unchanged.map((path) => ({ path, basePath: path, status: 'modified' })),
    ];
    if (files.length === 0)
        return [];
    const heads = new Map();
    for (const file of files) {
        if (file.path !== undefined)
            heads.set(file, await renderText(render, file.path, io));
    }
    const bases = new Map();
    const withBase = files.filter((file) => file.basePath !== undefined);
    if (withBase.length > 0) {
        await sources.withBaseCheckout(async (directory) => {
            for (const file of withBase) {
                bases.set(file, await renderText(render, file.basePath ?? '', io, directory));
            }
        });
    }
    const pairs = [];
    for (const file of files) {
        const base = bases.get(file);
        const head = heads.get(file);
        // An unchanged source that renders the same on both sides is no change at all.
        if (file.status === 'modified' && !changed.has(sidePath(file)) && sameOutput(base, head)) {
            continue;
        }
        pairs.push({
            named: true, // a file given to the render command is meant to be a dashboard
            ...(base === undefined ? {} : { base: loadRendered(file.basePath ?? '', base) }),
            ...(head === undefined ? {} : { head: loadRendered(file.path ?? '', head) }),
        });
    }
    return pairs;
}
function sameOutput(a, b) {
    return a?.ok === true && b?.ok === true && a.stdout === b.stdout;
}
/** A file of the working tree, loaded; one that cannot be read is a problem of that file alone. */
async function readWorkingFile(path, io) {
    try {
        return loadDashboardFile(path, await io.readFile(path));
    }
    catch (error) {
        if (!(0,errors/* isConfigurationError */.p)(error))
            throw error;
        return unreadable(path, error.message);
    }
}
/** Renders `file` (in `cwd`, default the working directory) and loads what it printed. */
async function renderFile(render, file, io, cwd) {
    return loadRendered(file, await renderText(render, file, io, cwd));
}
/**
 * Runs the render command on `file`, in `cwd` (default: the working directory). A path that
 * starts with `-` is passed as `./-…`: a pull request may add a file whose name the render tool
 * would read as an option (`-o…` writes a file).
 */
function renderText(render, file, io, cwd) {
    const argument = file.startsWith('-') ? `./${file}` : file;
    return io.render(render.argv.map((arg) => arg.replaceAll(defaults/* RENDER_FILE_PLACEHOLDER */.om, argument)), cwd);
}
function loadRendered(file, output) {
    if (!output.ok)
        return unreadable(file, output.message);
    return loadDashboardFile(file, output.stdout, { rendered: true });
}
function unreadable(file, message) {
    return { file, dashboards: [], problems: [{ file, location: '', message }] };
}
/**
 * A file's problems go to the report, the head version's as problems (they fail the gate, like
 * an error the change introduces) and the base version's as skipped files (the change did not
 * make them, and may be what fixes them). A file that is not a dashboard is skipped quietly when
 * a glob matched it (a package.json), and is a problem when the user named it.
 */
function collectProblems(pair, problems, skipped) {
    problems.push(...(pair.head?.problems ?? []));
    for (const problem of pair.base?.problems ?? []) {
        const where = [problem.location, problem.line === undefined ? '' : `line ${problem.line}`]
            .filter((part) => part !== '')
            .join(', ');
        skipped.push({
            file: problem.file,
            reason: `the base version could not be read${where === '' ? '' : ` (${where})`}: ${problem.message}`,
        });
    }
    const reason = pair.head?.notDashboard ?? (pair.head === undefined ? pair.base?.notDashboard : undefined);
    if (reason === undefined)
        return;
    const file = pairFile(pair);
    if (pair.named)
        problems.push({ file, location: '', message: `not a dashboard: ${reason}` });
    else
        skipped.push({ file, reason });
}
/** A file that holds dashboards, or failed to (its problems are reported, its diff is not). */
function isDashboardFile(file) {
    return file !== undefined && file.notDashboard === undefined && file.dashboards.length > 0;
}
/**
 * Lint findings in a rendered file lose their lines: those are lines of the render's output, not
 * of the source a reviewer reads.
 */
/** The finding on its file, without a line. */
function withoutPlace(finding) {
    const copy = { ...finding };
    delete copy.line;
    delete copy.endLine;
    delete copy.column;
    delete copy.endColumn;
    return copy;
}
function sidePath(file) {
    return file.path ?? file.basePath ?? '';
}
function pairFile(pair) {
    return pair.head?.file ?? pair.base?.file ?? '';
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
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
