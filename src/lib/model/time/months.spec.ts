import { describe, expect, it } from 'vitest';
import { event } from '$lib/testing/timeline-fixtures';
import { monthToOpen } from './months';
import { sortEvents } from '../timeline/event-steps';

/** Events by id, with their dates. */
const dates = {
  'year-only': '1934',
  congress: '1934-01-26',
  kirov: '1934-12-01',
  trial: '1936-08',
};
const events = sortEvents(Object.entries(dates).map(([id, date]) => event(id, date)));

describe('monthToOpen', () => {
  it("opens on the year's first event dated to a month, else January", () => {
    expect(monthToOpen(events, 1934)).toBe(1);
    expect(monthToOpen(events, 1936)).toBe(8);
    expect(monthToOpen(events, 1935)).toBe(1);
  });

  it("prefers the selected event's month, when it is in the year", () => {
    expect(monthToOpen(events, 1934, { selectedEventId: 'kirov' })).toBe(12);
    expect(monthToOpen(events, 1936, { selectedEventId: 'kirov' })).toBe(8);
    expect(monthToOpen(events, 1934, { selectedEventId: 'year-only' })).toBe(1);
  });

  it('keeps the month shown when months mode was switched off, in the same year', () => {
    expect(monthToOpen(events, 1936, { remembered: { year: 1936, month: 11 } })).toBe(11);
    expect(monthToOpen(events, 1936, { remembered: { year: 1935, month: 11 } })).toBe(8);
    const both = { selectedEventId: 'kirov', remembered: { year: 1934, month: 3 } };
    expect(monthToOpen(events, 1934, both)).toBe(12);
  });
});
