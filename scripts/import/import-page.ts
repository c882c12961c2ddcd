/**
 * One old page in, one draft article out (text, photo files to copy, a report). Pure: the
 * command (import.ts) reads the files, says which photos exist, and writes. The same input
 * always gives the same output, byte for byte: no clock, no random, no order from the disk.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../../src/domain/slug.ts';
import type { CatalogueIndicator } from '../../src/domain/indicator-guess.ts';
import type { ArticleKind } from '../../src/schema/vocabulary.ts';
import { importer as t } from '../../src/i18n/vi.ts';
import { blocksFromHtml, blocksFromText, imageFileName, looksLikeHtml } from './page-blocks.ts';
import { formatPublishedAt } from './legacy-dates.ts';
import { readLegacyPage, type BodyPart } from './legacy-page.ts';
import {
  guessKind,
  guessPeriod,
  guessUnit,
  suggestIndicators,
  type CatalogueOrganisation,
  type CatalogueUnit,
  type IndicatorSuggestion,
  type MappedIndicator,
} from './guess-article.ts';

export interface Catalogues {
  units: readonly CatalogueUnit[];
  organisations: readonly CatalogueOrganisation[];
  indicators: readonly CatalogueIndicator[];
}

export interface ImportInput {
  /** The file's name as staff know it (for the report and the "imported from" note). */
  fileName: string;
  text: string;
  catalogues: Catalogues;
  /** Where a photo the page points to is on disk, if it was saved with the page. */
  findPhoto: (src: string) => string | undefined;
  /** The unit to write when the text names none (--unit). */
  defaultUnit?: string;
}

export interface ImportedArticle {
  ok: true;
  year: number;
  /** The slug the title gives; import.ts adds "-2"… when another article has it. */
  slug: string;
  /** The note at the end of the article that identifies its source page. */
  fingerprint: string;
  /** index.md's text. */
  text: string;
  photos: Array<{ from: string; name: string }>;
  report: { extracted: string[]; guessed: string[]; uncertain: string[] };
}

export type ImportResult = ImportedArticle | { ok: false; reason: string };

