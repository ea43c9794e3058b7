/**
 * Language identification, for `--english-only`'s documents that declare no
 * language (or declare English): eld, the Efficient Language Detector
 * (Apache-2.0), with its extra-small n-gram database. Loaded on first use, in
 * the thread that processes documents (about 0.2 s and 32 MB of heap, measured
 * on this machine), so a run without `--english-only` never loads it.
 *
 * Measured (docs/INPUT.md): eld's extra-small database on the 18,567 English
 * texts of the 20 MB bench corpus, a text's first 2,000 characters, 0.16 ms a
 * text: no text of 200 letters or more read reliably as another language (the
 * 4 false readings, Reuters' tables of figures, have fewer letters); with
 * `--english-only` none of those texts, nor of the 1,381 boilerplate-dev pages,
 * was skipped. franc-min read 50 of the first 3,000 bench texts as another
 * language and took 1.3-1.8 ms a text; tinyld 85 of 3,000.
 */
/** What is used of eld: its detection (the package's `eld` object). */
interface Detector {
  detect(text: string): { readonly language: string; getScores(): Record<string, number>; isReliable(): boolean };
}

/** What the check found: the language (ISO 639-1) and eld's scores for it and for English. */
export interface OtherLanguage {
  readonly language: string;
  readonly score: number;
  readonly english: number;
}

/** A text's language when it is reliably another than English; undefined when English, too short or unsure. */
export type LanguageCheck = (text: string) => OtherLanguage | undefined;

/** the characters read (the caller builds a sample this long): an article's first paragraphs say its language */
export const SAMPLE_CHARS = 2000;
/** fewer letters than this (a table of figures, a headline) say too little */
const MIN_LETTERS = 200;
/** English within this much of the best score: too close to call, so processed */
const MARGIN = 0.05;

/**
 * Common English function words, chosen to be rare as words in the other languages of the Latin script (not
 * 'of', a Dutch word; 'was' and 'will', German; 'for', Danish and Swedish; 'a', 'on', 'in', 'to'). Checked on
 * the test paragraphs in French, German, Spanish and Turkish only: none of these words is in them ('been' is
 * a Dutch noun, kept: a wrong fast answer only lets a text be processed).
 */
const ENGLISH_WORDS = new Set(['the', 'and', 'that', 'with', 'said', 'from', 'his', 'has', 'have', 'been', 'their', 'they', 'which', 'would', 'this', 'were', 'there', 'about', 'after', 'its']);
/**
 * a text whose words are this share of `ENGLISH_WORDS` or more is English without asking eld: 16,709 of the
 * 19,948 bench and boilerplate-dev texts (their shares: a median of about 0.14), none of the test paragraphs
 * in French, German, Spanish, Russian or Turkish (0.00); eld then reads the rest (0.16 ms a text)
 */
const ENGLISH_SHARE = 0.08;

/** A text's letters, and the share of its words (at least 30) that are `ENGLISH_WORDS` (0 for fewer words): one pass. */
export function wordCounts(text: string): { letters: number; englishShare: number } {
  let letters = 0;
  let words = 0;
  let english = 0;
  const word = /\p{L}+/gu;
  for (let m = word.exec(text); m !== null; m = word.exec(text)) {
    const w = m[0];
    letters += w.length;
    words++;
    // (the longest of ENGLISH_WORDS has 5 letters: longer words are not lowercased)
    if (w.length <= 5 && ENGLISH_WORDS.has(w.toLowerCase())) english++;
  }
  return { letters, englishShare: words < 30 ? 0 : english / words };
}

let loading: Promise<LanguageCheck> | undefined;

/** The check, its database loaded once per thread. */
export function languageCheck(): Promise<LanguageCheck> {
  return (loading ??= import('eld/extrasmall').then(({ eld }) => otherThanEnglishWith(eld as Detector)));
}

/**
 * The check with a loaded detector.
 *
 *   'Le président azerbaïdjanais Ilham Aliyev a rencontré lundi ...' (200+ letters) -> { language: 'fr', ... }
 *   'Azerbaijani President Ilham Aliyev met ...'                     -> undefined (English)
 *   'Shr 35 cts vs 25 cts Net 1,590,000 vs 1,140,000'                -> undefined (too few letters)
 */
export function otherThanEnglishWith(eld: Detector): LanguageCheck {
  return (text) => {
    const sample = text.slice(0, SAMPLE_CHARS);
    const { letters, englishShare } = wordCounts(sample);
    if (letters < MIN_LETTERS || englishShare >= ENGLISH_SHARE) return undefined;
    const r = eld.detect(sample);
    if (r.language === '' || r.language === 'en' || !r.isReliable()) return undefined;
    const scores = r.getScores();
    const score = scores[r.language] ?? 0;
    const english = scores.en ?? 0;
    return english >= score - MARGIN ? undefined : { language: r.language, score, english };
  };
}
