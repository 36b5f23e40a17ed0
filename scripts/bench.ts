/**
 * `npm run bench [-- --quick] [--url http://localhost:5173] [--out file.json] [--elements 500,5000]
 * [--no-core]`: measures
 * the timeline core in Node and scrubbing in headless Chromium (the app against a rebuild
 * baseline and a redraw floor, on synthetic datasets), prints Markdown tables and writes
 * bench/results.json. `--quick` runs the small sizes only, to check that the harness works.
 * Without `--url` the site is built into .tmp/bench/site and served on a free port.
 * Timings depend on the machine: compare the ratios of one run, not numbers across machines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCore, type CoreResult } from './bench/core';
import { benchFirstVisit, type FirstVisitResult } from './bench/firstvisit';
import { launchBrowser } from './bench/page';
import { benchScrub, type ScrubPlan, type ScrubResult } from './bench/scrub';
import { ensureBenchSite } from './bench/site';
import { coreTable, firstVisitTable, scrubTable, targetTable } from './bench/table';
import { checkTargets } from './bench/targets';
import { serveStatic } from './export/server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface BenchOptions {
  quick: boolean;
  url?: string;
  out: string;
  /** Graph sizes for the browser benchmark, instead of the default ones. */
  elements?: number[];
  /** Whether to run the core benchmark. */
  core: boolean;
}

const FULL = {
  relations: [1_000, 10_000, 100_000, 1_000_000],
  elements: [500, 5_000, 20_000],
  plan: { steps: 60, jumps: 30, heapSteps: 200 } as ScrubPlan,
  firstVisits: 7,
};
const QUICK = {
  relations: [1_000, 10_000],
  elements: [500],
  plan: { steps: 10, jumps: 4, heapSteps: 20 } as ScrubPlan,
  firstVisits: 1,
};

function parseBenchArgs(args: string[]): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      url: { type: 'string' },
      out: { type: 'string' },
      elements: { type: 'string' },
      'no-core': { type: 'boolean', default: false },
    },
  });
  const out = values.out ?? (values.quick ? '.tmp/bench/quick-results.json' : 'bench/results.json');
  const elements = values.elements?.split(',').map(Number);
  if (elements?.some((n) => !Number.isInteger(n) || n < 100))
    throw new Error('--elements takes whole numbers of at least 100, separated by commas');
  return {
    quick: values.quick ?? false,
    url: values.url,
    out: resolve(ROOT, out),
    elements,
    core: !values['no-core'],
  };
}

async function runBrowser(
  options: BenchOptions,
  sizes: typeof FULL,
  log: (line: string) => void,
): Promise<{ firstVisit: FirstVisitResult; scrub: ScrubResult[]; chromium: string }> {
  const server = options.url ? undefined : await serveStatic(ensureBenchSite(ROOT, log));
  const baseUrl = (options.url ?? server!.url).replace(/\/$/, '');
  const browser = await launchBrowser();
  try {
    log(`bench: first visit (${sizes.firstVisits}×)…`);
    const firstVisit = await benchFirstVisit(browser, baseUrl, sizes.firstVisits);
    const scrub: ScrubResult[] = [];
    for (const elements of sizes.elements) {
      log(`bench: scrubbing ${elements.toLocaleString('en-US')} elements…`);
      scrub.push(await benchScrub(browser, baseUrl, elements, sizes.plan));
    }
    return { firstVisit, scrub, chromium: browser.version() };
  } finally {
    await browser.close();
    await server?.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const options = parseBenchArgs(args);
  const defaults = options.quick ? QUICK : FULL;
  const sizes = {
    ...defaults,
    relations: options.core ? defaults.relations : [],
    elements: options.elements ?? defaults.elements,
  };
  const log = (line: string) => console.error(line);
  const core: CoreResult[] = [];
  for (const relations of sizes.relations) {
    log(`bench: timeline core, ${relations.toLocaleString('en-US')} relations…`);
    core.push(benchCore(relations, options.quick ? 30 : relations >= 1_000_000 ? 40 : 200));
  }
  const browser = await runBrowser(options, sizes, log);
  const targets = checkTargets(core, browser.scrub, browser.firstVisit);
  const machine = {
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium: browser.chromium,
  };
  const results = {
    date: new Date().toISOString(),
    quick: options.quick,
    machine,
    core,
    firstVisit: browser.firstVisit,
    scrub: browser.scrub,
    targets,
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  const print = (line = '') => console.log(line);
  print(
    `Machine: ${machine.cpu}, ${machine.memoryGB} GB, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium} (headless, software rendering)`,
  );
  print();
  print('Timeline core (Node), median / p95:');
  print(coreTable(core));
  print();
  print('First visit (bundled dataset, cold cache):');
  print(firstVisitTable(browser.firstVisit));
  print();
  print('Scrubbing in Chromium: key press on "Year" to the next painted frame, ms, median / p95:');
  print(scrubTable(browser.scrub));
  print();
  print('Targets:');
  print(targetTable(targets));
  print();
  print(`Results written to ${join(options.out)}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
