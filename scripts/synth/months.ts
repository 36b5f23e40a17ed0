/**
 * Dates of the synthetic datasets, counted in months (year * 12 + month - 1) and written as
 * partial dates of mixed precision, like hand-made data.
 */
import type { Random } from './random';

/** The month index of January of `year`. */
export function januaryOf(year: number): number {
  return year * 12;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM` of a month index. */
export function monthText(month: number): string {
  return `${Math.floor(month / 12)}-${pad((month % 12) + 1)}`;
}

/** `YYYY-MM-DD` of a month index, on a day that exists in every month. */
export function dayText(month: number, random: Random): string {
  return `${monthText(month)}-${pad(random.int(1, 28))}`;
}

/**
 * A date inside `month` at a random precision: mostly a month, sometimes a day, sometimes only
 * the year. Any of them is safe against the checks as long as intervals nest by months.
 */
export function anyPrecision(month: number, random: Random, allowDay = true): string {
  const roll = random.next();
  if (roll < 0.2) return String(Math.floor(month / 12));
  if (roll < 0.85 || !allowDay) return monthText(month);
  return dayText(month, random);
}
