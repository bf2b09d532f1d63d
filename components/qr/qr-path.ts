/** A QR matrix as one SVG path: a rectangle per run of dark modules in a row (a few hundred segments, not thousands of nodes). */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const segments: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      segments.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return segments.join('');
}
