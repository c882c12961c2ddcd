import { describe, expect, it } from 'vitest';
import { latestArticles, otherArticlesOfUnit } from './article-sidebar.ts';

const at = (slug: string, iso: string) => ({ slug, title: `Tin ${slug}`, publishedAt: new Date(iso) });
const newestFirst = [at('e', '2024-05-05T01:00:00Z'), at('d', '2024-04-04T01:00:00Z'), at('c', '2024-03-03T01:00:00Z'), at('b', '2024-02-02T01:00:00Z'), at('a', '2024-01-01T01:00:00Z')];

describe('the article page’s side column', () => {
  it('lists the unit’s newest other articles, never the one being read', () => {
    expect(otherArticlesOfUnit(newestFirst[1], newestFirst, 3).map((a) => a.slug)).toEqual(['e', 'c', 'b']);
    expect(otherArticlesOfUnit(newestFirst[4], newestFirst, 2).map((a) => a.slug)).toEqual(['e', 'd']);
    expect(otherArticlesOfUnit(newestFirst[0], [newestFirst[0]], 3)).toEqual([]);
  });
  it('feeds one latest article more than it shows, so each page can leave itself out', () => {
    expect(latestArticles(newestFirst, 2, (slug) => `/bai-viet/${slug}/`)).toEqual([
      { url: '/bai-viet/e/', title: 'Tin e', date: '05/05/2024' },
      { url: '/bai-viet/d/', title: 'Tin d', date: '04/04/2024' },
      { url: '/bai-viet/c/', title: 'Tin c', date: '03/03/2024' },
    ]);
  });
});
