// Control characters and bidirectional overrides: invisible in a name, but
// enough to make "moc.knab" render as "bank.com" or to break a layout.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A display string from an untrusted file: text only, trimmed, capped. Anything else becomes ''. */
export function cleanText(value: unknown, maxLength: number): string {
  if (typeof value !== 'string') return '';
  const text = value.replace(INVISIBLE, ' ').trim();
  if (text.length <= maxLength) return text;
  // Do not leave half of a surrogate pair at the cut.
  return text.slice(0, maxLength).replace(/[\ud800-\udbff]$/, '').trimEnd();
}
