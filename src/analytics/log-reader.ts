/**
 * Reads the complete lines of one log file, plain or gzip, from a byte offset of its (unzipped)
 * content. A file is known by its head, the hash of its first bytes, not by its name: after a
 * rotation access.log is access.log.1 and then access.log.2.gz, and each is still the same log.
 * A plain file's last line without its newline is still being written: it is left for the next
 * run. A gzip file is finished: its last line counts with or without a newline, unless the file
 * is cut short, when the lines before the cut count and the file is reported as truncated.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { MAX_LINE_LENGTH } from './log-line.ts';

/** How many first bytes identify a log file. */
export const HEAD_BYTES = 4096;
const CHUNK = 1 << 18;
const NEWLINE = 0x0a;

export interface FileHead {
  /** The first min(HEAD_BYTES, size) bytes of the content. */
  bytes: Buffer;
  /** For a plain file, its size; gzip content's size is only known at its end. */
  size: number | undefined;
}

export interface ReadResult {
  /** Where reading began and where the last complete line read ends (content offsets). */
  start: number;
  end: number;
  lines: number;
  /** A gzip file cut short (its lines before the cut were read). */
  truncated: boolean;
  /** Bytes after the last newline of a plain file: a line still being written. */
  pending: number;
}

/** sha256 of the first `length` bytes of a head, as hex. */
export function headHash(head: Buffer, length: number): string {
  return createHash('sha256').update(head.subarray(0, length)).digest('hex');
}

/**
 * Reads `path`: `decide` gets the file's head and returns the content offset to read from
 * (undefined: skip the file), then every complete line from there goes to `onLine`
 * (undefined for a line longer than MAX_LINE_LENGTH, which is not kept in memory).
 */
export async function readLogFile(
  path: string,
  decide: (head: FileHead) => number | undefined,
  onLine: (line: string | undefined) => void,
): Promise<ReadResult | undefined> {
  const file = await open(path, 'r');
  let size: number;
  let head: Buffer;
  try {
    size = (await file.stat()).size;
    head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    if (head.length > 0) await file.read(head, 0, head.length, 0);
  } finally {
    await file.close();
  }
  const splitter = new LineSplitter(onLine);
  // Known by its content, not its name: logrotate's "compress" and a copied file alike.
  if (head[0] === 0x1f && head[1] === 0x8b) return readGzip(path, decide, splitter);
  const start = decide({ bytes: head, size });
  if (start === undefined) return undefined;
  splitter.position = start;
  if (start < size) {
    // Up to the size seen now: lines written meanwhile wait for the next run.
    for await (const chunk of createReadStream(path, { start, end: size - 1, highWaterMark: CHUNK })) splitter.push(chunk as Buffer);
  }
  return { start, end: splitter.position, lines: splitter.lines, truncated: false, pending: splitter.pendingBytes() };
}

async function readGzip(path: string, decide: (head: FileHead) => number | undefined, splitter: LineSplitter): Promise<ReadResult | undefined> {
  const gunzip = createReadStream(path, { highWaterMark: CHUNK }).pipe(createGunzip({ chunkSize: CHUNK }));
  let offset = 0;
  let headParts: Buffer[] | undefined = [];
  let headLength = 0;
  let start: number | undefined;
  let skipped = false;
  const begin = (): boolean => {
    const bytes = Buffer.concat(headParts!).subarray(0, HEAD_BYTES);
    start = decide({ bytes, size: undefined });
    if (start === undefined) return false;
    splitter.position = start;
    // The head's chunks were kept aside; feed them now from the decided offset.
    const buffered = Buffer.concat(headParts!);
    headParts = undefined;
    if (buffered.length > start) splitter.push(buffered.subarray(start));
    return true;
  };
  let truncated = false;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      if (headParts) {
        headParts.push(chunk);
        headLength += chunk.length;
        offset += chunk.length;
        if (headLength >= HEAD_BYTES && !begin()) {
          skipped = true;
          break;
        }
        continue;
      }
      const chunkStart = offset;
      offset += chunk.length;
      if (offset <= start!) continue;
      splitter.push(chunkStart >= start! ? chunk : chunk.subarray(start! - chunkStart));
    }
  } catch (error) {
    // Not gzip at all past its first two bytes: nothing to keep, the caller reports it.
    if (offset === 0) throw error;
    // zlib's "unexpected end of file": what was unzipped before the cut is kept.
    truncated = true;
  } finally {
    gunzip.destroy();
  }
  if (skipped) return undefined;
  if (headParts && !begin()) return undefined;
  // A finished gzip file's last line needs no newline; a cut one's last line is cut too.
  if (!truncated) splitter.finish();
  return { start: start!, end: splitter.position, lines: splitter.lines, truncated, pending: truncated ? splitter.pendingBytes() : 0 };
}

/**
 * Splits chunks of bytes into lines, keeping the bytes after the last newline for the next
 * chunk; `position` is the content offset just after the last complete line.
 */
export class LineSplitter {
  position = 0;
  lines = 0;
  private carry: Buffer[] = [];
  private carryLength = 0;
  /** Bytes of an overlong line dropped so far. */
  private skippedBytes = 0;
  /** The line being gathered is already too long: its bytes are dropped until its newline. */
  private overlong = false;

  private readonly onLine: (line: string | undefined) => void;

  constructor(onLine: (line: string | undefined) => void) {
    this.onLine = onLine;
  }

  push(chunk: Buffer): void {
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, from)) {
      if (this.carryLength > 0 || this.overlong) {
        // The first line of this chunk began in an earlier one.
        this.emitCarried(chunk.subarray(0, nl));
        from = nl + 1;
        continue;
      }
      // Every newline up to the chunk's last one: decode them together, split in the string.
      const last = chunk.lastIndexOf(NEWLINE);
      const text = chunk.toString('utf8', from, last);
      for (const line of text.split('\n')) this.emit(line);
      this.position += last + 1 - from;
      from = last + 1;
      break;
    }
    if (from < chunk.length) this.keep(chunk.subarray(from));
  }

  /** The end of a finished file: its last line counts without a newline. */
  finish(): void {
    if (this.carryLength === 0 && !this.overlong) return;
    this.emitCarried(Buffer.alloc(0));
    // emitCarried counted a newline the file does not have.
    this.position -= 1;
  }

  pendingBytes(): number {
    return this.carryLength + this.skippedBytes;
  }

  private keep(rest: Buffer): void {
    if (this.overlong) {
      this.skippedBytes += rest.length;
      return;
    }
    this.carry.push(rest);
    this.carryLength += rest.length;
    // Counted in bytes: a UTF-8 line is never longer in characters than in bytes.
    if (this.carryLength > MAX_LINE_LENGTH) {
      this.overlong = true;
      this.skippedBytes += this.carryLength;
      this.carry = [];
      this.carryLength = 0;
    }
  }

  private emitCarried(tail: Buffer): void {
    if (this.overlong) {
      this.position += this.skippedBytes + tail.length + 1;
      this.overlong = false;
      this.skippedBytes = 0;
      this.emit(undefined);
      return;
    }
    const line = Buffer.concat([...this.carry, tail]);
    this.carry = [];
    this.carryLength = 0;
    this.position += line.length + 1;
    this.emit(line.length > MAX_LINE_LENGTH ? undefined : line.toString('utf8'));
  }

  private emit(line: string | undefined): void {
    this.lines++;
    this.onLine(line);
  }
}
