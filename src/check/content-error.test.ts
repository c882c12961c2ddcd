import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ContentValidationError, displayPath, errorsFromZod, formatContentError, formatFieldPath } from './content-error.ts';
import { articleSchema } from '../schema/article.ts';
import { articleFields, indicatorFields, validation as v } from '../i18n/vi.ts';

const schema = articleSchema({ ref: () => z.string(), image: () => z.string() });
const valid = { title: 'Sơ kết', summary: 'Tóm tắt', publishedAt: '2022-07-29', unit: 'gia-vien', kind: 'so-ket', author: 'Bình' };
const errorsOf = (data: unknown, locate?: (path: ReadonlyArray<PropertyKey>) => number | undefined) => {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected the article to be refused');
  return errorsFromZod('content/articles/2022/so-ket/index.md', result.error, locate);
};

describe('formatFieldPath', () => {
  it('writes a field path the way an author reads it', () => {
    expect(formatFieldPath(['indicators', 2, 'value'])).toBe('indicators[2].value');
    expect(formatFieldPath(['period', 'from'])).toBe('period.from');
    expect(formatFieldPath(['title'])).toBe('title');
    expect(formatFieldPath([0, 'key'])).toBe('[0].key');
    expect(formatFieldPath([])).toBe('');
  });
});

describe('errorsFromZod', () => {
  it('names a missing field with its Vietnamese label and what to write in it', () => {
    const { title, ...rest } = valid;
    expect(errorsOf(rest)).toEqual([
      { file: 'content/articles/2022/so-ket/index.md', line: undefined, field: 'title', message: v.requiredField(articleFields.title.label, articleFields.title.hint) },
    ]);
    expect(title).toBe('Sơ kết');
  });

  it('names a missing field of a figure with the figure\'s label', () => {
    const [error] = errorsOf({ ...valid, indicators: [{ key: 'tuyen-quan' }] });
    expect(error.field).toBe('indicators[0].value');
    expect(error.message).toBe(v.requiredField(indicatorFields.value.label, indicatorFields.value.hint));
  });

  it('keeps any other message as the schema wrote it', () => {
    const [error] = errorsOf({ ...valid, indicators: [{ key: 'tuyen-quan', value: '1.600' }] });
    expect(error.field).toBe('indicators[0].value');
    // The figure's own message, with the plain number to write (src/schema/fields.ts).
    expect(error.message).toBe(`${v.expectedNumber('chữ "1.600"')}: hãy viết 1600`);
  });

  it('reports each unknown field at the field itself, one message each', () => {
    const errors = errorsOf({ ...valid, sumary: 'x', titel: 'y' }, (path) => (path.at(-1) === 'sumary' ? 3 : 4));
    expect(errors.map((e) => [e.field, e.line, e.message])).toEqual([
      ['sumary', 3, v.unknownField('sumary', 'summary')],
      ['titel', 4, v.unknownField('titel', 'title')],
    ]);
  });

  it('gives every unknown field the whole message when there are fewer lines than fields', () => {
    const error = new z.ZodError([{ code: 'unrecognized_keys', keys: ['a', 'b'], path: ['indicators', 0], message: 'Trường lạ', input: {} }]);
    expect(errorsFromZod('f.md', error).map((e) => [e.field, e.message])).toEqual([
      ['indicators[0].a', 'Trường lạ'],
      ['indicators[0].b', 'Trường lạ'],
    ]);
  });

  it('keeps the bare "required" message for a field that has no label', () => {
    const error = new z.ZodError([{ code: 'custom', path: ['khac'], message: v.required, input: undefined }]);
    expect(errorsFromZod('f.md', error)[0].message).toBe(v.required);
  });

  it('asks where each field is, to give its line', () => {
    const { summary, ...rest } = valid;
    const asked: string[] = [];
    const [error] = errorsOf(rest, (path) => (asked.push(formatFieldPath(path)), 7));
    expect([error.line, asked, summary]).toEqual([7, ['summary'], 'Tóm tắt']);
  });
});

describe('formatContentError (one line an author can click in a terminal)', () => {
  it('gives file:line › field: message', () => {
    expect(formatContentError({ file: 'a/index.md', line: 12, field: 'indicators[0].value', message: 'Sai' })).toBe('a/index.md:12 › indicators[0].value: Sai');
  });
  it('leaves out what is not known', () => {
    expect(formatContentError({ file: 'a/index.md', field: 'title', message: 'Sai' })).toBe('a/index.md › title: Sai');
    expect(formatContentError({ file: 'a/index.md', line: 3, field: '', message: 'Sai' })).toBe('a/index.md:3: Sai');
    expect(formatContentError({ file: 'a/index.md', field: '', message: 'Sai' })).toBe('a/index.md: Sai');
  });
});

describe('ContentValidationError', () => {
  it('carries the errors and lists each under the heading', () => {
    const errors = [
      { file: 'a.md', line: 2, field: 'title', message: 'Thiếu' },
      { file: 'b.md', field: '', message: 'Hỏng' },
    ];
    const error = new ContentValidationError(errors, '2 lỗi:');
    expect(error.message).toBe('2 lỗi:\n  ✗ a.md:2 › title: Thiếu\n  ✗ b.md: Hỏng');
    expect(error.name).toBe('ContentValidationError');
    expect(error.errors).toBe(errors);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('displayPath', () => {
  it('shows a file inside the project relative to it', () => {
    expect(displayPath('/srv/portal', '/srv/portal/content/articles/2022/x/index.md')).toBe('content/articles/2022/x/index.md');
  });
  it('shows a file outside the project by its absolute path', () => {
    expect(displayPath('/srv/portal', '/srv/other/index.md')).toBe('/srv/other/index.md');
    expect(displayPath('/srv/portal', '/tmp/x.md')).toBe('/tmp/x.md');
  });
});
