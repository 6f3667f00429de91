/**
 * A KPI's counts, costs, comparator and published figures read into numbers with core's cell
 * conventions (docs/DESIGN.md, "Counts, costs and comparators"), and the part of core's input
 * (KpiInput) they give for the latest period. A cell that is not a number names itself: its kind,
 * the council and the period. No statistics here.
 */
import type { KpiInput } from "../../../core/analysis/types";
import { parseNumberCell } from "../../../core/values";
import { Cell } from "../../host";
import { figureOf, isPercentKpi } from "../../shared/kpi-cells";
import { KpiSeriesRole, ParsedKpi, PeerChoice, PeerExtraField, PeerExtras, councilCells, councilExtras, peerRows } from "../../shared/pane-inputs";

/** Numbers of one kind for each period (`null` where missing). */
type Numbers = (number | null)[];

/** What the peer table published for our council for one period. */
export type PublishedFigures = NonNullable<KpiInput["published"]>;

/** A KPI's counts and costs, the peers' and the comparator's, period by period. */
export interface ParsedCounts {
  /** Our own, from the KPI table, else from our council's row of the peer table. */
  numerators?: Numbers;
  denominators?: Numbers;
  costs?: Numbers;
  deflators?: Numbers;
  /** Per period, the peers' counts and costs, in the order of ParsedKpi.peerValues for that period. */
  peers: { numerators: Numbers; denominators: Numbers; costs: Numbers }[];
  /** The comparator's name and its value for each period (`null` where it has none). */
  comparator?: { name: string; values: Numbers };
  /** Per period, what the peer table published for our council. */
  published: PublishedFigures[];
}

/** How a cell of each kind is named in a message. */
const KIND_WORDS: Readonly<Record<KpiSeriesRole | PeerExtraField, string>> = {
  numerator: "numerator (count)",
  denominator: "denominator (population)",
  cost: "cost",
  deflator: "deflator",
  lower95: "lower 95% limit",
  upper95: "upper 95% limit",
  lower998: "lower 99.8% limit",
  upper998: "upper 99.8% limit",
  comparedTo: "comparison",
};

/** A cell as a number, or a KpiError naming it: `numerator (count) for Bury in 2022/23 ("tbc") is not a number`. */
function numberOf(cell: Cell | undefined, kind: KpiSeriesRole | PeerExtraField, where: string): number | null {
  return parseNumberCell(cell ?? null, KIND_WORDS[kind], `${KIND_WORDS[kind]} for ${where}`);
}

/** The published limits and label of our council for one period. */
function publishedOf(extras: PeerExtras, where: string, comparedWith: string | undefined): PublishedFigures {
  const figures: PublishedFigures = {};
  for (const field of ["lower95", "upper95", "lower998", "upper998"] as const) {
    const value = numberOf(extras[field], field, where);
    if (value !== null) figures[field] = value;
  }
  const label = extras.comparedTo;
  if (label !== undefined && label !== null && String(label).trim() !== "") {
    figures.comparison = String(label).trim();
    figures.comparedWith = comparedWith ?? "England";
  }
  return figures;
}

/**
 * Reads one KPI's counts, costs and deflators (from its table, else from our council's row of the
 * peer table), the peers' for every period (aligned with `inputs.peerValues`), the comparator's
 * values and what the peer table published for our council.
 *
 * @throws {KpiError} for a cell that is not a number, naming its kind, council and period
 */
