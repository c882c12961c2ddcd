/** A small built site for the analytics job's tests: a few index.html pages and the articles' facts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function makeAnalyticsSite(root: string, articles = 20): string[] {
  const pages = ['/', '/nam/2024/', '/thong-ke/', ...Array.from({ length: articles }, (_, i) => `/bai-viet/bai-${i}/`)];
  for (const page of pages) {
    mkdirSync(join(root, page), { recursive: true });
    writeFileSync(join(root, page, 'index.html'), '<!DOCTYPE html><title>x</title>');
  }
  mkdirSync(join(root, 'thong-ke-truy-cap'), { recursive: true });
  const facts = Object.fromEntries(pages.filter((p) => p.startsWith('/bai-viet/')).map((p, i) => [p, { title: `Bài ${i}`, legacyViews: i }]));
  writeFileSync(join(root, 'thong-ke-truy-cap/bai-viet.json'), JSON.stringify(facts));
  return pages;
}

export const READER_AGENT = 'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';

/** One nginx combined line at a Vietnam local time ("2026-11-27T08:00:00"), newline included. */
export function combinedLine(local: string, ip: string, path: string, { ua = READER_AGENT, status = 200, method = 'GET' } = {}): string {
  const d = new Date(Date.parse(`${local}+07:00`) + 7 * 3_600_000);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0700`;
  return `${ip} - - [${time}] "${method} ${path} HTTP/1.1" ${status} 1000 "-" "${ua}"\n`;
}
