import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageCheck, otherThanEnglishWith, wordCounts } from '../../src/nlp/language.js';
import { run, tempDir } from '../pipeline-helpers.js';

// news paragraphs (written for this test), each over 200 letters
const PARAGRAPHS: Record<string, string> = {
  fr: "Le président azerbaïdjanais Ilham Aliyev a rencontré lundi à Bakou le Premier ministre arménien, selon un communiqué publié par la présidence. Les deux dirigeants ont discuté du cessez-le-feu et de l'échange de prisonniers, a précisé le texte, sans donner plus de détails sur la suite des négociations.",
  de: 'Der aserbaidschanische Präsident Ilham Aliyev hat am Montag in Baku den armenischen Regierungschef getroffen, wie das Präsidialamt mitteilte. Beide sprachen über die Waffenruhe und den Austausch von Gefangenen; weitere Einzelheiten zu den Verhandlungen wurden zunächst nicht bekannt gegeben.',
  es: 'El presidente de Azerbaiyán, Ilham Aliyev, se reunió el lunes en Bakú con el primer ministro armenio, según un comunicado de la presidencia. Ambos dirigentes hablaron del alto el fuego y del intercambio de prisioneros, sin que se conocieran más detalles sobre las negociaciones.',
  ru: 'Президент Азербайджана Ильхам Алиев в понедельник встретился в Баку с премьер-министром Армении, сообщила пресс-служба президента. Стороны обсудили режим прекращения огня и обмен пленными, однако подробности переговоров пока не раскрываются.',
  tr: "Azerbaycan Cumhurbaşkanı İlham Aliyev pazartesi günü Bakü'de Ermenistan Başbakanı ile görüştü, cumhurbaşkanlığından yapılan açıklamada belirtildi. İki lider ateşkesi ve esir takasını ele aldı; müzakerelerin ayrıntıları henüz açıklanmadı.",
};
const ENGLISH =
  'Azerbaijani President Ilham Aliyev met the Armenian prime minister in Baku on Monday, the presidency said in a statement. The two leaders discussed the ceasefire and the exchange of prisoners, it said, without giving further details of the talks.';

describe('the language check of --english-only (eld)', () => {
  it.each(Object.entries(PARAGRAPHS))('reads a news paragraph in %s as that language', async (lang, text) => {
    const check = await languageCheck();
    expect(check(text)?.language).toBe(lang);
  });

  it('reads English as English; too few letters (a headline, a table of figures) as nothing', async () => {
    const check = await languageCheck();
    expect(check(ENGLISH)).toBeUndefined();
    expect(check('Le président Aliyev rencontre le Premier ministre arménien à Bakou')).toBeUndefined();
    expect(check('HONG KONG EXCHS NOON - APR 7\n us 7.8015 - 7.8035\n uk 12.622 - 12.634\n us/uk 1.6180 - 1.6190\n'.repeat(5))).toBeUndefined();
  });

  it("does not ask eld about a text whose words are English's own at 8% or more (the, and, that, said, ...)", () => {
    const asked: string[] = [];
    const check = otherThanEnglishWith({ detect: (t) => (asked.push(t), { language: 'fr', getScores: () => ({ fr: 0.9 }), isReliable: () => true }) });
    expect(wordCounts(ENGLISH).englishShare).toBeGreaterThan(0.08);
    for (const text of Object.values(PARAGRAPHS)) expect(wordCounts(text).englishShare).toBe(0);
    expect(check(ENGLISH)).toBeUndefined();
    expect(asked).toEqual([]);
    expect(check(PARAGRAPHS.fr)?.language).toBe('fr');
    expect(asked).toEqual([PARAGRAPHS.fr]);
  });

  it('calls a text English when English scores within 0.05 of the best, or the reading is unreliable', () => {
    const fake = (language: string, scores: Record<string, number>, reliable = true) => otherThanEnglishWith({ detect: () => ({ language, getScores: () => scores, isReliable: () => reliable }) });
    const text = 'x'.repeat(300);
    expect(fake('fr', { fr: 0.7, en: 0.66 })(text)).toBeUndefined();
    expect(fake('fr', { fr: 0.7, en: 0.6 })(text)).toEqual({ language: 'fr', score: 0.7, english: 0.6 });
    expect(fake('fr', { fr: 0.7 }, false)(text)).toBeUndefined();
    expect(fake('fr', { fr: 0.7, en: 0.1 })('x'.repeat(199))).toBeUndefined();
  });
});

describe('--english-only and texts that declare no language', () => {
  it('leaves a text that reads as another language unprocessed (status skipped, clean/other-language), whatever its page declares; processes the English ones; without the option processes all', async () => {
    const input = tempDir('lang-detect');
    writeFileSync(join(input, 'fr.txt'), PARAGRAPHS.fr + '\n');
    writeFileSync(join(input, 'en.txt'), ENGLISH + '\n');
    // a page in German under a template's lang="en"
    writeFileSync(join(input, 'de.html'), `<html lang="en"><body><article><p>${PARAGRAPHS.de}</p></article></body></html>`);
    type Doc = { id: string; status: string; counts: { mentions: number }; diagnostics: { code: string; stage: string; message: string }[] };
    const statuses = (docs: Doc[]) => docs.map((d) => [d.id, d.status, d.counts.mentions > 0, d.diagnostics.filter((x) => x.code === 'clean/other-language').map((x) => x.message.replace(/\d\.\d\d/g, 'N'))]);
    const only = await run(input, { englishOnly: true, report: false });
    expect(statuses(JSON.parse(only.read('documents.json')) as Doc[])).toEqual([
      ['de', 'skipped', false, [`the text reads as "de" (eld's language identification: N, English N); not processed (--english-only)`]],
      ['en', 'ok', true, []],
      ['fr', 'skipped', false, [`the text reads as "fr" (eld's language identification: N, English N); not processed (--english-only)`]],
    ]);
    expect(only.summary.notProcessed).toBe(2);
    const all = await run(input, { report: false });
    // (processed, though the cleaner's English-made rules keep little of them)
    expect(statuses(JSON.parse(all.read('documents.json')) as Doc[]).map(([id, status, , warned]) => [id, status, warned])).toEqual([
      ['de', 'ok', []],
      ['en', 'ok', []],
      ['fr', 'ok', []],
    ]);
  });
});
