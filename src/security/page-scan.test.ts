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
    expect(scan('<iframe src="/a/"></iframe><object data="/a.swf"></object><embed src="/a.swf">')).toEqual([
      { kind: 'frame', detail: '<iframe>' },
      { kind: 'frame', detail: '<object>' },
      { kind: 'frame', detail: '<embed>' },
    ]);
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

describe('each rule of the scan', () => {
  const kinds = (body: string, head = '') => scan(body, head).map((f) => f.kind);

  it.each(['iframe', 'object', 'embed', 'portal', 'fencedframe', 'applet'])('refuses the frame <%s>', (tag) => {
    expect(kinds(`<${tag}></${tag}>`)).toEqual(['frame']);
  });

  it('refuses <frameset> and <frame> in a frameset document', () => {
    expect(scanPage('<!DOCTYPE html><html><head><title>t</title></head><frameset><frame src="/a/"></frameset></html>', ORIGIN).map((f) => f.kind)).toEqual(['frame', 'frame']);
  });

  it.each([
    ['<img src="https://x.example/a" alt="">'],
    ['<img srcset="https://x.example/a 1x" alt="">'],
    ['<video poster="https://x.example/a"></video>'],
    ['<object data="https://x.example/a"></object>'],
    ['<table background="https://x.example/a"><tr><td>x</td></tr></table>'],
    ['<svg><a xlink:href="https://x.example/a"><text>t</text></a></svg>'],
    ['<img lowsrc="https://x.example/a" alt="">'],
    ['<img dynsrc="https://x.example/a" alt="">'],
    ['<svg><image href="https://x.example/a"></image></svg>'],
    ['<svg><filter><feImage href="https://x.example/a"></feImage></filter></svg>'],
    ['<svg><script href="https://x.example/a"></script></svg>'],
  ])('refuses the remote load in %s', (body) => {
    expect(kinds(body).filter((k) => k !== 'frame' && k !== 'script')).toEqual(['remote-load']);
  });

  it.each(['stylesheet', 'preload', 'prefetch', 'modulepreload', 'icon', 'manifest', 'prerender', 'dns-prefetch', 'preconnect'])('refuses <link rel="%s"> to another host', (rel) => {
    expect(kinds('', `<link rel="${rel}" href="https://x.example/a">`)).toEqual(['remote-load']);
  });

  it('refuses a remote imagesrcset on a preload and a remote manifest on <html>', () => {
    expect(kinds('', '<link rel="preload" as="image" href="/a.webp" imagesrcset="https://x.example/a 1x">')).toEqual(['remote-load']);
    expect(kinds('', '<link rel="preload" as="image" href="/a.webp" imagesrcset="/a.webp 1x, https://x.example/b 2x">')).toEqual(['remote-load']);
    expect(scanPage('<!DOCTYPE html><html manifest="https://x.example/m"><head><title>t</title></head><body></body></html>', ORIGIN).map((f) => f.kind)).toEqual(['remote-load']);
  });

  it('lets links to other sites be followed: canonical, alternate, a href, blockquote cite', () => {
    expect(kinds('<a href="https://x.example/a" rel="noopener">x</a><blockquote cite="https://x.example/a">q</blockquote>', '<link rel="canonical" href="https://x.example/a"><link rel="alternate" href="https://x.example/rss">')).toEqual([]);
  });

  it.each([
    ['<blockquote cite="javascript:x">q</blockquote>'],
    ['<a ping="javascript:x" href="/a/">x</a>'],
    ['<form action="javascript:x"></form>'],
    ['<a href=" javascript:x">x</a>'],
  ])('refuses the dangerous URL in %s', (body) => {
    expect(kinds(body)).toEqual(['dangerous-url']);
  });

  it('reads URLs only where a browser uses them as URLs', () => {
    expect(kinds('<abbr title="https://x.example/a">a</abbr><abbr title="javascript:alert(1)">b</abbr><p title="url(https://x.example/a)">c</p><p data-x="//x.example/a">d</p><p data-on="x">e</p>')).toEqual([]);
    expect(kinds('<img src="./a.webp, https://x.example/b.webp" alt="">')).toEqual([]);
    expect(kinds('<p style="background:url(/a.webp)">x</p>')).toEqual([]);
    expect(kinds('<p>url(https://x.example/a) @import "https://x.example/b"</p>')).toEqual([]);
    expect(kinds('<a rel="prefetch" href="https://x.example/a">x</a>')).toEqual([]);
  });

  it('allows raster data: only as the src of an <img>, with nothing but base64 after it', () => {
    expect(kinds('<img src="data:image/png;base64,iVBORw0KGgo=" alt="">')).toEqual([]);
    expect(kinds('<img srcset="data:image/png;base64,AA 1x" alt="">')).toEqual(['dangerous-url']);
    expect(kinds('<video poster="data:image/png;base64,AA"></video>')).toEqual(['dangerous-url']);
    expect(kinds('<video src="data:image/png;base64,AA"></video>')).toEqual(['dangerous-url']);
    expect(kinds('<img src="/a.webp" lowsrc="data:image/png;base64,AA" alt="">')).toEqual(['dangerous-url']);
    expect(kinds('<img src="data:image/png;base64,AA%3Csvg" alt="">')).toEqual(['dangerous-url']);
    expect(kinds('<p style="background:url(data:image/png;base64,AA)">x</p>')).toEqual(['dangerous-url']);
  });

  it('reads CSS URLs with spaces and quotes as CSS does', () => {
    expect(kinds('', "<style>p{background:url( 'https://x.example/a' )} @import'https://x.example/b';@import  \"https://x.example/c\";</style>")).toEqual(['remote-load', 'remote-load', 'remote-load']);
  });

  it('reads a meta refresh however its URL part is spaced', () => {
    expect(kinds('', '<meta http-equiv="Refresh" content="10; URL = https://x.example/">')).toEqual(['dangerous-url']);
    expect(kinds('', '<meta http-equiv="refresh" content="10">')).toEqual([]);
  });

  it('keeps a detail of exactly 80 characters whole', () => {
    const code = 'y'.repeat(80);
    expect(scan(`<script>${code}</script>`)).toEqual([{ kind: 'script', detail: `<script>${code}</script>` }]);
  });

  it('treats a script as data only when it is JSON-LD, whatever the case', () => {
    expect(kinds('<script type="APPLICATION/LD+JSON">{}</script>')).toEqual([]);
    expect(kinds('<script type="module">x</script><script type="text/plain">y</script>')).toEqual(['script', 'script']);
  });
});

