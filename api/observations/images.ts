import sharp from 'sharp';
import { InputError } from '../shared/errors.schemas.ts';

/** What a photo may be: these formats, this size at most. */
export const PHOTO_FORMATS = ['jpeg', 'png', 'webp'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const PHOTO_MAX_SIDE = 2048;
const THUMBNAIL_SIDE = 320;

/**
 * Re-encodes an uploaded photo as JPEG, turned upright and at most 2048 px, and makes a 320 px square thumbnail. sharp
 * writes no metadata unless asked, so location (GPS), camera and time stamps never reach the database; the upload
 * itself is not kept. Anything that is not a JPEG, PNG or WebP image is refused naming the field.
 */
export async function processPhoto(upload: Buffer, field = 'body/photo'): Promise<{ photo: Buffer; thumbnail: Buffer }> {
  const notAnImage = () => new InputError(field, 'image', 'must be a JPEG, PNG or WebP image');
  let format: string | undefined;
  try {
    format = (await sharp(upload, { limitInputPixels: 50_000_000 }).metadata()).format;
  } catch {
    throw notAnImage();
  }
  if (!format || !(PHOTO_FORMATS as readonly string[]).includes(format)) throw notAnImage();
  try {
    const photo = await sharp(upload).rotate().resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 82 }).toBuffer();
    const thumbnail = await sharp(upload).rotate().resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'cover' }).jpeg({ quality: 75 }).toBuffer();
    return { photo, thumbnail };
  } catch {
    throw notAnImage();
  }
}
