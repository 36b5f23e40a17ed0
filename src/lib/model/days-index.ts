/** Records sorted by day (deaths, interval ends), to find those that fall in a window without a scan. */
import { firstDay, isPartialDate, lastDay, type DaySpan } from './dates';
import type { Person } from './schema';

/** The first index of a sorted array whose value is at least `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The longest a partial date can span (a year), so that a search knows how far back to look. */
const LONGEST_DATE = 366;

export class DeathsByDay {
  private readonly first: number[] = [];
  private readonly last: number[] = [];
  private readonly ids: string[] = [];

  constructor(people: readonly Person[]) {
    const deaths = people
      .map((p) => ({ id: p.id, date: p.fate?.date ?? p.died }))
      .filter((d): d is { id: string; date: string } => isPartialDate(d.date))
      .map((d) => ({ id: d.id, first: firstDay(d.date), last: lastDay(d.date) }))
      .sort((a, b) => a.first - b.first);
    for (const d of deaths) {
      this.first.push(d.first);
      this.last.push(d.last);
      this.ids.push(d.id);
    }
  }

  /** Ids of the people whose death may fall in the window (its days overlap the window). */
  during(window: DaySpan): string[] {
    const out: string[] = [];
    for (
      let i = lowerBound(this.first, window.start - LONGEST_DATE);
      i < this.first.length && this.first[i] <= window.end;
      i++
    )
      if (this.last[i] >= window.start) out.push(this.ids[i]);
    return out;
  }
}

/**
 * Records by the last day of their interval, to find those that end during a window (the
 * graph draws them as ending) without a scan. Open-ended records are left out.
 */
export class EndsByDay {
  private readonly days: number[] = [];
  private readonly ids: string[] = [];

  constructor(ends: { id: string; to?: string }[]) {
    const known = ends
      .filter((e): e is { id: string; to: string } => isPartialDate(e.to))
      .map((e) => ({ id: e.id, day: lastDay(e.to) }))
      .sort((a, b) => a.day - b.day);
    for (const e of known) {
      this.days.push(e.day);
      this.ids.push(e.id);
    }
  }

  /** Ids of the records whose last day falls inside the window, before its last day. */
  during(window: DaySpan): string[] {
    const out: string[] = [];
    for (
      let i = lowerBound(this.days, window.start);
      i < this.days.length && this.days[i] < window.end;
      i++
    )
      out.push(this.ids[i]);
    return out;
  }
}
