/**
 * The public portal exposes no editing: the editor page, its CMS bundle, its configuration and
 * its local backend exist only while `npm run editor` runs on a staff member's machine.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/site.ts';

describe('the built portal and the editor', () => {
  it('has no admin page, CMS bundle or CMS configuration in dist/', async () => {
    const files = (await readdir(distDir(), { recursive: true })).map(String);
    expect(files.filter((f) => /(^|\/)(admin|keystatic|cms)(\/|$)|decap|sveltia|config\.ya?ml$/i.test(f))).toEqual([]);
    const scripts = files.filter((f) => f.endsWith('.js') && !f.startsWith('pagefind/'));
    for (const script of scripts) {
      const text = await readFile(join(distDir(), script), 'utf8');
      expect(text, script).not.toMatch(/decap|netlify-cms|CMS_MANUAL_INIT|\/api\/v1/i);
    }
  });

  it('links no page to an editor and names no backend or credential', async () => {
    const pages = (await readdir(distDir(), { recursive: true })).map(String).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = await readFile(join(distDir(), page), 'utf8');
      expect(html, page).not.toMatch(/cms-config-url|decap-cms|\/api\/v1|127\.0\.0\.1:4330|client_secret|access_token/i);
    }
  });

  it('keeps the editor out of what the build publishes: nothing of it under public/', async () => {
    const files = (await readdir(join(import.meta.dirname, '../../public'), { recursive: true })).map(String);
    expect(files.filter((f) => /admin|decap|cms/i.test(f))).toEqual([]);
  });
});
