import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
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
  // Pages the importer was not written for: Joomla, ASP.NET tables, a provincial paper, text with hard line breaks, a military command's review full of numbers that are not figures, a women's union report by organisation.
  'html/joomla-huu-lung.html',
  'html/aspnet-nho-quan.html',
  'html/bao-tinh-tan-binh.html',
  'text/copied-broken-krong-pac.txt',
  'html/bo-chqs-lang-son-tong-ket.html',
  'text/copied-hoi-lhpn-gio-linh.txt',
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
          'html/joomla-huu-lung.html': [2],
          'html/bao-tinh-tan-binh.html': [30],
          'html/aspnet-nho-quan.html': [6, 5],
          'html/bo-chqs-lang-son-tong-ket.html': [8, 11, 28],
          'text/copied-broken-krong-pac.txt': [2, 20],
          'text/copied-hoi-lhpn-gio-linh.txt': [1, 10, 12],
        }[name],
      );
      expect(values.filter((v) => notFigures.includes(v) && !allowed.has(v)), name).toEqual([]);
    }
  });
  it('never suggests what only looks like a figure on pages it was not written for: amounts per head, changes, ranks, regiments, plans', () => {
    const traps: Record<string, number[]> = {
      // "mỗi nhà trị giá 60 triệu đồng", "Chương trình phối hợp số 02/CTr-PH ngày 15/3/2021", "77 năm", "27/7/1947".
      'html/joomla-huu-lung.html': [60_000_000, 77, 1947, 15, 1532, 1204, 2310, 2_345_678, 25, 3825, 123],
      // "300.000 đồng/suất", "tăng 12% so với năm 2018", "Chỉ thị số 05/CT-BCH", "(0229) 3866 123".
      'html/aspnet-nho-quan.html': [300_000, 12, 2018, 229, 3866, 1_234_567, 18, 17],
      // "mỗi suất trị giá 500.000 đồng", "tăng 5% so với cùng kỳ", "lần thứ 6", "7 giờ 30 phút" (30 is also the scholarships), "Giấy phép số 12/GP-BTTTT".
      'html/bao-tinh-tan-binh.html': [500_000, 5, 6, 7, 12, 176, 3852, 747],
      // "Trung đoàn bộ binh 246", "xếp thứ 2/12 đơn vị", "tăng 12%", "lần thứ 3", "Quân khu 1", "Đoàn Kinh tế - Quốc phòng 338", "đối tượng 4", "bão số 3", "số 12 đường Lê Lợi".
      'html/bo-chqs-lang-son-tong-ket.html': [500_000, 123, 246, 2, 12, 3, 1, 338, 4, 14, 16, 5, 7, 30, 3870, 125, 2021, 2025],
      // "Tỉnh lộ 9", "năm thứ 3", "Kế hoạch số 86/KH-BCH", "số 25 Giải Phóng".
      'text/copied-broken-krong-pac.txt': [9, 3, 86, 5, 25, 348, 3521, 456],
      // "mỗi con trị giá 15 triệu đồng", "thôn 3 và thôn 5", "lần thứ XIII", "ít nhất 1 mô hình" of a plan (a rate, too).
      'text/copied-hoi-lhpn-gio-linh.txt': [15_000_000, 3, 5, 2021, 2025],
    };
    for (const [name, values] of Object.entries(traps)) {
      const { data } = importFixture(name);
      const suggested = [...(data.indicators ?? []), ...(data.indicatorSuggestions ?? [])].map((i: { value: number }) => i.value);
      expect(suggested.filter((v) => values.includes(v)), name).toEqual([]);
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

describe('what lands in the draft, rule by rule', () => {
  const LEAD = 'Sáng 29/7, Ban CHQS huyện Hải Lăng tổ chức hội nghị với nhiều đơn vị tham dự và trao đổi ý kiến.';
  const page = (lines: string[]) => lines.join('\n');
  const draft = (text: string, findPhoto: (src: string) => string | undefined = () => undefined, fileName = 'a.txt') => {
    const result = importPage({ fileName, text, catalogues, findPhoto });
    if (!result.ok) throw new Error(result.reason);
    const parsed = matter(result.text);
    return { result, data: parsed.data as Record<string, any>, body: parsed.content };
  };

  it('says when the title came from the browser’s window title, not from the page', () => {
    const html = `<html><head><title>Hội nghị phối hợp giữa các đoàn thể - Cổng TTĐT huyện</title></head><body><p>29/07/2022</p><p>${LEAD}</p></body></html>`;
    const { data } = draft(html);
    expect(data.title).toBe('Hội nghị phối hợp giữa các đoàn thể');
    expect(data.review).toContain('Tiêu đề: lấy từ tiêu đề cửa sổ trình duyệt của trang cũ; kiểm tra lại');
    const titled = draft(page(['Hội nghị phối hợp giữa các đoàn thể', '29/07/2022', LEAD]));
    expect(titled.data.review ?? []).not.toContain('Tiêu đề: lấy từ tiêu đề cửa sổ trình duyệt của trang cũ; kiểm tra lại');
  });

  it('writes the unit, kind and period it is sure of without a review line, and marks a period it only guessed', () => {
    const { data, result } = draft(page(['Huyện Hải Lăng sơ kết 6 tháng đầu năm 2022', '29/07/2022', 'Sáng 29/7, Ban CHQS huyện Hải Lăng sơ kết 6 tháng đầu năm 2022 chương trình phối hợp với các đoàn thể.']));
    expect(data).toMatchObject({ unit: 'hai-lang', kind: 'so-ket', period: { from: '2022-01-01', to: '2022-06-30' } });
    expect(result.report.guessed).toEqual(expect.arrayContaining(['đơn vị hai-lang (“Huyện Hải Lăng”)', 'loại tin so-ket (“sơ kết”)', 'kỳ 2022-01-01 → 2022-06-30 (“6 tháng đầu năm 2022”)']));
    expect((data.review ?? []).filter((r: string) => /^(?:Đơn vị|Loại tin|Kỳ báo cáo):/.test(r))).toEqual([]);
  });

  it('asks for the period of a sơ kết that names none', () => {
    const { data } = draft(page(['Huyện Hải Lăng sơ kết chương trình phối hợp', '29/07/2022', 'Sáng 29/7, Ban CHQS huyện Hải Lăng sơ kết chương trình phối hợp với các đoàn thể trong huyện.']));
    expect(data.kind).toBe('so-ket');
    expect(data.period).toBeUndefined();
    expect(data.review).toContain('Kỳ báo cáo: bài không nêu rõ các số liệu thuộc kỳ nào; thêm period { from, to } cho bài sơ kết, tổng kết');
  });

  it('asks for no period for news that is neither sơ kết nor tổng kết', () => {
    const { data } = draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022', 'Sáng 29/7, Ban CHQS huyện Hải Lăng phối hợp với các đoàn thể thăm hỏi gia đình chính sách trên địa bàn.']));
    expect(data.kind).toBe('tin-hoat-dong');
    expect(data.review.some((r: string) => r.startsWith('Kỳ báo cáo'))).toBe(false);
  });

  it('keeps a lead of exactly 400 characters whole as the summary, and cuts one of 401', () => {
    const exactly = (n: number) => `${LEAD} ${'x'.repeat(n - LEAD.length - 2)}.`;
    expect(exactly(400)).toHaveLength(400);
    const whole = draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022', exactly(400)]));
    expect(whole.data.summary).toBe(exactly(400));
    expect(whole.data.review ?? []).not.toContain('Tóm tắt: đoạn mở đầu dài, máy lấy câu đầu tiên; viết lại cho gọn nếu cần');
    const cut = draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022', exactly(401)]));
    expect(cut.data.summary).toBe(LEAD);
    expect(cut.data.review).toContain('Tóm tắt: đoạn mở đầu dài, máy lấy câu đầu tiên; viết lại cho gọn nếu cần');
    expect(cut.body.trimStart().startsWith(exactly(401))).toBe(true);
  });

  it('summarises a long lead with no full stop by its first 300 characters', () => {
    const long = `Sáng 29/7 ${'các đơn vị tham dự hội nghị '.repeat(20)}`.trim();
    const { data } = draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022', long]));
    expect(data.summary).toBe(long.slice(0, 300));
  });

  it('reports what it read: author, source, views, paragraphs and photos with and without files', () => {
    const text = page(['Tiêu đề của một bài viết cũ', '29/07/2022 | Lượt xem: 45', LEAD, 'Đoạn thứ hai của bài viết kể lại diễn biến hội nghị và các ý kiến phát biểu.', 'co.jpg', 'Chú thích ảnh có tệp.', '[Ảnh]', 'Chú thích ảnh không có tệp.', 'Đoạn cuối của bài viết nói về kế hoạch thời gian tới.', 'Hoàng Minh - Trung tâm VH-TT huyện']);
    const { result, data } = draft(text, (src) => (src === 'co.jpg' ? '/tmp/co.jpg' : undefined));
    expect(result.report.extracted).toEqual(['tiêu đề', 'ngày đăng 2022-07-29', 'tác giả Hoàng Minh', 'nguồn Trung tâm VH-TT huyện', 'lượt xem 45', '2 đoạn', '2 ảnh (1 có tệp)']);
    expect(data).toMatchObject({ author: 'Hoàng Minh', source: 'Trung tâm VH-TT huyện', legacyViews: 45, cover: './co.jpg', coverAlt: 'Chú thích ảnh có tệp.' });
    expect(data.review).toContain('Ảnh: 1 ảnh chưa có tệp (xem các dòng TODO trong bài); đặt tệp ảnh cạnh index.md');
    expect(result.photos).toEqual([{ from: '/tmp/co.jpg', name: 'co.jpg' }]);
  });

  it('reports no photos and writes no cover for a page without any, and writes 0 views as 0', () => {
    const { result, data } = draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022 | Lượt xem: 0', LEAD]));
    expect(result.report.extracted).toEqual(['tiêu đề', 'ngày đăng 2022-07-29', 'lượt xem 0', '0 đoạn']);
    expect(data.legacyViews).toBe(0);
    expect(data.cover).toBeUndefined();
    expect(result.text).not.toContain('source:');
  });

  it('takes the first saved photo as the cover, described by its alt text when that says something', () => {
    const html = `<h1>Tiêu đề của một bài viết cũ</h1><p>29/07/2022</p><p>${LEAD}</p>
      <p><img src="mot.jpg" alt="Quang cảnh hội nghị sơ kết"></p><p><em>Các đại biểu dự hội nghị.</em></p>
      <p><img src="hai.jpg" alt="hai.jpg"></p><p><em>Đại biểu phát biểu. (Ảnh: Hoàng Minh)</em></p><p><img src="ba.jpg" alt="Ảnh"></p>`;
    const { data, body, result } = draft(html, (src) => `/saved/${src}`);
    expect(data).toMatchObject({ cover: './mot.jpg', coverAlt: 'Quang cảnh hội nghị sơ kết' });
    expect(body).toContain('![Quang cảnh hội nghị sơ kết](./mot.jpg)\n*Các đại biểu dự hội nghị.*');
    // A file name for alt text says nothing: the caption describes the photo, without its credit.
    expect(body).toContain('![Đại biểu phát biểu.](./hai.jpg)\n*Đại biểu phát biểu. (Ảnh: Hoàng Minh)*');
    // Neither useful alt text nor a caption: the alt as written.
    expect(body).toContain('![Ảnh](./ba.jpg)');
    expect(result.photos.map((p) => p.name)).toEqual(['mot.jpg', 'hai.jpg', 'ba.jpg']);
  });

  it('describes a photo with neither alt text nor caption as an illustration', () => {
    const { body } = draft(`<h1>Tiêu đề của một bài viết cũ</h1><p>29/07/2022</p><p>${LEAD}</p><p><img src="mot.jpg"></p>`, () => '/saved/mot.jpg');
    expect(body).toContain('![Ảnh minh họa bài viết](./mot.jpg)');
  });

  it('keeps brackets out of the alt text and a "--" out of HTML comments', () => {
    const { body } = draft(
      page(['Tiêu đề của một bài viết cũ', '29/07/2022', LEAD, 'a--b.jpg', 'Ảnh [1] của hội nghị.', 'co.jpg', 'Ảnh [2] của hội nghị.']),
      (src) => (src === 'co.jpg' ? '/saved/co.jpg' : undefined),
      'trang--cu.txt',
    );
    expect(body).toContain('<!-- TODO ảnh: trang đã lưu không có tệp "a- -b.jpg".');
    expect(body).toContain('![Ảnh 2 của hội nghị.](./co.jpg)');
    expect(body).toContain('<!-- Nhập từ bài cũ: trang- -cu.txt (mã ');
  });

  it('writes crossheads as Markdown headings', () => {
    const { body } = draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022', LEAD, 'Đoạn thứ hai của bài viết kể lại diễn biến hội nghị và các ý kiến phát biểu.', '## Nhiều việc làm cụ thể', 'Đoạn thứ ba của bài viết nói về kết quả cụ thể của các đơn vị trong năm.']));
    expect(body).toContain('\n\n## Nhiều việc làm cụ thể\n\n');
  });

  it('identifies its source page by the first 12 hex digits of its SHA-256', () => {
    const text = page(['Tiêu đề của một bài viết cũ', '29/07/2022', LEAD]);
    const { result } = draft(text);
    expect(result.fingerprint).toBe(createHash('sha256').update(text).digest('hex').slice(0, 12));
    expect(result.text.trimEnd().endsWith(`<!-- Nhập từ bài cũ: a.txt (mã ${result.fingerprint}) -->`)).toBe(true);
  });

  it('names the folder from the title, or "bai-viet" when the title has no letters to name it by', () => {
    expect(draft(page(['Tiêu đề của một bài viết cũ', '29/07/2022', LEAD])).result.slug).toBe('tieu-de-cua-mot-bai-viet-cu');
    expect(draft(page(['— — — —', '29/07/2022', LEAD])).result.slug).toBe('bai-viet');
  });

  it('writes the frontmatter in a fixed order, strings quoted, keys and numbers bare', () => {
    const { result } = draft(page(['Huyện Hải Lăng sơ kết 6 tháng đầu năm 2022', '29/07/2022 16:05 | Lượt xem: 7', 'Sáng 29/7, Hội CCB huyện Hải Lăng trao 2 nhà tình nghĩa và khoảng 15 suất quà cho hội viên khó khăn.', 'Trần "Văn" An']));
    const keys = result.text.split('\n---')[0].split('\n').filter((l) => /^\w+:/.test(l)).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'summary', 'publishedAt', 'unit', 'kind', 'period', 'author', 'legacyViews', 'draft', 'review', 'indicators', 'indicatorSuggestions']);
    expect(result.text).toContain('publishedAt: "2022-07-29T16:05"\nunit: hai-lang\nkind: so-ket\nperiod: { from: "2022-01-01", to: "2022-06-30" }');
    expect(result.text).toContain('  - { key: nha-tinh-nghia, value: 2, org: hoi-ccb }');
    expect(result.text).toMatch(/ {2}- \{ (?:key: [\w-]+, )?value: 15, qualifier: approx, unitText: "suất quà", org: hoi-ccb, context: "Sáng 29\/7, Hội CCB/);
  });
});
