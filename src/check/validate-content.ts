/**
 * The content check: every rule an article or catalogue must keep, applied to file texts.
 * Pure (no file system): read-content.ts feeds it from disk, tests feed it strings.
 */
import { articleSchema } from '../schema/article.ts';
import { CATALOGUE_FILES, catalogueSchemas, type CatalogueName } from '../schema/catalogues.ts';
import { text } from '../schema/fields.ts';
import { closestMatch } from '../domain/closest-match.ts';
import { SLUG_PATTERN, slugify } from '../domain/slug.ts';
import { localYear } from '../domain/vietnamese-date.ts';
import { validation as v, bodySafety, yamlMistakes as yamlText } from '../i18n/vi.ts';
import { parseArticlePath } from '../domain/article-path.ts';
import { errorsFromZod, type ContentError } from './content-error.ts';
import { parseFrontmatter, yamlSyntaxMistake } from './frontmatter.ts';
import { findUnsafeMarkup } from './unsafe-markup.ts';
import { validatePortal } from './validate-portal.ts';
import { checkArticleBody } from './article-body.ts';
import { isLocalResource } from '../security/sanitise-article.ts';
import { photoFormat } from './photo-format.ts';
import { parse as parseYaml } from 'yaml';
import { figureWarnings, readIndicatorCatalogue } from './figure-warnings.ts';
import { PARENT_LEVEL, type UnitLevel } from '../schema/vocabulary.ts';
import { checkUnitLifetimes } from './unit-lifetimes.ts';
import { checkReviewPeriod } from './review-period.ts';
import { checkFactsAfterUnitEnd, readEndedUnits, type EndedUnit } from './facts-after-unit-end.ts';
import { checkWholeCounts, type CountedIndicator } from './whole-counts.ts';

export interface SourceFile {
  /** Path relative to the project root, forward slashes. */
  path: string;
  text: string;
  /** Its encoding was refused (src/check/text-encoding.ts): text is only a best reading. */
  refused?: boolean;
}

export interface ContentSources {
  catalogues: Record<CatalogueName, SourceFile>;
  articles: SourceFile[];
  /** Whether a file exists, for photos an article points to (path relative to the root). */
  fileExists: (path: string) => boolean;
  /** The portal's settings (content/site.yaml), checked when portalPath is given; absent: missing. */
  portal?: SourceFile;
  portalPath?: string;
  /** The first bytes of a file (photo-format.ts: PHOTO_HEAD_BYTES), to tell a photo that cannot be read. */
  fileHead?: (path: string) => Uint8Array | undefined;
}

export interface ValidationReport {
  errors: ContentError[];
  articleCount: number;
  /** Figures versus text (severity 'warning'), when asked for: they never make the content invalid. */
  warnings?: ContentError[];
}

export interface ValidationOptions {
  /** Compare each article's indicators with the figures in its text (npm run check does). */
  figureWarnings?: boolean;
}

type CatalogueKeys = Record<CatalogueName, Set<string>>;

export function validateContent(sources: ContentSources, options: ValidationOptions = {}): ValidationReport {
  const errors: ContentError[] = [];
  if (sources.portalPath !== undefined) errors.push(...validatePortal(sources.portal, sources.portalPath).errors);
  const figures = options.figureWarnings
    ? { catalogue: readIndicatorCatalogue(sources.catalogues.indicators.text), warnings: [] as ContentError[] }
    : undefined;
  const keys = {} as CatalogueKeys;
  for (const name of Object.keys(CATALOGUE_FILES) as CatalogueName[]) {
    keys[name] = validateCatalogue(name, sources.catalogues[name], errors);
  }
  const cataloguePaths = Object.fromEntries(
    (Object.keys(CATALOGUE_FILES) as CatalogueName[]).map((name) => [name, sources.catalogues[name].path]),
  ) as Record<CatalogueName, string>;
  const schema = buildCheckSchema(keys, cataloguePaths);
  const slugOwners = new Map<string, string>();
  const photoProblem = photoChecker(sources);
  const ended = readEndedUnits(sources.catalogues.units.text);
  const counted = figures?.catalogue ?? readIndicatorCatalogue(sources.catalogues.indicators.text);
  for (const file of sources.articles) {
    validateArticle(file, schema, photoProblem, slugOwners, errors, figures, ended, counted);
  }
  return { errors, articleCount: sources.articles.length, ...(figures && { warnings: figures.warnings }) };
}

function buildCheckSchema(keys: CatalogueKeys, paths: Record<CatalogueName, string>) {
  const ref = (catalogue: CatalogueName) =>
    text().superRefine((key, ctx) => {
      if (keys[catalogue].has(key)) return;
      ctx.addIssue({
        code: 'custom',
        input: key,
        message: v.unknownKey(key, paths[catalogue], closestMatch(key, keys[catalogue])),
      });
    });
  return articleSchema({ ref, image: text });
}

