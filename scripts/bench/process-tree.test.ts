import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { processTree, residentBytes } from './process-tree.ts';
import { runMeasured } from './run-measured.ts';

describe('memory of a process tree', () => {
  it('finds a child process under its parent', async () => {
    const child = spawn('sleep', ['5']);
    try {
      await new Promise((resolve) => child.on('spawn', resolve));
      expect(processTree(process.pid)).toContain(child.pid);
      expect(residentBytes(child.pid!)).toBeGreaterThan(0);
    } finally {
      child.kill();
    }
  });

  it('measures a grandchild that holds memory, not just the process it started', async () => {
    // A shell (a few MB) starting node, which holds ~200 MB for a moment.
    const hold = `node -e "const b = Buffer.alloc(200e6, 1); setTimeout(() => console.log(b[0]), 800)"`;
    const run = await runMeasured('sh', ['-c', hold]);
    expect(run.exitCode).toBe(0);
    expect(run.peakTreeBytes).toBeGreaterThan(200e6);
    expect(run.lines.map((l) => l.text)).toContain('1');
  });
});