export function importPage(input: ImportInput): ImportResult {
  const blocks = looksLikeHtml(input.text) ? blocksFromHtml(input.text) : blocksFromText(input.text);
  const page = readLegacyPage(blocks);
  if (!page.title) return { ok: false, reason: t.noTitle };
  if (!page.date) return { ok: false, reason: t.noDate };
  if (!page.lead) return { ok: false, reason: t.noText };

  const review: string[] = [];
  const extracted: string[] = ['tiêu đề', `ngày đăng ${formatPublishedAt(page.date).replace('T', ' ')}`];
  const guessed: string[] = [];
  if (!blocks.blocks.some((b) => b.text === page.title) && blocks.metaTitle) review.push(t.review.titleFromMeta);
  if (page.dateFrom === 'story') review.push(t.review.dateFromStory);
  if (page.date.yearGuessed) review.push(t.review.yearGuessed(page.date.year));

  const paragraphs = page.body.filter((p): p is Extract<BodyPart, { kind: 'paragraph' }> => p.kind === 'paragraph').map((p) => p.text);
  const bodyText = paragraphs.join('\n');

  // The unit: named in the text, else --unit, else the catalogue's first, always for review.
  const unitGuess = guessUnit({ title: page.title, lead: `${page.dateline ?? ''} ${page.lead}`, body: bodyText }, input.catalogues.units);
  const unit: string = unitGuess?.value ?? input.defaultUnit ?? input.catalogues.units[0]?.key ?? 'chua-ro';
  if (unitGuess) {
    guessed.push(`đơn vị ${unitGuess.value} (“${unitGuess.from}”)`);
    if (!unitGuess.sure) review.push(t.review.unitGuessed(unitGuess.value, unitGuess.from));
  } else {
    review.push(t.review.unitMissing(unit));
  }

  const kindGuess = guessKind(page.title, page.lead);
  const kind: ArticleKind = kindGuess?.value ?? 'tin-hoat-dong';
  if (kindGuess) guessed.push(`loại tin ${kind} (“${kindGuess.from}”)`);
  else review.push(t.review.kindMissing);

  const periodGuess = guessPeriod([page.title, page.lead, ...paragraphs.slice(0, 3)], kind, page.date);
  if (periodGuess) {
    guessed.push(`kỳ ${periodGuess.value.from} → ${periodGuess.value.to} (“${periodGuess.from}”)`);
    if (!periodGuess.sure) review.push(t.review.periodGuessed(periodGuess.from));
  } else if (kind === 'so-ket' || kind === 'tong-ket') {
    review.push(t.review.periodMissing);
  }

  let summary = page.lead;
  let body = page.body;
  if (summary.length > 400) {
    // A long opening paragraph stays in the body; its first sentence is the summary.
    summary = /^.+?[.!?](?=\s|$)/u.exec(summary)?.[0] ?? summary.slice(0, 300);
    body = [{ kind: 'paragraph', text: page.lead }, ...body];
    review.push(t.review.summaryCut);
  }

  const author = page.author ?? t.defaultAuthor;
  if (page.author) extracted.push(`tác giả ${page.author}`);
  else review.push(t.review.authorMissing);
  if (page.source) extracted.push(`nguồn ${page.source}`);
  if (page.views !== undefined) extracted.push(`lượt xem ${page.views}`);

  const photos: ImportedArticle['photos'] = [];
  const usedNames = new Set<string>();
  let missingPhotos = 0;
  const markdown: string[] = [];
  let cover: { name: string; alt: string } | undefined;
  for (const part of body) {
    if (part.kind === 'paragraph') markdown.push(escapeMarkdown(part.text));
    else if (part.kind === 'heading') markdown.push(`## ${escapeMarkdown(part.text)}`);
    else {
      const found = part.src ? input.findPhoto(part.src) : undefined;
      const caption = part.caption ? `*${escapeMarkdown(part.caption)}*` : '';
      const alt = describePhoto(part.alt, part.caption);
      if (found) {
        const name = photoName(part.src, usedNames);
        photos.push({ from: found, name });
        cover ??= { name, alt };
        markdown.push([`![${escapeMarkdown(alt).replace(/[[\]]/g, '')}](./${name})`, caption].filter(Boolean).join('\n'));
      } else {
        missingPhotos++;
        const file = part.src ? imageFileName(part.src) : '';
        markdown.push([`<!-- ${(file ? t.photoTodo(file) : t.photoTodoNoFile).replace(/--/g, '- -')} -->`, caption].filter(Boolean).join('\n'));
      }
    }
  }
  const photoCount = body.filter((p) => p.kind === 'photo').length;
  extracted.push(`${paragraphs.length} đoạn`);
  if (photoCount > 0) extracted.push(`${photoCount} ảnh (${photoCount - missingPhotos} có tệp)`);
  if (missingPhotos > 0) review.push(t.review.photosMissing(missingPhotos));

  const figures = suggestIndicators([page.lead, ...paragraphs], input.catalogues.indicators, input.catalogues.organisations, { unit, units: input.catalogues.units });
  if (figures.indicators.length > 0) {
    guessed.push(`${figures.indicators.length} số liệu vào indicators`);
    review.push(t.review.indicatorsMapped(figures.indicators.length));
  }
  if (figures.suggestions.length > 0) review.push(t.review.suggestions(figures.suggestions.length));

  const fingerprint = createHash('sha256').update(input.text).digest('hex').slice(0, 12);
  const frontmatter = [
    `title: ${q(page.title)}`,
    `summary: ${q(summary)}`,
    `publishedAt: ${q(formatPublishedAt(page.date))}`,
    `unit: ${unit}`,
    `kind: ${kind}`,
    ...(periodGuess ? [`period: { from: ${q(periodGuess.value.from)}, to: ${q(periodGuess.value.to)} }`] : []),
    `author: ${q(author)}`,
    ...(page.source ? [`source: ${q(page.source)}`] : []),
    ...(cover ? [`cover: ./${cover.name}`, `coverAlt: ${q(cover.alt)}`] : []),
    ...(page.views !== undefined ? [`legacyViews: ${page.views}`] : []),
    'draft: true',
    ...(review.length > 0 ? ['review:', ...review.map((r) => `  - ${q(r)}`)] : []),
    ...(figures.indicators.length > 0 ? ['indicators:', ...figures.indicators.map((i) => `  - ${flow(i)}`)] : []),
    ...(figures.suggestions.length > 0 ? ['indicatorSuggestions:', ...figures.suggestions.map((s) => `  - ${flow(s)}`)] : []),
  ];
  const note = `<!-- ${t.importedFrom(input.fileName.replace(/--/g, '- -'), fingerprint)} -->`;
  const text = `---\n${frontmatter.join('\n')}\n---\n\n${[...markdown, note].join('\n\n')}\n`;
  return {
    ok: true,
    year: page.date.year,
    slug: slugify(page.title) || 'bai-viet',
    fingerprint,
    text,
    photos,
    report: { extracted, guessed, uncertain: review },
  };
}

/** A YAML double-quoted string: JSON's escapes are YAML's. */
const q = (text: string) => JSON.stringify(text);

/** `{ key: nha-tinh-nghia, value: 2, org: hoi-ccb }`, fields in a fixed order. */
function flow(entry: MappedIndicator | IndicatorSuggestion): string {
  const order = ['key', 'value', 'qualifier', 'unitText', 'org', 'context'] as const;
  const fields: string[] = [];
  for (const name of order) {
    const value = (entry as unknown as Record<string, unknown>)[name];
    if (value === undefined) continue;
    fields.push(`${name}: ${typeof value === 'number' ? String(value) : name === 'key' || name === 'org' || name === 'qualifier' ? value : q(String(value))}`);
  }
  return `{ ${fields.join(', ')} }`;
}

/** Markdown would read "*", "_" at word edges, "<", "`" and a leading "#" or "1." as markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/^(#{1,6}\s|\d+[.)]\s|[-+>]\s)/, '\\$1');
}

function describePhoto(alt: string, caption: string): string {
  const useful = alt && !/\.(?:jpe?g|png|gif|webp)$/i.test(alt) && alt.split(/\s+/).length >= 3;
  return (useful ? alt : caption || alt || 'Ảnh minh họa bài viết').replace(/\s*\(\s*ảnh\s*[:：][^)]*\)\s*$/iu, '').trim();
}

/** "Hình ảnh/IMG_0123 (1).JPG" → "img-0123-1.jpg", unique within the article. */
export function photoName(src: string, used: Set<string>): string {
  const file = imageFileName(src);
  const dot = file.lastIndexOf('.');
  const ext = dot > 0 ? file.slice(dot + 1).toLowerCase().replace('jpeg', 'jpg') : 'jpg';
  const base = slugify(dot > 0 ? file.slice(0, dot) : file, 60) || 'anh';
  let name = `${base}.${ext}`;
  for (let n = 2; used.has(name); n++) name = `${base}-${n}.${ext}`;
  used.add(name);
  return name;
}
