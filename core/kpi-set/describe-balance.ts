import { StandardCategory } from "./constants";
import { KpiSetBalance } from "./kpi-set-balance";

/**
 * What a set without each category cannot show, in the guide's words where it has them (the
 * Local Government Act 1999 duty it quotes: services "fair and accessible to all who need them";
 * the citizen's "experience of the service").
 */
const WHAT_IT_SHOWS: Readonly<Record<StandardCategory, string>> = {
  Economy: "what the council pays for what it buys",
  Efficiency: "how much service the money buys",
  Effectiveness: "whether services achieve what they are for",
  Equity: "whether services are fair and reach all who need them",
  "Citizen experience": "how residents experience the services",
};

/**
 * The balance of the KPI set in plain English, for the report's section on the set as a whole:
 * one to three short sentences a councillor can read without the table.
 *
 * @param balance the result of `kpiSetBalance`
 * @example
 * describeBalance(kpiSetBalance(["Economy", "Efficiency", "Efficiency", "Effectiveness"]));
 * // => "No KPI measures Equity or Citizen experience, so the set cannot show whether services are fair and reach all who need them, or how residents experience the services. Economy and efficiency make up 3 of the 4 KPIs (75%): what is quick and cheap to count may be crowding out the rest."
 */
export function describeBalance(balance: KpiSetBalance): string {
  const sentences: string[] = [];
  const standard = balance.rows.filter((row) => row.standard);
  const missing = standard.filter((row) => row.count === 0).map((row) => row.category as StandardCategory);
  const easy = standard.filter((row) => row.category === "Economy" || row.category === "Efficiency").reduce((sum, row) => sum + row.count, 0);
  const easyShare = `${easy} of the ${balance.categorised} KPIs (${Math.round((100 * easy) / balance.categorised)}%)`;
  const dominated = balance.findings.some((finding) => finding.startsWith("Dominated"));
  if (missing.length === 0) {
    sentences.push(`The ${balance.categorised} KPIs cover all five categories of a balanced set of measures.`);
  } else {
    sentences.push(`No KPI measures ${orList(missing)}, so the set cannot show ${orList(missing.map((category) => WHAT_IT_SHOWS[category]), ", or ")}.`);
  }
  if (dominated) {
    sentences.push(`Economy and efficiency make up ${easyShare}: what is quick and cheap to count may be crowding out the rest.`);
  } else if (missing.length === 0) {
    sentences.push(`Economy and efficiency make up ${easyShare}.`);
  }
  if (balance.uncategorised > 0) {
    sentences.push(`${balance.uncategorised} ${balance.uncategorised === 1 ? "KPI has" : "KPIs have"} no category and ${balance.uncategorised === 1 ? "is" : "are"} not counted.`);
  }
  return sentences.join(" ");
}

/** "A", "A or B", "A, B or C" (`last` joins the last two). */
function orList(items: string[], last = " or "): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")}${last}${items[items.length - 1]}`;
}
