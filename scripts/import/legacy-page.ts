/**
 * Reads the article out of an old portal page's blocks: the title, the publication date line,
 * the view count, the story's paragraphs, crossheads and photos with their captions, and the
 * signature at the end — leaving out the site's chrome that the page's words give away (menus,
 * "Thống kê truy cập", "Ý kiến bạn đọc", "Tin liên quan", share bars, "Multimedia / Đọc báo in").
 * Pure.
 */
import type { Block, PageBlocks } from './page-blocks.ts';
import { eventDateInText, isDateLine, likelyYear, readLegacyDate, type LegacyDate } from './legacy-dates.ts';

export type BodyPart =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'photo'; src: string; alt: string; caption: string };

export interface LegacyPage {
  title?: string;
  date?: LegacyDate;
  /** Where the date came from: the page's date line, its metadata, or the story's first lines. */
  dateFrom?: 'page' | 'meta' | 'story';
  views?: number;
  author?: string;
  source?: string;
  /** The lead (sapo): the first paragraph, without its dateline. */
  lead?: string;
  /** The place or newsroom tag the lead began with: "ĐẮK LẮK", "(HL)". */
  dateline?: string;
  body: BodyPart[];
}

/** A line that starts the page's chrome after the story: everything from it on is left out. */
const CHROME_SECTION =
  /^(?:tin (?:liên quan|cùng chuyên mục|cùng loại|khác|mới(?: nhất| hơn)?|đã đưa|xem nhiều(?: nhất)?|nổi bật|đọc nhiều(?: nhất)?|cũ hơn)|các tin (?:khác|đã đưa|liên quan|cũ hơn|mới hơn|cùng chuyên mục)|bài (?:viết )?(?:liên quan|khác|cùng chuyên mục)|xem thêm|đọc thêm|ý kiến bạn đọc|ý kiến của bạn|gửi ý kiến(?: của bạn)?|bình luận|gửi bình luận|viết bình luận|thống kê truy cập|lượt truy cập|liên kết(?: website)?|thư viện (?:ảnh|video)|tags?\s*[:：]|từ khóa\s*[:：]|chủ đề\s*[:：]|chia sẻ(?: bài viết| lên| qua)?\s*(?:[:：].*)?$|bản quyền|copyright|©|(?:cùng chuyên mục|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|có thể bạn quan tâm|bạn có thể quan tâm)\s*$)/iu;

/**
 * A line of the chrome wherever it stands: menu items, share buttons, counters, tools. Not
 * "Bình luận" or "Xem thêm": below the story they head the comments and the related news, and
 * must end the story (CHROME_SECTION) rather than vanish and let what follows in.
 */
const CHROME_LINE =
  /^(?:cỡ chữ\b.*|trang chủ|giới thiệu|liên hệ|sơ đồ (?:cổng|trang|site)|đăng nhập|đăng ký|tìm kiếm|multimedia|đọc báo in|báo in|video|podcast|e-?magazine|infographics?|rss|in bài(?: viết)?|bản in|gửi (?:bài|email|mail|cho bạn bè)|chia sẻ|share|tweet|thích|like|zalo|facebook|email|in|quay lại|trở về|về đầu trang|lên đầu trang|đầu trang|cỡ chữ|a\s*[+-]|[+-]?\s*a|lưu bài|góp ý|phản hồi|xem tiếp|đọc tiếp|tin tức|tin tức - sự kiện|tin tức sự kiện|thông báo|văn bản|danh mục|chuyên mục)$/iu;

/** "Đang truy cập: 40", "Hôm nay: 557", "Tuần này: 11 611", "Tổng lượt truy cập: 3 898 151". */
const COUNTER_LINE =
  /^(?:đang (?:truy cập|online|trực tuyến)|online|trực tuyến|hôm nay|hôm qua|tuần này|tuần trước|tháng này|tháng trước|năm nay|tất cả|tổng(?: số)?(?: lượt)?(?: truy cập)?|lượt truy cập|số lượt truy cập|khách|thành viên)\s*[:：-]?\s*[\d.,\s]*$/iu;

const VIEWS = /(?:(?:số )?(?:lượt|lần) (?:xem|đọc|truy cập)|đã xem|views?)\s*[:：]?\s*(\d[\d.,\s]*)|(\d[\d.,]*)\s*(?:lượt|lần) (?:xem|đọc)/iu;

