import { Parser } from 'htmlparser2';
import { OffsetMapBuilder, type OffsetMap } from '../../model/offset-map.js';
import type { DocumentMetadata, DroppedBlock } from '../../model/document.js';

/**
 * Step 0 of cleaning, for a web page saved as HTML (`.html`, `.htm`): the
 * page's visible text, laid out in lines as a browser's copy of the page
 * gives it (the `innerText` rules, simplified), with a map from every text
 * position back to the HTML source, so that the line cleaner after it works
 * as it does on a page saved as text and every span still indexes the file.
 *
 * htmlparser2 tokenises (a forgiving parser: unclosed tags, stray `<`, any
 * markup a real page holds) and decodes character references, reporting
 * where in the source each piece of text sat; what it does not do, and this
 * file does, is the text layout and the offset map:
 *
 *  1. Text only from the body's visible content: nothing of `script`,
 *     `style`, `noscript`, `template`, `svg`, `iframe`, ... nor of an element
 *     marked `hidden` or `style="display:none"` (not rendered; an
 *     `aria-hidden` element is, and its text stays).
 *  2. Whitespace collapses to one space (`<p>Ilham\n   Aliyev</p>` ->
 *     `Ilham Aliyev`), none at a line's start or end; `pre` keeps its own.
 *  3. Block elements start and end a line (`div`, `li`, `h1`, `tr`, `br`,
 *     ...); a paragraph (`p`), a heading, a list, a table or a quote is
 *     set off by a blank line. Table cells are separated by a tab.
 *  4. Character references are decoded (`AT&amp;T` -> `AT&T`,
 *     `&eacute;` -> `é`): a decoded character maps back to its whole reference.
 *  5. What the page's markup itself says is not the article is left out and
 *     listed as dropped, with `html <nav>` (or the element) as the reason:
 *     `nav`, `aside`, `footer`, a `header` outside the article (`article`,
 *     `main`) unless it holds the page's `h1` (a site without those elements
 *     may head its story with `<header><h1>`), and any element whose ARIA role
 *     is navigation, banner, contentinfo, complementary or search. Not `form`:
 *     ASP.NET pages wrap the whole page in one. When this step would leave no
 *     text at all, the page is read again without it (a page that puts its
 *     story inside such an element still has one).
 *  6. The head's metadata, as publishers declare it for search engines and
 *     social sites: the title (`og:title`, `twitter:title`, `<title>`), the
 *     publication date (`article:published_time`, `datePublished` in
 *     JSON-LD or microdata, `date`/`pubdate` metas), the outlet
 *     (`og:site_name`, `application-name`, JSON-LD `publisher.name`).
 *
 *   htmlText('<p>Caf&eacute; <b>AT&amp;T</b></p>').text === 'Café AT&T'
 */
export interface HtmlText {
  readonly text: string;
  /** text positions -> positions in the HTML source */
  readonly map: OffsetMap;
  /** declared in the page's head (or JSON-LD); null where the page declares nothing usable */
  readonly metadata: DocumentMetadata;
  /** elements left out by step 5, with their text, spans into the HTML source */
  readonly dropped: readonly DroppedBlock[];
}

