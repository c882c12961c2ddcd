import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFeedLinks, checkSiteLinks, classifyReference, referencesOf, srcsetUrls } from './links.ts';
import { parseHtml } from './html-document.ts';

describe('referencesOf', () => {
  it('finds links, images with every srcset candidate, stylesheets, scripts and og:image', () => {
    const elements = parseHtml(`<html><head><link rel="stylesheet" href="/a.css"><script src="/a.js"></script>
      <meta property="og:image" content="https://site.example/og.jpg"></head><body>
      <a href="/nam/">x</a><picture><source srcset="/a-480.avif 480w, /a-800.avif 800w"><img src="/a.jpg" alt=""></picture>
      <form action="/tim-kiem/"></form></body></html>`);
    expect(referencesOf(elements).map((r) => r.url)).toEqual([
      '/a.css', '/a.js', 'https://site.example/og.jpg', '/nam/', '/a-480.avif', '/a-800.avif', '/a.jpg', '/tim-kiem/',
    ]);
  });
});

describe('srcsetUrls', () => {
  it('takes the URL of each candidate', () => {
    expect(srcsetUrls('a.jpg 1x,b.jpg 2x')).toEqual(['a.jpg', 'b.jpg']);
  });
});

describe('classifyReference', () => {
  it('resolves relative links against the page and drops the query', () => {
    expect(classifyReference('../2021/?trang=2#tin', '/nam/2022/', undefined)).toEqual({ kind: 'internal', path: '/nam/2021/', fragment: 'tin' });
  });
  it('treats the site’s own public origin as internal, other hosts as external', () => {
    expect(classifyReference('https://dvqs.example.gov.vn/nam/', '/', 'https://dvqs.example.gov.vn')).toMatchObject({ kind: 'internal', path: '/nam/' });
    expect(classifyReference('https://www.facebook.com/sharer/', '/', 'https://dvqs.example.gov.vn')).toMatchObject({ kind: 'external' });
  });
  it('decodes a Vietnamese fragment', () => {
    expect(classifyReference('#s%E1%BB%91-li%E1%BB%87u', '/', undefined)).toMatchObject({ fragment: 'số-liệu' });
  });
  it('leaves mailto: and data: alone', () => {
    expect(classifyReference('mailto:?subject=x', '/', undefined)).toEqual({ kind: 'other' });
    expect(classifyReference('data:image/png;base64,AA', '/', undefined)).toEqual({ kind: 'other' });
  });
});

describe('checkSiteLinks', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'bantin-links-'));
    mkdirSync(join(root, 'nam/2022'), { recursive: true });
    writeFileSync(join(root, 'nam/2022/index.html'), '<h2 id="thang-6">Tháng 6</h2>');
    writeFileSync(join(root, 'index.html'), `
      <a href="/nam/2022/#thang-6">ok</a>
      <a href="/nam/2022/#thang-7">no such id</a>
      <a href="/nam/2023/">no such page</a>
      <link rel="canonical" href="https://site.example/khong-co/">
      <a href="https://other.example/" rel="noopener">ok</a>
      <a href="https://other.example/">no noopener</a>`);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports sitemap and feed addresses that name no page', async () => {
    writeFileSync(join(root, 'sitemap-0.xml'), '<urlset><url><loc>https://site.example/nam/2022/</loc></url><url><loc>https://site.example/nam/2021/</loc></url></urlset>');
    expect(await checkFeedLinks(root, 'https://site.example')).toEqual([
      { page: '/sitemap-0.xml', line: 1, url: 'https://site.example/nam/2021/', problem: 'missing-file' },
    ]);
  });

  it('reports missing files, missing ids and external links without noopener', async () => {
    const problems = await checkSiteLinks(root, { siteOrigin: 'https://site.example' });
    expect(problems.map((p) => [p.url, p.problem])).toEqual([
      ['/nam/2022/#thang-7', 'missing-fragment'],
      ['/nam/2023/', 'missing-file'],
      ['https://site.example/khong-co/', 'missing-file'],
      ['https://other.example/', 'missing-noopener'],
    ]);
  });
});
