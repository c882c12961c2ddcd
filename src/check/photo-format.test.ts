import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { photoFormat, PHOTO_HEAD_BYTES } from './photo-format.ts';

const pixel = () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } });
const head = (bytes: Uint8Array) => bytes.subarray(0, PHOTO_HEAD_BYTES);

describe('what a photo file holds', () => {
  it.each(['jpeg', 'png', 'webp', 'gif', 'avif', 'tiff'] as const)('knows a real %s file', async (format) => {
    expect(photoFormat(head(await pixel().toFormat(format).toBuffer()))).toBe(format);
  });

  it('knows SVG, with or without an XML declaration or a byte-order mark', () => {
    const svg = (text: string) => photoFormat(new TextEncoder().encode(text));
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toBe('svg');
    expect(svg('\uFEFF<?xml version="1.0"?>\n<svg viewBox="0 0 1 1">')).toBe('svg');
    expect(svg('<!-- bản đồ -->\n<svg>')).toBe('svg');
    expect(svg('\n  <svg>')).toBe('svg');
    expect(svg('<?xml version="1.0"?><html>')).toBe('unknown');
    expect(svg('Ảnh: <svg>')).toBe('unknown');
  });

  const box = (type: string, brand: string) => new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode(`${type}${brand}`), 0, 0, 0, 0]);

  it.each(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1'])('knows an iPhone photo (HEIF brand %s)', (brand) => {
    expect(photoFormat(box('ftyp', brand))).toBe('heic');
  });

  it('knows AVIF by either brand, and only in an ftyp box', () => {
    expect(photoFormat(box('ftyp', 'avis'))).toBe('avif');
    expect(photoFormat(box('moov', 'heic'))).toBe('unknown');
  });

  it('calls anything else unknown: text, a Word document, a JPEG cut before its header', () => {
    expect(photoFormat(new TextEncoder().encode('không phải ảnh'))).toBe('unknown');
    expect(photoFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe('unknown');
    expect(photoFormat(new Uint8Array([0xff, 0xd8]))).toBe('unknown');
    expect(photoFormat(new Uint8Array([0, 0, 0, 0x18, ...new TextEncoder().encode('ftypmp42')]))).toBe('unknown');
    expect(photoFormat(new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]))).toBe('unknown');
    expect(photoFormat(new TextEncoder().encode('XXXX\0\0\0\0WEBP'))).toBe('unknown');
  });
});