export function readCountInputs(inputs: ParsedKpi, peers?: PeerChoice): ParsedCounts {
  const { record } = inputs;
  const periods = record.periods;
  const ours = peers && peers.ourCouncil ? councilExtras(peers.table, record.name, peers.ourCouncil, periods, peers.tableKpi) : undefined;
  const counts: ParsedCounts = { peers: [], published: [] };
  for (const role of ["numerator", "denominator", "cost", "deflator"] as const) {
    const cells: (Cell | undefined)[] | undefined = record.series?.[role] ?? (role === "deflator" || ours?.every((extras) => extras[role] === undefined) ? undefined : ours?.map((extras) => extras[role]));
    if (cells === undefined) continue;
    const numbers = periods.map((period, i) => numberOf(cells[i], role, period));
    if (role === "numerator") counts.numerators = numbers;
    else if (role === "denominator") counts.denominators = numbers;
    else if (role === "cost") counts.costs = numbers;
    else counts.deflators = numbers;
  }
  const comparator = peers?.comparator;
  const leaveOut = comparator?.kind === "row" ? [comparator.name] : [];
  periods.forEach((period) => {
    const rows = peers === undefined ? [] : peerRows(peers.table, record.name, period, peers.tableKpi, leaveOut);
    const entry: ParsedCounts["peers"][number] = { numerators: [], denominators: [], costs: [] };
    for (const row of rows) {
      const where = `${row.council} in ${period}`;
      // Aligned with ParsedKpi.peerValues, which keeps only the peers with a figure (pane-inputs.ts).
      if (typeof figureOf(row.cell, false) !== "number") continue;
      entry.numerators.push(numberOf(row.extras.numerator, "numerator", where));
      entry.denominators.push(numberOf(row.extras.denominator, "denominator", where));
      entry.costs.push(numberOf(row.extras.cost, "cost", where));
    }
    counts.peers.push(entry);
  });
  if (comparator?.kind === "value") counts.comparator = { name: comparator.name, values: periods.map(() => comparator.value) };
  if (comparator?.kind === "row" && peers !== undefined) {
    const cells = councilCells(peers.table, record.name, comparator.name, periods, peers.tableKpi) ?? periods.map(() => null);
    // Read as the KPI's own cells are: "85%" is 85 in a percentage KPI.
    const percent = isPercentKpi(record.name, record.unit, record.values);
    counts.comparator = {
      name: comparator.name,
      values: cells.map((cell, i) => figureOf(cell, percent) ?? parseNumberCell(cell, "comparator", `${comparator.name}'s value for ${periods[i]}`)),
    };
  }
  counts.published = periods.map((period, i) => (ours === undefined ? {} : publishedOf(ours[i], `${peers!.ourCouncil} in ${period}`, peers!.table.comparedWith)));
  return counts;
}

/** Only the numbers: `undefined` for a list with none. */
function someNumbers(list: Numbers | undefined): Numbers | undefined {
  return list !== undefined && list.some((value) => value !== null) ? list : undefined;
}

/**
 * What the counts give core's analysis for the latest period `latest` (the position of the latest
 * value, whose peers are the analysis's peers).
 *
 * @example
 * countsForAnalysis({ numerators: [950, 999], denominators: [3370, 3456], peers: [], published: [{}, {}] }, 1);
 * // => { numerators: [950, 999], denominators: [3370, 3456] }
 */
export function countsForAnalysis(counts: ParsedCounts, latest: number): Partial<KpiInput> {
  const part: Partial<KpiInput> = {};
  if (counts.numerators) part.numerators = counts.numerators;
  if (counts.denominators) part.denominators = counts.denominators;
  if (counts.costs) part.costs = counts.costs;
  if (counts.deflators) part.deflators = counts.deflators;
  if (latest < 0) return part;
  const peer = counts.peers[latest];
  if (peer !== undefined && peer.denominators.length > 0) {
    const peerCounts: NonNullable<KpiInput["peerCounts"]> = {};
    const numerators = someNumbers(peer.numerators);
    const denominators = someNumbers(peer.denominators);
    const costs = someNumbers(peer.costs);
    if (numerators) peerCounts.numerators = numerators;
    if (denominators) peerCounts.denominators = denominators;
    if (costs) peerCounts.costs = costs;
    if (numerators || denominators || costs) part.peerCounts = peerCounts;
  }
  const value = counts.comparator?.values[latest];
  if (counts.comparator !== undefined && value !== null && value !== undefined) part.comparator = { name: counts.comparator.name, value };
  const published = counts.published[latest];
  if (published !== undefined && Object.keys(published).length > 0) part.published = published;
  return part;
}
