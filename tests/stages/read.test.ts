import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { decode, decodeDocument, declaredCharset, documentId } from '../../src/stages/read.js';
import { looksLikeHtmlPage } from '../../src/input/formats.js';

const bytesOf = (...parts: (string | number[])[]) => Uint8Array.from(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p)))));

function run(bytes: Uint8Array) {
  const report = new Reporter();
  const r = decode(bytes, { report });
  return { r, report, codes: report.messages.map((m) => m.code) };
}

describe('read: decode', () => {
  it.each([
    // [name, bytes, text, encoding, diagnostic codes]
    ['ASCII', bytesOf('Baku'), 'Baku', 'utf-8', []],
    ['UTF-8 with BOM', bytesOf([0xef, 0xbb, 0xbf], 'Ba'), 'Ba', 'utf-8-bom', []],
    ['UTF-8 Azerbaijani', bytesOf([0xc6, 0x8f, 0x6c]), 'Əl', 'utf-8', []],
    ['UTF-8 astral', bytesOf('a😀b'), 'a😀b', 'utf-8', []],
    ['UTF-16 LE with BOM', Uint8Array.from([0xff, 0xfe, ...iconv.encode('Əliyev in Bakı', 'utf-16le')]), 'Əliyev in Bakı', 'utf-16le', []],
    ['UTF-16 BE with BOM', Uint8Array.from([0xfe, 0xff, ...iconv.encode('Əliyev 😀', 'utf-16be')]), 'Əliyev 😀', 'utf-16be', []],
    ['UTF-16 LE, odd length', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'A', 'utf-16le', ['read/invalid-utf16']],
    // 'A£B' in Latin-1: one byte that is not UTF-8 and nothing that is -> a legacy encoding
    ['Latin-1 pound', Uint8Array.from(Buffer.from('Costs \xa35 million in Baku and London.', 'latin1')), 'Costs £5 million in Baku and London.', 'windows-1252', ['read/legacy-encoding']],
    ['Windows-1252 quotes and euro', bytesOf('He said ', [0x93], 'hello', [0x94], ' for ', [0x80], '10 in the capital.'), 'He said “hello” for €10 in the capital.', 'windows-1252', ['read/legacy-encoding']],
    ['German Latin-1', Uint8Array.from(Buffer.from('Die Stra\xdfe in M\xfcnchen ist sch\xf6n und gro\xdf. \xc4rger \xfcber \xd6l.', 'latin1')), 'Die Straße in München ist schön und groß. Ärger über Öl.', 'windows-1252', ['read/legacy-encoding']],
    // UTF-8 text with one broken byte stays UTF-8: the valid multi-byte sequences show it
    ['UTF-8 with a bad byte', bytesOf('Bakı and Əliyev ', [0xff], ' end'), 'Bakı and Əliyev \ufffd end', 'utf-8 (with replacements)', ['read/invalid-utf8']],
    ['UTF-8 BOM with a bad byte', bytesOf([0xef, 0xbb, 0xbf], 'Əl', [0xc0, 0x80]), 'Əl\ufffd\ufffd', 'utf-8-bom (with replacements)', ['read/invalid-utf8']],
  ])('%s', (_, bytes, text, encoding, codes) => {
    const { r, codes: got } = run(bytes);
    expect(r).toEqual({ text, encoding });
    expect(got).toEqual(codes);
  });

  it('names the byte offset and the text position of the first invalid UTF-8 sequence', () => {
    // 'Əl' is 3 bytes and 2 UTF-16 code units: byte offset 7, string index 6
    const { r, report } = run(bytesOf('Əl and ', [0xff], 'x Ə ', [0xfe]));
    expect(report.messages).toHaveLength(1);
    expect(report.messages[0]).toMatchObject({ code: 'read/invalid-utf8', byteOffset: 8, span: { start: 7, end: 8 } });
    expect(report.messages[0].message).toMatch(/^2 invalid UTF-8 sequence\(s\), the first at byte offset 8/);
    expect(r!.text[7]).toBe('\ufffd');
  });

  it('names the first non-UTF-8 byte of a legacy file and the guess', () => {
    const { report } = run(Uint8Array.from(Buffer.from('The price was \xa3400 at the market in town today.', 'latin1')));
    expect(report.messages[0].byteOffset).toBe(14);
    expect(report.messages[0].message).toMatch(/decoded as windows-1252 \(chardet: ISO-8859-1, confidence \d+\)/);
  });

  it.each([
    ['NUL byte', [0x50, 0x4b, 0x00, 0x01], 2, /NUL byte at byte offset 2/],
    ['UTF-16 without BOM', [...iconv.encode('Baku', 'utf-16le')], 1, /NUL byte/],
    ['UTF-32 LE with BOM', [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00], 2, /NUL byte/],
    ['PDF without NUL', [...Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj', 'latin1')], 0, /PDF/],
    ['ZIP (docx)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x20], 0, /ZIP/],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0, /PNG/],
    ['gzip', [0x1f, 0x8b, 0x08, 0x08], 0, /gzip/],
    ['control bytes', [...Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))], 0, /control bytes/],
  ])('refuses binary data (%s) and fails the document', (_, bytes, offset, message) => {
    const { r, report } = run(Uint8Array.from(bytes));
    expect(r).toBeUndefined();
    expect(report.failed).toBe(true);
    expect(report.messages[0]).toMatchObject({ code: 'read/binary', byteOffset: offset });
    expect(report.messages[0].message).toMatch(message);
  });

  it('keeps a few control characters (Reuters-style \\x02 \\x03) as text', () => {
    const { r, codes } = run(bytesOf('\x02Baku, Azerbaijan\x03 &lt;AZ&gt; Reuter\n'));
    expect(codes).toEqual([]);
    expect(r!.text).toBe('\x02Baku, Azerbaijan\x03 &lt;AZ&gt; Reuter\n');
  });
});

describe('read: a web page that is not UTF-8 is read in the encoding it declares', () => {
  // short pages: too little text for chardet to be sure of the code page
  const russian = 'Путин встретился с Алиевым в Москве.';
  const german = 'Die Straße in München ist schön.';
  const page = (meta: string, text: string) => `<html><head>${meta}</head><body><p>${text}</p></body></html>`;
  it.each([
    ['<meta charset="windows-1251">', russian, 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">', russian, 'koi8-r'],
    ["<META CHARSET='ISO-8859-1'>", german, 'windows-1252'],
  ])('%s', (meta, text, encoding) => {
    const bytes = Uint8Array.from(iconv.encode(page(meta, text), encoding));
    expect(declaredCharset(bytes)).toBe(encoding);
    const report = new Reporter();
    const doc = decodeDocument(bytes, 'news/page.html', { report });
    expect([doc?.encoding, doc?.text.includes(text)]).toEqual([encoding, true]);
    expect(report.messages.map((m) => m.message).join('\n')).toMatch(/the page's <meta charset>/);
  });

  it('valid UTF-8 wins over a wrong declaration; a .txt file that is no page is never read for one (a page saved as .txt is)', () => {
    const utf8 = bytesOf(page('<meta charset="windows-1251">', russian));
    expect(decodeDocument(utf8, 'page.html', { report: new Reporter() })?.text).toContain(russian);
    const report = new Reporter();
    const asText = decodeDocument(Uint8Array.from(iconv.encode(`<meta charset="windows-1251"><p>${russian}</p>`, 'windows-1251')), 'notes.txt', { report });
    const saved = decodeDocument(Uint8Array.from(iconv.encode(page('<meta charset="windows-1251">', russian), 'windows-1251')), 'saved.txt', { report: new Reporter() });
    expect([saved?.format, saved?.encoding, saved?.text.includes(russian)]).toEqual(['html', 'windows-1251', true]);
    expect(report.messages.map((m) => m.message).join('\n')).toMatch(/chardet/);
    // what the declaration is for: chardet alone misreads this short page (windows-1252 mojibake)
    expect(asText?.text).not.toContain(russian);
    expect(declaredCharset(bytesOf('<meta charset="utf-8">'))).toBeUndefined();
    expect(declaredCharset(bytesOf('<meta charset="no-such-encoding">'))).toBeUndefined();
    expect(declaredCharset(bytesOf('x'.repeat(1100) + '<meta charset="koi8-r">'))).toBeUndefined();
  });
});

describe('read: decodeDocument', () => {
  it.each([
    ['empty', '', 'the file is empty'],
    ['whitespace', ' \n\t\r\n', 'the file holds only whitespace'],
  ])('warns on an %s file', (_, text, message) => {
    const report = new Reporter();
    const doc = decodeDocument(bytesOf(text), 'a/b.txt', { report });
    expect(doc).toMatchObject({ id: 'a/b', path: 'a/b.txt', text });
    expect(report.messages).toMatchObject([{ code: 'read/empty', severity: 'warn', message }]);
  });

  it('refuses a file above maxBytes', () => {
    const report = new Reporter();
    expect(decodeDocument(bytesOf('x'.repeat(101)), 'big.txt', { report }, { maxBytes: 100 })).toBeUndefined();
    expect(report.messages).toMatchObject([{ code: 'read/too-large', severity: 'fail' }]);
    expect(report.messages[0].message).toMatch(/101 bytes, above the limit of 100 \(--max-bytes\)/);
  });

  it.each([
    ['a.txt', 'a'],
    ['sub/002-x.txt', 'sub/002-x'],
    ['v1.2/notes', 'v1.2/notes'],
  ])('documentId(%s) = %s', (p, id) => {
    expect(documentId(p)).toBe(id);
  });
});

const BBC = new URL('../../../shared/data/corpora/bbc-fulltext/sport/199.txt', import.meta.url).pathname;
describe.skipIf(!existsSync(BBC))('read: real files (skipped without ../shared/data/corpora/bbc-fulltext)', () => {
  it('bbc-fulltext/sport/199.txt: a Latin-1 pound sign becomes £', () => {
    const report = new Reporter();
    const r = decode(readFileSync(BBC), { report });
    expect(r!.encoding).toBe('windows-1252');
    expect(r!.text).toContain('£15.8m signing');
    expect(r!.text).not.toContain('\ufffd');
    expect(report.messages.map((m) => m.code)).toEqual(['read/legacy-encoding']);
  });
});

describe('looksLikeHtmlPage', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\uFEFF\n  <html lang="en">', true],
    ['<?xml version="1.0"?>\n<!-- saved --><!doctype HTML>', true],
    ['<b>Baku</b> is a city.', false],
    ['BAKU, Dec 28 <html> tags in a story about HTML', false],
    ['<htmlish>', false],
  ])('%s -> %s', (text, expected) => expect(looksLikeHtmlPage(text)).toBe(expected));
});

