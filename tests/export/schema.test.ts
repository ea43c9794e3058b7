import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, readJson, runCli } from '../helpers.js';
import { run, tempDir } from '../pipeline-helpers.js';

let out: string;
let linesOut: string;
beforeAll(() => {
  // every diagnostic, so diagnostics.json has rows to check (the samples have no warning)
  out = runCli(['--input', join(ROOT, 'input'), '--quiet', '--diagnostics', 'info']).out;
  linesOut = runCli(['--input', join(ROOT, 'input'), '--quiet', '--diagnostics', 'info', '--json-lines', '--no-report']).out;
}, 120_000);

describe('JSON outputs match the schemas in schemas/', () => {
  it.each(['mentions', 'entities', 'diagnostics', 'documents', 'cooccurrences', 'candidates'])('%s.json', (name) => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
    const data = readJson(join(out, `${name}.json`));
    const ok = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect((data as unknown[]).length).toBeGreaterThan(0);
  });

  it.each(['mentions', 'entities', 'diagnostics', 'documents', 'cooccurrences', 'candidates'])('%s.json is an array with one element per line (for line tools: head, grep, split)', (name) => {
    const text = readFileSync(join(out, `${name}.json`), 'utf8');
    const lines = text.split('\n');
    expect([lines[0], lines.at(-2), lines.at(-1)]).toEqual(['[', ']', '']);
    const elements = lines.slice(1, -2).map((l, i, all) => JSON.parse(i < all.length - 1 ? l.replace(/,$/, '') : l) as unknown);
    expect(elements).toEqual(JSON.parse(text));
    expect(elements.length).toBeGreaterThan(0);
  });

  it.each(['mentions', 'entities', 'diagnostics', 'documents', 'cooccurrences', 'candidates'])('with --json-lines, %s.jsonl: one object per line, the same elements, the same schema', (name) => {
    const lines = linesOut;
    const text = readFileSync(join(lines, `${name}.jsonl`), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const elements = text.slice(0, -1).split('\n').map((l) => JSON.parse(l) as unknown);
    expect(elements).toEqual(readJson(join(out, `${name}.json`)));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
    expect(validate(elements)).toBe(true);
    expect(existsSync(join(lines, `${name}.json`))).toBe(false);
  });

  it('documents.json of a run with a failed and a skipped document matches its schema too', async () => {
    const input = tempDir('schema-status');
    writeFileSync(join(input, 'ok.txt'), 'Ilham Aliyev visited Baku on Monday.\n');
    writeFileSync(join(input, 'binary.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(input, 'de.html'), '<html lang="de"><body><p>Ilham Aliyev besuchte Baku.</p></body></html>');
    const { read } = await run(input, { englishOnly: true, report: false });
    const docs = JSON.parse(read('documents.json')) as { id: string; status: string }[];
    expect(docs.map((d) => [d.id, d.status])).toEqual([['binary', 'failed'], ['de', 'skipped'], ['ok', 'ok']]);
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'documents.schema.json'), 'utf8')));
    expect([validate(docs), validate.errors ?? []]).toEqual([true, []]);
  });

  it("documents.json of a run with a long .txt file in parts matches its schema, each part's `part` included", async () => {
    const input = tempDir('schema-parts');
    writeFileSync(join(input, 'long.txt'), Array.from({ length: 40 }, (_, i) => `Ilham Aliyev visited Baku on day ${i}.`).join('\n\n'));
    const { read } = await run(input, { longChars: 400, partChars: 400, report: false });
    const docs = JSON.parse(read('documents.json')) as { id: string; part?: { count: number } }[];
    expect(docs.length).toBeGreaterThan(2);
    expect(docs.every((d) => d.part?.count === docs.length)).toBe(true);
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'documents.schema.json'), 'utf8')));
    expect([validate(docs), validate.errors ?? []]).toEqual([true, []]);
    // the schema says what a part is: a document whose part lacks its start is not one
    expect(validate(docs.map((d) => ({ ...d, part: { ...d.part, start: undefined } })))).toBe(false);
  });

  it('a run in the other shape into the same folder replaces the tables, leaving no out-of-date copy beside them', () => {
    // (runCli names a fresh folder first; the second --output wins)
    const dir = runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-report', '--json-lines']).out;
    runCli(['--input', join(ROOT, 'input'), '--quiet', '--no-report', '--output', dir]);
    for (const name of ['mentions', 'entities', 'diagnostics', 'documents', 'cooccurrences', 'candidates']) {
      expect(existsSync(join(dir, `${name}.json`)), name).toBe(true);
      expect(existsSync(join(dir, `${name}.jsonl`)), name).toBe(false);
    }
  });

  it('cooccurrences.json names and types each entity as entities.json does (the two tables join on the id)', () => {
    const entities = new Map(readJson<{ id: string; name: string; type: string }[]>(join(out, 'entities.json')).map((e) => [e.id, [e.name, e.type]]));
    const pairs = readJson<{ source: string; target: string; source_name: string; source_type: string; target_name: string; target_type: string }[]>(join(out, 'cooccurrences.json'));
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect([[p.source_name, p.source_type], [p.target_name, p.target_type]]).toEqual([entities.get(p.source), entities.get(p.target)]);
  });

  it('rejects a row that breaks the schema (the schema is not vacuous)', () => {
    const ajv = new Ajv2020.default({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'mentions.schema.json'), 'utf8')));
    const rows = readJson<Record<string, unknown>[]>(join(out, 'mentions.json'));
    expect(validate([{ ...rows[0], type: 'animal' }])).toBe(false);
    expect(validate([{ ...rows[0], start: -1 }])).toBe(false);
  });

  it.each([
    ['cooccurrences', { documents: 0 }],
    ['cooccurrences', { document_ids: [] }],
    ['candidates', { rules: [] }],
    ['candidates', { type: 'animal' }],
  ])('the %s schema rejects a row with %j', (name, change) => {
    const ajv = new Ajv2020.default({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')));
    const rows = readJson<Record<string, unknown>[]>(join(out, `${name}.json`));
    expect(validate([rows[0]])).toBe(true);
    expect(validate([{ ...rows[0], ...change }])).toBe(false);
  });
});
