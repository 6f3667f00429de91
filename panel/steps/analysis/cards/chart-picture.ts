/**
 * A KPI's SPC chart as a picture for the Word pack: drawn by the card's own chart code (the same
 * points, colours and shapes) off screen, copied onto a white background and read back as PNG
 * bytes with the canvas's toBlob, with a sentence of what it shows for readers who cannot see it.
 */
import type { ChartPicture } from "../../../shared/chart-picture";
import type { KpiView } from "../../../shared/kpi-view";
import { chartSummary, drawSpcChart } from "./spc-chart";

/** The picture's size in CSS pixels (96 to the inch): about 19 cm by 9 cm on the page. */
export const PICTURE_SIZE = { width: 720, height: 340 };

/** The PNG bytes of a canvas. */
function pngOf(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob === null) {
        reject(new Error("The chart could not be turned into a picture."));
        return;
      }
      blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
    }, "image/png");
  });
}

/**
 * The chart of a KPI as a PNG, or undefined for a KPI without a chart.
 *
 * @example
 * const picture = await chartPicture(view); // { png: Uint8Array [137, 80, 78, 71, ...], width: 720, height: 340, altText: "SPC chart of ..." }
 */
export async function chartPicture(view: KpiView, page: Document = document): Promise<ChartPicture | undefined> {
  if (view.chart === null) return undefined;
  const holder = page.createElement("div");
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  holder.style.top = "0";
  holder.style.width = `${PICTURE_SIZE.width}px`;
  page.body.append(holder);
  let plot: ReturnType<typeof drawSpcChart> | undefined;
  await new Promise<void>((resolve) => {
    plot = drawSpcChart(holder, view.chart!, view.figures, PICTURE_SIZE, resolve);
  });
  if (plot === undefined) return undefined;
  try {
    const drawn = plot.ctx.canvas;
    const picture = page.createElement("canvas");
    picture.width = drawn.width;
    picture.height = drawn.height;
    const context = picture.getContext("2d");
    if (context === null) return undefined;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, picture.width, picture.height);
    context.drawImage(drawn, 0, 0);
    return { png: await pngOf(picture), width: PICTURE_SIZE.width, height: PICTURE_SIZE.height, altText: chartSummary(view.name, view.chart, view.figures) };
  } finally {
    plot.destroy();
    holder.remove();
  }
}
