/**
 * The video export: the graph's picture at each step with the caption band beneath, drawn on a
 * canvas and encoded as WebM (VP9, else VP8) at VIDEO_FPS by WebCodecs through mediabunny.
 * Each frame gets its own timestamp, so every step lasts STEP_MS in the file however long its
 * pictures take to draw, and the export runs as fast as they come. (MediaRecorder on a canvas
 * stream records in real time: on a loaded machine its frames bunch up and the file comes out
 * short.) Needs a browser; loaded on first use. What each step shows comes from the `VideoDriver`.
 */
import { BufferTarget, CanvasSource, canEncodeVideo, Output, WebMOutputFormat } from 'mediabunny';
import { layoutCaption, type CaptionInfo } from './caption';
import { drawCaption } from './png';
import { VIDEO_FPS, videoFrames, type VideoStep } from './video-plan';

/** What the recorder asks of the page: show a step, draw the graph. */
export interface VideoDriver {
  /** Shows `step` with the nodes `position` of the way from the previous step's places (1: there). */
  show(step: VideoStep, index: number, position: number): Promise<void>;
  /** The graph as shown, as a PNG. */
  picture(): Promise<Blob>;
}

export interface VideoInput {
  steps: VideoStep[];
  /** The caption of each step. */
  captions: CaptionInfo[];
  /** Whether the layout moves with time (then each step glides in). */
  moving: boolean;
  background: string;
  driver: VideoDriver;
  signal?: AbortSignal;
  /** Called as each step is recorded: steps done, steps in all. */
  onProgress?: (done: number, total: number) => void;
}

const FRAME_MS = 1000 / VIDEO_FPS;

/** Where the frames go. */
interface Sink {
  /** The canvas as it is now, from `at` for `ms` milliseconds of the video. */
  add(at: number, ms: number): Promise<void>;
  finish(): Promise<Blob>;
  cancel(): void;
}

async function encoderSink(canvas: HTMLCanvasElement): Promise<Sink | undefined> {
  if (typeof VideoEncoder === 'undefined') return undefined;
  const size = { width: canvas.width, height: canvas.height };
  const codecs = (['vp9', 'vp8'] as const).map(async (c) => (await canEncodeVideo(c, size)) && c);
  const codec = (await Promise.all(codecs)).find((c) => c !== false);
  if (!codec) return undefined;
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new CanvasSource(canvas, { codec, bitrate: 2_500_000 });
  output.addVideoTrack(source, { frameRate: VIDEO_FPS });
  await output.start();
  return {
    add: (at, ms) => source.add(at / 1000, ms / 1000),
    async finish() {
      await output.finalize();
      if (!target.buffer) throw new Error('the encoder wrote nothing');
      return new Blob([target.buffer], { type: 'video/webm' });
    },
    cancel: () => void output.cancel(),
  };
}

/** Whether this browser can encode a WebM video (WebCodecs' VideoEncoder). */
export function canRecordVideo(): boolean {
  return typeof VideoEncoder !== 'undefined';
}

const even = (n: number) => Math.ceil(n / 2) * 2;

/**
 * Records the steps as a WebM blob with its duration written in. Throws an `AbortError`
 * DOMException when `signal` aborts, and a readable Error when the browser cannot record.
 */
export async function recordVideo(input: VideoInput): Promise<{ blob: Blob; durationMs: number }> {
  const { steps, driver, signal } = input;
  if (steps.length === 0) throw new Error('there is nothing to record');
  const plan = videoFrames(steps.length, input.moving);
  const aborted = () => {
    if (signal?.aborted) throw new DOMException('The video export was cancelled', 'AbortError');
  };
  const pictures = async (i: number) => {
    const out: ImageBitmap[] = [];
    for (const frame of plan[i]) {
      await driver.show(steps[i], i, frame.position);
      out.push(await createImageBitmap(await driver.picture()));
      aborted();
    }
    return out;
  };

  let bitmaps = await pictures(0);
  const width = even(bitmaps[0].width);
  const graphHeight = bitmaps[0].height;
  const layouts = input.captions.map((c) => layoutCaption(c, width));
  const band = Math.max(...layouts.map((l) => Math.ceil(l.height)));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = even(graphHeight + band);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  const draw = (bitmap: ImageBitmap, i: number) => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = input.background;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(bitmap, 0, 0, width, graphHeight);
    ctx.translate(0, graphHeight);
    drawCaption(ctx, layouts[i]);
  };

  const sink = await encoderSink(canvas);
  if (!sink) throw new Error('this browser cannot record a WebM video');
  let at = 0;
  try {
    for (let i = 0; i < steps.length; i++) {
      if (i > 0) bitmaps = await pictures(i);
      for (const [k, frame] of plan[i].entries()) {
        draw(bitmaps[k], i);
        // Constant frame rate: a held picture is sent again every frame
        for (let t = 0; t < frame.holdMs - 1e-6; t += FRAME_MS) {
          await sink.add(at, FRAME_MS);
          at += FRAME_MS;
          aborted();
        }
      }
      for (const b of bitmaps) b.close();
      input.onProgress?.(i + 1, steps.length);
    }
  } catch (error) {
    sink.cancel();
    for (const b of bitmaps) b.close();
    throw error;
  }
  const durationMs = Math.round(at);
  return { blob: await sink.finish(), durationMs };
}
