import { describe, expect, it } from 'vitest';
import { blocksFromHtml, blocksFromText, continuesLine, imageFileName, looksLikeHtml } from './page-blocks.ts';
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

describe('blocksFromHtml: every chrome name, element and mark it knows', () => {
  // Each word the portals' themes use for a menu, share bar, comment box, counter…: a block so
  // named is left out; the same word inside another word is not ("menus-of-food" aside).
  const CHROME_WORDS = [
    'menu', 'menutop', 'topmenu', 'mainmenu', 'nav', 'navbar', 'navigation', 'breadcrumb', 'breadcrumbs', 'banner', 'logo', 'footer',
    'sidebar', 'side-bar', 'widget', 'share', 'sharing', 'sharedaddy', 'social', 'addthis', 'sharethis', 'comment', 'comments',
    'binh-luan', 'binhluan', 'y-kien', 'ykien', 'feedback', 'related', 'relatedposts', 'lienquan', 'lien-quan', 'tinlienquan',
    'tin-khac', 'tinkhac', 'other-news', 'othernews', 'samecategory', 'cung-chuyen-muc', 'cungchuyenmuc', 'thong-ke', 'thongke',
    'counter', 'statistic', 'statistics', 'visitor', 'visitors', 'truy-cap', 'truycap', 'online', 'tag', 'tags', 'tagcloud', 'keyword',
    'keywords', 'toolbar', 'tools', 'print', 'advert', 'ads', 'qc', 'quang-cao', 'quangcao', 'popup', 'modal', 'search', 'login',
    'weather', 'marquee', 'slider', 'carousel', 'multimedia', 'video', 'bao-in', 'baoin', 'rating', 'ratings', 'vote', 'poll',
    'hotline', 'copyright',
  ];
  it.each(CHROME_WORDS)('leaves out a block whose class or id is "%s", alone or between other words', (word) => {
    expect(texts(`<div class="${word}">Rác</div><div id="box_${word}">Rác</div><div class="x ${word}-2 y">Rác</div><p>Bài.</p>`)).toEqual(['Bài.']);
    expect(texts(`<div class="${word}x">Giữ</div>`)).toEqual(['Giữ']);
    expect(texts(`<div class="x${word}">Giữ</div>`)).toEqual(['Giữ']);
  });

  const DROPPED = ['script', 'style', 'noscript', 'iframe', 'button', 'select', 'textarea', 'svg', 'nav', 'footer', 'aside', 'object', 'video', 'audio', 'canvas', 'map'];
  it.each(DROPPED)('leaves out what a <%s> holds, in the body and in titles', (tag) => {
    expect(texts(`<p>Trước</p><${tag}>Rác</${tag}><p>Sau</p>`)).toEqual(['Trước', 'Sau']);
    expect(texts(`<h2>Tiêu đề<${tag}>Rác</${tag}></h2>`)).toEqual(['Tiêu đề']);
  });
  it('leaves out inputs, embeds and templates, which hold no text of the story', () => {
    expect(texts('<p>A<input value="Rác"><embed src="x.swf">B</p><template><p>Rác</p></template>')).toEqual(['AB']);
  });

  const BLOCKS = ['p', 'div', 'section', 'article', 'main', 'header', 'li', 'dt', 'dd', 'blockquote', 'figure', 'figcaption', 'center', 'address', 'pre', 'fieldset'];
  it.each(BLOCKS)('ends a block at <%s>', (tag) => {
    expect(texts(`<div>Một<${tag}>Hai</${tag}>Ba</div>`)).toEqual(['Một', 'Hai', 'Ba']);
  });
  it('ends blocks at table cells, rows and list ends, and at a rule', () => {
    expect(texts('<table><caption>Bảng</caption><tr><td>Ô</td></tr></table>')).toEqual(['Bảng', 'Ô']);
    expect(texts('<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>C</td></tr></tbody><tfoot><tr><td>D</td></tr></tfoot></table>')).toEqual(['A', 'B', 'C', 'D']);
    expect(texts('<div>Một<ul><li>Hai</li></ul>Ba<ol><li>Bốn</li></ol>Năm<dl><dt>Sáu</dt></dl>Bảy<hr>Tám</div>')).toEqual(['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám']);
    expect(texts('<span>Một</span><span>Hai</span>')).toEqual(['MộtHai']);
  });

  it('leaves out elements with role navigation, banner or contentinfo, and keeps other roles', () => {
    expect(texts('<div role="navigation">A</div><div role="banner">B</div><div role="contentinfo">C</div><div role="main">Giữ</div>')).toEqual(['Giữ']);
  });
  it('leaves out a style of display: none in any spacing, and keeps other styles', () => {
    expect(texts('<div style="color:red; display : none">A</div><div style="display:block">Giữ</div>')).toEqual(['Giữ']);
  });
  it('keeps a form of 500 characters or more (a page-wide form) and drops a shorter one', () => {
    const long = 'x'.repeat(500);
    expect(texts(`<form><p>${long}</p></form>`)).toEqual([long]);
    expect(texts(`<form><p>${'x'.repeat(499)}</p></form><p>Bài</p>`)).toEqual(['Bài']);
  });
  it('never takes the page-wide elements for chrome, whatever their class', () => {
    for (const tag of ['main', 'article']) expect(texts(`<${tag} class="has-sidebar tag-share"><p>Bài</p></${tag}>`)).toEqual(['Bài']);
    expect(texts('<html><body class="has-sidebar menu"><p>Bài</p></body></html>')).toEqual(['Bài']);
    expect(texts('<section class="has-sidebar"><p>Rác</p></section><p>Bài</p>')).toEqual(['Bài']);
  });

  it('marks a block caption-like by each caption class and centring', () => {
    for (const mark of ['class="caption"', 'class="chu-thich"', 'class="chuthich"', 'class="image-desc"', 'class="imgdesc"', 'class="img-desc"', 'class="photo-desc"', 'class="text-center"', 'class="textcenter"', 'style="text-align: center"', 'align="center"']) {
      expect(blocksFromHtml(`<p ${mark}>Chú thích</p>`).blocks[0]).toMatchObject({ text: 'Chú thích', captionLike: true });
    }
    expect(blocksFromHtml('<center>Giữa</center>').blocks[0]).toMatchObject({ captionLike: true });
    expect(blocksFromHtml('<p class="content">Thường</p>').blocks[0].captionLike).toBeUndefined();
  });
  it('marks a block right-aligned by each mark portals use for the signature', () => {
    for (const mark of ['style="text-align:right"', 'align="right"', 'class="text-right"', 'class="textright"', 'class="author"', 'class="tac-gia"', 'class="tacgia"']) {
      expect(blocksFromHtml(`<p ${mark}>Tác giả</p>`).blocks[0]).toMatchObject({ right: true });
    }
    expect(blocksFromHtml('<div align="right"><p>Trong</p></div><p>Ngoài</p>').blocks.map((b) => Boolean(b.right))).toEqual([true, false]);
  });
  it('reads italic and bold from tags and inline styles, and only when the whole block is', () => {
    const marks = (html: string) => blocksFromHtml(html).blocks.map((b) => [Boolean(b.captionLike), Boolean(b.bold)]);
    expect(marks('<p><i>Nghiêng</i></p><p><span style="font-style: italic">Nghiêng</span></p><p><b>Đậm</b></p><p><span style="font-weight:700">Đậm</span></p><p><span style="font-weight: bold">Đậm</span></p>')).toEqual([
      [true, false], [true, false], [false, true], [false, true], [false, true],
    ]);
    expect(marks('<p><span style="font-weight:500">Thường</span></p><p><b>Đậm</b> và thường</p><p><em>Nghiêng</em> và thường</p>')).toEqual([[false, false], [false, false], [false, false]]);
  });
  it('leaves out each kind of button and icon image, and keeps photos', () => {
    const icons = ['logo', 'icon', 'banner', 'spacer', 'blank', 'pixel', 'button', 'btn', 'bullet', 'arrow', 'share', 'facebook', 'zalo', 'twitter', 'print', 'email', 'rss'];
    const html = icons.map((name) => `<img src="/images/${name}.png">`).join('') + '<img src="/up/hoi-nghi.jpg" title="Hội nghị">';
    expect(blocksFromHtml(html).blocks).toEqual([{ kind: 'image', text: '', src: '/up/hoi-nghi.jpg', alt: 'Hội nghị', linkShare: 0 }]);
    expect(blocksFromHtml('<img data-original="/up/a.jpg" src="/up/placeholder.gif">').blocks[0].src).toBe('/up/a.jpg');
    expect(blocksFromHtml('<img>').blocks).toEqual([]);
  });
  it('gives a heading its level, its link share, and the photos inside it', () => {
    const { blocks } = blocksFromHtml('<h3><a href="/x">Tin</a> mới <img src="/up/a.jpg"></h3><h6>Nhỏ</h6><h2> </h2>');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Tin mới', level: 3, linkShare: 3 / 7 },
      { kind: 'image', text: '', src: '/up/a.jpg', alt: '', linkShare: 0 },
      { kind: 'heading', text: 'Nhỏ', level: 6, linkShare: 0 },
    ]);
  });
  it('reads each kind of publication-time metadata, the first one winning, and <time datetime>', () => {
    for (const key of ['property="article:published_time"', 'itemprop="datePublished"', 'name="pubdate"', 'name="publishdate"', 'name="date"']) {
      expect(blocksFromHtml(`<head><meta ${key} content="2023-03-12"></head>`).metaDate).toBe('2023-03-12');
    }
    expect(blocksFromHtml('<head><meta name="description" content="2023"></head>').metaDate).toBeUndefined();
    expect(blocksFromHtml('<head><meta name="date" content="2023-01-01"><meta name="pubdate" content="2024-01-01"></head>').metaDate).toBe('2023-01-01');
    expect(blocksFromHtml('<p><time datetime="2023-03-12T08:15">12/3</time></p>').metaDate).toBe('2023-03-12T08:15');
    expect(blocksFromHtml('<head><meta name="twitter:title" content="Tiêu đề X"></head>').metaTitle).toBe('Tiêu đề X');
    expect(blocksFromHtml('<p>Không có</p>')).toEqual({ blocks: [{ kind: 'text', text: 'Không có', linkShare: 0 }], metaTitle: undefined });
  });
});

