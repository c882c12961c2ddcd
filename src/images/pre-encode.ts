/**
 * Encodes the photos of every article ahead of Astro, at the widths pages ask for
 * (PHOTO_WIDTHS), into the photo cache (photo-cache.ts). It runs in a process of its own beside
 * Astro's setup, bundling and page rendering, which use one core of two; Astro's image phase
 * then finds most photos done. A photo it did not reach, or resized some other way, Astro
 * encodes as before: this only moves work earlier, it decides nothing. On a rebuild it only
 * reads and hashes the photos, finding them done (Astro's own cache then answers before its
 * image service is even asked, so the stop signal may never come; the work left is that reading).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import type { AstroConfig, LocalImageService } from 'astro';
import { PHOTO_WIDTHS } from '../config.ts';
import { photoCacheKey, writeCachedPhoto } from './photo-cache.ts';
import { PHOTO_ENCODER, PHOTO_FORMAT } from './photo-settings.ts';

const PHOTO_FILE = /\.(jpe?g|png|webp|avif)$/i;

/** Every photo beside an article (content/articles/<year>/<slug>/*.jpg…). */
export async function listArticlePhotos(articlesDir: string): Promise<string[]> {
  if (!existsSync(articlesDir)) return [];
  const entries = await readdir(articlesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && PHOTO_FILE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The resizes Astro asks for, for a photo of this size: each width of PHOTO_WIDTHS it is not
 * narrower than, keeping its proportions (Astro rounds the height the same way).
 */
export function plannedResizes(width: number, height: number): Array<{ width: number; height: number }> {
  return PHOTO_WIDTHS.filter((w) => w <= width).map((w) => ({ width: w, height: Math.round((w * height) / width) }));
}

export interface PreEncodeResult {
  photos: number;
  encoded: number;
  alreadyCached: number;
  failed: number;
}

export async function preEncodePhotos(options: {
  articlesDir: string;
  cacheDir: string;
  /** Checked before each photo: true once Astro has started encoding itself. */
  shouldStop?: () => boolean;
  /** The encoder; Astro's sharp service, which Astro's own image phase uses too. */
  transform?: LocalImageService['transform'];
}): Promise<PreEncodeResult> {
  const encode = options.transform ?? (sharpService as LocalImageService).transform;
  // What Astro hands its image service: only the service settings matter to the encoder.
  const imageConfig = { service: { entrypoint: '', config: PHOTO_ENCODER } } as unknown as AstroConfig['image'];
  const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} } as never;
  const result: PreEncodeResult = { photos: 0, encoded: 0, alreadyCached: 0, failed: 0 };
  for (const path of await listArticlePhotos(options.articlesDir)) {
    if (options.shouldStop?.()) break;
    result.photos++;
    try {
      const source = await readFile(path);
      const meta = await sharp(source).metadata();
      if (!meta.width || !meta.height) continue;
      // Astro reports the size of the photo as it is shown, after EXIF rotation.
      const [width, height] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
      for (const resize of plannedResizes(width, height)) {
        const transform = { src: path, ...resize, format: PHOTO_FORMAT };
        const key = photoCacheKey(source, transform, PHOTO_ENCODER)!;
        if (existsSync(join(options.cacheDir, key))) {
          result.alreadyCached++;
          continue;
        }
        const encoded = await encode(source, transform, imageConfig, logger);
        // A photo sharp cannot encode comes back as it was: that is not the file the key names.
        if (encoded.format !== transform.format) {
          result.failed++;
          break;
        }
        await writeCachedPhoto(options.cacheDir, key, encoded.data);
        result.encoded++;
      }
    } catch {
      // Broken photos are the content check's to report, and Astro's to refuse.
      result.failed++;
    }
  }
  return result;
}
