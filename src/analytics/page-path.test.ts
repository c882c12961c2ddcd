import { describe, expect, it } from 'vitest';
import type { LogEntry } from './log-line.ts';
import { pageAddress, viewedPage } from './page-path.ts';

const pages = new Set(['/', '/bai-viet/gia-vien-so-ket/', '/nam/2024/', '/thong-ke/', '/bai-viet/tiếng-việt/']);
const entry = (target: string | undefined, method = 'GET', status = 200): LogEntry => ({ ip: '1.2.3.4', time: 0, method, target, status, userAgent: 'x' });

describe('pageAddress', () => {
  it('makes /a/b, /a/b/ and /a/b/index.html one page', () => {
    for (const target of ['/bai-viet/x', '/bai-viet/x/', '/bai-viet/x/index.html']) expect(pageAddress(target)).toBe('/bai-viet/x/');
    expect(pageAddress('/')).toBe('/');
    expect(pageAddress('/index.html')).toBe('/');
  });

  it('drops the query string and the fragment', () => {
    expect(pageAddress('/bai-viet/x/?utm_source=zalo&fbclid=1')).toBe('/bai-viet/x/');
    expect(pageAddress('/bai-viet/x?a=/b/')).toBe('/bai-viet/x/');
    expect(pageAddress('/nam/2024/#top')).toBe('/nam/2024/');
  });

  it('decodes %-escapes', () => {
    expect(pageAddress('/bai-viet/ti%E1%BA%BFng-vi%E1%BB%87t/')).toBe('/bai-viet/tiếng-việt/');
    expect(pageAddress('/bai-viet/%78/')).toBe('/bai-viet/x/');
  });

  it('reads the path of an absolute-form target', () => {
    expect(pageAddress('http://dvqs.example.gov.vn/nam/2024/')).toBe('/nam/2024/');
    expect(pageAddress('HTTPS://dvqs.example.gov.vn/nam/2024')).toBe('/nam/2024/');
  });

  it('is not a page for files, bad escapes, double slashes or a missing path', () => {
    for (const target of ['/_astro/site.css', '/rss.xml', '/favicon.svg', '/bai-viet/x/anh.jpg', '/404.html', '/bai-viet/%E0%A4%A/', '//bai-viet/x/', '/a//b/', '*', 'bai-viet/x/', '']) {
      expect(pageAddress(target), target).toBeUndefined();
    }
    expect(pageAddress(undefined)).toBeUndefined();
  });
});

describe('viewedPage', () => {
  it('counts a GET answered 200 or 304 for a page of the built site', () => {
    expect(viewedPage(entry('/bai-viet/gia-vien-so-ket/'), pages)).toBe('/bai-viet/gia-vien-so-ket/');
    expect(viewedPage(entry('/bai-viet/gia-vien-so-ket', 'GET', 304), pages)).toBe('/bai-viet/gia-vien-so-ket/');
    expect(viewedPage(entry('/?ref=1'), pages)).toBe('/');
  });

  it('does not count other methods, other answers or paths the site does not have', () => {
    expect(viewedPage(entry('/thong-ke/', 'HEAD'), pages)).toBeUndefined();
    expect(viewedPage(entry('/thong-ke/', 'POST'), pages)).toBeUndefined();
    expect(viewedPage(entry('/thong-ke/', 'get'), pages)).toBeUndefined();
    for (const status of [301, 206, 404, 500, 201]) expect(viewedPage(entry('/thong-ke/', 'GET', status), pages), String(status)).toBeUndefined();
    expect(viewedPage(entry('/bai-viet/khong-co/'), pages)).toBeUndefined();
    expect(viewedPage(entry('/_astro/site.css'), pages)).toBeUndefined();
    expect(viewedPage(entry(undefined), pages)).toBeUndefined();
  });
});
