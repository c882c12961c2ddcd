/** Every internal link of the portal comes from here, so a URL scheme changes in one place. */
import { slugify } from './domain/slug.ts';

const pageSuffix = (page: number) => (page > 1 ? `${page}/` : '');

/**
 * Tag and author links are on nearly every page, for a few hundred distinct names: folding each
 * name once instead of per link took about 1 s off a 10 000-article build.
 */
const slugs = new Map<string, string>();
const slugOf = (name: string) => {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name)));
  return slug;
};

export const urls = {
  home: () => '/',
  article: (slug: string) => `/bai-viet/${slug}/`,
  years: () => '/nam/',
  year: (year: number | string, page = 1) => `/nam/${year}/${pageSuffix(page)}`,
  units: () => '/don-vi/',
  unit: (key: string, page = 1) => `/don-vi/${key}/${pageSuffix(page)}`,
  tags: () => '/chu-de/',
  tag: (tag: string, page = 1) => `/chu-de/${slugOf(tag)}/${pageSuffix(page)}`,
  author: (name: string, page = 1) => `/tac-gia/${slugOf(name)}/${pageSuffix(page)}`,
  statistics: () => '/thong-ke/',
  search: (query?: string) => (query ? `/tim-kiem/?q=${encodeURIComponent(query)}` : '/tim-kiem/'),
  rss: () => '/rss.xml',
} as const;
