/**
 * What the committee pack is made from: plain data, no DOM and no host.
 */
import type { ChartPicture } from "../../../shared/chart-picture";
import type { KpiView } from "../../../shared/kpi-view";
import type { ReadingKey } from "../../../shared/marks/reading-key";
import type { ReportSummary } from "../summary/summary";

export type { ChartPicture };

/** One KPI of the pack. */
export interface PackKpi {
  view: KpiView;
  /** The officer's commentary, written by the service; printed as given. */
  commentary?: string;
  chart?: ChartPicture;
}

/**
 * The title of the pack: "Performance report: Trafford, 2022/23", leaving out an empty council
 * or period.
 *
 * @example
 * packTitle({ council: "", period: "2022/23" }); // => "Performance report: 2022/23"
 */
export function packTitle(pack: Pick<CommitteePack, "title" | "council" | "period">): string {
  const about = [pack.council.trim(), pack.period.trim()].filter(Boolean).join(", ");
  const title = pack.title ?? "Performance report";
  return about === "" ? title : `${title}: ${about}`;
}

/** Everything the pack is made from. */
export interface CommitteePack {
  council: string;
  /** The period the paper reports ("2022/23", "Quarter 2 2024/25"). */
  period: string;
  /** Where the figures come from, one line each. */
  sources: string[];
  kpis: PackKpi[];
  summary: ReportSummary;
  key: ReadingKey;
  /** The title's first words (default "Performance report"). */
  title?: string;
  /** A date or other line under the title ("Prepared 3 March 2025"), as given. */
  prepared?: string;
}
