/**
 * The content check in a process of its own (src/build/check-child.ts, niced), for the preview:
 * reading and checking every article after each save took the preview's own thread for 1.5 s at
 * 2 000 articles, while the saved article waited to be shown. Falls back to checking here when
 * the process cannot run.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ContentError } from './content-error.ts';
import { checkContentTree } from './read-content.ts';
import type { ValidationReport } from './validate-content.ts';

const CHECK_CHILD = fileURLToPath(new URL('../build/check-child.ts', import.meta.url));

export function checkApart(root: string): Promise<ContentError[]> {
  return new Promise<ContentError[]>((resolvePromise, reject) => {
    const child = fork(CHECK_CHILD, [root], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: process.env });
    let report: ValidationReport | undefined;
    child.once('message', (message) => (report = message as ValidationReport));
    child.once('error', reject);
    // 'close', not 'exit': only then has the report surely arrived over the IPC channel.
    child.once('close', () => (report ? resolvePromise(report.errors) : reject(new Error('no report'))));
  }).catch(async () => (await checkContentTree(root)).errors);
}
