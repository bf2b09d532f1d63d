/**
 * Google Authenticator transfer codes: 10 accounts a code like the app, fewer
 * when long names would make a code too dense, and every code drawn by the
 * encoder the options page uses reads back (jsQR) as the same link.
 */
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { MAX_QR_LINK_LENGTH, toGoogleMigration } from '../../../utils/exporters/google-migration';
import { parseMigrationUri } from '../../../utils/otp/migration';
import { validateAccount } from '../../../utils/otp/validate';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const account = (index: number, name = `user${index}@example.com`) =>
  validateAccount({ issuer: `Service ${index}`, label: name, secret: `${BASE32}${BASE32[index % 32]!.repeat(8)}` });

/** The code as the options page draws it (medium correction, 4-module border), as pixels. */
function render(link: string, scale = 3): { data: Uint8ClampedArray; width: number } {
  const modules = encode(link, { ecc: 'M', border: 4 }).data;
  const width = modules.length * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) data.fill(0, ((y * scale + dy) * width + x * scale + dx) * 4, ((y * scale + dy) * width + x * scale + dx) * 4 + 3);
      }
    }),
  );
  return { data, width };
}

describe('Google Authenticator transfer codes', () => {
  it('puts 10 accounts in a code, numbered as one batch', () => {
    const { links } = toGoogleMigration(Array.from({ length: 25 }, (_, index) => account(index)));
    const batches = links.map((link) => parseMigrationUri(link));
    expect(batches.map(({ accounts }) => accounts.length)).toEqual([10, 10, 5]);
    expect(batches.map(({ batch }) => batch.index)).toEqual([0, 1, 2]);
    expect(new Set(batches.map(({ batch }) => batch.id)).size).toBe(1);
  });

  it('puts fewer accounts in a code when long names would make it too dense to scan', () => {
    const longName = 'ü'.repeat(250);
    const { links } = toGoogleMigration(Array.from({ length: 12 }, (_, index) => account(index, longName)));
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link.length).toBeLessThanOrEqual(MAX_QR_LINK_LENGTH);
    expect(links.flatMap((link) => parseMigrationUri(link).accounts)).toHaveLength(12);
  });

  it('draws codes that a QR reader reads back as the same link', () => {
    const [link] = toGoogleMigration(Array.from({ length: 10 }, (_, index) => account(index))).links;
    const { data, width } = render(link!);
    expect(jsQR(data, width, width)?.data).toBe(link);
  });
});
