/**
 * The benchmark corpus, planned in memory: N articles in the content contract
 * (src/schema/article.ts) that refer to the repository's own catalogues. Pure and seeded:
 * article i depends only on the seed and i, so 1 000 articles are the first 1 000 of 10 000.
 * write-corpus.ts puts the plan on disk.
 */
import type { Indicator, Organisation, Unit } from '../../src/schema/catalogues.ts';
import { ARTICLE_KINDS, type ArticleKind } from '../../src/schema/vocabulary.ts';
import { slugify } from '../../src/domain/slug.ts';
import { formatPeriod, type Period } from '../../src/domain/period.ts';
import { formatQuantity } from '../../src/domain/vietnamese-number.ts';
import { createRandom, type Random } from './random.ts';
import * as bank from './corpus-text.ts';

export interface CorpusCatalogues {
  units: Unit[];
  organisations: Organisation[];
  indicators: Indicator[];
}

/** How often the less common things occur: what a provincial archive looks like. */
export const CORPUS_SHARES = {
  cover: 0.1,
  bodyPhoto: 0.04,
  mdx: 0.05,
  table: 0.1,
  draft: 0.003,
  updated: 0.05,
} as const;

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2025;
/** How many distinct base photos exist (write-corpus.ts renders them); articles copy one. */
export const BASE_PHOTO_COUNT = 6;

export interface PlannedPhoto {
  /** Relative to the corpus folder. */
  path: string;
  /** Which base photo to copy, 0 … BASE_PHOTO_COUNT-1. */
  photo: number;
}

export interface PlannedArticle {
  /** Relative to the corpus folder: articles/<year>/<slug>/index.md(x). */
  path: string;
  text: string;
  photos: PlannedPhoto[];
}

export interface CorpusPlanOptions {
  articles: number;
  seed?: number;
}

type Kind = ArticleKind;

interface Place {
  unit: Unit;
  short: string;
  level: string;
  province: string;
}

const LEVEL_WORD: Record<Unit['level'], string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };

/** "Huyện Hải Lăng" → "Hải Lăng": titles and sentences name places without the level. */
const shortName = (name: string) => name.replace(/^(Tỉnh|Huyện|Xã|Thị xã|Thành phố|Thị trấn)\s+/u, '');

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
/** JSON strings are valid YAML double-quoted scalars: safe for colons, quotes and “ ”. */
const yamlString = (text: string) => JSON.stringify(text);

function fill(template: string, slots: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}

function placesOf(units: Unit[]): Place[] {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const provinceOf = (unit: Unit): Unit => {
    let current = unit;
    for (let guard = 0; current.parent && byKey.has(current.parent) && guard < 5; guard++) current = byKey.get(current.parent)!;
    return current;
  };
  return units.map((unit) => ({ unit, short: shortName(unit.name), level: LEVEL_WORD[unit.level], province: shortName(provinceOf(unit).name) }));
}

/** Later years publish more: archives grow as more units put their news online. */
function pickYear(random: Random): number {
  const years = LAST_YEAR - FIRST_YEAR + 1;
  const weights = Array.from({ length: years }, (_, i) => 1 + i * 0.15);
  let r = random.next() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < years; i++) {
    r -= weights[i];
    if (r < 0) return FIRST_YEAR + i;
  }
  return LAST_YEAR;
}

interface Dated {
  /** Local wall-clock time, as authors write it. */
  publishedAt: string;
  year: number;
  month: number;
  day: number;
  period?: Period;
}

