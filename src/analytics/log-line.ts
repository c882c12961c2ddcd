/**
 * One line of an nginx or Apache access log in the *combined* format, read back into the fields
 * the counters need. Also accepted: extra fields after the user agent (nginx's
 * `$request_time`, `$http_x_forwarded_for`…) and Apache's `vhost_combined` (`host:port` first).
 * A line that is not one of these is a reason, never an exception: the job counts and reports it.
 */

export interface LogEntry {
  ip: string;
  /** Milliseconds since the epoch (UTC), the offset of the log already applied. */
  time: number;
  method: string;
  /** The request target as logged ("/bai-viet/x/?utm=1"), undefined when the request line had none. */
  target: string | undefined;
  status: number;
  userAgent: string;
}

export type LineProblem = 'too-long' | 'not-combined' | 'bad-time';
export type ParsedLine = { entry: LogEntry } | { problem: LineProblem };

/**
 * Longer than any real request line with a real user agent (a 10 KB user agent still parses);
 * a 1 MB line is junk and is not fed to the pattern at all.
 */
export const MAX_LINE_LENGTH = 64 * 1024;

// Anchored at both ends, quoted fields may hold \" escapes (nginx writes \x22, Apache \"):
// the pattern runs in time linear in the line. The first optional field is vhost_combined's host.
const COMBINED =
  /^(?:\S+ )?(\S+) \S+ \S+ \[(\d\d)\/([A-Z][a-z]{2})\/(\d{4}):(\d\d):(\d\d):(\d\d) ([+-])(\d\d)(\d\d)\] "((?:[^"\\]|\\.)*)" (\d{3}) (?:\d+|-) "(?:[^"\\]|\\.)*" "((?:[^"\\]|\\.)*)"(?: .*)?$/;

const MONTHS: Record<string, number> = {
  Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11,
};

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function parseLogLine(raw: string): ParsedLine {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.length > MAX_LINE_LENGTH) return { problem: 'too-long' };
  const m = COMBINED.exec(line);
  if (!m) return { problem: 'not-combined' };
  const time = logTime(m);
  if (time === undefined) return { problem: 'bad-time' };
  const [method, target] = m[11].split(' ');
  return { entry: { ip: m[1], time, method, target, status: Number(m[12]), userAgent: m[13] } };
}

/** `[10/Oct/2024:13:55:36 -0700]` as UTC milliseconds; undefined for a date not on the calendar. */
function logTime(m: RegExpExecArray): number | undefined {
  const month = MONTHS[m[3]];
  if (month === undefined) return undefined;
  const day = Number(m[2]);
  const year = Number(m[4]);
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const second = Number(m[7]);
  if (hour > 23 || minute > 59 || second > 60 || Number(m[10]) > 59) return undefined;
  // Date.UTC rolls 31 Feb over into March: a day that is not on the calendar is refused.
  if (new Date(Date.UTC(year, month, day)).getUTCDate() !== day) return undefined;
  const utc = Date.UTC(year, month, day, hour, minute, second);
  const offset = (m[8] === '-' ? -1 : 1) * (Number(m[9]) * HOUR + Number(m[10]) * MINUTE);
  return utc - offset;
}
