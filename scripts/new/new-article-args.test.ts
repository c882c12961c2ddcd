import { describe, expect, it } from 'vitest';
import { parseNewArticleArgs } from './new-article-args.ts';
import { authoring as t } from '../../src/i18n/vi.ts';

describe('npm run new: its command line', () => {
  it('reads the title, the unit and the defaults', () => {
    expect(parseNewArticleArgs(['Hội nghị', 'sơ kết', '--unit', 'gia-vien'])).toEqual({
      ok: true,
      request: { title: 'Hội nghị sơ kết', unit: 'gia-vien', kind: 'tin-hoat-dong', author: 'Ban biên tập', copy: false },
    });
    expect(parseNewArticleArgs(['X', '--kind', 'so-ket', '--author', 'An', '--copy'])).toMatchObject({
      ok: true,
      request: { kind: 'so-ket', author: 'An', copy: true },
    });
  });

  it.each([['--help'], ['-h'], ['Tiêu đề', '--help']])('shows the Vietnamese usage for %s', (...argv) => {
    expect(parseNewArticleArgs(argv)).toEqual({ ok: false, help: true, message: t.usage });
  });

  it('says which option does not exist and suggests the one meant', () => {
    expect(parseNewArticleArgs(['X', '--unti', 'a'])).toEqual({
      ok: false,
      help: false,
      message: `Không có tùy chọn "--unti"; có phải ý bạn là "--unit"?\n\n${t.usage}`,
    });
    expect(parseNewArticleArgs(['X', '--zzzzzz'])).toMatchObject({ message: expect.stringMatching(/^Không có tùy chọn "--zzzzzz"\.\n\nCách dùng/) });
  });

  it('says an option needs a value, or takes none', () => {
    expect(parseNewArticleArgs(['X', '--unit'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Tùy chọn --unit cần một giá trị ngay sau nó \(ví dụ: --unit gia-vien/),
    });
    expect(parseNewArticleArgs(['X', '--copy=yes'])).toMatchObject({ message: expect.stringMatching(/^Tùy chọn --copy không nhận giá trị; chỉ viết --copy\n/) });
    expect(parseNewArticleArgs(['X', '--help=1'])).toMatchObject({ message: expect.stringMatching(/^Tùy chọn --help không nhận giá trị/) });
  });

  it('asks for a title', () => {
    expect(parseNewArticleArgs(['--unit', 'a'])).toEqual({ ok: false, help: false, message: `Hãy cho biết tiêu đề bài viết, trong dấu nháy kép.\n\n${t.usage}` });
    expect(parseNewArticleArgs(['  '])).toMatchObject({ ok: false, help: false });
  });
});
