/**
 * What a photo file really holds, from its first bytes. A photo that is there but cannot be
 * read stopped the build deep inside Astro ("NoImageMetadata: Could not process image metadata"):
 * an iPhone's HEIC photo named .jpg, a Word document renamed, a file cut short by a download.
 */
export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'tiff' | 'svg' | 'heic' | 'unknown';

/** Bytes a format check needs: the longest signature read is 12 bytes, SVG's opening tag a few more. */
export const PHOTO_HEAD_BYTES = 256;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

export function photoFormat(head: Uint8Array): PhotoFormat {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 4) === 'GIF8') return 'gif';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0]) || startsWith(head, [0x4d, 0x4d, 0, 0x2a])) return 'tiff';
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12);
    if (brand === 'avif' || brand === 'avis') return 'avif';
    if (HEIF_BRANDS.has(brand)) return 'heic';
  }
  // TextDecoder drops a leading byte-order mark itself.
  const text = new TextDecoder().decode(head).trimStart();
  if (/^<(\?xml|svg|!--)/i.test(text) && /<svg[\s>]/i.test(text)) return 'svg';
  return 'unknown';
}
