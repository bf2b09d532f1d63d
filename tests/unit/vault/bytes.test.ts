import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64ToBytes, bytesToBase64, utf8Decode, utf8Encode } from '../../../utils/vault/bytes';
import { canonicalJson } from '../../../utils/vault/canonical-json';

describe('base64', () => {
  it('round-trips every byte value, and inputs larger than one conversion chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, index) => index % 256);
    const encoded = bytesToBase64(bytes);
    expect(encoded.startsWith('AAECAwQF')).toBe(true);
    expect(Buffer.from(base64ToBytes(encoded)!).equals(bytes)).toBe(true);
  });

  it.each([['not base64!'], ['QUJD RA=='], ['QUJDRA'], [''.padEnd(5, 'A')], [42], [undefined]])(
    'refuses %j instead of guessing',
    (input) => {
      expect(base64ToBytes(input)).toBeUndefined();
    },
  );
});

describe('base64 through the platform (Uint8Array.prototype.toBase64, Uint8Array.fromBase64)', () => {
  const proto = Uint8Array.prototype as { toBase64?: unknown };
  const ctor = Uint8Array as { fromBase64?: unknown };

  afterEach(() => {
    delete proto.toBase64;
    delete ctor.fromBase64;
    vi.resetModules();
  });

  it('is used where it exists, and stays as strict as the fallback', async () => {
    // Lenient like the real one (whitespace, missing padding): the module must check first.
    const fromBase64 = vi.fn((text: string) => new Uint8Array(Buffer.from(text.replace(/\s/g, ''), 'base64')));
    const toBase64 = vi.fn(function (this: Uint8Array) {
      return Buffer.from(this).toString('base64');
    });
    proto.toBase64 = toBase64;
    ctor.fromBase64 = fromBase64;
    vi.resetModules();
    const fresh = await import('../../../utils/vault/bytes');
    const bytes = new Uint8Array(300).map((_, index) => (index * 7) % 256);
    const encoded = fresh.bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fresh.base64ToBytes(encoded)!).equals(bytes)).toBe(true);
    expect(toBase64).toHaveBeenCalledTimes(1);
    expect(fromBase64).toHaveBeenCalledTimes(1);
    expect(fresh.base64ToBytes('QUJD RA==')).toBeUndefined();
    expect(fresh.base64ToBytes('QUJDRA')).toBeUndefined();
    expect(fromBase64).toHaveBeenCalledTimes(1);
  });
});

describe('UTF-8', () => {
  it('refuses malformed input rather than replacing it', () => {
    expect(utf8Decode(utf8Encode('Zürich 🔐'))).toBe('Zürich 🔐');
    expect(() => utf8Decode(new Uint8Array([0xc3, 0x28]))).toThrow(TypeError);
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    const a = { b: 1, a: { d: [{ y: 1, x: 2 }], c: null } };
    const b = { a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}');
  });
});