function validateCatalogue(name: CatalogueName, file: SourceFile, errors: ContentError[]): Set<string> {
  const keys = new Set<string>();
  let items: unknown;
  try {
    items = parseYaml(file.text);
  } catch {
    errors.push(catalogueSyntaxError(file));
    return keys;
  }
  if (!Array.isArray(items)) {
    errors.push({ file: file.path, field: '', message: v.catalogueNotList });
    return keys;
  }
  const parsed: Array<Record<string, unknown>> = [];
  items.forEach((item, index) => {
    const result = catalogueSchemas[name].safeParse(item);
    if (!result.success) {
      errors.push(...errorsFromZod(file.path, result.error).map((e) => ({ ...e, field: `[${index}]${e.field ? '.' + e.field : ''}` })));
      return;
    }
    const key = result.data.key;
    if (!SLUG_PATTERN.test(key)) {
      errors.push({ file: file.path, field: `[${index}].key`, message: v.keyFormat(key, slugify(key)) });
    } else if (keys.has(key)) {
      errors.push({ file: file.path, field: `[${index}].key`, message: v.duplicateKey(key) });
    }
    keys.add(key);
    parsed.push({ ...result.data, index });
  });
  if (name === 'units') {
    checkUnitParents(file.path, parsed, errors);
    errors.push(...checkUnitLifetimes(file.path, parsed as Array<Record<string, unknown> & { index: number }>));
  }
  return keys;
}

function checkUnitParents(path: string, units: Array<Record<string, unknown>>, errors: ContentError[]) {
  const byKey = new Map(units.map((u) => [u.key as string, u]));
  for (const unit of units) {
    const field = `[${unit.index}].parent`;
    const expected = PARENT_LEVEL[unit.level as UnitLevel];
    if (unit.parent === undefined) {
      if (expected.length > 0) errors.push({ file: path, field, message: v.parentMissingLevel });
      continue;
    }
    const parent = byKey.get(unit.parent as string);
    if (!parent) {
      errors.push({ file: path, field, message: v.unknownKey(unit.parent as string, path, closestMatch(unit.parent as string, byKey.keys())) });
    } else if (expected.length > 0 && !expected.includes(parent.level as UnitLevel)) {
      errors.push({ file: path, field, message: v.parentLevel(unit.parent as string, expected.join(v.or)) });
    }
  }
}

function validateArticle(
  file: SourceFile,
  schema: ReturnType<typeof buildCheckSchema>,
  photoProblem: PhotoCheck,
  slugOwners: Map<string, string>,
  errors: ContentError[],
  figures?: { catalogue: ReturnType<typeof readIndicatorCatalogue>; warnings: ContentError[] },
  ended: ReadonlyMap<string, EndedUnit> = new Map(),
  counted: readonly CountedIndicator[] = [],
) {
  const location = parseArticlePath(file.path);
  if (!location) return; // read-content.ts only hands over index.md(x) files two folders deep
  const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);

  if (!SLUG_PATTERN.test(location.slug)) {
    errors.push({ file: file.path, field: '', message: v.slugFormat(location.slug, slugify(location.slug)) });
  }
  const owner = slugOwners.get(location.slug);
  if (owner) errors.push({ file: file.path, field: '', message: v.duplicateSlug(owner) });
  else slugOwners.set(location.slug, file.path);

  const parsed = parseFrontmatter(file.text);
  if (!parsed.ok) {
    if (parsed.reason === 'missing') errors.push({ file: file.path, line: 1, field: '', message: v.noFrontmatter });
    else errors.push({ file: file.path, line: parsed.line, field: parsed.field, message: v.yamlSyntax(parsed.message) });
    return;
  }
  const { data, body, lineOf, sourceOf, hasDottedNumber, slips } = parsed.frontmatter;
  const result = schema.safeParse(data);
  if (!result.success) errors.push(...withoutSlipLines(errorsFromZod(file.path, result.error, lineOf), slips));
  errors.push(...slips.map((slip) => ({ file: file.path, ...slip })));

  // YAML reads "1.600" as 1.6: the schema sees a valid number, only the source shows the slip.
  const indicators = (data as { indicators?: Array<{ value?: unknown } | undefined> }).indicators;
  const dotted = new Set<number>();
  if (hasDottedNumber && Array.isArray(indicators)) {
    indicators.forEach((_, i) => {
      const source = sourceOf(['indicators', i, 'value']);
      // Only where YAML made a number of it: "12.600.000" stays text, which the schema reports.
      if (typeof indicators[i]?.value === 'number' && source && /^\d{1,3}(\.\d{3})+$/.test(source)) {
        dotted.add(i);
        errors.push({
          file: file.path,
          line: lineOf(['indicators', i, 'value']),
          field: `indicators[${i}].value`,
          message: v.thousandsDot(source),
        });
      }
    });
  }

  if (result.success) {
    const year = localYear(result.data.publishedAt);
    if (String(year) !== location.year) {
      errors.push({ file: file.path, line: lineOf(['publishedAt']), field: 'publishedAt', message: v.yearFolder(location.year, year) });
    }
    const cover = result.data.cover as string | undefined;
    if (cover && !isLocalResource(cover)) {
      errors.push({ file: file.path, line: lineOf(['cover']), field: 'cover', message: bodySafety.remoteImage(cover) });
    } else {
      const problem = cover && besideArticle(cover) ? photoProblem(resolveRelative(folder, cover), cover) : undefined;
      if (problem) errors.push({ file: file.path, line: lineOf(['cover']), field: 'cover', message: problem });
    }
    errors.push(...checkReviewPeriod(file.path, result.data, lineOf));
    errors.push(...checkFactsAfterUnitEnd(file.path, result.data, lineOf, ended));
    errors.push(...checkWholeCounts(file.path, result.data.indicators, counted, lineOf, dotted));
  }

  const bodyStartLine = file.text.slice(0, file.text.length - body.length).split('\n').length;
  if (figures && result.success) {
    const { indicators, indicatorSuggestions } = result.data;
    const suggested = indicatorSuggestions?.map((s) => s.value);
    figures.warnings.push(...figureWarnings({ file: file.path, body, bodyStartLine, indicators, lineOf, catalogue: figures.catalogue, suggested }));
  }
  // HTML comments are notes to the author (the new-article template has some): never rendered.
  const rendered = body.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const image of findLocalImages(rendered)) {
    const problem = photoProblem(resolveRelative(folder, image.path), image.path);
    if (problem) errors.push({ file: file.path, line: bodyStartLine + image.line - 1, field: '', message: problem });
  }
  const flagged = new Set<number>();
  for (const finding of findUnsafeMarkup(rendered, location.extension)) {
    flagged.add(finding.line);
    errors.push({ file: file.path, line: bodyStartLine + finding.line - 1, field: '', message: v.unsafeHtml(finding.what) });
  }
  // The body as the build's parser reads it (MDX code and syntax, links, remote photos); the
  // friendly message above already covers its line when the regular expressions caught it.
  for (const finding of checkArticleBody(body, location.extension)) {
    if (!flagged.has(finding.line)) errors.push({ file: file.path, line: bodyStartLine + finding.line - 1, field: '', message: finding.message });
  }
}

