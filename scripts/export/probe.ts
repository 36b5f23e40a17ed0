/**
 * Reads a video back with ffprobe (the static build from @ffprobe-installer/ffprobe): its
 * codec, frame size, duration and decoded frames, and the mean brightness of each frame
 * (signalstats), so a check fails on a file that is empty, garbage or blank.
 */
import { execFileSync } from 'node:child_process';
import ffprobe from '@ffprobe-installer/ffprobe';

export interface VideoProbe {
  codec: string;
  width: number;
  height: number;
  /** Seconds, from the file's header. */
  duration: number;
  /** Frames decoded, read one by one. */
  frames: number;
  /** Each frame's mean luma (0–255). */
  brightness: number[];
}

function run(args: string[]): string {
  return execFileSync(ffprobe.path, ['-v', 'error', ...args], { encoding: 'utf8' });
}

/** Decodes every frame of `file`; throws with ffprobe's message when it cannot. */
export function probeVideo(file: string): VideoProbe {
  const info = JSON.parse(
    run([
      '-count_frames',
      '-select_streams',
      'v:0',
      '-show_entries',
      'stream=codec_name,width,height,nb_read_frames:format=duration',
      '-of',
      'json',
      file,
    ]),
  ) as {
    streams?: { codec_name: string; width: number; height: number; nb_read_frames: string }[];
    format?: { duration?: string };
  };
  const stream = info.streams?.[0];
  if (!stream) throw new Error(`${file} has no video stream`);
  // The movie filter's path is filter syntax: escape what it treats specially
  const path = file.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/:/g, '\\:');
  const stats = run([
    '-f',
    'lavfi',
    `movie='${path}',signalstats`,
    '-show_entries',
    'frame_tags=lavfi.signalstats.YAVG',
    '-of',
    'csv=p=0',
  ]);
  return {
    codec: stream.codec_name,
    width: stream.width,
    height: stream.height,
    duration: Number(info.format?.duration ?? NaN),
    frames: Number(stream.nb_read_frames),
    brightness: stats
      .split('\n')
      .filter(Boolean)
      .map((line) => Number(line)),
  };
}
