import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText } from './page-blocks.ts';
import { properCaseName, readLegacyPage, readSignature, stripDateline, stripSiteName } from './legacy-page.ts';

const fromText = (text: string) => readLegacyPage(blocksFromText(text));
const lead = 'Sáng 29/7, Ban CHQS huyện Hải Lăng tổ chức hội nghị sơ kết 6 tháng đầu năm 2022 thực hiện chương trình phối hợp với các đoàn thể.';
const paragraph = 'Hội Cựu chiến binh huyện vận động xây dựng 2 nhà tình nghĩa và chi 20 triệu đồng thăm hỏi hội viên ốm đau trong những tháng qua.';

describe('readLegacyPage', () => {
  it('reads the title before the date line, the views, the lead and the body', () => {
    const page = fromText(`Trang chủ\nTin tức\nBan CHQS huyện sơ kết 6 tháng\n29/07/2022 16:05\nLượt xem: 109\n${lead}\n${paragraph}`);
    expect(page).toMatchObject({
      title: 'Ban CHQS huyện sơ kết 6 tháng',
      date: { year: 2022, month: 7, day: 29, time: '16:05' },
      dateFrom: 'page',
      views: 109,
      lead,
      body: [{ kind: 'paragraph', text: paragraph }],
    });
  });
  it('reads a date line standing above the title', () => {
    const page = fromText(`Thứ năm, 01/06/2023\nLực lượng vũ trang chung sức cùng dân\n${lead}`);
    expect(page.title).toBe('Lực lượng vũ trang chung sức cùng dân');
    expect(page.date).toEqual({ year: 2023, month: 6, day: 1 });
  });
  it('reads the views wherever the head of the page puts them', () => {
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022 | Lượt xem: 1.254\n${lead}`).views).toBe(1254);
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n(356 lượt xem)\n${lead}`).views).toBe(356);
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\nSố lượt đọc: 77\n${lead}`).views).toBe(77);
  });
  it('reads a date line printed at the bottom, beside the signature', () => {
    const page = fromText(`Tiêu đề của bài viết này\n${lead}\n${paragraph}\n${paragraph}\n${paragraph}\n${paragraph}\nHoàng Minh\nNgày đăng: 29/07/2022 16:05`);
    expect(page).toMatchObject({ lead, author: 'Hoàng Minh', date: { day: 29, time: '16:05' } });
    expect(page.body).toHaveLength(4);
  });
  it('reads "Tác giả:" and "Nguồn:" above the lead, and drops short labels there', () => {
    const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\nTác giả: Hoàng Minh\nNguồn: Báo Quảng Trị\nQuốc phòng - An ninh\n${lead}\n${paragraph}`);
    expect(page).toMatchObject({ author: 'Hoàng Minh', source: 'Báo Quảng Trị', lead });
    expect(page.body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('takes the date from the story when the page has no date line, with the year from the page', () => {
    const page = fromText(`Quảng Trị tổng kết phối hợp năm 2017\nChiều 29/12, Ban Chỉ đạo tổng kết chương trình phối hợp năm 2017 giữa Bộ CHQS tỉnh và các tổ chức chính trị - xã hội của tỉnh.`);
    expect(page.date).toEqual({ year: 2017, month: 12, day: 29, yearGuessed: true });
    expect(page.dateFrom).toBe('story');
  });
  it('takes a missing year from the story, not from the footer or related stories', () => {
    const page = fromText(`Tổng kết phối hợp năm 2017\nChiều 29/12, Ban Chỉ đạo tổng kết chương trình phối hợp năm 2017 giữa Bộ CHQS tỉnh và các tổ chức chính trị - xã hội.\nTin liên quan\nTuyển quân năm 2024\nKhám tuyển 2024\n© 2024 Cổng TTĐT`);
    expect(page.date).toMatchObject({ year: 2017, month: 12, day: 29 });
  });
  it('falls back to the page metadata for the date and the title', () => {
    const page = readLegacyPage(blocksFromHtml(`<head><title>Tiêu đề từ metadata của trang - Cổng TTĐT</title><meta property="article:published_time" content="2019-06-14T18:15:00+07:00"></head><body><p>${lead}</p></body>`));
    expect(page.title).toBe('Tiêu đề từ metadata của trang');
    expect(page.date).toMatchObject({ year: 2019, month: 6, day: 14, time: '18:15' });
    expect(page.dateFrom).toBe('meta');
  });
  it('ends the story at the chrome below it: related news, comments, counters, copyright', () => {
    for (const chrome of ['Tin liên quan', 'Các tin khác', 'Ý kiến bạn đọc', 'Gửi bình luận', 'Thống kê truy cập', 'Tin cùng chuyên mục', 'Bản quyền thuộc UBND huyện', 'Tags: dân vận']) {
      const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\n${chrome}\nMột đoạn văn khác nằm dưới phần này không được lấy vào bài viết dù dài.`);
      expect(page.body.map((p) => p.kind === 'paragraph' && p.text), chrome).toEqual([paragraph]);
    }
  });
  it('drops menus, share buttons, counters, tools and breadcrumbs wherever they stand', () => {
    const chrome = ['Multimedia', 'Đọc báo in', 'Chia sẻ', 'Zalo', 'In bài viết', 'Cỡ chữ', 'A+', 'Đang truy cập: 40', 'Hôm nay: 557', 'Tuần này: 11 611', 'Trang chủ » Quốc phòng', 'Cổng thông tin điện tử huyện Hải Lăng'];
    const page = fromText(`${chrome.join('\n')}\nTiêu đề của bài viết này\n29/07/2022\n${chrome.join('\n')}\n${lead}\n${chrome.join('\n')}\n${paragraph}`);
    expect(page.title).toBe('Tiêu đề của bài viết này');
    expect(page.body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('drops lists of links (menus, related stories) in a saved page', () => {
    const page = readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><ul><li><a href="/1">Hải Lăng giao 138 thanh niên nhập ngũ năm 2022</a></li></ul><p>${paragraph}</p>`));
    expect(page.body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('reads the signature at the end: a bare name, ALL CAPS, "Thực hiện:", with its source', () => {
    const end = (lines: string) => fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\n${lines}`);
    expect(end('Hoàng Minh')).toMatchObject({ author: 'Hoàng Minh' });
    expect(end('NGUYỄN VĂN HÙNG')).toMatchObject({ author: 'Nguyễn Văn Hùng' });
    expect(end('Thực hiện: Minh Đức - Ban Dân vận Tỉnh ủy')).toMatchObject({ author: 'Minh Đức', source: 'Ban Dân vận Tỉnh ủy' });
    expect(end('HOÀNG MINH (Trung tâm VH-TT&TT huyện)')).toMatchObject({ author: 'Hoàng Minh', source: 'Trung tâm VH-TT&TT huyện' });
    expect(end('Tin, ảnh: PHAN THỊ HỒNG NHUNG\nNguồn: Báo Quảng Trị')).toMatchObject({ author: 'Phan Thị Hồng Nhung', source: 'Báo Quảng Trị' });
    const page = end('Hoàng Minh');
    expect(page.body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('does not take the last sentence of the story for a signature', () => {
    const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}`);
    expect(page.author).toBeUndefined();
    expect(page.body).toHaveLength(1);
  });
  it('gives each photo the caption lines after it', () => {
    const page = readLegacyPage(
      blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><p><img src="a.jpg" alt="Ảnh a"></p><p><em>Quang cảnh hội nghị.</em></p><p><em>(Ảnh: Hoàng Minh)</em></p><p>${paragraph}</p><p><img src="b.jpg"></p><p>${paragraph} ${paragraph}</p>`),
    );
    expect(page.body).toEqual([
      { kind: 'photo', src: 'a.jpg', alt: 'Ảnh a', caption: 'Quang cảnh hội nghị. (Ảnh: Hoàng Minh)' },
      { kind: 'paragraph', text: paragraph },
      { kind: 'photo', src: 'b.jpg', alt: '', caption: '' },
      { kind: 'paragraph', text: `${paragraph} ${paragraph}` },
    ]);
  });
  it('makes crossheads of headings, bold lines and short lines without a full stop', () => {
    const page = readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><p>${paragraph}</p><h3>Nhiệm vụ thời gian tới</h3><p>${paragraph}</p><p><strong>Tuyển quân đạt chỉ tiêu</strong></p><p>${paragraph}</p><p>Chăm lo gia đình chính sách</p><p>${paragraph}</p>`));
    expect(page.body.filter((p) => p.kind === 'heading').map((p) => p.kind === 'heading' && p.text)).toEqual([
      'Nhiệm vụ thời gian tới',
      'Tuyển quân đạt chỉ tiêu',
      'Chăm lo gia đình chính sách',
    ]);
  });
  it('takes a lead styled as a heading for the lead', () => {
    const page = readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>01/06/2023</p><h2 class="sapo">${lead}</h2><p>${paragraph}</p>`));
    expect(page.lead).toBe(lead);
  });
  it('strips the newsroom tag before the lead and keeps it as the dateline', () => {
    const page = fromText(`Tiêu đề của bài viết này\n28/02/2023\nĐẮK LẮK - ${lead}`);
    expect(page.lead).toBe(lead);
    expect(page.dateline).toBe('ĐẮK LẮK');
  });
});

describe('readLegacyPage: the portal products’ patterns', () => {
  it('reads the newsroom in brackets on the line under the signature as the source', () => {
    const page = fromText(`Tiêu đề của bài viết cũ\n29/07/2022\n${lead}\n${paragraph}\nPhạm Thu Trang\n(Trung tâm Văn hóa - Thông tin huyện)`);
    expect(page).toMatchObject({ author: 'Phạm Thu Trang', source: 'Trung tâm Văn hóa - Thông tin huyện', body: [{ kind: 'paragraph', text: paragraph }] });
  });
  it('keeps a bracketed sentence that ends the story when no signature stands above it', () => {
    const aside = '(Số liệu do Ban CHQS cung cấp)';
    const page = fromText(`Tiêu đề của bài viết cũ\n29/07/2022\n${lead}\n${paragraph}\n${aside}`);
    expect(page.author).toBeUndefined();
    expect(page.body.at(-1)).toEqual({ kind: 'paragraph', text: aside });
  });
  it('takes the time from <time datetime> when the date line gives the same day without one', () => {
    const html = (datetime: string) =>
      `<h1>Tiêu đề của bài viết cũ</h1><p>Ngày đăng: <time datetime="${datetime}">12/03/2023</time></p><p>${lead}</p><p>${paragraph}</p>`;
    expect(readLegacyPage(blocksFromHtml(html('2023-03-12T08:15:00+07:00'))).date).toEqual({ year: 2023, month: 3, day: 12, time: '08:15' });
    // Another day in the metadata (a modified time, a time zone slip): the date line alone.
    expect(readLegacyPage(blocksFromHtml(html('2023-03-11T08:15:00+07:00'))).date).toEqual({ year: 2023, month: 3, day: 12 });
    expect(readLegacyPage(blocksFromHtml(html('2022-03-12T08:15:00+07:00'))).date).toEqual({ year: 2023, month: 3, day: 12 });
    expect(readLegacyPage(blocksFromHtml(html('2023-04-12T08:15:00+07:00'))).date).toEqual({ year: 2023, month: 3, day: 12 });
    expect(readLegacyPage(blocksFromHtml(html('2023-03-12'))).date).toEqual({ year: 2023, month: 3, day: 12 });
  });
  it('keeps the time the date line gives over the metadata’s', () => {
    const html = `<h1>Tiêu đề của bài viết cũ</h1><p>Cập nhật: 08:15 - 12/03/2023 <time datetime="2023-03-12T10:00">x</time></p><p>${lead}</p>`;
    expect(readLegacyPage(blocksFromHtml(html)).date).toEqual({ year: 2023, month: 3, day: 12, time: '08:15' });
  });
  it('reads "Ngày đăng: 14/10/2023 bởi Ban biên tập" as the date line, not as the title', () => {
    const page = fromText(`Trang chủ\nTiêu đề của bài viết cũ\nNgày đăng: 14/10/2023 bởi Ban biên tập\n${lead}\n${paragraph}`);
    expect(page).toMatchObject({ title: 'Tiêu đề của bài viết cũ', date: { year: 2023, month: 10, day: 14 }, dateFrom: 'page' });
  });
  it('joins the photographer’s credit "(Ảnh: Văn Quang)" to the caption instead of taking it for a photo', () => {
    const page = fromText(`Tiêu đề của bài viết cũ\n29/07/2022\n${lead}\nanh.jpg\nĐoàn viên giúp dân lợp lại mái nhà.\n(Ảnh: Văn Quang)\n${paragraph}`);
    expect(page.body).toEqual([
      { kind: 'photo', src: 'anh.jpg', alt: '', caption: 'Đoàn viên giúp dân lợp lại mái nhà. (Ảnh: Văn Quang)' },
      { kind: 'paragraph', text: paragraph },
    ]);
  });
});

describe('signatures and sources as portals write them', () => {
  const end = (lines: string) => fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\n${lines}`);
  it('signs the writer, not the photographer: "Bài: … - Ảnh: …", "Tin: …; ảnh: …"', () => {
    expect(readSignature('Bài: Nguyễn Văn An - Ảnh: Trần Bình')).toEqual({ author: 'Nguyễn Văn An' });
    expect(readSignature('Tin: Lê Hoa; ảnh: Minh Đức')).toEqual({ author: 'Lê Hoa' });
    expect(readSignature('Tin: LÊ HOA, Ảnh: MINH ĐỨC')).toEqual({ author: 'Lê Hoa' });
    expect(end('Bài: Nguyễn Văn An - Ảnh: Trần Bình')).toMatchObject({ author: 'Nguyễn Văn An', body: [{ kind: 'paragraph', text: paragraph }] });
  });
  it('names both authors of "Quang Hiếu - Thanh Tùng", and an organisation after the dash as the source', () => {
    expect(readSignature('Quang Hiếu - Thanh Tùng')).toEqual({ author: 'Quang Hiếu, Thanh Tùng' });
    expect(readSignature('QUANG HIẾU - THANH TÙNG')).toEqual({ author: 'Quang Hiếu, Thanh Tùng' });
    expect(readSignature('Minh Đức - Ban Dân vận Tỉnh ủy')).toEqual({ author: 'Minh Đức', source: 'Ban Dân vận Tỉnh ủy' });
    expect(readSignature('Minh Đức - Hội CCB huyện')).toEqual({ author: 'Minh Đức', source: 'Hội CCB huyện' });
    expect(readSignature('Minh Đức - Trung tâm VH-TT')).toEqual({ author: 'Minh Đức', source: 'Trung tâm VH-TT' });
    expect(readSignature('Minh Đức - Huyện Hải Lăng')).toEqual({ author: 'Minh Đức', source: 'Huyện Hải Lăng' });
    expect(readSignature('Minh Đức - TTVH-TT')).toEqual({ author: 'Minh Đức', source: 'TTVH-TT' });
    expect(readSignature('Minh Đức - Nguyễn Thị Hồng Nhung Anh')).toEqual({ author: 'Minh Đức', source: 'Nguyễn Thị Hồng Nhung Anh' });
    expect(readSignature('Minh Đức - Thanh')).toEqual({ author: 'Minh Đức', source: 'Thanh' });
  });
  it('keeps a note in brackets that says how, not where from, out of the source: "(tổng hợp)"', () => {
    expect(readSignature('Minh Anh (tổng hợp)')).toEqual({ author: 'Minh Anh' });
    expect(readSignature('Minh Anh (TTVH huyện)')).toEqual({ author: 'Minh Anh', source: 'TTVH huyện' });
  });
  it('reads "Theo Báo Quảng Trị" and "Theo baoquangtri.vn" at the end as the source, not as an author', () => {
    expect(readSignature('Theo Báo Quảng Trị')).toBeUndefined();
    expect(readSignature('Nguồn Báo Quảng Trị')).toBeUndefined();
    expect(end('Hoàng Minh\nTheo Báo Quảng Trị')).toMatchObject({ author: 'Hoàng Minh', source: 'Báo Quảng Trị' });
    expect(end('Theo baoquangtri.vn')).toMatchObject({ source: 'baoquangtri.vn' });
    expect(end('THEO: TTXVN')).toMatchObject({ source: 'TTXVN' });
  });
  it('keeps a closing sentence that starts with "Theo" in the story', () => {
    for (const sentence of ['Theo kế hoạch, năm 2023 huyện tiếp tục triển khai chương trình', 'Theo Kế hoạch, năm 2023 huyện tiếp tục', 'Theo Ban Chỉ đạo Huyện Hải Lăng Năm Nay Sẽ Tiếp Tục Mở Rộng Mô Hình']) {
      const page = end(sentence);
      expect(page.source, sentence).toBeUndefined();
      expect(page.body.at(-1), sentence).toMatchObject({ text: sentence });
    }
  });
});

describe('readSignature: the shape of a name', () => {
  it('takes a name with a full stop or semicolon after it, and spaces around it', () => {
    expect(readSignature('Hoàng Minh.')).toEqual({ author: 'Hoàng Minh' });
    expect(readSignature('  Hoàng Minh;  ')).toEqual({ author: 'Hoàng Minh' });
    expect(readSignature('Hoàng Minh ( TTVH huyện )')).toEqual({ author: 'Hoàng Minh', source: 'TTVH huyện' });
  });
  it('takes up to six words, not seven', () => {
    expect(readSignature('Tôn Nữ Thị Hồng Nhung Anh')).toEqual({ author: 'Tôn Nữ Thị Hồng Nhung Anh' });
    expect(readSignature('Tôn Nữ Thị Hồng Nhung Anh Thư')).toBeUndefined();
  });
  it('refuses a line that goes on after the bracket', () => {
    expect(readSignature('Hoàng Minh (TTVH) viết')).toBeUndefined();
  });
});

describe('readLegacyPage: lines that only look like chrome or a title', () => {
  it('keeps a story line that starts with a dash, and drops a line of separators only', () => {
    const item = '- Vận động xây dựng 2 nhà tình nghĩa cho hội viên có hoàn cảnh khó khăn trên địa bàn huyện.';
    const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${item}\n» » »\n| |\n${paragraph}`);
    expect(page.body).toEqual([
      { kind: 'paragraph', text: item },
      { kind: 'paragraph', text: paragraph },
    ]);
  });
  it('takes a line of four words above the date line for the title, not one of three', () => {
    expect(fromText(`Sơ kết năm\nHội nghị sơ kết\n29/07/2022\n${lead}`).title).toBe('Hội nghị sơ kết');
    expect(fromText(`Hội nghị tổng kết năm\nSơ kết năm\n29/07/2022\n${lead}`).title).toBe('Hội nghị tổng kết năm');
  });
});

describe('readLegacyPage: the words of the chrome, every form portals print', () => {
  const story = (line: string) => fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\n${line}\nMột đoạn văn khác nằm dưới phần này không được lấy vào bài viết dù dài.`);
  it.each([
    'Tin mới', 'Tin mới nhất', 'Tin mới hơn', 'Tin xem nhiều', 'Tin xem nhiều nhất', 'Tin đọc nhiều', 'Tin đọc nhiều nhất', 'Tin đã đưa', 'Tin cũ hơn', 'Tin nổi bật', 'Tin cùng loại', 'Tin khác',
    'Các tin đã đưa', 'Các tin mới hơn', 'Bài liên quan', 'Bài viết liên quan', 'Bài viết khác', 'Bài cùng chuyên mục', 'Xem thêm', 'Đọc thêm', 'Ý kiến của bạn', 'Gửi ý kiến',
    'Gửi ý kiến của bạn', 'Bình luận', 'Viết bình luận', 'Liên kết', 'Liên kết website', 'Thư viện ảnh', 'Thư viện video', 'Tag: dân vận', 'Tags : dân vận', 'Từ khóa: dân vận',
    'Chủ đề: quốc phòng', 'Chủ đề：quốc phòng', 'Chia sẻ bài viết:', 'Chia sẻ:', 'Copyright 2024', '© 2024 UBND huyện',
  ])('ends the story at "%s"', (chrome) => {
    expect(story(chrome).body.map((p) => p.kind !== 'photo' && p.text)).toEqual([paragraph]);
  });
  it.each([
    'Giới thiệu', 'Liên hệ', 'Sơ đồ cổng', 'Sơ đồ trang', 'Sơ đồ site', 'Đăng nhập', 'Đăng ký', 'Tìm kiếm', 'Báo in', 'Video', 'Podcast', 'E-magazine', 'Emagazine', 'Infographic', 'Infographics', 'RSS',
    'In bài', 'Bản in', 'Gửi bài', 'Gửi email', 'Gửi mail', 'Gửi cho bạn bè', 'Share', 'Tweet', 'Thích', 'Like', 'Facebook', 'Email', 'In', 'Quay lại', 'Trở về', 'Về đầu trang', 'Lên đầu trang', 'Đầu trang',
    'A +', 'A-', '+A', '- A', 'A', 'Lưu bài', 'Góp ý', 'Phản hồi', 'Xem tiếp', 'Đọc tiếp', 'Tin tức', 'Tin tức - Sự kiện', 'Tin tức sự kiện', 'Thông báo', 'Văn bản', 'Danh mục', 'Chuyên mục',
    'Đang online: 40', 'Đang trực tuyến - 5', 'Online 12', 'Trực tuyến: 3', 'Hôm nay 557', 'Hôm qua: 9', 'Tuần trước: 1.234', 'Tháng này: 12.345', 'Tháng trước: 9', 'Năm nay: 99', 'Tất cả: 3.898.151',
    'Tổng: 5', 'Tổng số: 5', 'Tổng lượt truy cập: 3 898 151', 'Số lượt truy cập: 77', 'Lượt truy cập: 3.898.151', 'Khách: 12', 'Thành viên: 3', '| • »', '– –',
  ])('drops the line "%s" wherever it stands', (chrome) => {
    const page = fromText(`${chrome}\nTiêu đề của bài viết này\n29/07/2022\n${lead}\n${chrome}\n${paragraph}`);
    expect(page.title).toBe('Tiêu đề của bài viết này');
    expect(page.body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('keeps story lines that only begin or end with those words', () => {
    const lines = [
      'Thông báo kết quả tuyển quân năm 2022 được gửi tới từng thôn, bản trong toàn huyện Hải Lăng.',
      'Video về hội nghị được phát trên sóng truyền hình huyện vào tối cùng ngày để nhân dân theo dõi',
      'Các đơn vị có nhu cầu tìm hiểu thêm thông tin chi tiết xin vui lòng liên hệ',
      'Các đại biểu bình luận sôi nổi và xem thêm tài liệu về kết quả thực hiện chương trình phối hợp.',
      'Hội nghị nghe báo cáo kết quả: Hôm nay 557 hội viên đã tham gia và thống kê truy cập không liên quan.',
    ];
    const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${lines.join('\n')}\n${paragraph}`);
    expect(page.body.map((p) => p.kind !== 'photo' && p.text)).toEqual([...lines, paragraph]);
  });
  it.each([
    ['Số lần xem: 45', 45], ['Đã xem: 1.234', 1234], ['Views: 1,234', 1234], ['View 7', 7], ['45 lần đọc', 45], ['Lượt đọc 1 234', 1234], ['Số lượt xem：88', 88],
  ])('reads the views in "%s"', (line, views) => {
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${line}\n${lead}`).views).toBe(views);
  });
  it.each([
    ['Tin và ảnh: Hoàng Minh'], ['Bài, ảnh: Hoàng Minh'], ['Bài và ảnh: Hoàng Minh'], ['Ảnh: Hoàng Minh'], ['Nhóm PV: Hoàng Minh'], ['Nhóm phóng viên: Hoàng Minh'], ['Phóng viên: Hoàng Minh'],
    ['CTV: Hoàng Minh'], ['Người viết: Hoàng Minh'], ['Thực hiện : Hoàng Minh'], ['Tin：Hoàng Minh'], ['PV: Hoàng Minh'], ['Tác giả: Hoàng Minh'], ['Tin: Hoàng Minh'], ['Bài: Hoàng Minh'],
  ])('reads the author in "%s"', (line) => {
    expect(readSignature(line)).toEqual({ author: 'Hoàng Minh' });
  });
});

describe('readLegacyPage: where the story starts and ends, at the edges', () => {
  const head = 'Tiêu đề của bài viết này\n29/07/2022';
  const below = 'Một đoạn văn khác nằm dưới phần này không được lấy vào bài viết dù dài.';
  it('ends the story at the related news once it has a line of twelve words, not eleven', () => {
    const twelve = 'Ban CHQS huyện Hải Lăng tổ chức hội nghị sơ kết năm.';
    const eleven = 'Ban CHQS huyện Hải Lăng tổ chức hội nghị sơ kết.';
    expect(fromText(`${head}\n${twelve}\nTin liên quan\n${below}`)).toMatchObject({ lead: twelve, body: [] });
    expect(fromText(`${head}\n${eleven}\nTin liên quan\n${below}`)).toMatchObject({ lead: eleven, body: [{ kind: 'paragraph', text: below }] });
  });
  it('reads a views line of up to six words inside the story and leaves it out', () => {
    expect(fromText(`${head}\n${lead}\nBài này có 5 lượt xem\n${paragraph}`)).toMatchObject({ views: 5, body: [{ kind: 'paragraph', text: paragraph }] });
    const seven = 'Bài viết này có 5 lượt xem';
    expect(fromText(`${head}\n${lead}\n${seven}\n${paragraph}`).body.map((p) => p.kind !== 'photo' && p.text)).toEqual([seven, paragraph]);
  });
  it('leaves a second date line inside the story out', () => {
    expect(fromText(`${head}\n${lead}\nCập nhật: 30/07/2022 08:00\n${paragraph}`).body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('keeps a block of the story that is up to 60 % link text, and drops one that is more', () => {
    const html = (linked: string, rest: string) =>
      readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><p>${paragraph}</p><p><a href="/x">${linked}</a> ${rest}</p>`)).body.length;
    expect(html('aaaaaa', 'bbbb')).toBe(2);
    expect(html('aaaaaaa', 'bbb')).toBe(1);
  });
  it('drops a label of up to five words above the lead, and keeps one of six', () => {
    expect(fromText(`${head}\nQuốc phòng địa phương mới\n${lead}`).lead).toBe(lead);
    expect(fromText(`${head}\nQuốc phòng an ninh địa phương\n${lead}`).lead).toBe('Quốc phòng an ninh địa phương');
    expect(fromText(`${head}\nHội nghị kết thúc.\n${lead}`).lead).toBe('Hội nghị kết thúc.');
  });
  it('takes a "Nguồn:" line of up to fifteen words for the source, above the lead or at the end', () => {
    const fifteen = 'Nguồn: Trung tâm Văn hóa Thông tin và Thể thao huyện Hải Lăng tỉnh Quảng';
    const sixteen = `${fifteen} Trị`;
    expect(fromText(`${head}\n${fifteen}\n${lead}`).source).toBe(fifteen.slice(7));
    expect(fromText(`${head}\n${sixteen}\n${lead}`).source).toBeUndefined();
    expect(fromText(`${head}\n${lead}\n${paragraph}\n${fifteen}`).source).toBe(fifteen.slice(7));
    expect(fromText(`${head}\n${lead}\n${paragraph}\n${sixteen}`).source).toBeUndefined();
  });
  it('takes the bracketed line for the source only under a name, and only when no author was found yet', () => {
    expect(fromText(`${head}\nTác giả: Lê Hoa\n${lead}\n${paragraph}\nPhạm Thu Trang\n(Trung tâm VH-TT huyện)`)).toMatchObject({ author: 'Lê Hoa' });
    expect(fromText(`${head}\n${lead}\n${paragraph}\n(Trung tâm VH-TT huyện) ghi`).author).toBeUndefined();
    expect(fromText(`${head}\n${lead}\n${paragraph}\nghi (Trung tâm VH-TT huyện)`).source).toBeUndefined();
    const long = '(Trung tâm Văn hóa Thông tin và Thể thao huyện Hải Lăng tỉnh Quảng Trị)';
    expect(fromText(`${head}\n${lead}\n${paragraph}\nPhạm Thu Trang\n${long}`).source).toBeUndefined();
  });
});

describe('readLegacyPage: crossheads, captions and titles at their edges', () => {
  const html = (body: string) => readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><p>${paragraph}</p>${body}<p>${paragraph}</p>`)).body;
  const kinds = (parts: ReturnType<typeof html>) => parts.map((p) => p.kind);
  const words = (n: number, end = '') => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Nội' : 'dung')).join(' ')}${end}`;
  it('makes a crosshead of a heading, but a paragraph of a heading that is a sentence', () => {
    expect(kinds(html('<h3>Nhiệm vụ thời gian tới</h3>'))).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(kinds(html('<h3>Hội nghị kết thúc tốt đẹp.</h3>'))).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds(html(`<h3>${words(26)}</h3>`))).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds(html(`<h3>${words(25)}</h3>`))).toEqual(['paragraph', 'heading', 'paragraph']);
  });
  it('makes a crosshead of a bold line of up to twenty words without a full stop or colon', () => {
    expect(kinds(html(`<p><strong>${words(20)}</strong></p>`))).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(kinds(html(`<p><strong>${words(21)}</strong></p>`))).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds(html(`<p><strong>${words(5, ':')}</strong></p>`))).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds(html(`<p><strong>${words(5, '.')}</strong></p>`))).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
  it('makes a crosshead of a short plain line only between two paragraphs', () => {
    expect(kinds(html(`<p>${words(12)}</p>`))).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(kinds(html(`<p>${words(13)}</p>`))).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds(html(`<p>${words(5, ';')}</p>`))).toEqual(['paragraph', 'paragraph', 'paragraph']);
    const last = readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><p>${paragraph}</p><p>${words(5)}</p>`)).body;
    expect(kinds(last)).toEqual(['paragraph', 'paragraph']);
    const beforePhoto = readLegacyPage(blocksFromHtml(`<h1>Tiêu đề của bài viết này</h1><p>29/07/2022</p><p>${lead}</p><p>${paragraph}</p><p>${words(5)}</p><p><img src="a.jpg"></p>`)).body;
    expect(kinds(beforePhoto)).toEqual(['paragraph', 'paragraph', 'photo']);
  });
  it('takes a plain line of up to thirty words after a photo as its caption, or a longer one with a credit', () => {
    const photo = (after: string) => html(`<p><img src="a.jpg"></p>${after}`)[1];
    expect(photo(`<p>${words(30, '.')}</p>`)).toMatchObject({ kind: 'photo', caption: words(30, '.') });
    expect(photo(`<p>${words(31, '.')}</p>`)).toMatchObject({ kind: 'photo', caption: '' });
    expect(photo(`<p>${words(31, ' (Ảnh: Hoàng Minh).')}</p>`)).toMatchObject({ kind: 'photo', caption: words(31, ' (Ảnh: Hoàng Minh).') });
  });
  it('takes a second caption line only when styled as one and short, or when it is the credit', () => {
    const photo = (after: string) => html(`<p><img src="a.jpg"></p><p><em>Quang cảnh hội nghị.</em></p>${after}`)[1];
    expect(photo(`<p><em>${words(30, '.')}</em></p>`)).toMatchObject({ caption: `Quang cảnh hội nghị. ${words(30, '.')}` });
    expect(photo(`<p><em>${words(31, '.')}</em></p>`)).toMatchObject({ caption: 'Quang cảnh hội nghị.' });
    expect(photo(`<p>${words(5, '.')}</p>`)).toMatchObject({ caption: 'Quang cảnh hội nghị.' });
    expect(photo('<p>Ảnh: Hoàng Minh</p>')).toMatchObject({ caption: 'Quang cảnh hội nghị. Ảnh: Hoàng Minh' });
    expect(photo('<p>Ảnh: Hoàng Minh. Hội nghị kết thúc.</p>')).toMatchObject({ caption: 'Quang cảnh hội nghị.' });
  });
  it('does not take a heading of three words, or one that is mostly a link, for the title', () => {
    const title = (head: string) => readLegacyPage(blocksFromHtml(`${head}<p>29/07/2022</p><p>${lead}</p><p>${paragraph}</p>`)).title;
    expect(title('<h2>Tiêu đề bài viết dài</h2><h3>Tin hoạt động</h3>')).toBe('Tiêu đề bài viết dài');
    expect(title('<h2>Tiêu đề bài viết dài</h2><h3><a href="/c">Quốc phòng an ninh địa phương</a></h3>')).toBe('Tiêu đề bài viết dài');
    expect(title('<h1><a href="/">Cổng điện tử huyện Hải Lăng</a></h1><p>x</p><p>x</p><p>x</p><p>x</p><h4>Tiêu đề của bài viết này</h4>')).toBe('Tiêu đề của bài viết này');
    expect(title('<h1>Ba chữ thôi</h1><p>x</p><p>x</p><p>x</p><p>x</p><p>Tiêu đề của bài viết này</p>')).toBe('Tiêu đề của bài viết này');
  });
  it('takes the headline-like line just above the first paragraph when there is no date line', () => {
    const page = fromText(`Trang tin tức\nTiêu đề của bài viết này\n${lead} ${paragraph}`);
    expect(page.title).toBe('Tiêu đề của bài viết này');
    expect(fromText(`Tiêu đề của bài viết này.\n${lead} ${paragraph}`).title).toBeUndefined();
  });
});

describe('readLegacyPage: the title the page metadata names', () => {
  const page = (meta: string, body: string) => readLegacyPage(blocksFromHtml(`<head><meta property="og:title" content="${meta}"></head><body>${body}</body>`));
  const story = `<p>x</p><p>x</p><p>x</p><p>x</p><p>x</p><p>29/07/2022</p><p>${lead}</p>`;
  it('finds the line the metadata names however its case and punctuation differ', () => {
    const body = `<h1>Hải Lăng quê hương anh hùng</h1><p>Tiêu đề thật – của bài!</p>${story}`;
    expect(page('TIÊU ĐỀ THẬT: CỦA BÀI', body).title).toBe('Tiêu đề thật – của bài!');
    expect(page('Một tiêu đề khác hẳn', body).title).toBe('Hải Lăng quê hương anh hùng');
  });
  it('takes no heading that is half a link or more for the title', () => {
    const title = (h1: string) => readLegacyPage(blocksFromHtml(`${h1}<p>x</p><p>x</p><p>x</p><p>x</p><p>29/07/2022</p><p>${lead}</p>`)).title;
    // "Bài viết" is 8 of the 16 characters of "Bài viết đọc hay".
    expect(title('<h1><a href="/">Bài viết</a> đọc hay</h1>')).toBeUndefined();
    expect(title('<h1><a href="/">Bài viế</a>t đọc hay</h1>')).toBe('Bài viết đọc hay');
    expect(title('<h2><a href="/">Bài viết</a> đọc hay</h2>')).toBeUndefined();
    expect(title('<h2><a href="/">Bài viế</a>t đọc hay</h2>')).toBe('Bài viết đọc hay');
  });
});

describe('readSignature', () => {
  it('refuses lines that are not names', () => {
    expect(readSignature('Hội nghị kết thúc tốt đẹp.')).toBeUndefined();
    expect(readSignature('Năm 2022')).toBeUndefined();
    expect(readSignature('Minh')).toBeUndefined();
    expect(readSignature('Tác giả: Minh')).toEqual({ author: 'Minh' });
    expect(readSignature('các đồng chí lãnh đạo')).toBeUndefined();
  });
});

describe('properCaseName', () => {
  it('turns ALL-CAPS names into proper case and keeps others as written', () => {
    expect(properCaseName('NGUYỄN THỊ ĐÀO')).toBe('Nguyễn Thị Đào');
    expect(properCaseName('NÔNG THỊ HOA')).toBe('Nông Thị Hoa');
    expect(properCaseName('Hoàng Minh')).toBe('Hoàng Minh');
    expect(properCaseName('Lê Văn AN')).toBe('Lê Văn AN');
  });
});

describe('stripSiteName and stripDateline', () => {
  it('drop the portal name after a title and the newsroom tag before a lead', () => {
    expect(stripSiteName('Hội nghị sơ kết - Cổng TTĐT huyện Hải Lăng')).toBe('Hội nghị sơ kết');
    expect(stripSiteName('Hội nghị sơ kết')).toBe('Hội nghị sơ kết');
    expect(stripDateline('(QT) - Sáng 29/7, hội nghị')).toBe('Sáng 29/7, hội nghị');
    expect(stripDateline('QTO - Sáng 29/7')).toBe('Sáng 29/7');
    expect(stripDateline('Sáng 29/7 - hội nghị')).toBe('Sáng 29/7 - hội nghị');
  });
});

describe('readLegacyPage: portals it was not written for', () => {
  it('ends the story at "Cùng chuyên mục", "Đọc nhiều", "Xem nhiều nhất", "Có thể bạn quan tâm" and a share line', () => {
    for (const heading of ['Cùng chuyên mục', 'Đọc nhiều', 'Đọc nhiều nhất', 'Xem nhiều', 'Xem nhiều nhất', 'Có thể bạn quan tâm', 'Bạn có thể quan tâm', 'Chia sẻ: Facebook Zalo Twitter', 'Chia sẻ bài viết:', 'Chia sẻ lên: Facebook', 'Chia sẻ qua:']) {
      const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\nHoàng Minh\n${heading}\nMột bài khác của trang có đủ mười hai chữ để thành một câu văn dài.`);
      expect(page.author, heading).toBe('Hoàng Minh');
      expect(page.body, heading).toEqual([{ kind: 'paragraph', text: paragraph }]);
    }
  });
  it('keeps a paragraph that begins with "Chia sẻ", and drops a lone "Cỡ chữ" inside the story', () => {
    const story = 'Chia sẻ kinh nghiệm, hội viên các chi hội đã xây dựng nhiều mô hình kinh tế hiệu quả trong năm qua.';
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${story}\n${paragraph}`).body).toEqual([
      { kind: 'paragraph', text: story },
      { kind: 'paragraph', text: paragraph },
    ]);
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\nCỡ chữ\n${paragraph}`).body).toEqual([{ kind: 'paragraph', text: paragraph }]);
  });
  it('reads a breadcrumb of up to fifteen words as chrome', () => {
    const crumb = (n: number) => ['Tin tức >', ...Array.from({ length: n - 5 }, () => 'mục'), '> cuối'].join(' ');
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${crumb(15)}\n${paragraph}`).body).toEqual([{ kind: 'paragraph', text: paragraph }]);
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${crumb(16)}\n${paragraph}`).body).toHaveLength(2);
  });
  it('reads a date from the lead when the page has no date line, keeping the lead', () => {
    const page = fromText(`Tiêu đề của bài viết này\nSáng 29/7/2022, Ban CHQS huyện Hải Lăng tổ chức hội nghị sơ kết chương trình phối hợp với các đoàn thể trong huyện.\n${paragraph}`);
    expect(page).toMatchObject({ dateFrom: 'story', date: { year: 2022, month: 7, day: 29 }, lead: expect.stringMatching(/^Sáng 29\/7\/2022/) });
  });
  it('takes a related list of links for no story when choosing the date line nearest the story', () => {
    const blocks = blocksFromHtml(`<p>Thứ Tư, 12/10/2022</p><h1>Tiêu đề của bài viết này</h1><p>Ngày đăng: 10/10/2022</p><p><a href="/a">Một danh sách tin liên kết rất dài có hơn hai mươi chữ để trông như một đoạn văn của bài viết nhưng toàn là liên kết</a></p><p>Ngày 11/10/2022</p><p>${lead}</p>`);
    expect(readLegacyPage(blocks).date).toMatchObject({ day: 11 });
  });
  it('keeps a paragraph that only begins with those words', () => {
    const story = 'Đọc nhiều sách báo, hội viên nắm chắc chủ trương của Đảng và pháp luật của Nhà nước về quốc phòng.';
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${story}`).body).toEqual([{ kind: 'paragraph', text: story }]);
  });
  it('drops a font-size tool, a breadcrumb with ">" and a menu whose items ran together', () => {
    const page = fromText(`Trang chủGiới thiệuTin tứcVăn bản\nTin tức > Quốc phòng - An ninh\nTiêu đề của bài viết này\n29/07/2022\nCỡ chữ: A- A A+\n${lead}\n${paragraph}`);
    expect(page).toMatchObject({ title: 'Tiêu đề của bài viết này', lead, body: [{ kind: 'paragraph', text: paragraph }] });
  });
  it('keeps a long paragraph whose CMS dropped two spaces before capitals', () => {
    const glued = 'Sáng 5/7, Ban CHQS huyệnHải Lăng phối hợp với Hội CCB huyệnTriệu Phong tổ chức hội nghị sơ kết chương trình phối hợp với nhiều đại biểu.';
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${glued}`).lead).toBe(glued);
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\nMột haiBa bốnNăm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai ba\n${paragraph}`).body).toHaveLength(2);
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\nMột haiBa bốnNăm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai\n${paragraph}`).body).toHaveLength(1);
  });
  it('keeps a line with one capital glued to a lower-case letter: a name such as "H’Linh"', () => {
    expect(fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\nH’Linh NiêKa`).author).toBe('H’Linh NiêKa');
  });
  it('takes the date line nearest the story when the header prints today’s date above it', () => {
    const page = fromText(`Thứ Tư, 12/10/2022, 08:30 (GMT+7)\nUBND HUYỆN KRÔNG PẮC\nTiêu đề của bài viết này\nNgày đăng: 10/10/2022 | Lượt xem: 348\n${lead}`);
    expect(page).toMatchObject({ title: 'Tiêu đề của bài viết này', date: { year: 2022, month: 10, day: 10 }, views: 348, lead });
    expect(page.date?.time).toBeUndefined();
  });
  it('reads the views from a second date line', () => {
    expect(fromText(`Tiêu đề của bài viết này\n10/10/2022\n${lead}\nNgày đăng: 10/10/2022 | Lượt xem: 348\n${paragraph}`).views).toBe(348);
  });
  it('takes the first date line when none stands before the story', () => {
    expect(fromText(`Tiêu đề của bài viết này\n${lead}\n${paragraph}\nNgày đăng: 10/10/2022\nCập nhật: 11/10/2022`).date).toMatchObject({ day: 10 });
  });
});

describe('readSignature: a byline without a name', () => {
  it.each([['PV', 'PV'], ['(PV)', 'PV'], ['CTV', 'CTV'], ['BTV.', 'BTV'], ['Nhóm PV', 'Nhóm PV'], ['PV - CTV', 'PV - CTV'], ['pv', 'pv'], ['PV, CTV', 'PV, CTV']])('reads "%s" as %s', (line, author) => {
    expect(readSignature(line)).toEqual({ author });
  });
  it('reads a byline only as the whole line, with runs of spaces', () => {
    expect(readSignature('Tin PV')).toEqual({ author: 'Tin PV' });
    expect(readSignature('Nhóm  PV')).toEqual({ author: 'Nhóm  PV' });
    expect(readSignature('PV -  CTV')).toEqual({ author: 'PV -  CTV' });
  });
  it('reads no byline in a word that only begins like one', () => {
    expect(readSignature('PVN')).toBeUndefined();
    expect(readSignature('Nhóm')).toBeUndefined();
  });
  it('takes "PV" at the end of a story for its author', () => {
    const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\nPV`);
    expect(page).toMatchObject({ author: 'PV', body: [{ kind: 'paragraph', text: paragraph }] });
  });
});

