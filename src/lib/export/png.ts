/**
 * The exported PNG: the graph's bitmap with the caption band drawn beneath it, at the same
 * scale (2× by default). Needs a browser canvas; the layout comes from `caption.ts`.
 */
import { CAPTION_FONT, layoutCaption, type CaptionInfo, type CaptionLayout } from './caption';
import { arrowPath, shapePath } from './caption-svg';

/** Draws a caption layout at the context's origin, in caption (CSS pixel) units. */
export function drawCaption(ctx: CanvasRenderingContext2D, layout: CaptionLayout): void {
  const { colors } = layout;
  ctx.save();
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.strokeStyle = colors.rule;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(0, 0.5);
  ctx.lineTo(layout.width, 0.5);
  ctx.stroke();
  for (const { item, x, y, width, height } of layout.samples) {
    ctx.save();
    ctx.globalAlpha = item.opacity;
    ctx.setLineDash(item.dash);
    if (item.kind === 'edge') {
      const mid = y + height / 2;
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.width;
      ctx.beginPath();
      ctx.moveTo(x, mid);
      ctx.lineTo(item.arrow ? x + width - 8 : x + width, mid);
      ctx.stroke();
      if (item.arrow) {
        ctx.fillStyle = item.color;
        ctx.fill(new Path2D(arrowPath(x + width, mid)));
      }
    } else {
      const path = new Path2D(
        shapePath(item.shape, x + width / 2, y + height / 2, width - 2, height - 2),
      );
      ctx.fillStyle = item.fill;
      ctx.fill(path);
      ctx.strokeStyle = item.stroke;
      ctx.lineWidth = 1.5;
      ctx.stroke(path);
    }
    ctx.restore();
  }
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) {
    ctx.font = `${t.weight} ${t.size}px ${CAPTION_FONT}`;
    ctx.fillStyle = t.color;
    ctx.fillText(t.text, t.x, t.y);
  }
  ctx.restore();
}

/**
 * The graph's PNG (drawn at `scale`) with `margin` CSS pixels around it and the caption
 * beneath, as one PNG blob; the caption is drawn at the same scale.
 */
export async function composePng(input: {
  graph: Blob;
  caption: CaptionInfo;
  scale: number;
  margin: number;
  background: string;
}): Promise<Blob> {
  const { scale, background } = input;
  const bitmap = await createImageBitmap(input.graph);
  const margin = Math.round(input.margin * scale);
  const graphWidth = bitmap.width + 2 * margin;
  const graphHeight = bitmap.height + 2 * margin;
  const layout = layoutCaption(input.caption, graphWidth / scale);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(graphWidth, Math.ceil(layout.width * scale));
  canvas.height = graphHeight + Math.ceil(layout.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(bitmap, margin, margin);
  bitmap.close();
  ctx.translate(0, graphHeight);
  ctx.scale(scale, scale);
  drawCaption(ctx, layout);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
      'image/png',
    ),
  );
}
