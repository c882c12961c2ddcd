/**
 * A saved page as a list of blocks in reading order: headings, lines of text, images. Both
 * forms staff bring end up here — HTML saved from the browser (parsed with parse5, the HTML
 * standard's parser, so broken markup of old CMSes reads as a browser reads it) and text
 * copied from the browser — and legacy-page.ts reads the article out of the blocks.
 *
 * Structural chrome goes here (scripts, menus, forms, share bars, comment boxes, counters:
 * by element and by class or id); chrome that is only recognisable by its words goes later.
 */
import { parse } from 'parse5';

export interface Block {
  kind: 'text' | 'heading' | 'image';
  text: string;
  /** Heading level 1–6. */
  level?: number;
  /** Image file as the page wrote it. */
  src?: string;
  alt?: string;
  /** Styled like a photo caption: italic, centred, a figcaption or a "caption" class. */
  captionLike?: boolean;
  /** Share of the text that sits inside links: menus and related-news lists are nearly all links. */
  linkShare: number;
  /** Whole block in bold: a crosshead or a signature. */
  bold?: boolean;
  /** Right-aligned: where portals put the signature. */
  right?: boolean;
}

export interface PageBlocks {
  blocks: Block[];
  /** <meta property="og:title">, then <title>. */
  metaTitle?: string;
  /** <meta property="article:published_time"> and its kin. */
  metaDate?: string;
}

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
};

const DROP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'button', 'select', 'input', 'textarea', 'svg', 'nav', 'footer', 'aside', 'object', 'embed', 'video', 'audio', 'canvas', 'map', 'head']);
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'blockquote', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center', 'address', 'pre', 'hr', 'body', 'html', 'caption', 'fieldset']);

/**
 * Class or id words of page chrome on Vietnamese portals (Joomla, WordPress, SharePoint, VNPT
 * and Viettel portal products): menus, banners, share bars, comments, related news, counters.
 */
const CHROME_NAME =
  /(?:^|[-_\s])(?:menu|menutop|topmenu|mainmenu|nav|navbar|navigation|breadcrumbs?|banner|logo|footer|sidebar|side-bar|widget|share|sharing|sharedaddy|social|addthis|sharethis|comments?|binh-?luan|y-?kien|ykien|feedback|related|relatedposts|lienquan|lien-quan|tinlienquan|tin-?khac|tinkhac|other-?news|othernews|samecategory|cung-?chuyen-?muc|thong-?ke|thongke|counter|statistics?|visitors?|truy-?cap|online|tags?|tagcloud|keywords?|toolbar|tools|print|advert|ads|qc|quang-?cao|popup|modal|search|login|weather|marquee|slider|carousel|multimedia|video|bao-?in|baoin|ratings?|vote|poll|hotline|copyright)(?:[-_\s]|\d|$)/i;

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;

const clean = (text: string) => text.normalize('NFC').replace(/[\s\u00a0\u200b\u202f]+/g, ' ').trim();

/**
 * Elements whose class names describe the whole page, not a part of it: WordPress writes
 * "has-sidebar wp-custom-logo" on <body> and "tag-dan-van" on the <article> itself.
 */
const PAGE_TAGS = new Set(['html', 'body', 'main', 'article']);

/** A page-wide form (ASP.NET portals — DNN, SharePoint — wrap the whole page in one) is not chrome; a search or comment form is short. */
const FORM_TEXT_LIMIT = 500;

