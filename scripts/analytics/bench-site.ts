/** A built-site stand-in for the analytics bench: index.html pages and the articles' facts file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBenchSite(root: string, articles: number): void {
  const slugs = Array.from({ length: articles }, (_, i) => `bai-viet-so-${i}-ve-cong-tac-dan-van`);
  const pages = ['', 'nam/', 'don-vi/', 'chu-de/', 'thong-ke/', ...Array.from({ length: 10 }, (_, i) => `nam/${2016 + i}/`), ...slugs.map((s) => `bai-viet/${s}/`)];
  for (const page of pages) {
    mkdirSync(join(root, page), { recursive: true });
    writeFileSync(join(root, page, 'index.html'), '<!DOCTYPE html><title>bench</title>');
  }
  mkdirSync(join(root, 'thong-ke-truy-cap'), { recursive: true });
  writeFileSync(join(root, 'thong-ke-truy-cap/bai-viet.json'), JSON.stringify(Object.fromEntries(slugs.map((s, i) => [`/bai-viet/${s}/`, { title: `Bài ${i}`, legacyViews: i % 7 }]))));
}
