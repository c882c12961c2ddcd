/** The content check on catalogues and article files that are broken in other ways than their fields. */
import { describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from './validate-content.ts';
import { formatContentError } from './content-error.ts';

const catalogues = {
  units: '- { key: ninh-binh, name: Tỉnh Ninh Bình, level: tinh }\n',
  organisations: '- { key: doan-tn, name: Đoàn Thanh niên }\n',
  indicators: '- { key: tuyen-quan, label: Thanh niên nhập ngũ, unit: người, aggregate: sum, group: Tuyển quân }\n',
};
type Name = keyof typeof catalogues;
const check = (articles: SourceFile[], overrides: Partial<Record<Name, string>> = {}, files: string[] = []) =>
  validateContent({
    catalogues: Object.fromEntries((Object.keys(catalogues) as Name[]).map((n) => [n, { path: `content/${n}.yaml`, text: overrides[n] ?? catalogues[n] }])) as Record<Name, SourceFile>,
    articles,
    fileExists: (path) => files.includes(path),
  }).errors.map(formatContentError);
const fields = 'title: Tin\nsummary: Tóm tắt\npublishedAt: "2024-05-02T08:00"\nunit: ninh-binh\nkind: tin-hoat-dong\nauthor: An';
const article = (body = 'Nội dung.', path = 'content/articles/2024/tin/index.md', head = fields): SourceFile => ({ path, text: `---\n${head}\n---\n${body}\n` });

describe('catalogues', () => {
  it('reports YAML that does not parse, and a catalogue that is not a list', () => {
    expect(check([], { units: '- { key: [' })).toEqual([expect.stringMatching(/^content\/units\.yaml:1 › \[0\]: Danh mục viết sai cú pháp YAML: dấu \{ mở một số liệu nhưng không có dấu \} đóng/)]);
    expect(check([], { organisations: 'key: doan-tn' })).toEqual(['content/organisations.yaml: Danh mục phải là một danh sách YAML, mỗi mục bắt đầu bằng "- "']);
  });

  it('names the entry and field of a broken item, a key in the wrong shape and a key given twice', () => {
    expect(check([], { organisations: '- { key: doan-tn }\n' })).toEqual(['content/organisations.yaml › [0].name: Thiếu trường bắt buộc này']);
    expect(check([], { organisations: '- { key: Doan TN, name: Đoàn }\n' })).toEqual(['content/organisations.yaml › [0].key: Khóa "Doan TN" phải viết thường, không dấu, nối bằng gạch ngang; ví dụ "doan-tn"']);
    expect(check([], { organisations: '- { key: doan-tn, name: A }\n- { key: doan-tn, name: B }\n' })).toEqual(['content/organisations.yaml › [1].key: Khóa "doan-tn" xuất hiện hai lần']);
  });
});

describe('article files', () => {
  it('accepts a plain article', () => {
    expect(check([article()])).toEqual([]);
  });

  it('asks for a folder name in slug form', () => {
    expect(check([article('x', 'content/articles/2024/Tin-Moi/index.md')])).toEqual([
      'content/articles/2024/Tin-Moi/index.md: Tên thư mục "Tin-Moi" phải viết thường, không dấu, nối bằng gạch ngang; hãy đổi thành "tin-moi"',
    ]);
  });

  it('reports a file without frontmatter on line 1, and frontmatter that does not parse on its line', () => {
    expect(check([{ path: 'content/articles/2024/tin/index.md', text: 'Chỉ có nội dung.\n' }])).toEqual([
      'content/articles/2024/tin/index.md:1: Bài viết phải bắt đầu bằng phần đầu giữa hai dòng "---" (title, summary, publishedAt…)',
    ]);
    expect(check([article('x', undefined, `${fields}\ntags: [a`)])[0]).toMatch(/^content\/articles\/2024\/tin\/index\.md:8 › tags: Phần đầu bài \(frontmatter\) viết sai cú pháp YAML: dấu \[ mở một danh sách nhưng không có dấu \] đóng/);
  });

  it('names the line of a photo in the text that is not beside the article, and resolves ./ and ../', () => {
    // A photo from another site is refused for its own reason (body-resources.ts), never as missing.
    const body = 'Đoạn một.\n\n![Ảnh](./anh.jpg)\n\n![Ảnh khác](../chung/anh.jpg "tiêu đề")\n\n<!-- ![Ghi chú](./khong-co.jpg) -->';
    expect(check([article(body)], {}, ['content/articles/2024/chung/anh.jpg'])).toEqual([
      'content/articles/2024/tin/index.md:11: Không tìm thấy tệp ảnh "./anh.jpg" cạnh bài viết',
    ]);
    expect(check([article(body)], {}, ['content/articles/2024/tin/anh.jpg', 'content/articles/2024/chung/anh.jpg'])).toEqual([]);
  });

  it('finds photos beside an article in an absolute content folder', () => {
    expect(check([article('![Ảnh](./anh%20moi.jpg)', '/tmp/corpus/articles/2024/tin/index.md')], {}, ['/tmp/corpus/articles/2024/tin/anh moi.jpg'])).toEqual([]);
  });
});
