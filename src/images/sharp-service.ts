/**
 * Astro's sharp image service, reading photos the pre-encoder has already made (photo-cache.ts)
 * before encoding them itself, and keeping what it encodes for the next pre-encoder run. Same
 * encoder, same settings: the files are byte for byte what Astro alone would write.
 */
import type { LocalImageService } from 'astro';
import sharpService from 'astro/assets/services/sharp';
import { photoCacheKey, readCachedPhoto, writeCachedPhoto, type PhotoTransform } from './photo-cache.ts';
import { ASTRO_ENCODING_MARKER } from './photo-settings.ts';
import { photoCacheDir } from '../config.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const base = sharpService as LocalImageService;

let announced = false;
/** Tells the pre-encoder that Astro's image phase has begun (see ASTRO_ENCODING_MARKER). */
function announceEncoding(dir: string): void {
  if (announced) return;
  announced = true;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, ASTRO_ENCODING_MARKER), String(process.pid));
  } catch {
    // Without the marker the pre-encoder only runs on until it is done or stopped.
  }
}

const service: LocalImageService = {
  ...base,
  async transform(input, transform, config, logger) {
    const key = photoCacheKey(input, transform as PhotoTransform, config.service.config);
    if (!key) return base.transform(input, transform, config, logger);
    const dir = photoCacheDir();
    announceEncoding(dir);
    const cached = await readCachedPhoto(dir, key);
    if (cached) return { data: cached, format: transform.format! };
    const result = await base.transform(input, transform, config, logger);
    // A photo sharp could not read comes back as it was; only real encodes are kept.
    if (result.format === transform.format) await writeCachedPhoto(dir, key, result.data).catch(() => {});
    return result;
  },
};

export default service;
