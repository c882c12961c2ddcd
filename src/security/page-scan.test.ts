import { describe, expect, it } from 'vitest';
import { isRemoteUrl, isScriptingUrl, scanPage } from './page-scan.ts';

const ORIGIN = 'https://dvqs.example.gov.vn';
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;
const scan = (body: string, head = '') => scanPage(page(body, head), ORIGIN);

describe('the security scan of a built page', () => {
  it('passes the portal\'s own page: external scripts on its origin, JSON-LD, its photos, links anywhere', () => {
    expect(
      scan(
        '<a href="https://baochinhphu.vn/">báo</a><a href="/nam/2022/">năm</a><img src="/_astro/a.webp" srcset="/_astro/a.webp 480w, /_astro/b.webp 800w" alt=""><script src="/js/site.js" defer></script><script type="module" src="/js/search/search-page.js"></script>',
        `<link rel="stylesheet" href="/_astro/site.css"><link rel="canonical" href="${ORIGIN}/"><link rel="alternate" type="application/rss+xml" href="${ORIGIN}/rss.xml"><script type="application/ld+json">{"@context":"https://schema.org"}</script><meta property="og:image" content="https://x.example/a.jpg">`,
      ),
    ).toEqual([]);
  });

  it('refuses an inline script, quoting it', () => {
    expect(scan('<script>alert(1)</script>')).toEqual([{ kind: 'script', detail: '<script>alert(1)</script>' }]);
    expect(scan('<svg><script>alert(1)</script></svg>')).toEqual([{ kind: 'script', detail: '<script>alert(1)</script>' }]);
  });

  it('refuses a script from another host as a remote load', () => {
    expect(scan('<script src="https://x.example/a.js"></script>')).toEqual([{ kind: 'remote-load', detail: '<script src="https://x.example/a.js">' }]);
  });

  it('refuses event handlers on any element', () => {
    expect(scan('<img src="/a.webp" alt="" onerror="alert(1)"><details ontoggle=x></details>')).toEqual([
      { kind: 'handler', detail: '<img onerror="alert(1)">' },
      { kind: 'handler', detail: '<details ontoggle="x">' },
    ]);
  });

  it('refuses javascript:, vbscript: and data: in links, forms and SVG, however they are spelt', () => {
    expect(scan('<a href="&#106;ava&#x09;script:alert(1)">x</a><form action="vbscript:x"></form><button formaction="data:text/html,x">b</button><svg><a xlink:href="javascript:y"><text>t</text></a></svg>')).toEqual([
      { kind: 'dangerous-url', detail: '<a href="java\tscript:alert(1)">' },
      { kind: 'dangerous-url', detail: '<form action="vbscript:x">' },
      { kind: 'dangerous-url', detail: '<button formAction="data:text/html,x">' },
      { kind: 'dangerous-url', detail: '<a xLinkHref="javascript:y">' },
    ]);
  });

  it('allows a raster data: image the portal encodes, never an SVG one', () => {
    expect(scan('<img src="data:image/webp;base64,UklGRg==" alt="">')).toEqual([]);
    expect(scan('<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="">')).toEqual([{ kind: 'dangerous-url', detail: '<img src="data:image/svg+xml;base64,PHN2Zz4=">' }]);
    expect(scan('<iframe src="data:text/html,x"></iframe>').map((f) => f.kind)).toEqual(['frame', 'dangerous-url']);
  });

  it('refuses frames', () => {
    expect(scan('<iframe src="/a/"></iframe><object data="/a.swf"></object><embed src="/a.swf">').map((f) => f.kind)).toEqual(['frame', 'frame', 'frame']);
  });

  it('refuses loads from other hosts: photos, srcset, video posters, SVG use, CSS url() and @import, stylesheets', () => {
    expect(
      scan(
        '<img src="//x.example/p.gif" alt=""><img src="/a.webp" srcset="/a.webp 1x, https://x.example/b.webp 2x" alt=""><video poster="https://x.example/p.jpg"></video><svg><use href="https://x.example/s.svg#a"></use></svg><p style="background:url(\'https://x.example/p.gif\')">x</p><img src="/\\x.example/p.gif" alt="">',
        '<style>@import "https://x.example/a.css";</style><link rel="stylesheet" href="https://x.example/a.css"><link rel="preload" href="https://x.example/f.woff2">',
      ),
    ).toEqual([
      { kind: 'remote-load', detail: '<style> url(https://x.example/a.css)' },
      { kind: 'remote-load', detail: '<link href="https://x.example/a.css">' },
      { kind: 'remote-load', detail: '<link href="https://x.example/f.woff2">' },
      { kind: 'remote-load', detail: '<img src="//x.example/p.gif">' },
      { kind: 'remote-load', detail: '<img srcSet="https://x.example/b.webp">' },
      { kind: 'remote-load', detail: '<video poster="https://x.example/p.jpg">' },
      { kind: 'remote-load', detail: '<use href="https://x.example/s.svg#a">' },
      { kind: 'remote-load', detail: '<p style> url(https://x.example/p.gif)' },
      { kind: 'remote-load', detail: '<img src="/\\x.example/p.gif">' },
    ]);
  });

  it('accepts absolute URLs on the portal\'s own origin', () => {
    expect(scan(`<img src="${ORIGIN}/_astro/a.webp" alt=""><link rel="stylesheet" href="${ORIGIN}/a.css">`)).toEqual([]);
  });

  it('refuses a CSS javascript: URL and a meta refresh away from the portal', () => {
    expect(scan('<p style="background:url(javascript:alert(1))">x</p>')).toEqual([{ kind: 'dangerous-url', detail: '<p style> url(javascript:alert(1)' }]);
    expect(scan('', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">')).toEqual([
      { kind: 'dangerous-url', detail: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
    ]);
    expect(scan('', '<meta http-equiv="refresh" content="0; URL=https://x.example/">').map((f) => f.kind)).toEqual(['dangerous-url']);
    expect(scan('', `<meta http-equiv="refresh" content="0;url=${ORIGIN}/nam/">`)).toEqual([]);
  });

  it('looks inside <template> content', () => {
    expect(scan('<template><img src="/a" alt="" onerror="x"></template>')).toEqual([{ kind: 'handler', detail: '<img onerror="x">' }]);
  });

  it('shortens long markup in its report', () => {
    const code = 'x'.repeat(100);
    expect(scan(`<script>${code}</script>`)).toEqual([{ kind: 'script', detail: `<script>${'x'.repeat(80)}…</script>` }]);
  });
});

describe('URL helpers of the scan', () => {
  it.each(['javascript:a', 'JavaScript:a', ' javascript:a', 'java\tscript:a', 'vbscript:a', 'data:text/html,a', '\u0000javascript:a'])('%j can run script', (url) => {
    expect(isScriptingUrl(url)).toBe(true);
  });
  it.each(['https://a.vn', '/a', 'a:b'.replace(':', ''), 'mailto:a@b.vn'])('%j cannot', (url) => {
    expect(isScriptingUrl(url)).toBe(false);
  });
  it.each(['https://x.example/a', '//x.example/a', 'http://dvqs.example.gov.vn/a', 'ftp://dvqs.example.gov.vn/a', 'https://dvqs.example.gov.vn:8443/a', 'https://[::1/'])('%j is another origin', (url) => {
    expect(isRemoteUrl(url, ORIGIN)).toBe(true);
  });
  it.each(['/a', 'a/b', '#x', 'https://dvqs.example.gov.vn/a', 'HTTPS://DVQS.example.gov.vn/a', 'data:image/png;base64,AA'])('%j is not a remote load', (url) => {
    expect(isRemoteUrl(url, ORIGIN)).toBe(false);
  });
});
