import type { CleanDocument, DocumentMetadata, DroppedBlock, KeptBlock, SourceDocument } from '../model/document.js';
import { ComposedMap, OffsetMapBuilder, type SourceMap } from '../model/offset-map.js';
import type { Reporter } from '../diagnostics/diagnostic.js';
import { normalizeText } from './clean/normalize.js';
import { joinWrapped, splitLines, wrapWidth, wrapped, type Line } from './clean/lines.js';
import { LONE_BY, classifyLines, type LineDecision, type RunsOn } from './clean/classify.js';
import { htmlText } from './clean/html.js';
import { ARTICLE_CHARS_MAX } from '../input/parts.js';
import { grouped } from '../util/format.js';

/**
 * The warning for a document of `chars` characters of which cleaning kept `kept`, when it is longer than an
 * article. Only a web page gets here (a text this long, a `.txt` file's or an input's article, is processed in parts:
 * src/input/parts.ts): it is one document, so the stories of one holding many are not
 * told apart (one title and date, co-occurrences counted across stories), and the page rules, applied to parts of it
 * (`classifyInParts`), may still drop some. (A kept text this long goes through the later stages in sections:
 * src/stages/sections.ts.)
 *
 *   longTextWarning(15_780_824, 13_512_000) = 'the text is 15,780,824 characters long (86% kept), ...'
 */
export function longTextWarning(chars: number, kept: number): string | undefined {
  if (chars <= ARTICLE_CHARS_MAX) return undefined;
  return `the text is ${grouped(chars)} characters long (${Math.round((100 * kept) / chars)}% kept), more than a news article (over ${grouped(ARTICLE_CHARS_MAX)}): a web page is one document (a text this long would be processed in parts), so the articles of one holding many are not told apart (one title and date; a page's rules, sidebars and comments, applied to parts of ${grouped(PART_CHARS)} characters; a kept text this long split, tagged and resolved in sections: split/in-sections); give one article per file, or per JSON Lines line`;
}

/**
 * The characters of a part of a text over ARTICLE_CHARS_MAX that `classifyInParts` classifies as a page of its
 * own: a long story's length (BBC's are 2 kB at the median, 25 kB at most). The share of such a text kept, 16 MB of
 * BBC and Reuters stories in one file / 4 MB of BBC stories (the kept blocks' spans): 7% / 44% whole, 53% / - in parts of 100 kB, 74% / 94%
 * in parts of 30 kB, 86% / 97% in parts of 10 kB (162,581 / 47,050 mentions; the same stories as files of their own
 * give 153,526 / 42,824: in one document a surname is linked to the full name of an earlier story).
 */
export const PART_CHARS = 10_000;

const NO_METADATA: DocumentMetadata = { title: null, date: null, outlet: null, dateline: null };

/**
 * Which lines of a hard-wrapped text run on into the next (`wrapped`), counted from line `offset` of `lines`: what the
 * classifier asks (`RunsOn`). A class, not a closure made per document: see docs/ARCHITECTURE.md, "Hot code".
 */
class WrappedLines implements RunsOn {
  constructor(
    private readonly text: string,
    private readonly lines: readonly Line[],
    private readonly width: number,
    private readonly offset = 0,
  ) {}

  at(i: number): boolean {
    const k = this.offset + i;
    return k + 1 < this.lines.length && wrapped(this.text, this.lines[k], this.lines[k + 1], this.width);
  }

  /** the same lines counted from line `offset` (of these) on: a part's (`classifyInParts`) */
  from(offset: number): WrappedLines {
    return new WrappedLines(this.text, this.lines, this.width, this.offset + offset);
  }
}

/**
 * A text longer than any article (over ARTICLE_CHARS_MAX: many articles in one file) classified in parts of about
 * PART_CHARS, each from a line after a blank line, as if each were a page: the page rules (the main text is one
 * run of text, reader comments run to the end) then act within a part, not over the whole file. Read whole, 16 MB
 * of BBC and Reuters stories in one .txt file kept 7% of its text: a line early on read as a comment signature
 * made the rest 'reader comments', and all but one run of stories was 'text outside the main text'. The
 * metadata (title, date, ...) is the first part's. Texts up to ARTICLE_CHARS_MAX are classified whole.
 */
function classifyInParts(lines: readonly Line[], runsOn: WrappedLines | null, page: boolean): ReturnType<typeof classifyLines> {
  const decisions: LineDecision[] = [];
  let metadata: ReturnType<typeof classifyLines>['metadata'] | undefined;
  for (let from = 0; from < lines.length; ) {
    let to = from + 1;
    while (to < lines.length && !(lines[to].start - lines[from].start >= PART_CHARS && lines[to].blankBefore)) to++;
    const part = classifyLines(lines.slice(from, to), runsOn ? runsOn.from(from) : null, page);
    for (const d of part.decisions) decisions.push(d);
    metadata ??= part.metadata;
    from = to;
  }
  return { decisions, metadata: metadata ?? NO_METADATA };
}

/**
 * The clean stage: normalise characters, cut the text into lines, classify
 * each line (title, metadata, body, caption, or dropped boilerplate) and build
 * the clean text from the kept parts, separated by blank lines, with a map from
 * every clean position back to the original text.
 */