/** whose content is never text */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'datalist', 'button', 'textarea', 'head', 'title']);
/** element -> blank-line separated (2) or own line (1) */
const BLOCKS: Record<string, 1 | 2> = {
  p: 2, h1: 2, h2: 2, h3: 2, h4: 2, h5: 2, h6: 2, blockquote: 2, pre: 2, ul: 2, ol: 2, dl: 2, table: 2, figure: 2, hr: 2,
  address: 1, article: 1, aside: 1, body: 1, caption: 1, dd: 1, details: 1, dialog: 1, div: 1, dt: 1, fieldset: 1,
  figcaption: 1, footer: 1, form: 1, header: 1, hgroup: 1, legend: 1, li: 1, main: 1, nav: 1, section: 1, summary: 1,
  tbody: 1, thead: 1, tfoot: 1, tr: 1, center: 1, menu: 1,
};
const CELLS = new Set(['td', 'th']);
/** elements whose content, by the page's own markup, is not the article (step 5) */
const BOILERPLATE = new Set(['nav', 'aside', 'footer']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search']);
/** elements that never have content (no close tag to wait for) */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** whitespace that is not one space between two words: two or more of it, or one tab, line break or form feed */
const OTHER_WS = /[ \t\n\r\f]{2,}|[\t\n\r\f]/g;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

export function htmlText(html: string): HtmlText {
  let out = layout(html, true, new Set());
  // a header outside the article held an h1: read again keeping those headers (what few pages need pays for it)
  if (out.headlineHeaders.size > 0) out = layout(html, true, out.headlineHeaders);
  // step 5 took everything: read the page again keeping what its markup calls boilerplate
  if (out.text.trim() === '' && out.dropped.length > 0) out = layout(html, false, new Set());
  return { text: out.text, map: out.map, metadata: out.metadata, dropped: out.dropped };
}

interface Open {
  readonly name: string;
  /** no text comes from this element's content (step 1) */
  readonly skip: boolean;
  /** an `article` or `main` (element or role): a `header` inside it is the article's own */
  readonly article: boolean;
}

/** `keepHeaders`: the start offsets of `header` elements outside the article to keep (they hold an h1) */
function layout(html: string, dropBoilerplate: boolean, keepHeaders: ReadonlySet<number>) {
  const b = new OffsetMapBuilder();
  const stack: Open[] = [];
  let skipDepth = 0; // open elements that skip their content
  let preDepth = 0;
  let articleDepth = 0;
  // the dropped element being read (outermost): its text goes here instead of the output
  let drop: { name: string; start: number; depth: number; text: string; h1: boolean } | null = null;
  const headlineHeaders = new Set<number>();
  const dropped: DroppedBlock[] = [];
  // what the output owes before the next character: line breaks (anchored where the block edge was) or a space
  let breaks = 0;
  let breakAt = 0;
  // the space (or a table cell's tab) owed before the next character on the same line
  let space: { start: number; length: number; verbatim: boolean; char: string } | null = null;
  let atLineStart = true;
  const meta = { ogTitle: '', twitterTitle: '', title: '', date: '', siteName: '', appName: '' };
  let inTitle = false;
  // the page's first h1, as the eye reads it (the headline, on a news page; on some, the site's name)
  let h1 = '';
  let h1State: 'before' | 'in' | 'done' = 'before';
  let jsonLd: string | null = null;
  const jsonLds: string[] = [];
  let dropSpace = false;

  const requireBreak = (n: number, at: number) => {
    if (drop) {
      if (n > 0) dropSpace = true;
      return;
    }
    if (b.cleanLength === 0) return;
    if (n > breaks) {
      breaks = n;
      breakAt = at;
    }
    space = null;
  };
  const emit = (piece: string, start: number, length: number, verbatim: boolean) => {
    if (drop) {
      drop.text += (dropSpace && drop.text ? ' ' : '') + piece;
      dropSpace = false;
      return;
    }
    if (breaks > 0 && b.cleanLength > 0) {
      b.replace('\n'.repeat(breaks), breakAt, 0);
      atLineStart = true;
    } else if (space && !atLineStart) {
      if (space.verbatim) b.copy(html, space.start, space.length);
      else b.replace(space.char, space.start, space.length);
    }
    breaks = 0;
    space = null;
    if (verbatim) b.copy(html, start, length);
    else b.replace(piece, start, length);
    atLineStart = false;
  };
  const pendingSpace = (start: number, length: number, verbatim: boolean, char = ' ') => {
    if (drop) {
      dropSpace = true;
      return;
    }
    if (breaks > 0 || atLineStart) return;
    // a cell's tab wins over the spaces around it
    if (!space || (char === '\t' && space.char !== '\t')) space = { start, length, verbatim, char };
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const start = parser.startIndex;
        if (name === 'meta') return readMeta(attrs, meta);
        // the page's title, not an svg's
        if (name === 'title' && !meta.title && !stack.some((o) => o.name === 'body' || o.name === 'svg')) inTitle = true;
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLd = '';
        if (name === 'time' && /datePublished/i.test(attrs.itemprop ?? '') && attrs.datetime && !meta.date) meta.date = attrs.datetime;
        if (name === 'h1' && drop) drop.h1 = true;
        if (name === 'h1' && h1State === 'before' && !skipDepth) h1State = 'in';
        if (VOID.has(name)) {
          if (!skipDepth && (name === 'br' || name === 'hr')) requireBreak(name === 'br' ? 1 : 2, start);
          return;
        }
        // not rendered (`aria-hidden` is: it hides from screen readers what the eye still reads, a drop cap's letter)
        const hidden = 'hidden' in attrs || /display\s*:\s*none/i.test(attrs.style ?? '');
        const skip = SKIPPED.has(name) || hidden;
        const role = (attrs.role ?? '').toLowerCase();
        const boiler = dropBoilerplate && !skipDepth && !drop && (BOILERPLATE.has(name) || BOILERPLATE_ROLES.has(role) || (name === 'header' && articleDepth === 0 && !keepHeaders.has(start)));
        const article = name === 'article' || name === 'main' || role === 'main' || role === 'article';
        stack.push({ name, skip, article });
        if (skip) skipDepth++;
        if (name === 'pre') preDepth++;
        if (article) articleDepth++;
        if (skipDepth) return;
        if (boiler) {
          requireBreak(BLOCKS[name] ?? 1, start);
          drop = { name: role && BOILERPLATE_ROLES.has(role) ? `role=${role}` : name, start, depth: stack.length, text: '', h1: false };
          dropSpace = false;
          return;
        }
        if (BLOCKS[name]) requireBreak(BLOCKS[name], start);
        else if (CELLS.has(name)) pendingSpace(start, 0, false, '\t');
      },
      ontext(data) {
        const start = parser.startIndex;
        const length = parser.endIndex + 1 - start;
        if (inTitle) meta.title += data;
        if (jsonLd !== null) jsonLd += data;
        if (skipDepth) return;
        if (h1State === 'in') h1 += data;
        const verbatim = html.startsWith(data, start) && data.length === length;
        if (!verbatim) {
          // a character reference: one piece, mapped to the whole reference
          if (preDepth === 0 && /^[ \t\n\r\f]+$/.test(data)) pendingSpace(start, length, false);
          else emit(data, start, length, false);
          return;
        }
        if (preDepth > 0) {
          emit(data, start, length, true);
          return;
        }
        // words and the single spaces between them go out as one verbatim copy; a run of other whitespace, and
        // any at the text's ends, becomes a space owed (a copy per word made the layout 12 times slower than the parser)
        let from = 0;
        while (from < data.length && isSpace(data.charCodeAt(from))) from++;
        let to = data.length;
        while (to > from && isSpace(data.charCodeAt(to - 1))) to--;
        if (from > 0) pendingSpace(start, from, from === 1 && data.charCodeAt(0) === 32);
        let at = from;
        OTHER_WS.lastIndex = from;
        let m: RegExpExecArray | null;
        while ((m = OTHER_WS.exec(data)) !== null && m.index < to) {
          emit(data.slice(at, m.index), start + at, m.index - at, true);
          pendingSpace(start + m.index, m[0].length, false);
          at = m.index + m[0].length;
        }
        if (to > at) emit(data.slice(at, to), start + at, to - at, true);
        if (to < data.length && to >= from) pendingSpace(start + to, data.length - to, data.length - to === 1 && data.charCodeAt(to) === 32);
      },
      onclosetag(name) {
        const end = parser.endIndex + 1;
        if (name === 'title') inTitle = false;
        if (name === 'h1' && h1State === 'in') h1State = 'done';
        if (name === 'script' && jsonLd !== null) {
          jsonLds.push(jsonLd);
          jsonLd = null;
        }
        if (VOID.has(name)) return;
        // close up to the matching open element (htmlparser2 reports implied closes too)
        let at = stack.length - 1;
        while (at >= 0 && stack[at].name !== name) at--;
        if (at < 0) return;
        while (stack.length > at) {
          const o = stack.pop()!;
          if (o.skip) skipDepth--;
          if (o.name === 'pre') preDepth--;
          if (o.article) articleDepth--;
          if (skipDepth) continue;
          if (drop && drop.depth === stack.length + 1) {
            const text = drop.text.trim();
            if (text) dropped.push({ span: { start: drop.start, end: Math.max(end, drop.start) }, reason: `html <${drop.name}>`, text });
            if (drop.h1 && drop.name === 'header') headlineHeaders.add(drop.start);
            drop = null;
            requireBreak(BLOCKS[o.name] ?? 1, end);
            continue;
          }
          if (BLOCKS[o.name]) requireBreak(BLOCKS[o.name], end);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  const built = b.build();
  return { text: built.text, map: built.map, dropped, metadata: pageMetadata(meta, jsonLds, collapse(h1)), headlineHeaders };
}

function readMeta(attrs: Record<string, string>, meta: { ogTitle: string; twitterTitle: string; date: string; siteName: string; appName: string }): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  const content = (attrs.content ?? '').trim();
  if (!content) return;
  if (key === 'og:title') meta.ogTitle ||= content;
  else if (key === 'twitter:title') meta.twitterTitle ||= content;
  else if (key === 'og:site_name') meta.siteName ||= content;
  else if (key === 'application-name') meta.appName ||= content;
  else if (['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'].includes(key)) meta.date ||= content;
}

/** JSON-LD blocks' `datePublished`, `headline` and `publisher.name`, wherever they sit (a NewsArticle, a @graph, a list). */
function fromJsonLd(blocks: readonly string[]): { date: string; headline: string; publisher: string } {
  const found = { date: '', headline: '', publisher: '' };
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.datePublished === 'string') found.date ||= o.datePublished.trim();
    if (typeof o.headline === 'string') found.headline ||= o.headline.trim();
    const pub = o.publisher as Record<string, unknown> | undefined;
    if (pub && typeof pub === 'object' && typeof pub.name === 'string') found.publisher ||= pub.name.trim();
    for (const x of Object.values(o)) if (x && typeof x === 'object') visit(x, depth + 1);
  };
  for (const s of blocks) {
    try {
      visit(JSON.parse(s), 0);
    } catch {
      // a page's broken JSON-LD says nothing
    }
  }
  return found;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A declared date as ISO 8601: kept as written when it is ISO already (`2020-12-28T10:15:00+04:00`), else left out. */
export function isoDate(s: string): string | null {
  const t = s.trim();
  if (!ISO_DATE.test(t)) return null;
  const day = t.slice(0, 10);
  return Number.isNaN(Date.parse(day)) ? null : t.replace(' ', 'T');
}

function pageMetadata(meta: { ogTitle: string; twitterTitle: string; title: string; date: string; siteName: string; appName: string }, jsonLds: readonly string[], h1: string): DocumentMetadata {
  const ld = fromJsonLd(jsonLds);
  let outlet = collapse(meta.siteName || ld.publisher || meta.appName) || null;
  let title = collapse(meta.ogTitle || meta.twitterTitle || ld.headline || meta.title);
  // '<title>Headline | Outlet</title>': the outlet's name is not part of the headline
  if (outlet && title.length > outlet.length + 3 && title.endsWith(outlet)) {
    const rest = title.slice(0, -outlet.length).replace(/\s*[|\-–—:·•]\s*$/, '');
    if (rest.length < title.length - outlet.length) title = rest;
  }
  // no declared site name: the title is the page's h1 beside a shorter name, which is the outlet's
  const beside = besideHeadline(title, h1);
  if (beside) {
    title = h1;
    outlet ??= beside;
  }
  return { title: title || null, date: isoDate(meta.date) ?? isoDate(ld.date), outlet, dateline: null };
}

const words = (s: string) => s.split(' ').filter(Boolean).length;

/**
 * The name beside the headline in a title that is the page's h1, a separator and a shorter name, on
 * either side, as sites title their pages when they declare no site name:
 *
 *   besideHeadline('Ceasefire holds in Karabakh | Example News', 'Ceasefire holds in Karabakh')  === 'Example News'
 *   besideHeadline('Example News - Ceasefire holds in Karabakh', 'Ceasefire holds in Karabakh')  === 'Example News'
 *   besideHeadline('Ceasefire holds in Karabakh - World | Example News', 'Ceasefire holds in Karabakh') === 'Example News'
 *   besideHeadline('Ceasefire holds in Karabakh | Example News', 'Example News')                 === undefined
 *
 * The last is a site whose h1 is its own name (a logo): the name beside it is longer than it, so it is
 * no site's name. Of a chain of names (section, then site), the one farthest from the headline.
 */
export function besideHeadline(title: string, h1: string): string | undefined {
  if (!h1 || title.length <= h1.length) return undefined;
  const lowerTitle = title.toLowerCase();
  const lowerH1 = h1.toLowerCase();
  let rest: string | undefined;
  if (lowerTitle.startsWith(lowerH1)) rest = /^\s*[|\-–—:·•»]\s+(.+)$/.exec(title.slice(h1.length))?.[1]?.split(TITLE_SEPARATOR).at(-1);
  else if (lowerTitle.endsWith(lowerH1)) rest = /^(.+?)\s+[|\-–—:·•«]\s*$/.exec(title.slice(0, -h1.length))?.[1]?.split(TITLE_SEPARATOR)[0];
  const name = rest?.trim();
  return name && words(name) <= 5 && words(name) < words(h1) ? name : undefined;
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»«]\s+/;
