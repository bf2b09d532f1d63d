/**
 * A picture the user chose (file or paste) as the small PNG the vault stores:
 * 64×64, centre-cropped, redrawn on a canvas so nothing of the original file
 * (metadata, an SVG's scripts and links, its size) survives.
 */
import { TwofoldError } from '@/utils/errors';
import { i18n } from '#i18n';

export const ICON_SIZE = 64;
/** utils/accounts/parse.ts refuses larger icons. */
export const MAX_ICON_DATA_URL = 64 * 1024;

/** An <img> decodes every format the browser shows, SVG included (createImageBitmap refuses SVG in Chrome). */
async function decode(image: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(image);
  try {
    const picture = new Image();
    picture.src = url;
    await picture.decode();
    return picture;
  } catch {
    throw new TwofoldError('bad-image', i18n.t('common.iconPicker.unreadable'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function imageToIconPng(image: Blob): Promise<string> {
  if (!image.type.startsWith('image/')) throw new TwofoldError('bad-image', i18n.t('common.iconPicker.notPicture'));
  const picture = await decode(image);
  const canvas = document.createElement('canvas');
  canvas.width = ICON_SIZE;
  canvas.height = ICON_SIZE;
  const context = canvas.getContext('2d');
  if (!context) throw new TwofoldError('bad-image', i18n.t('common.iconPicker.noCanvas'));
  // An SVG without a size reports 0×0: draw it whole into the square.
  const width = picture.naturalWidth || ICON_SIZE;
  const height = picture.naturalHeight || ICON_SIZE;
  const side = Math.min(width, height);
  context.drawImage(picture, (width - side) / 2, (height - side) / 2, side, side, 0, 0, ICON_SIZE, ICON_SIZE);
  const dataUrl = canvas.toDataURL('image/png');
  if (dataUrl.length > MAX_ICON_DATA_URL) throw new TwofoldError('bad-image', i18n.t('common.iconPicker.tooDetailed'));
  return dataUrl;
}