function isChrome(node: Node): boolean {
  const tag = node.tagName ?? '';
  if (tag === 'form') return clean(textOf(node)).length < FORM_TEXT_LIMIT;
  if (DROP_TAGS.has(tag)) return true;
  if (attr(node, 'hidden') !== undefined || /display\s*:\s*none/i.test(attr(node, 'style') ?? '')) return true;
  if (attr(node, 'role') === 'navigation' || attr(node, 'role') === 'banner' || attr(node, 'role') === 'contentinfo') return true;
  if (PAGE_TAGS.has(tag)) return false;
  // Token by token: "news-share" is chrome inside an article, "main-content" never is.
  const names = `${attr(node, 'class') ?? ''} ${attr(node, 'id') ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((name) => CHROME_NAME.test(name));
}

interface Run {
  parts: Array<{ text: string; link: boolean; italic: boolean; bold: boolean }>;
}

/** Reads the blocks of a saved HTML page. */
export function blocksFromHtml(html: string): PageBlocks {
  const document = parse(html) as unknown as Node;
  const blocks: Block[] = [];
  let metaTitle: string | undefined, title: string | undefined, metaDate: string | undefined;

  (function readHead(node: Node) {
    if (node.tagName === 'meta') {
      const key = attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemprop') ?? '';
      const content = attr(node, 'content');
      if (content && /^(?:og:title|twitter:title)$/i.test(key)) metaTitle ??= clean(content);
      if (content && /(?:published_time|datepublished|pubdate|publishdate|date)$/i.test(key)) metaDate ??= clean(content);
    }
    if (node.tagName === 'title') title ??= clean(textOf(node));
    if (node.tagName === 'time' && attr(node, 'datetime')) metaDate ??= clean(attr(node, 'datetime')!);
    for (const child of node.childNodes ?? []) readHead(child);
  })(document);

  let run: Run = { parts: [] };
  let style: { captionLike: boolean; right: boolean } = { captionLike: false, right: false };
  const flush = () => {
    const text = clean(run.parts.map((p) => p.text).join(''));
    if (text) {
      const visible = run.parts.filter((p) => p.text.trim());
      const linked = visible.filter((p) => p.link).reduce((n, p) => n + clean(p.text).length, 0);
      const italic = visible.every((p) => p.italic);
      const bold = visible.every((p) => p.bold);
      blocks.push({
        kind: 'text',
        text,
        linkShare: linked / Math.max(1, visible.reduce((n, p) => n + clean(p.text).length, 0)),
        ...((italic || style.captionLike) && { captionLike: true }),
        ...(bold && { bold: true }),
        ...(style.right && { right: true }),
      });
    }
    run = { parts: [] };
  };

  function walk(node: Node, inherited: { link: boolean; italic: boolean; bold: boolean }) {
    if (node.nodeName === '#text') {
      run.parts.push({ text: node.value ?? '', ...inherited });
      return;
    }
    if (node.nodeName === '#comment' || node.nodeName === '#documentType') return;
    if (node.tagName && isChrome(node)) return;
    const tag = node.tagName ?? '';
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'img') {
      flush();
      // Lazy-loading portals keep the photo in data-src and a placeholder in src.
      const src = [attr(node, 'data-src'), attr(node, 'data-original'), attr(node, 'src')].find((v) => v && !/^data:/.test(v)) ?? '';
      if (src && !/^data:/.test(src) && !/(?:logo|icon|banner|spacer|blank|pixel|button|btn|bullet|arrow|share|facebook|zalo|twitter|print|email|rss)/i.test(src)) {
        blocks.push({ kind: 'image', text: '', src, alt: clean(attr(node, 'alt') ?? attr(node, 'title') ?? ''), linkShare: 0 });
      }
      return;
    }
    const heading = /^h([1-6])$/.exec(tag);
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    const outer = style;
    if (isBlock) {
      const css = `${attr(node, 'style') ?? ''} align=${attr(node, 'align') ?? ''} ${attr(node, 'class') ?? ''}`;
      style = {
        captionLike: outer.captionLike || tag === 'figcaption' || /caption|chu-?thich|image-?desc|img-?desc|photo-?desc|text-?center|text-align\s*:\s*center|align=center/i.test(css) || tag === 'center',
        right: outer.right || /text-align\s*:\s*right|align=right|text-?right|author|tac-?gia/i.test(css),
      };
    }
    const next = {
      link: inherited.link || tag === 'a',
      italic: inherited.italic || tag === 'em' || tag === 'i' || /font-style\s*:\s*italic/i.test(attr(node, 'style') ?? ''),
      bold: inherited.bold || tag === 'strong' || tag === 'b' || /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(attr(node, 'style') ?? ''),
    };
    const children = node.tagName === 'template' ? node.content?.childNodes ?? [] : node.childNodes ?? [];
    if (heading) {
      const text = clean(textOf(node));
      if (text) blocks.push({ kind: 'heading', text, level: Number(heading[1]), linkShare: linkShareOf(node) });
      for (const child of children) if (child.tagName === 'img' || hasImage(child)) walkImages(child);
      style = outer;
      return;
    }
    for (const child of children) walk(child, next);
    if (isBlock) {
      flush();
      style = outer;
    }
  }
  function walkImages(node: Node) {
    if (node.tagName === 'img') walk(node, { link: false, italic: false, bold: false });
    else for (const child of node.childNodes ?? []) walkImages(child);
  }
  walk(document, { link: false, italic: false, bold: false });
  flush();
  return { blocks, metaTitle: metaTitle ?? title, ...(metaDate && { metaDate }) };
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.tagName && DROP_TAGS.has(node.tagName) && node.tagName !== 'head') return '';
  return (node.childNodes ?? []).map((child) => (child.tagName === 'br' ? ' ' : textOf(child))).join('');
}

function hasImage(node: Node): boolean {
  return node.tagName === 'img' || (node.childNodes ?? []).some(hasImage);
}

function linkShareOf(node: Node): number {
  const all = clean(textOf(node)).length;
  let linked = 0;
  (function visit(n: Node) {
    if (n.tagName === 'a') linked += clean(textOf(n)).length;
    else for (const child of n.childNodes ?? []) visit(child);
  })(node);
  return all === 0 ? 0 : linked / all;
}

/**
 * A placeholder left where a photo was when text is copied from a browser, or typed by staff:
 * "[Ảnh]", "[Hình ảnh: hoi-nghi.jpg]", "(ảnh 2)", "<image>", or a bare file name.
 */
const IMAGE_PLACEHOLDER = /^(?:[[(<{]\s*(?:ảnh|hình(?: ảnh)?|image|img|photo|picture)\b\s*\d*\s*[:：]?\s*([^\])>}]*?)\s*[\])>}]|([\w\-.%]+\.(?:jpe?g|png|gif|webp)))$/iu;

/** "(Ảnh: Văn Quang)" under a caption credits the photographer: a name, not a photo left out. */
const PHOTO_CREDIT = /^\(\s*(?:ảnh|Ảnh|ẢNH)\s*[:：]\s*(?:\p{Lu}[\p{L}'’]*)(?:\s+\p{Lu}[\p{L}'’]*){0,4}\s*\)$/u;

/** Reads the blocks of text copied from a browser: one block per non-empty line. */
export function blocksFromText(text: string): PageBlocks {
  const blocks: Block[] = [];
  for (const raw of text.normalize('NFC').split(/\r?\n/)) {
    const line = clean(raw);
    if (!line) continue;
    const placeholder = IMAGE_PLACEHOLDER.exec(line);
    if (placeholder && !PHOTO_CREDIT.test(line)) {
      const inside = (placeholder[1] ?? placeholder[2] ?? '').trim();
      const isFile = /\.(?:jpe?g|png|gif|webp)$/i.test(inside);
      blocks.push({ kind: 'image', text: '', src: isFile ? inside : '', alt: isFile ? '' : inside, linkShare: 0 });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const previous = blocks.at(-1);
    if (heading) blocks.push({ kind: 'heading', text: heading[2], level: heading[1].length, linkShare: 0 });
    else if (previous?.kind === 'text' && continuesLine(previous.text, line)) previous.text += ` ${line}`;
    else blocks.push({ kind: 'text', text: line, linkShare: 0 });
  }
  return { blocks };
}

/** Words that never end a sentence or a headline: a line ending in one was cut by a line break. */
const OPEN_ENDING = /(?:^|\s)(?:với|và|của|cho|các|tại|ở|là|có|được|đã|từ|đến|trên|trong|theo|về|để|những|nhằm|như|hoặc|hay|cùng|bị|do|khi|nhưng|mà|thì|gồm|sự)$/u;

/**
 * Text copied from a page set in a narrow column, or from a PDF, keeps its line breaks in the
 * middle of sentences. A line goes on the line before when that one has no closing punctuation
 * and this one starts in lower case ("…phát quang" / "và làm mới 2 km…"), or when the line
 * before ends on a comma or a word no sentence ends on ("…phối hợp với" / "Huyện đoàn tổ chức…").
 */
export function continuesLine(before: string, line: string): boolean {
  if (/[.!?…:;"”»)\]]$/u.test(before)) return false;
  if (/^\p{Ll}/u.test(line)) return true;
  return /^[\p{L}\d]/u.test(line) && before.split(' ').length >= 8 && (before.endsWith(',') || OPEN_ENDING.test(before));
}

/**
 * The photo's file name in the address a page gives for it: "/uploads/2023/IMG_01%20a.jpg?w=600"
 * → "IMG_01 a.jpg". Liferay serves "/documents/20182/0/tang-qua.jpg/2f0c-…?t=…": when the last
 * part has no image extension and an earlier part has one, that earlier part is the name.
 */
export function imageFileName(src: string): string {
  const parts = src.split(/[?#]/)[0].split('/');
  const last = parts[parts.length - 1];
  const named = IMAGE_EXTENSION.test(last) ? last : (parts.findLast((part) => IMAGE_EXTENSION.test(part)) ?? last);
  try {
    return decodeURIComponent(named);
  } catch {
    return named;
  }
}
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp)$/i;

/** Whether a file's text is HTML (saved page) rather than copied text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text) || /<\/(?:p|div|html|body)>/i.test(text.slice(0, 20_000));
}
