/**
 * `npm run new`: the starting point of an article, so staff never begin from an empty file.
 * Pure: decides the path and writes the text; the script only touches the disk.
 */
import matter from 'gray-matter';
import { Document, parse as parseYaml } from 'yaml';
import { articleFields } from '../../src/i18n/vi.ts';
import type { ArticleKind } from '../../src/schema/vocabulary.ts';
import { slugify } from '../../src/domain/slug.ts';
import { localParts } from '../../src/domain/vietnamese-date.ts';
import { periodFromTitle } from '../../src/statistics/period-from-title.ts';
import { REVIEW_KINDS } from '../../src/schema/vocabulary.ts';

export interface NewArticleInput {
  title: string;
  unit: string;
  kind: ArticleKind;
  author: string;
  now: Date;
  /** Slugs already taken, in any year: a new article never reuses one. */
  takenSlugs: Set<string>;
}

const pad = (n: number) => String(n).padStart(2, '0');

const baseSlug = (title: string) => slugify(title) || 'bai-viet';

/**
 * The article already made with this title (same slug, in any year), from slug → path of every
 * article: running `npm run new` twice must not silently make a second one.
 */
export function existingArticle(title: string, articles: ReadonlyMap<string, string>): string | undefined {
  return articles.get(baseSlug(title));
}

export function newArticle(input: NewArticleInput): { path: string; slug: string; text: string } {
  const base = baseSlug(input.title);
  let slug = base;
  for (let n = 2; input.takenSlugs.has(slug); n++) slug = `${base}-${n}`;
  const p = localParts(input.now);
  const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  // The span the figures cover: the one the title names, else the year for a review (the author
  // corrects it, the hint says how) and the day of publication for a news item.
  const period = periodFromTitle(input.title, p.year) ??
    (REVIEW_KINDS.includes(input.kind) ? { from: `${p.year}-01-01`, to: `${p.year}-12-31` } : { from: today, to: today });
  const frontmatter = {
    title: input.title,
    summary: 'Viết một hoặc hai câu tóm tắt (sapo) ở đây.',
    publishedAt: `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`,
    unit: input.unit,
    kind: input.kind,
    period,
    author: input.author,
    tags: [],
    // A new article stays a draft, visible only in `npm run dev`, until the author removes this.
    draft: true,
    indicators: [],
  };
  const body = [
    '',
    'Viết nội dung bài ở đây. Mỗi đoạn cách nhau một dòng trống.',
    '',
    '## Tiêu đề nhỏ (nếu cần)',
    '',
    '<!-- Ảnh: đặt tệp ảnh cạnh index.md rồi viết: ![Mô tả ảnh](./ten-anh.jpg) và dòng chú thích in nghiêng *Chú thích* ngay dưới. -->',
    '<!-- Số liệu: thêm vào indicators, ví dụ: - { key: tuyen-quan-nguoi, value: 1600, qualifier: over, org: doan-tn } -->',
    '',
  ].join('\n');
  return { path: `articles/${p.year}/${slug}/index.md`, slug, text: matter.stringify(body, frontmatter, { engines: { yaml: { parse: parseYaml, stringify: withFieldHints } } }) };
}

/**
 * YAML with each field's label and hint above it (src/i18n/vi.ts, the same words the content
 * check uses), so staff see in the file itself what every field wants.
 */
function withFieldHints(data: object): string {
  const doc = new Document(data);
  for (const pair of (doc.contents as { items: Array<{ key: { value: string; commentBefore?: string } }> }).items) {
    const text = articleFields[pair.key.value as keyof typeof articleFields];
    if (text) pair.key.commentBefore = ` ${text.label}: ${text.hint}`;
  }
  return doc.toString({ lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
}
