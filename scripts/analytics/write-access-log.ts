/** A generated access log for the pages of a built site, written to a file. */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { readSitePages } from '../../src/analytics/site-pages.ts';
import { generateAccessLog } from './access-log-generator.ts';

export async function writeAccessLog(site: string, out: string, plan: { lines: number; days: number; end: number; seed?: number }): Promise<number> {
  const built = await readSitePages(site);
  if (!built) throw new Error(`No built site in ${site}: run npm run build first.`);
  await mkdir(dirname(out), { recursive: true });
  const stream = createWriteStream(out);
  let count = 0;
  let batch: string[] = [];
  for (const text of generateAccessLog({ ...plan, pages: [...built.pages].sort() })) {
    batch.push(text);
    count++;
    if (batch.length === 5000) {
      if (!stream.write(batch.join('\n') + '\n')) await once(stream, 'drain');
      batch = [];
    }
  }
  if (batch.length) stream.write(batch.join('\n') + '\n');
  stream.end();
  await once(stream, 'finish');
  return count;
}
