/**
 * The explorer's state: one runes class shared through context. Everything the page shows is
 * derived from the dataset, the year, the selection, the filters and the view.
 */
import { getContext, setContext } from 'svelte';
import type { DatasetRecords, Position } from '$lib/model/dataset/schema';
import type { ExportInput } from '$lib/export/run';
import { buildTimeline, monthWindow, windowLabel, yearWindow } from '$lib/model/timeline/timeline';
import { dateStart, yearOf } from '$lib/model/time/dates';
import { compareYears } from '$lib/model/timeline/compare';
import { steppableEvents, stepEvent } from '$lib/model/timeline/event-steps';
import { monthToOpen } from '$lib/model/time/months';
import { buildLookup } from '$lib/model/dataset/lookup';
import { defaultFilters, type GraphFilters } from '$lib/model/view/filters';
import type { UrlState, ViewMode } from './url';
import type { YearPositions } from '$lib/model/layout/dynamic';
import { canLayoutYears, positionsAt } from '$lib/model/layout/positions-at';
import { personLevels } from '$lib/model/view/emphasis';
import { activeLinks, egoNetwork, shortestPath } from '$lib/model/view/graph-query';
import { defaultPanelYears } from '$lib/model/multiples/years';
import { metricLevels, stepIndex, type CentralityMetric } from '$lib/model/centrality/queries';
import { CentralityState } from './centrality.svelte';

/** A dataset ready to explore: validated records and a position for every node. */
export interface LoadedDataset {
  data: DatasetRecords;
  /** One layout for every year. */
  positions: Record<string, Position>;
  /** A layout per year, when the dataset has one (see model/layout). */
  years?: YearPositions;
}

/** No emphasis: every person at one size (datasets too large to restyle at each step). */
const NO_LEVELS = new Map<string, number>();

export class Explorer {
  dataset = $state.raw<LoadedDataset>() as LoadedDataset;
  year = $state(0);
  selection = $state<string | undefined>(undefined);
  filters = $state.raw<GraphFilters>(defaultFilters);
  view = $state<ViewMode>('graph');
  playing = $state(false);
  /** A video is being recorded: its steps replace the URL instead of adding to the history. */
  recording = $state(false);
  /** Playback speed: 1 is a year (or a month) every 1.5 s. */
  speed = $state(1);
  /** Months mode: the slider and the steps move by month, the window is one month. */
  months = $state(false);
  month = $state(1);
  /** Two years shown at once, when comparing. */
  compare = $state.raw<{ from: number; to: number } | undefined>(undefined);
  /** "Fixed positions": one layout for every year, even when the dataset has one per year. */
  fixedPositions = $state(false);
  /** The years the small multiples show, when the user chose them (else the default). */
  panels = $state.raw<number[] | undefined>(undefined);
  /** Notes about ignored URL values and similar, shown until dismissed. */
  notes = $state<string[]>([]);

