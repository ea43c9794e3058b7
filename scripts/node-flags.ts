/**
 * The Node flags `npm run pipeline` gives the pipeline's process (package.json's
 * `pipeline` script: `node <flags> dist/cli.js`), so the benchmark's child
 * processes run the code as users do, from one place.
 */
import { readFileSync } from 'node:fs';

export function pipelineNodeFlags(packageJson: string | URL = new URL('../package.json', import.meta.url)): string[] {
  const script: string = (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: { pipeline?: string } }).scripts?.pipeline ?? '';
  const m = /^node((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/cli\.js$/.exec(script.trim());
  if (!m) throw new Error(`package.json: the pipeline script should be "node [--flags] dist/cli.js", got ${JSON.stringify(script)}`);
  return m[1].trim().split(/\s+/).filter(Boolean);
}