/** A publication date and, for reports, the span they cover; always within the folder's year. */
function dateFor(kind: Kind, year: number, random: Random): Dated {
  let month: number;
  let period: Period | undefined;
  if (kind === 'so-ket') {
    month = random.int(7, 8);
    period = { from: `${year}-01-01`, to: `${year}-06-30` };
  } else if (kind === 'tong-ket') {
    const endOfYear = random.chance(0.5);
    month = endOfYear ? 12 : random.int(1, 2);
    const span = random.chance(0.2) ? 5 : 1;
    period = endOfYear
      ? { from: `${year - span + 1}-01-01`, to: `${year}-11-30` }
      : { from: `${year - span}-01-01`, to: `${year - 1}-12-31` };
  } else {
    month = random.int(1, 12);
    if (kind === 'hoi-nghi' && month > 3 && random.chance(0.5)) {
      const quarterEnd = Math.floor((month - 1) / 3) * 3;
      period = { from: `${year}-${pad(quarterEnd - 2)}-01`, to: `${year}-${pad(quarterEnd)}-${daysIn(year, quarterEnd)}` };
    }
  }
  const day = random.int(1, daysIn(year, month));
  const time = `${pad(random.int(7, 17))}:${pad(random.int(0, 11) * 5)}`;
  return { publishedAt: `${year}-${pad(month)}-${pad(day)}T${time}`, year, month, day, period };
}

const SMALL_COUNT_UNITS = new Set(['xã', 'huyện', 'đơn vị', 'nhiệm vụ', 'mô hình', 'trạm', 'nhóm', 'hội nghị', 'công trình', 'nhà']);

function valueFor(indicator: Indicator, random: Random): number {
  if (indicator.unit === 'đồng') return random.int(5, 5000) * 1_000_000;
  if (indicator.unit === '%') return random.chance(0.3) ? random.int(700, 1000) / 10 : random.int(70, 100);
  // Counts are mostly small with a long tail, like real reports; places and bodies stay few.
  const ceiling = SMALL_COUNT_UNITS.has(indicator.unit) ? 40 : 5000;
  return Math.max(1, Math.round(Math.exp(random.next() * Math.log(ceiling))));
}

interface PlannedIndicator {
  key: string;
  value: number;
  qualifier: 'exact' | 'over' | 'under';
  org?: Organisation;
  period?: Period;
  note?: string;
  definition: Indicator;
}

function indicatorsFor(catalogues: CorpusCatalogues, dated: Dated, random: Random): PlannedIndicator[] {
  return random.sample(catalogues.indicators, random.int(4, 8)).map((definition) => {
    const roll = random.next();
    return {
      key: definition.key,
      value: valueFor(definition, random),
      qualifier: roll < 0.8 ? 'exact' : roll < 0.92 ? 'over' : 'under',
      org: catalogues.organisations.length && random.chance(0.4) ? random.pick(catalogues.organisations) : undefined,
      period: random.chance(0.05) ? { from: `${dated.year - 1}-01-01`, to: `${dated.year - 1}-12-31` } : undefined,
      note: random.chance(0.05) ? random.pick(bank.NOTES) : undefined,
      definition,
    };
  });
}

function indicatorYaml(i: PlannedIndicator): string {
  const parts = [`key: ${i.key}`, `value: ${i.value}`];
  if (i.qualifier !== 'exact') parts.push(`qualifier: ${i.qualifier}`);
  if (i.org) parts.push(`org: ${i.org.key}`);
  if (i.period) parts.push(`period: { from: "${i.period.from}", to: "${i.period.to}" }`);
  if (i.note) parts.push(`note: ${yamlString(i.note)}`);
  return `  - { ${parts.join(', ')} }`;
}

function figureSentence(i: PlannedIndicator, random: Random, slots: Record<string, string | number>): string {
  const quantity = formatQuantity(i.value, i.definition.unit, i.qualifier);
  const who = i.org ? i.org.short ?? i.org.name : 'các cơ quan, đơn vị';
  const label = lowerFirst(i.definition.label);
  const when = i.period ? `Trong ${formatPeriod(i.period)}` : random.pick(['Trong kỳ', 'Qua đó', 'Kết quả']);
  return fill(
    random.pick([
      `${upperFirst(label)} đạt ${quantity}.`,
      `${when}, ${who} ghi nhận ${label}: ${quantity}.`,
      `Riêng ${label}, {place} đạt ${quantity}, vượt kế hoạch đề ra.`,
      `Theo báo cáo của ${who}, ${label} là ${quantity}.`,
    ]),
    slots,
  );
}