/** A rank before a soldier's name in a military portal's signature: "Thượng úy Nguyễn Đức Hải" (the name's own shape is checked after). */
const MILITARY_RANK = /^(?:(?:thiếu|trung|thượng|đại|chuẩn)\s+(?:úy|uý|tá|tướng)|binh\s+(?:nhì|nhất)|(?:hạ|trung|thượng)\s+sĩ)\s+/iu;

/** A reporter's byline without a name: "PV", "(CTV)", "Nhóm PV", "PV - CTV". */
const NEWSROOM_SIGNATURE = /^\(?((?:nhóm\s+)?(?:pv|ctv|btv)(?:\s*[-–,]\s*(?:pv|ctv|btv))?)\)?$/iu;

/** "Thực hiện: …", "Tin, ảnh: …", "Bài và ảnh: …", "Tác giả: …", "PV: …". */
const SIGNATURE = /^(?:thực hiện|tin(?:,| và)? ảnh|tin|bài(?:,| và)? ảnh|bài|ảnh|tác giả|nhóm (?:phóng viên|pv)|phóng viên|pv|ctv|người viết)\s*[:：]\s*(.+)$/iu;
/**
 * "Nguồn: Báo Quảng Trị", "Theo: …", and without the colon "Theo Báo Quảng Trị", "Theo
 * baoquangtri.vn": a capital or a web address after "Theo", no sentence punctuation, up to eight
 * words (not "Theo kế hoạch, …", a sentence of the story).
 */
