/**
 * Tours as views: what a step shows (a year or a month, a focus, filters, a comparison or a
 * path), a view recorded back into a step, and the tour file a draft is saved as. Pure.
 */
import { defaultFilters, FILTER_KEYS, FILTER_NAMES, type GraphFilters } from '../view/filters';
import type { SourceRef, Tour, TourStep } from './schema';

/** The view a step opens: the explorer applies it as it applies a URL. */
export interface TourView {
  year: number;
  /** Present when the step names a month: months mode, on that month. */
  month?: number;
  focus?: string;
  ego?: number;
  path?: string;
  compare?: { from: number; to: number };
  filters: GraphFilters;
}

/** The view a step sets: everything it does not name is back to its default. */
export function stepView(step: TourStep): TourView {
  const filters = { ...defaultFilters };
  for (const key of FILTER_KEYS)
    if (step.hide?.includes(FILTER_NAMES[key].param)) filters[key] = false;
  const view: TourView = { year: Number(step.time.slice(0, 4)), filters };
  if (step.time.length > 4) view.month = Number(step.time.slice(5, 7));
  if (step.focus !== undefined) view.focus = step.focus;
  if (step.focus !== undefined && step.ego !== undefined) view.ego = step.ego;
  if (step.focus !== undefined && step.path !== undefined) view.path = step.path;
  if (step.compare) view.compare = { ...step.compare };
  return view;
}

/** What a step says, typed in by its author. */
export interface StepWords {
  title: string;
  text: string;
  sources: SourceRef[];
}

/** Records a view as a step: the inverse of `stepView` for every view it can produce. */
export function viewStep(view: TourView, words: StepWords): TourStep {
  const time =
    view.month === undefined
      ? String(view.year).padStart(4, '0')
      : `${String(view.year).padStart(4, '0')}-${String(view.month).padStart(2, '0')}`;
  const step: TourStep = { title: words.title, text: words.text, time, sources: words.sources };
  if (view.focus !== undefined) step.focus = view.focus;
  if (view.focus !== undefined && (view.ego === 1 || view.ego === 2)) step.ego = view.ego;
  if (view.focus !== undefined && view.path !== undefined) step.path = view.path;
  if (view.compare) step.compare = { ...view.compare };
  const hide = FILTER_KEYS.filter((key) => !view.filters[key]).map(
    (key) => FILTER_NAMES[key].param,
  );
  if (hide.length > 0) step.hide = hide;
  return step;
}

/** A list with item `index` moved by `delta` places; the same list when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  const copy = [...items];
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return copy;
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item);
  return copy;
}

/** The text of a tours.json holding `tours`, as the loader reads it. */
export function toursFileText(tours: readonly Tour[]): string {
  return `${JSON.stringify({ $schema: './schema/tours.schema.json', items: tours }, null, 2)}\n`;
}

/** A kebab-case id from a title ("My tour" → "my-tour"), never empty. */
export function slugId(title: string): string {
  const slug = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'my-tour';
}

/** What a tour link asks for: the tour and step to open, and a note when part was ignored. */
export interface TourLink {
  tour?: Tour;
  index: number;
  note?: string;
}

/**
 * The step a `?tour=ID&step=N` link opens (N counts from 1; missing means the first), with a
 * note when the tour or the step was ignored. Undefined when the link names no tour.
 */
export function tourFromParams(
  tourId: string | null,
  step: string | null,
  tours: readonly Tour[],
): TourLink | undefined {
  if (tourId === null) return undefined;
  const show = JSON.stringify(tourId.length > 40 ? `${tourId.slice(0, 40)}…` : tourId);
  const tour = tours.find((t) => t.id === tourId);
  if (!tour)
    return { index: 0, note: `Tour ${show} was ignored: this dataset has no tour with that id.` };
  if (step === null) return { tour, index: 0 };
  const n = /^\d{1,4}$/.test(step) ? Number(step) : NaN;
  if (n >= 1 && n <= tour.steps.length) return { tour, index: n - 1 };
  const note = `Step ${JSON.stringify(step.slice(0, 20))} was ignored: tour ${show} has steps 1 to ${tour.steps.length}.`;
  return { tour, index: 0, note };
}

/** The sources a recorded step cites: the focused record's, else the window's events'. */
export function citedFor(
  focusSources: readonly SourceRef[] | undefined,
  eventSources: readonly SourceRef[],
  fallback: string | undefined,
): SourceRef[] {
  const refs = focusSources?.length ? focusSources : eventSources;
  const ids = [...new Set(refs.map((r) => r.source))].slice(0, 4);
  if (ids.length === 0 && fallback) ids.push(fallback);
  return ids.map((source) => ({ source }));
}

/** The query `search` with `tour=` and `step=` (from 1) set, or removed when `tourId` is undefined. */
export function withTourParams(search: string, tourId: string | undefined, step: number): string {
  const params = new URLSearchParams(search);
  params.delete('tour');
  params.delete('step');
  if (tourId !== undefined) {
    params.set('tour', tourId);
    params.set('step', String(step));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** `tourFromParams` for the tour and step a query names. */
export function tourLink(search: string, tours: readonly Tour[]): TourLink | undefined {
  const params = new URLSearchParams(search);
  return tourFromParams(params.get('tour'), params.get('step'), tours);
}
