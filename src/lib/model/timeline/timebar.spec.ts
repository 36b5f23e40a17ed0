import { describe, expect, it } from 'vitest';
import { eventMarkers } from './timebar';
import * as make from '$lib/testing/timeline-fixtures';

describe('event markers', () => {
  it('place EDTF events by their first day and give intervals a span', () => {
    const events = [
      make.event('congress', '1925-12-18/1925-12-31'),
      make.event('exile', '[1928-01-17,1928-01-18]'),
      make.event('day', '1930-06-26'),
      make.event('by', '[..1923]'),
    ];
    const markers = eventMarkers(events, 1924, 1938);
    expect(markers.map((m) => m.id)).toEqual(['congress', 'exile', 'day']);
    const [congress, exile, day] = markers;
    expect(congress.span).toBeGreaterThan(0);
    expect(exile.year).toBe(1928);
    expect(exile.span).toBeGreaterThan(0);
    expect(day.span).toBe(0);
    expect(congress.offset).toBeLessThan(exile.offset);
  });
});
