import { describe, expect, it } from 'vitest';
import { cropImage, regionToPixels, scaleImage } from '../../../utils/qr/image';
import { blankImage, fillRect } from './synthetic-image';

describe('regionToPixels', () => {
  const viewport = { viewportWidth: 1280, viewportHeight: 800 };

  it('maps CSS pixels to capture pixels by the measured scale (HiDPI captures are larger)', () => {
    const region = { x: 100, y: 50, width: 200, height: 100, ...viewport };
    expect(regionToPixels(region, { width: 1280, height: 800 })).toEqual({ x: 100, y: 50, width: 200, height: 100 });
    expect(regionToPixels(region, { width: 2560, height: 1600 })).toEqual({ x: 200, y: 100, width: 400, height: 200 });
  });

  it('clamps to the capture and refuses an empty rectangle (the numbers come from a web page)', () => {
    expect(regionToPixels({ x: 1200, y: 700, width: 500, height: 500, ...viewport }, { width: 1280, height: 800 })).toEqual({
      x: 1200,
      y: 700,
      width: 80,
      height: 100,
    });
    expect(regionToPixels({ x: 5000, y: 0, width: 10, height: 10, ...viewport }, { width: 1280, height: 800 })).toBeNull();
  });
});

describe('cropImage and scaleImage', () => {
  it('copies exactly the rectangle', () => {
    const image = blankImage(10, 10, 255);
    fillRect(image, 3, 4, 2, 2, 0);
    const crop = cropImage(image, { x: 3, y: 4, width: 3, height: 2 });
    expect([crop.width, crop.height]).toEqual([3, 2]);
    expect([...crop.data].filter((_, i) => i % 4 === 0)).toEqual([0, 0, 255, 0, 0, 255]);
  });

  it('scales by a factor, keeping flat areas flat', () => {
    const scaled = scaleImage(blankImage(4, 3, 200), 2);
    expect([scaled.width, scaled.height]).toEqual([8, 6]);
    expect(new Set(scaled.data.filter((_, i) => i % 4 === 0))).toEqual(new Set([200]));
  });
});
