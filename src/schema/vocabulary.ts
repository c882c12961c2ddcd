/**
 * The portal's vocabulary, spelled once: the schema builds its enums from these lists, the
 * domain takes its types from them and src/i18n/vi.ts labels each value (a `Record` over the
 * type, so a value without a label fails the type check). Adding a kind or a level is one edit
 * here plus its label there.
 *
 * No imports: the domain and the labels depend on this module, never the other way round.
 */

/** What an article reports: an interim review, a full-period review, a conference, a news item. */
export const ARTICLE_KINDS = ['so-ket', 'tong-ket', 'hoi-nghi', 'tin-hoat-dong'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** Reviews report figures for a period they must state (issue: nothing dropped silently). */
export const REVIEW_KINDS: readonly ArticleKind[] = ['so-ket', 'tong-ket'];

/** Administrative levels, from the top of the tree down: province, district, commune. */
export const UNIT_LEVELS = ['tinh', 'huyen', 'xa'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/**
 * The levels a unit's parent may have; none for a province. Until 30 June 2025 a commune sat in a
 * district; from 1 July 2025 districts no longer exist and communes hang directly under provinces,
 * so both are valid (the units' `lastDay` says which era a unit belongs to).
 */
export const PARENT_LEVEL: Readonly<Record<UnitLevel, readonly UnitLevel[]>> = { tinh: [], huyen: ['tinh'], xa: ['huyen', 'tinh'] };

/** How exact a reported figure is: as written, "trên/hơn" (a lower bound), "gần" (just under). */
export const QUALIFIERS = ['exact', 'over', 'under'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A total's qualifier: a reported one, or "khoảng" when lower bounds and near values are mixed. */
export const TOTAL_QUALIFIERS = [...QUALIFIERS, 'approx'] as const;
export type TotalQualifier = (typeof TOTAL_QUALIFIERS)[number];

/** Whether an indicator may be added up (counts, amounts) or not (rates, stocks). */
export const AGGREGATES = ['sum', 'none'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/**
 * Units of measure that take a decimal part (12,5 km, 97,5 %). Every other unit an indicator
 * counts in (người, suất, nhà, ngày công, đồng…) is a count: its value is a whole number, so a
 * value like 1.6 people is the trace of "1.600" read as a decimal (YAML, or the editor's number
 * box). An indicator measured in another unit says `decimal: true` in indicators.yaml.
 */
export const MEASURED_UNITS = ['%', 'km', 'km²', 'm', 'm²', 'm³', 'ha', 'tấn', 'tạ', 'kg', 'lít', 'giờ'] as const;
