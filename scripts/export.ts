/**
 * `npm run export -- --year 1929 --format png|svg|json|gexf --out FILE`, or `--all-years
 * --out DIR` for one file per year (DESIGN.md §6), or `--video 1924..1938` for a WebM. JSON and
 * GEXF are written here in Node; PNG, SVG and WebM come from the built page in headless
 * Chromium, through its export buttons; a video is read back by ffprobe before it is reported.
 * Exit codes: 0 done, 1 the dataset or an export failed, 2 bad options.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { yearOf } from '../src/lib/model/time/dates';
import { buildTimeline, yearWindow } from '../src/lib/model/timeline/timeline';
import type { DatasetRecords, Position } from '../src/lib/model/dataset/schema';
import { exportFileName, snapshotBundle } from '../src/lib/export/snapshot';
import { toGexf } from '../src/lib/export/gexf';
import { completeLayout } from '../src/lib/model/layout/positions-at';
import { computeLayout } from '../src/lib/graph/layout';
import {
  parseExportArgs,
  SHORT_USAGE,
  USAGE,
  UsageError,
  yearsToExport,
  type ExportOptions,
} from './export/args';
import { loadDatasetDir } from './export/dataset';
import { ensureBuild } from './export/build';
import { serveStatic } from './export/server';
import { exportPictures, exportVideo, type PictureJob } from './export/browser';
import { probeVideo } from './export/probe';
import {
  parseVideoRange,
  stepLabel,
  videoFileName,
  videoSteps,
} from '../src/lib/export/video-plan';

/** The dataset's stored layout when it places every node, else a computed one. */
function positionsFor(data: DatasetRecords): Record<string, Position> {
  return completeLayout(data) ?? computeLayout(data).positions;
}

/** Where output lines go: stdout for results, stderr for problems. */
export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the export; returns the exit code. */
export async function main(
  argv: string[],
  output: Output = { out: console.log, err: console.error },
): Promise<number> {
  let options: ExportOptions;
  try {
    options = parseExportArgs(argv);
    if (options.help) {
      output.out(USAGE);
      return 0;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`export: ${error.message}\n${SHORT_USAGE}`);
    return 2;
  }
  if (!existsSync(options.dir) || !statSync(options.dir).isDirectory()) {
    output.err(
      `export: --dir ${options.dir} is not a folder (expected a dataset folder such as graph-data)`,
    );
    return 2;
  }
  const loaded = loadDatasetDir(options.dir);
  if (!loaded.ok) {
    for (const problem of loaded.errors) output.err(`error: ${problem.text}`);
    output.err(
      `export: ${options.dir} has errors; fix them first (npm run validate ${options.dir}).`,
    );
    return 1;
  }
  const data = loaded.data;
  const info = data.dataset;
  if (options.video !== undefined) return writeVideo(options, options.video, data, output);
  let years: number[];
  try {
    const range = { from: yearOf(info.range.from), to: yearOf(info.range.to) };
    years = yearsToExport(options, range, yearOf(info.defaultTime));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(`export: ${error.message}`);
    return 2;
  }
  const jobs = years.map((year) => ({ year, out: outputPath(options, info.id, year) }));
  for (const folder of new Set(jobs.map((job) => dirname(job.out))))
    mkdirSync(folder, { recursive: true });
  try {
    const written = (job: PictureJob) => output.out(`export: wrote ${job.out}`);
    if (options.format === 'png' || options.format === 'svg') {
      await writePictures(options, data, jobs, written, output);
    } else {
      const positions = options.format === 'json' ? positionsFor(data) : {};
      for (const job of jobs) {
        writeFileSync(job.out, dataFile(options, data, job.year, positions));
        written(job);
      }
    }
  } catch (error) {
    output.err(`export: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return 0;
}

/**
 * The file for `year`: inside --out for --all-years or when --out is a folder (an existing one,
 * or a path ending in `/`), else --out itself.
 */
function outputPath(options: ExportOptions, datasetId: string, year: number): string {
  return placeFile(options, exportFileName(datasetId, year, options.format));
}

/** Where the file `name` goes: into --out for --all-years or a folder, else --out itself. */
function placeFile(options: ExportOptions, name: string): string {
  const out = options.out;
  if (options.allYears) return join(out ?? '.', name);
  if (out === undefined) return name;
  const folder = /[/\\]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  return folder ? join(out, name) : out;
}

/** The JSON snapshot of a year, or the GEXF of the whole dataset (with the filters). */
function dataFile(
  options: ExportOptions,
  data: DatasetRecords,
  year: number,
  positions: Record<string, Position>,
): string {
  if (options.format === 'gexf') {
    return toGexf(data, {
      filters: options.filters,
      lastModified: new Date().toISOString().slice(0, 10),
      positions,
    });
  }
  const window = yearWindow(year);
  const bundle = snapshotBundle(data, buildTimeline(data), window, options.filters, positions);
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

/** The page's bundle for a dataset other than the bundled one, with its positions. */
function pageBundle(options: ExportOptions, data: DatasetRecords) {
  if (resolve(options.dir) === join(ROOT, 'graph-data')) return undefined;
  const text = JSON.stringify({ ...data, layout: { positions: positionsFor(data) } });
  return { name: `${data.dataset.id}.json`, text };
}

/** Records the video of `range` through the built page; returns the exit code. */
async function writeVideo(
  options: ExportOptions,
  range: string,
  data: DatasetRecords,
  output: Output,
): Promise<number> {
  const info = data.dataset;
  const parsed = parseVideoRange(range, {
    from: yearOf(info.range.from),
    to: yearOf(info.range.to),
  });
  if (!parsed.ok) {
    output.err(`export: --video ${parsed.error}`);
    return 2;
  }
  const { from, to } = parsed.range;
  const name = videoFileName(info.id, parsed.range);
  const out = resolve(placeFile(options, name));
  mkdirSync(dirname(out), { recursive: true });
  try {
    ensureBuild(ROOT, output.err);
    const server = await serveStatic(join(ROOT, 'build'));
    try {
      await exportVideo({
        baseUrl: server.url,
        hide: options.hide,
        title: info.title,
        bundle: pageBundle(options, data),
        from: stepLabel(from),
        to: stepLabel(to),
        steps: videoSteps(parsed.range).length,
        year: from.year,
        out,
      });
    } finally {
      await server.close();
    }
    const video = probeVideo(out);
    output.out(
      `export: wrote ${out} (${video.codec}, ${video.width}×${video.height}, ${video.duration.toFixed(1)} s, ${video.frames} frames)`,
    );
  } catch (error) {
    output.err(`export: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  return 0;
}

async function writePictures(
  options: ExportOptions,
  data: DatasetRecords,
  jobs: PictureJob[],
  onWritten: (job: PictureJob) => void,
  output: Output,
): Promise<void> {
  ensureBuild(ROOT, output.err);
  // Another dataset is opened in the page as one bundle file, with its positions
  const bundle = pageBundle(options, data);
  const server = await serveStatic(join(ROOT, 'build'));
  try {
    await exportPictures({
      baseUrl: server.url,
      format: options.format as 'png' | 'svg',
      jobs: jobs.map((job) => ({ ...job, out: resolve(job.out) })),
      hide: options.hide,
      area: options.area,
      title: data.dataset.title,
      bundle,
      onWritten: (job) => onWritten(jobs.find((j) => j.year === job.year) ?? job),
    });
  } finally {
    await server.close();
  }
}

// Run only when invoked as a script, not when a spec imports `main`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
