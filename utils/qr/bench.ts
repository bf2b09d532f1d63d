/**
 * Times a decoder on one image, for performance work (e.g. from a worker
 * console or a benchmark page). Reports, never asserts: timings vary by machine.
 */
import type { QrDecoder } from './decode';
import type { RgbaImage } from './image';

export interface DecodeTiming {
  runs: number;
  /** Milliseconds. The first run is reported apart: it includes loading the engine. */
  firstMs: number;
  medianMs: number;
  minMs: number;
  /** Codes found by the last run. */
  found: number;
}

export async function timeDecode(decoder: QrDecoder, image: RgbaImage, runs = 5): Promise<DecodeTiming> {
  const times: number[] = [];
  let found = 0;
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    found = (await decoder.decode(image)).length;
    times.push(performance.now() - start);
  }
  const [firstMs = 0, ...rest] = times;
  const sorted = [...rest].sort((a, b) => a - b);
  return { runs, firstMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, minMs: sorted[0] ?? 0, found };
}
