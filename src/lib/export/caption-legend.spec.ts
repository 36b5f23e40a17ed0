/** The legend under exported pictures keys every mark the graph draws. */
import { describe, expect, it } from 'vitest';
import { lightPalette } from '$lib/graph/palette';
import { defaultFilters } from '$lib/model/view/filters';
import { buildTimeline, yearWindow } from '$lib/model/timeline/timeline';
import { bundledDataset } from '$lib/testing/bundled';
import { captionInfo } from './caption';

const data = bundledDataset();
const timeline = buildTimeline(data);
const labels = (year: number, extra: { compare?: boolean } = {}) =>
  captionInfo({
    data,
    year,
    state: timeline.stateAt(yearWindow(year)),
    filters: defaultFilters,
    palette: lightPalette,
    ...extra,
  }).legend.map((item) => item.label);

describe('captionInfo legend', () => {
  it('keys the disputed mark when a disputed record is shown', () => {
    expect(labels(1934)).toContain('Disputed (see notes)');
  });

  it('leaves it out when nothing shown is disputed', () => {
    const undisputed = structuredClone(data);
    for (const list of [
      undisputed.people,
      undisputed.factions,
      undisputed.alliances,
      undisputed.rivalries,
      undisputed.betrayals,
      undisputed.memberships,
    ] as { disputed?: boolean; fate?: { disputed?: boolean } }[][]) {
      for (const record of list) {
        delete record.disputed;
        if (record.fate) delete record.fate.disputed;
      }
    }
    const t = buildTimeline(undisputed);
    const info = captionInfo({
      data: undisputed,
      year: 1934,
      state: t.stateAt(yearWindow(1934)),
      filters: defaultFilters,
      palette: lightPalette,
    });
    expect(info.legend.map((i) => i.label)).not.toContain('Disputed (see notes)');
  });

  it('keys gained, lost and held in a comparison, and only there', () => {
    expect(labels(1934, { compare: true })).toEqual(
      expect.arrayContaining(['Gained', 'Lost', 'Held (dimmed)']),
    );
    expect(labels(1934)).not.toContain('Gained');
  });
});
