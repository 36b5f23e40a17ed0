/** The colours of the faction flow's groups, from the graph's palette (model/view/visual.ts). */
import type { Palette } from '../view/visual';
import type { GroupKind } from './flow';

/** A block's fill and border, and the colour of its label. */
export function groupColors(
  kind: GroupKind,
  p: Palette,
): { fill: string; stroke: string; text: string } {
  if (kind === 'none') return { fill: p.person, stroke: p.personBorder, text: p.text };
  if (kind === 'dead') return { fill: p.dead, stroke: p.personBorder, text: p.deadText };
  return { fill: p.faction[kind], stroke: p.text, text: p.factionText[kind] };
}

/** A block's label: its group's name and count where it names the group, else the count. */
export function blockLabel(block: { named: boolean; name: string; people: string[] }): {
  name: string;
  count: string;
} {
  return { name: block.named ? block.name : '', count: String(block.people.length) };
}
