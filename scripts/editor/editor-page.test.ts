import { describe, expect, it } from 'vitest';
import { EDITOR_CSP, editorPageHtml } from './editor-page.ts';

const directives = new Map(EDITOR_CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('the editor page and its policy', () => {
  it('allows nothing by default and nothing from another host', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const sources of directives.values()) expect(sources.filter((s) => /^https?:|\*/.test(s))).toEqual([]);
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'object-src']) expect(directives.get(name), name).toEqual(["'none'"]);
  });

  it('loosens only what Decap CMS needs: eval for its bundle, inline styles, blob: photos', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('frame-src')).toEqual(["'self'"]);
    expect(directives.get('font-src')).toEqual(["'self'", 'data:']);
    expect(directives.size).toBe(11);
  });

  it('is a Vietnamese page that loads only its own files, with no inline script', () => {
    const html = editorPageHtml();
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
    expect(html).toContain('<title>Biên tập bài viết — bantin</title>');
    expect(html).toContain('<link href="/config.yml" type="text/yaml" rel="cms-config-url">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/decap-cms.js">', '<script src="/editor.js">']);
    expect(html).toMatch(/<script src="\/decap-cms\.js"><\/script>\n<script src="\/editor\.js"><\/script>/);
    expect(html).toContain('<noscript>Trang biên tập cần JavaScript.');
  });
});