/** A catalogue's YAML syntax error at the line of the mistake, said like an article's. */
function catalogueSyntaxError(file: SourceFile): ContentError {
  // Line 1 of the catalogue is line 1 of the YAML; the explainer counts from a leading newline.
  const mistake = yamlSyntaxMistake(`\n${file.text}`);
  return { file: file.path, line: mistake.line - 1, field: mistake.field, message: yamlText.catalogueSyntax(mistake.message) };
}

/**
 * A line with a YAML slip (an invisible character in a field name, a figure split at its comma)
 * also fails the schema, as a consequence: only the slip, which says what to write, is reported.
 */
function withoutSlipLines(found: ContentError[], slips: ReadonlyArray<{ line: number; field: string }>): ContentError[] {
  const lines = new Set(slips.map((slip) => slip.line));
  const fields = new Set(slips.map((slip) => slip.field));
  return found.filter((error) => !fields.has(error.field) && (error.line === undefined || !lines.has(error.line)));
}

/** What is wrong with a photo an article points to (path from the root, path as written), if anything. */
type PhotoCheck = (path: string, written: string) => string | undefined;

/** A photo must be there and be a format the build reads (an iPhone's HEIC named .jpg is not). */
function photoChecker(sources: ContentSources): PhotoCheck {
  return (path, written) => {
    if (!sources.fileExists(path)) return v.imageMissing(written);
    const head = sources.fileHead?.(path);
    if (!head) return undefined;
    const format = photoFormat(head);
    if (format === 'heic') return v.photoHeic(written);
    if (format === 'unknown') return v.photoUnreadable(written);
    return undefined;
  };
}

/**
 * Whether a photo path names a file in the article's folder, the only ones the missing-photo check
 * can look for: a remote address is refused by the security rules instead (isLocalResource), and a
 * path from the site's root is a file of public/.
 */
const besideArticle = (path: string) => isLocalResource(path) && !path.startsWith('/');

function resolveRelative(folder: string, path: string): string {
  const parts = (folder + path.replace(/^\.\//, '')).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  // Keep an absolute content folder absolute (BANTIN_CONTENT_DIR=/tmp/corpus).
  return (folder.startsWith('/') ? '/' : '') + out.join('/');
}

/** Markdown images with a relative path: `![alt](./photo.jpg "title")`. */
function findLocalImages(body: string): Array<{ path: string; line: number }> {
  const found: Array<{ path: string; line: number }> = [];
  body.split('\n').forEach((lineText, index) => {
    for (const match of lineText.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      if (besideArticle(match[1])) found.push({ path: decodeURI(match[1]), line: index + 1 });
    }
  });
  return found;
}
