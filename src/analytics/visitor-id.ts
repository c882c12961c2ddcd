/**
 * A visitor is an (IP, user agent) pair within one local day, known to the counters only as a
 * hash keyed with that day's secret salt. The salt is random and is deleted when the day is
 * closed, so nobody holding the state afterwards — its owner included — can tell whether a given
 * address visited: the hashes of a closed day cannot be recomputed.
 */
import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret salt for one local day. */
export function newDailySalt(): Buffer {
  return randomBytes(32);
}

/** The visitor's id for one day: 16 bytes of SHA-256 over salt, IP and user agent. */
export function visitorId(salt: Buffer, ip: string, userAgent: string): string {
  return createHash('sha256').update(salt).update(ip).update('\n').update(userAgent).digest('base64url').slice(0, 22);
}