describe('readSignature: a soldier’s rank before the name', () => {
  it.each([
    ['Thượng úy NGUYỄN ĐỨC HẢI', 'Nguyễn Đức Hải'],
    ['Đại tá Trần Văn Thành', 'Trần Văn Thành'],
    ['THIẾU TÁ LÊ VĂN AN', 'Lê Văn An'],
    ['Trung tá Lê Văn An', 'Lê Văn An'],
    ['Thiếu úy Lê Văn An', 'Lê Văn An'],
    ['Trung uý Lê Văn An', 'Lê Văn An'],
    ['Đại úy Lê Văn An', 'Lê Văn An'],
    ['Chuẩn úy Lê Văn An', 'Lê Văn An'],
    ['Thiếu tướng Lê Văn An', 'Lê Văn An'],
    ['Binh nhất Lê Văn An', 'Lê Văn An'],
    ['Binh nhì Lê Văn An', 'Lê Văn An'],
    ['Hạ sĩ Lê Văn An', 'Lê Văn An'],
    ['Trung sĩ Lê Văn An', 'Lê Văn An'],
    ['Thượng sĩ Lê Văn An', 'Lê Văn An'],
  ])('reads "%s" as %s', (line, author) => {
    expect(readSignature(line)).toEqual({ author });
  });
  it('keeps the newsroom after the name', () => {
    expect(readSignature('Đại úy Nguyễn Đức Hải (Phòng Chính trị)')).toEqual({ author: 'Nguyễn Đức Hải', source: 'Phòng Chính trị' });
  });
  it('reads a rank with runs of spaces, and only at the start of the line', () => {
    for (const line of ['Thượng  úy Lê Văn An', 'Binh  nhất Lê Văn An', 'Hạ  sĩ Lê Văn An', 'Thượng úy  Lê Văn An', 'Trung sĩ  Lê Văn An']) {
      expect(readSignature(line), line).toEqual({ author: 'Lê Văn An' });
    }
    expect(readSignature('Lê Thượng úy Văn An')).toBeUndefined();
  });
  it('reads no rank where a name follows in lower case, nor a rank alone', () => {
    expect(readSignature('Đại tá nguyễn văn an')).toBeUndefined();
    expect(readSignature('Đại tá')).toBeUndefined();
  });
  it('reads the rank and name above the newsroom line at the end of a story', () => {
    const page = fromText(`Tiêu đề của bài viết này\n29/07/2022\n${lead}\n${paragraph}\nThượng úy NGUYỄN ĐỨC HẢI\n(Phòng Chính trị)`);
    expect(page).toMatchObject({ author: 'Nguyễn Đức Hải', source: 'Phòng Chính trị', body: [{ kind: 'paragraph', text: paragraph }] });
  });
});
