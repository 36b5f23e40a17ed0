/** Records sorted by day (deaths, interval ends), to find those that fall in a window without a scan. */
import { isPartialDate, lastDay, type DaySpan } from './dates';
import type { Person } from '../dataset/schema';
import { SortedDays } from './sorted-days';
import { deathOf } from '../timeline/timeline-records';

/** The longest a partial date can span (a year), so that a search knows how far back to look. */
const LONGEST_DATE = 366;

/** People by the first day their death may fall on, to find the deaths a window may hold. */
export class DeathsByDay {
  private readonly ids: string[] = [];
  private readonly last: number[] = [];
  private readonly byFirst: SortedDays;

  constructor(people: readonly Person[]) {
    const first: number[] = [];
    // The timeline's own reading of a death (timeline-records), so the two never disagree
    for (const person of people) {
      const death = deathOf(person);
      if (!death) continue;
      this.ids.push(person.id);
      first.push(death.day);
      this.last.push(death.latest);
    }
    this.byFirst = new SortedDays(Float64Array.from(first));
  }

  /** Ids of the people whose death may fall in the window (its days overlap the window). */
  during(window: DaySpan): string[] {
    const { order, days } = this.byFirst;
    const out: string[] = [];
    for (let k = this.byFirst.lowerBound(window.start - LONGEST_DATE); k < days.length; k++) {
      if (days[k] > window.end) break;
      if (this.last[order[k]] >= window.start) out.push(this.ids[order[k]]);
    }
    return out;
  }
}

/**
 * Records by the last day of their interval, to find those that end during a window (the
 * graph draws them as ending) without a scan. Open-ended records are left out.
 */
export class EndsByDay {
  private readonly ids: string[] = [];
  private readonly byLast: SortedDays;

  constructor(ends: { id: string; to?: string }[]) {
    const last: number[] = [];
    for (const e of ends) {
      if (!isPartialDate(e.to)) continue;
      this.ids.push(e.id);
      last.push(lastDay(e.to));
    }
    this.byLast = new SortedDays(Float64Array.from(last));
  }

  /** Ids of the records whose last day falls inside the window, before its last day. */
  during(window: DaySpan): string[] {
    const { order, days } = this.byLast;
    const out: string[] = [];
    for (let k = this.byLast.lowerBound(window.start); k < days.length && days[k] < window.end; k++)
      out.push(this.ids[order[k]]);
    return out;
  }
}
