/**
 * The pre-encoder (src/images/pre-encode.ts) in a process of its own, started by buildSite()
 * beside Astro. One encode at a time, at lower priority: it fills the core Astro's rendering
 * leaves idle and yields when both are wanted.
 *
 *   node src/build/photos-child.ts <root>   (photo cache from BANTIN_PHOTO_CACHE)
 */
import { existsSync } from 'node:fs';
import { lowerPriority } from './lower-priority.ts';
import { join } from 'node:path';
import sharp from 'sharp';
import { contentDir, photoCacheDir } from '../config.ts';
import { preEncodePhotos } from '../images/pre-encode.ts';
import { ASTRO_ENCODING_MARKER } from '../images/photo-settings.ts';

const [root] = process.argv.slice(2);
lowerPriority(10);
sharp.concurrency(1);
const cacheDir = photoCacheDir(root);
const result = await preEncodePhotos({
  articlesDir: join(contentDir(root), 'articles'),
  cacheDir,
  shouldStop: () => existsSync(join(cacheDir, ASTRO_ENCODING_MARKER)),
});
process.send?.(result);