describe('blocksFromText: photo placeholders and credits', () => {
  it.each([
    ['[Ảnh]', { src: '', alt: '' }],
    ['[Hình ảnh: Hội nghị sơ kết]', { src: '', alt: 'Hội nghị sơ kết' }],
    ['(ảnh 2)', { src: '', alt: '' }],
    ['<image>', { src: '', alt: '' }],
    ['{photo: hoi-nghi.jpg}', { src: 'hoi-nghi.jpg', alt: '' }],
    ['[Hình: trao-qua.PNG]', { src: 'trao-qua.PNG', alt: '' }],
    ['IMG_0123.jpeg', { src: 'IMG_0123.jpeg', alt: '' }],
    ['anh%201.webp', { src: 'anh%201.webp', alt: '' }],
  ])('reads "%s" as a photo', (line, image) => {
    expect(blocksFromText(line).blocks).toEqual([{ kind: 'image', text: '', linkShare: 0, ...image }]);
  });
  it('keeps "(Ảnh: Văn Quang)" and sentences about photos as text', () => {
    expect(blocksFromText('(Ảnh: Văn Quang)\n(ẢNH: Lê Minh Tuấn)\nẢnh hội nghị được chụp sáng nay.').blocks.map((b) => b.kind)).toEqual(['text', 'text', 'text']);
  });
  it('reads Markdown headings of each level and splits on Windows line ends', () => {
    expect(blocksFromText('# Một\r\n###### Sáu\r\n####### Bảy').blocks).toEqual([
      { kind: 'heading', text: 'Một', level: 1, linkShare: 0 },
      { kind: 'heading', text: 'Sáu', level: 6, linkShare: 0 },
      { kind: 'text', text: '####### Bảy', linkShare: 0 },
    ]);
  });
});

