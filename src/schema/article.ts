/**
 * The article contract, written once. Astro builds it with `reference()` and `image()`
 * (src/content.config.ts); the content check builds it with key look-ups in the catalogues
 * (src/check/validate-content.ts). Either way the same fields, types and messages.
 */
import { z } from 'astro/zod';
import type { CatalogueName } from './catalogues.ts';
import { ARTICLE_KINDS, QUALIFIERS, TOTAL_QUALIFIERS } from './vocabulary.ts';
import { draftMarkers, qualifierWords, validation as v } from '../i18n/vi.ts';
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

/**
 * A figure the importer read in an old page's text but could not place with certainty: staff
 * confirm it (move it to `indicators`) or delete it. Drafts only.
 */
export function indicatorSuggestionSchema<Ref extends z.ZodType>(ref: (catalogue: CatalogueName) => Ref) {
  return record({
    value: figure(),
    qualifier: oneOf(TOTAL_QUALIFIERS).default('exact'),
    unitText: optionalText(),
    context: text(),
    key: ref('indicators').optional(),
    org: ref('organisations').optional(),
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
    indicatorSuggestions: list(indicatorSuggestionSchema(ref)).optional(),
    review: list(text()).optional(),
  }).superRefine((data, ctx) => {
    // Review markers keep an imported article from going out before a person has looked at it.
    for (const field of ['indicatorSuggestions', 'review'] as const) {
      if (data[field] !== undefined && data.draft !== true) {
        ctx.addIssue({ code: 'custom', path: [field], message: draftMarkers.onlyInDrafts(field), input: data[field] });
      }
    }
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
