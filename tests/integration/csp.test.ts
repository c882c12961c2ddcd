import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CSP_DIRECTIVES, CSP_HEADER, CSP_META } from '../../src/security/csp.ts';
import { checkPageSecurity } from '../../scripts/quality/page-security.ts';
import { byPage, readBrokenPage, readBuiltPages, type BuiltPage } from '../helpers/built-pages.ts';
import { distDir, serveSite } from '../helpers/site.ts';

const NGINX_CONF = resolve(import.meta.dirname, '../../scripts/deploy/nginx.conf');

/** `add_header Name "value" [always];` lines of an nginx config, comments left out. */
function nginxHeaders(conf: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of conf.split('\n').map((l) => l.replace(/#.*$/, '').trim())) {
    const match = /^add_header\s+(\S+)\s+(?:"([^"]*)"|(\S+))(?:\s+always)?\s*;$/.exec(line);
    if (match) headers.set(match[1].toLowerCase(), match[2] ?? match[3]);
  }
  return headers;
}

describe('Content-Security-Policy of the built portal', () => {
  let pages: BuiltPage[];
  beforeAll(async () => {
    pages = await readBuiltPages(distDir());
  });

  it('is on every page as a <meta> equal to CSP_META, with no script or style it does not allow', () => {
    expect(byPage(pages, (page) => checkPageSecurity(page.elements, CSP_META).map((p) => `line ${p.line}: ${p.detail}`))).toEqual({});
  });

  it('allows no inline script or eval: Pagefind gets WebAssembly and nothing more', () => {
    expect(CSP_DIRECTIVES['script-src'].split(' ').sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });
});

describe('Content-Security-Policy header', () => {
  it('is sent by the static server on pages, assets and the 404 page', async () => {
    const server = await serveSite();
    try {
      const css = pagesCss(await (await fetch(`${server.url}/`)).text());
      for (const path of ['/', css, '/khong-co-trang-nay/']) {
        const response = await fetch(`${server.url}${path}`);
        await response.arrayBuffer();
        expect(response.headers.get('content-security-policy'), path).toBe(CSP_HEADER);
      }
    } finally {
      await server.close();
    }
  });

  it('is sent by the example nginx config, equal to CSP_HEADER, with the same other security headers as the static server', async () => {
    const headers = nginxHeaders(readFileSync(NGINX_CONF, 'utf8'));
    expect(headers.get('content-security-policy')).toBe(CSP_HEADER);
    const server = await serveSite();
    try {
      const response = await fetch(`${server.url}/`);
      await response.arrayBuffer();
      for (const [name, value] of response.headers) {
        if (['content-type', 'date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)) continue;
        expect(headers.get(name), name).toBe(value);
      }
    } finally {
      await server.close();
    }
  });
});

describe('example nginx config', () => {
  const conf = readFileSync(NGINX_CONF, 'utf8').replace(/#.*$/gm, '');

  it('keeps hashed assets a year and pages only minutes', () => {
    expect(conf).toMatch(/~\^\/_astro\/\s+"public, max-age=31536000, immutable";/);
    expect(conf).toMatch(/default\s+"public, max-age=300";/);
    expect(nginxHeaders(conf).get('cache-control')).toBe('$cache_control');
  });

  it('compresses text and answers unknown addresses with the portal’s 404 page', () => {
    expect(conf).toMatch(/gzip on;/);
    expect(conf).toMatch(/gzip_types[^;]*text\/css[^;]*application\/javascript/);
    expect(conf).toMatch(/error_page 404 \/404\.html;/);
    expect(conf).toMatch(/try_files \$uri \$uri\/ =404;/);
  });

  it('sets headers only at server level, where no location can drop them', () => {
    const locations = conf.match(/location[^{]*\{[^}]*\}/g) ?? [];
    expect(locations.filter((block) => block.includes('add_header'))).toEqual([]);
  });
});

describe('the security gate on the broken site', () => {
  let policy: string;
  beforeAll(async () => {
    const control = await readBrokenPage('index.html');
    policy = control.elements.find((e) => e.attrs['http-equiv'] === 'Content-Security-Policy')!.attrs.content;
  });
  const problemsOn = async (file: string) => checkPageSecurity((await readBrokenPage(file)).elements, policy).map((p) => p.problem);

  it('fails a page with an inline script and an onclick handler', async () => {
    expect(await problemsOn('inline-script.html')).toEqual(['inline-script', 'event-handler']);
  });

  it('fails a page without the policy', async () => {
    expect(await problemsOn('missing-csp.html')).toEqual(['missing-csp']);
  });

  it('passes the control page', async () => {
    expect(await problemsOn('index.html')).toEqual([]);
  });
});

function pagesCss(html: string): string {
  const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error('The home page links no stylesheet');
  return href;
}
