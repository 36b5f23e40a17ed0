import { describe, expect, it } from 'vitest';
import { sortEvents, steppableEvents, stepEvent } from './event-steps';
import { buildTimeline, monthWindow, yearWindow } from './timeline';
import { dataset, event } from '$lib/testing/timeline-fixtures';

const sorted = sortEvents([
  event('executions', '1936-08-25'),
  event('trial', '1936-08-19'),
  event('yezhov', '1936-09-26'),
  event('suicide', '1936-08-22'),
  event('year-only', '1936'),
  event('earlier', '1935-02'),
]);

describe('event steps', () => {
  it('sorts by date, coarser dates first', () => {
    const order = 'earlier year-only trial suicide executions yezhov';
    expect(sorted.map((e) => e.id)).toEqual(order.split(' '));
  });

  it('steps from the selected event, in both directions', () => {
    expect(stepEvent(sorted, yearWindow(1936), 'trial', 1)?.id).toBe('suicide');
    expect(stepEvent(sorted, yearWindow(1936), 'suicide', -1)?.id).toBe('trial');
    expect(stepEvent(sorted, yearWindow(1936), 'yezhov', 1)).toBeUndefined();
  });

  it('without a selection, starts from the window', () => {
    expect(stepEvent(sorted, monthWindow(1936, 8), undefined, 1)?.id).toBe('trial');
    expect(stepEvent(sorted, monthWindow(1936, 8), undefined, -1)?.id).toBe('year-only');
    expect(stepEvent(sorted, yearWindow(1937), undefined, 1)).toBeUndefined();
  });

  it('keeps events of the same date in file order, the order the timeline lists them in', () => {
    const events = [
      event('zeta', '1936-08-19'),
      event('alpha', '1936-08-19'),
      event('mid', '1936'),
    ];
    const stepped = sortEvents(events).map((e) => e.id);
    expect(stepped).toEqual(['mid', 'zeta', 'alpha']);
    const timeline = buildTimeline(dataset({ events }));
    expect(timeline.stateAt(yearWindow(1936)).events).toEqual(stepped);
  });
});

describe('steppable events', () => {
  it('keeps only the events that overlap the range, in order', () => {
    const events = [
      event('in-range', '1925-03'),
      event('before', '1923-10-15'),
      event('straddling', '1923-12/1924-01'),
      event('first-day', '1924'),
      event('after', '1939-02'),
    ];
    const ids = steppableEvents(events, { from: '1924', to: '1938' }).map((e) => e.id);
    expect(ids).toEqual(['straddling', 'first-day', 'in-range']);
  });
});
