/** Letter avatars: the name's first character on a colour that keeps white text readable in both themes. */
export const LETTER_COLORS = ['#2457c5', '#0f766e', '#7c3aed', '#b91c1c', '#b45309', '#15803d', '#a21caf', '#475569'] as const;

export function initialOf(name: string): string {
  const [first] = Array.from(name.trim());
  return first ? first.toLocaleUpperCase() : '?';
}

/** The same name always gets the same colour. */
export function letterColorFor(name: string): string {
  let hash = 0;
  for (const char of name.trim().toLowerCase()) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return LETTER_COLORS[hash % LETTER_COLORS.length]!;
}
