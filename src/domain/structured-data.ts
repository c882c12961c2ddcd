/** schema.org NewsArticle for search engines, from plain article data. */
import { toLocalIso } from './vietnamese-date.ts';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  publishedAt: Date;
  updatedAt?: Date;
  author: string;
  /** The agency that runs the portal, with its logo's full address (content/site.yaml). */
  publisher: { name: string; logo?: string };
  image?: string;
  section: string;
  keywords: string[];
}

export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline.slice(0, 110),
    description: input.description,
    inLanguage: 'vi',
    datePublished: toLocalIso(input.publishedAt),
    dateModified: toLocalIso(input.updatedAt ?? input.publishedAt),
    author: { '@type': 'Person', name: input.author },
    publisher: {
      '@type': 'Organization',
      name: input.publisher.name,
      ...(input.publisher.logo ? { logo: { '@type': 'ImageObject', url: input.publisher.logo } } : {}),
    },
    ...(input.image ? { image: [input.image] } : {}),
    articleSection: input.section,
    ...(input.keywords.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}
