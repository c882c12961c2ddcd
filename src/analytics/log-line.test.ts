import { describe, expect, it } from 'vitest';
import { MAX_LINE_LENGTH, parseLogLine } from './log-line.ts';

const UA = 'Mozilla/5.0 (Linux; Android 13; SM-A536E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36';
const combined = (time = '28/Jun/2024:08:30:15 +0700', request = 'GET /bai-viet/x/ HTTP/1.1', status = '200', ua = UA) =>
  `203.113.10.7 - - [${time}] "${request}" ${status} 5120 "https://www.google.com/" "${ua}"`;

const entryOf = (line: string) => {
  const parsed = parseLogLine(line);
  if (!('entry' in parsed)) throw new Error(`not parsed: ${parsed.problem}`);
  return parsed.entry;
};

describe('parseLogLine', () => {
  it('reads the fields of an nginx/Apache combined line', () => {
    expect(entryOf(combined())).toEqual({
      ip: '203.113.10.7',
      time: Date.UTC(2024, 5, 28, 1, 30, 15),
      method: 'GET',
      target: '/bai-viet/x/',
      status: 200,
      userAgent: UA,
    });
  });

  it('converts a timestamp in any offset to the same moment', () => {
    const moment = Date.UTC(2024, 5, 28, 1, 30, 15);
    expect(entryOf(combined('28/Jun/2024:01:30:15 +0000')).time).toBe(moment);
    expect(entryOf(combined('27/Jun/2024:21:30:15 -0400')).time).toBe(moment);
    expect(entryOf(combined('28/Jun/2024:07:00:15 +0530')).time).toBe(moment);
    expect(entryOf(combined('27/Jun/2024:15:00:15 -1030')).time).toBe(moment);
  });

  it('reads every month name', () => {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    months.forEach((name, month) => expect(entryOf(combined(`01/${name}/2024:00:00:00 +0000`)).time).toBe(Date.UTC(2024, month, 1)));
  });

  it('accepts extra fields after the user agent and Apache vhost_combined', () => {
    expect(entryOf(`${combined()} 0.012 "-" rt=0.004`).userAgent).toBe(UA);
    const vhost = entryOf(`dvqs.example.gov.vn:443 ${combined()}`);
    expect(vhost.ip).toBe('203.113.10.7');
    expect(vhost.target).toBe('/bai-viet/x/');
  });

  it('reads IPv6 addresses, a remote user, "-" byte counts and escaped quotes', () => {
    const line = `2001:db8::1 - admin [28/Jun/2024:08:30:15 +0700] "GET /?q=\\"x\\" HTTP/2.0" 304 - "-" "Zalo \\"app\\""`;
    expect(entryOf(line)).toMatchObject({ ip: '2001:db8::1', target: '/?q=\\"x\\"', status: 304, userAgent: 'Zalo \\"app\\"' });
  });

  it('keeps an empty user agent and a request line without a target', () => {
    expect(entryOf(combined(undefined, undefined, undefined, '')).userAgent).toBe('');
    const junk = entryOf(combined(undefined, '\\x16\\x03\\x01', '400'));
    expect(junk.method).toBe('\\x16\\x03\\x01');
    expect(junk.target).toBeUndefined();
  });

  it('drops the carriage return of a CRLF line', () => {
    expect(entryOf(`${combined()}\r`).userAgent).toBe(UA);
  });

  it('reads a line with a 10 KB user agent', () => {
    const long = 'A'.repeat(10 * 1024);
    expect(entryOf(combined(undefined, undefined, undefined, long)).userAgent).toBe(long);
  });

  it('refuses a line longer than the limit without parsing it', () => {
    const huge = combined(undefined, undefined, undefined, 'A'.repeat(MAX_LINE_LENGTH));
    expect(parseLogLine(huge)).toEqual({ problem: 'too-long' });
    expect('entry' in parseLogLine(combined(undefined, undefined, undefined, 'A'.repeat(MAX_LINE_LENGTH - 200)))).toBe(true);
  });

  it('reports lines that are not combined format', () => {
    for (const line of [
      '',
      'garbage',
      '203.113.10.7 - - [28/Jun/2024:08:30:15 +0700] "GET / HTTP/1.1" 200 512', // common format: no referer, no UA
      combined().replace('"https', 'https'),
      `x${combined()}`.replace(' - - ', ' -- '),
      '\u0000\u0001\u0002\ufffd\ufffd',
      combined(undefined, undefined, '20'),
      combined(undefined, undefined, '2000'),
    ]) {
      expect(parseLogLine(line), line).toEqual({ problem: 'not-combined' });
    }
  });

  it('reports timestamps that are not on the calendar or the clock', () => {
    for (const time of ['31/Feb/2024:08:30:15 +0700', '28/Jun/2024:24:00:00 +0700', '28/Jun/2024:08:60:15 +0700', '28/Jun/2024:08:30:61 +0700', '28/Jun/2024:08:30:15 +0760', '28/Jux/2024:08:30:15 +0700']) {
      expect(parseLogLine(combined(time)), time).toEqual({ problem: 'bad-time' });
    }
    expect(entryOf(combined('29/Feb/2024:23:59:59 +0000')).time).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(entryOf(combined('30/Jun/2024:23:59:60 +0000')).time).toBe(Date.UTC(2024, 6, 1));
  });
});
