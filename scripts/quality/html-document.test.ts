import { describe, expect, it } from 'vitest';
import { closest, parseHtml } from './html-document.ts';

describe('parseHtml', () => {
  it('lists elements in document order with attributes, text and line', () => {
    const elements = parseHtml('<!DOCTYPE html>\n<html lang="vi"><body>\n<h1>Tin <em>mới</em></h1></body></html>');
    const h1 = elements.find((e) => e.tag === 'h1')!;
    expect(elements.map((e) => e.tag)).toEqual(['html', 'head', 'body', 'h1', 'em']);
    expect(elements[0].attrs).toEqual({ lang: 'vi' });
    expect(h1.text).toBe('Tin mới');
    expect(h1.line).toBe(3);
  });

  it('parses what is inside <noscript>, so its links are seen', () => {
    const elements = parseHtml('<noscript><p><a href="/nam/">Lưu trữ</a></p></noscript>');
    expect(elements.find((e) => e.tag === 'a')?.attrs.href).toBe('/nam/');
  });

  it('finds the nearest ancestor by tag', () => {
    const elements = parseHtml('<picture><source srcset="a.avif"><img src="a.jpg" alt=""></picture>');
    expect(closest(elements.find((e) => e.tag === 'img')!, 'picture')?.tag).toBe('picture');
  });
});
