/**
 * The article contract, written once. Astro builds it with `reference()` and `image()`
 * (src/content.config.ts); the content check builds it with key look-ups in the catalogues
 * (src/check/validate-content.ts). Either way the same fields, types and messages.
 */
import { z } from 'astro/zod';
import type { CatalogueName } from './catalogues.ts';
import { ARTICLE_KINDS, QUALIFIERS } from './vocabulary.ts';
import { qualifierWords, validation as v } from '../i18n/vi.ts';
import { count, figure, flag, list, localDateTime, oneOf, optionalText, period, record, text } from './fields.ts';


export interface SchemaHooks<Ref extends z.ZodType, Img extends z.ZodType> {
  /** A key into one of the catalogues. */
  ref: (catalogue: CatalogueName) => Ref;
  /** A photo path relative to the article. */
  image: () => Img;
}

export function indicatorEntrySchema<Ref extends z.ZodType>(ref: (catalogue: CatalogueName) => Ref) {
  return record({
    key: ref('indicators'),
    value: figure(),
    qualifier: oneOf(QUALIFIERS, qualifierWords).default('exact'),
    org: ref('organisations').optional(),
    period: period().optional(),
    note: optionalText(),
  });
}

export function articleSchema<Ref extends z.ZodType, Img extends z.ZodType>({ ref, image }: SchemaHooks<Ref, Img>) {
  return record({
    title: text(),
    summary: text(),
    publishedAt: localDateTime(),
    updatedAt: localDateTime().optional(),
    unit: ref('units'),
    kind: oneOf(ARTICLE_KINDS),
    period: period().optional(),
    author: text(),
    source: optionalText(),
    tags: list(text()).default([]),
    cover: image().optional(),
    coverAlt: optionalText(),
    /** Shown under the cover photo; without it the photo has no caption (coverAlt is for those who cannot see it). */
    coverCaption: optionalText(),
    indicators: list(indicatorEntrySchema(ref)).default([]),
    draft: flag().default(false),
    legacyViews: count().optional(),
  }).superRefine((data, ctx) => {
    if (data.cover !== undefined && !data.coverAlt) {
      ctx.addIssue({ code: 'custom', path: ['coverAlt'], message: v.coverAltMissing, input: data.coverAlt });
    }
    if (data.updatedAt && data.updatedAt < data.publishedAt) {
      ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: v.updatedBeforePublished(data.updatedAt, data.publishedAt), input: data.updatedAt });
    }
  });
}


/**
 * An article as the domain sees it: the schema's output with catalogue references as plain
 * keys and the cover as a path. Derived, never re-declared, so a field added to the schema
 * reaches the domain's types at once.
 */
type PlainArticleSchema = ReturnType<typeof articleSchema<z.ZodString, z.ZodString>>;
export type ArticleData = z.output<PlainArticleSchema>;
export type IndicatorEntry = z.output<ReturnType<typeof indicatorEntrySchema<z.ZodString>>>;
