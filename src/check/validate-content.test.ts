import { describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from './validate-content.ts';
import { formatContentError } from './content-error.ts';

const units = `
- { key: ninh-binh, name: Tỉnh Ninh Bình, level: tinh }
- { key: gia-vien, name: Huyện Gia Viễn, level: huyen, parent: ninh-binh }
`;
const organisations = `
- { key: doan-tn, name: Đoàn Thanh niên Cộng sản Hồ Chí Minh, short: Đoàn TN }
`;
const indicators = `
- { key: tuyen-quan, label: Thanh niên nhập ngũ, unit: người, aggregate: sum, group: Tuyển quân }
`;

const frontmatter = (fields: string) => `---\n${fields.trim()}\n---\n\nNội dung bài viết.\n`;
const validFields = `
title: Ninh Bình sơ kết công tác dân vận
summary: Hội nghị đánh giá kết quả 6 tháng đầu năm.
publishedAt: "2019-06-14T15:00"
unit: ninh-binh
kind: so-ket
author: Nguyễn Văn An
indicators:
  - { key: tuyen-quan, value: 1600, org: doan-tn }
`;

function check(articles: Array<{ path: string; text: string }>, catalogueOverrides: Partial<Record<'units' | 'organisations' | 'indicators', string>> = {}, files: string[] = []) {
  const cat = (name: 'units' | 'organisations' | 'indicators', text: string): SourceFile => ({ path: `content/${name}.yaml`, text: catalogueOverrides[name] ?? text });
  return validateContent({
    catalogues: { units: cat('units', units), organisations: cat('organisations', organisations), indicators: cat('indicators', indicators) },
    articles,
    fileExists: (path) => files.includes(path),
  }).errors.map(formatContentError);
}

const article = (fields: string, path = 'content/articles/2019/ninh-binh-so-ket/index.md') => ({ path, text: frontmatter(fields) });

describe('content check', () => {
  it('accepts an article that keeps the contract', () => {
    expect(check([article(validFields)])).toEqual([]);
  });

  it('names the file, line and field of a number written as text', () => {
    const errors = check([article(validFields.replace('value: 1600', 'value: "1.600"'))]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/articles\/2019\/ninh-binh-so-ket\/index\.md:9 › indicators\[0\]\.value: Cần một số/);
    expect(errors[0]).toContain('"1.600"');
  });

  it('catches 1.600 that YAML would silently read as 1.6', () => {
    const errors = check([article(validFields.replace('value: 1600', 'value: 1.600'))]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('indicators[0].value');
    expect(errors[0]).toContain('hãy viết liền: 1600');
  });

  it('suggests the catalogue key the author probably meant', () => {
    const errors = check([article(validFields.replace('unit: ninh-binh', 'unit: ninh-bin'))]);
    expect(errors).toEqual([expect.stringMatching(/› unit: Không có khóa "ninh-bin" trong content\/units\.yaml; có phải ý bạn là "ninh-binh"\?/)]);
  });

  it('rejects a date that is not on the calendar', () => {
    const errors = check([article(validFields.replace('"2019-06-14T15:00"', '"2019-02-30"'))]);
    expect(errors).toEqual([expect.stringContaining('› publishedAt: Ngày 2019-02-30 không có trên lịch')]);
  });

  it('requires coverAlt when a cover is set', () => {
    const errors = check([article(validFields + 'cover: ./anh.jpg\n')], {}, ['content/articles/2019/ninh-binh-so-ket/anh.jpg']);
    expect(errors).toEqual([expect.stringContaining('› coverAlt: Có ảnh bìa (cover) thì phải có coverAlt')]);
  });

  it('reports a cover photo that is not beside the article', () => {
    const errors = check([article(validFields + 'cover: ./anh.jpg\ncoverAlt: Quang cảnh hội nghị\n')]);
    expect(errors).toEqual([expect.stringContaining('› cover: Không tìm thấy tệp ảnh "./anh.jpg"')]);
  });

  it('refuses two articles with the same slug in different years', () => {
    const errors = check([
      article(validFields),
      article(validFields.replace('2019-06-14', '2020-06-14'), 'content/articles/2020/ninh-binh-so-ket/index.md'),
    ]);
    expect(errors).toEqual([expect.stringMatching(/^content\/articles\/2020\/ninh-binh-so-ket\/index\.md: Tên bài \(slug\) trùng với content\/articles\/2019/)]);
  });

  it('wants the article in the folder of its publication year', () => {
    const errors = check([article(validFields, 'content/articles/2020/ninh-binh-so-ket/index.md')]);
    expect(errors).toEqual([expect.stringContaining('hãy chuyển bài vào content/articles/2019/')]);
  });

  it('names a misspelt field and the field it resembles', () => {
    const errors = check([article(validFields.replace('summary:', 'sumary:'))]);
    expect(errors).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md › summary: Thiếu trường bắt buộc "Tóm tắt (sapo)": Một hoặc hai câu tóm tắt, hiện dưới tiêu đề và trong kết quả tìm kiếm.',
      'content/articles/2019/ninh-binh-so-ket/index.md:3 › sumary: Trường "sumary" không có trong mẫu bài viết; có phải ý bạn là "summary"?',
    ]);
  });

  it('names a missing figure field by its label and says what to write', () => {
    const errors = check([article(validFields.replace('value: 1600, ', ''))]);
    expect(errors).toEqual([
      expect.stringMatching(/› indicators\[0\]\.value: Thiếu trường bắt buộc "Giá trị": Một số viết liền/),
    ]);
  });

  it('lists the allowed values of kind', () => {
    const errors = check([article(validFields.replace('kind: so-ket', 'kind: sơ kết'))]);
    expect(errors[0]).toContain('› kind: Chỉ nhận một trong các giá trị: so-ket, tong-ket, hoi-nghi, tin-hoat-dong; nhận được chữ "sơ kết"');
  });

  it('refuses script in an article body', () => {
    const errors = check([{ path: 'content/articles/2019/ninh-binh-so-ket/index.md', text: frontmatter(validFields) + '<script>alert(1)</script>\n' }]);
    expect(errors).toEqual([expect.stringMatching(/index\.md:\d+: Bài viết không được chứa thẻ <script>/)]);
  });

  it('checks unit parents in the catalogue', () => {
    const errors = check([], { units: units + '- { key: xa-a, name: Xã A, level: xa, parent: ninh-binh }\n' });
    expect(errors).toEqual(['content/units.yaml › [2].parent: Đơn vị cha "ninh-binh" phải là đơn vị huyen']);
  });
});

