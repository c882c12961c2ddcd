/**
 * The page views of one run, gathered in memory before they are added to the state in one
 * transaction: per local day, each visitor's last moment seen and the pages each one viewed.
 * Counting distinct visitors is then a matter of which (day, visitor) and (day, page, visitor)
 * pairs the state did not hold yet, whatever order the lines came in.
 */
import { localDay } from './local-day.ts';
import { visitorId } from './visitor-id.ts';

export interface DayTally {
  /** Visitor id → the latest moment (UTC ms) seen that day. */
  lastSeen: Map<string, number>;
  /** Page address → the visitors who viewed it that day. */
  pages: Map<string, Set<string>>;
}

export class VisitTally {
  readonly days = new Map<number, DayTally>();
  /** Page views added so far. */
  views = 0;
  private readonly salts = new Map<number, Buffer>();

  /**
   * @param saltOf the secret salt of an open day; undefined for a day already closed, whose
   *   views can no longer be told apart from the ones counted and are left out.
   */
  constructor(saltOf: (day: number) => Buffer | undefined) {
    this.saltOf = saltOf;
  }

  private readonly saltOf: (day: number) => Buffer | undefined;

  /** Adds one page view; false when its day is closed and it was left out. */
  add(time: number, ip: string, userAgent: string, page: string): boolean {
    const day = localDay(time);
    let tally = this.days.get(day);
    if (tally === undefined) {
      const salt = this.saltOf(day);
      if (salt === undefined) return false;
      tally = { lastSeen: new Map(), pages: new Map() };
      this.days.set(day, tally);
      this.salts.set(day, salt);
    }
    // Hashed on every view rather than cached by (IP, user agent): a cache keyed by those
    // strings would keep every chunk of the log they were cut from in memory.
    const id = visitorId(this.salts.get(day)!, ip, userAgent);
    const seen = tally.lastSeen.get(id);
    if (seen === undefined || time > seen) tally.lastSeen.set(id, time);
    let visitors = tally.pages.get(page);
    // A copy as the key, for the same reason: the address may be a slice of the log's text.
    if (visitors === undefined) tally.pages.set(Buffer.from(page).toString(), (visitors = new Set()));
    visitors.add(id);
    this.views++;
    return true;
  }
}
