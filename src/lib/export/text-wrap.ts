/**
 * Text measurement for the caption without a canvas: widths are estimated from the characters
 * (generously, so a line never overflows), so the SVG and the PNG get the same line breaks.
 */

/** The font weights the caption uses. */
export type TextWeight = 'normal' | 'bold';

/** Estimated width of text in the caption font: generous, so that lines never overflow. */
export function textWidth(text: string, size: number, weight: TextWeight): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2e80) em += 1;
    else if (/[A-ZА-ЯЁМШЩЖЮmw@%]/.test(ch)) em += 0.72;
    else if (/[ilj.,:;'|!]/.test(ch)) em += 0.3;
    else em += 0.56;
  }
  return em * size * (weight === 'bold' ? 1.07 : 1);
}

/** Breaks text into lines no wider than `width` (a word longer than a line is cut). */
export function wrapText(text: string, width: number, size: number, weight: TextWeight): string[] {
  const lines: string[] = [];
  let line = '';
  // Only ordinary spaces break lines: a no-break space keeps "CC BY 4.0" together
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, weight) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (textWidth(line, size, weight) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, weight) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The text, cut with an ellipsis when it is wider than `width`. */
export function fitText(text: string, width: number, size: number, weight: TextWeight): string {
  if (textWidth(text, size, weight) <= width) return text;
  let cut = text.length - 1;
  while (cut > 0 && textWidth(`${text.slice(0, cut)}…`, size, weight) > width) cut--;
  return cut > 0 ? `${text.slice(0, cut).trimEnd()}…` : '';
}
