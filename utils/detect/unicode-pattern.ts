/**
 * A pattern with Unicode property classes (`\p{…}`), built from its source when
 * first used. The engine takes a millisecond or more to parse such classes, even
 * in a literal that never runs, and the content script loads into every page.
 */
export function unicodePattern(source: string, flags: string): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= new RegExp(source, flags));
}
