/**
 * The timeline core in Node: the state at a year, and the diff between consecutive years (a
 * step of the slider) and between the first and last years (a jump), on synthetic datasets of
 * a given number of relationships.
 */
import { buildTimeline, yearWindow } from '../../src/lib/model/timeline/timeline';
import { generateDataset } from '../synth/generate';
import { summarize, type Summary } from './stats';

export interface CoreResult {
  relations: number;
  /** Records of all kinds the timeline indexes (people, factions and relationships). */
  records: number;
  buildMs: number;
  stateAt: Summary;
  step: Summary;
  jump: Summary;
  /** Mean number of keys a one-year step changes. */
  changesPerStep: number;
}

const FROM = 1920;
const TO = 1939;

/** Milliseconds each call of `fn` takes, `count` times, after `warmup` untimed calls. */
function sample(count: number, warmup: number, fn: (i: number) => void): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** Benchmarks the timeline on a dataset with `relations` relationships (5 per person). */
export function benchCore(relations: number, samples: number): CoreResult {
  const people = Math.max(2, Math.round(relations / 5));
  const factions = Math.max(1, Math.round(people / 20));
  const data = generateDataset({
    seed: 1,
    people,
    factions,
    relations,
    from: FROM,
    to: TO,
    layout: false,
  });
  const started = performance.now();
  const timeline = buildTimeline(data);
  const buildMs = performance.now() - started;
  const years = TO - FROM + 1;
  // Steps go back and forth across the range, like someone scrubbing
  const yearAt = (i: number) => {
    const k = i % (2 * (years - 1));
    return FROM + (k < years - 1 ? k : 2 * (years - 1) - k);
  };
  let changes = 0;
  let steps = 0;
  const stateAt = sample(samples, 3, (i) => timeline.stateAt(yearWindow(yearAt(i))));
  const step = sample(samples, 3, (i) => {
    const d = timeline.diff(yearWindow(yearAt(i)), yearWindow(yearAt(i + 1)));
    for (const list of [...Object.values(d.entered), ...Object.values(d.exited)])
      changes += list.length;
    changes += d.statusChanged.length;
    steps++;
  });
  const jump = sample(samples, 3, (i) =>
    timeline.diff(yearWindow(i % 2 ? TO : FROM), yearWindow(i % 2 ? FROM : TO)),
  );
  return {
    relations,
    records: data.people.length + data.factions.length + relations,
    buildMs: Math.round(buildMs),
    stateAt: summarize(stateAt),
    step: summarize(step),
    jump: summarize(jump),
    changesPerStep: Math.round(changes / steps),
  };
}
