import { describe, expect, it } from 'vitest';
import type { Element, ElementContent } from 'hast';
import { figureFromParagraph, isExternalLink } from './article-html.ts';

const img: Element = { type: 'element', tagName: 'img', properties: { src: './a.jpg', alt: 'Hội trường' }, children: [] };
const text = (value: string): ElementContent => ({ type: 'text', value });
const em: Element = { type: 'element', tagName: 'em', properties: {}, children: [text('Quang cảnh hội nghị')] };
const p = (...children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });

describe('figureFromParagraph', () => {
  it('ties the italic line under a photo to it as its caption', () => {
    const figure = figureFromParagraph(p(img, text('\n'), em));
    expect(figure?.tagName).toBe('figure');
    expect(figure?.children.map((c) => (c as Element).tagName)).toEqual(['img', 'figcaption']);
    expect((figure?.children[1] as Element).children).toEqual([text('Quang cảnh hội nghị')]);
  });
  it('makes a lone photo a figure without caption', () => {
    expect(figureFromParagraph(p(img))?.children).toEqual([img]);
  });
  it('leaves text with an inline photo or emphasis alone', () => {
    expect(figureFromParagraph(p(text('Ảnh: '), img))).toBeUndefined();
    expect(figureFromParagraph(p(img, text(' và chữ thường')))).toBeUndefined();
    expect(figureFromParagraph(p(em))).toBeUndefined();
  });
});

describe('isExternalLink', () => {
  const site = 'https://dvqs.example.gov.vn';
  it('marks links to other sites only', () => {
    expect(isExternalLink('https://example.org/tin', site)).toBe(true);
    expect(isExternalLink('https://dvqs.example.gov.vn/nam/2022/', site)).toBe(false);
    expect(isExternalLink('/nam/2022/', site)).toBe(false);
    expect(isExternalLink('mailto:a@b.vn', site)).toBe(false);
  });
});
