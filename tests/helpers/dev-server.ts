import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

const root = resolve(import.meta.dirname, '../..');

export interface DevServer {
  /** The project folder astro dev runs in (its .astro/ holds the preview's content store). */
  root: string;
  /** The copy of content/ the server previews: tests edit it, never the repository's. */
  content: string;
  base: string;
  child: ChildProcess;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * `astro dev` as staff start it, on a copy of the sample content in a temporary folder, on a
 * free port. It does not wait: each test knows which page says the server is ready.
 */
export async function startDevServer(prefix: string): Promise<DevServer> {
  const work = await mkdtemp(join(tmpdir(), prefix));
  const content = join(work, 'content');
  await cp(join(root, 'content'), content, { recursive: true });
  const port = await freePort();
  // As staff start it: without the variables Vitest sets for itself (NODE_ENV=test, MODE…).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|VITEST.*|TEST)$/.test(key)));
  // --ignore-lock: a preview staff may have running in this folder is left alone.
  const child = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: root,
    env: { ...env, BANTIN_CONTENT_DIR: content, BANTIN_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  // Closed once every process of the group that holds its output has ended.
  const ended = new Promise<void>((done) => child.on('close', () => done()));
  let stopped: Promise<void> | undefined;
  return {
    root,
    content,
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    // Stops the server as a terminal's Ctrl+C or a service manager would, and waits until it has
    // ended (it writes its content store first). Stopping twice waits for the same end.
    stop: () =>
      (stopped ??= (async () => {
        // The whole process group: npx and the Astro server it started.
        if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
        await Promise.race([ended, new Promise((done) => setTimeout(done, 30_000))]);
        await rm(work, { recursive: true, force: true });
      })()),
  };
}
