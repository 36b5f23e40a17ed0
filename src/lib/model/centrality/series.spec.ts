import { describe, expect, it } from 'vitest';
import * as fx from '$lib/testing/timeline-fixtures';
import { buildTimeline, monthWindow, yearWindow } from '../timeline/timeline';
import { centralitySeries, centralitySteps, timeSteps } from './series';
import { metricLevels, mostConnected, nodeSeries, stepIndex } from './queries';

// 1924: a—b allied, b and c in f, c—d rivals; 1925: d betrays e; the a—b alliance ends in 1925.
const data = fx.dataset({
  people: ['a', 'b', 'c', 'd', 'e'].map((id) => fx.person(id)),
  factions: [fx.faction('f', '1924')],
  memberships: [fx.membership('b', 'f', '1924'), fx.membership('c', 'f', '1924')],
  alliances: [fx.alliance('a-b', 'a', 'b', '1924', '1925-03')],
  rivalries: [fx.rivalry('c-d', 'c', 'd', '1924')],
  betrayals: [fx.betrayal('d-e', 'd', 'e', '1925-06')],
});
data.dataset.range = { from: '1924', to: '1926' };
const timeline = buildTimeline(data);

describe('timeSteps', () => {
  it('is the years of the range, or each of their months', () => {
    expect(timeSteps(data, false).map((s) => s.label)).toEqual(['1924', '1925', '1926']);
    const months = timeSteps(data, true);
    expect(months).toHaveLength(36);
    expect(months[13]).toMatchObject({ year: 1925, month: 2, window: monthWindow(1925, 2) });
  });
});

describe('centralitySeries', () => {
  const series = centralitySeries(data, timeline, timeSteps(data, false));
  it('reads the active relationships of each year: a path a-b-f-c-d in 1924', () => {
    // nodes: a b c d e f; in 1924 the graph is the path a-b-f-c-d
    expect(nodeSeries(series, 'b')[0]).toEqual({ label: '1924', degree: 2, betweenness: 3 });
    expect(nodeSeries(series, 'f')[0]).toMatchObject({ degree: 2, betweenness: 4 });
    expect(nodeSeries(series, 'e')[0]).toMatchObject({ degree: 0, betweenness: 0 });
  });
  it('follows time: in 1925 the betrayal joins e to d, d now lies between c and e', () => {
    expect(nodeSeries(series, 'd').map((p) => p.betweenness)).toEqual([0, 4, 0]);
    expect(nodeSeries(series, 'e').map((p) => p.degree)).toEqual([0, 1, 0]);
    // the alliance ended in March 1925: a has no tie in 1926
    expect(nodeSeries(series, 'a').map((p) => p.degree)).toEqual([1, 1, 0]);
  });
  it('steps one at a time, saying how many are done', () => {
    const run = centralitySteps(data, timeline, timeSteps(data, false));
    expect(run.next().value).toEqual({ done: 1, total: 3 });
    expect(run.next().value).toEqual({ done: 2, total: 3 });
    expect(run.next().value).toEqual({ done: 3, total: 3 });
    expect(run.next().done).toBe(true);
  });
  it('is empty for an unknown id and finds steps by window', () => {
    expect(nodeSeries(series, 'nobody')).toEqual([]);
    expect(stepIndex(series, yearWindow(1925))).toBe(1);
    expect(stepIndex(series, monthWindow(1925, 1))).toBe(-1);
  });
});

describe('mostConnected and metricLevels', () => {
  const series = centralitySeries(data, timeline, timeSteps(data, false));
  const people = new Set(['a', 'b', 'c', 'd', 'e']);
  it('ranks by degree, then betweenness, and leaves out the unconnected', () => {
    // 1924: b and c have two neighbours and lie on three pairs each; a and d one neighbour
    const ranked = mostConnected(series, 0, people, 5);
    expect(ranked.map((r) => r.id)).toEqual(['b', 'c', 'a', 'd']);
    expect(mostConnected(series, 0, people, 2)).toHaveLength(2);
    expect(mostConnected(series, 9, people)).toEqual([]);
  });
  it('maps a metric onto the emphasis levels: the top person reaches the top level', () => {
    const levels = metricLevels(series, 0, 'betweenness', people);
    expect(levels.get('b')).toBe(8);
    expect(levels.get('a')).toBe(0);
  });
});