describe('page-blocks at the edges of its patterns', () => {
  it('tells a saved page from copied text by how it starts, and by closing tags early in the file', () => {
    expect(looksLikeHtml('\n  <div class="x">')).toBe(true);
    expect(looksLikeHtml('<p>Đoạn')).toBe(true);
    expect(looksLikeHtml('<p class="x">Đoạn')).toBe(true);
    expect(looksLikeHtml('<pre>mã')).toBe(false);
    expect(looksLikeHtml('Xem <html> trong câu')).toBe(false);
    expect(looksLikeHtml(`${'chữ '.repeat(5_000)}</p>`)).toBe(false);
    expect(looksLikeHtml(`chữ</p>${'chữ '.repeat(5_000)}`)).toBe(true);
  });
  it('takes a photo name from a Liferay address whose last part only looks like an image', () => {
    expect(imageFileName('/documents/20182/0/tang-qua.jpg/2f0c.jpgx?t=1')).toBe('tang-qua.jpg');
  });
  it('reads a placeholder naming a file with a tail as a description, not a file', () => {
    expect(blocksFromText('[Ảnh: a.jpg.txt]').blocks).toEqual([{ kind: 'image', text: '', src: '', alt: 'a.jpg.txt', linkShare: 0 }]);
  });
  it('reads photo credits however the colon is spaced', () => {
    for (const line of ['(Ảnh:Văn Quang)', '( Ảnh: Văn Quang)', '(Ảnh : Văn Quang)']) expect(blocksFromText(line).blocks[0].kind).toBe('text');
  });
  it('reads a placeholder only as the whole line, with spaces inside its brackets and before its colon', () => {
    expect(blocksFromText('Xem [ảnh] bên dưới').blocks[0].kind).toBe('text');
    expect(blocksFromText('[ ảnh ]').blocks[0].kind).toBe('image');
    expect(blocksFromText('[Ảnh 2 : Hội nghị]').blocks[0]).toMatchObject({ kind: 'image', alt: 'Hội nghị' });
  });
  it('takes only h1–h6 for headings, not elements whose names merely contain them', () => {
    expect(blocksFromHtml('<h1x>Một</h1x><xh2>Hai</xh2>').blocks.map((b) => b.kind)).toEqual(['text']);
  });
  it('keeps a photo whose address has "data:" inside it', () => {
    expect(blocksFromHtml('<img src="/up/metadata:1.jpg">').blocks[0].src).toBe('/up/metadata:1.jpg');
    expect(blocksFromHtml('<img data-src="/up/metadata:2.jpg" src="/x.gif">').blocks[0].src).toBe('/up/metadata:2.jpg');
  });
  it('reads only the exact title keys and keys ending in a date', () => {
    expect(blocksFromHtml('<head><meta property="og:title_alt" content="Sai"><meta property="fb:og:title" content="Sai"><title>Đúng</title></head>').metaTitle).toBe('Đúng');
    expect(blocksFromHtml('<head><meta itemprop="dateModified" content="2024-01-01"></head>').metaDate).toBeUndefined();
    expect(blocksFromHtml('<p><del datetime="2020-01-01">cũ</del></p>').metaDate).toBeUndefined();
  });
  it('does not let an inline element restyle its paragraph or the next one', () => {
    const { blocks } = blocksFromHtml('<p>Đoạn <span class="caption author">chữ</span> dài</p><p>Thường</p>');
    expect(blocks.map((b) => [Boolean(b.captionLike), Boolean(b.right)])).toEqual([[false, false], [false, false]]);
  });
  it('reads italic, bold, caption and right marks with spaces around the colon', () => {
    const marks = (html: string) => blocksFromHtml(html).blocks.map((b) => [Boolean(b.captionLike), Boolean(b.bold), Boolean(b.right)]);
    expect(marks('<p><span style="font-style : italic">A</span></p><p><span style="font-style:italic">B</span></p><p><span style="font-weight : bold">C</span></p>')).toEqual([[true, false, false], [true, false, false], [false, true, false]]);
    expect(marks('<p style="text-align : center">D</p><p class="photodesc">E</p><p class="imagedesc">F</p><p class="chuthich">G</p><p style="text-align : right">H</p>')).toEqual([
      [true, false, false], [true, false, false], [true, false, false], [true, false, false], [false, false, true],
    ]);
  });
  it('keeps a photo nested inside a heading, and joins a heading broken by <br> with a space', () => {
    const { blocks } = blocksFromHtml('<h2><span><img src="/up/b.jpg"></span> Tiêu đề</h2><h3>Một<br>Hai</h3>');
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Tiêu đề', level: 2, linkShare: 0 },
      { kind: 'image', text: '', src: '/up/b.jpg', alt: '', linkShare: 0 },
      { kind: 'heading', text: 'Một Hai', level: 3, linkShare: 0 },
    ]);
  });
  it('ends the text before a photo in the middle of a paragraph', () => {
    expect(texts('<p>Trước<img src="/up/a.jpg">Sau</p>')).toEqual(['Trước', '[/up/a.jpg]', 'Sau']);
  });
  it('never takes <html> for chrome, whatever its class', () => {
    expect(texts('<html class="menu"><body><p>Bài</p></body></html>')).toEqual(['Bài']);
  });
});

