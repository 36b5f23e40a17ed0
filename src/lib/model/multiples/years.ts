/** Which years the small multiples show: a default per dataset, and a list the user chose. */

/** The bundled dataset's milestones: Lenin's death, the United Opposition, the Right, 1930, Kirov, the Terror. */
export const MILESTONE_YEARS = [1924, 1926, 1928, 1930, 1934, 1937];

/** The most panels the view shows. */
export const MAX_PANELS = 12;

/**
 * The default years: the milestones when the range holds them all; otherwise the first year
 * and then the years with the most changes, at least two years apart, six in all, in order.
 */
export function defaultPanelYears(
  range: { from: number; to: number },
  changes: { year: number; count: number }[],
): number[] {
  if (MILESTONE_YEARS.every((y) => y >= range.from && y <= range.to)) return [...MILESTONE_YEARS];
  const chosen = [range.from];
  const byChange = [...changes].sort((a, b) => b.count - a.count || a.year - b.year);
  for (const { year } of byChange) {
    if (chosen.length >= 6) break;
    if (year >= range.from && year <= range.to && chosen.every((y) => Math.abs(y - year) >= 2))
      chosen.push(year);
  }
  for (let y = range.from + 1; y <= range.to && chosen.length < 6; y++)
    if (!chosen.includes(y)) chosen.push(y);
  return chosen.sort((a, b) => a - b);
}

/**
 * Years from text such as "1924, 1926 1930-1932": distinct, in the range, in order, at most
 * MAX_PANELS; `bad` lists what was not a year of the range.
 */
export function parsePanelYears(
  text: string,
  range: { from: number; to: number },
): { years: number[]; bad: string[] } {
  const years = new Set<number>();
  const bad: string[] = [];
  for (const part of text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 100)) {
    const m = /^(\d{1,4})(?:[-–](\d{1,4}))?$/.exec(part);
    const from = m ? Number(m[1]) : NaN;
    const to = m?.[2] ? Number(m[2]) : from;
    if (!(from >= range.from && to <= range.to && from <= to)) {
      bad.push(part.slice(0, 20));
      continue;
    }
    for (let y = from; y <= to; y++) years.add(y);
  }
  return { years: [...years].sort((a, b) => a - b).slice(0, MAX_PANELS), bad };
}
