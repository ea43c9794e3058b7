/**
 * A plain-text file too long to be one news article (an archive's export of
 * many, a book) is processed in parts: `textParts` cuts its decoded text at
 * paragraph breaks into pieces of at most `maxChars` characters (PART_CHARS_MAX), and each
 * piece goes through the stages as a document of its own (`id#part-N`), its
 * offsets shifted back into the file's text in the tables (`shiftResult` in
 * src/pipeline.ts). Why: one document's working memory grows with its text
 * (tokens, sentences, rows: a 10 MB text file took a worker 1.57 GB of RSS,
 * docs/BENCHMARKS.md, thirty-fifth session), and one document runs on one
 * worker; in parts, a file of any size costs a part's memory and uses every
 * worker. What it costs: names are resolved within a part (an 'Aliyev' is
 * linked to the 'Ilham Aliyev' of its own part only), which, for a file of
 * many articles, is closer to right than a whole file's resolution.
 *
 * Written by hand: the cut is a search for the last blank line in a window,
 * not a solved problem a library packages.
 */

/**
 * More characters than any news article has (spaCy's default `max_length`;
 * the longest texts at hand are web pages with their comments, boilerplate-dev:
 * 253 kB; a BBC story is 25 kB at most): a longer text is processed in parts of
 * at most PART_CHARS_MAX characters (and the cleaner classifies lines of such a
 * text, and of a part, in pieces: src/stages/clean.ts); a web page is one
 * document whatever its length.
 */
export const ARTICLE_CHARS_MAX = 1_000_000;

/**
 * The most characters of a part: a quarter of ARTICLE_CHARS_MAX. Against parts of 1,000,000 characters, on 10 MB
 * of stories in one file (2 workers, two alternating rounds, docs/BENCHMARKS.md, thirty-fifth session): peak RSS
 * 581-606 MiB against 740-743, 15.5-18.6 s against 17.0-18.2 s, and 91.1% of the mention rows the same as the
 * stories processed as files of their own (87.0%): a part resolves short names against fewer other stories.
 */
export const PART_CHARS_MAX = 250_000;

/** When a text is cut (`long`: longer than this many characters) and into parts of at most how many (`part`). */
export interface PartSizes {
  readonly long: number;
  readonly part: number;
}

/** The sizes an option bag gives, the defaults for the rest (tests set small ones). */
export const partSizes = (o: { readonly longChars?: number; readonly partChars?: number } = {}): PartSizes => ({ long: o.longChars ?? ARTICLE_CHARS_MAX, part: o.partChars ?? PART_CHARS_MAX });

/** Where a part of a longer text lies in it. */
export interface TextPart {
  /** 1-based */
  readonly index: number;
  /** how many parts the text has */
  readonly count: number;
  /** the offset of the part's first character in the whole text (UTF-16 code units, as every offset) */
  readonly start: number;
  /** the 1-based line of the whole text that the part starts on */
  readonly line: number;
}

/** The document id of a part: `archive/2020-10` -> `archive/2020-10#part-3`. */
export const partId = (id: string, index: number): string => `${id}#part-${index}`;

/**
 * The parts of `text`, each at most `maxChars` long, together the whole text
 * in order. A cut falls after the last blank line of the part's second half
 * (the next part opens on a paragraph); without one there, after the last
 * line break; without one, after the last white space; else at `maxChars`
 * (never between the two halves of a surrogate pair). A text of at most
 * `maxChars` characters is one part.
 *
 *   textParts('aaaa\n\nbbbb\n\ncc', 8)  -> parts 'aaaa\n\n' and 'bbbb\n\ncc'
 */
export function textParts(text: string, maxChars: number): TextPart[] {
  if (!(maxChars >= 2)) throw new RangeError(`textParts: maxChars must be at least 2, got ${maxChars}`);
  const spans: [number, number][] = [];
  let a = 0;
  while (text.length - a > maxChars) {
    const limit = a + maxChars;
    const half = a + Math.floor(maxChars / 2);
    let cut = lastMatchEnd(/\n[ \t\r\f\v]*\n\s*/g, text, half, limit);
    if (cut < 0) cut = lastMatchEnd(/\n/g, text, half, limit);
    if (cut < 0) cut = lastMatchEnd(/\s+/g, text, half, limit);
    if (cut < 0) cut = isLowSurrogate(text.charCodeAt(limit)) && isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
    spans.push([a, cut]);
    a = cut;
  }
  spans.push([a, text.length]);
  let line = 1;
  let counted = 0;
  return spans.map(([start], i) => {
    for (let j = text.indexOf('\n', counted); j >= 0 && j < start; j = text.indexOf('\n', j + 1)) line++;
    counted = start;
    return { index: i + 1, count: spans.length, start, line };
  });
}

/** The end of the last match of `re` (global) that starts at or after `from` and ends at or before `to`; -1 if none. */
function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number {
  const window = text.slice(from, to);
  let end = -1;
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    end = from + m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
