/**
 * Opening datasets in the page: files picked or dropped, an example or a URL, and going back
 * to the bundled one. Validation and layout run in the layout worker; an invalid dataset never
 * replaces the one on screen, it opens the errors dialog instead. An opened dataset is kept in
 * IndexedDB so that it survives a reload.
 */
import { replaceState } from '$app/navigation';
import { readPickedFiles, type FileLike } from '$lib/io/browser-files';
import { fetchText } from '$lib/io/fetch-text';
import type { LoadResult } from '$lib/io/json/load';
import type { NamedText } from '$lib/io/open';
import { isGraphFile } from '$lib/io/file-kinds';
import type { ImportMapping, NetworkSummary } from '$lib/io/networks/import-mapping';
import {
  layoutInWorker,
  openInWorker,
  type Task,
  type TaskResult,
} from '$lib/worker/layout-client';
import type { Progress } from '$lib/worker/layout-protocol';
import {
  canLayoutYears,
  canRefineLayout,
  completeLayout,
  completeYears,
} from '$lib/model/layout/positions-at';
import type { Explorer, LoadedDataset } from './explorer.svelte';
import { clearSaved, saveDataset } from './persist';
import {
  startPositions,
  withDataParam,
  withoutDataParam,
  type ProblemReport,
  type StartInfo,
} from './startup';

/** A graph file waiting for the import dialog's mapping. */
export interface PendingImport {
  files: NamedText[];
  name: string;
  summary: NetworkSummary;
  mapping: ImportMapping;
}

/** Where the dataset on screen came from. */
export type DatasetOrigin = 'bundled' | 'saved' | 'url' | 'file' | 'example';

const MAX_NOTED_WARNINGS = 5;
/** The id a CSV import without a dataset.json is given (`io/csv/csv.ts`). */
const CSV_IMPORT_ID = 'csv-import';

/** Opens datasets for an explorer and keeps what the page shows about it (progress, errors). */
export class DatasetOpener {
  /** The worker's progress while it validates or lays out; undefined when idle. */
  progress = $state<Progress | undefined>(undefined);
  /** Problems to show in the errors dialog; undefined when it is closed. */
  report = $state.raw<ProblemReport | undefined>(undefined);
  /** The last thing done, for a live region ("Opened …"). */
  status = $state('');
  origin = $state<DatasetOrigin>('bundled');
  /** A graph file (GEXF, GraphML) to map before it opens: the import dialog is open while set. */
  pending = $state.raw<PendingImport | undefined>(undefined);
  /**
   * A CSV import without a dataset.json opened under a placeholder title: the title dialog
   * offers `suggested` (its file names, once) while set.
   */
  naming = $state.raw<{ suggested: string } | undefined>(undefined);

  #explorer: Explorer;
  #bundled: LoadResult;
  #bundledLayout: Omit<LoadedDataset, 'data'> | undefined;
  #task: Task | undefined;

  constructor(explorer: Explorer, bundled: LoadResult, start: StartInfo) {
    this.#explorer = explorer;
    this.#bundled = bundled;
    this.origin = start.origin;
    this.report = start.report;
    if (start.notes.length) explorer.notes = [...explorer.notes, ...start.notes];
  }

  /** Computes a layout for the dataset on screen when it has none (after start or reset). */
  async layoutIfNeeded(): Promise<void> {
    const shown = this.#explorer.dataset;
    const data = shown.data;
    if (completeLayout(data) && (completeYears(data) || !canLayoutYears(data))) return;
    // A large network keeps its quick placement: the worker would only compute it again
    if (!completeLayout(data) && !canRefineLayout(data)) return;
    const done = await this.#run(layoutInWorker(data, this.#onProgress));
    // Only if the same dataset is still on screen
    if (!done?.positions || this.#explorer.dataset.data !== data) return;
    this.#explorer.setPositions(done.positions, done.years);
    if (this.origin === 'bundled')
      this.#bundledLayout = { positions: done.positions, years: done.years };
  }

  /** Opens picked or dropped files: a bundle, a folder's files, or CSV files. */
  async openFiles(list: ArrayLike<FileLike>): Promise<void> {
    const read = await readPickedFiles(list);
    if (!read.ok) return this.#refuse('The files could not be opened', read.errors);
    const graph = read.files.find((f) => isGraphFile(f.name));
    if (graph) return this.#askMapping(read.files, graph);
    await this.#open(read.files, 'file');
  }

  /** Opens the graph file waiting in the import dialog with the mapping chosen there. */
  async importWith(mapping: ImportMapping): Promise<void> {
    const pending = this.pending;
    this.pending = undefined;
    if (!pending) return;
    void import('./import-memory').then((memory) => memory.rememberMapping(mapping));
    await this.#open(pending.files, 'file', undefined, mapping);
  }

  cancelImport(): void {
    this.pending = undefined;
    this.status = 'Import cancelled.';
  }

  /** Reads a graph file far enough to offer its mapping (the importer loads only now). */
  async #askMapping(files: NamedText[], graph: NamedText): Promise<void> {
    const [{ scanGraphFile }, memory] = await Promise.all([
      import('$lib/io/networks/graph-file'),
      import('./import-memory'),
    ]);
    const scan = scanGraphFile(graph, memory.rememberedMapping());
    if (!scan.ok) return this.#refuse(`${graph.name} could not be opened`, scan.errors);
    this.pending = { files, name: graph.name, summary: scan.summary, mapping: scan.mapping };
  }

