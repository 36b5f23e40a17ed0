/** The years a benchmark steps through. */

/**
 * The years of a back-and-forth scrub across `from..to` that starts at `from`: `count` steps of
 * one year, turning back at either end, as someone dragging the slider to and fro.
 */
export function pingPong(from: number, to: number, count: number): number[] {
  const years: number[] = [];
  let year = from;
  let direction = 1;
  for (let i = 0; i < count; i++) {
    if (year + direction > to || year + direction < from) direction = -direction;
    if (from === to) break;
    year += direction;
    years.push(year);
  }
  return years;
}
