/**
 * The faction flow as an SVG document, for the SVG and PNG exports: the same layout the view
 * draws (model/flow/layout.ts), colours from the palette, text as `<text>`. Pure.
 */
import { blockLabel, groupColors } from '$lib/model/flow/colors';
import type { FlowLayout, PlacedBlock } from '$lib/model/flow/layout';
import type { Palette } from '$lib/model/view/visual';
import { CAPTION_FONT } from './caption';
import { fitText, textWidth } from './text-wrap';
import { escapeXml as x } from './xml';

/** Font size of block labels and year headings. */
export const FLOW_FONT = { label: 11, heading: 13 } as const;

/** Opacity of a ribbon (its source group's colour). */
export const RIBBON_OPACITY = 0.38;

/** A block's label fitted into the room beside it: the name cut to fit, the count whole. */
export function fittedLabel(
  block: PlacedBlock,
  room = block.labelRoom,
): { name: string; count: string } {
  const { name, count } = blockLabel(block);
  if (!name) return { name, count };
  const size = FLOW_FONT.label;
  const left = room - textWidth(` ${count}`, size, 'normal');
  return { name: fitText(name, left, size, 'bold'), count };
}

/** A label's width in the flow's label font (the layout's `measure`). */
export function measureLabel(label: string): number {
  return textWidth(label, FLOW_FONT.label, 'bold');
}

/** The flow as an SVG document of the layout's size; `shownYear` is marked. */
export function flowSvg(layout: FlowLayout, palette: Palette, shownYear?: number): string {
  const p = palette;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${x(CAPTION_FONT)}">`,
    `<rect width="${layout.width}" height="${layout.height}" fill="${x(p.background)}"/>`,
  ];
  const column = layout.columns.find((c) => c.year === shownYear);
  if (column)
    out.push(
      `<rect x="${column.x - 6}" y="4" width="${layout.blockWidth + 12}" height="${layout.height - 8}" rx="4" fill="${x(p.selected)}" opacity="0.14"/>`,
    );
  for (const c of layout.columns) {
    const bold = c.year === shownYear ? ' font-weight="bold"' : '';
    out.push(
      `<text x="${c.x + layout.blockWidth / 2}" y="${layout.headingY}" text-anchor="middle" font-size="${FLOW_FONT.heading}"${bold} fill="${x(p.text)}">${c.year}</text>`,
    );
  }
  for (const r of layout.ribbons) {
    const fill = groupColors(r.from.kind, p).fill;
    out.push(`<path d="${r.d}" fill="${x(fill)}" opacity="${RIBBON_OPACITY}"/>`);
  }
  for (const b of layout.blocks) {
    const c = groupColors(b.kind, p);
    const dash = b.fabricated ? ' stroke-dasharray="4 2"' : '';
    out.push(
      `<rect x="${b.x}" y="${round(b.y)}" width="${b.width}" height="${round(Math.max(1, b.height))}" fill="${x(c.fill)}" stroke="${x(c.stroke)}" stroke-width="1"${dash}/>`,
    );
    const { name, count } = fittedLabel(b);
    const y = round(b.y + b.height / 2 + FLOW_FONT.label * 0.36);
    const named = name ? `<tspan font-weight="bold" fill="${x(c.text)}">${x(name)}</tspan> ` : '';
    out.push(
      `<text x="${b.labelX}" y="${y}" text-anchor="${b.anchor}" font-size="${FLOW_FONT.label}" fill="${x(p.text)}" stroke="${x(p.background)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${named}${count}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
