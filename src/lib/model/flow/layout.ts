/**
 * Where the faction flow is drawn: a column per year, each group a block as tall as its
 * people, ribbons between consecutive columns as thick as the people they carry. Pure
 * geometry in pixels; the view and the SVG export draw the same layout.
 */
import type { FactionFlow, GroupKind } from './flow';

export interface PlacedBlock {
  group: string;
  name: string;
  kind: GroupKind;
  fabricated: boolean;
  year: number;
  people: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether the block names its group (the group's first year); else it shows just the count. */
  named: boolean;
  /** Where its label starts (`anchor` start) or ends (`end`: the first column's, in the left margin). */
  labelX: number;
  anchor: 'start' | 'end';
  /** The widest its label may be. */
  labelRoom: number;
}

export interface PlacedRibbon {
  year: number;
  from: PlacedBlock;
  to: PlacedBlock;
  people: string[];
  /** SVG path data of the band. */
  d: string;
}

export interface FlowLayout {
  width: number;
  height: number;
  /** The x of each year's column (its left edge) and where its heading sits. */
  columns: { year: number; x: number }[];
  blocks: PlacedBlock[];
  ribbons: PlacedRibbon[];
  blockWidth: number;
  /** Where headings sit (baseline) and where blocks start. */
  headingY: number;
  top: number;
}

/** Sizes in pixels. */
export const FLOW_SIZES = {
  blockWidth: 14,
  gap: 10,
  /** Room above the blocks for the year headings. */
  top: 34,
  bottom: 10,
  /** Room left of the first column (for its labels) and right of the last one, at least. */
  left: 10,
  right: 34,
  /** The widest a group's name runs. */
  maxLabel: 140,
  /** The narrowest step between columns: below it the drawing grows wider than asked. */
  minStep: 50,
  /** The least height of one person. */
  minUnit: 4,
} as const;

/**
 * Lays the flow out in about `width` × `height` pixels (wider or taller when it needs to be);
 * `measure` gives a label's width. The first column's labels sit in the left margin; a group
 * that appears later is named right of its first block.
 */
export function layoutFlow(
  flow: FactionFlow,
  size: { width: number; height: number },
  measure: (label: string) => number,
): FlowLayout {
  const S = FLOW_SIZES;
  const n = flow.years.length;
  const info = new Map(flow.groups.map((g) => [g.id, g]));
  const labelOf = (b: { group: string; people: string[] }) =>
    `${info.get(b.group)!.name} ${b.people.length}`;
  const widest = (blocks: { group: string; people: string[] }[]) =>
    Math.min(S.maxLabel, Math.max(0, ...blocks.map((b) => measure(labelOf(b)))));
  const left = S.left + widest(flow.columns[0] ?? []) + 6;
  const lastNew = (flow.columns.at(-1) ?? []).filter(
    (b) => n < 2 || !flow.columns[n - 2].some((o) => o.group === b.group),
  );
  const right = Math.max(S.right, widest(lastNew) + 10);
  const step = Math.max(S.minStep, (size.width - left - right - S.blockWidth) / Math.max(1, n - 1));
  const width = Math.ceil(left + right + S.blockWidth + step * Math.max(0, n - 1));
  const most = Math.max(1, ...flow.columns.map((c) => c.reduce((s, b) => s + b.people.length, 0)));
  const blocksMost = Math.max(1, ...flow.columns.map((c) => c.length));
  const room = size.height - S.top - S.bottom - (blocksMost - 1) * S.gap;
  const unit = Math.max(S.minUnit, room / most);
  const height = Math.ceil(S.top + S.bottom + (blocksMost - 1) * S.gap + most * unit);
  const columns = flow.years.map((year, i) => ({ year, x: left + i * step }));
  const blocks: PlacedBlock[] = [];
  const at = new Map<string, PlacedBlock>();
  // A group is named once, where it first appears; the hover names it everywhere
  const seen = new Set<string>();
  flow.columns.forEach((column, i) => {
    let y = S.top;
    for (const block of column) {
      const group = info.get(block.group)!;
      const placed: PlacedBlock = {
        group: block.group,
        name: group.name,
        kind: group.kind,
        fabricated: group.fabricated,
        year: block.year,
        people: block.people,
        x: columns[i].x,
        y,
        width: S.blockWidth,
        height: block.people.length * unit,
        named: !seen.has(block.group),
        labelX: i === 0 ? columns[0].x - 4 : columns[i].x + S.blockWidth + 4,
        anchor: i === 0 ? 'end' : 'start',
        labelRoom:
          i === 0
            ? left - S.left - 4
            : Math.min(
                S.maxLabel,
                i === n - 1 ? Infinity : step * 1.7,
                width - columns[i].x - S.blockWidth - 8,
              ),
      };
      blocks.push(placed);
      seen.add(block.group);
      at.set(`${block.year}\u0000${block.group}`, placed);
      y += placed.height + S.gap;
    }
  });
  // A name that would run into the next column's name, at the same height, stops before it
  for (const b of blocks) {
    if (!b.named || b.anchor === 'end') continue;
    const mid = b.y + b.height / 2;
    const clash = blocks.some(
      (o) => o.named && o.year === b.year + 1 && Math.abs(o.y + o.height / 2 - mid) < 14,
    );
    if (clash) b.labelRoom = Math.min(b.labelRoom, step - S.blockWidth - 8);
  }
  // Each block's ribbons leave (and arrive) stacked in the order of the groups they go to (come from)
  const outUsed = new Map<PlacedBlock, number>();
  const inUsed = new Map<PlacedBlock, number>();
  const ribbons: PlacedRibbon[] = [];
  for (const link of flow.links) {
    const from = at.get(`${link.year}\u0000${link.from}`);
    const next = flow.years[flow.years.indexOf(link.year) + 1];
    const to = at.get(`${next}\u0000${link.to}`);
    if (!from || !to) continue;
    const thick = link.people.length * unit;
    const y0 = from.y + (outUsed.get(from) ?? 0);
    const y1 = to.y + (inUsed.get(to) ?? 0);
    outUsed.set(from, (outUsed.get(from) ?? 0) + thick);
    inUsed.set(to, (inUsed.get(to) ?? 0) + thick);
    ribbons.push({
      year: link.year,
      from,
      to,
      people: link.people,
      d: band(from.x + from.width, y0, to.x, y1, thick),
    });
  }
  return {
    width,
    height,
    columns,
    blocks,
    ribbons,
    blockWidth: S.blockWidth,
    headingY: 20,
    top: S.top,
  };
}

/** A band from (x0, y0) to (x1, y1), `thick` pixels thick, with horizontal tangents at both ends. */
function band(x0: number, y0: number, x1: number, y1: number, thick: number): string {
  const m = (x0 + x1) / 2;
  const r = (v: number) => Math.round(v * 10) / 10;
  return (
    `M${r(x0)} ${r(y0)} C${r(m)} ${r(y0)} ${r(m)} ${r(y1)} ${r(x1)} ${r(y1)} ` +
    `L${r(x1)} ${r(y1 + thick)} C${r(m)} ${r(y1 + thick)} ${r(m)} ${r(y0 + thick)} ${r(x0)} ${r(y0 + thick)} Z`
  );
}