describe('read: a page in another language than English is flagged', () => {
  const page = (lang: string) => new TextEncoder().encode(`<!DOCTYPE html><html${lang}><head><title>T</title></head><body><p>Text.</p></body></html>`);
  it.each([
    [' lang="ru"', 'ru'],
    [" class=\"no-js\" lang='de-AT'", 'de-AT'],
    [' xml:lang="fr" lang="fr"', 'fr'],
  ])('<html%s>: a warning naming %s', (attrs, lang) => {
    const report = new Reporter();
    decodeDocument(page(attrs), 'p.html', { report });
    expect(report.messages.map((m) => [m.code, m.severity, m.message])).toEqual([
      ['read/other-language', 'warn', `the page declares its language as "${lang}" (<html lang>); the gazetteers and rules read English news: its names may be missed or wrong`],
    ]);
  });

  it.each(['', ' lang="en"', ' lang="en-GB"', ' lang="EN_us"', ' lang="und"'])('<html%s>: none', (attrs) => {
    const report = new Reporter();
    decodeDocument(page(attrs), 'p.html', { report });
    expect(report.messages).toEqual([]);
  });

  it('a text file is no page: its words are not read as a declaration', () => {
    const report = new Reporter();
    decodeDocument(new TextEncoder().encode('The tag <html lang="ru"> marks a Russian page.'), 'a.txt', { report });
    expect(report.messages).toEqual([]);
  });
});
