/**
 * The handful of photos the benchmark corpus copies into its articles: 1200×800 JPEGs at the
 * size and quality staff upload, drawn from seeded shapes plus grain so the encoders (AVIF,
 * WebP) get photographic detail to compress, not flat colour that would make them look fast.
 */
import sharp from 'sharp';
import { createRandom } from './random.ts';

const WIDTH = 1200;
const HEIGHT = 800;

function scene(seed: number): string {
  const random = createRandom(seed);
  const colour = () => `hsl(${random.int(0, 359)} ${random.int(20, 70)}% ${random.int(25, 75)}%)`;
  let shapes = `<rect width="${WIDTH}" height="${HEIGHT}" fill="${colour()}"/>`;
  shapes += `<rect y="${random.int(300, 500)}" width="${WIDTH}" height="${HEIGHT}" fill="${colour()}"/>`;
  for (let i = 0; i < 60; i++) {
    const x = random.int(0, WIDTH);
    const y = random.int(0, HEIGHT);
    shapes += random.chance(0.5)
      ? `<circle cx="${x}" cy="${y}" r="${random.int(8, 60)}" fill="${colour()}"/>`
      : `<rect x="${x}" y="${y}" width="${random.int(20, 220)}" height="${random.int(20, 220)}" fill="${colour()}"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">${shapes}</svg>`;
}

function grain(seed: number): Buffer {
  const random = createRandom(seed ^ 0x9e37);
  const pixels = Buffer.alloc(WIDTH * HEIGHT);
  for (let i = 0; i < pixels.length; i++) pixels[i] = 128 + Math.round((random.next() + random.next() - 1) * 40);
  return pixels;
}

/** One JPEG per seed; the same seed gives the same bytes on the same sharp version. */
export async function renderCorpusPhoto(seed: number): Promise<Buffer> {
  return sharp(Buffer.from(scene(seed)))
    .blur(1.2)
    .composite([{ input: grain(seed), raw: { width: WIDTH, height: HEIGHT, channels: 1 }, blend: 'soft-light' }])
    .jpeg({ quality: 72, mozjpeg: true })
    .toBuffer();
}

/**
 * The same picture with a JPEG comment naming its article. Astro names optimised images by a
 * hash of the source file's bytes, so identical copies would be encoded once for the whole
 * archive; real articles each bring their own photos, and so must the benchmark's.
 */
export function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'utf8').subarray(0, 60_000);
  const header = Buffer.from([0xff, 0xfe, (text.length + 2) >> 8, (text.length + 2) & 0xff]);
  // Right after the start-of-image marker (FF D8), where any segment may go.
  return Buffer.concat([jpeg.subarray(0, 2), header, text, jpeg.subarray(2)]);
}
