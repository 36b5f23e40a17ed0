import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { buildTimeline, yearWindow } from '../timeline/timeline';
import { activeLinks, egoNetwork, shortestPath } from './graph-query';

// a—b allied, b in f with c, c—d rivals, d betrays e in 1925; x unconnected.
const data = fx.dataset({
  people: ['a', 'b', 'c', 'd', 'e', 'x'].map((id) => fx.person(id)),
  factions: [fx.faction('f', '1924')],
  memberships: [fx.membership('b', 'f', '1924'), fx.membership('c', 'f', '1924')],
  alliances: [fx.alliance('a-b', 'a', 'b', '1924'), fx.alliance('old', 'a', 'c', '1920', '1923')],
  rivalries: [fx.rivalry('c-d', 'c', 'd', '1924')],
  betrayals: [fx.betrayal('d-e', 'd', 'e', '1925')],
});
const links = (year: number) => activeLinks(data, buildTimeline(data).stateAt(yearWindow(year)));

describe('egoNetwork', () => {
  it('keeps a person and their neighbours, one or two steps away', () => {
    expect([...egoNetwork(links(1924), 'b', 1).nodes].sort()).toEqual(['a', 'b', 'f']);
    expect([...egoNetwork(links(1924), 'b', 2).nodes].sort()).toEqual(['a', 'b', 'c', 'f']);
    expect(egoNetwork(links(1924), 'b', 1).links.map((l) => l.key)).toEqual(['b--f--1924', 'a-b']);
  });
  it('follows the period: a betrayal of 1925 joins d and e only then', () => {
    expect(egoNetwork(links(1924), 'e', 1).nodes.size).toBe(1);
    expect([...egoNetwork(links(1925), 'e', 1).nodes].sort()).toEqual(['d', 'e']);
  });
});

describe('shortestPath', () => {
  it('finds the chain of alliances and memberships', () => {
    expect(shortestPath(links(1924), 'a', 'c')?.map((l) => l.key)).toEqual([
      'a-b',
      'b--f--1924',
      'c--f--1924',
    ]);
  });
  it('uses rivalries and betrayals only when asked', () => {
    expect(shortestPath(links(1925), 'a', 'e')).toBeUndefined();
    expect(shortestPath(links(1925), 'a', 'e', { enmities: true })?.map((l) => l.kind)).toEqual([
      'alliance',
      'membership',
      'membership',
      'rivalry',
      'betrayal',
    ]);
  });
  it('says when there is none, and that a record reaches itself at once', () => {
    expect(shortestPath(links(1924), 'a', 'x', { enmities: true })).toBeUndefined();
    expect(shortestPath(links(1924), 'a', 'a')).toEqual([]);
  });
});
