/**
 * The explorer's state: one runes class shared through context. Everything the page shows is
 * derived from the dataset, the year, the selection, the filters and the view.
 */
import { getContext, setContext } from 'svelte';
import type { DatasetRecords, Position } from '$lib/model/schema';
import { buildTimeline, yearWindow } from '$lib/model/timeline';
import { yearOf } from '$lib/model/dates';
import { buildLookup } from '$lib/model/lookup';
import { defaultFilters, type GraphFilters } from '$lib/model/filters';
import type { UrlState, ViewMode } from './url';

/** A dataset ready to explore: validated records and a position for every node. */
export interface LoadedDataset {
  data: DatasetRecords;
  positions: Record<string, Position>;
}

export class Explorer {
  dataset = $state.raw<LoadedDataset>() as LoadedDataset;
  year = $state(0);
  selection = $state<string | undefined>(undefined);
  filters = $state.raw<GraphFilters>(defaultFilters);
  view = $state<ViewMode>('graph');
  playing = $state(false);
  /** Notes about ignored URL values and similar, shown until dismissed. */
  notes = $state<string[]>([]);

  data = $derived(this.dataset.data);
  timeline = $derived(buildTimeline(this.dataset.data));
  lookup = $derived(buildLookup(this.dataset.data));
  years = $derived({
    from: yearOf(this.dataset.data.dataset.range.from),
    to: yearOf(this.dataset.data.dataset.range.to),
  });
  window = $derived(yearWindow(this.year));
  current = $derived(this.timeline.stateAt(this.window));
  urlState = $derived<UrlState>({
    year: this.year,
    focus: this.selection,
    filters: this.filters,
    view: this.view,
  });

  constructor(dataset: LoadedDataset) {
    this.dataset = dataset;
    this.year = this.defaultYear();
  }

  /** The dataset's default year, clamped into its range. */
  defaultYear(): number {
    const info = this.dataset.data.dataset;
    return this.clampYear(yearOf(info.defaultTime));
  }

  clampYear(year: number): number {
    return Math.min(this.years.to, Math.max(this.years.from, Math.round(year)));
  }

  setYear(year: number): void {
    this.year = this.clampYear(year);
  }

  /** Moves the year by `delta`; returns false at either end of the range. */
  stepYear(delta: number): boolean {
    const next = this.clampYear(this.year + delta);
    if (next === this.year) return false;
    this.year = next;
    return true;
  }

  setFilter(key: keyof GraphFilters, on: boolean): void {
    this.filters = { ...this.filters, [key]: on };
  }

  select(id: string | undefined): void {
    this.selection = id && this.lookup.byId.has(id) ? id : undefined;
  }

  /** Applies what a URL asks for (on load and on back/forward). */
  applyUrlState(state: UrlState): void {
    this.year = state.year ?? this.defaultYear();
    this.selection = state.focus;
    this.filters = state.filters;
    this.view = state.view;
  }

  /** Replaces the dataset (after validation) and resets what no longer applies. */
  replaceDataset(dataset: LoadedDataset): void {
    this.dataset = dataset;
    this.playing = false;
    this.selection = undefined;
    this.year = this.defaultYear();
  }
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
  return getContext<Explorer>(KEY);
}
