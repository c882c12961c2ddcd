import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-document.ts';
import { checkPageSecurity, directiveSources, scriptHash } from './page-security.ts';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
const page = (head: string, body = '') =>
  parseHtml(`<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Security-Policy" content="${POLICY}">${head}</head><body>${body}</body></html>`);
const problemsOf = (elements: ReturnType<typeof parseHtml>, policy = POLICY) => checkPageSecurity(elements, policy).map((p) => p.problem);

describe('checkPageSecurity', () => {
  it('passes a page whose scripts are external files and whose JSON-LD is data', () => {
    expect(problemsOf(page('<script src="/js/site.js" defer></script><script type="application/ld+json">{"@type":"NewsArticle"}</script>'))).toEqual([]);
  });

  it('needs the policy as a <meta>, equal to the one we ship', () => {
    expect(problemsOf(parseHtml('<html><head><title>x</title></head></html>'))).toEqual(['missing-csp']);
    expect(problemsOf(page(''), "default-src 'none'")).toEqual(['csp-mismatch']);
  });

  it('needs the policy before the first script or stylesheet it governs', () => {
    const elements = parseHtml(`<html><head><script src="/a.js"></script><meta http-equiv="content-security-policy" content="${POLICY}"></head></html>`);
    expect(problemsOf(elements)).toEqual(['csp-too-late']);
  });

  it('refuses an inline script unless the policy names its hash', () => {
    expect(problemsOf(page('<script>alert(1)</script>'))).toEqual(['inline-script']);
    const hashed = `default-src 'self'; script-src 'self' ${scriptHash('alert(1)')}; style-src 'self'`;
    const elements = parseHtml(`<html><head><meta http-equiv="Content-Security-Policy" content="${hashed}"><script>alert(1)</script></head></html>`);
    expect(problemsOf(elements, hashed)).toEqual([]);
  });

  it('refuses event handler attributes and javascript: URLs', () => {
    expect(problemsOf(page('', '<img src="a.png" alt="" onerror="alert(1)"><a href="javascript:alert(1)">x</a>'))).toEqual(['event-handler', 'javascript-url']);
  });

  it('refuses inline style the policy would drop', () => {
    expect(problemsOf(page('<style>p{color:red}</style>', '<p style="color:red">x</p>'))).toEqual(['inline-style', 'inline-style']);
  });
});

describe('directiveSources', () => {
  it('falls back to default-src for a directive the policy does not name', () => {
    expect(directiveSources("default-src 'self'; img-src data:", 'img-src')).toEqual(['data:']);
    expect(directiveSources("default-src 'self'; img-src data:", 'script-src')).toEqual(["'self'"]);
  });
});