  /** Opens a bundle from a URL (an example, or one the user gives). */
  async openUrl(address: string, origin: DatasetOrigin = 'example'): Promise<void> {
    this.progress = { value: 0, label: 'Downloading the dataset…' };
    const fetched = await fetchText(address);
    if (!fetched.ok) {
      this.progress = undefined;
      return this.#refuse('The dataset could not be downloaded', [{ text: fetched.message }]);
    }
    await this.#open(
      [{ name: fetched.url.split('/').at(-1) || 'bundle.json', text: fetched.text }],
      origin,
      address,
    );
  }

  /** Shows the bundled dataset again and forgets the opened one. */
  async reset(): Promise<void> {
    this.#task?.cancel();
    this.progress = undefined;
    if (!this.#bundled.ok) return;
    const data = this.#bundled.data;
    this.#explorer.replaceDataset({
      data,
      ...(this.#bundledLayout ?? { positions: startPositions(data), years: completeYears(data) }),
    });
    this.origin = 'bundled';
    this.#dropDataParam();
    this.status = `Back to the bundled dataset, ${data.dataset.title}.`;
    await clearSaved();
    await this.layoutIfNeeded();
  }

  closeReport(): void {
    this.report = undefined;
  }

  /** `address`: where the files came from, written into the URL (`data=`) to share it. */
  async #open(
    files: NamedText[],
    origin: DatasetOrigin,
    address?: string,
    mapping?: ImportMapping,
  ): Promise<void> {
    const done = await this.#run(openInWorker(files, this.#onProgress, mapping));
    if (!done) return;
    if (!done.result.ok || !done.positions) {
      const errors = done.result.ok ? [] : done.result.errors;
      return this.#refuse(`${done.label} could not be opened`, errors);
    }
    this.#show(done, origin, address);
  }

  #show(done: TaskResult, origin: DatasetOrigin, address?: string): void {
    if (!done.result.ok || !done.positions) return;
    const { data, warnings } = done.result;
    this.#explorer.replaceDataset({ data, positions: done.positions, years: done.years });
    this.origin = origin;
    this.#setDataParam(address);
    const title = data.dataset.title;
    this.status = `Opened ${title} (${done.label}).`;
    this.naming = data.dataset.id === CSV_IMPORT_ID ? { suggested: done.label } : undefined;
    if (warnings.length) {
      const more = warnings.length - MAX_NOTED_WARNINGS;
      this.#explorer.notes = [
        `${done.label} opened with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`,
        ...warnings.slice(0, MAX_NOTED_WARNINGS).map((w) => w.text),
        ...(more > 0 ? [`… and ${more} more.`] : []),
      ];
    }
    const layout = { positions: done.positions, ...(done.years ? { years: done.years } : {}) };
    const bundle = JSON.stringify({ ...data, layout });
    void saveDataset(bundle, done.label);
  }

  /** Gives the imported dataset on screen the title chosen in the title dialog, and saves it. */
  name(title: string): void {
    const label = this.naming?.suggested ?? title;
    this.naming = undefined;
    const trimmed = title.trim();
    if (trimmed === '' || this.#explorer.data.dataset.id !== CSV_IMPORT_ID) return;
    this.#explorer.retitle(trimmed);
    const { data, positions, years } = this.#explorer.dataset;
    const layout = { positions, ...(years ? { years } : {}) };
    void saveDataset(JSON.stringify({ ...data, layout }), label);
    this.status = `Named the dataset ${trimmed}.`;
  }

  /** Runs one worker task at a time: a new one cancels the last. Undefined when cancelled. */
  async #run(task: Task): Promise<TaskResult | undefined> {
    this.#task?.cancel();
    this.#task = task;
    try {
      return await task.promise;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.#refuse('The dataset could not be opened', [{ text: `internal error: ${message}` }]);
      return undefined;
    } finally {
      if (this.#task === task) {
        this.#task = undefined;
        this.progress = undefined;
      }
    }
  }

  #onProgress = (progress: Progress) => {
    this.progress = progress;
  };

  #refuse(title: string, problems: { text: string }[]): void {
    const count = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`;
    const intro = `${count}. The dataset on screen was not changed.`;
    this.report = { title, intro, problems };
    this.status = title;
  }

  /** A dataset opened here replaces the one `?data=` named, also after a reload. */
  #dropDataParam(): void {
    const href = withoutDataParam(location.href);
    // eslint-disable-next-line svelte/no-navigation-without-resolve
    if (href !== undefined) replaceState(href, {});
  }

  /**
   * Names the dataset's address in the URL (`data=`), so that a copied link opens it; files
   * from this computer have none, and drop the parameter.
   */
  #setDataParam(address: string | undefined): void {
    if (address === undefined) return this.#dropDataParam();
    const href = withDataParam(location.href, address);
    // eslint-disable-next-line svelte/no-navigation-without-resolve
    if (href !== undefined) replaceState(href, {});
  }
}
