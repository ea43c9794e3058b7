#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { ConfigError, DEFAULTS, normalizeConfig } from './config.js';
import { GazetteerError, runBatch } from './pipeline.js';

/**
 * Exit codes: 0 all documents processed; 1 some documents failed (the rest
 * were written); 2 usage or configuration error (nothing was processed).
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('news-entities')
    .description('Extract people, places and organisations from news text files into CSV and JSON tables.')
    .option('-i, --input <dir>', 'directory of .txt articles (searched recursively)', DEFAULTS.input)
    .option('-o, --output <dir>', 'directory for the tables (created if missing)', DEFAULTS.output)
    .option('-g, --gazetteers <dir>', 'directory of gazetteer .tsv files', DEFAULTS.gazetteers)
    .option('-c, --concurrency <n>', 'documents in flight at once', String(DEFAULTS.concurrency))
    .option('-q, --quiet', 'print nothing but errors', false)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      'after',
      `
Outputs (in --output): mentions.csv/.json, entities.csv/.json, documents.json,
diagnostics.csv/.json. Exit codes: 0 ok, 1 some documents failed, 2 usage error.`,
    );
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  const opts = program.opts();
  let config;
  try {
    config = normalizeConfig(opts);
    if (!existsSync(config.input) || !statSync(config.input).isDirectory()) throw new ConfigError(`--input ${opts.input}: no such directory`);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`news-entities: ${e.message}\nRun with --help for usage.\n`);
      return 2;
    }
    throw e;
  }
  try {
    const s = await runBatch(config);
    if (!config.quiet) {
      const t = s.byType;
      process.stdout.write(
        `${s.documents} documents (${s.failed} failed), ${s.sentences} sentences, ${s.mentions} mentions (person ${t.person}, place ${t.place}, organization ${t.organization}, norp ${t.norp}), ${s.entities} entities, ${s.seconds.toFixed(2)} s -> ${config.output}\n`,
      );
    }
    return s.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof GazetteerError) {
      process.stderr.write(`news-entities: ${e.message}\nNo document was processed.\n`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`news-entities: internal error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 3;
  },
);
