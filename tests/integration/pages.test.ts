import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readPage } from '../helpers/site.ts';

describe('built sample portal', () => {
  it('has a home page in Vietnamese', async () => {
    const html = await readPage('/');
    expect(html).toContain('<html lang="vi">');
  });
  it('has an RSS feed and a sitemap', () => {
    expect(existsSync(join(distDir(), 'rss.xml'))).toBe(true);
    expect(existsSync(join(distDir(), 'sitemap-index.xml'))).toBe(true);
  });
});
