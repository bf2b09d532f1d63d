import { describe, expect, it } from 'vitest';
import { createJsqrEngine } from '../../../utils/qr/jsqr-engine';
import { createZxingEngine } from '../../../utils/qr/zxing-engine';
import { blankImage, busyPage, drawQr } from './synthetic-image';
import { loadZxingWasm, nodeDecoder } from './node-decoder';

const URI = 'otpauth://totp/ACME:alice@example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ACME';
const OTHER = 'otpauth://totp/Beta:bob@example.com?secret=KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF&issuer=Beta';
const decoder = nodeDecoder();
const texts = async (image: Parameters<typeof decoder.decode>[0]) => (await decoder.decode(image)).map((code) => code.text);

describe('finding QR codes in a capture (zxing-wasm, in Node as in the worker)', () => {
  it.each([2, 3, 5, 8])('reads a code drawn at %i pixels per module', async (moduleSize) => {
    const image = busyPage(1280, 800);
    drawQr(image, URI, { x: 400, y: 150, moduleSize });
    expect(await texts(image)).toEqual([URI]);
  });

  it.each([
    ['top left', 0, 0],
    ['top right', 1280 - 200, 0],
    ['bottom left', 0, 800 - 200],
    ['bottom right', 1280 - 200, 800 - 200],
  ])('reads a code in the %s corner', async (_, x, y) => {
    const image = busyPage(1280, 800, 7);
    drawQr(image, URI, { x, y, moduleSize: 4 });
    expect(await texts(image)).toEqual([URI]);
  });

  it('reads light-on-dark (inverted) codes', async () => {
    const image = busyPage(1280, 800, 3);
    drawQr(image, URI, { x: 500, y: 200, moduleSize: 4, inverted: true });
    expect(await texts(image)).toEqual([URI]);
  });

  it('finds both codes of a page that shows two, in reading order, with where they are', async () => {
    const image = busyPage(1920, 1080, 5);
    drawQr(image, OTHER, { x: 1300, y: 600, moduleSize: 4, inverted: true });
    drawQr(image, URI, { x: 200, y: 150, moduleSize: 5 });
    const codes = await decoder.decode(image);
    expect(codes.map((code) => code.text)).toEqual([URI, OTHER]);
    expect(codes[0]!.bounds.x).toBeGreaterThanOrEqual(200);
    expect(codes[0]!.bounds.x).toBeLessThan(200 + 8 * 5 + 5);
  });

  it('finds a small code in a 4K capture', async () => {
    const image = busyPage(3840, 2160, 11);
    drawQr(image, URI, { x: 2900, y: 1600, moduleSize: 3 });
    expect(await texts(image)).toEqual([URI]);
  });

  it('counts a code shown twice once', async () => {
    const image = blankImage(900, 400);
    drawQr(image, URI, { x: 20, y: 20, moduleSize: 4 });
    drawQr(image, URI, { x: 480, y: 20, moduleSize: 4 });
    expect(await texts(image)).toEqual([URI]);
  });

  it('finds nothing in a page without a QR code', async () => {
    expect(await decoder.decode(busyPage(1280, 800, 9))).toEqual([]);
    expect(await decoder.decodeThoroughly(busyPage(400, 300, 2))).toEqual([]);
  });
});

describe('the engines behind the decoder', () => {
  it('jsQR finds several codes by painting over each one it found', async () => {
    // jsQR gets confused by two same-sized codes side by side (docs/toolchain.md); sizes differ here, as on real pages.
    const image = blankImage(1000, 500);
    drawQr(image, URI, { x: 20, y: 40, moduleSize: 5 });
    drawQr(image, OTHER, { x: 600, y: 200, moduleSize: 4, inverted: true });
    const found = await createJsqrEngine().decode(image);
    expect(found.map((code) => code.text).sort()).toEqual([URI, OTHER].sort());
    expect(image.data.every((value, index) => index % 4 === 3 || value === 250 || value === 255 || value === 20)).toBe(true);
  });

  it('zxing reads its binary once, before the first read (never from a CDN)', async () => {
    let loads = 0;
    const engine = createZxingEngine(async () => (loads++, loadZxingWasm()));
    const image = blankImage(300, 300);
    drawQr(image, URI, { x: 10, y: 10, moduleSize: 4 });
    expect((await engine.decode(image)).map((code) => code.text)).toEqual([URI]);
    await engine.decode(image);
    expect(loads).toBe(1);
  });
});
