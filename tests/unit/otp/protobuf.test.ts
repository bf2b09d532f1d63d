import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MalformedProtobufError, ProtobufWriter, readMessage } from '../../../utils/otp/protobuf';

describe('protobuf wire format', () => {
  it('writes the encoding examples of the protobuf docs', () => {
    // "150" in field 1 and "testing" in field 2, from protobuf.dev/programming-guides/encoding.
    expect([...new ProtobufWriter().varint(1, 150).finish()]).toEqual([0x08, 0x96, 0x01]);
    expect([...new ProtobufWriter().string(2, 'testing').finish()]).toEqual([0x12, 0x07, ...new TextEncoder().encode('testing')]);
  });

  it('writes a negative int32 as ten bytes of 64-bit two\'s complement', () => {
    const bytes = new ProtobufWriter().varint(5, -1).finish();
    expect([...bytes]).toEqual([0x28, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    expect(readMessage(bytes)).toEqual([{ number: 5, value: 2n ** 64n - 1n }]);
  });

  it('reads back what it writes, in order', () => {
    const field = fc.oneof(
      fc.record({ number: fc.integer({ min: 1, max: 2 ** 29 - 1 }), value: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) }),
      fc.record({ number: fc.integer({ min: 1, max: 2 ** 29 - 1 }), value: fc.uint8Array({ maxLength: 300 }) }),
    );
    fc.assert(fc.property(fc.array(field, { maxLength: 8 }), (fields) => {
      const writer = new ProtobufWriter();
      for (const { number, value } of fields) {
        if (typeof value === 'bigint') writer.varint(number, value);
        else writer.bytes(number, value);
      }
      expect(readMessage(writer.finish())).toEqual(fields);
    }));
  });

  it('keeps fixed-width fields as bytes so unknown fields can be skipped', () => {
    const fixed64 = [0x09, 1, 2, 3, 4, 5, 6, 7, 8];
    const fixed32 = [0x15, 9, 8, 7, 6];
    expect(readMessage(Uint8Array.from([...fixed64, ...fixed32, 0x18, 0x01]))).toEqual([
      { number: 1, value: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]) },
      { number: 2, value: Uint8Array.from([9, 8, 7, 6]) },
      { number: 3, value: 1n },
    ]);
  });

  it.each([
    ['a varint cut short', [0x08, 0x96]],
    ['a length beyond the end', [0x12, 0x07, 0x74]],
    ['a fixed64 cut short', [0x09, 1, 2, 3]],
    ['a varint longer than 10 bytes', [0x08, ...Array<number>(10).fill(0xff), 0x01]],
    ['a group (wire type 3)', [0x0b]],
    ['field number 0', [0x00, 0x01]],
  ])('refuses %s', (_, bytes) => {
    expect(() => readMessage(Uint8Array.from(bytes))).toThrowError(MalformedProtobufError);
  });
});
