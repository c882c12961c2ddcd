import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import matter from 'gray-matter';
import { importPage, escapeMarkdown, photoName, type Catalogues } from './import-page.ts';
import { findPhotoBeside } from './input-files.ts';
import { readIndicatorCatalogue } from '../../src/check/figure-warnings.ts';

/** The fixtures' own copy of the catalogues, so a change to the sample portal's does not move these expectations. */
const fixtures = 'tests/fixtures/import';
const catalogueText = (name: string) => readFileSync(join(fixtures, 'content', name), 'utf8');
const catalogues: Catalogues = {
  units: parseYaml(catalogueText('units.yaml')),
  organisations: parseYaml(catalogueText('organisations.yaml')),
  indicators: readIndicatorCatalogue(catalogueText('indicators.yaml')),
};

const PAGES = [
  'html/so-ket-hai-lang.html',
  'html/ninh-binh-so-ket.html',
  'html/Lạng Sơn - chung sức cùng dân.html',
  'text/tong-ket-dak-lak.txt',
  'text/tong-ket-quang-tri-2017.txt',
  // The layouts of the portal products provincial sites run on, saved and copied.
  'html/wordpress-cam-lo.html',
  'html/dnn-gio-linh.html',
  'html/liferay-kim-son.html',
  'text/copied-trieu-phong.txt',
  'text/copied-wordpress-vinh-linh.txt',
];

/** Each fixture imported once per run of this file (mutation testing runs it once per planted bug). */
const imported = new Map<string, ReturnType<typeof importFresh>>();
function importFixture(name: string) {
  if (!imported.has(name)) imported.set(name, importFresh(name));
  return imported.get(name)!;
}

function importFresh(name: string) {
  const file = join(fixtures, name);
  const result = importPage({ fileName: name.split('/').pop()!, text: readFileSync(file, 'utf8'), catalogues, findPhoto: (src) => findPhotoBeside(file, src) });
  if (!result.ok) throw new Error(result.reason);
  return { result, data: matter(result.text).data as Record<string, any>, body: matter(result.text).content };
}