describe('blocksFromText: lines broken in the middle of a sentence', () => {
  it('joins a line starting in lower case to a line without closing punctuation', () => {
    const { blocks } = blocksFromText('Trong 5 ngày, lực lượng đã đóng góp 1.500 ngày công, phát quang\nvà làm mới 2 km đường giao thông.\nĐoạn mới bắt đầu ở đây.');
    expect(blocks.map((b) => b.text)).toEqual(['Trong 5 ngày, lực lượng đã đóng góp 1.500 ngày công, phát quang và làm mới 2 km đường giao thông.', 'Đoạn mới bắt đầu ở đây.']);
  });
  it('joins a title broken over two lines', () => {
    expect(blocksFromText('Krông Pắc: Ban CHQS huyện ra quân giúp dân\nxây dựng nông thôn mới').blocks.map((b) => b.text)).toEqual(['Krông Pắc: Ban CHQS huyện ra quân giúp dân xây dựng nông thôn mới']);
  });
  it('joins a capitalised line to a long line ending on a comma or a word no sentence ends on', () => {
    expect(continuesLine('Sáng 10/10, Ban Chỉ huy Quân sự huyện Krông Pắc phối hợp với', 'Huyện đoàn tổ chức lễ ra quân')).toBe(true);
    expect(continuesLine('Sáng 10/10, Ban Chỉ huy Quân sự huyện Krông Pắc, Huyện đoàn,', 'Hội CCB tổ chức lễ ra quân')).toBe(true);
    expect(continuesLine('Sáng 10/10, Ban Chỉ huy Quân sự huyện Krông Pắc và', '12 đoàn viên')).toBe(true);
    for (const word of ['với', 'và', 'của', 'cho', 'các', 'tại', 'ở', 'là', 'có', 'được', 'đã', 'từ', 'đến', 'trên', 'trong', 'theo', 'về', 'để', 'những', 'nhằm', 'như', 'hoặc', 'hay', 'cùng', 'bị', 'do', 'khi', 'nhưng', 'mà', 'thì', 'gồm', 'sự']) {
      expect(continuesLine(`Một hai ba bốn năm sáu bảy ${word}`, 'Tám'), word).toBe(true);
    }
  });
  it('keeps a capitalised line apart after a short line, a line ending on another word, or closing punctuation', () => {
    // Seven words: a menu item or a crosshead, not a wrapped sentence.
    expect(continuesLine('Một hai ba bốn năm sáu với', 'Tám')).toBe(false);
    expect(continuesLine('Một hai ba bốn năm sáu bảy tám', 'Chín')).toBe(false);
    expect(continuesLine('Một hai ba bốn năm sáu bảy vớix', 'Chín')).toBe(false);
    expect(continuesLine('Một hai ba bốn năm sáu bảy xvới', 'Chín')).toBe(false);
    expect(continuesLine('Một hai ba bốn năm sáu bảy với', '(Chín)')).toBe(false);
    expect(continuesLine('Một hai ba bốn năm sáu bảy với', '- Chín')).toBe(false);
    for (const end of ['.', '!', '?', '…', ':', ';', '"', '”', '»', ')', ']']) {
      expect(continuesLine(`Câu đã xong${end}`, 'và câu sau'), end).toBe(false);
    }
  });
  it('never joins a heading or a photo placeholder', () => {
    expect(blocksFromText('Một hai ba\n## tiêu đề phụ\n[Ảnh]\nchú thích').blocks.map((b) => b.kind)).toEqual(['text', 'heading', 'image', 'text']);
  });
});
