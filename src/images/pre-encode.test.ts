import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import sharpService from 'astro/assets/services/sharp';
import type { LocalImageService } from 'astro';
import { plannedResizes, preEncodePhotos } from './pre-encode.ts';
import { photoCacheKey, writeCachedPhoto } from './photo-cache.ts';
import { PHOTO_ENCODER } from './photo-settings.ts';
import service from './sharp-service.ts';

const astroConfig = { service: { entrypoint: 'x', config: PHOTO_ENCODER } } as never;
const logger = { warn: () => {}, info: () => {}, error: () => {}, debug: () => {} } as never;

describe('planned resizes', () => {
  it('are the photo widths the photo is wide enough for, in its own proportions', () => {
    expect(plannedResizes(1200, 800)).toEqual([{ width: 480, height: 320 }, { width: 800, height: 533 }]);
    expect(plannedResizes(600, 900)).toEqual([{ width: 480, height: 720 }]);
    expect(plannedResizes(300, 200)).toEqual([]);
  });
});

describe('the photo pre-encoder and the image service', () => {
  let root: string;
  let cacheDir: string;
  let photo: Buffer;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bantin-photos-'));
    cacheDir = join(root, 'cache');
    process.env.BANTIN_PHOTO_CACHE = cacheDir;
    photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c33' } }).jpeg().toBuffer();
    await mkdir(join(root, 'articles/2024/bai-mot'), { recursive: true });
    await writeFile(join(root, 'articles/2024/bai-mot/anh.jpg'), photo);
    await writeFile(join(root, 'articles/2024/bai-mot/index.md'), '---\n---\n');
  });
  afterAll(async () => {
    delete process.env.BANTIN_PHOTO_CACHE;
    await rm(root, { recursive: true, force: true });
  });

  it('encodes each photo at each width, exactly as Astro would, and skips what is done', async () => {
    const first = await preEncodePhotos({ articlesDir: join(root, 'articles'), cacheDir });
    expect(first).toMatchObject({ photos: 1, encoded: 2, failed: 0 });
    const transform = { src: '/_astro/anh.jpg', width: 800, height: 533, format: 'webp' };
    const astroAlone = await (sharpService as LocalImageService).transform(photo, transform, astroConfig, logger);
    const viaCache = await service.transform(photo, transform, astroConfig, logger);
    expect(Buffer.from(viaCache.data).equals(Buffer.from(astroAlone.data))).toBe(true);
    expect(await preEncodePhotos({ articlesDir: join(root, 'articles'), cacheDir })).toMatchObject({ encoded: 0, alreadyCached: 2 });
  });

  it('has the image service serve a cached photo instead of encoding it again', async () => {
    const transform = { src: '/_astro/anh.jpg', width: 480, height: 320, format: 'webp' };
    const key = photoCacheKey(photo, transform, PHOTO_ENCODER)!;
    await writeCachedPhoto(cacheDir, key, Buffer.from('cached bytes'));
    const result = await service.transform(photo, transform, astroConfig, logger);
    expect(Buffer.from(result.data).toString()).toBe('cached bytes');
  });

  it('stops when Astro starts encoding', async () => {
    const stopped = await preEncodePhotos({ articlesDir: join(root, 'articles'), cacheDir: join(root, 'other'), shouldStop: () => true });
    expect(stopped.photos).toBe(0);
    expect(existsSync(join(root, 'other'))).toBe(false);
  });

  it('never files a photo sharp could not encode under a WebP name', async () => {
    // What Astro's sharp service does with a photo it cannot encode (too many pixels, say): it
    // hands the original back in its own format.
    const passThrough = async (input: Uint8Array) => ({ data: input, format: 'jpeg' });
    const result = await preEncodePhotos({ articlesDir: join(root, 'articles'), cacheDir: join(root, 'pass'), transform: passThrough });
    expect(result).toMatchObject({ encoded: 0, failed: 1 });
    expect(existsSync(join(root, 'pass'))).toBe(false);
  });
});
