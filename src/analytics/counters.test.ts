import { describe, expect, it } from 'vitest';
import { DAY_GRACE_MS, firstOpenDay, onlineWindow, summariseCounters } from './counters.ts';
import { localDay } from './local-day.ts';

const vn = (iso: string) => Date.parse(`${iso}+07:00`);
// Thursday 27 June 2024; its week began on Monday 24 June.
const thursday = localDay(vn('2024-06-27T12:00:00'));

describe('summariseCounters', () => {
  const daily = new Map([
    [thursday - 4, 1000], // Sunday of the week before
    [thursday - 3, 100], // Monday
    [thursday - 1, 20],
    [thursday, 7],
  ]);

  it('counts Hôm nay as the distinct visitors of the newest entry’s local day', () => {
    expect(summariseCounters(daily, vn('2024-06-27T23:59:00'), 0, 0).today).toBe(7);
    expect(summariseCounters(daily, vn('2024-06-28T00:01:00'), 0, 0).today).toBe(0);
  });

  it('sums Trong tuần from that week’s Monday, never the Sunday before', () => {
    expect(summariseCounters(daily, vn('2024-06-27T10:00:00'), 0, 0).week).toBe(127);
    expect(summariseCounters(daily, vn('2024-06-23T10:00:00'), 0, 0).week).toBe(1000);
    expect(summariseCounters(daily, vn('2024-07-01T10:00:00'), 0, 0).week).toBe(0);
  });

  it('does not put days after "now" in the week', () => {
    expect(summariseCounters(daily, vn('2024-06-25T10:00:00'), 0, 0).week).toBe(100);
  });

  it('sums Tất cả over every day and adds the old portal’s baseline', () => {
    expect(summariseCounters(daily, vn('2024-06-27T10:00:00'), 0, 0).total).toBe(1127);
    expect(summariseCounters(daily, vn('2024-06-27T10:00:00'), 0, 3_898_151).total).toBe(3_899_278);
  });

  it('passes Đang online through', () => {
    expect(summariseCounters(new Map(), vn('2024-06-27T10:00:00'), 4, 0)).toEqual({ online: 4, today: 0, week: 0, total: 0 });
  });
});

describe('onlineWindow', () => {
  it('is the five minutes ending at the newest entry', () => {
    const now = vn('2024-06-27T10:00:00');
    expect(onlineWindow(now)).toEqual({ from: now - 5 * 60_000 + 1, to: now });
  });
});

describe('firstOpenDay', () => {
  it('keeps yesterday open for a while after midnight, then closes it', () => {
    const midnight = vn('2024-06-28T00:00:00');
    expect(firstOpenDay(midnight + DAY_GRACE_MS - 1)).toBe(thursday);
    expect(firstOpenDay(midnight + DAY_GRACE_MS)).toBe(thursday + 1);
    expect(firstOpenDay(vn('2024-06-27T12:00:00'))).toBe(thursday);
  });
});
