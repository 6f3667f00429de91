import { KpiError } from "../errors";
import { BALANCE_LABELS } from "../labels";
import { ECONOMY_EFFICIENCY_DOMINANCE_SHARE, STANDARD_CATEGORIES } from "./constants";
import { mentionsEquity } from "./mentions-equity";
import { CategoryReading, recogniseCategory } from "./recognise-category";

/** One category of the KPI set with its count. */
export interface BalanceRow {
  /** The standard name (`Citizen experience`), or the council's own category as first typed. */
  category: string;
  /** Number of KPIs in the category. */
  count: number;
  /** Share of the categorised KPIs (0 to 1). */
  share: number;
  /** True for the five standard categories. */
  standard: boolean;
}

/** The balance of a KPI set. Plain values, safe to send to a host. */
export interface KpiSetBalance {
  /** The five standard categories in their usual order (even when empty), then the council's own in order of first use. */
  rows: BalanceRow[];
  /** Sentences that start with their name (`Missing category: ...`), or the single `Balanced`. */
  findings: string[];
  /** Number of KPIs with a category. */
  categorised: number;
  /** Number of KPIs whose category cell is blank. */
  uncategorised: number;
}

/**
 * The balance of the KPI set across the categories of a balanced set of measures (docs/FORMULAS.md,
 * KPI.BALANCE; the LGA guide's FABRIC "balanced" goals): Economy, Efficiency, Effectiveness,
 * Equity and Citizen experience, plus any category of the council's own, each with its count and
 * share, then the findings:
 * - **Missing category**: a standard category no KPI measures;
 * - **Dominated by economy and efficiency**: those two hold more than half of the categorised
 *   KPIs, the guide's warning that what is quick and cheap to count crowds out equity and the
 *   citizen's view (threshold {@link ECONOMY_EFFICIENCY_DOMINANCE_SHARE});
 * - **Uncategorised**: KPIs with a blank category;
 * or `Balanced` when there is none of these. One category per KPI; a blank cell is an
 * uncategorised KPI, except blanks after the last category (a range chosen longer than the table).
 * A KPI whose category is blank or the council's own but whose name marks it as an equity
 * measure ({@link mentionsEquity}: deprivation, inequality, equity, equality, a gap between
 * groups) counts as Equity; a standard category as written is kept.
 *
 * @param categories one cell per KPI (`null` or empty text for none)
 * @param nameOf how a cell is named in a message (default `category 3`)
 * @param kpiNames optional: the KPIs' names, lined up with `categories`
 * @returns the rows and the findings
 * @throws {KpiError} `unknown_option` with a suggestion for a probable typo of a standard
 * category; `missing_argument` when no KPI has a category
 * @example
 * kpiSetBalance(["Economy", "Efficiency", "Efficiency", "Effectiveness", "Equity", "Customer experience"]).findings;
 * // => ["Balanced"]
 * kpiSetBalance(["Economy", "Efficiency", "Efficiency", "Effectiveness"]).findings;
 * // => ["Missing category: no KPI measures Equity or Citizen experience", "Dominated by economy and efficiency: 3 of 4 KPIs (75%)"]
 * kpiSetBalance(["Economy", "Public health"], undefined, ["Cost per visit", "Slope index of inequality in life expectancy"]).rows[3];
 * // => { category: "Equity", count: 1, share: 0.5, standard: true }
 */
export function kpiSetBalance(
  categories: readonly (string | null)[],
  nameOf: (index: number) => string = (index) => `category ${index + 1}`,
  kpiNames?: readonly (string | null)[],
): KpiSetBalance {
  const counts = new Map<string, { category: string; count: number; standard: boolean }>();
  for (const category of STANDARD_CATEGORIES) counts.set(`standard:${category}`, { category, count: 0, standard: true });
  let uncategorised = 0;
  // A KPI table repeats its categories: read each distinct text once.
  const readings = new Map<string, CategoryReading>();
  const equityByName = (index: number) => {
    const name = kpiNames?.[index];
    return name !== null && name !== undefined && mentionsEquity(name);
  };
  const used = withoutTrailingBlanks(categories, kpiNames);
  used.forEach((cell, index) => {
    if ((cell === null || cell.trim() === "") && !equityByName(index)) {
      uncategorised += 1;
      return;
    }
    const written = cell === null || cell.trim() === "" ? undefined : (readings.get(cell) ?? recogniseCategory(cell));
    if (cell !== null && written !== undefined) readings.set(cell, written);
    const reading: CategoryReading =
      written === undefined || (written.kind === "other" && equityByName(index)) ? { kind: "standard", category: "Equity" } : written;
    if (reading.kind === "typo") {
      throw new KpiError({
        code: "unknown_option",
        argument: nameOf(index),
        text: `"${reading.text}"`,
        allowed: STANDARD_CATEGORIES,
        suggestion: reading.suggestion,
      });
    }
    const key = reading.kind === "standard" ? `standard:${reading.category}` : `other:${reading.key}`;
    const entry = counts.get(key) ?? { category: reading.kind === "standard" ? reading.category : reading.name, count: 0, standard: false };
    entry.count += 1;
    counts.set(key, entry);
  });
  const categorised = used.length - uncategorised;
  if (categorised === 0) {
    throw new KpiError({
      code: "missing_argument",
      argument: "categories",
      hint: "give the Category column of the KPI table, one category per KPI (Economy, Efficiency, Effectiveness, Equity, Citizen experience or your own)",
    });
  }
  const rows = [...counts.values()].map((entry) => ({ ...entry, share: entry.count / categorised }));
  return { rows, findings: balanceFindings(rows, categorised, uncategorised), categorised, uncategorised };
}

/** The findings over the rows, in a fixed order, or `Balanced`. */
function balanceFindings(rows: BalanceRow[], categorised: number, uncategorised: number): string[] {
  const findings: string[] = [];
  const missing = rows.filter((row) => row.standard && row.count === 0).map((row) => row.category);
  if (missing.length > 0) findings.push(`${BALANCE_LABELS.missingCategory}: no KPI measures ${listWithOr(missing)}`);
  const easy = rows.filter((row) => row.standard && (row.category === "Economy" || row.category === "Efficiency")).reduce((sum, row) => sum + row.count, 0);
  if (easy / categorised > ECONOMY_EFFICIENCY_DOMINANCE_SHARE) {
    findings.push(`${BALANCE_LABELS.dominated}: ${easy} of ${categorised} KPIs (${Math.round((100 * easy) / categorised)}%)`);
  }
  if (uncategorised > 0) {
    findings.push(`${BALANCE_LABELS.uncategorised}: ${uncategorised} ${uncategorised === 1 ? "KPI has" : "KPIs have"} no category`);
  }
  return findings.length === 0 ? [BALANCE_LABELS.balanced] : findings;
}

/** "A", "A or B", "A, B or C". */
function listWithOr(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** The cells up to the last KPI with a category or a name (a range chosen longer than the table ends there). */
function withoutTrailingBlanks(cells: readonly (string | null)[], names: readonly (string | null)[] = []): (string | null)[] {
  const blank = (text: string | null | undefined) => text === null || text === undefined || text.trim() === "";
  let end = Math.max(cells.length, names.length);
  while (end > 0 && blank(cells[end - 1]) && blank(names[end - 1])) end -= 1;
  return Array.from({ length: end }, (_, i) => cells[i] ?? null);
}
