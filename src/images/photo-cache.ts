/**
 * Encoded photos by what they are made from: the source bytes and the resize. Astro names its
 * own cached files by the source's path and options, which a process outside Astro cannot
 * predict; this cache lets the pre-encoder (pre-encode.ts) work beside Astro's page rendering
 * and Astro's image service (sharp-service.ts) pick the results up.
 *
 * Only plain resizes are cached: width and height of the photo's own proportions, cropped from
 * the centre if at all, in PHOTO_FORMAT at the configured quality. Anything else (a background,
 * another crop, a quality set on one image) is encoded by Astro as usual.
 */
import { createHash, randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PHOTO_FORMAT } from './photo-settings.ts';

export interface PhotoTransform {
  width?: number;
  height?: number;
  format?: string;
  quality?: unknown;
  fit?: string;
  position?: string;
  background?: unknown;
}

/**
 * The cache key of a plain resize, or undefined when the transform is not one. Sharp's defaults
 * are fit "cover" from the centre, so those spelled out and left out encode the same. The
 * encoder settings actually used and the libvips version are part of the key: a change to either
 * makes new files rather than serving old ones.
 */
export function photoCacheKey(source: Uint8Array, transform: PhotoTransform, encoder: unknown): string | undefined {
  const plain =
    transform.format === PHOTO_FORMAT &&
    transform.quality === undefined &&
    transform.background === undefined &&
    (transform.fit === undefined || transform.fit === 'cover') &&
    (transform.position === undefined || transform.position === 'center');
  if (!plain || !transform.width || !transform.height) return undefined;
  const hash = createHash('sha256').update(source).update(JSON.stringify([encoder, sharp.versions.vips])).digest('hex').slice(0, 32);
  return `${hash}-${Math.round(transform.width)}x${Math.round(transform.height)}.${PHOTO_FORMAT}`;
}

export async function readCachedPhoto(dir: string, key: string): Promise<Buffer | undefined> {
  try {
    return await readFile(join(dir, key));
  } catch {
    return undefined;
  }
}

/** Written under a temporary name and renamed, so a reader never sees half a file. */
export async function writeCachedPhoto(dir: string, key: string, data: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  // Unique per write: Astro encodes several photos at once, and two copies of one photo share a key.
  const temporary = join(dir, `.${key}.${randomUUID()}.tmp`);
  await writeFile(temporary, data);
  await rename(temporary, join(dir, key));
}
