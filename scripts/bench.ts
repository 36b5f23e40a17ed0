/**
 * `npm run bench [-- --quick] [--url <base URL>] [--out <file>] [--elements 500,5000]
 * [--networks local,scattered] [--no-core] [--centrality-only]`: measures the timeline core in Node and scrubbing in headless Chromium (the app
 * against a rebuild baseline and a redraw floor, on synthetic networks, local and scattered:
 * see `SynthOptions.network`), prints Markdown tables
 * and writes bench/results.json (`--quick`: .tmp/bench/quick-results.json). `--quick` runs the
 * small sizes only, to check that the harness works. Without `--url` the site is built into
 * .tmp/bench/site and served on a free port. Timings depend on the machine and on what else
 * runs on it: compare the ratios of one run, not numbers across runs. `--centrality-only`
 * measures centrality by year alone (in Node, per time step) and writes it into the results
 * file already there, keeping the rest.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchCentrality, type CentralityResult } from './bench/centrality';
import { benchCore, type CoreResult } from './bench/core';
import { benchFirstVisit, type FirstVisitResult } from './bench/firstvisit';
import { launchBrowser } from './bench/page';
import { benchScrub, type ScrubCase, type ScrubPlan, type ScrubResult } from './bench/scrub';
import { ensureBenchSite } from './bench/site';
import { describeMachine, printReport, type BenchResults } from './bench/report';
import { centralityTable } from './bench/table';
import { checkTargets } from './bench/targets';
import { serveStatic } from './export/server';
import { synthNetworks, type SynthNetwork } from './synth/generate';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface BenchOptions {
  quick: boolean;
  url?: string;
  out: string;
  /** Graph sizes for the browser benchmark, instead of the default ones. */
  elements?: number[];
  /** Kinds of synthetic network for the browser benchmark (default: both). */
  networks?: SynthNetwork[];
  /** Whether to run the core benchmark. */
  core: boolean;
  /** Only centrality by year, merged into the results file. */
  centralityOnly: boolean;
}

const FULL = {
  relations: [1_000, 10_000, 100_000, 1_000_000],
  cases: [
    { elements: 500, network: 'local' },
    { elements: 5_000, network: 'local' },
    { elements: 20_000, network: 'local' },
    { elements: 5_000, network: 'scattered' },
    { elements: 20_000, network: 'scattered' },
  ] as ScrubCase[],
  plan: { steps: 60, jumps: 30, heapSteps: 200 } as ScrubPlan,
  firstVisits: 7,
};
const QUICK = {
  relations: [1_000, 10_000],
  cases: [
    { elements: 500, network: 'local' },
    { elements: 500, network: 'scattered' },
  ] as ScrubCase[],
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
      networks: { type: 'string' },
      'no-core': { type: 'boolean', default: false },
      'centrality-only': { type: 'boolean', default: false },
    },
  });
  const out = values.out ?? (values.quick ? '.tmp/bench/quick-results.json' : 'bench/results.json');
  const elements = values.elements?.split(',').map(Number);
  if (elements?.some((n) => !Number.isInteger(n) || n < 100))
    throw new Error('--elements takes whole numbers of at least 100, separated by commas');
  const networks = values.networks?.split(',') as SynthNetwork[] | undefined;
  if (networks?.some((n) => !synthNetworks.includes(n)))
    throw new Error(`--networks takes ${synthNetworks.join(', ')}, separated by commas`);
  return {
    networks,
    quick: values.quick ?? false,
    url: values.url,
    out: resolve(ROOT, out),
    elements,
    core: !values['no-core'],
    centralityOnly: values['centrality-only'] ?? false,
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
    for (const c of sizes.cases) {
      log(`bench: scrubbing ${c.elements.toLocaleString('en-US')} elements (${c.network})…`);
      scrub.push(await benchScrub(browser, baseUrl, c, sizes.plan));
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
    cases: defaults.cases.filter(
      (c) =>
        (!options.elements || options.elements.includes(c.elements)) &&
        (!options.networks || options.networks.includes(c.network)),
    ),
  };
  // Sizes asked for that no default case has: the local network of that size
  for (const elements of options.elements ?? [])
    if (!sizes.cases.some((c) => c.elements === elements))
      sizes.cases.push({ elements, network: options.networks?.[0] ?? 'local' });
  const log = (line: string) => console.error(line);
  const centrality: CentralityResult[] = [];
  for (const elements of options.elements ?? (options.quick ? [500] : [20_000])) {
    log(`bench: centrality by year, ${elements.toLocaleString('en-US')} elements…`);
    centrality.push(benchCentrality(elements));
  }
  if (options.centralityOnly) return writeCentrality(options.out, centrality);
  const core: CoreResult[] = [];
  for (const relations of sizes.relations) {
    log(`bench: timeline core, ${relations.toLocaleString('en-US')} relations…`);
    core.push(benchCore(relations, options.quick ? 30 : relations >= 1_000_000 ? 40 : 200));
  }
  const browser = await runBrowser(options, sizes, log);
  const results: BenchResults = {
    date: new Date().toISOString(),
    quick: options.quick,
    served: options.url ?? 'a production build (.tmp/bench/site)',
    machine: describeMachine(browser.chromium),
    core,
    firstVisit: browser.firstVisit,
    scrub: browser.scrub,
    centrality,
    targets: checkTargets(core, browser.scrub, browser.firstVisit),
  };
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  printReport(results, (line = '') => console.log(line));
  console.log(`\nResults written to ${options.out}`);
  return 0;
}

/** Writes centrality figures into the results file there (or a new one), and prints them. */
function writeCentrality(out: string, centrality: CentralityResult[]): number {
  const results: Partial<BenchResults> = existsSync(out)
    ? (JSON.parse(readFileSync(out, 'utf8')) as Partial<BenchResults>)
    : {};
  results.centrality = centrality;
  results.centralityDate = new Date().toISOString();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log('Centrality by year (Node), degree and betweenness, ms per time step, median / p95:');
  console.log(centralityTable(centrality));
  console.log(`\nResults written to ${out}`);
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
