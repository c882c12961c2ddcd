import { describe, expect, it } from 'vitest';
import { localDay } from './local-day.ts';
import { VisitTally } from './visit-tally.ts';
import { visitorId } from './visitor-id.ts';

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
const saltA = Buffer.alloc(32, 1);
const saltB = Buffer.alloc(32, 2);
const day = localDay(vn('2024-06-27T12:00:00'));
const ANDROID = 'Mozilla/5.0 (Linux; Android 13) Chrome/120 Mobile';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) Safari/604.1';

const tallyOf = (saltOf = (d: number) => (d === day ? saltA : d === day + 1 ? saltB : undefined)) => new VisitTally(saltOf);
const visitors = (tally: VisitTally, d: number) => tally.days.get(d)?.lastSeen.size ?? 0;
const pageVisitors = (tally: VisitTally, d: number, page: string) => tally.days.get(d)?.pages.get(page)?.size ?? 0;

describe('VisitTally', () => {
  it('counts a reload by the same visitor on the same day once', () => {
    const tally = tallyOf();
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', ANDROID, '/bai-viet/x/');
    tally.add(vn('2024-06-27T08:00:05'), '1.2.3.4', ANDROID, '/bai-viet/x/');
    tally.add(vn('2024-06-27T20:00:00'), '1.2.3.4', ANDROID, '/bai-viet/x/');
    expect(visitors(tally, day)).toBe(1);
    expect(pageVisitors(tally, day, '/bai-viet/x/')).toBe(1);
  });

  it('tells visitors apart by IP and by user agent', () => {
    const tally = tallyOf();
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', ANDROID, '/');
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', IPHONE, '/');
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.5', ANDROID, '/');
    expect(visitors(tally, day)).toBe(3);
    expect(pageVisitors(tally, day, '/')).toBe(3);
  });

  it('counts the same visitor again on the next local day', () => {
    const tally = tallyOf();
    tally.add(vn('2024-06-27T23:59:00'), '1.2.3.4', ANDROID, '/bai-viet/x/');
    tally.add(vn('2024-06-28T00:01:00'), '1.2.3.4', ANDROID, '/bai-viet/x/');
    expect(visitors(tally, day)).toBe(1);
    expect(visitors(tally, day + 1)).toBe(1);
    expect(pageVisitors(tally, day + 1, '/bai-viet/x/')).toBe(1);
  });

  it('counts one visitor once per page they viewed', () => {
    const tally = tallyOf();
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', ANDROID, '/bai-viet/x/');
    tally.add(vn('2024-06-27T08:01:00'), '1.2.3.4', ANDROID, '/bai-viet/y/');
    expect(visitors(tally, day)).toBe(1);
    expect(pageVisitors(tally, day, '/bai-viet/x/')).toBe(1);
    expect(pageVisitors(tally, day, '/bai-viet/y/')).toBe(1);
  });

  it('keeps the latest moment each visitor was seen, whatever the order of the lines', () => {
    const tally = tallyOf();
    tally.add(vn('2024-06-27T09:00:00'), '1.2.3.4', ANDROID, '/');
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', ANDROID, '/');
    const id = visitorId(saltA, '1.2.3.4', ANDROID);
    expect([...tally.days.get(day)!.lastSeen]).toEqual([[id, vn('2024-06-27T09:00:00')]]);
    tally.add(vn('2024-06-27T10:00:00'), '1.2.3.4', ANDROID, '/');
    expect(tally.days.get(day)!.lastSeen.get(id)).toBe(vn('2024-06-27T10:00:00'));
  });

  it('knows visitors only by the day’s salted hash', () => {
    const tally = tallyOf();
    tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', ANDROID, '/');
    tally.add(vn('2024-06-28T08:00:00'), '1.2.3.4', ANDROID, '/');
    const first = [...tally.days.get(day)!.lastSeen.keys()][0];
    const second = [...tally.days.get(day + 1)!.lastSeen.keys()][0];
    expect(first).toBe(visitorId(saltA, '1.2.3.4', ANDROID));
    expect(second).toBe(visitorId(saltB, '1.2.3.4', ANDROID));
    expect(first).not.toBe(second);
    expect(first).not.toContain('1.2.3.4');
  });

  it('leaves out a view on a closed day and says so', () => {
    const tally = tallyOf();
    expect(tally.add(vn('2024-06-26T08:00:00'), '1.2.3.4', ANDROID, '/')).toBe(false);
    expect(tally.days.size).toBe(0);
    expect(tally.add(vn('2024-06-27T08:00:00'), '1.2.3.4', ANDROID, '/')).toBe(true);
  });

  it('asks for a day’s salt once', () => {
    let asked = 0;
    const tally = tallyOf(() => (asked++, saltA));
    for (let i = 0; i < 3; i++) tally.add(vn('2024-06-27T08:00:00') + i, `1.2.3.${i}`, ANDROID, '/');
    expect(asked).toBe(1);
  });
});
