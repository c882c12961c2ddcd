import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StateStore } from './state-store.ts';

// Another run that holds a brand-new state file, as when cron and an operator start the job at
// the same moment: it holds the file's write lock before the file is in WAL mode (SQLite then
// refuses the switch at once, without its busy wait), then lets go.
function holdLock(path: string, ms: number): Promise<void> {
  const code = `
    const { DatabaseSync } = require('node:sqlite');
    const db = new DatabaseSync(${JSON.stringify(path)});
    db.exec('BEGIN IMMEDIATE; CREATE TABLE held (x);');
    process.stdout.write('held\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});
  `;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve());
    child.once('error', reject);
  });
}

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('opening the state while another run holds it', () => {
  it('waits for the other run instead of failing with "database is locked"', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bantin-state-'));
    const path = join(dir, 'state.sqlite');
    await holdLock(path, 400);
    const started = Date.now();
    const store = new StateStore(path, 10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(() => store.begin()).not.toThrow();
  });

  it('gives up with the lock error once it has waited as long as it was told to', async () => {
    dir = mkdtempSync(join(tmpdir(), 'bantin-state-'));
    const path = join(dir, 'state.sqlite');
    await holdLock(path, 3_000);
    const started = Date.now();
    expect(() => new StateStore(path, 300)).toThrow(/locked|busy/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});
