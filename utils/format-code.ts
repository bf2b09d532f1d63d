/** Groups a code for reading aloud or typing: "123 456", "1234 5678"; Steam's 5 characters stay whole. */
export function groupCode(code: string): string {
  if (code.length <= 5) return code;
  if (code.length === 9) return `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6)}`;
  const head = Math.floor(code.length / 2);
  return `${code.slice(0, head)} ${code.slice(head)}`;
}
