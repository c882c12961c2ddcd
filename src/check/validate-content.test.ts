import { describe, expect, it } from 'vitest';
import { validateContent, type SourceFile } from './validate-content.ts';
import { formatContentError } from './content-error.ts';
import { bodySafety } from '../i18n/vi.ts';

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
period: { from: "2019-01-01", to: "2019-06-30" }
`;

function check(
  articles: Array<{ path: string; text: string }>,
  catalogueOverrides: Partial<Record<'units' | 'organisations' | 'indicators', string>> = {},
  files: string[] = [],
  heads: Record<string, Uint8Array> = {},
) {
  const cat = (name: 'units' | 'organisations' | 'indicators', text: string): SourceFile => ({ path: `content/${name}.yaml`, text: catalogueOverrides[name] ?? text });
  return validateContent({
    catalogues: { units: cat('units', units), organisations: cat('organisations', organisations), indicators: cat('indicators', indicators) },
    articles,
    fileExists: (path) => files.includes(path),
    fileHead: (path) => heads[path],
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

  it('refuses 1,6 people, as the number box of the editor or a hand-typed 1.6 leaves it', () => {
    const errors = check([article(validFields.replace('value: 1600', 'value: 1.6'))]);
    expect(errors).toEqual([expect.stringMatching(/:9 › indicators\[0\]\.value: Chỉ tiêu "Thanh niên nhập ngũ" đếm bằng người nên phải là số nguyên; nhận được 1,6\. Nếu ý là 1\.600 thì hãy viết liền: 1600/)]);
  });

  it('accepts a decimal figure of an indicator the catalogue marks decimal: true', () => {
    const decimal = indicators.replace('group: Tuyển quân }', 'group: Tuyển quân, decimal: true }');
    expect(check([article(validFields.replace('value: 1600', 'value: 1.6'))], { indicators: decimal })).toEqual([]);
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

  it('refuses a sơ kết with figures and no period, suggesting the one its title names', () => {
    const fields = validFields.replace(/^period: .*$/m, '').replace('sơ kết công tác dân vận', 'sơ kết công tác dân vận 6 tháng đầu năm 2019');
    expect(check([article(fields)])).toEqual([expect.stringMatching(/:6 › period: .*period: \{ from: "2019-01-01", to: "2019-06-30" \}$/)]);
  });

  it('checks unit parents in the catalogue', () => {
    const errors = check([], { units: units + '- { key: huyen-a, name: Huyện A, level: huyen, parent: gia-vien }\n' });
    expect(errors).toEqual(['content/units.yaml › [2].parent: Đơn vị cha "gia-vien" phải là đơn vị tinh']);
  });

  it('asks a district for its parent, and refuses a parent not in the catalogue', () => {
    expect(check([], { units: units + '- { key: huyen-a, name: Huyện A, level: huyen }\n' })).toEqual([
      'content/units.yaml › [2].parent: Đơn vị cấp huyện hoặc xã phải có parent: khóa của đơn vị cấp trên',
    ]);
    expect(check([], { units: units + '- { key: xa-a, name: Xã A, level: xa, parent: gia-vie }\n' })).toEqual([
      'content/units.yaml › [2].parent: Không có khóa "gia-vie" trong content/units.yaml; có phải ý bạn là "gia-vien"?',
    ]);
  });

  it('accepts a commune directly under a province, as from 1 July 2025, and one under a district', () => {
    const communes = '- { key: xa-a, name: Xã A, level: xa, parent: ninh-binh }\n- { key: xa-b, name: Xã B, level: xa, parent: gia-vien }\n';
    expect(check([], { units: units + communes })).toEqual([]);
  });

  it('checks the last day and successor of units that ended', () => {
    const ended = '- { key: ha-nam, name: Tỉnh Hà Nam, level: tinh, lastDay: "2025-06-30", successor: ninh-bin }\n';
    expect(check([], { units: units + ended })).toEqual([expect.stringMatching(/\[2\]\.successor: Không có khóa "ninh-bin".*"ninh-binh"/)]);
  });
});

describe('photos that are there but cannot be read', () => {
  const folder = 'content/articles/2019/ninh-binh-so-ket';
  const withCover = article(validFields + 'cover: ./anh.jpg\ncoverAlt: Quang cảnh hội nghị\n');
  const heic = new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypheic')]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

  it('names an iPhone HEIC photo and says how to make it a JPEG', () => {
    expect(check([withCover], {}, [`${folder}/anh.jpg`], { [`${folder}/anh.jpg`]: heic })).toEqual([
      `${folder}/index.md:11 › cover: Tệp ảnh "./anh.jpg" là ảnh HEIC (định dạng mặc định của iPhone), cổng không đọc được; hãy chuyển ảnh sang JPEG rồi chép lại (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất)`,
    ]);
  });

  it('names a photo in the text that is no image at all, at its line', () => {
    const text = frontmatter(validFields) + '![Hội nghị](./hoi-nghi.jpg)\n';
    expect(check([{ path: `${folder}/index.md`, text }], {}, [`${folder}/hoi-nghi.jpg`], { [`${folder}/hoi-nghi.jpg`]: new TextEncoder().encode('<html>') })).toEqual([
      `${folder}/index.md:14: Tệp "./hoi-nghi.jpg" không phải ảnh JPEG, PNG, WebP, GIF, AVIF hay SVG (có thể tệp bị hỏng, tải về chưa hết, hoặc chỉ bị đổi đuôi); hãy mở ảnh gốc và lưu lại ở dạng JPEG`,
    ]);
  });

  it('accepts a real JPEG, and a photo whose bytes are not known', () => {
    expect(check([withCover], {}, [`${folder}/anh.jpg`], { [`${folder}/anh.jpg`]: jpeg })).toEqual([]);
    expect(check([withCover], {}, [`${folder}/anh.jpg`])).toEqual([]);
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
  const file = 'content/articles/2019/ninh-binh-so-ket/index.md';
  const syntax = 'Phần đầu bài (frontmatter) viết sai cú pháp YAML: ';
  const one = (from: string, to: string) => check([article(validFields.replace(from, to))]);

  it('names the field and what to write for a colon inside a summary', () => {
    expect(one('summary: Hội nghị đánh giá', 'summary: Hội nghị: đánh giá')).toEqual([
      `${file}:3 › summary: ${syntax}giá trị của summary có dấu hai chấm nên YAML hiểu nhầm là một trường mới; hãy đặt cả giá trị trong dấu nháy kép thẳng: summary: "Hội nghị: đánh giá kết quả 6 tháng đầu năm."`,
    ]);
  });

  it('says that Word’s curly quotes do not quote a summary with a colon', () => {
    expect(one('summary: Hội nghị đánh giá kết quả 6 tháng đầu năm.', 'summary: “Hội nghị: đánh giá”')).toEqual([
      `${file}:3 › summary: ${syntax}giá trị của summary có dấu hai chấm nên YAML hiểu nhầm là một trường mới; dấu nháy cong “ ” (Word tự đổi) không phải dấu nháy của YAML; hãy đặt cả giá trị trong dấu nháy kép thẳng: summary: "Hội nghị: đánh giá"`,
    ]);
  });

  it('asks to remove the [] when items follow "indicators: []"', () => {
    expect(one('indicators:\n', 'indicators: []\n')).toEqual([
      `${file}:8 › indicators: ${syntax}"indicators: []" nghĩa là danh sách trống, nhưng bên dưới lại có các mục; hãy xóa "[]" để dòng chỉ còn "indicators:"`,
    ]);
  });

  it('asks for spaces instead of a tab, at the tabbed line', () => {
    expect(one('  - { key', '\t- { key')).toEqual([
      `${file}:9 › indicators[0]: ${syntax}dòng này thụt đầu dòng bằng phím Tab; YAML chỉ nhận dấu cách: xóa Tab và thụt bằng dấu cách (mỗi cấp 2 dấu cách)`,
    ]);
  });

  it('points at the line where a quote opens and is never closed, not at the end', () => {
    expect(one('title: Ninh Bình sơ kết công tác dân vận', 'title: "Ninh Bình sơ kết công tác dân vận')).toEqual([
      `${file}:2 › title: ${syntax}dấu nháy " mở đầu giá trị nhưng không có dấu nháy đóng; hãy thêm " vào cuối giá trị: title: "Ninh Bình sơ kết công tác dân vận"`,
    ]);
    expect(one('author: Nguyễn Văn An', "author: 'Nguyễn Văn An")).toEqual([
      `${file}:7 › author: ${syntax}dấu nháy ' mở đầu giá trị nhưng không có dấu nháy đóng; hãy thêm ' vào cuối giá trị: author: 'Nguyễn Văn An'`,
    ]);
  });

  it('points at a badly indented line and names its field', () => {
    expect(one('  - { key: tuyen-quan, value: 1600, org: doan-tn }', '  - key: tuyen-quan\n     value: 1600')).toEqual([
      `${file}:10 › indicators[0].value: ${syntax}dòng này thụt đầu dòng không thẳng hàng; các trường cùng cấp phải bắt đầu ở cùng một cột (các trường của một mục "- " thẳng cột với trường đầu tiên sau "- ")`,
    ]);
    expect(one('kind: so-ket', 'period:\n  from: "2019-01-01"\n to: "2019-06-30"\nkind: so-ket')).toEqual([
      `${file}:8 › period.to: ${syntax}dòng này thụt đầu dòng không thẳng hàng; các trường cùng cấp phải bắt đầu ở cùng một cột (các trường của một mục "- " thẳng cột với trường đầu tiên sau "- ")`,
    ]);
  });

  it('points at an unclosed [ or {', () => {
    expect(one('kind: so-ket', 'kind: [so-ket')).toEqual([
      `${file}:6 › kind: ${syntax}dấu [ mở một danh sách nhưng không có dấu ] đóng trên cùng dòng; hãy thêm ] vào cuối dòng (hoặc, nếu đây không phải danh sách, đặt cả giá trị trong dấu nháy kép)`,
    ]);
    expect(one('org: doan-tn }', 'org: doan-tn\n  - { key: tuyen-quan, value: 5 }')).toEqual([
      `${file}:9 › indicators[0]: ${syntax}dấu { mở một số liệu nhưng không có dấu } đóng trên cùng dòng; hãy thêm } vào cuối dòng`,
    ]);
  });

  it('says how to quote a value that is partly quoted', () => {
    expect(one('title: Ninh Bình sơ kết công tác dân vận', 'title: "Lính cụ Hồ" sơ kết')).toEqual([
      `${file}:2 › title: ${syntax}dấu nháy phải bao cả giá trị, không chỉ một phần; hãy đặt cả giá trị trong dấu nháy kép và dùng dấu nháy cong “ ” ở bên trong: title: "“Lính cụ Hồ” sơ kết"`,
    ]);
  });

  it('asks for a space after the colon, an ordinary one', () => {
    expect(one('author: Nguyễn', 'author:Nguyễn')).toEqual([
      `${file}:7 › author: ${syntax}sau dấu hai chấm của author cần một dấu cách; hãy viết: author: Nguyễn Văn An`,
    ]);
    expect(one('author: Nguyễn', 'author:\u00a0Nguyễn')).toEqual([
      `${file}:7 › author: ${syntax}sau dấu hai chấm của author là dấu cách không ngắt (thường do dán từ Word hay trang web), YAML không nhận; hãy viết: author: Nguyễn Văn An`,
    ]);
  });

  it('asks to quote a value that starts with a sign YAML reserves', () => {
    expect(one('summary: Hội nghị đánh giá kết quả 6 tháng đầu năm.', 'summary: [Ninh Bình] hội nghị')).toEqual([
      `${file}:3 › summary: ${syntax}giá trị bắt đầu bằng "[", ký hiệu riêng của YAML; hãy đặt cả giá trị trong dấu nháy kép: summary: "[Ninh Bình] hội nghị"`,
    ]);
    expect(one('summary: Hội nghị đánh giá kết quả 6 tháng đầu năm.', 'summary: *Quan trọng* hội nghị')).toEqual([
      `${file}:3 › summary: ${syntax}giá trị bắt đầu bằng "*", ký hiệu riêng của YAML; hãy đặt cả giá trị trong dấu nháy kép: summary: "*Quan trọng* hội nghị"`,
    ]);
  });

  it('names a field written twice and the line of the first', () => {
    expect(one('author: Nguyễn Văn An', 'author: Nguyễn Văn An\ntitle: Khác')).toEqual([
      `${file}:8 › title: ${syntax}trường title đã có ở dòng 2; mỗi trường chỉ viết một lần, hãy xóa một trong hai dòng`,
    ]);
  });

  it('reads a frontmatter with CRLF line endings and a byte-order mark', () => {
    const text = '\uFEFF' + frontmatter(validFields).replace(/\n/g, '\r\n');
    expect(check([{ path: file, text }])).toEqual([]);
  });
});

describe('figures and values as reports write them', () => {
  const file = 'content/articles/2019/ninh-binh-so-ket/index.md';
  const one = (from: string, to: string) => check([article(validFields.replace(from, to))]);

  it('says a figure is one plain number when "12,6 triệu" is split at its comma inside { }', () => {
    expect(one('value: 1600', 'value: 12,6 triệu')).toEqual([
      `${file}:9 › indicators[0].value: Số liệu phải là một số viết liền, không dấu chấm, dấu phẩy hay chữ: hãy viết 12600000 thay cho "12,6 triệu"; trong { } dấu phẩy ngăn cách các trường nên "12,6 triệu" bị tách làm đôi`,
    ]);
  });

  it('suggests the plain number for a figure written in words or with spaces', () => {
    expect(one('  - { key: tuyen-quan, value: 1600, org: doan-tn }', '  - key: tuyen-quan\n    value: 12,6 triệu')).toEqual([
      `${file}:10 › indicators[0].value: Cần một số viết liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ: 1600 hoặc 12600000); nhận được chữ "12,6 triệu": hãy viết 12600000`,
    ]);
    expect(one('value: 1600', 'value: "1\u00a0600"')).toEqual([
      `${file}:9 › indicators[0].value: Cần một số viết liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ: 1600 hoặc 12600000); nhận được chữ "1\u00a0600": hãy viết 1600`,
    ]);
  });

  it('suggests over for "qualifier: trên", and under for "gần", accepting neither', () => {
    expect(one('value: 1600,', 'value: 1600, qualifier: trên,')).toEqual([
      `${file}:9 › indicators[0].qualifier: Chỉ nhận một trong các giá trị: exact, over, under; nhận được chữ "trên"; hãy viết over`,
    ]);
    expect(one('value: 1600,', 'value: 1600, qualifier: Gần,')).toEqual([
      `${file}:9 › indicators[0].qualifier: Chỉ nhận một trong các giá trị: exact, over, under; nhận được chữ "Gần"; hãy viết under`,
    ]);
  });

  it('suggests the key a Vietnamese kind spells, or the closest one', () => {
    expect(one('kind: so-ket', 'kind: Tổng kết')).toEqual([
      `${file}:6 › kind: Chỉ nhận một trong các giá trị: so-ket, tong-ket, hoi-nghi, tin-hoat-dong; nhận được chữ "Tổng kết"; hãy viết tong-ket`,
    ]);
    expect(one('kind: so-ket', 'kind: soket')).toEqual([
      `${file}:6 › kind: Chỉ nhận một trong các giá trị: so-ket, tong-ket, hoi-nghi, tin-hoat-dong; nhận được chữ "soket"; hãy viết so-ket`,
    ]);
  });
});

describe('invisible characters and look-alikes', () => {
  const file = 'content/articles/2019/ninh-binh-so-ket/index.md';
  const one = (from: string, to: string) => check([article(validFields.replace(from, to))]);

  it('names a no-break space in a field name instead of an unknown field', () => {
    expect(one('title:', 'title\u00a0:')).toEqual([
      `${file}:2 › title: Tên trường title có dấu cách không ngắt hoặc dấu cách lạ (thường do dán từ Word hay trang web); hãy xóa rồi gõ lại "title: " bằng phím cách`,
    ]);
  });

  it.each([
    ['\u200b', 'dấu cách rộng bằng không (U+200B)'],
    ['\u200d', 'ký tự nối ẩn (U+200D)'],
    ['\ufeff', 'dấu BOM (U+FEFF) giữa tệp'],
    ['\u00ad', 'dấu gạch nối ẩn (U+00AD)'],
  ])('finds the invisible %j in a value or a name', (char, name) => {
    const message = `Dòng này có ký tự ẩn: ${name}, thường do dán từ Word hay trang web; hãy xóa dòng này và gõ lại`;
    expect(one('unit: ninh-binh', `unit: ninh-binh${char}`)).toEqual([`${file}:5 › unit: ${message}`]);
    expect(one('unit:', `${char}unit:`)).toEqual([`${file}:5 › unit: ${message}`]);
  });

  it('asks for straight quotes around a date in Word’s curly quotes', () => {
    expect(one('publishedAt: "2019-06-14T15:00"', 'publishedAt: “2019-06-14T15:00”')).toEqual([
      `${file}:4 › publishedAt: Dấu nháy cong “ ” (Word tự đổi) không phải dấu nháy của YAML; hãy dùng dấu nháy thẳng: publishedAt: "2019-06-14T15:00"`,
    ]);
  });

  it('leaves curly quotes in a title alone', () => {
    expect(one('title: Ninh Bình sơ kết công tác dân vận', 'title: “Lính cụ Hồ”')).toEqual([]);
  });
});

describe('catalogue syntax', () => {
  it('points at the line and item of a catalogue mistake', () => {
    expect(check([], { units: units + '- key: xa-a\n  name: Xã: A\n  level: xa\n  parent: gia-vien\n' })).toEqual([
      'content/units.yaml:5 › [2].name: Danh mục viết sai cú pháp YAML: giá trị của name có dấu hai chấm nên YAML hiểu nhầm là một trường mới; hãy đặt cả giá trị trong dấu nháy kép thẳng: name: "Xã: A"',
    ]);
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
      'content/articles/2019/ninh-binh-so-ket/index.md:11 › updatedAt: Ngày cập nhật 2019-06-13 sớm hơn ngày đăng 2019-06-14T15:00; ngày cập nhật phải bằng hoặc sau ngày đăng (xóa updatedAt nếu bài chưa sửa sau khi đăng)',
    ]);
  });

  it('accepts an update on the minute of publication', () => {
    expect(check([article(validFields + 'updatedAt: "2019-06-14T15:00"\n')])).toEqual([]);
  });

  it.each(['.inf', '.nan', '-.inf'])('refuses a figure YAML reads as %s', (value) => {
    const errors = check([article(validFields.replace('value: 1600', `value: ${value}`))]);
    expect(errors).toEqual([expect.stringContaining('index.md:9 › indicators[0].value: Cần một số viết liền')]);
  });

  it('refuses negative legacy views', () => {
    expect(check([article(validFields + 'legacyViews: -3\n')])).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md:11 › legacyViews: Cần một số nguyên không âm; nhận được số -3',
    ]);
  });
});

describe('catalogues, as the check reads them', () => {
  const one = (text: string) => check([], { units: text });

  it('wants a list', () => {
    expect(one('ninh-binh: Tỉnh Ninh Bình\n')).toEqual(['content/units.yaml: Danh mục phải là một danh sách YAML, mỗi mục bắt đầu bằng "- "']);
  });

  it('names the item and field of an entry the schema refuses', () => {
    expect(one('- { key: ninh-binh, level: tinh }\n')).toEqual([
      'content/units.yaml › [0].name: Thiếu trường bắt buộc này',
    ]);
  });

  it('wants keys written as slugs, once each', () => {
    expect(one('- { key: Ninh Bình, name: Tỉnh Ninh Bình, level: tinh }\n')).toEqual([
      'content/units.yaml › [0].key: Khóa "Ninh Bình" phải viết thường, không dấu, nối bằng gạch ngang; ví dụ "ninh-binh"',
    ]);
    expect(one('- { key: ninh-binh, name: A, level: tinh }\n- { key: ninh-binh, name: B, level: tinh }\n')).toEqual([
      'content/units.yaml › [1].key: Khóa "ninh-binh" xuất hiện hai lần',
    ]);
  });

  it('wants a parent for a district, and one that exists', () => {
    expect(one('- { key: gia-vien, name: Huyện Gia Viễn, level: huyen }\n')).toEqual([
      'content/units.yaml › [0].parent: Đơn vị cấp huyện hoặc xã phải có parent: khóa của đơn vị cấp trên',
    ]);
    expect(one('- { key: ninh-binh, name: T, level: tinh }\n- { key: gia-vien, name: H, level: huyen, parent: ninh-bin }\n')).toEqual([
      'content/units.yaml › [1].parent: Không có khóa "ninh-bin" trong content/units.yaml; có phải ý bạn là "ninh-binh"?',
    ]);
  });

  it('checks parents in the units catalogue only', () => {
    expect(check([], { organisations: '- { key: doan-tn, name: Đoàn }\n- { key: hoi-nd, name: Hội Nông dân }\n' })).toEqual([]);
  });
});

describe('articles, line by line', () => {
  const file = 'content/articles/2019/ninh-binh-so-ket/index.md';
  const one = (from: string, to: string) => check([article(validFields.replace(from, to))]);

  it('wants a frontmatter at the very start', () => {
    expect(check([{ path: file, text: `\n${frontmatter(validFields)}` }])).toEqual([
      `${file}:1: Bài viết phải bắt đầu bằng phần đầu giữa hai dòng "---" (title, summary, publishedAt…)`,
    ]);
  });

  it('wants the folder name written as a slug', () => {
    expect(check([article(validFields, 'content/articles/2019/Ninh_Binh/index.md')])).toEqual([
      'content/articles/2019/Ninh_Binh/index.md: Tên thư mục "Ninh_Binh" phải viết thường, không dấu, nối bằng gạch ngang; hãy đổi thành "ninh-binh"',
    ]);
  });

  it('leaves a file that is not an article where the check cannot place it to read-content', () => {
    expect(check([article(validFields, 'content/articles/ghi-chu.md')])).toEqual([]);
  });

  it('gives the line of 1.600 in each notation, and not of quoted or decimal figures', () => {
    const indicatorsBlock = [
      'indicators:',
      '  - { key: tuyen-quan, value: 1.600 }',
      '  - key: tuyen-quan',
      '    value: 12.600.000 # ghi chú',
      '  - { key: tuyen-quan, value: "2.500" }',
      '  - { key: tuyen-quan, value: 12.5 }',
    ].join('\n');
    const errors = check([article(validFields.replace(/indicators:[\s\S]*$/, indicatorsBlock))]);
    expect(errors).toEqual([
      `${file}:11 › indicators[1].value: Cần một số viết liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ: 1600 hoặc 12600000); nhận được chữ "12.600.000": hãy viết 12600000`,
      `${file}:12 › indicators[2].value: Cần một số viết liền, không có dấu chấm hay dấu phẩy ngăn cách hàng nghìn (ví dụ: 1600 hoặc 12600000); nhận được chữ "2.500": hãy viết 2500`,
      `${file}:9 › indicators[0].value: Số "1.600" sẽ bị máy hiểu là số thập phân 1,600; nếu là 1.600 theo cách viết thông thường thì hãy viết liền: 1600`,
    ]);
  });

  it('reads an unquoted impossible date as text, so it is reported, not moved to March', () => {
    expect(one('publishedAt: "2019-06-14T15:00"', 'publishedAt: 2019-02-30')).toEqual([`${file}:4 › publishedAt: Ngày 2019-02-30 không có trên lịch`]);
  });

  it('points a missing figure field at its item, and a wrong tag at its line', () => {
    expect(one('value: 1600, ', '')).toEqual([
      `${file}:9 › indicators[0].value: Thiếu trường bắt buộc "Giá trị": Một số viết liền, không dấu chấm hay phẩy ngăn cách hàng nghìn: 1600, 12600000.`,
    ]);
    expect(one('indicators:', 'tags:\n  - dân vận\n  - 5\nindicators:')).toEqual([`${file}:10 › tags[1]: Cần một đoạn chữ; nhận được số 5`]);
  });

  it('names the year folder at the publishedAt line', () => {
    expect(check([article(validFields, 'content/articles/2020/ninh-binh-so-ket/index.md')])).toEqual([
      'content/articles/2020/ninh-binh-so-ket/index.md:4 › publishedAt: Bài viết nằm trong thư mục năm 2020 nhưng publishedAt thuộc năm 2019; hãy chuyển bài vào content/articles/2019/',
    ]);
  });

  it('gives the body line of unsafe markup, after a comment of several lines', () => {
    const text = frontmatter(validFields) + '<!-- ghi chú\ncủa tác giả -->\n<script>alert(1)</script>\n';
    expect(check([{ path: file, text }])).toEqual([
      `${file}:16: Bài viết không được chứa thẻ <script>: vì an toàn cho người đọc, chỉ dùng Markdown (chữ, tiêu đề, ảnh, liên kết, bảng)`,
    ]);
  });

  it('ignores photos inside comments, refuses remote ones, and resolves the rest from the article folder', () => {
    const body = [
      '<!-- ![Mẫu](./khong-co.jpg) -->',
      '![Ảnh](https://example.com/a.jpg) ![Ảnh](HTTP://example.com/b.jpg) ![Ảnh](/anh/c.jpg)',
      '![Ảnh](./a.jpg "Chú thích") ![Ảnh](<./ảnh hội nghị.jpg>) ![Ảnh](./%C3%A1nh.jpg)',
      '![Ảnh](../chung/d.jpg) ![Ảnh](./x/./e.jpg) ![Ảnh](./thieu.jpg)',
      // Written into the page or fetched from another host: refused as remote, never "not found".
      '![Ảnh](data:image/png;base64,iVBORw0KGgo=) ![Ảnh](//example.com/f.jpg)',
    ].join('\n');
    const folder = 'content/articles/2019/ninh-binh-so-ket';
    const present = [`${folder}/a.jpg`, `${folder}/ảnh hội nghị.jpg`, `${folder}/ánh.jpg`, 'content/articles/2019/chung/d.jpg', `${folder}/x/e.jpg`];
    expect(check([{ path: file, text: frontmatter(validFields) + body + '\n' }], {}, present)).toEqual([
      `${file}:17: Không tìm thấy tệp ảnh "./thieu.jpg" cạnh bài viết`,
      `${file}:15: ${bodySafety.remoteImage('https://example.com/a.jpg')}`,
      `${file}:15: ${bodySafety.remoteImage('HTTP://example.com/b.jpg')}`,
      `${file}:18: ${bodySafety.remoteImage('data:image/png;base64,iVBORw0KGgo=')}`,
      `${file}:18: ${bodySafety.remoteImage('//example.com/f.jpg')}`,
    ]);
  });

  it('skips a site-absolute cover (a remote one is refused, below)', () => {
    expect(check([article(validFields + 'cover: /anh/a.jpg\ncoverAlt: Ảnh\n')])).toEqual([]);
  });

  it('works without a way to read photo bytes', () => {
    const report = validateContent({
      catalogues: { units: { path: 'u.yaml', text: units }, organisations: { path: 'o.yaml', text: organisations }, indicators: { path: 'i.yaml', text: indicators } },
      articles: [article(validFields + 'cover: ./anh.jpg\ncoverAlt: Ảnh\n')],
      fileExists: () => true,
    });
    expect(report).toEqual({ errors: [], articleCount: 1 });
  });

  it('falls back to the parser’s own words, in Vietnamese, for a mistake no rule knows', () => {
    expect(one('author: Nguyễn Văn An', 'author: Nguyễn Văn An\n- thừa')).toEqual([
      `${file}:8: Phần đầu bài (frontmatter) viết sai cú pháp YAML: hãy xem lại dòng này: dấu hai chấm, dấu nháy và chỗ thụt đầu dòng (trình đọc YAML báo: Implicit keys need to be on a single line)`,
    ]);
  });
});

describe('content check: what an article body may contain', () => {
  const mdxPath = 'content/articles/2019/ninh-binh-so-ket/index.mdx';
  const withBody = (body: string, path = 'content/articles/2019/ninh-binh-so-ket/index.md') => ({ path, text: `---\n${validFields.trim()}\n---\n\n${body}\n` });

  it('refuses MDX code with file and line, and nothing reaches the build', () => {
    expect(check([withBody('Đoạn một.\n\n{process.env.HOME}', mdxPath)])).toEqual([
      `${mdxPath}:15: Bài MDX không được có biểu thức trong ngoặc nhọn {process.env.HOME}: đó là mã chạy trên máy dựng trang. Muốn viết dấu ngoặc nhọn như chữ thường, hãy viết \\{ và \\}`,
    ]);
  });

  it('reports an MDX syntax error at its line with what to write instead', () => {
    expect(check([withBody('Tỷ lệ hộ nghèo <5%.', mdxPath)])).toEqual([
      `${mdxPath}:13: Dấu < ở đây bị hiểu là mở một thẻ. Muốn viết dấu "nhỏ hơn" (như <5%), hãy viết &lt; (ví dụ: &lt;5%) hoặc viết bằng chữ ("dưới 5%")`,
    ]);
  });

  it('refuses a photo from another site, telling staff to put it beside the article', () => {
    expect(check([withBody('![Hội nghị](https://baochinhphu.vn/anh.jpg)')])).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md:13: Ảnh "https://baochinhphu.vn/anh.jpg" nằm trên trang web khác: cổng không tải ảnh từ nơi khác (để bảo vệ người đọc). Hãy tải ảnh về, đặt tệp cạnh bài viết và viết ![mô tả ảnh](./ten-anh.jpg)',
    ]);
  });

  it('refuses a cover photo from another site', () => {
    expect(check([article(`${validFields}\ncover: https://baochinhphu.vn/anh.jpg\ncoverAlt: Quang cảnh hội nghị`)])).toEqual([
      `content/articles/2019/ninh-binh-so-ket/index.md:12 › cover: ${bodySafety.remoteImage('https://baochinhphu.vn/anh.jpg')}`,
    ]);
  });

  it('keeps the friendly message of the regular-expression check and does not repeat it', () => {
    expect(check([withBody('<script>alert(1)</script>')])).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md:13: Bài viết không được chứa thẻ <script>: vì an toàn cho người đọc, chỉ dùng Markdown (chữ, tiêu đề, ảnh, liên kết, bảng)',
    ]);
  });

  it('catches what the regular expressions miss: a handler on the next line of a tag', () => {
    expect(check([withBody('Ảnh <img src="./a.jpg"\nonerror=alert(1)>')], {}, ['content/articles/2019/ninh-binh-so-ket/a.jpg'])).toEqual([
      'content/articles/2019/ninh-binh-so-ket/index.md:13: Thuộc tính onerror của thẻ <img> sẽ bị gỡ khi dựng trang (vì an toàn cho người đọc): hãy xóa nó',
    ]);
  });
});
