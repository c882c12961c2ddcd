import { beforeAll, describe, expect, it } from 'vitest';
import { validateHtml } from '../../scripts/quality/html-validity.ts';
import { BROKEN_SITE, readBrokenPage, readBuiltPages, type BuiltPage } from '../helpers/built-pages.ts';
import { distDir } from '../helpers/site.ts';

const errorsOf = async (page: BuiltPage) =>
  (await validateHtml(page.html, page.file)).map((p) => `line ${p.line}: ${p.message} (${p.rule})`);

describe('HTML validity of the built portal', () => {
  let pages: BuiltPage[];
  beforeAll(async () => {
    pages = await readBuiltPages(distDir());
  });

  it('has every page valid: zero html-validate errors', async () => {
    const errors: Record<string, string[]> = {};
    for (const page of pages) {
      const found = await errorsOf(page);
      if (found.length) errors[page.urlPath] = found;
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(errors).toEqual({});
  });
});

describe('the HTML gate on the broken site', () => {
  it(`fails a page with a duplicate id and a block inside an inline element (${BROKEN_SITE})`, async () => {
    const errors = await errorsOf(await readBrokenPage('invalid-html.html'));
    expect(errors).toEqual([expect.stringContaining('(no-dup-id)'), expect.stringContaining('(element-permitted-content)')]);
  });

  it('passes the control page', async () => {
    expect(await errorsOf(await readBrokenPage('index.html'))).toEqual([]);
  });
});
