import { describe, expect, it } from 'vitest';
import { besideArticle, contractPath, inOrder, splitEntry, tidyEntry, withoutEmptyFields } from './entry-file.ts';
import { slugify } from '../../src/domain/slug.ts';

describe('where a saved article goes', () => {
  it('folds the title into the slug exactly as npm run new does, đ included', () => {
    const title = 'Đoàn Thanh niên Quảng Trị tặng quà tân binh: đợt 1';
    expect(contractPath('content', { title, publishedAt: '2025-02-10T08:30' })).toBe(
      `content/articles/2025/${slugify(title)}/index.md`,
    );
    expect(slugify(title)).toBe('doan-thanh-nien-quang-tri-tang-qua-tan-binh-dot-1');
  });

  it('files an article by its year in Vietnam time, not the server clock', () => {
    expect(contractPath('content', { title: 'Giao thừa', publishedAt: '2024-12-31T23:30' })).toBe('content/articles/2024/giao-thua/index.md');
    expect(contractPath('content', { title: 'Giao thừa', publishedAt: '2024-12-31T20:00-05:00' })).toBe('content/articles/2025/giao-thua/index.md');
    expect(contractPath('noi-dung', { title: 'Tin', publishedAt: '2023-05-01' })).toBe('noi-dung/articles/2023/tin/index.md');
  });

  it('leaves the path to the CMS while the title or a real date is missing', () => {
    expect(contractPath('content', { publishedAt: '2025-02-10' })).toBeUndefined();
    expect(contractPath('content', { title: '!!!', publishedAt: '2025-02-10' })).toBeUndefined();
    expect(contractPath('content', { title: 'Tin', publishedAt: '2025-02-30' })).toBeUndefined();
    expect(contractPath('content', { title: 'Tin', publishedAt: 20250210 })).toBeUndefined();
    expect(contractPath('content', { title: 42, publishedAt: '2025-02-10' })).toBeUndefined();
  });
});

describe('the file the CMS sends, tidied before it is written', () => {
  it('reads the frontmatter and body apart', () => {
    expect(splitEntry('---\ntitle: Tin\n---\nNội dung\n')).toEqual({ data: { title: 'Tin' }, body: 'Nội dung\n' });
    expect(splitEntry('---\r\ntitle: Tin\r\n---\r\nNội dung')).toEqual({ data: { title: 'Tin' }, body: 'Nội dung' });
    expect(splitEntry('---\ntitle: Tin\n---')).toEqual({ data: { title: 'Tin' }, body: '' });
  });

  it('refuses to read what is not frontmatter over an object', () => {
    expect(splitEntry('title: Tin\n')).toBeUndefined();
    expect(splitEntry('---\n- a\n---\n')).toBeUndefined();
    expect(splitEntry('---\n42\n---\n')).toBeUndefined();
    expect(splitEntry('---\ntitle: [\n---\n')).toBeUndefined();
    expect(splitEntry('---\n\n---\n')).toBeUndefined();
  });

  it('drops fields left empty at every depth, keeps zero and false', () => {
    expect(
      withoutEmptyFields({
        source: '',
        spaces: '  ',
        tags: [],
        period: { from: '', to: null },
        nothing: null,
        indicators: [{ key: 'a', value: 0, org: '', note: '' }, { org: '' }],
        draft: false,
        when: new Date(0),
      }),
    ).toEqual({ indicators: [{ key: 'a', value: 0 }], draft: false, when: new Date(0) });
    expect(withoutEmptyFields(['', 'x', undefined])).toEqual(['x']);
    expect(withoutEmptyFields('x')).toBe('x');
  });

  it('writes a bare photo name as a path beside the article', () => {
    expect(besideArticle('hoi-nghi.jpg')).toBe('./hoi-nghi.jpg');
    expect(besideArticle('./hoi-nghi.jpg')).toBe('./hoi-nghi.jpg');
    expect(besideArticle('../hoi-nghi.jpg')).toBe('../hoi-nghi.jpg');
    expect(besideArticle('/anh/hoi-nghi.jpg')).toBe('/anh/hoi-nghi.jpg');
    expect(besideArticle('https://example.org/a.jpg')).toBe('https://example.org/a.jpg');
    expect(besideArticle('anh/hoi-nghi.jpg')).toBe('./anh/hoi-nghi.jpg');
  });

  it('orders fields as the schema lists them, unknown ones last', () => {
    expect(Object.keys(inOrder({ c: 1, z: 2, a: 3, b: 4 }, ['a', 'b', 'c']))).toEqual(['a', 'b', 'c', 'z']);
  });

  it('turns the CMS output into an article as npm run new writes one', () => {
    const raw = [
      '---',
      'draft: false',
      'title: "Tin: mới"',
      'source: ""',
      'indicators:',
      '  - qualifier: over',
      '    value: 120',
      '    key: qua-tang',
      '    org: ""',
      'cover: anh.jpg',
      'period:',
      '  from: ""',
      '  to: ""',
      '---',
      '',
      '',
      'Nội dung **đậm**.',
      '',
    ].join('\n');
    expect(tidyEntry(raw)).toBe(
      [
        '---',
        'title: "Tin: mới"',
        'cover: ./anh.jpg',
        'indicators:',
        '  - key: qua-tang',
        '    value: 120',
        '    qualifier: over',
        'draft: false',
        '---',
        '',
        'Nội dung **đậm**.',
        '',
      ].join('\n'),
    );
  });

  it('keeps the paragraphs of the body and long values on one line', () => {
    const summary = 'Một câu tóm tắt rất dài '.repeat(6).trim();
    expect(tidyEntry(`---\nsummary: ${summary}\n---\nĐoạn một.\n\nĐoạn hai.\n`)).toBe(`---\nsummary: ${summary}\n---\n\nĐoạn một.\n\nĐoạn hai.\n`);
  });

  it('reads frontmatter only at the very start of the file', () => {
    expect(splitEntry('Lời mở đầu\n---\ntitle: Tin\n---\nNội dung')).toBeUndefined();
  });

  it('leaves a file it cannot read as it came, for the check to explain', () => {
    expect(tidyEntry('không có frontmatter')).toBe('không có frontmatter');
    expect(tidyEntry('---\nindicators: [1, 2]\ncover: 3\n---\nx')).toBe('---\ncover: 3\nindicators:\n  - 1\n  - 2\n---\n\nx');
  });
});
