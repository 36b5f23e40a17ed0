/**
 * Fast scans of raw JSON text, done before parsing: line starts and nesting depth.
 */

/** Offsets at which each line starts (after \n, \r\n or a lone \r). */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line and column of an offset, by binary search over the line starts. */
export function lineColumnAt(
  lineStarts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: Math.max(0, offset - lineStarts[low]) + 1 };
}

/** Offset where nesting first exceeds `max`, or -1; the parser recurses, so check first. */
export function deepestOffset(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      // Skip a string, including escaped quotes
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) {
        if (text.charCodeAt(i) === 92) i++;
      }
    } else if (code === 91 || code === 123) {
      if (++depth > max) return i;
    } else if (code === 93 || code === 125) depth--;
  }
  return -1;
}
