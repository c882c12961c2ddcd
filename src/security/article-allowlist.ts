/**
 * What an article body may put on a page, written once: the sanitiser keeps exactly this (and
 * drops everything else), and the MDX check refuses any other element or attribute up front, so
 * staff hear about it instead of seeing it vanish. It is what Markdown (with GFM tables,
 * footnotes and task lists) and the portal's own plugins produce: the captioned photo
 * (figure/img/figcaption), photo sizes, rel on links to other sites.
 *
 * Names are hast property names (className, dataFootnoteRef), as hast-util-sanitize reads them.
 */
import type { Schema } from 'hast-util-sanitize';

type AttributeRule = string | [string, ...Array<string | boolean | RegExp>];

/** Footnote ids as GFM makes them; no other id, so raw HTML cannot clobber a DOM global. */
const FOOTNOTE_ID: AttributeRule = ['id', /^user-content-fn(?:ref)?-[\w-]+$/, 'footnote-label'];

export const ALLOWED_ELEMENTS: Record<string, AttributeRule[]> = {
  p: [],
  h1: [], h2: [FOOTNOTE_ID, ['className', 'sr-only']], h3: [], h4: [], h5: [], h6: [],
  a: ['href', 'title', ['rel', 'noopener', 'noreferrer'], FOOTNOTE_ID, 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
  img: ['src', 'alt', 'title', 'width', 'height', 'sizes'],
  figure: [], figcaption: [],
  em: [], strong: [], b: [], i: [], u: [], del: [], s: [], sup: [], sub: [], mark: [], small: [], abbr: ['title'], kbd: [], br: [],
  code: [['className', /^language-[\w+-]+$/]], pre: [],
  blockquote: [], hr: [],
  ul: [['className', 'contains-task-list']], ol: ['start'], li: [FOOTNOTE_ID, ['className', 'task-list-item']],
  input: [['type', 'checkbox'], ['disabled', true], ['checked', true]],
  dl: [], dt: [], dd: [],
  table: [], thead: [], tbody: [], tr: [], th: [], td: [],
  section: ['dataFootnotes', ['className', 'footnotes']],
};

/** Where a URL may point: links anywhere on the web or a mail address; everything else is local. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'];

/** Attributes that make the browser fetch something: only files of the portal itself. */
export const RESOURCE_ATTRIBUTES = ['src'];

export const ARTICLE_SCHEMA: Schema = {
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext'],
  tagNames: Object.keys(ALLOWED_ELEMENTS),
  attributes: ALLOWED_ELEMENTS as Schema['attributes'],
  // A bare "javascript:" has a colon and no listed protocol, so it is dropped; so is every
  // spelling a browser would still run (entities, tabs, upper case), since the check is on the
  // decoded value against an allowlist.
  protocols: { href: LINK_PROTOCOLS, src: ['http', 'https'], cite: ['http', 'https'] },
  required: { input: { type: 'checkbox', disabled: true } },
  clobber: [],
  allowComments: false,
  allowDoctypes: false,
};

/** MDX may write these elements as JSX (the rest of an article is Markdown). */
export const MDX_ELEMENTS = new Set(Object.keys(ALLOWED_ELEMENTS).filter((tag) => !['img', 'input', 'section'].includes(tag)));

/**
 * Components the portal itself provides to MDX articles. None yet: the captioned photo is written
 * the Markdown way (a photo, then an italic caption line). The web editor adds its own here.
 */
export const MDX_COMPONENTS = new Set<string>();

/** JSX attribute names (as written in MDX) allowed on any element of MDX_ELEMENTS. */
export const MDX_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title'],
  abbr: ['title'],
  ol: ['start'],
};