  data = $derived(this.dataset.data);
  timeline = $derived(buildTimeline(this.dataset.data));
  lookup = $derived(buildLookup(this.dataset.data));
  years = $derived({
    from: yearOf(this.dataset.data.dataset.range.from),
    to: yearOf(this.dataset.data.dataset.range.to),
  });
  panelYears = $derived(
    this.panels ?? defaultPanelYears(this.years, this.timeline.changesPerYear()),
  );
  window = $derived(this.months ? monthWindow(this.year, this.month) : yearWindow(this.year));
  current = $derived(this.timeline.stateAt(this.window));
  comparison = $derived(
    this.compare
      ? compareYears(this.data, this.lookup, this.timeline, this.compare.from, this.compare.to)
      : undefined,
  );
  /** Where each node is drawn at the cursor (a comparison: at its later year). */
  positions = $derived(
    positionsAt(
      this.dataset.positions,
      this.fixedPositions ? undefined : this.dataset.years,
      this.compare
        ? { year: this.compare.to }
        : { year: this.year, month: this.months ? this.month : undefined },
    ),
  );
  /** Degree and betweenness by time step, computed when a panel asks for them. */
  centrality = new CentralityState(() => ({
    data: this.data,
    timeline: this.timeline,
    months: this.months,
  }));
  /** What node size follows: the weighted relationships (model/emphasis), or a centrality. */
  sizeBy = $state<'relationships' | CentralityMetric>('relationships');
  /** The centrality step of the window shown; -1 until computed or outside the range. */
  centralityStep = $derived(
    this.centrality.series ? stepIndex(this.centrality.series, this.window) : -1,
  );
  /** Each present person's weight in the period shown, as a size level (model/emphasis). */
  levels = $derived(
    !canLayoutYears(this.data)
      ? NO_LEVELS
      : this.sizeBy !== 'relationships' && this.centralityStep >= 0 && !this.comparison
        ? metricLevels(
            this.centrality.series!,
            this.centralityStep,
            this.sizeBy,
            this.current.people.keys(),
          )
        : personLevels(this.data, this.comparison ? this.comparison.after : this.current),
  );
  /** "Show connections only": steps away from the selection that stay shown; off when undefined. */
  ego = $state<number | undefined>(undefined);
  /** "Path to…": the other end of a path from the selection, and whether enmities count. */
  pathTo = $state<string | undefined>(undefined);
  pathEnmities = $state(false);
  /** The relationships active in the period, when focus or a path needs them. */
  links = $derived(
    this.ego !== undefined || this.pathTo !== undefined
      ? activeLinks(this.data, this.comparison ? this.comparison.after : this.current)
      : [],
  );
  /** What "Show connections only" keeps: the selection and its neighbours, following time. */
  egoView = $derived(
    this.ego !== undefined && this.selection !== undefined && this.lookup.byId.has(this.selection)
      ? egoNetwork(this.links, this.selection, this.ego)
      : undefined,
  );
  /** The path asked for: its links in order, null when there is none, undefined when not asked. */
  path = $derived(
    this.pathTo !== undefined && this.selection !== undefined
      ? (shortestPath(this.links, this.selection, this.pathTo, {
          enmities: this.pathEnmities,
        }) ?? null)
      : undefined,
  );
  /**
   * What the graph lights beside the selection: a path's people and links, an event's
   * people. Undefined: the selection's own neighbourhood.
   */
  highlight = $derived.by(() => {
    if (this.path) {
      const nodes = this.path.flatMap((l) => [l.a, l.b]);
      return { nodes: nodes.filter((id, i) => nodes.indexOf(id) === i), links: this.path };
    }
    const ref = this.selection === undefined ? undefined : this.lookup.byId.get(this.selection);
    if (ref?.kind === 'event') return { nodes: ref.record.people, links: [] };
    return undefined;
  });
  /** "Mark changes": what a step brought stays marked until the next step. */
  markChanges = $state(true);
  /** Whether the layout changes with time here (a dataset with a layout per year, not fixed). */
  moving = $derived(!this.fixedPositions && this.dataset.years !== undefined);
  sortedEvents = $derived(steppableEvents(this.data.events, this.data.dataset.range));
  /** What the cursor shows, and what every panel names the window: "1936", or "Aug 1936". */
  cursorText = $derived(windowLabel(this.window));
  /** The slider's position: a year, or months since the range's first January. */
  cursorIndex = $derived(
    this.months ? (this.year - this.years.from) * 12 + this.month - 1 : this.year,
  );
  cursorBounds = $derived(
    this.months
      ? { min: 0, max: (this.years.to - this.years.from) * 12 + 11 }
      : { min: this.years.from, max: this.years.to },
  );
  urlState = $derived<UrlState>({
    year: this.year,
    month: this.months ? this.month : undefined,
    focus: this.selection,
    ego: this.ego,
    path: this.pathTo,
    fixed: this.fixedPositions || undefined,
    filters: this.filters,
    view: this.view,
    compare: this.compare,
    panels: this.panels,
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

  /**
   * Compares two years, or stops comparing (undefined). The time bar then sits at the later
   * year; moving it in any way ends the comparison and shows the year it moved to.
   */
  setCompare(years: { from: number; to: number } | undefined): void {
    this.compare = years;
    if (years) this.year = this.clampYear(years.to);
  }

  /** A time bar action while comparing: the comparison ends, the action starts from `to`. */
  private endCompare(): void {
    this.compare = undefined;
  }

  setYear(year: number): void {
    this.endCompare();
    this.year = this.clampYear(year);
  }

  /** Moves the year by `delta`; returns false at either end of the range. */
  stepYear(delta: number): boolean {
    this.endCompare();
    const next = this.clampYear(this.year + delta);
    if (next === this.year) return false;
    this.year = next;
    return true;
  }

  /** Moves the cursor to a slider position (a year, or a month index in months mode). */
  setCursorIndex(index: number): void {
    this.endCompare();
    const { min, max } = this.cursorBounds;
    const i = Math.min(max, Math.max(min, Math.round(index)));
    if (!this.months) return this.setYear(i);
    this.year = this.years.from + Math.floor(i / 12);
    this.month = (i % 12) + 1;
  }

  /** Moves the cursor by `delta` years, or months in months mode; false at either end. */
  stepCursor(delta: number): boolean {
    const before = this.cursorIndex;
    this.setCursorIndex(before + delta);
    return this.cursorIndex !== before;
  }

  /** The month shown when months mode was last switched off, to come back to. */
  private lastMonth: { year: number; month: number } | undefined;

  /**
   * Switches months mode; the cursor keeps its year, and opens on the selected event's month,
   * the month shown when months mode was switched off in this year, or the year's first event.
   */
  setMonths(on: boolean): void {
    this.endCompare();
    if (on && !this.months) {
      const selected = this.lookup.byId.get(this.selection ?? '')?.kind === 'event';
      this.month = monthToOpen(this.sortedEvents, this.year, {
        selectedEventId: selected ? this.selection : undefined,
        remembered: this.lastMonth,
      });
    }
    if (!on && this.months) this.lastMonth = { year: this.year, month: this.month };
    this.months = on;
  }

  /** Whether there is an event to step to in that direction ("Previous event", "Next event"). */
  canStepEvent(direction: 1 | -1): boolean {
    const selected = this.lookup.byId.get(this.selection ?? '')?.kind === 'event';
    return (
      stepEvent(
        this.sortedEvents,
        this.window,
        selected ? this.selection : undefined,
        direction,
      ) !== undefined
    );
  }

  /** Moves to the next or previous dated event, selects it and shows its month or year. */
  stepEvent(direction: 1 | -1): boolean {
    const selected = this.lookup.byId.get(this.selection ?? '')?.kind === 'event';
    const event = stepEvent(
      this.sortedEvents,
      this.window,
      selected ? this.selection : undefined,
      direction,
    );
    return event ? this.goToEvent(event.id) : false;
  }

  /** Shows an event's year (and month, in months mode) and selects it. */
  goToEvent(id: string): boolean {
    const ref = this.lookup.byId.get(id);
    const date = ref?.kind === 'event' ? dateStart(ref.record.date) : undefined;
    if (!date) return false;
    this.endCompare();
    this.year = this.clampYear(date.year);
    if (this.months && date.month !== undefined) this.month = date.month;
    this.selection = id;
    return true;
  }

  /**
   * Shows the time a record of a lifeline starts (its year, its month in months mode; clamped
   * into the range) and selects the record.
   */
  goToRecord(id: string, date: string): void {
    const start = dateStart(date);
    this.endCompare();
    if (start) {
      this.year = this.clampYear(start.year);
      // Clamped into the range: the range's first or last month
      const month = this.year === start.year ? (start.month ?? 1) : this.year > start.year ? 1 : 12;
      if (this.months) this.month = month;
    }
    this.select(id);
  }

  setFilter(key: keyof GraphFilters, on: boolean): void {
    this.filters = { ...this.filters, [key]: on };
  }

  select(id: string | undefined): void {
    const next = id && this.lookup.byId.has(id) ? id : undefined;
    // Focus and paths start from the selection: a new one ends them
    if (next !== this.selection) {
      this.pathTo = undefined;
      if (next === undefined) this.ego = undefined;
    }
    this.selection = next;
  }

  /** Applies what a URL asks for (on load and on back/forward). */
  applyUrlState(state: UrlState): void {
    this.year = state.year ?? this.defaultYear();
    this.months = state.month !== undefined;
    this.month = state.month ?? 1;
    this.setCompare(state.compare);
    this.selection = state.focus;
    this.ego = state.ego;
    this.pathTo = state.path;
    this.fixedPositions = state.fixed ?? false;
    this.filters = state.filters;
    this.view = state.view;
    this.panels = state.panels;
  }

  /** Replaces the dataset (after validation) and resets what no longer applies. */
  replaceDataset(dataset: LoadedDataset): void {
    this.dataset = dataset;
    this.playing = false;
    this.selection = undefined;
    this.ego = undefined;
    this.pathTo = undefined;
    this.compare = undefined;
    this.panels = undefined;
    this.year = this.defaultYear();
  }

  /**
   * What an export shows: the window on screen and its state, the filters, the comparison,
   * the selection; `moved` holds the nodes dragged since the layout (over the layout's own).
   */
  exportInput(moved: Record<string, Position> = {}): ExportInput {
    return {
      data: this.data,
      lookup: this.lookup,
      timeline: this.timeline,
      window: this.window,
      state: this.current,
      filters: this.filters,
      comparison: this.comparison,
      selection: this.selection,
      positions: { ...this.positions, ...moved },
      levels: this.levels,
    };
  }

  /** Names the dataset on screen (a CSV import's title, asked for after it opens); keeps the rest. */
  retitle(title: string): void {
    const { data } = this.dataset;
    this.dataset = { ...this.dataset, data: { ...data, dataset: { ...data.dataset, title } } };
  }

  /** Moves the nodes to a layout computed after the dataset was shown; keeps the rest. */
  setPositions(positions: Record<string, Position>, years?: YearPositions): void {
    this.dataset = { data: this.dataset.data, positions, years };
  }
}

const KEY = Symbol('explorer');

export function setExplorer(explorer: Explorer): Explorer {
  return setContext(KEY, explorer);
}

export function getExplorer(): Explorer {
  return getContext<Explorer>(KEY);
}
