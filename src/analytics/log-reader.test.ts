import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAD_BYTES, headHash, LineSplitter, readLogFile, type FileHead } from './log-reader.ts';
import { MAX_LINE_LENGTH } from './log-line.ts';

const dir = mkdtempSync(join(tmpdir(), 'bantin-log-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: string | Buffer) => {
  const path = join(dir, `f${n++}`);
  writeFileSync(path, content);
  return path;
};

async function read(path: string, start = 0) {
  const lines: (string | undefined)[] = [];
  let head: FileHead | undefined;
  const result = await readLogFile(path, (h) => ((head = h), start), (line) => lines.push(line));
  return { lines, result, head };
}

describe('readLogFile', () => {
  it('reads complete lines and leaves a half-written last line for later', async () => {
    const { lines, result, head } = await read(file('one\ntwo\nthr'));
    expect(lines).toEqual(['one', 'two']);
    expect(result).toEqual({ start: 0, end: 8, lines: 2, truncated: false, pending: 3 });
    expect(head).toEqual({ bytes: Buffer.from('one\ntwo\nthr'), size: 11 });
  });

  it('reads on from an offset', async () => {
    const { lines, result } = await read(file('one\ntwo\nthree\n'), 4);
    expect(lines).toEqual(['two', 'three']);
    expect(result).toMatchObject({ start: 4, end: 14, pending: 0 });
  });

  it('reads nothing from the end of a file', async () => {
    const { lines, result } = await read(file('one\n'), 4);
    expect(lines).toEqual([]);
    expect(result).toMatchObject({ start: 4, end: 4, lines: 0 });
  });

  it('skips a file when told to', async () => {
    const lines: unknown[] = [];
    expect(await readLogFile(file('a\n'), () => undefined, (l) => lines.push(l))).toBeUndefined();
    expect(await readLogFile(file(gzipSync('a\n')), () => undefined, (l) => lines.push(l))).toBeUndefined();
    expect(await readLogFile(file(gzipSync('a\n'.repeat(5000))), () => undefined, (l) => lines.push(l))).toBeUndefined();
    expect(lines).toEqual([]);
  });

  it('gives the first 4 KB as the head', async () => {
    const content = 'x'.repeat(HEAD_BYTES + 100) + '\n';
    const plain = await read(file(content));
    expect(plain.head!.bytes.length).toBe(HEAD_BYTES);
    const zipped = await read(file(gzipSync(content)));
    expect(zipped.head!.bytes.equals(plain.head!.bytes)).toBe(true);
    expect(zipped.head!.size).toBeUndefined();
  });

  it('reads gzip content, its last line with or without a newline', async () => {
    expect((await read(file(gzipSync('one\ntwo')))).lines).toEqual(['one', 'two']);
    const { lines, result } = await read(file(gzipSync('one\ntwo\n')));
    expect(lines).toEqual(['one', 'two']);
    expect(result).toEqual({ start: 0, end: 8, lines: 2, truncated: false, pending: 0 });
  });

  it('reads gzip content on from an offset of the unzipped text, across chunks', async () => {
    const content = Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const offset = content.indexOf('line 150000\n');
    const { lines, result } = await read(file(gzipSync(content)), offset);
    expect(lines[0]).toBe('line 150000');
    expect(lines).toHaveLength(50_000);
    expect(result!.end).toBe(Buffer.byteLength(content));
  });

  it('reads a cut gzip file up to the cut and says it was cut', async () => {
    const content = Array.from({ length: 50_000 }, (_, i) => `line ${i} ${'x'.repeat(i % 50)}`).join('\n') + '\n';
    const zipped = gzipSync(content);
    const { lines, result } = await read(file(zipped.subarray(0, Math.floor(zipped.length / 2))));
    expect(result!.truncated).toBe(true);
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.length).toBeLessThan(50_000);
    // Every line handed over is whole, and the offset is just after the last one.
    lines.forEach((line, i) => expect(line).toBe(`line ${i} ${'x'.repeat(i % 50)}`));
    expect(result!.end).toBe(Buffer.byteLength(lines.map((l) => `${l}\n`).join('')));
  });

  it('reads a gzip file cut inside its head', async () => {
    const zipped = gzipSync('first line\nsecond line\n');
    const { lines, result } = await read(file(zipped.subarray(0, zipped.length - 8)));
    expect(lines).toEqual(['first line', 'second line']);
    expect(result!.truncated).toBe(true);
  });

  it('reads several gzip members one after another, as logrotate can leave them', async () => {
    expect((await read(file(Buffer.concat([gzipSync('a\n'), gzipSync('b\n')])))).lines).toEqual(['a', 'b']);
  });

  it('drops a line longer than the limit without holding it, and reads on after it', async () => {
    const huge = 'y'.repeat(3 * 1024 * 1024);
    const { lines, result } = await read(file(`one\n${huge}\ntwo\n`));
    expect(lines).toEqual(['one', undefined, 'two']);
    expect(result!.end).toBe(huge.length + 9);
  });

  it('reports a line still growing past the limit as pending', async () => {
    const { lines, result } = await read(file(`one\n${'z'.repeat(MAX_LINE_LENGTH * 3)}`));
    expect(lines).toEqual(['one']);
    expect(result!.pending).toBe(MAX_LINE_LENGTH * 3);
  });

  it('keeps UTF-8 characters split across chunks whole', async () => {
    const line = 'ă'.repeat(700_000);
    const { lines } = await read(file(`${line}\nđ\n`));
    expect(lines).toEqual([undefined, 'đ']);
    const short = 'x'.repeat((1 << 20) - 1) + 'ệ\n';
    // The multi-byte letter straddles the 1 MB chunk boundary.
    const spliced = await read(file(`a\n${'b'.repeat(1000)}ệ\n${short}`));
    expect(spliced.lines[1]).toBe('b'.repeat(1000) + 'ệ');
  });
});

