/**
 * The SPC chart on a card, drawn by uPlot (a small, well-kept charting library): the values, the
 * mean, the process limits, the target, and each point coloured by its kind as Making Data Count
 * colours it (panel/shared/marks/point-colours.ts: common cause grey, improvement blue, concern orange,
 * neutral purple), special-cause points larger and each kind in a shape of its own. The chart also
 * carries a text summary (role="img" with a label) and the card lists the special-cause points in
 * words, so nothing is told by colour alone.
 */
// The language guard runs before uPlot, which builds a number formatter from the browser's language as it loads.
import "../../../shared/locale-guard";
import uPlot from "uplot";
import { formatValue } from "../../../../core/values/units";
import { FigureStyle, showValue } from "../../../shared/figures";
import { ChartView, eventWords } from "../../../shared/kpi-view";
import { PlacedEvent } from "../../../shared/pane-inputs";
import { POINT_KINDS, POINT_OUTLINE, POINT_STYLES, PointShape, pointKindsOf } from "../../../shared/marks/point-colours";

/** Line colours with at least 3:1 contrast on white. */
const COLOURS = { value: "#7f7f7f", mean: "#333333", limit: "#6b6b6b", target: "#b35900", event: "#4a4a4a" };

/** A target line that steps at the period a new target starts (uPlot's stepped path, step after each point). */
const STEPS = uPlot.paths.stepped?.({ align: 1 });

/** Chart height in pixels. */
const HEIGHT = 170;

/** uPlot draws 10 px ticks and leaves a 5 px gap before the labels, inside the axis size. */
const AXIS_TICKS_AND_GAP = 15;

/** Width of the value axis: room for its longest label (uPlot calls this with the labels drawn). */
function axisWidth(values: string[] | null): number {
  const longest = (values ?? []).reduce((width, label) => Math.max(width, label.length), 3);
  return Math.min(100, AXIS_TICKS_AND_GAP + 8 + longest * 7);
}

/** Where the target in force changes along the chart: the new target and the period it starts. */
export function targetSteps(chart: ChartView): { period: string; target: number }[] {
  const steps: { period: string; target: number }[] = [];
  chart.targets.forEach((target, i) => {
    const before = i === 0 ? null : chart.targets[i - 1];
    if (target !== null && before !== null && before !== undefined && target !== before) steps.push({ period: chart.periods[i], target });
  });
  return steps;
}

/** The sentence a screen reader hears for a chart. */
export function chartSummary(name: string, chart: ChartView, figures: FigureStyle): string {
  const present = chart.values.filter((value, i) => value !== null && !chart.excluded[i]).length;
  const parts = [`SPC chart of ${name}: ${present} points from ${chart.periods[0] ?? ""} to ${chart.periods[chart.periods.length - 1] ?? ""}`];
  const last = chart.periods.length - 1;
  const mean = chart.mean[last];
  // A mean or a limit is shown to one place more than the KPI's figures.
  if (mean !== null && mean !== undefined) parts.push(`mean ${showValue(mean, figures, 1)}`);
  const lower = chart.lower[last];
  const upper = chart.upper[last];
  if (lower !== null && upper !== null && lower !== undefined && upper !== undefined) {
    parts.push(`process limits ${showValue(lower, figures, 1)} to ${showValue(upper, figures, 1)}`);
  }
  if (chart.target !== null) parts.push(`target ${showValue(chart.target, figures)}`);
  const steps = targetSteps(chart).map((step) => `${showValue(step.target, figures)} from ${step.period}`);
  if (steps.length > 0) parts.push(`target changed to ${steps.join(", ")}`);
  const special = chart.periods.filter((_, i) => chart.specialCause[i] !== null);
  parts.push(special.length === 0 ? "no special-cause points" : `special cause at ${special.join(", ")}`);
  if (chart.events.length > 0) parts.push(`events: ${chart.events.map(eventWords).join("; ")}`);
  return `${parts.join("; ")}.`;
}

/** The corners of a diamond or triangle of diameter `size` (canvas pixels) centred on (x, y). */
function corners(shape: PointShape, x: number, y: number, size: number): [number, number][] {
  const r = size / 2;
  if (shape === "diamond") return [[x, y - r], [x + r, y], [x, y + r], [x - r, y]];
  if (shape === "triangle-up") return [[x, y - r], [x + r, y + r * 0.8], [x - r, y + r * 0.8]];
  return [[x, y + r], [x + r, y - r * 0.8], [x - r, y - r * 0.8]];
}

/** uPlot's point path for a shape other than its own circle: filled and outlined. */
function shapedPoints(shape: PointShape, size: number): uPlot.Series.Points.PathBuilder | undefined {
  if (shape === "circle") return undefined;
  return (plot, seriesIdx, idx0, idx1) => {
    const path = new Path2D();
    const xs = plot.data[0];
    const ys = plot.data[seriesIdx];
    for (let i = idx0; i <= idx1; i++) {
      const value = ys[i];
      if (value === null || value === undefined) continue;
      const [first, ...rest] = corners(shape, plot.valToPos(xs[i], "x", true), plot.valToPos(value, "y", true), size * uPlot.pxRatio);
      path.moveTo(first[0], first[1]);
      for (const [px, py] of rest) path.lineTo(px, py);
      path.closePath();
    }
    return { fill: path, stroke: path, flags: 0 };
  };
}

