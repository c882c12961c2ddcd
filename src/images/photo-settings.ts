/**
 * How photos are encoded: one source for astro.config.mjs (Astro's image service) and for the
 * pre-encoder that runs beside Astro (src/images/pre-encode.ts), so both make the same files.
 *
 * Encoder settings are build time against bytes a reader downloads. Measured (npm run bench,
 * 1 000 articles, cold): WebP only at quality 75 and effort 2 instead of AVIF + WebP at 80 took
 * photo encoding from 25.1 s to 11.0 s, and an 800 px photo weighs what the AVIF did (19.6 vs
 * 20.9 KB for the corpus photo).
 */

export const PHOTO_FORMAT = 'webp';
export const PHOTO_ENCODER = { webp: { effort: 2, quality: 75 } } as const;

/**
 * Written in the photo cache by Astro's image service when its image phase begins: from then
 * on Astro encodes what is left itself, and the pre-encoder stops rather than race it.
 */
export const ASTRO_ENCODING_MARKER = '.astro-is-encoding';