describe('LineSplitter', () => {
  it('joins a line split over several chunks', () => {
    const lines: (string | undefined)[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    for (const part of ['ab', 'c\nde', 'f', '\ng\nh']) splitter.push(Buffer.from(part));
    expect(lines).toEqual(['abc', 'def', 'g']);
    expect(splitter.position).toBe(10);
    expect(splitter.pendingBytes()).toBe(1);
    splitter.finish();
    expect(lines).toEqual(['abc', 'def', 'g', 'h']);
    expect(splitter.position).toBe(11);
    splitter.finish();
    expect(lines).toHaveLength(4);
  });

  it('counts an overlong line once, at its newline, and its bytes in the offset', () => {
    const lines: (string | undefined)[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    splitter.push(Buffer.alloc(MAX_LINE_LENGTH + 10, 'q'));
    splitter.push(Buffer.alloc(10, 'q'));
    expect(lines).toEqual([]);
    splitter.push(Buffer.from('q\nok\n'));
    expect(lines).toEqual([undefined, 'ok']);
    expect(splitter.position).toBe(MAX_LINE_LENGTH + 25);
    expect(splitter.lines).toBe(2);
  });

  it('ends a finished file on an overlong last line', () => {
    const lines: (string | undefined)[] = [];
    const splitter = new LineSplitter((l) => lines.push(l));
    splitter.push(Buffer.alloc(MAX_LINE_LENGTH + 10, 'q'));
    splitter.finish();
    expect(lines).toEqual([undefined]);
    expect(splitter.position).toBe(MAX_LINE_LENGTH + 10);
  });
});

describe('headHash', () => {
  it('hashes the first bytes only', () => {
    expect(headHash(Buffer.from('abcdef'), 3)).toBe(headHash(Buffer.from('abcxyz'), 3));
    expect(headHash(Buffer.from('abcdef'), 4)).not.toBe(headHash(Buffer.from('abcxyz'), 4));
    expect(headHash(Buffer.from('abc'), 3)).toMatch(/^[0-9a-f]{64}$/);
  });
});
