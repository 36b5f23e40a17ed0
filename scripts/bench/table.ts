/** The benchmark's results as Markdown tables, for the terminal and the README. */
import type { CentralityResult } from './centrality';
import type { CoreResult } from './core';
import type { FirstVisitResult } from './firstvisit';
import type { ScrubResult } from './scrub';
import type { Summary } from './stats';
import type { TargetCheck } from './targets';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "1.23 / 4.56": median / p95 in milliseconds. */
function timing(s: Summary): string {
  const f = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
  return `${f(s.median)} / ${f(s.p95)}`;
}

const count = (n: number) => n.toLocaleString('en-US');

export function coreTable(core: CoreResult[]): string {
  return table(
    [
      'relations',
      'records',
      'index build',
      'stateAt (ms)',
      'step diff (ms)',
      'changes / step',
      'jump diff (ms)',
    ],
    core.map((c) => [
      count(c.relations),
      count(c.records),
      `${c.buildMs} ms`,
      timing(c.stateAt),
      timing(c.step),
      count(c.changesPerStep),
      timing(c.jump),
    ]),
  );
}

/** "3 (max 120 ms)", or "none". */
function longest(tasks: number[]): string {
  return tasks.length ? `${tasks.length} (max ${Math.round(Math.max(...tasks))} ms)` : 'none';
}

/** Scrubbing figures per size, with centrality per time step beside the step figures. */
export function scrubTable(scrub: ScrubResult[], centrality: CentralityResult[] = []): string {
  const perStep = (r: ScrubResult) => {
    const c =
      (r.network ?? 'local') === 'local' && centrality.find((x) => x.elements === r.elements);
    return c ? timing(c.perStep) : '–';
  };
  return table(
    [
      'elements',
      'network',
      'shown',
      'first graph',
      'long tasks: load / idle 3 s',
      'app step',
      '"This year" panel',
      'app step, key held',
      'centrality / step',
      'rebuild step',
      'floor (redraw)',
      'cached frame',
      'app jump',
      'rebuild jump',
      'heap growth',
    ],
    scrub.map((r) => [
      count(r.elements),
      r.network ?? 'local',
      `${count(r.visible.first)}–${count(r.visible.last)}`,
      r.openMs === undefined || !Number.isFinite(r.openMs) ? '–' : `${Math.round(r.openMs)} ms`,
      r.longTasks ? `${longest(r.longTasks.load)} / ${longest(r.longTasks.idle)}` : '–',
      timing(r.app.step),
      timing(r.app.panel),
      timing(r.app.held),
      perStep(r),
      timing(r.rebuild.step),
      timing(r.floor),
      timing(r.cached),
      timing(r.app.jump),
      timing(r.rebuild.jump),
      `${r.heap.growthBytes >= 0 ? '+' : ''}${(r.heap.growthBytes / 1e3).toFixed(0)} kB in ${r.heap.steps} steps (of ${(r.heap.afterBytes / 1e6).toFixed(1)} MB)`,
    ]),
  );
}

export function centralityTable(centrality: CentralityResult[]): string {
  return table(
    ['elements', 'time steps', 'links / step', 'per step (ms)', 'all steps'],
    centrality.map((c) => [
      count(c.elements),
      String(c.steps),
      count(c.linksPerStep),
      timing(c.perStep),
      `${count(c.totalMs)} ms`,
    ]),
  );
}

export function firstVisitTable(v: FirstVisitResult): string {
  return table(
    ['first graph on screen (ms)', 'JavaScript files', 'raw', 'gzipped'],
    [
      [
        timing(v.firstGraphMs),
        String(v.javascript.files),
        `${(v.javascript.rawBytes / 1e3).toFixed(1)} kB`,
        `${(v.javascript.gzipBytes / 1e3).toFixed(1)} kB`,
      ],
    ],
  );
}

export function targetTable(checks: TargetCheck[]): string {
  return table(
    ['target', 'measured', ''],
    checks.map((c) => [c.target, c.measured, c.pass ? 'pass' : 'MISSED']),
  );
}
