import { describe, expect, it } from 'vitest';
import { buildRelatedIndex, relatedArticles } from '../../src/domain/related.ts';
import { createRandom } from '../../scripts/bench/random.ts';

interface A {
  slug: string;
  tags: string[];
  unit: string;
  kind: 'so-ket' | 'tong-ket' | 'hoi-nghi' | 'tin-hoat-dong';
  publishedAt: Date;
}

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000);
const article = (slug: string, n: number, unit: string, tags: string[], kind: A['kind'] = 'so-ket'): A => ({ slug, tags, unit, kind, publishedAt: day(n) });

/**
 * The definition, written the slow way: every article that shares a tag or the unit, fully
 * sorted. Each entry keeps its score and distance so a test can check the order position by
 * position, while two articles equally near (one before, one after) may come in either order.
 */
function bruteForce(target: A, all: A[], limit: number): Array<{ slug: string; rank: string }> {
  const fold = (t: string) => t.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  const tags = new Set(target.tags.map(fold));
  return all
    .filter((o) => o !== target)
    .map((o) => {
      const shared = new Set(o.tags.map(fold)).intersection(tags).size;
      const score = shared * 3 + (o.unit === target.unit ? 2 : 0);
      return { o, score: score === 0 ? 0 : score + (o.kind === target.kind ? 1 : 0), distance: Math.abs(o.publishedAt.getTime() - target.publishedAt.getTime()) };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance)
    .slice(0, limit)
    .map((x) => ({ slug: x.o.slug, rank: `score ${x.score}, ${x.distance / 86_400_000} days away` }));
}

describe('related articles', () => {
  it('ranks shared tags over the same unit over the same kind, then nearness in time', () => {
    const target = article('t', 100, 'gia-vien', ['Dân vận', 'Tân binh']);
    const all = [
      target,
      article('two-tags', 10, 'khac', ['dân vận', 'tân binh'], 'hoi-nghi'),
      article('tag-unit', 300, 'gia-vien', ['Dân vận'], 'hoi-nghi'),
      article('tag-kind', 90, 'khac', ['Dân vận']),
      article('tag', 101, 'khac', ['Dân vận'], 'hoi-nghi'),
      article('unit', 99, 'gia-vien', ['Khác'], 'hoi-nghi'),
      article('nothing', 100, 'khac', ['Khác']),
    ];
    const index = buildRelatedIndex(all);
    expect(relatedArticles(target, index, 10).map((a) => a.slug)).toEqual(['two-tags', 'tag-unit', 'tag-kind', 'tag', 'unit']);
    expect(relatedArticles(target, index, 2).map((a) => a.slug)).toEqual(['two-tags', 'tag-unit']);
    expect(relatedArticles(target, index, 0)).toEqual([]);
  });

  it('counts a tag written with or without diacritics, đ included, as the same tag', () => {
    const target = article('t', 100, 'u1', ['Dân vận', 'Đoàn Thanh niên']);
    const all = [
      target,
      article('plain', 300, 'u2', ['dan van', 'Doan thanh nien'], 'hoi-nghi'),
      article('unit-only', 101, 'u1', ['Khác'], 'hoi-nghi'),
      article('none', 100, 'u3', ['Dân tộc'], 'hoi-nghi'),
    ];
    // "plain" shares both tags once folded (6 points) and beats the nearer same-unit article (2).
    expect(relatedArticles(target, buildRelatedIndex(all), 5).map((a) => a.slug)).toEqual(['plain', 'unit-only']);
  });

  it('finds related articles for an article the index was built without (a preview of a new one)', () => {
    const indexed = [article('a', 10, 'u1', ['dân vận'], 'hoi-nghi'), article('b', 14, 'u2', ['Khác'], 'hoi-nghi')];
    const fresh = article('fresh', 11, 'u-moi', ['Dân Vận', 'Chủ đề mới', 'Khác'], 'hoi-nghi');
    expect(relatedArticles(fresh, buildRelatedIndex(indexed), 5).map((a) => a.slug)).toEqual(['a', 'b']);
  });

  it('never lists the article itself, and finds nothing for an article sharing nothing', () => {
    const lonely = article('lonely', 5, 'u1', ['riêng']);
    const index = buildRelatedIndex([lonely, article('x', 6, 'u2', ['khác'])]);
    expect(relatedArticles(lonely, index, 4)).toEqual([]);
  });

  it('agrees with the slow definition on a random archive whose groups fit the window', () => {
    const random = createRandom(7);
    const tags = ['Dân vận', 'Tân binh', 'Hội Phụ nữ', 'Đoàn Thanh niên', 'Nhà đại đoàn kết', 'Biên giới'];
    const units = ['u1', 'u2', 'u3', 'u4'];
    const kinds: A['kind'][] = ['so-ket', 'tong-ket', 'hoi-nghi', 'tin-hoat-dong'];
    // Distinct days for the articles; two can still be equally far on either side of a target.
    const all = Array.from({ length: 60 }, (_, i) =>
      article(`a${i}`, i * 3 + random.int(0, 1), random.pick(units), tags.filter(() => random.chance(0.3)), random.pick(kinds)),
    );
    const index = buildRelatedIndex(all);
    for (const target of all) {
      const fast = relatedArticles(target, index, 4).map((a) => a.slug);
      const slow = bruteForce(target, all, 4);
      const rankOf = new Map(bruteForce(target, all, all.length).map((x) => [x.slug, x.rank]));
      // Position by position the same score and distance; the same articles overall.
      expect(fast.map((slug) => rankOf.get(slug)), target.slug).toEqual(slow.map((x) => x.rank));
      expect(fast.toSorted(), target.slug).toEqual(slow.map((x) => x.slug).toSorted());
    }
  });
});

describe('related articles in a large archive', () => {
  it('looks only at the articles nearest in time within a big tag, and still finds the best of them', () => {
    // 2 000 articles share one tag, one a day; the target sits in the middle.
    const all = Array.from({ length: 2000 }, (_, i) => article(`a${i}`, i, `u${i % 50}`, ['Dân vận'], 'hoi-nghi'));
    const target = article('t', 1000, 'u-target', ['Dân vận', 'Tân binh'], 'hoi-nghi');
    // One article 10 days away shares both tags: it must win despite 1 999 other candidates.
    all[990] = article('both', 990, 'u-x', ['Dân vận', 'Tân binh'], 'so-ket');
    // Newest first, as site data lists them: the index must order each group by time itself.
    const index = buildRelatedIndex([target, ...all].reverse());
    const related = relatedArticles(target, index, 4).map((a) => a.slug);
    expect(related[0]).toBe('both');
    // The rest: same tag and kind, nearest in time first.
    expect(related.slice(1)).toEqual(['a1000', 'a999', 'a1001']);
  });

  it('scores a candidate on everything it shares, even outside one group\'s window', () => {
    // A busy unit: 300 articles around the target's date; X shares the tag and the unit but is
    // far outside the unit's window. Y shares only the tag and the kind.
    const busy = Array.from({ length: 300 }, (_, i) => article(`u${i}`, 1000 + (i - 150), 'busy', ['Khác'], 'tin-hoat-dong'));
    const target = article('t', 1000, 'busy', ['Dân vận'], 'so-ket');
    const x = article('x', 500, 'busy', ['Dân vận'], 'hoi-nghi');
    const y = article('y', 900, 'other', ['Dân vận'], 'so-ket');
    const index = buildRelatedIndex([...busy, target, x, y]);
    // X: tag 3 + unit 2 = 5; Y: tag 3 + kind 1 = 4.
    expect(relatedArticles(target, index, 2).map((a) => a.slug)).toEqual(['x', 'y']);
  });
});
