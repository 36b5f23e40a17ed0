/** The results of one run: what results.json holds, and how the terminal shows it. */
import { cpus, release, totalmem, type as osType } from 'node:os';
import type { CentralityResult } from './centrality';
import type { CoreResult } from './core';
import type { FirstVisitResult } from './firstvisit';
import type { ScrubResult } from './scrub';
import { centralityTable, coreTable, firstVisitTable, scrubTable, targetTable } from './table';
import type { TargetCheck } from './targets';

export interface Machine {
  cpu: string;
  memoryGB: number;
  os: string;
  node: string;
  chromium: string;
}

export interface BenchResults {
  date: string;
  quick: boolean;
  /** Where the app was served from: the production build, or the `--url` given. */
  served: string;
  machine: Machine;
  core: CoreResult[];
  firstVisit: FirstVisitResult;
  scrub: ScrubResult[];
  /** Centrality by year per time step, for the scrubbing sizes (absent in older files). */
  centrality?: CentralityResult[];
  /** When the centrality figures were measured, if apart from the rest (`--centrality-only`). */
  centralityDate?: string;
  targets: TargetCheck[];
}

/** This machine, as far as the numbers depend on it. */
export function describeMachine(chromium: string): Machine {
  return {
    cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    memoryGB: Math.round(totalmem() / 1e9),
    os: `${osType()} ${release()}`,
    node: process.version,
    chromium,
  };
}

/** Prints the tables, the targets and any page problems. */
export function printReport(results: BenchResults, print: (line?: string) => void): void {
  const m = results.machine;
  print(
    `Machine: ${m.cpu}, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium} (headless, software rendering); app served from ${results.served}`,
  );
  const sections: [string, string][] = [
    ['Timeline core (Node), ms, median / p95:', coreTable(results.core)],
    ['First visit (bundled dataset, cold cache):', firstVisitTable(results.firstVisit)],
    [
      'Scrubbing in Chromium: key press on "Year" to the next painted frame, ms, median / p95:',
      scrubTable(results.scrub, results.centrality),
    ],
    [
      'Centrality by year (Node), degree and betweenness, ms per time step, median / p95:',
      centralityTable(results.centrality ?? []),
    ],
    ['Targets:', targetTable(results.targets)],
  ];
  for (const [title, table] of sections) {
    print();
    print(title);
    print(table);
  }
  const problems = [...results.firstVisit.problems, ...results.scrub.flatMap((r) => r.problems)];
  for (const problem of problems) print(`Page problem: ${problem}`);
}
