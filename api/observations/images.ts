import pLimit from 'p-limit';
import sharp, { type Metadata } from 'sharp';
import { badRequest, payloadTooLarge } from '../shared/http-error.ts';

/** What a photo may be: these formats, this size and this many pixels at most (a 12 MP phone photo is well inside). */
const PHOTO_FORMATS = ['jpeg', 'png', 'webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_PIXELS = 50_000_000;
/** Photos decoded at once; the others wait their turn, so a burst of uploads cannot multiply the memory a decode takes. */
const PHOTOS_AT_ONCE = 2;
const PHOTO_MAX_SIDE = 2048;
const THUMBNAIL_SIDE = 320;

// One libvips thread per photo (the limit above gives the parallelism) and no operation cache: decoded pixels are
// freed as soon as a photo is done instead of being kept for a repeat that never comes.
sharp.concurrency(1);
sharp.cache(false);
const decoding = pLimit(PHOTOS_AT_ONCE);

/**
 * Re-encodes an uploaded photo as JPEG, turned upright and at most 2048 px, and makes a 320 px square thumbnail. sharp
 * writes no metadata unless asked, so location (GPS), camera and time stamps never reach the database; the upload
 * itself is not kept. Anything that is not a JPEG, PNG or WebP image is refused naming the field, and so is one of more
 * than PHOTO_MAX_PIXELS, from its header, before any pixel is decoded.
 */
export function processPhoto(upload: Buffer, field = 'body/photo'): Promise<{ photo: Buffer; thumbnail: Buffer }> {
  return decoding(async () => {
    const notAnImage = () => badRequest(field, 'image', 'must be a JPEG, PNG or WebP image');
    let meta: Metadata;
    try {
      // Only the header is read here; the pixel limit applies to the decodes below.
      meta = await sharp(upload, { limitInputPixels: false }).metadata();
    } catch {
      throw notAnImage();
    }
    if (!meta.format || !(PHOTO_FORMATS as readonly string[]).includes(meta.format) || !meta.width || !meta.height)
      throw notAnImage();
    if (meta.width * meta.height > PHOTO_MAX_PIXELS) {
      throw payloadTooLarge(
        `must be at most ${PHOTO_MAX_PIXELS / 1_000_000} megapixels; this one is ${meta.width} × ${meta.height}`,
        { field: field, rule: 'max-pixels' },
      );
    }
    try {
      const photo = await sharp(upload, { limitInputPixels: PHOTO_MAX_PIXELS })
        .rotate()
        .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .jpeg({ quality: 82 })
        .toBuffer();
      // From the upright, already reduced photo: the original is decoded once.
      const thumbnail = await sharp(photo)
        .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'cover' })
        .jpeg({ quality: 75 })
        .toBuffer();
      return { photo, thumbnail };
    } catch {
      throw notAnImage();
    }
  });
}
