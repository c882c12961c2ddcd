import { describe, expect, it } from 'vitest';
import { validateHtml } from './html-validity.ts';

const page = (doctype: string, title: string, body = '<p>Nội dung.</p>') =>
  `${doctype}\n<html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>\n`;

describe('validateHtml', () => {
  it('accepts a valid page with the long headline a Vietnamese article often has', async () => {
    const title = 'Ban CHQS huyện Hải Lăng sơ kết 6 tháng chương trình phối hợp năm 2022 | Dân vận Quân sự';
    expect(await validateHtml(page('<!DOCTYPE html>', title), 'a.html')).toEqual([]);
  });

  it('reports each error with its rule and line', async () => {
    const problems = await validateHtml(page('<!DOCTYPE html>', 'Trang', '<p id="a">x</p>\n<p id="a">y</p>'), 'a.html');
    expect(problems).toEqual([expect.objectContaining({ rule: 'no-dup-id', line: 3 })]);
  });
});