const LABELLED_SOURCE = /^(?:nguồn|theo)\s*[:：]\s*(.+)$/iu;
const NAMED_SOURCE = /^[Tt]heo\s+(\p{Lu}[^,.;:!?]*|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))$/u;
function sourceOf(text: string): string | undefined {
  const labelled = LABELLED_SOURCE.exec(text)?.[1].trim();
  if (labelled) return labelled;
  const named = NAMED_SOURCE.exec(text)?.[1].trim();
  return named && words(named) <= 8 ? named : undefined;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An"; a name already in proper case is kept as written. */
export function properCaseName(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (!letters || letters !== letters.toLocaleUpperCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .replace(/(^|[\s(\-–/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'));
}

/** Words that begin an organisation's name, not a person's: "Minh Đức - Ban Dân vận Tỉnh ủy". */
const ORGANISATION_WORD = /^(?:ban|hội|trung|báo|đài|cổng|phòng|sở|ủy|uỷ|ubnd|bộ|đoàn|đảng|văn|công|đồn|trường|huyện|tỉnh|xã|thành|thị|phường|bch|chqs|bchqs|mttq|ttvh|vh)/iu;

const isPersonName = (words: readonly string[]) =>
  words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w) || /^\p{Lu}+$/u.test(w)) && !ORGANISATION_WORD.test(words[0]);

/**
 * A bare name line: two to six capitalised words, no digits, no sentence punctuation, maybe
 * followed by its organisation ("Minh Đức - Ban Dân vận Tỉnh ủy", "Hồng Nhung (TTVH-TT)"), by
 * a second author ("Quang Hiếu - Thanh Tùng") or by the photographer ("Bài: … - Ảnh: …").
 */
export function readSignature(line: string): { author: string; source?: string } | undefined {
  const text = line.trim().replace(/[.;]$/, '');
  // Papers sign unnamed reports "PV", "CTV", "Nhóm PV": the byline as printed.
  const newsroom = NEWSROOM_SIGNATURE.exec(text);
  if (newsroom) return { author: newsroom[1] };
  const labelled = SIGNATURE.exec(text);
  // "Bài: Nguyễn Văn An - Ảnh: Trần Bình", "Tin: Lê Hoa; ảnh: Minh Đức": the writer signs.
  const body = (labelled ? labelled[1].trim() : text).replace(/\s*(?:[-–—;,]|\s)\s*ảnh\s*[:：].*$/iu, '');
  const split = /^(.+?)\s*(?:\(([^)]+)\)|\s[-–—]\s(.+))$/u.exec(body.replace(MILITARY_RANK, ''));
  const name = (split ? split[1] : body.replace(MILITARY_RANK, '')).trim();
  let source = split ? (split[2] ?? split[3])?.trim() : undefined;
  const nameWords = name.split(/\s+/);
  const isName =
    nameWords.length >= 1 &&
    nameWords.length <= 6 &&
    !/\d/.test(name) &&
    !/[.,:;!?"“”]/.test(name) &&
    nameWords.every((w) => /^\p{Lu}/u.test(w)) &&
    // "Theo Báo Quảng Trị" names the source, not an author.
    !/^(?:theo|nguồn)$/iu.test(nameWords[0]);
  if (!isName || (!labelled && nameWords.length < 2)) return undefined;
  let author = properCaseName(name);
  // A second name after the dash is a co-author; "(tổng hợp)", "(lược dịch)" say how, not where from.
  if (split?.[3] && isPersonName(source!.split(/\s+/))) {
    author = `${author}, ${properCaseName(source!)}`;
    source = undefined;
  }
  if (source && source === source.toLocaleLowerCase('vi')) source = undefined;
  return { author, ...(source && { source }) };
}

function isChromeText(text: string): boolean {
  return (
    CHROME_LINE.test(text) ||
    COUNTER_LINE.test(text) ||
    /^(?:[|•·»>\-–]\s*)+$/.test(text) ||
    // A breadcrumb ("Trang chủ » Quốc phòng - An ninh", "Tin tức > Quốc phòng") or the site's own name in its header.
    (/[»›>]/.test(text) && words(text) <= 15) ||
    // A menu copied as text runs its items together: "Trang chủGiới thiệuTin tức". Short: a story
    // paragraph whose CMS dropped the spaces between two tags stays.
    ((text.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2 && words(text) <= 20) ||
    /^(?:cổng|trang) thông tin(?: điện tử)?\s/iu.test(text)
  );
}

function readViews(text: string): number | undefined {
  const match = VIEWS.exec(text);
  const digits = (match?.[1] ?? match?.[2])?.replace(/[.,\s]/g, '');
  return digits ? Number(digits) : undefined;
}

export function readLegacyPage(page: PageBlocks): LegacyPage {
  const blocks = page.blocks.filter((b) => b.kind === 'image' || !isChromeText(b.text));
  const pageYear = likelyYear(blocks.map((b) => b.text).join(' '));

  // The date line: the first short line that is mostly a date. The title is the heading (or
  // long enough line) just before it; pages whose date stands above the title are read too.
  // A header's "today" stands above the article's own date line: of the date lines before the
  // story's first paragraph, the last one is the article's.
  const firstProse = blocks.findIndex((b) => b.kind === 'text' && words(b.text) >= 20 && b.linkShare < 0.5);
  const dateLines = blocks.flatMap((b, i) => (b.kind !== 'image' && isDateLine(b.text) ? [i] : []));
  const dateIndex = dateLines.filter((i) => i < firstProse).at(-1) ?? dateLines[0] ?? -1;
  const titleIndex = findTitle(blocks, dateIndex, page.metaTitle);
  const title = titleIndex >= 0 ? blocks[titleIndex].text : page.metaTitle ? stripSiteName(page.metaTitle) : undefined;

  let date: LegacyDate | undefined;
  let dateFrom: LegacyPage['dateFrom'];
  if (dateIndex >= 0) {
    date = readLegacyDate(blocks[dateIndex].text.replace(VIEWS, ' '), pageYear);
    dateFrom = 'page';
  }
  const metaDate = page.metaDate ? readLegacyDate(page.metaDate, pageYear) : undefined;
  if (!date && metaDate) {
    date = metaDate;
    dateFrom = 'meta';
  }
  // "Ngày đăng: 12/03/2023" beside <time datetime="2023-03-12T08:15…">: the same day, with its time.
  if (date && !date.time && metaDate?.time && sameDay(date, metaDate)) date = { ...date, time: metaDate.time };

  let views: number | undefined;
  let author: string | undefined, source: string | undefined;
  // The story starts after the title, or after a date line just below it; some portals print
  // the date at the bottom, beside the signature.
  const dateJustBelow = dateIndex > titleIndex && dateIndex - titleIndex <= 4;
  const start = titleIndex < 0 ? dateIndex + 1 : dateJustBelow || dateIndex < titleIndex ? Math.max(titleIndex, dateIndex) + 1 : titleIndex + 1;
  const story: Block[] = [];
  const hasProse = () => story.some((b) => b.kind === 'text' && words(b.text) >= 12);
  for (const [i, block] of blocks.entries()) {
    if (i < start && i !== dateIndex) {
      views ??= block.kind === 'text' ? readViews(block.text) : undefined;
      continue;
    }
    if (i === dateIndex) {
      views ??= readViews(block.text);
      continue;
    }
    if (block.kind !== 'image' && (CHROME_SECTION.test(block.text) || (block.kind === 'heading' && story.length > 0 && block.linkShare > 0.5))) {
      // The story has begun: this is the chrome below it. Before, chrome of a side column.
      if (story.some((b) => b.kind === 'text' && words(b.text) >= 12)) break;
      continue;
    }
    if (block.kind === 'text' && readViews(block.text) !== undefined && words(block.text) <= 6) {
      views ??= readViews(block.text);
      continue;
    }
    // Menus and lists of links to other stories are nearly all link text.
    if (block.kind !== 'image' && block.linkShare > 0.6) continue;
    if (block.kind === 'text' && isDateLine(block.text) && words(block.text) <= 10) {
      views ??= readViews(block.text);
      continue;
    }
    if (block.kind === 'text' && !hasProse()) {
      // Above the lead: "Tác giả: …" or "Nguồn: …" lines, and short labels (the section's name).
      const labelled = SIGNATURE.test(block.text) ? readSignature(block.text) : undefined;
      if (labelled) {
        author ??= labelled.author;
        source ??= labelled.source;
        continue;
      }
      const sourceLine = sourceOf(block.text);
      if (sourceLine && words(block.text) <= 15) {
        source ??= sourceLine;
        continue;
      }
      if (words(block.text) < 6 && !/[.!?…]$/.test(block.text)) continue;
    }
    story.push(block);
  }

  // The signature: the last short lines of the story.
  while (story.length > 0) {
    const last = story[story.length - 1];
    if (last.kind === 'image') break;
    const sourceMatch = sourceOf(last.text);
    if (sourceMatch && words(last.text) <= 15) {
      source ??= sourceMatch;
      story.pop();
      continue;
    }
    // The newsroom in brackets on its own line under the name: "Phạm Thu Trang" / "(Trung tâm VH-TT huyện)".
    const bracketed = /^\(([^()]+)\)$/u.exec(last.text);
    const above = story[story.length - 2];
    const signatureAbove = bracketed && !author && above?.kind === 'text' && words(above.text) <= 12 ? readSignature(above.text) : undefined;
    if (signatureAbove && words(last.text) <= 12) {
      author = signatureAbove.author;
      source ??= bracketed![1].trim();
      story.splice(-2);
      continue;
    }
    const signature = words(last.text) <= 12 ? readSignature(last.text) : undefined;
    if (signature && !author) {
      author = signature.author;
      source ??= signature.source;
      story.pop();
      continue;
    }
    break;
  }

  const body = toParts(story);
  const firstParagraph = body.findIndex((p) => p.kind === 'paragraph');
  let lead: string | undefined, dateline: string | undefined;
  if (firstParagraph >= 0) {
    const first = (body[firstParagraph] as { text: string }).text;
    lead = stripDateline(first);
    if (lead !== first) dateline = first.slice(0, first.length - lead.length).replace(/[\s()–—-]+$/u, '').replace(/^\(/, '');
    body.splice(firstParagraph, 1);
  }
  // A year left out is the story's own year, not the footer's "© 2024" or a related story's.
  const storyYear = likelyYear([title ?? '', ...story.map((b) => b.text)].join(' ')) ?? pageYear;
  if (date?.yearGuessed && dateIndex >= 0) date = readLegacyDate(blocks[dateIndex].text.replace(VIEWS, ' '), storyYear);
  if (!date && lead) {
    date = eventDateInText(lead, storyYear);
    if (date) dateFrom = 'story';
  }
  return {
    ...(title && { title }),
    ...(date && { date, dateFrom }),
    ...(views !== undefined && { views }),
    ...(author && { author }),
    ...(source && { source }),
    ...(lead && { lead }),
    ...(dateline && { dateline }),
    body,
  };
}

const sameDay = (a: LegacyDate, b: LegacyDate) => a.year === b.year && a.month === b.month && a.day === b.day;

function findTitle(blocks: Block[], dateIndex: number, metaTitle?: string): number {
  const meta = metaTitle ? normaliseTitle(stripSiteName(metaTitle)) : undefined;
  if (meta) {
    const same = blocks.findIndex((b) => b.kind !== 'image' && normaliseTitle(b.text) === meta);
    if (same >= 0) return same;
  }
  // A heading just above the date line is the title, whatever its level ("<h2 class=title>").
  for (let i = dateIndex - 1; i >= Math.max(0, dateIndex - 4); i--) {
    const b = blocks[i];
    if (b.kind === 'heading' && words(b.text) >= 4 && b.linkShare < 0.5) return i;
  }
  const h1 = blocks.findIndex((b) => b.kind === 'heading' && b.level === 1 && words(b.text) >= 4 && b.linkShare < 0.5);
  if (h1 >= 0) return h1;
  if (dateIndex > 0) {
    for (let i = dateIndex - 1; i >= Math.max(0, dateIndex - 4); i--) {
      const b = blocks[i];
      if (b.kind !== 'image' && words(b.text) >= 4 && !/[.:]$/.test(b.text) && b.text.length <= 250) return i;
    }
  }
  // The first heading of some length, else the headline-like line just above the first paragraph.
  const heading = blocks.findIndex((b) => b.kind === 'heading' && words(b.text) >= 4 && b.linkShare < 0.5);
  if (heading >= 0) return heading;
  const firstProse = blocks.findIndex((b) => b.kind === 'text' && words(b.text) >= 20 && b.linkShare < 0.5);
  for (let i = firstProse - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b.kind === 'text' && words(b.text) >= 4 && words(b.text) <= 35 && !/[.:]$/.test(b.text) && b.linkShare < 0.5) return i;
  }
  return -1;
}

const normaliseTitle = (text: string) => text.toLocaleLowerCase('vi').replace(/[^\p{L}\d]+/gu, ' ').trim();

/** "Hội nghị sơ kết - Cổng TTĐT huyện Hải Lăng" → "Hội nghị sơ kết". */
export function stripSiteName(title: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  return parts.length > 1 ? parts.slice(0, -1).join(' - ') : title;
}

/** "(QT) - Sáng 29/7, …", "QTO - Sáng 29/7…": the newsroom's tag before the lead. */
export function stripDateline(text: string): string {
  return text.replace(/^\(?\p{Lu}[\p{Lu}\d .&-]{1,24}?\)?\s*[-–—]\s+(?=\p{Lu})/u, '');
}

/** Photos take the caption line(s) after them; crossheads become headings. */
function toParts(story: Block[]): BodyPart[] {
  const parts: BodyPart[] = [];
  for (let i = 0; i < story.length; i++) {
    const block = story[i];
    if (block.kind === 'image') {
      const captions: string[] = [];
      while (i + 1 < story.length && isCaption(story[i + 1], captions.length)) captions.push(story[++i].text);
      parts.push({ kind: 'photo', src: block.src ?? '', alt: block.alt ?? '', caption: captions.join(' ') });
      continue;
    }
    // A short line without a full stop between paragraphs is a crosshead, bold or not (copied text loses the bold).
    const crosshead = words(block.text) <= 12 && !/[.:;,!?…]$/.test(block.text) && parts.length > 0 && story[i + 1]?.kind === 'text';
    // A "heading" that is a sentence is a lead styled big ("<h2 class=sapo>"), not a crosshead.
    const sentence = words(block.text) > 25 || /[.!?…]$/.test(block.text);
    if ((block.kind === 'heading' && !sentence) || (block.bold && words(block.text) <= 20 && !/[.:]$/.test(block.text) && parts.length > 0) || crosshead) {
      parts.push({ kind: 'heading', text: block.text });
      continue;
    }
    parts.push({ kind: 'paragraph', text: block.text });
  }
  return parts;
}

/** The line after a photo is its caption when styled like one, or short; a second only if styled, or a credit. */
function isCaption(block: Block, taken: number): boolean {
  if (block.kind !== 'text') return false;
  if (taken === 0) return Boolean(block.captionLike) || words(block.text) <= 30 || /\(\s*ảnh\s*[:：]/iu.test(block.text);
  return (Boolean(block.captionLike) && words(block.text) <= 30) || /^\(?\s*ảnh\s*[:：][^.]{0,60}\)?$/iu.test(block.text);
}