export function clean(doc: SourceDocument, ctx: { report: Reporter }): CleanDocument {
  // a web page: its visible text first, mapped back to the markup (html.ts); then the same steps as a text
  const page = doc.format === 'html' ? htmlText(doc.text) : null;
  const normalized = normalizeText(page ? page.text : doc.text);
  const norm = { text: normalized.text, map: page ? new ComposedMap(normalized.map, page.map) : (normalized.map as SourceMap) };
  const physical = splitLines(norm.text);
  const lines = joinWrapped(norm.text, physical);
  const width = wrapWidth(norm.text, physical);
  const runsOn = width === Infinity ? null : new WrappedLines(norm.text, lines, width);
  // a part of a longer text (src/input/parts.ts) too: read whole, its lines were judged against one another as
  // one page's (a first version, 10 MB of stories in one file cut in 1,000,000-character parts: they kept 3-97% of
  // their text, 39% in all, where classifying the whole file's text in pieces kept 88%, and the parts in pieces 90%)
  const { decisions, metadata: found } = norm.text.length > ARTICLE_CHARS_MAX || doc.part ? classifyInParts(lines, runsOn, page !== null) : classifyLines(lines, runsOn, page !== null);
  // a title, date or dateline is the file's start's: a later part opens mid-file
  const metadata = doc.part && doc.part.index > 1 ? NO_METADATA : found;

  const b = new OffsetMapBuilder();
  const blocks: KeptBlock[] = [];
  const dropped: DroppedBlock[] = page ? [...page.dropped] : [];
  for (const d of dropped) reportDropped(d, ctx.report);
  for (let i = 0; i < lines.length; i++) {
    const d = decisions[i];
    const l = lines[i];
    const orig = norm.map.toOriginal({ start: l.start, end: l.end });
    if (d.zone === 'dropped' || !d.keep) {
      const block = { span: orig, reason: d.reason, text: l.text };
      dropped.push(block);
      reportDropped(block, ctx.report);
      continue;
    }
    // a kept body line that the one kept right before it breaks off mid-sentence in a hard-wrapped text
    // ('... as is Chief Financial' / 'Officer Gary B. Erekson ...') goes on its block, with the line break
    // between them: its sentence, and a name across the break, stay whole. (Joined after classifying, not
    // before: a wrapped paragraph of figures or names joined whole would read as one block of few function
    // words, boilerplate to the classifier, where its lines are short lines it keeps beside the article.)
    // So does a byline's name under its 'By' alone on the line above ('By' / 'KELLIN ABARO': the name rules read 'By').
    const prev = decisions[i - 1];
    if (
      i > 0 &&
      prev.keep &&
      prev.zone === d.zone &&
      prev.keep.end === lines[i - 1].end &&
      d.keep.start === l.start &&
      (d.zone === 'body' ? runsOn?.at(i - 1) : d.reason === 'byline' && prev.reason === 'byline' && LONE_BY.test(lines[i - 1].text))
    ) {
      b.copy(norm.text, prev.keep.end, d.keep.end - prev.keep.end);
      const last = blocks[blocks.length - 1];
      blocks[blocks.length - 1] = { ...last, span: { start: last.span.start, end: norm.map.toOriginal(d.keep).end }, clean: { start: last.clean.start, end: b.cleanLength } };
      continue;
    }
    // blocks are separated by a blank line anchored at the end of the previous block
    if (b.cleanLength > 0) b.replace('\n\n', d.keep.start, 0);
    const cleanStart = b.cleanLength;
    b.copy(norm.text, d.keep.start, d.keep.end - d.keep.start);
    blocks.push({
      span: norm.map.toOriginal(d.keep),
      clean: { start: cleanStart, end: b.cleanLength },
      zone: d.zone,
    });
  }
  const built = b.build();
  if (blocks.length === 0 && lines.length > 0) ctx.report.warn('clean/no-content', 'nothing was left after cleaning: every line looked like boilerplate');
  const long = longTextWarning(norm.text.length, built.text.length);
  if (long) ctx.report.warn('clean/long-text', long);
  return {
    ...doc,
    clean: built.text,
    toSource: new ComposedMap(built.map, norm.map),
    metadata: page ? withDeclared(metadata, page.metadata) : metadata,
    blocks,
    dropped: page ? dropped.sort((a, b) => a.span.start - b.span.start) : dropped,
  };
}

/**
 * A page's metadata: what its markup declares (the head's `og:title`, `article:published_time`,
 * `og:site_name`, JSON-LD: the publisher's own, machine-readable values) wins over what the line
 * cleaner read from the text; the text gives the rest (always the dateline, which pages do not declare).
 */
function withDeclared(fromText: DocumentMetadata, declared: DocumentMetadata): DocumentMetadata {
  return {
    title: declared.title ?? fromText.title,
    date: declared.date ?? fromText.date,
    outlet: declared.outlet ?? fromText.outlet,
    dateline: fromText.dateline,
  };
}

const reportDropped = (d: DroppedBlock, report: Reporter) =>
  report.info('clean/dropped-block', `dropped ${d.reason}: ${JSON.stringify(d.text.length > 80 ? d.text.slice(0, 77) + '...' : d.text)}`, { span: d.span });
