/**
 * tours.json: optional, validated like every other file, and checked against the dataset, with
 * every problem placed at its file, line and column and named by tour and field.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle, loadDatasetFiles, type LoadResult } from './load';
import { readDatasetFolder } from '../node-files';
import { errorTexts } from '$lib/testing/loaded';

const dir = fileURLToPath(new URL('../../../../graph-data/', import.meta.url));
const files = readDatasetFolder(dir);

function errors(result: LoadResult): string[] {
  return errorTexts(result);
}

/** graph-data with tours.json replaced by one tour whose first step is `step` over a valid one. */
function withStep(step: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const valid = {
    title: 'A step',
    text: 'Some text.',
    time: '1927',
    sources: [{ source: 'kotkin-stalin-1' }],
  };
  const tour = {
    id: 'my-tour',
    title: 'Mine',
    description: 'A tour.',
    steps: [{ ...valid, ...step }],
    ...extra,
  };
  const text = JSON.stringify({ items: [tour] }, null, 2);
  return { text, result: loadDatasetFiles({ ...files, 'tours.json': text }) };
}

/** The 1-based line and column of the first occurrence of `needle` in `text`. */
function at(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle)).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('tours.json', () => {
  it('ships two tours with the bundled dataset, each step citing known sources', () => {
    const result = loadDatasetFiles(files);
    expect(errors(result)).toEqual([]);
    const tours = result.ok ? (result.data.tours ?? []) : [];
    expect(tours.map((t) => t.id)).toEqual(['how-stalin-won', 'the-terror']);
    expect(tours[0].steps.length).toBeGreaterThanOrEqual(9);
    expect(tours[1].steps.length).toBeGreaterThanOrEqual(7);
    for (const step of tours.flatMap((t) => t.steps))
      expect(step.sources.length).toBeGreaterThan(0);
  });

  it('is optional', () => {
    const without = { ...files };
    delete without['tours.json'];
    const result = loadDatasetFiles(without);
    expect(result.ok).toBe(true);
    expect(result.ok && result.data.tours).toBeUndefined();
  });

  it('names an unknown focus, path and source where they are', () => {
    const { text, result } = withStep({
      focus: 'nobody',
      path: 'stalin',
      sources: [{ source: 'no-such-book' }],
    });
    // In file order: the step's spread puts its own fields after the valid ones
    expect(errors(result)).toEqual([
      `tours.json:${at(text, '"no-such-book"')} tour "my-tour" .steps[0].sources[0].source: references unknown source "no-such-book"`,
      `tours.json:${at(text, '"nobody"')} tour "my-tour" .steps[0].focus: references unknown person, faction, relationship or event "nobody"`,
      `tours.json:${at(text, '"stalin"')} tour "my-tour" .steps[0].path: needs a person or faction in focus`,
    ]);
  });

  it('refuses a time outside the range, a bad time, a bad filter and a step without sources', () => {
    expect(errors(withStep({ time: '1950' }).result)).toEqual([
      expect.stringMatching(
        /^tours\.json:\d+:\d+ tour "my-tour" \.steps\[0\]\.time: is outside the dataset's range \(expected 1924 to 1938\)$/,
      ),
    ]);
    const bad = withStep({ time: '1927-13', hide: ['nothing'], sources: [] });
    expect(errors(bad.result)).toEqual([
      `tours.json:${at(bad.text, '"1927-13"')} tour "my-tour" .steps[0].time: "1927-13" is not a year or a month (expected YYYY or YYYY-MM)`,
      `tours.json:${at(bad.text, '[]')} tour "my-tour" .steps[0].sources: has no source (expected at least one)`,
      `tours.json:${at(bad.text, '"nothing"')} tour "my-tour" .steps[0].hide[0]: "nothing" is not allowed (expected one of "memberships", "alliances", "rivalries", "betrayals", "past-betrayals", "dead", "inactive", "institutions")`,
    ]);
  });

  it('checks comparisons, connections and paths against the focus', () => {
    const { result } = withStep({
      focus: 'xiv-congress',
      ego: 1,
      compare: { from: 1927, to: 1927 },
    });
    expect(errors(result)).toEqual([
      expect.stringMatching(/\.steps\[0\]\.ego: needs a person or faction in focus$/),
      expect.stringMatching(
        /\.steps\[0\]\.compare: expected two different years from 1924 to 1938$/,
      ),
    ]);
    const self = withStep({ focus: 'stalin', path: 'stalin' });
    expect(errors(self.result)).toEqual([
      expect.stringMatching(/\.steps\[0\]\.path: is the focus itself \(expected another end\)$/),
    ]);
    expect(errors(withStep({ focus: 'stalin', path: 'bukharin', ego: 2 }).result)).toEqual([]);
  });

  it('refuses a tour without steps and duplicate tour ids', () => {
    const empty = JSON.stringify({ items: [{ id: 'a', title: 'A', description: 'd', steps: [] }] });
    expect(errors(loadDatasetFiles({ ...files, 'tours.json': empty }))).toEqual([
      expect.stringMatching(
        /^tours\.json:1:\d+ tour "a" \.steps: has no steps \(expected at least one\)$/,
      ),
    ]);
    const tours = loadDatasetFiles(files);
    const one = tours.ok ? tours.data.tours?.[0] : undefined;
    const twice = JSON.stringify({ items: [one, one] });
    expect(errors(loadDatasetFiles({ ...files, 'tours.json': twice }))).toEqual([
      expect.stringMatching(/tour "how-stalin-won" \.id: is a duplicate tour id "how-stalin-won"$/),
    ]);
  });

  it('reports a syntax error in tours.json at its line and column', () => {
    const result = loadDatasetFiles({ ...files, 'tours.json': '{\n  "items": [,]\n}' });
    expect(errors(result)).toEqual([expect.stringMatching(/^tours\.json:2:\d+ syntax error/)]);
  });

  it('loads tours in a bundle, with problems placed in the bundle', () => {
    const loaded = loadDatasetFiles(files);
    if (!loaded.ok) throw new Error('graph-data failed');
    const bundle = {
      ...loaded.data,
      tours: [
        {
          ...loaded.data.tours![0],
          steps: [{ ...loaded.data.tours![0].steps[0], focus: 'ghost' }],
        },
      ],
    };
    const result = loadBundle(JSON.stringify(bundle));
    expect(errors(result)).toEqual([
      expect.stringMatching(
        /^bundle\.json:\d+:\d+ tour "how-stalin-won" \.steps\[0\]\.focus: references unknown person, faction, relationship or event "ghost"$/,
      ),
    ]);
    expect(loadBundle(JSON.stringify(loaded.data)).ok).toBe(true);
  });
});
