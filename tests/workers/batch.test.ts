import { describe, expect, it } from 'vitest';
import { BATCH_DOCUMENTS, takeBatch } from '../../src/workers/pool.js';
import type { Task } from '../../src/workers/task.js';

const job = (path: string, size: number, alone = false) => ({ task: { kind: 'file', path, abs: `/in/${path}`, size } as Task, alone });
const paths = (jobs: { task: Task }[]) => jobs.map((j) => j.task.path);

describe('takeBatch: the documents a worker gets at once', () => {
  it('takes from the front, in order, up to the share asked for and BATCH_DOCUMENTS', () => {
    const queue = Array.from({ length: 40 }, (_, i) => job(`d${i}`, 1000));
    expect(paths(takeBatch(queue, 3))).toEqual(['d0', 'd1', 'd2']);
    expect(paths(takeBatch(queue, 100))).toEqual(Array.from({ length: BATCH_DOCUMENTS }, (_, i) => `d${i + 3}`));
    expect(queue.length).toBe(40 - 3 - BATCH_DOCUMENTS);
    expect(paths(queue)[0]).toBe(`d${3 + BATCH_DOCUMENTS}`);
  });

  it('stops at about 256 kB, but always takes one document, however large', () => {
    const queue = [job('big', 5_000_000), job('a', 100_000), job('b', 100_000), job('c', 100_000)];
    expect(paths(takeBatch(queue, 16))).toEqual(['big']);
    expect(paths(takeBatch(queue, 16))).toEqual(['a', 'b']);
    expect(paths(takeBatch(queue, 16))).toEqual(['c']);
  });

  it('sends a document marked alone on its own, and stops a batch before one', () => {
    const queue = [job('a', 10), job('b', 10, true), job('c', 10), job('d', 10)];
    expect(paths(takeBatch(queue, 16))).toEqual(['a']);
    expect(paths(takeBatch(queue, 16))).toEqual(['b']);
    expect(paths(takeBatch(queue, 16))).toEqual(['c', 'd']);
  });
});
