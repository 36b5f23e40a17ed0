/**
 * The caption band as SVG markup, and the legend shapes as path data (the PNG draws the same
 * paths with `Path2D`). Pure.
 */
import type { NodeShape } from '$lib/model/view/visual';
import { CAPTION_FONT, type CaptionLayout, type PlacedSample } from './caption';
import { escapeXml } from './xml';

/** The caption as an SVG group, placed `top` pixels down. */
export function captionSvg(layout: CaptionLayout, top: number): string {
  const { colors } = layout;
  const out = [
    `<g class="caption" transform="translate(0 ${top})" font-family="${escapeXml(CAPTION_FONT)}">`,
    `<rect width="${layout.width}" height="${layout.height}" fill="${escapeXml(colors.background)}"/>`,
    `<line x1="0" y1="0.5" x2="${layout.width}" y2="0.5" stroke="${escapeXml(colors.rule)}" stroke-width="1"/>`,
  ];
  for (const s of layout.samples) out.push(sampleSvg(s));
  for (const t of layout.texts) {
    const weight = t.weight === 'bold' ? ' font-weight="bold"' : '';
    out.push(
      `<text x="${fmt(t.x)}" y="${fmt(t.y)}" font-size="${t.size}"${weight} fill="${escapeXml(t.color)}">${escapeXml(t.text)}</text>`,
    );
  }
  out.push('</g>');
  return out.join('\n');
}

function sampleSvg({ item, x, y, width, height }: PlacedSample): string {
  const dash = item.dash.length ? ` stroke-dasharray="${item.dash.join(' ')}"` : '';
  const opacity = item.opacity < 1 ? ` opacity="${item.opacity}"` : '';
  if (item.kind === 'edge') {
    const mid = y + height / 2;
    const end = item.arrow ? x + width - 8 : x + width;
    const color = escapeXml(item.color);
    const line = `<line x1="${fmt(x)}" y1="${fmt(mid)}" x2="${fmt(end)}" y2="${fmt(mid)}" stroke="${color}" stroke-width="${item.width}"${dash}/>`;
    const arrow = item.arrow ? `<path d="${arrowPath(x + width, mid)}" fill="${color}"/>` : '';
    return `<g${opacity}>${line}${arrow}</g>`;
  }
  const d = shapePath(item.shape, x + width / 2, y + height / 2, width - 2, height - 2);
  return `<path d="${d}" fill="${escapeXml(item.fill)}" stroke="${escapeXml(item.stroke)}" stroke-width="1.5"${dash}${opacity}/>`;
}

/** An arrow head pointing right with its tip at (`tipX`, `y`). */
export function arrowPath(tipX: number, y: number): string {
  return `M${fmt(tipX - 9)} ${fmt(y - 5)} L${fmt(tipX)} ${fmt(y)} L${fmt(tipX - 9)} ${fmt(y + 5)} Z`;
}

/** SVG path data of a legend shape centred on (`cx`, `cy`); also usable with `Path2D`. */
export function shapePath(shape: NodeShape, cx: number, cy: number, w: number, h: number): string {
  const [l, r, t, b] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2].map(fmt);
  switch (shape) {
    case 'ellipse': {
      const rx = fmt(w / 2);
      const ry = fmt(h / 2);
      return `M${l} ${fmt(cy)} A${rx} ${ry} 0 1 0 ${r} ${fmt(cy)} A${rx} ${ry} 0 1 0 ${l} ${fmt(cy)} Z`;
    }
    case 'round-diamond':
      return `M${fmt(cx)} ${t} L${r} ${fmt(cy)} L${fmt(cx)} ${b} L${l} ${fmt(cy)} Z`;
    case 'round-hexagon': {
      const q = fmt(cx - w / 4);
      const q3 = fmt(cx + w / 4);
      return `M${q} ${t} L${q3} ${t} L${r} ${fmt(cy)} L${q3} ${b} L${q} ${b} L${l} ${fmt(cy)} Z`;
    }
    case 'round-rectangle': {
      const k = 3;
      const [x1, x2, y1, y2] = [cx - w / 2 + k, cx + w / 2 - k, cy - h / 2 + k, cy + h / 2 - k].map(
        fmt,
      );
      return `M${x1} ${t} L${x2} ${t} Q${r} ${t} ${r} ${y1} L${r} ${y2} Q${r} ${b} ${x2} ${b} L${x1} ${b} Q${l} ${b} ${l} ${y2} L${l} ${y1} Q${l} ${t} ${x1} ${t} Z`;
    }
  }
}

/** A coordinate with at most two decimals. */
export function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
