import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText, imageFileName, looksLikeHtml } from './page-blocks.ts';
import { decodePage } from './input-files.ts';

const texts = (html: string) => blocksFromHtml(html).blocks.map((b) => b.text || `[${b.src}]`);

describe('blocksFromHtml', () => {
  it('reads headings, paragraphs and images in reading order', () => {
    const { blocks } = blocksFromHtml('<h1>Tiêu đề bài</h1><p>Đoạn một.</p><p><img src="a.jpg" alt="Ảnh A"></p><p><em>Chú thích</em></p>');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Tiêu đề bài', level: 1, linkShare: 0 },
      { kind: 'text', text: 'Đoạn một.', linkShare: 0 },
      { kind: 'image', text: '', src: 'a.jpg', alt: 'Ảnh A', linkShare: 0 },
      { kind: 'text', text: 'Chú thích', linkShare: 0, captionLike: true },
    ]);
  });
  it('leaves out scripts, styles, forms, menus, footers and elements named like chrome', () => {
    const html = `<script>var x = "Đoạn giả";</script><style>p{}</style><nav><a>Trang chủ</a></nav>
      <div class="main-menu"><a>Giới thiệu</a></div><div id="share-bar">Chia sẻ</div><div class="box-comment">Ý kiến</div>
      <div class="tin-lien-quan">Tin khác</div><div class="thong-ke-truy-cap">Hôm nay: 5</div><form>Họ tên</form>
      <footer>Bản quyền</footer><div hidden>Ẩn</div><div style="display:none">Ẩn</div><aside>Quảng cáo</aside>
      <div class="main-content"><p>Nội dung bài.</p></div>`;
    expect(texts(html)).toEqual(['Nội dung bài.']);
  });
  it('splits a paragraph at line breaks', () => {
    expect(texts('<p>Dòng một<br>Dòng hai</p>')).toEqual(['Dòng một', 'Dòng hai']);
  });
  it('measures how much of a block is link text', () => {
    const [menu, prose] = blocksFromHtml('<p><a href="/">Trang chủ</a> <a href="/a">Tin tức</a></p><p>Có <a href="/x">một liên kết</a> trong một đoạn văn dài hơn.</p>').blocks;
    expect(menu.linkShare).toBe(1);
    expect(prose.linkShare).toBeGreaterThan(0);
    expect(prose.linkShare).toBeLessThan(0.5);
  });
  it('marks captions: italic, centred, figcaption, caption classes; and right-aligned or bold lines', () => {
    const { blocks } = blocksFromHtml(`<p style="text-align:center">Giữa</p><figure><figcaption>Chú thích</figcaption></figure>
      <table><tr><td class="image-caption">Ô chú thích</td></tr></table><p style="text-align: right"><strong>HOÀNG MINH</strong></p><p>Thường</p>`);
    expect(blocks.map((b) => [b.text, Boolean(b.captionLike), Boolean(b.right), Boolean(b.bold)])).toEqual([
      ['Giữa', true, false, false],
      ['Chú thích', true, false, false],
      ['Ô chú thích', true, false, false],
      ['HOÀNG MINH', false, true, true],
      ['Thường', false, false, false],
    ]);
  });
  it('takes a lazy-loaded photo from data-src and leaves out icons and inline data', () => {
    const html = '<img src="data:image/gif;base64,R0l" data-src="/up/anh-that.jpg"><img src="/images/icon-print.png"><img src="/images/logo.png"><img src="data:image/png;base64,AAA">';
    expect(blocksFromHtml(html).blocks.map((b) => b.src)).toEqual(['/up/anh-that.jpg']);
  });
  it('reads the page title and publication time from its metadata', () => {
    const page = blocksFromHtml('<html><head><title>Tiêu đề - Cổng TTĐT</title><meta property="article:published_time" content="2019-06-14T18:15:00+07:00"></head><body><p>x</p></body></html>');
    expect(page.metaTitle).toBe('Tiêu đề - Cổng TTĐT');
    expect(page.metaDate).toBe('2019-06-14T18:15:00+07:00');
    expect(blocksFromHtml('<head><meta property="og:title" content="Tiêu đề OG"><title>Khác</title></head>').metaTitle).toBe('Tiêu đề OG');
  });
  it('decodes entities, composes letters and collapses spaces', () => {
    expect(texts('<p>Trung tâm VH-TT&amp;TT&nbsp;&nbsp;huye\u0302\u0323n</p>')).toEqual(['Trung tâm VH-TT&TT huyện']);
  });
});