describe('URL helpers of the scan', () => {
  it.each(['javascript:a', 'JavaScript:a', ' javascript:a', 'java\tscript:a', 'vbscript:a', 'data:text/html,a', '\u0000javascript:a', '  \u0001javascript:a', 'javascript\n:a'])('%j can run script', (url) => {
    expect(isScriptingUrl(url)).toBe(true);
  });
  it.each(['https://a.vn', '/a', 'ab', 'mailto:a@b.vn', '/a?javascript:x', 'java script:x'])('%j cannot', (url) => {
    expect(isScriptingUrl(url)).toBe(false);
  });
  it.each(['https://x.example/a', '//x.example/a', 'http://dvqs.example.gov.vn/a', 'ftp://dvqs.example.gov.vn/a', 'https://dvqs.example.gov.vn:8443/a', 'https://[::1/', '  //x.example/a', '/\t/x.example/a', 'https://x.example/data:1'])('%j is another origin', (url) => {
    expect(isRemoteUrl(url, ORIGIN)).toBe(true);
  });
  it.each(['/a', 'a/b', '#x', 'https://dvqs.example.gov.vn/a', 'HTTPS://DVQS.example.gov.vn/a', 'data:image/png;base64,AA'])('%j is not a remote load', (url) => {
    expect(isRemoteUrl(url, ORIGIN)).toBe(false);
  });
});
