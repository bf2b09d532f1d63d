import { describe, expect, it } from 'vitest';
import { parseConfirm, parseImageUploads, parsePendingIds, parseRegionReply, parseTabId } from '@/entrypoints/background/qr-payloads';

const badRequest = { code: 'bad-request' };
const REGION = { x: 1, y: 2, width: 30, height: 40, viewportWidth: 1280, viewportHeight: 800 };

describe('QR message payloads', () => {
  it('takes a rectangle from the overlay, or its cancellation, and nothing else', () => {
    expect(parseRegionReply({ region: REGION })).toEqual({ region: REGION });
    expect(parseRegionReply({ cancelled: true })).toEqual({ cancelled: true });
    // Extra fields (an image, say) never get through: only the six numbers are read.
    expect(parseRegionReply({ region: { ...REGION, image: 'data:image/png;base64,AAAA' } })).toEqual({ region: REGION });
    for (const region of [{ ...REGION, x: -1 }, { ...REGION, width: 0 }, { ...REGION, y: Number.NaN }, { ...REGION, viewportWidth: '1280' }, { ...REGION, height: 1e9 }]) {
      expect(() => parseRegionReply({ region })).toThrow(expect.objectContaining(badRequest));
    }
    expect(() => parseRegionReply(null)).toThrow(expect.objectContaining(badRequest));
  });

  it('checks tab ids, uploads, confirmations and pending ids', () => {
    expect(parseTabId({ tabId: 12 })).toEqual({ tabId: 12 });
    expect(() => parseTabId({ tabId: 1.5 })).toThrow(expect.objectContaining(badRequest));
    expect(parseImageUploads({ images: [{ name: 'a.png', base64: 'AAAA' }] })).toEqual({ images: [{ name: 'a.png', base64: 'AAAA' }] });
    expect(() => parseImageUploads({ images: [] })).toThrow(expect.objectContaining(badRequest));
    expect(() => parseImageUploads({ images: Array(11).fill({ name: '', base64: '' }) })).toThrow(expect.objectContaining(badRequest));
    expect(parseConfirm({ pendingId: 'p', issuer: ' ACME ', label: 'me' })).toMatchObject({ pendingId: 'p', label: 'me' });
    expect(() => parseConfirm({ pendingId: 7 })).toThrow(expect.objectContaining(badRequest));
    expect(parsePendingIds({ pendingIds: ['a', 'b'] })).toEqual({ pendingIds: ['a', 'b'] });
    expect(() => parsePendingIds({ pendingIds: 'a' })).toThrow(expect.objectContaining(badRequest));
  });
});
