import { describe, expect, it } from 'vitest';
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
