/** Shared by the site tests: the built portal, served on loopback, and its pages as text. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inject } from 'vitest';
import { serveStatic, type RunningServer } from '../../src/server/static-server.ts';

export const distDir = () => inject('distDir');

/** The HTML of a built page, by URL path ("/nam/2022/"). */
export function readPage(urlPath: string): Promise<string> {
  const file = urlPath.endsWith('/') ? join(urlPath, 'index.html') : urlPath;
  return readFile(join(distDir(), file), 'utf8');
}

export function serveSite(): Promise<RunningServer> {
  return serveStatic(distDir());
}
