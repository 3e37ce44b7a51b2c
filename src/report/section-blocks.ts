/**
 * Sections as Markdown: titled blocks of paragraphs, lists, code and collapsed parts, escaped span
 * by span. A report that must fit a limit keeps the first items of the most important sections
 * and says how many it left out; an item (a list entry, a paragraph, a code block, a collapsed
 * part) is kept or left out whole, so no fence or `<details>` is ever cut.
 */
import type { Section, SectionBlock, Span } from '../verdict/types.js';
import type { ShrinkablePart } from './fit-markdown.js';
import { codeBlock, escapeHtmlText, escapeMarkdownText, inlineCode } from './escape.js';
import { moreLine, type MoreWhere } from './markdown-blocks.js';

/** Longest text kept per kind of content, in characters. */
export interface SectionLimits {
  /** A plain or strong span. */
  text: number;
  /** An inline code span. */
  code: number;
  /** A code block (its content; longer ones end in `…` inside the fence). */
  codeBlock: number;
  /** A section's or collapsed part's title. */
  title: number;
}

/** Limits for the PR comment. */
export const COMMENT_SECTION_LIMITS: SectionLimits = {
  text: 500,
  code: 300,
  codeBlock: 6_000,
  title: 200,
};

/** Limits for the job summary and the check run's text. */
export const FULL_SECTION_LIMITS: SectionLimits = {
  text: 2_000,
  code: 2_000,
  codeBlock: 40_000,
  title: 255,
};

/** Adjacent plain spans merged, so an escape never depends on where the gate split its text. */
function mergePlain(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (typeof span === 'string' && typeof last === 'string')
      merged[merged.length - 1] = last + span;
    else merged.push(span);
  }
  return merged;
}

/**
 * Plain text escaped for inline Markdown with its outer white space kept (as one space each
 * side): the escaping functions trim, and spans are joined without separators.
 */
function escapeKeepingSpaces(text: string, maxLength: number): string {
  const escaped = escapeMarkdownText(text, { maxLength });
  if (escaped === '') return /\s/.test(text) ? ' ' : '';
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  return lead + escaped + trail;
}

/** A line of spans as inline Markdown: text escaped, code in code spans, strong in `**`. */
export function spansMarkdown(spans: readonly Span[], limits: SectionLimits): string {
  return mergePlain(spans)
    .map((span) => {
      if (typeof span === 'string') return escapeKeepingSpaces(span, limits.text);
      if ('code' in span) return inlineCode(span.text, { maxLength: limits.code });
      const strong = escapeMarkdownText(span.text, { maxLength: limits.text });
      return strong === '' ? '' : `**${strong}**`;
    })
    .join('')
    .trim();
}

/** `<details>` with its summary line and the blank lines GitHub needs to render Markdown inside. */
export function detailsBlock(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Number of items a block counts for when a report gives way: list entries, else one. */
function blockItems(block: SectionBlock): number {
  return block.kind === 'list' ? block.items.length : 1;
}

/** Number of items of a section. */
export function sectionItems(section: Section): number {
  return section.blocks.reduce((sum, block) => sum + blockItems(block), 0);
}

/** One whole block as Markdown. */
function blockMarkdown(block: SectionBlock, limits: SectionLimits): string {
  switch (block.kind) {
    case 'paragraph':
      return spansMarkdown(block.spans, limits);
    case 'list':
      return block.items.map((item) => listItem(item, limits)).join('\n');
    case 'code':
      return codeBlock(block.text, block.language ?? '', { maxLength: limits.codeBlock });
    case 'details': {
      const summary = escapeHtmlText(block.summary, { maxLength: limits.title });
      const body = block.blocks
        .map((inner) => blockMarkdown(inner, limits))
        .filter((text) => text !== '');
      return detailsBlock(summary, body.length === 0 ? '_Empty._' : body.join('\n\n'));
    }
  }
}

function listItem(item: readonly Span[], limits: SectionLimits): string {
  const text = spansMarkdown(item, limits);
  return text === '' ? '-' : `- ${text}`;
}

/**
 * A section escaped once, item by item, so that fitting a limit (which tries many item counts)
 * only joins strings.
 */
export interface PreparedSection {
  section: Section;
  /** Title for a heading and for a `<summary>` line. */
  heading: string;
  summary: string;
  /** Each item's Markdown; entries of one list share a `list` number and join by a line break. */
  items: { text: string; list?: number }[];
}

/** Escapes a section's title and items for {@link sectionMarkdown}. */
export function prepareSection(section: Section, limits: SectionLimits): PreparedSection {
  const items: PreparedSection['items'] = [];
  section.blocks.forEach((block, index) => {
    if (block.kind === 'list') {
      for (const item of block.items) items.push({ text: listItem(item, limits), list: index });
    } else {
      items.push({ text: blockMarkdown(block, limits) });
    }
  });
  return {
    section,
    heading: escapeMarkdownText(section.title, { maxLength: limits.title }),
    summary: escapeHtmlText(section.title, { maxLength: limits.title }),
    items,
  };
}

/**
 * A section as Markdown showing its first `kept` items (all by default), then a line saying how
 * many it left out. `collapsed` puts it in a `<details>` block titled with its title.
 */
export function sectionMarkdown(
  section: Section | PreparedSection,
  options: {
    limits: SectionLimits;
    collapsed: boolean;
    where: MoreWhere;
    kept?: number;
  },
): string {
  const prepared = 'items' in section ? section : prepareSection(section, options.limits);
  const total = prepared.items.length;
  const shown = Math.max(0, Math.min(options.kept ?? total, total));
  let body = '';
  prepared.items.slice(0, shown).forEach((item, index) => {
    if (item.text === '') return;
    const sameList = item.list !== undefined && prepared.items[index - 1]?.list === item.list;
    body += body === '' ? item.text : `${sameList ? '\n' : '\n\n'}${item.text}`;
  });
  if (shown < total) {
    const more = moreLine(total - shown, 'item', options.where);
    body = body === '' ? more : `${body}\n\n${more}`;
  }
  if (options.collapsed) {
    return detailsBlock(
      prepared.summary === '' ? 'Details' : prepared.summary,
      body === '' ? '_Empty._' : body,
    );
  }
  if (prepared.heading === '') return body;
  return body === '' ? `#### ${prepared.heading}` : `#### ${prepared.heading}\n\n${body}`;
}

/**
 * How many items each section keeps when `kept` items are kept in all: the sections that give
 * way last (lowest `dropPriority`, then earliest) are served first.
 */
function allocate(sections: readonly PreparedSection[], kept: number): number[] {
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
export function sectionsPart(
  sections: readonly Section[],
  layout: { honourCollapsed: boolean; limits: SectionLimits; where: MoreWhere },
): ShrinkablePart {
  const prepared = sections.map((section) => prepareSection(section, layout.limits));
  const size = prepared.reduce((sum, entry) => sum + entry.items.length, 0);
  return {
    size,
    render: (kept) => {
      const shares = allocate(prepared, Math.min(kept, size));
      const blocks: string[] = [];
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
        if (text !== '') blocks.push(text);
      });
      if (omittedSections > 0) blocks.push(moreLine(omittedSections, 'section', layout.where));
      return blocks.join('\n\n');
    },
  };
}
