import { describe, expect, it } from 'vitest';
import { counterFiles, lastDays, pageViews, SHARD_BYTES, shardOf, sideMostRead, splitIntoShards, type CounterData } from './counter-files.ts';
import { localDay } from './local-day.ts';

const today = localDay(Date.parse('2024-06-27T12:00:00+07:00'));
const data = (over: Partial<CounterData> = {}): CounterData => ({
  counters: { online: 3, today: 40, week: 120, total: 5000 },
  updatedAt: '2024-06-27T12:00:00+07:00',
  today,
  daily: new Map([[today, 40], [today - 1, 50], [today - 29, 9], [today - 30, 1000]]),
  pageVisitors: new Map([['/bai-viet/a/', 30], ['/', 80], ['/bai-viet/b/', 5]]),
  legacyViews: new Map([['/bai-viet/b/', 100], ['/bai-viet/c/', 7]]),
  titles: new Map([['/bai-viet/a/', 'Bài A'], ['/bai-viet/b/', 'Bài B']]),
  chartTitle: 'Người đọc mỗi ngày',
  chartDescription: (points) => `${points.length} ngày`,
  ...over,
});

describe('pageViews', () => {
  it('adds the legacy views to the visitors of each page, most viewed first', () => {
    expect(pageViews(data().pageVisitors, data().legacyViews)).toEqual([
      ['/bai-viet/b/', 105],
      ['/', 80],
      ['/bai-viet/a/', 30],
      ['/bai-viet/c/', 7],
    ]);
  });

  it('orders pages with equal views by address', () => {
    expect(pageViews(new Map([['/b/', 1], ['/a/', 1], ['/c/', 2]]), new Map())).toEqual([['/c/', 2], ['/a/', 1], ['/b/', 1]]);
  });
});

describe('shards', () => {
  it('hashes an address with 32-bit FNV-1a, as the page script does', () => {
    // FNV-1a of "" is the offset basis; of "a" a known value.
    expect(shardOf('', 2 ** 32)).toBe(2166136261);
    expect(shardOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(shardOf('/bai-viet/a/', 7)).toBe(shardOf('/bai-viet/a/', 2 ** 32) % 7);
  });

  it('keeps every shard under its size, with as few shards as that takes', () => {
    const views: [string, number][] = Array.from({ length: 2000 }, (_, i) => [`/bai-viet/bai-viet-so-${i}-co-ten-kha-dai/`, 1000 + i]);
    const shards = splitIntoShards(views);
    expect(shards.length & (shards.length - 1)).toBe(0);
    for (const text of shards) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SHARD_BYTES);
    const fewer = Array.from({ length: shards.length / 2 }, (_, i) => i);
    expect(fewer.some((i) => JSON.stringify(Object.fromEntries(views.filter(([a]) => shardOf(a, shards.length / 2) === i))).length > SHARD_BYTES)).toBe(true);
    const merged = Object.assign({}, ...shards.map((text) => JSON.parse(text)));
    expect(Object.keys(merged)).toHaveLength(2000);
    views.forEach(([address, count]) => expect(JSON.parse(shards[shardOf(address, shards.length)])[address]).toBe(count));
  });

  it('uses one shard for a small site and for none', () => {
    expect(splitIntoShards([['/', 1]])).toEqual(['{"/":1}']);
    expect(splitIntoShards([])).toEqual(['{}']);
  });
});

describe('lastDays', () => {
  it('lists the 30 days ending today, oldest first, with the days nobody came', () => {
    const days = lastDays(data().daily, today);
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ date: '2024-05-29', visitors: 9 });
    expect(days.at(-1)).toEqual({ date: '2024-06-27', visitors: 40 });
    expect(days[28]).toEqual({ date: '2024-06-26', visitors: 50 });
    expect(days[10].visitors).toBe(0);
  });
});

