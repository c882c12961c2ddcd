/**
 * Builds started by tests take turns. Astro writes the modules it generates from the content
 * (.astro/content-modules.mjs and the like) into the project folder, one folder for every build
 * of the project: two builds of different content at once read each other's, and a rebuild then
 * re-renders pages it should have copied.
 */
import { execFile, type ExecFileOptions } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const LOCK = join(tmpdir(), 'bantin-test-build.lock');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function acquire(): Promise<void> {
  for (;;) {
    try {
      await writeFile(LOCK, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A test run that was killed leaves its lock behind: take it over.
      const holder = Number(await readFile(LOCK, 'utf8').catch(() => ''));
      if (holder && !alive(holder)) await rm(LOCK, { force: true });
      else await new Promise((done) => setTimeout(done, 200));
    }
  }
}

const execFileAsync = promisify(execFile);

/** execFile, promisified, for a command that builds the site: waits its turn. */
export async function runBuild(file: string, args: string[], options: ExecFileOptions): Promise<{ stdout: string; stderr: string }> {
  await acquire();
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { encoding: 'utf8', ...options });
    return { stdout: String(stdout), stderr: String(stderr) };
  } finally {
    await rm(LOCK, { force: true });
  }
}
