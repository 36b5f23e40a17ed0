/**
 * The performance targets of the issue, checked against one run's results. Browser targets
 * compare ratios measured in the same run, because this machine renders in software.
 */
import type { CoreResult } from './core';
import type { FirstVisitResult } from './firstvisit';
import type { ScrubResult } from './scrub';

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 1)} ms`;

/** The checks that the measured results allow (a quick run measures fewer sizes). */
export function checkTargets(
  core: CoreResult[],
  scrub: ScrubResult[],
  firstVisit: FirstVisitResult | undefined,
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const name = (r: ScrubResult) =>
    `${r.elements.toLocaleString('en-US')}${r.network === 'scattered' ? ' (scattered)' : ''}`;
  for (const r of scrub.filter((s) => s.elements >= 5000)) {
    const n = name(r);
    const rebuild = r.app.step.median / r.rebuild.step.median;
    checks.push({
      target: `step at ${n}: app ≤ 1/3 of rebuild`,
      measured: `${ms(r.app.step.median)} vs ${ms(r.rebuild.step.median)} (${rebuild.toFixed(2)}×)`,
      pass: rebuild <= 1 / 3,
    });
    const floor = r.app.step.median / r.floor.median;
    checks.push({
      target: `step at ${n}: app ≤ 1.3 × floor`,
      measured: `${ms(r.app.step.median)} vs ${ms(r.floor.median)} (${floor.toFixed(2)}×)`,
      pass: floor <= 1.3,
    });
  }
  for (const r of scrub.filter((s) => s.elements >= 20000)) {
    const ratio = r.app.jump.median / r.rebuild.jump.median;
    checks.push({
      target: `jump at ${name(r)}: app ≤ 1/3 of rebuild`,
      measured: `${ms(r.app.jump.median)} vs ${ms(r.rebuild.jump.median)} (${ratio.toFixed(2)}×)`,
      pass: ratio <= 1 / 3,
    });
  }
  for (const r of scrub) {
    const growth = r.heap.growthBytes;
    checks.push({
      target: `heap growth over ${r.heap.steps} steps at ${name(r)} < 1 MB`,
      measured: `${(growth / 1e6).toFixed(3)} MB`,
      pass: growth < 1e6,
    });
  }
  for (const r of scrub.filter((s) => s.elements >= 20000 && s.network === 'scattered')) {
    const open = r.openMs ?? NaN;
    checks.push({
      target: `first graph at ${name(r)}, no stored layout < 2 s`,
      measured: ms(open),
      pass: open < 2000,
    });
  }
  for (const r of scrub.filter((s) => s.longTasks)) {
    const idle = r.longTasks!.idle;
    checks.push({
      target: `no long task on the idle page at ${name(r)} (> 50 ms, 3 s after opening)`,
      measured: idle.length
        ? `${idle.length}, longest ${Math.round(Math.max(...idle))} ms`
        : 'none',
      pass: idle.length === 0,
    });
  }
  const core100k = core.find((c) => c.relations === 100_000);
  if (core100k) {
    checks.push({
      target: 'core step at 100k relations < 1 ms (median)',
      measured: ms(core100k.step.median),
      pass: core100k.step.median < 1,
    });
  }
  if (firstVisit) {
    checks.push({
      target: 'first graph on screen < 1 s (bundled dataset, median)',
      measured: ms(firstVisit.firstGraphMs.median),
      pass: firstVisit.firstGraphMs.median < 1000,
    });
    const kb = firstVisit.javascript.gzipBytes / 1000;
    checks.push({
      target: 'first-visit JavaScript < 250 kB gzipped',
      measured: `${kb.toFixed(1)} kB`,
      pass: kb < 250,
    });
  }
  return checks;
}
