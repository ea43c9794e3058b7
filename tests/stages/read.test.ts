import { describe, expect, it } from 'vitest';
import { Reporter } from '../../src/diagnostics/diagnostic.js';
import { decode, documentId } from '../../src/stages/read.js';

describe('read: decode', () => {
  it.each([
    // [bytes, text, encoding, diagnostic code or null]
    [[0x42, 0x61, 0x6b, 0x75], 'Baku', 'utf-8', null],
    [[0xef, 0xbb, 0xbf, 0x42, 0x61], 'Ba', 'utf-8-bom', null],
    [[0x41, 0xa3, 0x42], 'A\ufffdB', 'utf-8 (with replacements)', 'read/invalid-utf8'],
    [[0xc6, 0x8f, 0x6c], 'Əl', 'utf-8', null],
  ])('%j', (bytes, text, encoding, code) => {
    const report = new Reporter();
    const r = decode(Uint8Array.from(bytes), { report });
    expect(r).toEqual({ text, encoding });
    expect(report.messages.map((m) => m.code)).toEqual(code ? [code] : []);
  });

  it('names the byte offset of invalid UTF-8', () => {
    const report = new Reporter();
    decode(Uint8Array.from([0x61, 0x62, 0xff, 0x63]), { report });
    expect(report.messages[0].byteOffset).toBe(2);
  });

  it('refuses binary data (NUL bytes) and fails the document', () => {
    const report = new Reporter();
    expect(decode(Uint8Array.from([0x50, 0x4b, 0x00, 0x01]), { report })).toBeUndefined();
    expect(report.failed).toBe(true);
    expect(report.messages[0]).toMatchObject({ code: 'read/binary', byteOffset: 2 });
  });

  it.each([
    ['a.txt', 'a'],
    ['sub/002-x.txt', 'sub/002-x'],
    ['v1.2/notes', 'v1.2/notes'],
  ])('documentId(%s) = %s', (p, id) => {
    expect(documentId(p)).toBe(id);
  });
});