function paragraph(random: Random, slots: Record<string, string | number>, extra: string[] = []): string {
  const sentences = random.sample(bank.SENTENCES, random.int(2, 4)).map((s) => fill(s, slots));
  for (const sentence of extra) sentences.splice(random.int(0, sentences.length), 0, sentence);
  return sentences.join(' ');
}

function personName(random: Random): string {
  return `${random.pick(bank.FAMILY_NAMES)} ${random.pick(bank.MIDDLE_NAMES)} ${random.pick(bank.GIVEN_NAMES)}`;
}

/** A fixed pool of contributors, the same for every N, so author pages fill up as in real life. */
function authorPool(seed: number): string[] {
  const random = createRandom(seed ^ 0x5eed);
  return Array.from({ length: 120 }, () => personName(random));
}

function planArticle(index: number, seed: number, catalogues: CorpusCatalogues, places: Place[], authors: string[]) {
  const random = createRandom((seed * 1_000_003 + index) >>> 0);
  const kind = random.pick(ARTICLE_KINDS);
  const year = pickYear(random);
  const dated = dateFor(kind, year, random);
  // Districts write most of the news; provinces a quarter; communes a little.
  const level = random.chance(0.25) ? 'tinh' : random.chance(0.93) ? 'huyen' : 'xa';
  // Figures belong to a unit only up to its last day (units.yaml lastDay): a district that ended
  // on 30 June 2025 reports nothing for later (the content check refuses it).
  const lastFactDay = dated.period?.to ?? dated.publishedAt.slice(0, 10);
  const live = places.filter((p) => p.unit.lastDay === undefined || p.unit.lastDay >= lastFactDay);
  const candidates = live.filter((p) => p.unit.level === level);
  const place = random.pick(candidates.length ? candidates : live.length ? live : places);
  const org = catalogues.organisations.length ? random.pick(catalogues.organisations) : undefined;
  const slots: Record<string, string | number> = {
    place: place.short,
    level: place.level,
    province: place.province,
    year,
    prevYear: year - 1,
    fromYear: year - 5,
    nextYears: year + 4,
    quarter: ['I', 'II', 'III', 'IV'][Math.floor((dated.month - 1) / 3)],
    activity: random.pick(bank.ACTIVITIES),
    org: org?.short ?? org?.name ?? 'Đoàn Thanh niên',
    day: `${dated.day}/${dated.month}`,
    occasion: bank.OCCASIONS[kind],
  };
  const person = () => ({ person: personName(random), role: fill(random.pick(bank.ROLES), slots) });

  const title = fill(random.pick(bank.TITLES[kind]), slots);
  const indicators = indicatorsFor(catalogues, dated, random);
  const photos: Array<{ name: string; photo: number; alt: string }> = [];
  const hasCover = random.chance(CORPUS_SHARES.cover);
  if (hasCover) photos.push({ name: `${random.pick(bank.PHOTO_NAMES)}.jpg`, photo: random.int(0, BASE_PHOTO_COUNT - 1), alt: random.pick(bank.PHOTO_ALTS) });
  const bodyPhoto = random.chance(CORPUS_SHARES.bodyPhoto)
    ? { name: `anh-${random.pick(bank.PHOTO_NAMES)}.jpg`, photo: random.int(0, BASE_PHOTO_COUNT - 1), alt: random.pick(bank.PHOTO_ALTS) }
    : undefined;
  if (bodyPhoto) photos.push(bodyPhoto);

  // Body: opening, figures woven into paragraphs, a heading or two, sometimes a photo, list or table.
  const figures = indicators.map((i) => figureSentence(i, random, slots));
  const blocks: string[] = [fill(random.pick(bank.OPENINGS), { ...slots, ...person() })];
  const firstHalf = figures.splice(0, Math.ceil(figures.length / 2));
  blocks.push(paragraph(random, slots, firstHalf.slice(0, 2)), paragraph(random, slots, firstHalf.slice(2)));
  if (bodyPhoto) blocks.push(`![${bodyPhoto.alt.replace(/\.$/, '')}](./${bodyPhoto.name})\n*${upperFirst(slots.activity as string)} tại ${place.short}.*`);
  blocks.push(`## ${random.pick(bank.HEADINGS)}`, paragraph(random, slots, figures));
  if (random.chance(0.3)) blocks.push(random.sample(bank.SENTENCES, 3).map((s) => `- ${fill(s, slots)}`).join('\n'));
  if (random.chance(CORPUS_SHARES.table)) {
    const rows = indicators.slice(0, 4).map((i) => `| ${i.definition.label} | ${formatQuantity(i.value, i.definition.unit, i.qualifier)} |`);
    blocks.push(['| Chỉ tiêu | Kết quả |', '| --- | --- |', ...rows].join('\n'));
  }
  blocks.push(`## ${random.pick(bank.HEADINGS)}`, paragraph(random, slots), fill(random.pick(bank.CLOSINGS), { ...slots, ...person() }));

  const frontmatter = [
    `title: ${yamlString(title)}`,
    `summary: ${yamlString(fill(random.pick(bank.SUMMARIES), slots))}`,
    `publishedAt: "${dated.publishedAt}"`,
  ];
  if (random.chance(CORPUS_SHARES.updated)) {
    const later = new Date(Date.UTC(dated.year, dated.month - 1, dated.day + random.int(1, 10)));
    frontmatter.push(`updatedAt: "${later.toISOString().slice(0, 10)}T${pad(random.int(7, 17))}:00"`);
  }
  frontmatter.push(`unit: ${place.unit.key}`, `kind: ${kind}`);
  if (dated.period) frontmatter.push(`period: { from: "${dated.period.from}", to: "${dated.period.to}" }`);
  frontmatter.push(`author: ${yamlString(random.pick(authors))}`);
  if (random.chance(0.7)) frontmatter.push(`source: ${yamlString(fill(random.pick(bank.SOURCES), slots))}`);
  frontmatter.push(`tags: [${random.sample(bank.TAGS, random.int(2, 6)).map(yamlString).join(', ')}]`);
  if (hasCover) frontmatter.push(`cover: ./${photos[0].name}`, `coverAlt: ${yamlString(photos[0].alt)}`);
  frontmatter.push('indicators:', ...indicators.map(indicatorYaml));
  if (random.chance(CORPUS_SHARES.draft)) frontmatter.push('draft: true');
  if (year < 2020 && random.chance(0.3)) frontmatter.push(`legacyViews: ${random.int(50, 20000)}`);

  return {
    year,
    title,
    extension: random.chance(CORPUS_SHARES.mdx) ? 'mdx' : 'md',
    text: `---\n${frontmatter.join('\n')}\n---\n\n${blocks.join('\n\n')}\n`,
    photos,
  };
}

/** Articles one by one, so 10 000 of them never sit in memory at once. */
export function* planCorpus(catalogues: CorpusCatalogues, options: CorpusPlanOptions): Generator<PlannedArticle> {
  const seed = options.seed ?? 1;
  const places = placesOf(catalogues.units);
  if (places.length === 0) throw new Error('The units catalogue is empty: the corpus needs units to refer to.');
  const authors = authorPool(seed);
  const taken = new Set<string>();
  for (let index = 0; index < options.articles; index++) {
    const article = planArticle(index, seed, catalogues, places, authors);
    // Slugs are unique across the archive; a repeated title gets "-2", "-3" as editors do.
    const base = slugify(article.title);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    const folder = `articles/${article.year}/${slug}`;
    yield {
      path: `${folder}/index.${article.extension}`,
      text: article.text,
      photos: article.photos.map((p) => ({ path: `${folder}/${p.name}`, photo: p.photo })),
    };
  }
}
