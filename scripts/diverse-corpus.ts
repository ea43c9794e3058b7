/**
 * A non-repeating variant of a corpus, for memory checks the bench corpus
 * cannot make (its copies repeat the same names, so the tables kept across
 * documents stop growing after the first copy):
 *
 *   npx tsx scripts/diverse-corpus.ts SRC DST MB [P]
 *
 * Copies the .txt files of SRC (in path order) to DST until MB megabytes,
 * and in each document replaces each distinct capitalised word of four or
 * more letters, with probability P (default 0.2), by a made-up name unique to
 * that document (the same within it: `Warner` -> `Warkakakakavoner`). So
 * names no gazetteer holds keep coming, as in a diverse archive, and faster
 * (each made-up name is new once; gazetteer names are renamed too). The
 * first N MB of a larger run are the same files as a smaller run's.
 * docs/BENCHMARKS.md (ninth session) reports what the pipeline's memory does
 * on it; `npm run bench` measures it (its `diverse` run).
 */
import { pathToFileURL } from 'node:url';
import { rng } from '../src/util/rng.js';
import { writeCorpusVariant } from './corpus-variant.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'zel', 'dor', 'pin', 'sha', 'bu', 'gan', 'ru', 'tek', 'wil', 'nor'];
/** bump when the output of `writeDiverseCorpus` changes, so a reused corpus is rebuilt */
const VARIANT_VERSION = 1;

/**
 * Writes the variant of `src` into `dst` (reused when a marker says it was
 * built from the same source with the same parameters). Deterministic.
 */
export function writeDiverseCorpus(src: string, dst: string, mb: number, p = 0.2): { dir: string; documents: number; bytes: number } {
  const random = rng(99);
  const { dir, documents, bytes } = writeCorpusVariant(src, dst, '.diverse.json', { version: VARIANT_VERSION, p }, (text, n) => {
    const names = new Map<string, string>();
    // four syllables from the document's number (unique per document), one at random
    const made = (w: string) => w.slice(0, 3) + [0, 4, 8, 12].map((k) => SYLLABLES[(n >> k) % 16]).join('') + SYLLABLES[Math.floor(random() * 16)] + w.slice(3).toLowerCase();
    return text.replace(/\b[A-Z][a-z]{3,}\b/g, (w) => {
      if (!names.has(w)) names.set(w, random() < p ? made(w) : w);
      return names.get(w)!;
    });
  }, mb);
  return { dir, documents, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [src, dst, mb, p = '0.2'] = process.argv.slice(2);
  if (!src || !dst || !mb) throw new Error('usage: npx tsx scripts/diverse-corpus.ts SRC DST MB [P]');
  const r = writeDiverseCorpus(src, dst, Number(mb), Number(p));
  console.log(`${r.documents} documents, ${(r.bytes / 1e6).toFixed(1)} MB -> ${dst}`);
}
