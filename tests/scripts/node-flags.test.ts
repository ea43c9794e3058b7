import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pipelineNodeFlags } from '../../scripts/node-flags.js';
import { tempDir } from '../pipeline-helpers.js';

describe('pipelineNodeFlags: the benchmark runs the pipeline with the flags npm run pipeline uses', () => {
  const pkg = (pipeline: string) => {
    const f = join(tempDir('pkg'), 'package.json');
    writeFileSync(f, JSON.stringify({ scripts: { pipeline } }));
    return f;
  };

  it('reads the flags between node and dist/cli.js', () => {
    expect(pipelineNodeFlags(pkg('node dist/cli.js'))).toEqual([]);
    expect(pipelineNodeFlags(pkg('node --max-semi-space-size=32 --stack-size=2000 dist/cli.js'))).toEqual(['--max-semi-space-size=32', '--stack-size=2000']);
    expect(() => pipelineNodeFlags(pkg('tsx src/cli.ts'))).toThrow(/node \[--flags\] dist\/cli\.js/);
  });

  it("this package's flags are ones this Node accepts", () => {
    const flags = pipelineNodeFlags();
    expect(flags.length).toBeGreaterThan(0);
    const r = spawnSync(process.execPath, [...flags, '-e', '0'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});
