import { describe, expect, it } from 'vitest';
import type { DatasetEvent } from '../dataset/schema';
import { monthToOpen } from './months';
import { sortEvents } from '../timeline/event-steps';

const event = (id: string, date: string): DatasetEvent => ({
  id,
  date,
  kind: 'other',
  title: id,
  summary: 'x',
  people: [],
  sources: [{ source: 's' }],
});
const events = sortEvents([
  event('year-only', '1934'),
  event('congress', '1934-01-26'),
  event('kirov', '1934-12-01'),
  event('trial', '1936-08'),
]);

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
