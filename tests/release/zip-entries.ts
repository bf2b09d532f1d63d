/**
 * The file names in a ZIP archive, read from its central directory (no
 * unpacking, no zip tool needed). Enough for WXT's archives: no ZIP64, no
 * archive comment beyond 64 KiB.
 */
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;

export function zipEntries(archive: Buffer): string[] {
  const searchFrom = Math.max(0, archive.length - END_RECORD_SIZE - 0xffff);
  let end = -1;
  for (let at = archive.length - END_RECORD_SIZE; at >= searchFrom && end < 0; at -= 1) {
    if (archive.readUInt32LE(at) === END_OF_DIRECTORY) end = at;
  }
  if (end < 0) throw new Error('Not a ZIP archive: no end of central directory');
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (archive.readUInt32LE(at) !== DIRECTORY_ENTRY) throw new Error(`Damaged ZIP central directory at entry ${index}`);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    names.push(archive.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
