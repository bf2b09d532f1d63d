import { expect, it } from 'vitest';
import { timeDecode } from '../../../utils/qr/bench';
import { busyPage, drawQr } from './synthetic-image';
import { nodeDecoder } from './node-decoder';

// Reports only: timings belong to the performance work, never to assertions.
it('times a decoder on one image and reports what it found', async () => {
  const image = busyPage(1920, 1080);
  drawQr(image, 'otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP', { x: 800, y: 400, moduleSize: 4 });
  const timing = await timeDecode(nodeDecoder(), image, 2);
  expect(timing).toMatchObject({ runs: 2, found: 1 });
  expect(timing.minMs).toBeLessThanOrEqual(timing.medianMs);
});
