/**
 * The explorer's state in the URL: `?year=1929&focus=bukharin&hide=rivalries&view=table`.
 * Parsing never throws: a bad value is dropped and reported as a note for the page to show.
 */
import { defaultFilters, type GraphFilters } from '$lib/model/filters';

export type ViewMode = 'graph' | 'table';

export interface UrlState {
  year?: number;
  focus?: string;
  filters: GraphFilters;
  view: ViewMode;
}

/** Filter names as they appear in `hide=`. */
const FILTER_PARAMS: Record<string, keyof GraphFilters> = {
  memberships: 'memberships',
  alliances: 'alliances',
  rivalries: 'rivalries',
  betrayals: 'betrayals',
  'past-betrayals': 'pastBetrayals',
  dead: 'dead',
};
const MAX_VALUE = 200;

/** What a URL asks for, with a note for every value that was ignored. */
export function parseUrlState(
  search: URLSearchParams | string,
  context: { years: { from: number; to: number }; hasRecord: (id: string) => boolean },
): { state: UrlState; notes: string[] } {
  const params = new URLSearchParams(search);
  const notes: string[] = [];
  const show = (value: string) =>
    JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  const state: UrlState = { filters: { ...defaultFilters }, view: 'graph' };

  const year = params.get('year');
  if (year !== null) {
    const n = /^\d{1,4}$/.test(year) ? Number(year) : NaN;
    if (n >= context.years.from && n <= context.years.to) state.year = n;
    else
      notes.push(
        `Year ${show(year)} was ignored: expected a year from ${context.years.from} to ${context.years.to}.`,
      );
  }
  const focus = params.get('focus');
  if (focus !== null) {
    if (focus.length <= MAX_VALUE && context.hasRecord(focus)) state.focus = focus;
    else
      notes.push(
        `Focus ${show(focus)} was ignored: no person, faction or relationship has that id.`,
      );
  }
  const hide = params.get('hide');
  if (hide !== null && hide !== '') {
    for (const name of hide.slice(0, MAX_VALUE * 2).split(',')) {
      const key = FILTER_PARAMS[name];
      if (key) state.filters[key] = false;
      else
        notes.push(
          `Filter ${show(name)} in "hide" was ignored: expected one of ${Object.keys(FILTER_PARAMS).join(', ')}.`,
        );
    }
  }
  const view = params.get('view');
  if (view !== null) {
    if (view === 'graph' || view === 'table') state.view = view;
    else notes.push(`View ${show(view)} was ignored: expected "graph" or "table".`);
  }
  return { state, notes };
}

/** Writes state into search params, leaving unrelated parameters (e.g. `data`) alone. */
export function writeUrlState(params: URLSearchParams | string, state: UrlState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['year', 'focus', 'hide', 'view']) next.delete(key);
  if (state.year !== undefined) next.set('year', String(state.year));
  if (state.focus) next.set('focus', state.focus);
  const hidden = Object.entries(FILTER_PARAMS)
    .filter(([, key]) => !state.filters[key])
    .map(([name]) => name);
  if (hidden.length) next.set('hide', hidden.join(','));
  if (state.view !== 'graph') next.set('view', state.view);
  return next;
}
