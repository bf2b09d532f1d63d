/**
 * The lines of a text export that carry data: blank lines and '#' comments
 * (extract_otp_secrets and hand-kept lists use them) are left out.
 */
export function meaningfulLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) lines.push(trimmed);
  }
  return lines;
}

/** Case-insensitive: does the first data line start with `prefix`? Cheap on big files. */
export function firstLineStartsWith(text: string, prefix: string): boolean {
  const match = /^[^\S\r\n]*([^#\s][^\r\n]*)/m.exec(skipComments(text));
  return match?.[1]?.slice(0, prefix.length).toLowerCase() === prefix;
}

function skipComments(text: string): string {
  let rest = text.trimStart();
  while (rest.startsWith('#')) {
    const end = rest.search(/[\r\n]/);
    if (end < 0) return '';
    rest = rest.slice(end).trimStart();
  }
  return rest;
}
