/** Site-wide settings an operator may change; everything a reader sees is in src/i18n/vi.ts. */

/** The public address of the portal, for canonical URLs, RSS and the sitemap. */
export const SITE_URL = process.env.BANTIN_SITE_URL ?? 'https://dvqs.example.gov.vn';

/** Articles on a year, unit, tag or author page before it continues on the next page. */
export const PAGE_SIZE = 20;

/** Articles in the home page's "latest" list and in the RSS feed. */
export const LATEST_COUNT = 12;
export const FEED_COUNT = 30;

/** Related articles under each article. */
export const RELATED_COUNT = 4;
