/**
 * What the working tree's processing costs against another commit's: `npm run cost [-- --base <commit> --rounds 6
 * --documents 3000 --corpus <dir> --profile <dir>]`.
 *
 * 1. Checks out the base commit (default: the code the last `npm run bench` measured, named in docs/BENCHMARKS.md) in a
 *    git worktree under the OS temp folder (kept for the next run; `git worktree remove` removes it), links this
 *    checkout's node_modules into it and builds both.
 * 2. Runs scripts/cost-timer.mjs on each in turn, in fresh processes, --rounds times, the order swapped every round
 *    (base first, then the working tree first): each timing is `processDocuments` over the first --documents files of
 *    the corpus in one thread, without the gazetteer load, reading or writing tables.
 * 3. Prints each round's seconds, the rounds' ratios (working tree / base) and their median and range. With --profile,
 *    one more run of each under `node --cpu-prof` writes base.cpuprofile and head.cpuprofile there (open them in Chrome's
 *    DevTools or read them with any cpuprofile tool).
 *
 * Why: a session timed its rules against its own start and found "a few percent, inside the rounds' spread"; thirteen
 * sessions of that compounded to 65% (docs/BENCHMARKS.md, seventy-sixth session). Against the last bench's code the
 * sum shows. Like `npm run bench`, it reports and asserts nothing; the machine may be shared, so read the median ratio
 * of several rounds, not one.
 *
 * The corpus defaults to the benchmark's 10 MB corpus (`npm run bench -- --size 10 --small 10 --runs load --no-write`
 * builds it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { lastBenchCode, summariseRounds, type Round } from './cost-rounds.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TIMER = join(ROOT, 'scripts', 'cost-timer.mjs');

function run(cmd: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`cost: \`${cmd} ${args.join(' ')}\` failed in ${cwd} (exit ${r.status}):\n${r.stderr}`);
  return r.stdout;
}

/** The base commit's checkout, built (reused when it exists: a worktree per commit id) */
function baseCheckout(rev: string): string {
  const sha = run('git', ['rev-parse', '--verify', `${rev}^{commit}`], ROOT).trim();
  const dir = join(tmpdir(), 'news-entities-cost', sha.slice(0, 12));
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(join(dir, '..'), { recursive: true });
    run('git', ['worktree', 'add', '--detach', '--force', dir, sha], ROOT);
  }
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir: string): void {
  run(process.execPath, [join(dir, 'scripts', 'build.mjs')], dir);
}

function time(repo: string, corpus: string, documents: number, nodeArgs: readonly string[] = []): { seconds: number; documents: number; mentions: number } {
  return JSON.parse(run(process.execPath, [...nodeArgs, TIMER, repo, corpus, String(documents)], ROOT)) as { seconds: number; documents: number; mentions: number };
}

function main(): void {
  const o = new Command('npm run cost --')
    .description("time the working tree's processing against another commit's, in alternating rounds")
    .option('--base <commit>', 'the commit to compare with (default: the code of the last bench in docs/BENCHMARKS.md)')
    .option('--rounds <n>', 'alternating rounds', '6')
    .option('--documents <n>', 'documents per timing (the first in path order)', '3000')
    .option('--corpus <dir>', 'folder of .txt documents', join(tmpdir(), 'news-entities-bench', 'corpus-10mb'))
    .option('--profile <dir>', 'also write a CPU profile of each (base.cpuprofile, head.cpuprofile) into this folder')
    .parse()
    .opts<{ base?: string; rounds: string; documents: string; corpus: string; profile?: string }>();
  const rev = o.base ?? lastBenchCode(readFileSync(join(ROOT, 'docs', 'BENCHMARKS.md'), 'utf8'));
  if (!rev) throw new Error('cost: no --base given and docs/BENCHMARKS.md names no code (its head says "code: <commit>")');
  if (!existsSync(o.corpus)) throw new Error(`cost: corpus ${o.corpus} not found: \`npm run bench -- --size 10 --small 10 --runs load --no-write\` builds the default one, or give --corpus <folder of .txt files>`);
  const rounds = Number(o.rounds);
  const documents = Number(o.documents);
  if (!(rounds >= 1) || !(documents >= 1)) throw new Error(`cost: --rounds and --documents must be positive numbers (got ${o.rounds}, ${o.documents})`);
  const base = baseCheckout(rev);
  // (a commit's build never changes: the base is built once, when its checkout is made, so runs at once can share it)
  if (!existsSync(join(base, 'dist', 'process.js'))) {
    process.stderr.write(`cost: building ${rev} in ${base} ...\n`);
    build(base);
  }
  build(ROOT);
  process.stderr.write(`cost: the base's checkout is kept for the next run: \`git worktree remove --force ${base}\` removes it\n`);
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    // the order swaps every round: a slow spell of the machine falls on both sides alike
    const first = i % 2 === 0 ? base : ROOT;
    const a = time(first, o.corpus, documents);
    const b = time(first === base ? ROOT : base, o.corpus, documents);
    const round = first === base ? { base: a.seconds, head: b.seconds } : { base: b.seconds, head: a.seconds };
    results.push(round);
    process.stderr.write(`cost: round ${i + 1}: base ${round.base.toFixed(2)} s, working tree ${round.head.toFixed(2)} s (${(round.head / round.base).toFixed(3)}); ${a.documents} documents, mentions ${first === base ? `${a.mentions} / ${b.mentions}` : `${b.mentions} / ${a.mentions}`}\n`);
  }
  const s = summariseRounds(results);
  process.stdout.write(`working tree / ${rev}: median ${s.median.toFixed(3)}, mean ${s.mean.toFixed(3)}, range ${s.min.toFixed(3)}-${s.max.toFixed(3)} over ${rounds} rounds of ${documents} documents\n`);
  if (o.profile) {
    mkdirSync(o.profile, { recursive: true });
    for (const [name, repo] of [['base', base], ['head', ROOT]] as const) time(repo, o.corpus, documents, ['--cpu-prof', `--cpu-prof-dir=${o.profile}`, `--cpu-prof-name=${name}.cpuprofile`]);
    process.stdout.write(`profiles: ${join(o.profile, 'base.cpuprofile')}, ${join(o.profile, 'head.cpuprofile')}\n`);
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  process.exitCode = 1;
}
