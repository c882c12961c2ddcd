import { describe, expect, it } from 'vitest';
import { parseHtml } from './html-document.ts';
import { checkHeadingOrder, checkImageAlternatives, checkLanguage } from './page-structure.ts';

const body = (html: string) => parseHtml(`<html lang="vi"><body>${html}</body></html>`);

describe('checkLanguage', () => {
  it('wants the page language on <html>', () => {
    expect(checkLanguage(body(''), 'vi')).toEqual([]);
    expect(checkLanguage(parseHtml('<html><body></body></html>'), 'vi')).toMatchObject([{ problem: 'language' }]);
    expect(checkLanguage(parseHtml('<html lang="en"></html>'), 'vi')).toMatchObject([{ problem: 'language' }]);
  });
});

describe('checkHeadingOrder', () => {
  it('accepts an h1 followed by headings that go down one level at a time and back up freely', () => {
    expect(checkHeadingOrder(body('<h1>a</h1><h2>b</h2><h3>c</h3><h2>d</h2><h3>e</h3><h4>f</h4><h2>g</h2>'))).toEqual([]);
  });

  it('flags a skipped level', () => {
    expect(checkHeadingOrder(body('<h1>Tin</h1><h3>Chi tiết</h3>'))).toEqual([
      { line: 1, problem: 'heading-order', detail: 'h3 "Chi tiết" follows h1 "Tin": skips a level' },
    ]);
  });

  it('flags a page that does not start with its one h1', () => {
    expect(checkHeadingOrder(body('<h2>a</h2><h1>b</h1>'))).toHaveLength(1);
    expect(checkHeadingOrder(body('<h1>a</h1><h1>b</h1>'))).toMatchObject([{ detail: '2 h1 headings' }]);
    expect(checkHeadingOrder(body('<p>x</p>'))).toMatchObject([{ detail: 'no heading' }]);
  });

  it('counts role="heading" elements at their aria-level', () => {
    expect(checkHeadingOrder(body('<h1>a</h1><div role="heading" aria-level="4">b</div>'))).toHaveLength(1);
  });
});

describe('checkImageAlternatives', () => {
  it('accepts an alt text, or an empty alt on a decorative image', () => {
    expect(checkImageAlternatives(body('<img src="a.jpg" alt="Hội nghị"><img src="b.jpg" alt="">'))).toEqual([]);
  });

  it('flags an image without alt', () => {
    expect(checkImageAlternatives(body('<img src="a.jpg">'))).toMatchObject([{ problem: 'image-alt' }]);
  });

  it('wants a chart drawn as <svg role="img"> to carry a text alternative', () => {
    expect(checkImageAlternatives(body('<svg role="img"><rect/></svg>'))).toMatchObject([{ problem: 'chart-alt' }]);
    expect(checkImageAlternatives(body('<svg role="img"><title>Số người nhập ngũ theo năm</title></svg>'))).toEqual([]);
    expect(checkImageAlternatives(body('<svg role="img" aria-labelledby="t"></svg>'))).toEqual([]);
  });
});
