/** People's deaths sorted by day, to find who dies during a window without a scan. */
import { firstDay, isPartialDate, lastDay, type DaySpan } from './dates';
import type { Person } from './schema';

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
    let lo = 0;
    let hi = this.first.length;
    const from = window.start - LONGEST_DATE;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.first[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.first.length && this.first[i] <= window.end; i++)
      if (this.last[i] >= window.start) out.push(this.ids[i]);
    return out;
  }
}
