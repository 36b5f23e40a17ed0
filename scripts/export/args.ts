/**
 * The options of `npm run export`, read and checked before anything is loaded. Mistakes throw
 * a UsageError (exit code 2) that says what was expected.
 */
import { parseArgs } from 'node:util';
import { defaultFilters, FILTER_PARAMS, type GraphFilters } from '../../src/lib/model/view/filters';
import { exportFormats, type ExportFormat } from '../../src/lib/export/run';
import type { PictureArea as ExportArea } from '../../src/lib/graph/picture';

export const SHORT_USAGE =
  'Usage: npm run export -- [--year YEAR | --all-years] --format png|svg|json|gexf [--out PATH], or --video FROM..TO [--out FILE] (--help for all options)';

export const USAGE = `Usage: npm run export -- [--year YEAR | --all-years] --format png|svg|json|gexf [options]
       npm run export -- --video FROM..TO [--out FILE] [--dir DIR] [--hide LIST]

  --year YEAR     the year to export (default: the dataset's default year)
  --all-years     one file per year of the dataset's range, written into --out (a folder);
                  a GEXF file always holds every year, so those files differ only in name
  --format F      png or svg (the picture, through headless Chromium), json (the year's
                  records as a bundle that "Open dataset" loads), gexf (the whole dataset with
                  spells, for Gephi)
  --out PATH      the file to write, or the folder for --all-years (default: the current
                  folder, with names like soviet-succession-1929.png)
  --dir DIR       the dataset folder (default: graph-data)
  --hide LIST     kinds to leave out, comma-separated as in the page's URL: memberships,
                  alliances, rivalries, betrayals, past-betrayals, dead
  --area A        png and svg: whole (everything visible, the default) or view (the page's
                  1280×800 view, fitted)
  --video RANGE   a WebM video of the graph as time plays from FROM to TO (years, 1924..1938,
                  or months, 1927-03..1928-11), one second a step, through headless Chromium
                  as "Export video" makes it; --out is the file (default: soviet-succession-
                  1924-1938.webm); no --format
  --help          show this text`;

/** A mistake in the options: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface ExportOptions {
  format: ExportFormat;
  year?: number;
  allYears: boolean;
  out?: string;
  dir: string;
  filters: GraphFilters;
  /** The `hide` parameter as given, for the page's URL. */
  hide: string;
  area: ExportArea;
  /** The range of a video ("1924..1938"), checked against the dataset once it is loaded. */
  video?: string;
  help: boolean;
}

/** Reads the command line (without `node` and the script). */
export function parseExportArgs(argv: string[]): ExportOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        year: { type: 'string' },
        'all-years': { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        dir: { type: 'string', default: 'graph-data' },
        hide: { type: 'string', default: '' },
        area: { type: 'string', default: 'whole' },
        video: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
  const help = values.help === true;
  const video = values.video;
  if (video !== undefined && (values.format !== undefined || values.year !== undefined))
    throw new UsageError('--video makes a WebM of a range: leave out --format and --year');
  if (video !== undefined && values['all-years'] === true)
    throw new UsageError('--video and --all-years cannot be used together');
  const format = values.format ?? (help || video !== undefined ? 'json' : undefined);
  if (format === undefined)
    throw new UsageError('--format is missing (expected png, svg, json or gexf)');
  if (!(exportFormats as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not a format (expected png, svg, json or gexf)`);
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{1,4}$/.test(values.year))
      throw new UsageError(`--year "${values.year}" is not a year (expected e.g. 1929)`);
    year = Number(values.year);
  }
  const allYears = values['all-years'] === true;
  if (allYears && year !== undefined)
    throw new UsageError('--year and --all-years cannot be used together');
  const area = values.area;
  if (area !== 'whole' && area !== 'view')
    throw new UsageError(`--area "${area}" is not an area (expected whole or view)`);
  const hide = values.hide ?? '';
  const filters = { ...defaultFilters };
  for (const name of hide.split(',').filter(Boolean)) {
    const key = Object.hasOwn(FILTER_PARAMS, name) ? FILTER_PARAMS[name] : undefined;
    if (!key) {
      throw new UsageError(
        `--hide "${name}" is not something to hide (expected ${Object.keys(FILTER_PARAMS).join(', ')})`,
      );
    }
    filters[key] = false;
  }
  return {
    format: format as ExportFormat,
    year,
    allYears,
    out: values.out,
    dir: values.dir ?? 'graph-data',
    filters,
    hide,
    area,
    video,
    help,
  };
}

/** The years to export, checked against the dataset's range. */
export function yearsToExport(
  options: ExportOptions,
  range: { from: number; to: number },
  fallback: number,
): number[] {
  if (options.allYears) {
    return Array.from({ length: range.to - range.from + 1 }, (_, i) => range.from + i);
  }
  const year = options.year ?? fallback;
  if (year < range.from || year > range.to) {
    throw new UsageError(
      `--year ${year} is outside the dataset's range (expected a year from ${range.from} to ${range.to})`,
    );
  }
  return [year];
}