describe('blocksFromHtml: the portal products’ page shells', () => {
  it('keeps the story of a page whose <body> and <article> carry WordPress’s class names (has-sidebar, wp-custom-logo, tag-…)', () => {
    const html = `<body class="single has-sidebar wp-custom-logo"><main class="site-main menu"><article class="post tag-dan-van category-tin-tuc">
      <h1>Tiêu đề bài viết</h1><p>Nội dung bài.</p><div class="sharedaddy">Chia sẻ</div><div id="jp-relatedposts">Bài viết liên quan</div></article></main></body>`;
    expect(texts(html)).toEqual(['Tiêu đề bài viết', 'Nội dung bài.']);
  });
  it('keeps the story inside the page-wide <form> of ASP.NET portals (DotNetNuke, SharePoint), and still drops a short form beside it', () => {
    const story = 'Nội dung bài viết khá dài. '.repeat(20).trim();
    const html = `<body><form id="Form" method="post"><input type="hidden" name="__VIEWSTATE" value="abc"><h1>Tiêu đề bài</h1><p>${story}</p>
      <div class="search-box"><label>Tìm kiếm</label><input name="q"></div></form><form action="/tim"><label>Họ tên</label><textarea></textarea></form></body>`;
    expect(texts(html)).toEqual(['Tiêu đề bài', story]);
  });
  it('drops a form of 499 characters and keeps one of 500: the length of a page, not of a search or comment box', () => {
    expect(texts(`<form><p>${'a'.repeat(499)}</p></form>`)).toEqual([]);
    expect(texts(`<form><p>${'a'.repeat(500)}</p></form>`)).toEqual(['a'.repeat(500)]);
  });
  it('drops ratings and star boxes named in the plural (Liferay’s taglib-ratings)', () => {
    expect(texts('<div class="taglib-ratings stars">Đánh giá: 5 sao</div><p>Nội dung.</p>')).toEqual(['Nội dung.']);
  });
  it('drops what the page marks as navigation, banner or its footer by role', () => {
    expect(texts('<div role="navigation">Trang chủ</div><div role="banner">Cổng</div><div role="contentinfo">Bản quyền</div><div role="main"><p>Nội dung.</p></div>')).toEqual(['Nội dung.']);
  });
});

describe('imageFileName', () => {
  it.each([
    ['/uploads/2023/IMG_01%20a.jpg?w=600#x', 'IMG_01 a.jpg'],
    ['Trang_files/anh.PNG', 'anh.PNG'],
    ['/documents/20182/0/tang-qua-tan-binh.jpg/2f0c-11ee?t=1685625480', 'tang-qua-tan-binh.jpg'],
    ['/a.jpg/b.webp/uuid', 'b.webp'],
    ['/image/layout_set_logo?img_id=123', 'layout_set_logo'],
    ['/up/100%.jpg', '100%.jpg'],
    ['/uploads/', ''],
  ])('"%s" → "%s"', (src, name) => {
    expect(imageFileName(src)).toBe(name);
  });
});

describe('blocksFromText', () => {
  it('makes one block per non-empty line', () => {
    expect(blocksFromText('Tiêu đề\n\n  Đoạn một.  \r\nĐoạn hai.').blocks.map((b) => b.text)).toEqual(['Tiêu đề', 'Đoạn một.', 'Đoạn hai.']);
  });
  it('reads photo placeholders and bare file names as images', () => {
    const blocks = blocksFromText('[Ảnh]\n(ảnh 2)\n[Hình ảnh: hoi-nghi.jpg]\n<image>\nhoi-nghi-2.JPG\n[Ảnh: Quang cảnh hội nghị]').blocks;
    expect(blocks.map((b) => [b.kind, b.src, b.alt])).toEqual([
      ['image', '', ''],
      ['image', '', ''],
      ['image', 'hoi-nghi.jpg', ''],
      ['image', '', ''],
      ['image', 'hoi-nghi-2.JPG', ''],
      ['image', '', 'Quang cảnh hội nghị'],
    ]);
  });
  it('reads Markdown-style headings', () => {
    expect(blocksFromText('## Nhiệm vụ năm 2023').blocks[0]).toMatchObject({ kind: 'heading', level: 2, text: 'Nhiệm vụ năm 2023' });
  });
});

describe('looksLikeHtml', () => {
  it('tells a saved page from copied text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('  <div class="x">a</div>')).toBe(true);
    expect(looksLikeHtml('Tiêu đề\nĐoạn có dấu < và > nhưng không phải HTML.')).toBe(false);
  });
});

describe('decodePage', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  it('reads UTF-8 with or without a BOM, and UTF-16 with one', () => {
    expect(decodePage(encode('Hải Lăng'))).toBe('Hải Lăng');
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('Hải')]))).toBe('Hải');
    expect(decodePage(new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x61, 0x00]))).toBe('Ha');
    expect(decodePage(new Uint8Array([0xfe, 0xff, 0x00, 0x48, 0x00, 0x61]))).toBe('Ha');
  });
  it('reads a legacy charset the page declares, as old portals saved in windows-1258', () => {
    const head = encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>');
    // "Hà" in windows-1258: H, a, combining grave (0xCC).
    const page = decodePage(new Uint8Array([...head, 0x48, 0x61, 0xcc]));
    expect(page.normalize('NFC').endsWith('<p>Hà')).toBe(true);
  });
  it('falls back to UTF-8 for a charset it does not know', () => {
    expect(decodePage(encode('<meta charset="x-khong-co">Hải'))).toBe('<meta charset="x-khong-co">Hải');
  });
});