describe('content outside the project', () => {
  it('finds photos beside articles in an absolute content folder', () => {
    const path = '/srv/corpus/articles/2019/ninh-binh-so-ket/index.md';
    const errors = check(
      [{ path, text: frontmatter(validFields + 'cover: ./anh.jpg\ncoverAlt: Quang cảnh hội nghị\n') }],
      {},
      ['/srv/corpus/articles/2019/ninh-binh-so-ket/anh.jpg'],
    );
    expect(errors).toEqual([]);
  });
});

describe('frontmatter syntax', () => {
  it('points at the line of a YAML syntax error', () => {
    const errors = check([{ path: 'content/articles/2019/ninh-binh-so-ket/index.md', text: frontmatter(validFields.replace('kind: so-ket', 'kind: [so-ket')) }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/articles\/2019\/ninh-binh-so-ket\/index\.md:\d+: Phần đầu bài \(frontmatter\) viết sai cú pháp YAML/);
  });
});

describe('impossible values', () => {
  it('refuses a negative figure and says to write it without the minus sign', () => {
    const errors = check([article(validFields.replace('value: 1600', 'value: -1600'))]);
    expect(errors).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md:9 › indicators[0].value: Số liệu là số người, số việc hay số tiền nên không thể âm; nhận được -1600. Hãy viết số không có dấu trừ (ví dụ: 1600); nếu là mức giảm, ghi rõ trong note',
    ]);
  });

  it('refuses an updatedAt earlier than publishedAt, naming both dates as written', () => {
    const errors = check([article(validFields + 'updatedAt: "2019-06-13"\n')]);
    expect(errors).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md:10 › updatedAt: Ngày cập nhật 2019-06-13 sớm hơn ngày đăng 2019-06-14T15:00; ngày cập nhật phải bằng hoặc sau ngày đăng (xóa updatedAt nếu bài chưa sửa sau khi đăng)',
    ]);
  });

  it('accepts an update on the minute of publication', () => {
    expect(check([article(validFields + 'updatedAt: "2019-06-14T15:00"\n')])).toEqual([]);
  });

  it('refuses a figure YAML reads as infinity', () => {
    const errors = check([article(validFields.replace('value: 1600', 'value: .inf'))]);
    expect(errors).toEqual([expect.stringContaining('index.md:9 › indicators[0].value: Cần một số viết liền')]);
  });
});
