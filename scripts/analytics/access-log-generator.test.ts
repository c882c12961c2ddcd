import { isbot } from 'isbot';
import { describe, expect, it } from 'vitest';
import { parseLogLine, type LogEntry } from '../../src/analytics/log-line.ts';
import { generateAccessLog, nginxLocalTime } from './access-log-generator.ts';

const pages = ['/', '/nam/', '/bai-viet/a/', '/bai-viet/b/', '/bai-viet/c/'];
const end = Date.parse('2026-11-26T10:15:00+07:00');
const plan = { pages, lines: 20_000, days: 14, end };

describe('generateAccessLog', () => {
  const lines = [...generateAccessLog(plan)];
  const entries = lines.map((line) => (parseLogLine(line) as { entry: LogEntry }).entry);

  it('writes the same log for the same plan', () => {
    expect([...generateAccessLog(plan)]).toEqual(lines);
    expect([...generateAccessLog({ ...plan, seed: 2 })]).not.toEqual(lines);
  });

  it('writes nginx combined lines, about as many as asked, ending at the plan’s end', () => {
    expect(entries.every(Boolean)).toBe(true);
    expect(lines.length).toBeGreaterThan(15_000);
    expect(lines.length).toBeLessThan(25_000);
    expect(Math.max(...entries.map((e) => e.time))).toBeLessThanOrEqual(end);
    expect(Math.min(...entries.map((e) => e.time))).toBeGreaterThan(end - 14 * 86_400_000 - 86_400_000);
  });

  it('mixes readers and crawlers, pages and assets, views and errors', () => {
    const bots = entries.filter((e) => isbot(e.userAgent)).length;
    expect(bots / entries.length).toBeGreaterThan(0.05);
    expect(bots / entries.length).toBeLessThan(0.3);
    expect(entries.some((e) => e.status === 404)).toBe(true);
    expect(entries.some((e) => e.status === 304)).toBe(true);
    expect(entries.some((e) => e.method === 'POST')).toBe(true);
    expect(entries.some((e) => e.ip.includes(':'))).toBe(true);
    expect(entries.some((e) => e.target?.startsWith('/_astro/'))).toBe(true);
    const articleViews = entries.filter((e) => e.target?.startsWith('/bai-viet/a/')).length;
    expect(articleViews).toBeGreaterThan(entries.filter((e) => e.target === '/nam/').length);
  });

  it('writes each day’s lines in time order', () => {
    for (let i = 1; i < entries.length; i++) {
      if (Math.floor((entries[i].time + 7 * 3_600_000) / 86_400_000) === Math.floor((entries[i - 1].time + 7 * 3_600_000) / 86_400_000)) {
        expect(entries[i].time).toBeGreaterThanOrEqual(entries[i - 1].time);
      }
    }
  });
});

describe('nginxLocalTime', () => {
  it('writes Vietnam local time as nginx does', () => {
    expect(nginxLocalTime(Date.UTC(2024, 5, 27, 20, 5, 9))).toBe('28/Jun/2024:03:05:09 +0700');
  });
});
