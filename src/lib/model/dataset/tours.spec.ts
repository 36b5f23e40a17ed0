import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../view/filters';
import type { Tour, TourStep } from './schema';
import {
  citedFor,
  moveItem,
  slugId,
  stepView,
  toursFileText,
  tourFromParams,
  tourLink,
  viewStep,
  withTourParams,
} from './tours';

const cite = [{ source: 'kotkin-stalin-1' }];
const step = (fields: Partial<TourStep>): TourStep => ({
  title: 'T',
  text: 'x',
  time: '1927',
  sources: cite,
  ...fields,
});

describe('stepView', () => {
  it('sets the year and every default the step does not name', () => {
    expect(stepView(step({}))).toEqual({ year: 1927, filters: defaultFilters });
  });

  it('opens a month, a focus with connections or a path, a comparison and hidden filters', () => {
    const view = stepView(
      step({
        time: '1934-12',
        focus: 'stalin',
        ego: 2,
        path: 'kirov',
        compare: { from: 1930, to: 1934 },
        hide: ['rivalries', 'past-betrayals'],
      }),
    );
    expect(view).toEqual({
      year: 1934,
      month: 12,
      focus: 'stalin',
      ego: 2,
      path: 'kirov',
      compare: { from: 1930, to: 1934 },
      filters: { ...defaultFilters, rivalries: false, pastBetrayals: false },
    });
  });

  it('drops connections and a path without a focus', () => {
    expect(stepView(step({ ego: 1, path: 'kirov' }))).toEqual({
      year: 1927,
      filters: defaultFilters,
    });
  });
});

describe('viewStep', () => {
  const words = { title: 'W', text: 'Words', sources: cite };

  it('records a view as a step that opens the same view', () => {
    const views = [
      { year: 1927, filters: defaultFilters },
      {
        year: 1936,
        month: 8,
        focus: 'trial-of-the-sixteen',
        filters: { ...defaultFilters, dead: false },
      },
      {
        year: 1929,
        focus: 'stalin',
        ego: 1,
        compare: { from: 1924, to: 1929 },
        filters: defaultFilters,
      },
      {
        year: 1926,
        focus: 'trotsky',
        path: 'zinoviev',
        filters: { ...defaultFilters, institutions: false },
      },
    ];
    for (const view of views) expect(stepView(viewStep(view, words))).toEqual(view);
  });

  it('writes months with two digits and hidden filters by their URL names', () => {
    const recorded = viewStep(
      { year: 1934, month: 2, filters: { ...defaultFilters, inactive: false } },
      words,
    );
    expect(recorded).toEqual({ ...words, time: '1934-02', hide: ['inactive'] });
  });
});

describe('moveItem', () => {
  it('moves an item up or down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('tourFromParams', () => {
  const tour: Tour = { id: 'won', title: 'Won', description: 'd', steps: [step({}), step({})] };

  it('opens the step a link names, counting from 1, or the first', () => {
    expect(tourFromParams('won', '2', [tour])).toEqual({ tour, index: 1 });
    expect(tourFromParams('won', null, [tour])).toEqual({ tour, index: 0 });
    expect(tourFromParams(null, '2', [tour])).toBeUndefined();
  });

  it('says why a tour or a step was ignored', () => {
    expect(tourFromParams('lost', '1', [tour])).toEqual({
      index: 0,
      note: 'Tour "lost" was ignored: this dataset has no tour with that id.',
    });
    expect(tourFromParams('won', '3', [tour])).toEqual({
      tour,
      index: 0,
      note: 'Step "3" was ignored: tour "won" has steps 1 to 2.',
    });
    expect(tourFromParams('won', '0', [tour])?.note).toContain('Step "0" was ignored');
  });
});

describe('tour files', () => {
  it('writes a tours.json the loader reads, and makes ids from titles', () => {
    const tour: Tour = {
      id: slugId('My first tour!'),
      title: 'T',
      description: 'd',
      steps: [step({})],
    };
    expect(tour.id).toBe('my-first-tour');
    expect(slugId('¿?')).toBe('my-tour');
    expect(JSON.parse(toursFileText([tour]))).toEqual({
      $schema: './schema/tours.schema.json',
      items: [tour],
    });
  });
});

describe('tour links', () => {
  const tour: Tour = { id: 'won', title: 'Won', description: 'd', steps: [step({}), step({})] };

  it('sets and removes tour= and step=, leaving the other parameters', () => {
    expect(withTourParams('?year=1929&data=x.json', 'won', 2)).toBe(
      '?year=1929&data=x.json&tour=won&step=2',
    );
    expect(withTourParams('?tour=won&step=2&year=1929', undefined, 1)).toBe('?year=1929');
    expect(withTourParams('?tour=won&step=1', undefined, 1)).toBe('');
    expect(tourLink('?year=1929&tour=won&step=2', [tour])).toEqual({ tour, index: 1 });
  });
});

describe('citedFor', () => {
  const refs = (...ids: string[]) => ids.map((source) => ({ source }));

  it('cites the focused record, else the events, else the first source; each once, at most four', () => {
    expect(citedFor(refs('a', 'a', 'b'), refs('e'), 'z')).toEqual(refs('a', 'b'));
    expect(citedFor(undefined, refs('e', 'f', 'g', 'h', 'i'), 'z')).toEqual(
      refs('e', 'f', 'g', 'h'),
    );
    expect(citedFor([], refs('e'), 'z')).toEqual(refs('e'));
    expect(citedFor(undefined, [], 'z')).toEqual(refs('z'));
    expect(citedFor(undefined, [], undefined)).toEqual([]);
  });
});
