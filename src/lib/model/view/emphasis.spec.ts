import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { emphasisAt, emphasisLevel, EMPHASIS_LEVELS, personLevels } from './emphasis';

const data = fx.dataset({
  people: ['hub', 'a', 'b', 'loner'].map((id) => fx.person(id)),
  factions: [fx.faction('f', '1924'), { ...fx.faction('inst', '1924'), kind: 'institution' }],
  memberships: [fx.membership('hub', 'f', '1924'), fx.membership('a', 'inst', '1924')],
  alliances: [
    fx.alliance('hub-a', 'hub', 'a', '1924'),
    fx.alliance('hub-b', 'hub', 'b', '1924', '1924'),
  ],
  betrayals: [fx.betrayal('b-hub', 'b', 'hub', '1925')],
});
const at = (year: number) => buildTimeline(data).stateAt(yearWindow(year));

describe('emphasis', () => {
  it('weighs people by what is active in the period', () => {
    const w = emphasisAt(data, at(1924));
    expect(w.get('hub')).toBe(2 + 2 + 1);
    expect(w.get('a')).toBe(2 + 0.75);
    expect(w.get('loner')).toBeUndefined();
    const later = emphasisAt(data, at(1925));
    expect(later.get('b')).toBe(3);
    expect(later.get('hub')).toBe(2 + 1 + 1.5);
  });

  it('gives the heaviest the top level and the unconnected level 0', () => {
    const levels = personLevels(data, at(1924));
    expect(levels.get('hub')).toBe(EMPHASIS_LEVELS);
    expect(levels.get('loner')).toBe(0);
    expect(levels.get('b')).toBeGreaterThan(0);
    expect(levels.get('b')).toBeLessThan(EMPHASIS_LEVELS);
  });

  it('never rounds a weight above zero down to the background', () => {
    expect(emphasisLevel(0.01, 100)).toBe(1);
    expect(emphasisLevel(0, 100)).toBe(0);
  });
});
