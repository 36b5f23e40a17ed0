/**
 * The export command line, run as a user runs it (`tsx scripts/export.ts …`) on the bundled
 * dataset into a temporary folder. PNG, SVG and WebM go through the built page in headless
 * Chromium.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../src/lib/io/json/load';
import { buildTimeline, yearWindow } from '../src/lib/model/timeline/timeline';
import { findAll, parseXml } from '../src/lib/testing/xml-parse';
import { loadDatasetDir } from './export/dataset';
import { chromiumPath } from './export/browser';
import { probeVideo } from './export/probe';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'factions-export-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs the command; resolves with its exit code and output, whatever the code. */
async function exportCli(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node_modules/.bin/tsx', ['scripts/export.ts', ...args], {
      timeout: 110_000,
      maxBuffer: 20_000_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return {
      code: typeof e.code === 'number' ? e.code : 1,
      stdout: e.stdout ?? '',
      stderr: e.stderr ?? '',
    };
  }
}

const years = Array.from({ length: 15 }, (_, i) => 1924 + i);
const source = loadDatasetDir('graph-data');

describe('npm run export', { timeout: 120_000 }, () => {
  // The bundled dataset must load: the suite fails (it never skips) when it does not
  if (!source.ok) throw new Error(`graph-data does not load: ${JSON.stringify(source.errors)}`);
  const data = source.data;

  it('writes one JSON snapshot per year that loads back to the same active set', async () => {
    const dir = join(out, 'json');
    const result = await exportCli('--all-years', '--format', 'json', '--out', dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(years.map((y) => `soviet-succession-${y}.json`));
    const timeline = buildTimeline(data);
    for (const year of years) {
      const loaded = loadBundle(readFileSync(join(dir, `soviet-succession-${year}.json`), 'utf8'));
      expect(loaded.ok, `${year}: ${loaded.ok ? '' : loaded.errors[0]?.text}`).toBe(true);
      if (!loaded.ok) continue;
      const state = buildTimeline(loaded.data).stateAt(yearWindow(year));
      const expected = timeline.stateAt(yearWindow(year));
      expect([...state.people.keys()].sort()).toEqual([...expected.people.keys()].sort());
      expect([...state.alliances].sort()).toEqual([...expected.alliances].sort());
      expect([...state.betrayals].sort()).toEqual([...expected.betrayals].sort());
      expect(Object.keys(loaded.data.layout?.positions ?? {}).length).toBe(
        loaded.data.people.length + loaded.data.factions.length,
      );
    }
  });

  it('writes GEXF files per year, and follows --hide', async () => {
    const dir = join(out, 'gexf');
    const result = await exportCli(
      '--all-years',
      '--format',
      'gexf',
      '--out',
      dir,
      '--hide',
      'rivalries',
    );
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toHaveLength(15);
    const doc = parseXml(readFileSync(join(dir, 'soviet-succession-1929.gexf'), 'utf8'));
    expect(findAll(doc, 'graph')[0].attributes).toMatchObject({
      mode: 'dynamic',
      timeformat: 'date',
    });
    expect(findAll(doc, 'node')).toHaveLength(data.people.length + data.factions.length);
    const kinds = new Set(findAll(doc, 'edge').map((e) => e.attributes.kind));
    expect([...kinds].sort()).toEqual(['alliance', 'betrayal', 'membership']);
  });

  it('refuses bad options with exit code 2 and says what was expected', async () => {
    const year = await exportCli(
      '--year',
      '1950',
      '--format',
      'json',
      '--out',
      join(out, 'x.json'),
    );
    expect(year.code).toBe(2);
    expect(year.stderr).toContain(
      "--year 1950 is outside the dataset's range (expected a year from 1924 to 1938)",
    );
    const format = await exportCli('--year', '1929', '--format', 'bmp');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain(
      '--format "bmp" is not a format (expected png, svg, json or gexf)',
    );
    const hide = await exportCli('--format', 'json', '--hide', 'friends');
    expect(hide.code).toBe(2);
    expect(hide.stderr).toContain('--hide "friends" is not something to hide');
    expect(existsSync(join(out, 'x.json'))).toBe(false);
    const backwards = await exportCli('--video', '1930..1929', '--out', join(out, 'x.webm'));
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toContain('--video the range ends (1929) before it starts (1930)');
    const outside = await exportCli('--video', '1920..1925');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain("1920 is outside the dataset's range (expected 1924 to 1938)");
    const both = await exportCli('--video', '1924..1925', '--format', 'png');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--video makes a WebM of a range: leave out --format and --year');
    expect(existsSync(join(out, 'x.webm'))).toBe(false);
  });

  it.skipIf(!existsSync(chromiumPath() ?? '/usr/bin/chromium'))(
    'records --video 1924..1925 through Chromium, and ffprobe reads 2 s at 10 fps',
    async () => {
      const made = await exportCli('--video', '1924..1925', '--out', out + '/');
      expect(made.code, made.stderr).toBe(0);
      const file = join(out, 'soviet-succession-1924-1925.webm');
      expect(made.stdout).toContain(`export: wrote ${file} (vp`);
      const video = probeVideo(file);
      expect(video.duration).toBeCloseTo(2, 1);
      expect(video.frames).toBe(20);
      expect(video.width).toBeGreaterThan(600);
    },
  );

  it.skipIf(!existsSync(chromiumPath() ?? '/usr/bin/chromium'))(
    'makes a PNG (2×, with the caption) and an SVG (text as text) of 1929 through Chromium',
    async () => {
      const png = join(out, 'pictures');
      const made = await exportCli(
        '--year',
        '1929',
        '--format',
        'png',
        '--area',
        'view',
        '--out',
        png + '/',
      );
      expect(made.code, made.stderr).toBe(0);
      const bytes = readFileSync(join(png, 'soviet-succession-1929.png'));
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      const width = bytes.readUInt32BE(16);
      const height = bytes.readUInt32BE(20);
      expect(width % 2).toBe(0);
      expect(width).toBeGreaterThanOrEqual(1200); // twice a graph at least 600 px wide
      expect(height).toBeGreaterThan(200);
      const svgFile = join(png, '1929.svg');
      const svg = await exportCli('--year', '1929', '--format', 'svg', '--out', svgFile);
      expect(svg.code, svg.stderr).toBe(0);
      const doc = parseXml(readFileSync(svgFile, 'utf8'));
      const texts = findAll(doc, 'text').map((t) => t.text);
      expect(texts).toContain('Year 1929');
      expect(texts).toContain('Stalin');
      expect(texts).toContain(data.dataset.title);
    },
  );
});
