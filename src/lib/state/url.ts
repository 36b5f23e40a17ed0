/**
 * The explorer's state in the URL: `?year=1929&focus=bukharin&hide=rivalries&view=table`.
 * Parsing never throws: a bad value is dropped and reported as a note for the page to show.
 */
import { defaultFilters, FILTER_PARAMS, type GraphFilters } from '$lib/model/view/filters';
import { parseCompare } from '$lib/model/timeline/compare';
import { parsePanelYears } from '$lib/model/multiples/years';

/** The views the stage shows: the graph, the table, the faction flow, the small multiples. */
export const viewModes = ['graph', 'table', 'flow', 'multiples'] as const;
export type ViewMode = (typeof viewModes)[number];

export interface UrlState {
  year?: number;
  /** Present in months mode: the month (1..12) of the cursor. */
  month?: number;
  /** Two years compared (`compare=1927..1934`). */
  compare?: { from: number; to: number };
  focus?: string;
  /** "Show connections only": steps away from the focus (`ego=1`). */
  ego?: number;
  /** "Path to…": the other end of a path from the focus (`path=bukharin`). */
  path?: string;
  /** "Fixed positions" (`layout=fixed`). */
  fixed?: boolean;
  filters: GraphFilters;
  view: ViewMode;
  /** The years the small multiples show, when not the default (`panels=1924,1929`). */
  panels?: number[];
}

/** Filter names as they appear in `hide=`. */
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
  const month = params.get('month');
  if (month !== null) {
    const n = /^\d{1,2}$/.test(month) ? Number(month) : NaN;
    if (n >= 1 && n <= 12) state.month = n;
    else notes.push(`Month ${show(month)} was ignored: expected a month from 1 to 12.`);
  }
  const compare = params.get('compare');
  if (compare !== null) {
    const years = parseCompare(compare, context.years);
    if (years) state.compare = years;
    else
      notes.push(
        `Comparison ${show(compare)} was ignored: expected two different years from ${context.years.from} to ${context.years.to}, as in ${context.years.from}..${context.years.to}.`,
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
  const ego = params.get('ego');
  if (ego !== null) {
    if ((ego === '1' || ego === '2') && state.focus) state.ego = Number(ego);
    else
      notes.push(
        `Connections ${show(ego)} were ignored: expected ego=1 or ego=2 with a person or faction in focus.`,
      );
  }
  const path = params.get('path');
  if (path !== null) {
    if (path.length <= MAX_VALUE && context.hasRecord(path) && state.focus) state.path = path;
    else
      notes.push(
        `Path ${show(path)} was ignored: expected the id of a person or faction, with another in focus.`,
      );
  }
  const layout = params.get('layout');
  if (layout !== null) {
    if (layout === 'fixed') state.fixed = true;
    else notes.push(`Layout ${show(layout)} was ignored: expected "fixed".`);
  }
  const hide = params.get('hide');
  if (hide !== null && hide !== '') {
    for (const name of hide.slice(0, MAX_VALUE * 2).split(',')) {
      // Own keys only: `__proto__` or `toString` must not pass for a filter name
      const key = Object.hasOwn(FILTER_PARAMS, name) ? FILTER_PARAMS[name] : undefined;
      if (key) state.filters[key] = false;
      else
        notes.push(
          `Filter ${show(name)} in "hide" was ignored: expected one of ${Object.keys(FILTER_PARAMS).join(', ')}.`,
        );
    }
  }
  const view = params.get('view');
  if (view !== null) {
    const mode = viewModes.find((m) => m === view);
    if (mode) state.view = mode;
    else
      notes.push(
        `View ${show(view)} was ignored: expected one of ${viewModes.map((m) => `"${m}"`).join(', ')}.`,
      );
  }
  const panels = params.get('panels');
  if (panels !== null) {
    const { years, bad } = parsePanelYears(panels.slice(0, MAX_VALUE), context.years);
    if (years.length) state.panels = years;
    if (bad.length || !years.length)
      notes.push(
        `Panels ${show(panels)} ${years.length ? 'were partly' : 'were'} ignored: expected years from ${context.years.from} to ${context.years.to}, as in panels=${context.years.from},${context.years.to}.`,
      );
  }
  return { state, notes };
}

/** Writes state into search params, leaving unrelated parameters (e.g. `data`) alone. */
export function writeUrlState(params: URLSearchParams | string, state: UrlState): URLSearchParams {
  const next = new URLSearchParams(params);
  const keys = [
    'year',
    'month',
    'compare',
    'focus',
    'ego',
    'path',
    'layout',
    'hide',
    'view',
    'panels',
  ];
  for (const key of keys) next.delete(key);
  if (state.year !== undefined) next.set('year', String(state.year));
  if (state.month !== undefined) next.set('month', String(state.month));
  if (state.compare) next.set('compare', `${state.compare.from}..${state.compare.to}`);
  if (state.focus) next.set('focus', state.focus);
  if (state.focus && state.ego !== undefined) next.set('ego', String(state.ego));
  if (state.focus && state.path) next.set('path', state.path);
  if (state.fixed) next.set('layout', 'fixed');
  const hidden = Object.entries(FILTER_PARAMS)
    .filter(([, key]) => !state.filters[key])
    .map(([name]) => name);
  if (hidden.length) next.set('hide', hidden.join(','));
  if (state.view !== 'graph') next.set('view', state.view);
  if (state.panels) next.set('panels', state.panels.join(','));
  return next;
}
