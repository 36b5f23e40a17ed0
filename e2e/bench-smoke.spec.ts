/**
 * Keeps the benchmark harness from rotting: `npm run bench -- --quick` runs end to end (the core
 * at small sizes, then 500 elements in Chromium) against the server this suite uses, so it builds
 * nothing. It asserts what the run produced, never how fast: timings belong to `npm run bench`.
 */
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('npm run bench -- --quick measures 500 elements and writes its results', async ({
  baseURL,
}) => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'factions-bench-'));
  try {
    const out = join(dir, 'results.json');
    const args = ['run', 'bench', '--', '--quick', '--url', baseURL!, '--out', out];
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve) => {
      const child = spawn('npm', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let [stdout, stderr] = ['', ''];
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toContain('| elements |');
    const results = JSON.parse(readFileSync(out, 'utf8'));
    expect(results.quick).toBe(true);
    expect(results.core.map((c: { relations: number }) => c.relations)).toEqual([1_000, 10_000]);
    type Scrub = {
      elements: number;
      network: string;
      openMs: number;
      visible: { first: number };
      app: Record<string, { n: number; median: number }>;
      rebuild: { step: { n: number; median: number } };
      floor: { n: number; median: number };
      longTasks: { load: number[]; idle: number[] };
      problems: string[];
    };
    const scrubs = results.scrub as Scrub[];
    // Both kinds of network: the local one and the scattered one (61 years, no layout)
    expect(scrubs.map((s) => [s.elements, s.network])).toEqual([
      [500, 'local'],
      [500, 'scattered'],
    ]);
    for (const scrub of scrubs) {
      for (const summary of [scrub.app.step, scrub.app.jump, scrub.rebuild.step, scrub.floor]) {
        expect(summary.n).toBeGreaterThan(0);
        expect(Number.isFinite(summary.median)).toBe(true);
      }
      expect(scrub.visible.first).toBeGreaterThan(0);
      expect(Number.isFinite(scrub.openMs)).toBe(true);
      expect(Array.isArray(scrub.longTasks.idle)).toBe(true);
      expect(scrub.problems).toEqual([]);
    }
    expect(Number.isFinite(results.firstVisit.firstGraphMs.median)).toBe(true);
    expect(results.firstVisit.javascript.files).toBeGreaterThan(0);
    expect(results.firstVisit.problems).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
