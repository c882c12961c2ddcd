/**
 * One build of a project at a time. Astro writes the modules it generates from the content into
 * <project>/.astro/, one folder for every build of the project, and both builds would also swap
 * the same dist/: a scheduled build and a manual one started together must not interleave.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { operator } from '../i18n/vi.ts';
import { OperatorError } from './operator-error.ts';

export const buildLockFile = (root: string) => join(root, '.astro', 'bantin-build.lock');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the project's build lock or stops with the operator's message when a live build holds
 * it; a lock left by a build that was killed is taken over. Returns the release.
 */
export async function acquireBuildLock(root: string): Promise<() => Promise<void>> {
  const file = buildLockFile(root);
  await mkdir(dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (holder && alive(holder)) throw new OperatorError(operator.buildRunning(holder, file));
      await rm(file, { force: true });
    }
  }
}
