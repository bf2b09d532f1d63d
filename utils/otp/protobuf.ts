/**
 * Just enough of the protobuf wire format for Google Authenticator exports:
 * varints and length-delimited fields, read and written by hand instead of
 * pulling in a protobuf runtime for one small schema.
 */

/** The bytes end mid-field or use a wire type this reader does not know. */
export class MalformedProtobufError extends Error {
  override name = 'MalformedProtobufError';
}

/** A varint field as an unsigned 64-bit bigint (int64 values exceed 2^53); any other field as its bytes. */
export interface ProtobufField {
  number: number;
  value: bigint | Uint8Array;
}

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;
const MAX_VARINT_BYTES = 10;

/** Reads the top-level fields of one message, in order; unknown fields are kept, not interpreted. */
export function readMessage(bytes: Uint8Array): ProtobufField[] {
  const fields: ProtobufField[] = [];
  let position = 0;

  const readVarint = (): bigint => {
    let value = 0n;
    for (let i = 0; i < MAX_VARINT_BYTES; i++) {
      const byte = bytes[position++];
      if (byte === undefined) throw new MalformedProtobufError('Varint runs past the end');
      value |= BigInt(byte & 0x7f) << BigInt(7 * i);
      if (byte < 0x80) return BigInt.asUintN(64, value);
    }
    throw new MalformedProtobufError('Varint longer than 10 bytes');
  };
  const readBytes = (length: number): Uint8Array => {
    if (length > bytes.length - position) throw new MalformedProtobufError('Field runs past the end');
    position += length;
    return bytes.subarray(position - length, position);
  };

  while (position < bytes.length) {
    const key = readVarint();
    const number = Number(key >> 3n);
    const wireType = Number(key & 7n);
    if (number === 0) throw new MalformedProtobufError('Field number 0');
    if (wireType === WIRE_VARINT) fields.push({ number, value: readVarint() });
    else if (wireType === WIRE_LENGTH_DELIMITED) fields.push({ number, value: readBytes(Number(readVarint())) });
    else if (wireType === WIRE_FIXED64) fields.push({ number, value: readBytes(8) });
    else if (wireType === WIRE_FIXED32) fields.push({ number, value: readBytes(4) });
    else throw new MalformedProtobufError(`Unsupported wire type ${wireType}`);
  }
  return fields;
}

/** Builds one message field by field; nest a message by writing its finish() as bytes. */
export class ProtobufWriter {
  private readonly output: number[] = [];

  /** Negative numbers are written as 64-bit two's complement, as int32/int64 fields require. */
  varint(number: number, value: number | bigint): this {
    this.writeVarint((BigInt(number) << 3n) | BigInt(WIRE_VARINT));
    this.writeVarint(BigInt.asUintN(64, BigInt(value)));
    return this;
  }

  bytes(number: number, data: Uint8Array): this {
    this.writeVarint((BigInt(number) << 3n) | BigInt(WIRE_LENGTH_DELIMITED));
    this.writeVarint(BigInt(data.length));
    for (const byte of data) this.output.push(byte);
    return this;
  }

  string(number: number, text: string): this {
    return this.bytes(number, new TextEncoder().encode(text));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.output);
  }

  private writeVarint(value: bigint): void {
    let rest = value;
    while (rest >= 0x80n) {
      this.output.push(Number(rest & 0x7fn) | 0x80);
      rest >>= 7n;
    }
    this.output.push(Number(rest));
  }
}
