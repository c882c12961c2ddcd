/**
 * What the analytics job publishes into the served site, under luot-xem/, as file contents:
 * - tong-quan.json, the footer's four counters (and how many shards the page counts are in);
 * - trang/<n>.json, page views by page address, split so that no shard passes 2 KB: a page
 *   fetches the overview and its own shard, never the whole list;
 * - thong-ke.json, the access-statistics page's 30 days and most-read articles;
 * - 30-ngay.svg, the chart of those days; tat-ca.csv, every page's views for operators;
 * - doc-nhieu.json, the article side column's "Đọc nhiều": the articles most read over the last
 *   30 days, with their titles, so the column needs nothing else (public/js/most-read.js).
 * The client script (public/js/counters.js) finds a page's shard with the same hash as here.
 */
import { parsePagePath } from '../urls.ts';
import { dailyChartSvg, type DayPoint } from './daily-chart.ts';
import type { Counters } from './counters.ts';
import { localDate } from './local-day.ts';

export const COUNTERS_FOLDER = 'luot-xem';
export const CHART_DAYS = 30;
export const MOST_READ_COUNT = 10;
/** The side column's list: what fits beside an article without pushing it down on a phone. */
export const SIDE_MOST_READ_COUNT = 5;
/** The side column ranks by the last 30 days, as news portals do, so that it changes with the news. */
export const SIDE_MOST_READ_DAYS = 30;
/** Room for the overview (about 120 bytes) in a page's 2 KB. */
export const SHARD_BYTES = 1900;
const MAX_SHARDS = 65_536;

export interface CounterData {
  counters: Counters;
  /** The newest log entry, as local time with its offset. */
  updatedAt: string;
  /** Today's local day number (the newest entry's). */
  today: number;
  /** Distinct visitors per local day. */
  daily: ReadonlyMap<number, number>;
  /** Per page, daily distinct visitors summed over days. */
  pageVisitors: ReadonlyMap<string, number>;
  /** Views carried over from the old portal, by article address. */
  legacyViews: ReadonlyMap<string, number>;
  /** Article titles by address, for the most-read list. */
  titles: ReadonlyMap<string, string>;
  /** Per page, daily distinct visitors summed over the last SIDE_MOST_READ_DAYS days (today's included). */
  recentPageVisitors?: ReadonlyMap<string, number>;
  chartTitle: string;
  chartDescription: (points: readonly DayPoint[]) => string;
}

/** FNV-1a over the address's UTF-16 code units; public/js/counters.js computes the same. */
export function shardOf(address: string, shards: number): number {
  let hash = 2166136261;
  for (let i = 0; i < address.length; i++) hash = Math.imul(hash ^ address.charCodeAt(i), 16777619) >>> 0;
  return hash % shards;
}

/** Lượt xem of every page: visitors summed over days plus the legacy views, most viewed first. */
export function pageViews(pageVisitors: ReadonlyMap<string, number>, legacyViews: ReadonlyMap<string, number>): [string, number][] {
  const views = new Map(pageVisitors);
  for (const [address, legacy] of legacyViews) views.set(address, (views.get(address) ?? 0) + legacy);
  return [...views].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** The smallest power of two of shards with none over SHARD_BYTES, and their JSON. */
export function splitIntoShards(views: readonly [string, number][]): string[] {
  for (let shards = 1; ; shards *= 2) {
    const parts: Record<string, number>[] = Array.from({ length: shards }, () => ({}));
    for (const [address, count] of views) parts[shardOf(address, shards)][address] = count;
    const texts = parts.map((part) => JSON.stringify(part));
    // An address longer than a shard could hold would never fit: stop splitting at some point.
    if (texts.every((text) => Buffer.byteLength(text) <= SHARD_BYTES) || shards >= MAX_SHARDS) return texts;
  }
}

/**
 * The side column's most-read articles: articles of the built site only (a deleted article's
 * address has no title and is left out rather than shown as a dead link), most visitors first.
 */
export function sideMostRead(recent: ReadonlyMap<string, number>, titles: ReadonlyMap<string, string>, count = SIDE_MOST_READ_COUNT) {
  return [...recent]
    .filter(([path, views]) => views > 0 && titles.has(path) && parsePagePath(path)?.type === 'article')
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([path, views]) => ({ path, title: titles.get(path)!, views }));
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function lastDays(daily: ReadonlyMap<number, number>, today: number, count = CHART_DAYS): DayPoint[] {
  return Array.from({ length: count }, (_, i) => {
    const day = today - count + 1 + i;
    return { date: localDate(day), visitors: daily.get(day) ?? 0 };
  });
}

/** Every file under luot-xem/, by path relative to it. */
export function counterFiles(data: CounterData): Map<string, string> {
  const views = pageViews(data.pageVisitors, data.legacyViews);
  const shards = splitIntoShards(views);
  const files = new Map<string, string>();
  files.set('tong-quan.json', JSON.stringify({ ...data.counters, updatedAt: data.updatedAt, shards: shards.length }));
  shards.forEach((text, i) => files.set(`trang/${i}.json`, text));
  const days = lastDays(data.daily, data.today);
  const top = views
    .filter(([address]) => parsePagePath(address)?.type === 'article')
    .slice(0, MOST_READ_COUNT)
    .map(([path, count]) => ({ path, title: data.titles.get(path) ?? path, views: count }));
  files.set('thong-ke.json', JSON.stringify({ days, top }));
  // One more than the column shows: on the page of one of them, the list leaves that one out.
  files.set('doc-nhieu.json', JSON.stringify({ days: SIDE_MOST_READ_DAYS, top: sideMostRead(data.recentPageVisitors ?? new Map(), data.titles, SIDE_MOST_READ_COUNT + 1) }));
  files.set('30-ngay.svg', dailyChartSvg(days, data.chartTitle, data.chartDescription(days)));
  files.set('tat-ca.csv', ['path,views', ...views.map(([path, count]) => `${csvField(path)},${count}`)].join('\n') + '\n');
  return files;
}
