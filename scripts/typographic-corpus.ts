/**
 * A variant of a corpus written the way web news is, for the speed check the bench corpus cannot make: its
 * BBC and Reuters texts are ASCII (1 of the 2,225 BBC files has a character above U+00FF), so V8 keeps every
 * string of a run one byte per character; web news has curly quotes and dashes (318 of the 373 FakeNewsNet
 * articles, 1,233 of the 1,381 boilerplate-dev pages), so its strings are two bytes per character, and some
 * of the work on them is slower (regular expressions with the `u` flag several times: docs/BENCHMARKS.md,
 * forty-seventh session).
 *
 *   npx tsx scripts/typographic-corpus.ts SRC DST [MB]
 *
 * Copies the .txt files of SRC (in path order) to DST, all or until MB megabytes, with the typewriter's punctuation
 * set as a typesetter (or a word processor's smart quotes) would: `"` as “ or ”, `'` as ‘ or ’ (an apostrophe
 * too: ’), ` - ` and ` -- ` as ` – `, `--` between words as —, `...` as …. The words are untouched. The first
 * N MB of a larger run are the same files as a smaller run's. `npm run bench` measures it (its `typographic` run).
 */
import { pathToFileURL } from 'node:url';
import { writeCorpusVariant, type VariantCorpus } from './corpus-variant.js';

/** bump when the output of `typographic` changes, so a reused corpus is rebuilt */
const VARIANT_VERSION = 1;

/**
 * The text with typographic quotes, dashes and ellipses. A quote opens after the start, white space or an
 * opening bracket, dash or quote, and closes elsewhere ('it's' -> 'it’s').
 *
 *   typographic('He said "it\'s over" - then left...') = 'He said “it’s over” – then left…'
 */
export function typographic(text: string): string {
  return text
    .replace(/\.\.\./g, '…')
    .replace(/(^|[ \t])--?(?=[ \t]|$)/gm, '$1–')
    .replace(/(\w)--(?=\w)/g, '$1—')
    .replace(/(^|[\s([{–—“‘])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{–—“])'/g, '$1‘')
    .replace(/'/g, '’');
}

/**
 * Writes the variant of `src` into `dst`: every file, or the first until `mb` megabytes (reused when a marker says
 * it was built from the same source and size). Deterministic.
 */
export function writeTypographicCorpus(src: string, dst: string, mb?: number): VariantCorpus {
  return writeCorpusVariant(src, dst, '.typographic.json', { version: VARIANT_VERSION }, typographic, mb);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [src, dst, mb] = process.argv.slice(2);
  if (!src || !dst) throw new Error('usage: npx tsx scripts/typographic-corpus.ts SRC DST [MB]');
  const r = writeTypographicCorpus(src, dst, mb === undefined ? undefined : Number(mb));
  console.log(`${r.documents} documents, ${(r.bytes / 1e6).toFixed(1)} MB -> ${dst}`);
}
