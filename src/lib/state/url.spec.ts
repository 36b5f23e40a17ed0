import { describe, expect, it } from 'vitest';
import { parseUrlState, writeUrlState } from './url';

const context = { years: { from: 1924, to: 1938 }, hasRecord: (id: string) => id === 'stalin' };

describe('URL state', () => {
  it('round-trips year, month, comparison, focus, filters and view', () => {
    const search =
      'year=1936&month=8&compare=1927..1934&focus=stalin&hide=rivalries,dead&view=table&panels=1925,1933';
    const { state, notes } = parseUrlState(search, context);
    expect(notes).toEqual([]);
    expect(state).toMatchObject({ year: 1936, month: 8, compare: { from: 1927, to: 1934 } });
    expect(state.panels).toEqual([1925, 1933]);
    expect(state.filters.rivalries).toBe(false);
    expect(state.filters.dead).toBe(false);
    const written = writeUrlState('data=x', state);
    expect(parseUrlState(written, context).state).toEqual(state);
    expect(written.get('data')).toBe('x');
  });

  it('notes every bad value and keeps the defaults', () => {
    const long = 'z'.repeat(5000);
    const { state, notes } = parseUrlState(
      `year=1066&month=13&compare=1927..1927&focus=${long}&hide=nope&view=cube&panels=1066`,
      context,
    );
    expect(state.year).toBeUndefined();
    expect(state.month).toBeUndefined();
    expect(state.compare).toBeUndefined();
    expect(state.view).toBe('graph');
    expect(state.panels).toBeUndefined();
    expect(notes).toHaveLength(7);
    expect(notes.every((n) => n.length < 300)).toBe(true);
  });

  it('reads every view by name', () => {
    for (const view of ['graph', 'table', 'flow', 'multiples'] as const) {
      const { state } = parseUrlState(`view=${view}`, context);
      expect(state.view).toBe(view);
      expect(writeUrlState('', state).get('view')).toBe(view === 'graph' ? null : view);
    }
  });
});
