/**
 * Centrality by time step, computed on demand: the first panel that needs it asks (`request`),
 * the work runs off the first paint (small data: in the page, yielding between steps; large:
 * in a worker), and `series` holds the answer for the dataset and mode shown.
 */
import type { DatasetRecords } from '$lib/model/dataset/schema';
import type { Timeline } from '$lib/model/timeline/timeline';
import type { CentralitySeries } from '$lib/model/centrality/series';

/** Above this many records, the series is computed in a worker, and only when asked for. */
export const WORKER_THRESHOLD = 2_000;

/** The records centrality reads: people, factions and relationships. */
export function centralitySize(data: DatasetRecords): number {
  return (
    data.people.length +
    data.factions.length +
    data.memberships.length +
    data.alliances.length +
    data.rivalries.length +
    data.betrayals.length
  );
}

export class CentralityState {
  /** The series for `for`, once computed. */
  private computed = $state.raw<{
    data: DatasetRecords;
    months: boolean;
    series: CentralitySeries;
  }>();
  /** Steps done of the computation under way. */
  progress = $state.raw<{ done: number; total: number } | undefined>(undefined);
  error = $state<string | undefined>(undefined);
  private task: { data: DatasetRecords; months: boolean; cancel: () => void } | undefined;

  constructor(
    private readonly source: () => { data: DatasetRecords; timeline: Timeline; months: boolean },
  ) {}

  /** The series of the dataset and mode shown; undefined until computed (see `request`). */
  get series(): CentralitySeries | undefined {
    const { data, months } = this.source();
    const c = this.computed;
    return c && c.data === data && c.months === months ? c.series : undefined;
  }

  /** True when the dataset is small enough to compute the series without being asked. */
  get small(): boolean {
    return centralitySize(this.source().data) <= WORKER_THRESHOLD;
  }

  /** True while a computation is under way. */
  get running(): boolean {
    return this.progress !== undefined;
  }

  /**
   * Computes the series for a panel that shows it: small datasets once the page is idle;
   * large ones wait for `request` ("Compute centrality"), since their worker takes a core.
   */
  auto(): void {
    if (!this.small || this.series || this.waiting) return;
    // Once the page is idle: the first graph comes first (a first visit shows This year)
    this.waiting = true;
    const start = () => {
      this.waiting = false;
      this.request();
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1500 });
    else setTimeout(start, 200);
  }
  private waiting = false;

  /** Starts computing the series for what is shown, unless it is there or under way. */
  request(): void {
    const { data, timeline, months } = this.source();
    if (this.series) return;
    if (this.task?.data === data && this.task.months === months) return;
    this.task?.cancel();
    let cancelled = false;
    this.task = { data, months, cancel: () => (cancelled = true) };
    this.progress = { done: 0, total: 0 };
    this.error = undefined;
    import('../worker/centrality-run')
      .then(({ runCentrality }) => {
        if (cancelled) return;
        const task = runCentrality(data, timeline, months, (p) => {
          if (!cancelled) this.progress = p;
        });
        this.task = { data, months, cancel: () => ((cancelled = true), task.cancel()) };
        return task.promise;
      })
      .then((series) => {
        if (cancelled || !series) return;
        this.computed = { data, months, series };
        this.progress = undefined;
        this.task = undefined;
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        this.error = error instanceof Error ? error.message : String(error);
        this.progress = undefined;
        this.task = undefined;
      });
  }
}
