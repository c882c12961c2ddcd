/**
 * What the local backend does to the file the CMS sends before it is written: where it goes (the
 * content contract's path, slug folded by the same slugify as `npm run new`) and how its
 * frontmatter is tidied (empty optional fields the CMS writes as "" are dropped, so the check does
 * not refuse them; a bare photo name becomes ./name like the rest of the content). Pure.
 */
import { parseDocument, stringify } from 'yaml';
import { slugify } from '../../src/domain/slug.ts';
import { parseLocalDateTime, localYear } from '../../src/domain/vietnamese-date.ts';
import { articleFields, indicatorFields } from '../../src/i18n/vi.ts';

export interface EntryText {
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

/** "---\nyaml\n---\nbody" → its data and body; undefined when there is no frontmatter or it is not YAML. */
export function splitEntry(raw: string): EntryText | undefined {
  const match = FRONTMATTER.exec(raw);
  if (!match) return undefined;
  const document = parseDocument(match[1]);
  if (document.errors.length > 0) return undefined;
  const data = document.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { data: data as Record<string, unknown>, body: match[2] };
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) return Object.keys(value).length === 0;
  return false;
}

/** Drops what the CMS writes for a field left empty ("", null, [], {}), at every depth. */
export function withoutEmptyFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyFields).filter((item) => !isEmpty(item));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const cleaned = withoutEmptyFields(inner);
    if (!isEmpty(cleaned)) kept[key] = cleaned;
  }
  return kept;
}

/** "hoi-nghi.jpg" → "./hoi-nghi.jpg"; paths and addresses are left as written. */
export function besideArticle(photo: string): string {
  return /^(?:\.{0,2}\/|[a-z][a-z0-9+.-]*:)/i.test(photo) ? photo : `./${photo}`;
}

/** The fields of `value` in the order of `order` (the schema's), any others after them as they came. */
export function inOrder(value: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => rank(a) - rank(b)));
}

const ARTICLE_ORDER = Object.keys(articleFields);
const INDICATOR_ORDER = Object.keys(indicatorFields);

/** The file as it is written to disk: tidied frontmatter, the body exactly as the CMS sent it. */
export function tidyEntry(raw: string): string {
  const entry = splitEntry(raw);
  if (!entry) return raw;
  // In the schema's order, as `npm run new` writes an article: the CMS writes fields as they were touched.
  const data = inOrder(withoutEmptyFields(entry.data) as Record<string, unknown>, ARTICLE_ORDER);
  if (typeof data.cover === 'string') data.cover = besideArticle(data.cover);
  if (Array.isArray(data.indicators)) {
    data.indicators = data.indicators.map((item) => (item && typeof item === 'object' ? inOrder(item as Record<string, unknown>, INDICATOR_ORDER) : item));
  }
  const body = entry.body.replace(/^(?:\r?\n)+/, '');
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}`;
}

/**
 * content/articles/<year>/<slug>/index.md for a new article: the year of publishedAt in Vietnam,
 * the slug folded from the title. Undefined while either is missing or not a real date (the check
 * then says what to write).
 */
export function contractPath(contentFolder: string, data: Record<string, unknown>): string | undefined {
  const title = typeof data.title === 'string' ? slugify(data.title) : '';
  const published = typeof data.publishedAt === 'string' ? parseLocalDateTime(data.publishedAt) : undefined;
  if (!title || !published?.ok) return undefined;
  return `${contentFolder}/articles/${localYear(published.date)}/${title}/index.md`;
}
