/**
 * Pixels as the decoders read them: RGBA, 4 bytes a pixel, rows top to bottom.
 * `ImageData` is one; tests (Node has no ImageData) build plain objects.
 */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** A rectangle in image pixels. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the region-select overlay reports: a rectangle and the viewport's size, in CSS pixels. */
export interface CssRegion {
  x: number;
  y: number;
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
}

/**
 * The region in capture pixels. The scale is measured (capture size ÷ viewport
 * size), not taken from devicePixelRatio: a HiDPI screen captures at device
 * pixels, but under zoom or emulated scale factors the two differ (Chromium
 * with deviceScaleFactor 2 emulated captures 1280 px for a 1280-px viewport).
 * Clamped to the image: the overlay's numbers come from a web page.
 */
export function regionToPixels(region: CssRegion, image: Pick<RgbaImage, 'width' | 'height'>): PixelRect | null {
  const scaleX = image.width / region.viewportWidth;
  const scaleY = image.height / region.viewportHeight;
  const left = clamp(Math.floor(region.x * scaleX), 0, image.width);
  const top = clamp(Math.floor(region.y * scaleY), 0, image.height);
  const right = clamp(Math.ceil((region.x + region.width) * scaleX), 0, image.width);
  const bottom = clamp(Math.ceil((region.y + region.height) * scaleY), 0, image.height);
  if (right - left < 1 || bottom - top < 1) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A copy of `rect` of the image (rows copied whole: one `set` per row). */
export function cropImage(image: RgbaImage, rect: PixelRect): RgbaImage {
  const data = new Uint8ClampedArray(rect.width * rect.height * 4);
  for (let row = 0; row < rect.height; row++) {
    const from = ((rect.y + row) * image.width + rect.x) * 4;
    data.set(image.data.subarray(from, from + rect.width * 4), row * rect.width * 4);
  }
  return { width: rect.width, height: rect.height, data };
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}

/** Bilinear resize by `factor` (a small crop blown up so the binariser sees modules, not smears). */
export function scaleImage(image: RgbaImage, factor: number): RgbaImage {
  const width = Math.max(1, Math.round(image.width * factor));
  const height = Math.max(1, Math.round(image.height * factor));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy = Math.min(image.height - 1, Math.max(0, (y + 0.5) / factor - 0.5));
    const y0 = Math.floor(sy);
    const y1 = Math.min(image.height - 1, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = Math.min(image.width - 1, Math.max(0, (x + 0.5) / factor - 0.5));
      const x0 = Math.floor(sx);
      const x1 = Math.min(image.width - 1, x0 + 1);
      const fx = sx - x0;
      for (let c = 0; c < 4; c++) {
        const top = image.data[(y0 * image.width + x0) * 4 + c]! * (1 - fx) + image.data[(y0 * image.width + x1) * 4 + c]! * fx;
        const bottom = image.data[(y1 * image.width + x0) * 4 + c]! * (1 - fx) + image.data[(y1 * image.width + x1) * 4 + c]! * fx;
        data[(y * width + x) * 4 + c] = top * (1 - fy) + bottom * fy;
      }
    }
  }
  return { width, height, data };
}