describe('counterFiles', () => {
  const files = counterFiles(data());

  it('writes the four counters with the time of the newest entry and the shard count', () => {
    expect(JSON.parse(files.get('tong-quan.json')!)).toEqual({ online: 3, today: 40, week: 120, total: 5000, updatedAt: '2024-06-27T12:00:00+07:00', shards: 1 });
  });

  it('writes each page’s views into its shard', () => {
    expect(JSON.parse(files.get('trang/0.json')!)).toEqual({ '/bai-viet/b/': 105, '/': 80, '/bai-viet/a/': 30, '/bai-viet/c/': 7 });
    expect(files.has('trang/1.json')).toBe(false);
  });

  it('lists the most-read articles with their titles, not the other pages', () => {
    const { top, days } = JSON.parse(files.get('thong-ke.json')!);
    expect(top).toEqual([
      { path: '/bai-viet/b/', title: 'Bài B', views: 105 },
      { path: '/bai-viet/a/', title: 'Bài A', views: 30 },
      { path: '/bai-viet/c/', title: '/bai-viet/c/', views: 7 },
    ]);
    expect(days).toHaveLength(30);
  });

  it('keeps ten articles in the most-read list', () => {
    const many = new Map(Array.from({ length: 15 }, (_, i) => [`/bai-viet/b${i}/`, i] as [string, number]));
    const { top } = JSON.parse(counterFiles(data({ pageVisitors: many, legacyViews: new Map() })).get('thong-ke.json')!);
    expect(top).toHaveLength(10);
    expect(top[0].views).toBe(14);
  });

  it('writes every page’s views as CSV for operators', () => {
    expect(files.get('tat-ca.csv')).toBe('path,views\n/bai-viet/b/,105\n/,80\n/bai-viet/a/,30\n/bai-viet/c/,7\n');
    const odd = counterFiles(data({ pageVisitors: new Map([['/a,"b"/', 1]]), legacyViews: new Map() }));
    expect(odd.get('tat-ca.csv')).toBe('path,views\n"/a,""b""/",1\n');
  });

  it('draws the chart of the same 30 days', () => {
    const svg = files.get('30-ngay.svg')!;
    expect(svg).toContain('<title>Người đọc mỗi ngày</title><desc>30 ngày</desc>');
    expect(svg.match(/<rect /g)).toHaveLength(30);
  });
});

describe('the side column’s most-read articles (doc-nhieu.json)', () => {
  const titles = new Map([['/bai-viet/a/', 'Bài A'], ['/bai-viet/b/', 'Bài B'], ['/bai-viet/c/', 'Bài C'], ['/chu-de/x/', 'Chủ đề']]);

  it('ranks the articles by their visitors of the last 30 days, not by all-time views', () => {
    const recent = new Map([['/bai-viet/a/', 12], ['/bai-viet/b/', 3], ['/', 90]]);
    const { days, top } = JSON.parse(counterFiles(data({ recentPageVisitors: recent })).get('doc-nhieu.json')!);
    expect(days).toBe(30);
    expect(top).toEqual([
      { path: '/bai-viet/a/', title: 'Bài A', views: 12 },
      { path: '/bai-viet/b/', title: 'Bài B', views: 3 },
    ]);
  });

  it('is an empty list when nobody read an article in those days', () => {
    expect(JSON.parse(counterFiles(data()).get('doc-nhieu.json')!)).toEqual({ days: 30, top: [] });
  });

  it('keeps five articles, most read first, equal ones by address', () => {
    // In reverse address order, so that equal counts must be put in order.
    const recent = new Map(Array.from({ length: 8 }, (_, i) => [`/bai-viet/b${7 - i}/`, (7 - i) % 3 === 0 ? 5 : 7 - i] as [string, number]));
    const many = new Map([...recent.keys()].map((path) => [path, path.toUpperCase()]));
    expect(sideMostRead(recent, many).map((r) => [r.path, r.views])).toEqual([
      ['/bai-viet/b7/', 7],
      ['/bai-viet/b0/', 5],
      ['/bai-viet/b3/', 5],
      ['/bai-viet/b5/', 5],
      ['/bai-viet/b6/', 5],
    ]);
    expect(sideMostRead(recent, many, 2)).toHaveLength(2);
  });

  it('leaves out pages that are not articles, articles no longer on the site, and pages nobody read', () => {
    const recent = new Map([['/chu-de/x/', 50], ['/khong-phai/trang/nao/', 45], ['/bai-viet/da-xoa/', 40], ['/bai-viet/c/', 0], ['/bai-viet/b/', 1]]);
    const withOdd = new Map([...titles, ['/khong-phai/trang/nao/', 'Lạ']]);
    expect(sideMostRead(recent, withOdd)).toEqual([{ path: '/bai-viet/b/', title: 'Bài B', views: 1 }]);
  });

  it('writes one article more than the column shows, for the page of one of them', () => {
    const recent = new Map(Array.from({ length: 9 }, (_, i) => [`/bai-viet/b${i}/`, 10 + i] as [string, number]));
    const many = new Map([...recent.keys()].map((path) => [path, path]));
    const { top } = JSON.parse(counterFiles(data({ recentPageVisitors: recent, titles: many })).get('doc-nhieu.json')!);
    expect(top.map((r: { path: string }) => r.path)).toEqual(['/bai-viet/b8/', '/bai-viet/b7/', '/bai-viet/b6/', '/bai-viet/b5/', '/bai-viet/b4/', '/bai-viet/b3/']);
  });
});
