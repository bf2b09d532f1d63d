import { describe, expect, it } from 'vitest';
import { scaleImage } from '../../../utils/qr/image';
import { decodeRegion } from '../../../utils/qr/region';
import { blankImage, blur, busyPage, drawQr } from './synthetic-image';
import { nodeDecoder } from './node-decoder';

const URI = 'otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME%20Corporation';

/** A code the page shows at 0.3× and slightly soft: about 1.2 screen pixels per module. */
function pageWithSoftCode() {
  const sharp = blankImage(800, 800, 245);
  drawQr(sharp, URI, { x: 100, y: 100, moduleSize: 4 });
  const soft = scaleImage(blur(sharp, 1), 0.3);
  const page = busyPage(1280, 800, 3);
  for (let y = 0; y < soft.height; y++) page.data.set(soft.data.subarray(y * soft.width * 4, (y + 1) * soft.width * 4), ((300 + y) * 1280 + 500) * 4);
  return page;
}

describe('decodeRegion: the rectangle the user drew', () => {
  const decoder = nodeDecoder();

  it('finds a soft code the whole capture misses', async () => {
    const page = pageWithSoftCode();
    expect(await decoder.decode(page)).toEqual([]);
    const found = await decodeRegion(decoder, page, { x: 520, y: 320, width: 200, height: 200 });
    expect(found.map((code) => code.text)).toEqual([URI]);
  });

  it('finds nothing in a rectangle without a code', async () => {
    const page = pageWithSoftCode();
    expect(await decodeRegion(decoder, page, { x: 0, y: 0, width: 300, height: 200 })).toEqual([]);
  });
});
