/**
 * The plan of a video export, without a browser: the range asked for ("1850..1870",
 * "1851-03..1852-11"), the steps it covers, the frames of each step and how long each is
 * shown, the positions of the glide between two steps, and the file's name.
 */
import type { Position } from '$lib/model/dataset/schema';
import { exportFileName } from './snapshot';

/** A step of the video: a year, or a month of a year. */
export interface VideoStep {
  year: number;
  month?: number;
}

/** A range of steps; with months when either end names a month. */
export interface VideoRange {
  from: VideoStep;
  to: VideoStep;
}

/** How long each step (a year, or a month) is shown in the video. */
export const STEP_MS = 1000;
/** Frames a second while a step is held; the glide has one picture per frame. */
export const VIDEO_FPS = 10;
/** Frames of the glide into a step: 400 ms at 10 fps, as long as the glide on screen. */
export const GLIDE_FRAMES = 4;

const END = /^(\d{4})(?:-(\d{2}))?$/;

/** Reads one end ("1851" or "1851-03"); undefined when it is neither. */
function readEnd(text: string): VideoStep | undefined {
  const m = END.exec(text.trim());
  if (!m) return undefined;
  const month = m[2] === undefined ? undefined : Number(m[2]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  return { year: Number(m[1]), month };
}

const index = (s: VideoStep) => s.year * 12 + (s.month ?? 1) - 1;
/** A step as the range writes it: "1851", or "1851-03". */
export const stepLabel = (s: VideoStep): string =>
  s.month === undefined ? String(s.year) : `${s.year}-${String(s.month).padStart(2, '0')}`;
const label = stepLabel;

/**
 * Reads a range "FROM..TO" (each end a year YYYY or a month YYYY-MM; one end alone is a range
 * of one step) and checks it lies within `bounds` (years). A range with a month at either end
 * steps by month: a year alone then stands for its January at the start, its December at the
 * end. Returns the range, or a message that says what was expected.
 */
export function parseVideoRange(
  text: string,
  bounds: { from: number; to: number },
): { ok: true; range: VideoRange } | { ok: false; error: string } {
  const parts = text.trim().split('..');
  const ends = parts.length === 1 ? [parts[0], parts[0]] : parts;
  const [from, to] = ends.length === 2 ? ends.map(readEnd) : [undefined, undefined];
  if (!from || !to) {
    return {
      ok: false,
      error: `"${text}" is not a range (expected FROM..TO with years or months, e.g. 1850..1870 or 1851-03..1852-11)`,
    };
  }
  if (from.month !== undefined || to.month !== undefined) {
    from.month ??= 1;
    to.month ??= 12;
  }
  for (const end of [from, to]) {
    if (end.year < bounds.from || end.year > bounds.to) {
      return {
        ok: false,
        error: `${label(end)} is outside the dataset's range (expected ${bounds.from} to ${bounds.to})`,
      };
    }
  }
  if (index(to) < index(from)) {
    return { ok: false, error: `the range ends (${label(to)}) before it starts (${label(from)})` };
  }
  return { ok: true, range: { from, to } };
}

/** Every step of the range in order: each year, or each month when the range has months. */
export function videoSteps(range: VideoRange): VideoStep[] {
  const { from, to } = range;
  if (from.month === undefined) {
    return Array.from({ length: to.year - from.year + 1 }, (_, i) => ({ year: from.year + i }));
  }
  return Array.from({ length: index(to) - index(from) + 1 }, (_, i) => {
    const n = index(from) + i;
    return { year: Math.floor(n / 12), month: (n % 12) + 1 };
  });
}

/** The file of a video: `<dataset>-1850-1870.webm`, or `<dataset>-1851-03-1852-11.webm`. */
export function videoFileName(datasetId: string, range: VideoRange, ext = 'webm'): string {
  return exportFileName(datasetId, `${label(range.from)}-${label(range.to)}`, ext);
}

/** One picture of a step: where the nodes are (0: the previous step's places, 1: this step's) and for how long it is shown. */
export interface VideoFrame {
  position: number;
  holdMs: number;
}

/** Cytoscape's ease-in-out-cubic, the easing of the glide on screen. */
export function easeInOutCubic(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/**
 * The frames of each step. Every step lasts STEP_MS. When the layout moves with time, a step
 * after the first opens with the glide (GLIDE_FRAMES pictures, eased, one per frame) and holds
 * its last picture; otherwise it is one picture held for the whole step.
 */
export function videoFrames(stepCount: number, moving: boolean): VideoFrame[][] {
  const frameMs = 1000 / VIDEO_FPS;
  return Array.from({ length: stepCount }, (_, i) => {
    if (i === 0 || !moving) return [{ position: 1, holdMs: STEP_MS }];
    return Array.from({ length: GLIDE_FRAMES }, (_, k) => ({
      position: easeInOutCubic((k + 1) / GLIDE_FRAMES),
      holdMs: k < GLIDE_FRAMES - 1 ? frameMs : STEP_MS - frameMs * (GLIDE_FRAMES - 1),
    }));
  });
}

/**
 * The positions `t` of the way from `from` to `to` (0..1); a node without a place in `from`
 * (or `to`) stays at the place it has.
 */
export function positionsBetween(
  from: Record<string, Position>,
  to: Record<string, Position>,
  t: number,
): Record<string, Position> {
  const out: Record<string, Position> = { ...from };
  for (const [id, b] of Object.entries(to)) {
    const a = from[id] ?? b;
    out[id] = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
  }
  return out;
}
