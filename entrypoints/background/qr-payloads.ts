/** Shape checks for the QR messages' payloads. `qr.region` comes from a web page: trust nothing in it. */
import type { CssRegion } from '@/utils/qr/image';
import { MAX_QR_IMAGE_BYTES, MAX_QR_IMAGES, type QrImageUpload, type QrRegionReply } from '@/utils/qr/scan-view';
import { parseText } from '@/utils/accounts/parse';
import { badRequest, expectRecord, expectString } from './payload';

const MAX_IMAGE_BASE64 = Math.ceil(MAX_QR_IMAGE_BYTES / 3) * 4;
const MAX_PENDING_IDS = 1000;

export function parseTabId(payload: unknown): { tabId: number } {
  const { tabId } = expectRecord(payload, 'tab');
  if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) throw badRequest('tab');
  return { tabId };
}

export function parseImageUploads(payload: unknown): { images: QrImageUpload[] } {
  const { images } = expectRecord(payload, 'images');
  if (!Array.isArray(images) || images.length === 0 || images.length > MAX_QR_IMAGES) throw badRequest('images');
  return {
    images: images.map((image) => {
      const record = expectRecord(image, 'image');
      return { name: expectString(record.name ?? '', 'image name', 256), base64: expectString(record.base64, 'image', MAX_IMAGE_BASE64) };
    }),
  };
}

export function parseRegionReply(payload: unknown): QrRegionReply {
  const record = expectRecord(payload, 'region');
  if (record.cancelled === true) return { cancelled: true };
  const region = expectRecord(record.region, 'region');
  const number = (key: keyof CssRegion, min: number) => {
    const value = region[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 100_000) throw badRequest(`region ${key}`);
    return value;
  };
  return {
    region: {
      x: number('x', 0),
      y: number('y', 0),
      width: number('width', 1),
      height: number('height', 1),
      viewportWidth: number('viewportWidth', 1),
      viewportHeight: number('viewportHeight', 1),
    },
  };
}

export function parseConfirm(payload: unknown): { pendingId: string; issuer: string; label: string } {
  const record = expectRecord(payload, 'confirmation');
  return { pendingId: expectString(record.pendingId, 'pending id', 64), issuer: parseText(record.issuer ?? '', 'issuer'), label: parseText(record.label ?? '', 'label') };
}

export function parsePendingIds(payload: unknown): { pendingIds: string[] } {
  const { pendingIds } = expectRecord(payload, 'pending ids');
  if (!Array.isArray(pendingIds) || pendingIds.length > MAX_PENDING_IDS) throw badRequest('pending ids');
  return { pendingIds: pendingIds.map((id) => expectString(id, 'pending id', 64)) };
}
