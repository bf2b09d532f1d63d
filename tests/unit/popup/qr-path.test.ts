import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import jsQR from 'jsqr';
import { qrPath } from '@/components/qr/qr-path';

/** Paints the path's rectangles back into a matrix: what the SVG shows, module by module. */
function paint(path: string, size: number): boolean[][] {
  const matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let column = Number(x); column < Number(x) + Number(width); column += 1) matrix[Number(y)]![column] = true;
  }
  return matrix;
}

describe('drawing a QR code as one path', () => {
  it('joins runs of dark modules and skips light ones', () => {
    expect(qrPath([[true, true, false, true], [false, false, false, false]])).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });

  it('draws exactly the encoder’s modules, and the drawing decodes to the link', () => {
    const link = 'otpauth://totp/Acme:ada%40example.test?secret=KRUGS4ZANFZSAYJAORSXG5BAONSWG4TF&issuer=Acme&algorithm=SHA1&digits=6&period=30';
    const { data } = encode(link, { ecc: 'M', border: 4 });
    const painted = paint(qrPath(data), data.length);
    expect(painted).toEqual(data);

    const scale = 4;
    const side = data.length * scale;
    const pixels = new Uint8ClampedArray(side * side * 4);
    for (let y = 0; y < side; y += 1) {
      for (let x = 0; x < side; x += 1) {
        const value = painted[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
        pixels.set([value, value, value, 255], (y * side + x) * 4);
      }
    }
    expect(jsQR(pixels, side, side)?.data).toBe(link);
  });
});