/** One points-only series per kind of point, in the kinds' colour, shape and size. */
function kindSeries(): uPlot.Series[] {
  return POINT_KINDS.map((kind) => {
    const style = POINT_STYLES[kind];
    const points: uPlot.Series.Points = { show: true, size: style.size, width: 1, fill: style.colour, stroke: POINT_OUTLINE };
    // uPlot copies every key over its defaults: a circle keeps uPlot's own point path.
    const shaped = shapedPoints(style.shape, style.size);
    if (shaped !== undefined) points.paths = shaped;
    return { label: style.words, stroke: POINT_OUTLINE, width: 0, paths: () => null, points };
  });
}

/**
 * The events as vertical lines across the plot, numbered as the caption lists them: solid where a
 * new process starts, dotted for a note.
 */
function drawEvents(plot: uPlot, events: readonly PlacedEvent[]): void {
  const context = plot.ctx;
  const { top, height } = plot.bbox;
  const scale = window.devicePixelRatio || 1;
  context.save();
  context.strokeStyle = COLOURS.event;
  context.fillStyle = COLOURS.event;
  context.lineWidth = scale;
  context.font = `${Math.round(10 * scale)}px Arial, sans-serif`;
  events.forEach((event, i) => {
    const x = Math.round(plot.valToPos(event.position, "x", true));
    context.setLineDash(event.rebase ? [] : [2 * scale, 3 * scale]);
    context.beginPath();
    context.moveTo(x, top);
    context.lineTo(x, top + height);
    context.stroke();
    context.fillText(String(i + 1), x + 2 * scale, top + 10 * scale);
  });
  context.restore();
}

/**
 * Draws the chart into `container` at its width (or at `size`, for a picture); returns the plot
 * (to resize or destroy). uPlot draws a moment later, in a microtask; `drawn` hears when it has.
 */
export function drawSpcChart(container: HTMLElement, chart: ChartView, figures: FigureStyle, size?: { width: number; height: number }, drawn?: () => void): uPlot {
  const x = chart.periods.map((_, i) => i);
  const shown = chart.values.map((value, i) => (chart.excluded[i] ? null : value));
  const excluded = chart.values.map((value, i) => (chart.excluded[i] ? value : null));
  const kinds = pointKindsOf(chart);
  const byKind = POINT_KINDS.map((kind) => chart.values.map((value, i) => (kinds[i] === kind ? value : null)));
  // The target in force at each point, drawn as steps: a new target holds from its period on.
  const target = chart.targets;
  const width = size?.width ?? Math.max(240, container.clientWidth || 280);
  const labelOf = (index: number) => chart.periods[Math.round(index)] ?? "";
  // The value axis keeps a percentage's % (and its scale, for one kept as fractions); other units are named on the card.
  const axisUnit = figures.unit.kind === "percent" ? figures.unit : { kind: "count" as const, suffix: "", scale: 1 };
  const options: uPlot.Options = {
    width,
    height: size?.height ?? HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false } },
    axes: [
      {
        values: (_plot, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? labelOf(tick) : "")),
        stroke: "#333333",
        size: 30,
        font: "11px Arial, sans-serif",
      },
      { stroke: "#333333", size: (_plot, values) => axisWidth(values), font: "11px Arial, sans-serif", values: (_plot, ticks) => ticks.map((tick) => formatValue(tick, axisUnit)) },
    ],
    series: [
      {},
      { label: "Value", stroke: COLOURS.value, width: 2, points: { show: false }, spanGaps: false },
      { label: "Mean", stroke: COLOURS.mean, width: 1, points: { show: false } },
      { label: "Lower limit", stroke: COLOURS.limit, width: 1, dash: [4, 3], points: { show: false } },
      { label: "Upper limit", stroke: COLOURS.limit, width: 1, dash: [4, 3], points: { show: false } },
      { label: "Target", stroke: COLOURS.target, width: 1.5, dash: [8, 4], points: { show: false }, paths: STEPS },
      ...kindSeries(),
      { label: "Left out", stroke: COLOURS.limit, width: 0, paths: () => null, points: { show: true, size: 7, fill: "#ffffff", stroke: COLOURS.limit } },
    ],
    hooks: { draw: [(plot) => drawEvents(plot, chart.events), ...(drawn === undefined ? [] : [() => drawn()])] },
  };
  // Where a new process starts the mean and limits jump: steps, not a slope joining two processes.
  if (chart.events.some((event) => event.rebase)) for (const series of options.series.slice(2, 5)) series.paths = STEPS;
  const data: uPlot.AlignedData = [x, shown, chart.mean, chart.lower, chart.upper, target, ...byKind, excluded];
  return new uPlot(options, data, container);
}