describe('importing the fixture pages', () => {
  it.each(PAGES)('%s gives the expected draft', async (name) => {
    const { result } = importFixture(name);
    await expect(result.text).toMatchFileSnapshot(join('../../', fixtures, 'expected', name.replace(/\.[^.]+$/, '.md')));
  });
  it('gives the same output for the same input', () => {
    for (const name of PAGES) expect(importFresh(name).result).toEqual(importFixture(name).result);
  });
  it('reads every field of the saved HTML page', () => {
    const { data, result } = importFixture('html/so-ket-hai-lang.html');
    expect(data).toMatchObject({
      title: 'Ban CHQS huyện Hải Lăng sơ kết 6 tháng chương trình phối hợp',
      publishedAt: '2022-07-29T16:05',
      unit: 'hai-lang',
      kind: 'so-ket',
      period: { from: '2022-01-01', to: '2022-06-30' },
      author: 'Hoàng Minh',
      source: 'Trung tâm VH-TT&TT huyện',
      legacyViews: 109,
      draft: true,
      cover: './img-2207-1.jpg',
    });
    expect(data.summary).toMatch(/^Sáng ngày 29\/7\/2022, Ban Chỉ huy Quân sự huyện Hải Lăng/);
    expect(result.photos.map((p) => p.name)).toEqual(['img-2207-1.jpg', 'hoi-ccb.jpg']);
    expect(result.year).toBe(2022);
    expect(result.slug).toBe('ban-chqs-huyen-hai-lang-so-ket-6-thang-chuong-trinh-phoi-hop');
  });
  it('leaves the site’s chrome out of the article', () => {
    for (const name of PAGES) {
      const { result } = importFixture(name);
      for (const chrome of [
        'Thống kê truy cập', 'Ý kiến bạn đọc', 'Tin liên quan', 'Các tin khác', 'Tin cùng chuyên mục', 'Multimedia', 'MULTIMEDIA', 'Đọc báo in', 'Chia sẻ', 'Trang chủ', 'Hôm nay', 'Bản quyền', 'Giới thiệu', 'Bình luận', 'Gửi ý kiến', '_gaq',
        // WordPress, DotNetNuke and Liferay portals: related posts, comment forms, tools, ratings, side columns, bylines.
        'Bài viết liên quan', 'Bài viết mới', 'Bài trước', 'Trả lời', 'Email của bạn', 'Phản hồi', 'Thẻ:', 'Chuyên mục:', 'bởi admin', 'Bỏ qua nội dung',
        'In bài', 'Gửi email', 'A+', 'Liên kết website', 'Báo Quảng Trị', 'Đánh giá', 'Văn bản mới', 'Cơ quan chủ quản', 'Facebook', 'Zalo', 'Twitter', '__VIEWSTATE', 'Đang truy cập', 'Đang online',
      ]) {
        expect(result.text, `${name}: ${chrome}`).not.toContain(chrome);
      }
    }
  });
  it('captions photos, with a TODO where the photo file is missing', () => {
    const { body } = importFixture('html/so-ket-hai-lang.html');
    expect(body).toContain('![Đồng chí Chính trị viên Ban CHQS huyện trình bày báo cáo sơ kết.](./img-2207-1.jpg)\n*Đồng chí Chính trị viên Ban CHQS huyện trình bày báo cáo sơ kết. (Ảnh: Hoàng Minh)*');
    expect(body).toContain('<!-- TODO ảnh: trang đã lưu không có tệp "bi-thu-chi-dao.jpg".');
    expect(body).toContain('-->\n*Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo hội nghị.*');
  });
  it('maps clear figures to indicators with their organisation', () => {
    const { data } = importFixture('html/so-ket-hai-lang.html');
    expect(data.indicators).toEqual(
      expect.arrayContaining([
        { key: 'nha-tinh-nghia', value: 2, org: 'hoi-ccb' },
        { key: 'kham-benh-gia-tri', value: 239_000_000, qualifier: 'over', org: 'hoi-ccb' },
        { key: 'qua-tan-binh', value: 200, qualifier: 'over', org: 'doan-tn' },
        { key: 'ho-tro-nguoi', value: 694, org: 'cong-doan' },
      ]),
    );
  });
  it('never suggests dates, years, document numbers, unit numbers, phone numbers, times or periods', () => {
    const notFigures = [29, 7, 2022, 25, 12, 5, 1, 2021, 2025, 101, 233, 3871, 17, 30, 109, 40, 557, 11_611, 3_898_151, 2019, 68, 1522, 14, 6, 2016, 3, 9, 2023, 28, 1254, 1234, 262, 3852, 456, 15, 2017, 27, 876, 2045, 3825, 229, 3862, 2027, 22, 13, 10, 11, 31, 20, 38, 8, 4, 2024];
    for (const name of PAGES) {
      const { data } = importFixture(name);
      const values = [...(data.indicators ?? []), ...(data.indicatorSuggestions ?? [])].map((i: { value: number }) => i.value);
      const allowed = new Set<number>(
        // Figures these pages really report that happen to equal one of the numbers above.
        {
          'html/so-ket-hai-lang.html': [1, 2, 30],
          'html/ninh-binh-so-ket.html': [6, 9, 12],
          'html/Lạng Sơn - chung sức cùng dân.html': [2],
          'text/tong-ket-dak-lak.txt': [2, 15, 1.5, 109, 13],
          'text/tong-ket-quang-tri-2017.txt': [2],
          'html/wordpress-cam-lo.html': [3, 5],
          'text/copied-trieu-phong.txt': [15],
          'text/copied-wordpress-vinh-linh.txt': [3, 20],
        }[name],
      );
      expect(values.filter((v) => notFigures.includes(v) && !allowed.has(v)), name).toEqual([]);
    }
  });
  it('marks for review what it could only guess', () => {
    const { data } = importFixture('text/tong-ket-quang-tri-2017.txt');
    expect(data.review).toEqual(expect.arrayContaining([expect.stringMatching(/^Ngày đăng: trang không ghi ngày đăng/), expect.stringMatching(/^Ngày đăng: trang không ghi năm; máy đoán năm 2017/)]));
    const feature = importFixture('html/Lạng Sơn - chung sức cùng dân.html').data;
    expect(feature.kind).toBe('tin-hoat-dong');
    expect(feature.review).toEqual(expect.arrayContaining([expect.stringMatching(/^Loại tin: không đoán được/)]));
  });
  it('writes the default author and marks it when the page has no signature', () => {
    const text = 'Tiêu đề của một bài viết cũ\n29/07/2022\nSáng 29/7, Ban CHQS huyện Hải Lăng tổ chức hội nghị với nhiều đơn vị tham dự và trao đổi ý kiến.';
    const result = importPage({ fileName: 'a.txt', text, catalogues, findPhoto: () => undefined });
    expect(result.ok && matter(result.text).data.author).toBe('Ban biên tập');
    expect(result.ok && result.report.uncertain).toEqual(expect.arrayContaining([expect.stringMatching(/^Tác giả:/)]));
  });
  it('uses --unit, else the first unit, when the text names none, and marks it', () => {
    const text = 'Tiêu đề của một bài viết cũ\n29/07/2022\nSáng 29/7, các đơn vị tổ chức hội nghị với nhiều đại biểu tham dự và trao đổi ý kiến sôi nổi.';
    const withUnit = importPage({ fileName: 'a.txt', text, catalogues, findPhoto: () => undefined, defaultUnit: 'gia-vien' });
    expect(withUnit.ok && matter(withUnit.text).data.unit).toBe('gia-vien');
    const without = importPage({ fileName: 'a.txt', text, catalogues, findPhoto: () => undefined });
    expect(without.ok && matter(without.text).data).toMatchObject({ unit: 'quang-tri', review: expect.arrayContaining([expect.stringMatching(/^Đơn vị: bài không nêu rõ/)]) });
  });
  it('keeps a long lead in the body and summarises it with its first sentence', () => {
    const long = `Sáng 29/7, Ban CHQS huyện Hải Lăng tổ chức hội nghị. ${'Các đơn vị báo cáo kết quả thực hiện chương trình phối hợp trong thời gian qua. '.repeat(6)}`;
    const result = importPage({ fileName: 'a.txt', text: `Tiêu đề của một bài viết cũ\n29/07/2022\n${long}`, catalogues, findPhoto: () => undefined });
    if (!result.ok) throw new Error(result.reason);
    expect(matter(result.text).data.summary).toBe('Sáng 29/7, Ban CHQS huyện Hải Lăng tổ chức hội nghị.');
    expect(matter(result.text).content).toContain('Các đơn vị báo cáo kết quả');
  });
  it('says why a page cannot be imported', () => {
    const read = (text: string) => importPage({ fileName: 'a.txt', text, catalogues, findPhoto: () => undefined });
    expect(read('')).toEqual({ ok: false, reason: 'không tìm thấy tiêu đề bài' });
    expect(read('Tiêu đề của một bài viết cũ\nSáng nay các đơn vị tổ chức hội nghị với nhiều đại biểu tham dự và trao đổi ý kiến sôi nổi.')).toMatchObject({ ok: false, reason: expect.stringMatching(/ngày đăng/) });
  });
});

describe('escapeMarkdown', () => {
  it('keeps the text from turning into markup', () => {
    expect(escapeMarkdown('Giá *đặc biệt* <script> `x` _y_')).toBe('Giá \\*đặc biệt\\* &lt;script> \\`x\\` \\_y\\_');
    expect(escapeMarkdown('# Không phải tiêu đề')).toBe('\\# Không phải tiêu đề');
    expect(escapeMarkdown('1. Không phải danh sách')).toBe('\\1. Không phải danh sách');
  });
});

describe('photoName', () => {
  it('makes a file name of the photo, unique in the article', () => {
    const used = new Set<string>();
    expect(photoName('Trang_files/IMG_0123%20(1).JPEG?w=600', used)).toBe('img-0123-1.jpg');
    expect(photoName('khac/IMG_0123 (1).jpeg', used)).toBe('img-0123-1-2.jpg');
    expect(photoName('/uploads/', used)).toBe('anh.jpg');
  });
});
