/**
 * Small multiples as SVG: each year's scene (model/multiples/scene.ts) in a panel of its own,
 * every panel framed alike so that a node sits at the same place in each; the view shows the
 * panels one by one, the export puts them in one grid. Pure string work.
 */
import type { Scene, SceneNode } from '$lib/model/multiples/scene';
import type { Palette } from '$lib/model/view/visual';
import { CAPTION_FONT } from './caption';
import { fmt, shapePath } from './caption-svg';
import { textWidth } from './text-wrap';
import { escapeXml as x } from './xml';

/** The box every panel shows, in layout units: all the nodes of all the panels. */
export interface Frame {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface PanelSize {
  width: number;
  height: number;
}

/** Room above the drawing for the year, and around it. */
const HEAD = 26;
const PAD = 12;

/** The box around every node of every scene (a unit box when there are none). */
export function sceneFrame(scenes: Scene[]): Frame {
  const nodes = scenes.flatMap((s) => s.nodes);
  if (!nodes.length) return { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  return {
    minX: Math.min(...nodes.map((n) => n.x)),
    minY: Math.min(...nodes.map((n) => n.y)),
    maxX: Math.max(...nodes.map((n) => n.x)),
    maxY: Math.max(...nodes.map((n) => n.y)),
  };
}

/** One panel as an SVG group at the origin: its year on top, the scene beneath. */
export function panelGroup(
  scene: Scene,
  frame: Frame,
  size: PanelSize,
  title: string,
  palette: Palette,
): string {
  const p = palette;
  const w = Math.max(1, frame.maxX - frame.minX);
  const h = Math.max(1, frame.maxY - frame.minY);
  // Room for half a node and a label at each side
  const s = Math.min((size.width - 2 * PAD - 40) / w, (size.height - HEAD - PAD - 30) / h);
  const ox = (size.width - w * s) / 2;
  const oy = HEAD + 8 + (size.height - HEAD - PAD - 30 - h * s) / 2;
  const px = (n: { x: number; y: number }) => ({
    x: ox + (n.x - frame.minX) * s,
    y: oy + (n.y - frame.minY) * s,
  });
  // Nodes shrink less than distances, so that they stay visible in a small panel
  const k = Math.min(1, Math.max(0.4, s * 1.4));
  const out = [
    `<rect x="0.5" y="0.5" width="${size.width - 1}" height="${size.height - 1}" rx="6" fill="${x(p.background)}" stroke="${x(p.membership)}" stroke-opacity="0.6"/>`,
    `<text x="${PAD}" y="${HEAD - 6}" font-size="17" font-weight="bold" fill="${x(p.text)}">${x(title)}</text>`,
  ];
  for (const e of scene.edges) {
    const a = px(e.from);
    const b = px(e.to);
    const dash = e.dash.length
      ? ` stroke-dasharray="${e.dash.map((d) => fmt(d * k * 1.5)).join(' ')}"`
      : '';
    let end = b;
    let head = '';
    if (e.arrow) {
      // The arrow's tip at the target's edge
      const r = e.toRadius * k + 1;
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const [ux, uy] = [(b.x - a.x) / len, (b.y - a.y) / len];
      const tip = { x: b.x - ux * r, y: b.y - uy * r };
      const size = 6 * k + 2;
      end = { x: tip.x - ux * size, y: tip.y - uy * size };
      const [nx, ny] = [-uy * size * 0.55, ux * size * 0.55];
      head = `<path d="M${fmt(tip.x)} ${fmt(tip.y)} L${fmt(end.x + nx)} ${fmt(end.y + ny)} L${fmt(end.x - nx)} ${fmt(end.y - ny)} Z" fill="${x(e.color)}"/>`;
    }
    out.push(
      `<g opacity="${e.opacity}"><line x1="${fmt(a.x)}" y1="${fmt(a.y)}" x2="${fmt(end.x)}" y2="${fmt(end.y)}" stroke="${x(e.color)}" stroke-width="${fmt(Math.max(0.8, e.width * k))}"${dash}/>${head}</g>`,
    );
  }
  for (const n of scene.nodes) {
    const c = px(n);
    const d = shapePath(n.shape, c.x, c.y, n.width * k, n.height * k);
    const dash = n.dash.length ? ` stroke-dasharray="${n.dash.join(' ')}"` : '';
    const opacity = n.opacity < 1 ? ` opacity="${n.opacity}"` : '';
    out.push(
      `<path d="${d}" fill="${x(n.fill)}" fill-opacity="${n.fillOpacity}" stroke="${x(n.stroke)}" stroke-width="${fmt(Math.max(0.75, n.strokeWidth * k))}"${dash}${opacity}/>`,
    );
  }
  out.push(...labels(scene.nodes, px, k, size, p));
  return out.join('\n');
}

/**
 * The labels of the important nodes, below each node, largest first; a label that would
 * overlap one already placed (or leave the panel) is left out, so that every label is readable.
 */
function labels(
  nodes: SceneNode[],
  px: (n: { x: number; y: number }) => { x: number; y: number },
  k: number,
  size: PanelSize,
  p: Palette,
): string[] {
  const placed: { l: number; r: number; t: number; b: number }[] = [];
  const out: string[] = [];
  const named = nodes.filter((n) => n.label).sort((a, b) => b.label!.size - a.label!.size);
  for (const n of named) {
    const label = n.label!;
    const font = Math.round((9.5 + (label.size - 10.5) * 0.35) * 10) / 10;
    const fateFont = font - 1.5;
    const c = px(n);
    const top = c.y + (n.height * k) / 2 + 2;
    const weight = label.bold ? 'bold' : 'normal';
    const width = Math.max(
      textWidth(label.text, font, weight),
      label.fate ? textWidth(label.fate, fateFont, 'normal') : 0,
    );
    const box = {
      l: c.x - width / 2,
      r: c.x + width / 2,
      t: top,
      b: top + font + 2 + (label.fate ? fateFont + 1 : 0),
    };
    if (box.l < 2 || box.r > size.width - 2 || box.b > size.height - 2) continue;
    if (placed.some((o) => box.l < o.r && o.l < box.r && box.t < o.b && o.t < box.b)) continue;
    placed.push(box);
    const style = `text-anchor="middle" fill="${x(label.color)}" stroke="${x(p.textBackground)}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"${label.italic ? ' font-style="italic"' : ''}`;
    const bold = label.bold ? ' font-weight="bold"' : '';
    out.push(
      `<text x="${fmt(c.x)}" y="${fmt(top + font)}" font-size="${font}"${bold} ${style}>${x(label.text)}</text>`,
    );
    if (label.fate)
      out.push(
        `<text x="${fmt(c.x)}" y="${fmt(top + font + 1 + fateFont)}" font-size="${fmt(fateFont)}" ${style}>${x(label.fate)}</text>`,
      );
  }
  return out;
}

/** One panel as an SVG document (the view shows each panel as one). */
export function panelSvg(
  scene: Scene,
  frame: Frame,
  size: PanelSize,
  title: string,
  palette: Palette,
  label?: string,
): string {
  const named = label ? ` role="img" aria-label="${x(label)}"` : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${named} width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${x(CAPTION_FONT)}">`,
    panelGroup(scene, frame, size, title, palette),
    '</svg>',
  ].join('\n');
}

/** Every panel in one grid of `columns` columns, as one SVG document: for the handout. */
export function multiplesSvg(
  panels: { title: string; scene: Scene }[],
  palette: Palette,
  options: { columns: number; panel: PanelSize; gap: number },
): string {
  const { columns, panel, gap } = options;
  const frame = sceneFrame(panels.map((p) => p.scene));
  const rows = Math.max(1, Math.ceil(panels.length / columns));
  const width = columns * panel.width + (columns - 1) * gap;
  const height = rows * panel.height + (rows - 1) * gap;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${x(CAPTION_FONT)}">`,
    `<rect width="${width}" height="${height}" fill="${x(palette.background)}"/>`,
  ];
  panels.forEach((p, i) => {
    const tx = (i % columns) * (panel.width + gap);
    const ty = Math.floor(i / columns) * (panel.height + gap);
    out.push(
      `<g class="panel" transform="translate(${tx} ${ty})">`,
      panelGroup(p.scene, frame, panel, p.title, palette),
      '</g>',
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
