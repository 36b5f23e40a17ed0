// Months mode on the bundled dataset: every panel reads the window the graph shows.
import { expect, it } from 'vitest';
import { bundledDataset } from '$lib/testing/bundled';
import { selectionDetails } from './details';
import { buildLookup } from '../dataset/lookup';
import { windowSections } from './this-year';
import { buildTimeline, monthWindow, yearWindow } from '../timeline/timeline';

const data = bundledDataset();
const timeline = buildTimeline(data);
const lookup = buildLookup(data);

it('in January 1936 Details has Zinoviev alive, as the graph does', () => {
  const jan = timeline.stateAt(monthWindow(1936, 1));
  expect(jan.people.get('zinoviev')).toEqual({ alive: true });
  const details = selectionDetails(data, lookup, jan, 'zinoviev');
  expect(details).toMatchObject({ status: 'alive', statusText: 'alive in Jan 1936' });
  const year = selectionDetails(data, lookup, timeline.stateAt(yearWindow(1936)), 'zinoviev');
  expect(year).toMatchObject({ status: 'dead', statusText: 'executed 1936' });
});

it('"This year" in a month lists that month: August 1936 has its events, betrayals and deaths', () => {
  const titles = (month: number) =>
    windowSections(lookup, timeline, timeline.stateAt(monthWindow(1936, month))).map(
      (s) => s.title,
    );
  expect(titles(1)).not.toContain('Factions formed');
  const august = titles(8);
  for (const title of ['Events', 'Betrayals', 'Deaths']) expect(august).toContain(title);
  const sections = windowSections(lookup, timeline, timeline.stateAt(monthWindow(1936, 8)));
  const deaths = sections.find((s) => s.title === 'Deaths')!.items.map((i) => i.id);
  expect(deaths).toContain('zinoviev');
  const september = windowSections(lookup, timeline, timeline.stateAt(monthWindow(1936, 9)));
  expect(september.find((s) => s.title === 'Deaths')?.items ?? []).not.toContainEqual(
    expect.objectContaining({ id: 'zinoviev' }),
  );
});
