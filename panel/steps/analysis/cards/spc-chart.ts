/**
 * The SPC chart on a card, drawn by uPlot (a small, well-kept charting library): the values, the
 * mean, the process limits, the target, and the special-cause points marked with a larger point
 * of their own series. The chart also carries a text summary (role="img" with a label) and the
 * card lists the special-cause points in words, so nothing is told by colour alone.
 */
// The language guard runs before uPlot, which builds a number formatter from the browser's language as it loads.
import "../../../shared/locale-guard";
import uPlot from "uplot";
import { formatValue } from "../../../../core/values/units";
import { FigureStyle, showValue } from "../../../shared/figures";
import { ChartView, eventWords } from "../../../shared/kpi-view";
import { PlacedEvent } from "../../../shared/pane-inputs";

/** Colours with at least 3:1 contrast on white for lines and points. */
const COLOURS = { value: "#1d4f91", mean: "#333333", limit: "#6b6b6b", target: "#b35900", special: "#b00020", improving: "#005a9c", event: "#4a4a4a" };

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

/** Draws the chart into `container` at its width; returns the plot (to resize or destroy). */
export function drawSpcChart(container: HTMLElement, chart: ChartView, figures: FigureStyle): uPlot {
  const x = chart.periods.map((_, i) => i);
  const shown = chart.values.map((value, i) => (chart.excluded[i] ? null : value));
  const excluded = chart.values.map((value, i) => (chart.excluded[i] ? value : null));
  const special = chart.values.map((value, i) => (chart.specialCause[i] !== null && !chart.excluded[i] ? value : null));
  // The target in force at each point, drawn as steps: a new target holds from its period on.
  const target = chart.targets;
  const width = Math.max(240, container.clientWidth || 280);
  const labelOf = (index: number) => chart.periods[Math.round(index)] ?? "";
  // The value axis keeps a percentage's % (and its scale, for one kept as fractions); other units are named on the card.
  const axisUnit = figures.unit.kind === "percent" ? figures.unit : { kind: "count" as const, suffix: "", scale: 1 };
  const options: uPlot.Options = {
    width,
    height: HEIGHT,
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
      { label: "Value", stroke: COLOURS.value, width: 2, points: { show: true, size: 5 }, spanGaps: false },
      { label: "Mean", stroke: COLOURS.mean, width: 1, points: { show: false } },
      { label: "Lower limit", stroke: COLOURS.limit, width: 1, dash: [4, 3], points: { show: false } },
      { label: "Upper limit", stroke: COLOURS.limit, width: 1, dash: [4, 3], points: { show: false } },
      { label: "Target", stroke: COLOURS.target, width: 1.5, dash: [8, 4], points: { show: false }, paths: STEPS },
      { label: "Special cause", stroke: COLOURS.special, width: 0, paths: () => null, points: { show: true, size: 10, fill: COLOURS.special, stroke: COLOURS.special } },
      { label: "Left out", stroke: COLOURS.limit, width: 0, paths: () => null, points: { show: true, size: 7, fill: "#ffffff", stroke: COLOURS.limit } },
    ],
    hooks: { draw: [(plot) => drawEvents(plot, chart.events)] },
  };
  // Where a new process starts the mean and limits jump: steps, not a slope joining two processes.
  if (chart.events.some((event) => event.rebase)) for (const series of options.series.slice(2, 5)) series.paths = STEPS;
  const data: uPlot.AlignedData = [x, shown, chart.mean, chart.lower, chart.upper, target, special, excluded];
  return new uPlot(options, data, container);
}
