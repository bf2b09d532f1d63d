/**
 * An imported raster icon becomes the account's icon only as a 64×64 PNG that
 * we drew ourselves: whatever the file held (JPEG, WebP, odd sizes, tricks in
 * the PNG) is decoded by the browser and never stored as given. Anything that
 * does not decode, or a worker without OffscreenCanvas, gives the automatic icon.
 */
import type { AccountIcon } from '@/utils/accounts/model';
import type { ImportedIcon } from '@/utils/importers/types';
import { base64ToBytes, bytesToBase64 } from '@/utils/vault/bytes';

const ICON_SIZE = 64;
const AUTO: AccountIcon = { kind: 'auto' };

export async function toAccountIcon(icon: ImportedIcon | undefined): Promise<AccountIcon> {
  if (!icon || typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return AUTO;
  try {
    const bytes = base64ToBytes(icon.data);
    if (!bytes) return AUTO;
    const image = await createImageBitmap(new Blob([bytes], { type: icon.mime }));
    const canvas = new OffscreenCanvas(ICON_SIZE, ICON_SIZE);
    const context = canvas.getContext('2d');
    if (!context) return AUTO;
    // Fit inside the square, centred, keeping the aspect ratio.
    const scale = Math.min(ICON_SIZE / image.width, ICON_SIZE / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, (ICON_SIZE - width) / 2, (ICON_SIZE - height) / 2, width, height);
    image.close();
    const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
    return { kind: 'image', dataUrl: `data:image/png;base64,${bytesToBase64(png)}` };
  } catch {
    return AUTO;
  }
}
