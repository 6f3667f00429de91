/**
 * The sample workbook behind "Insert sample data" and the demo: real public council data, so a new
 * user sees the whole flow work before touching their own workbook.
 *
 * Sources (Open Government Licence v3.0):
 * - DEFRA, ENV18 "Local authority collected waste: annual results tables" (household waste sent for
 *   reuse, recycling or composting, NI192, and its tonnage), via Trafford Data Lab's corporate_plan
 *   repository (data/climate/household_waste_recycling.csv);
 * - OHID Fingertips indicator 90323 "Year 6: Prevalence of obesity (including severe obesity)"
 *   (National Child Measurement Programme), via the same repository (data/health/obese_year6.csv).
 * Trafford and its 15 CIPFA nearest neighbours, 2010/11 to 2022/23, values as published (a blank is
 * a period with no published value). Targets, tolerances and the officers' commentary are
 * illustrative, written for this sample: the recycling target steps up over the years (its target
 * row under the KPI), and the red obesity KPI has no commentary, so it shows as an exception without
 * explanation.
 */
import { Cell } from "../../host";

/** The council the sample is about. */
export const SAMPLE_COUNCIL = "Trafford";

/** The periods of the sample, financial (school) years. */
export const SAMPLE_PERIODS: readonly string[] = ["2010/11", "2011/12", "2012/13", "2013/14", "2014/15", "2015/16", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];

/** Header of the KPI table: KPIs down, periods across, with the usual extra columns and the officers' commentary. */
export const SAMPLE_KPI_HEADER: readonly string[] = ["KPI", "Category", "Owner", "Polarity", "Unit", "Target", "Tolerance", ...SAMPLE_PERIODS, "Commentary"];

/** The recycling rate's target in each year (illustrative): it steps up from 45% to 55%. */
const RECYCLING_TARGETS: readonly (number | null)[] = [45, 45, 45, 50, 50, 50, 50, 50, 52, 52, 52, 55, null];

/** Trafford's KPIs, one row each. */
export const SAMPLE_KPI_ROWS: readonly (readonly Cell[])[] = [
  [
    "Household waste sent for reuse, recycling or composting (%)", "Effectiveness", "Waste and recycling", "Higher is better", "%", 55, 2, 40.8, 49.2, 47.9, 57.5, 61.9, 60.4, 61.3, 58.5, 57.3, 56.9, 53.3, 58.8, null,
    "Illustrative: the rate recovered after garden waste collections were paused in 2020/21. The target rises to 55% from 2021/22.\nAction: food waste caddies for flats from spring.",
  ],
  ["Household waste sent for reuse, recycling or composting (%) target", null, null, null, null, null, null, ...RECYCLING_TARGETS, null],
  [
    "Household waste sent for reuse, recycling or composting (tonnes)", "Effectiveness", "Waste and recycling", "Neutral", "tonnes", null, null, null, null, null, null, 50755, 49921, 50939, 45269, 43481, 44685, 46040, 47469, null,
    "Illustrative: tonnage follows the number of households. DEFRA publishes the 2022/23 figures in the spring.",
  ],
  ["Year 6 children with obesity, including severe obesity (%)", "Equity", "Public health", "Lower is better", "%", 17, 1, 16.7, 17, 18.8, 17.2, 15.9, 17, 17.6, 16.5, 17.6, 17.8, null, 17.9, 18.3, null]
];

/** Peer table: one row per KPI and council (Trafford's CIPFA nearest-neighbour group), periods across. */
export const SAMPLE_PEER_HEADER: readonly string[] = ["KPI", "Council", ...SAMPLE_PERIODS];

export const SAMPLE_PEER_ROWS: readonly (readonly Cell[])[] = [
  ["Household waste sent for reuse, recycling or composting (%)", "Bedford", 39.1, 38.2, 39.1, 38.3, 37.9, 37.5, 40.7, 44.5, 42.9, 42.7, 40, 37, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Bury", 24.3, 36.3, 43, 43, 46.6, 49.1, 52.7, 51.7, 52, 51.6, 50.5, 53.8, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Cheshire West and Chester", 48.1, 49.6, 56.1, 57.5, 59.1, 57.7, 58, 58.3, 59, 56.4, 54.5, 57.6, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Derby", 47.5, 46.4, 45.4, 42.7, 32.9, 32.3, 35.3, 36.3, 38.8, 42.1, 36.7, 37.3, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Medway", 36.3, 37.9, 41, 41.2, 46.1, 42.7, 42.8, 42.8, 42.8, 46, 41.8, 40.5, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Milton Keynes", 51.9, 53.8, 53.5, 52.7, 51.8, 49, 50.6, 51.7, 59.1, 56.3, 53.8, 51.9, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Peterborough", 44.5, 45, 48, 50.8, 46.6, 44, 41.9, 43.3, 43.1, 43.3, 40.9, 38.9, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Reading", 34.9, 36.8, 36.1, 34.4, 37, 32.1, 32.1, 30.7, 31.9, 35.3, 36.1, 51.5, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Solihull", 44.4, 46.1, 43.9, 39.5, 39.8, 42.8, 42.4, 40.6, 37.8, 36.7, 37.7, 35.2, null],
  ["Household waste sent for reuse, recycling or composting (%)", "South Gloucestershire", 45.1, 53.1, 51.4, 49, 47.5, 47.7, 49.2, 51.6, 57.8, 59.1, 58.5, 59.9, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Stockport", 49.3, 62.6, 61, 61.1, 60.7, 59.4, 59, 57.5, 58.3, 58.5, 55, 60.3, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Swindon", 50, 48.2, 44.3, 41.8, 35.8, 37.1, 38.4, 39.3, 42.1, 42.8, 39.6, 36.5, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Thurrock", 44.5, 42.4, 43, 40.9, 40.4, 37.9, 37.1, 36, 35, 34.8, 28, 28.7, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Trafford", 40.8, 49.2, 47.9, 57.5, 61.9, 60.4, 61.3, 58.5, 57.3, 56.9, 53.3, 58.8, null],
  ["Household waste sent for reuse, recycling or composting (%)", "Warrington", 43.3, 43.3, 42.9, 49.5, 50.5, 52.7, 54.3, 42.8, 44.2, 47.5, 44.4, 42.1, null],
  ["Household waste sent for reuse, recycling or composting (%)", "York", 45.1, 46.4, 46, 43.6, 42.5, 42.8, 42.5, 44.9, 43.6, 48.4, 44.1, 43.2, null],
  ["Year 6 children with obesity, including severe obesity (%)", "Bedford", 19.1, 18.3, 19.8, 18.3, 18.6, 19.8, 19.9, 20.7, 21.1, 21, null, 24.3, 21.5],
  ["Year 6 children with obesity, including severe obesity (%)", "Bury", 19.9, 18.6, 19.4, 20.5, 17.2, 19.7, 21.3, 20.6, 21.2, null, 25.8, 24.5, 24.7],
  ["Year 6 children with obesity, including severe obesity (%)", "Cheshire West and Chester", 20.1, 20.1, 17.6, 18.3, 18.5, 18.9, 18.7, 18.3, 19.4, null, null, 20.1, 19.8],
  ["Year 6 children with obesity, including severe obesity (%)", "Derby", 19.1, 19.5, 19.5, 20.9, 20.7, 22.9, 23.1, 22.9, 23, 23.9, null, 26.2, 26.6],
  ["Year 6 children with obesity, including severe obesity (%)", "Medway", 20, 20.3, 18.4, 17.2, 19.8, 21, 21.1, 20.6, 21.7, 22.2, 28.6, 26.2, 23.1],
  ["Year 6 children with obesity, including severe obesity (%)", "Milton Keynes", 19.7, 18.9, 18.3, 18.4, 19.4, 19.1, 19.6, 20.9, 20.3, 19.8, null, 24.7, 23.5],
  ["Year 6 children with obesity, including severe obesity (%)", "Peterborough", 19.7, 19.3, 21.3, 17.4, 17.9, 19.8, 22.6, 20.8, 22.7, 23.6, null, 26, 25.2],
  ["Year 6 children with obesity, including severe obesity (%)", "Reading", 20.6, 18.9, 18.9, 20.3, 20.3, 22, 18.6, 20.6, 19.6, 21.4, null, 23.8, 23.8],
  ["Year 6 children with obesity, including severe obesity (%)", "Solihull", 14.5, 16.3, 14.7, 15.5, 15.8, 17, 17.2, 16.4, 18.3, 19.2, null, 19.2, 19.4],
  ["Year 6 children with obesity, including severe obesity (%)", "South Gloucestershire", 16, 15.1, 15.1, 14.5, 13.9, 15.6, 14.2, 17.1, 15.7, 15.9, null, 19.2, 18.7],
  ["Year 6 children with obesity, including severe obesity (%)", "Stockport", 16.7, 18.4, 17.2, 16.7, 15.7, 16.5, 18.1, 17.6, 18, 18.3, null, 21.2, 20],
  ["Year 6 children with obesity, including severe obesity (%)", "Swindon", 17.2, 19, 19.5, 17.7, 19.7, 17.3, 20.4, 20.4, 18.9, 21.4, null, 22.8, 22.3],
  ["Year 6 children with obesity, including severe obesity (%)", "Thurrock", 25.1, 21.2, 19.5, 22.3, 21.3, 23.8, 22.9, 25.7, 22.6, 25.2, null, 26.5, 26],
  ["Year 6 children with obesity, including severe obesity (%)", "Trafford", 16.7, 17, 18.8, 17.2, 15.9, 17, 17.6, 16.5, 17.6, 17.8, null, 17.9, 18.3],
  ["Year 6 children with obesity, including severe obesity (%)", "Warrington", 17.3, 20.8, 16.9, 16.2, 16.1, 18.7, 17.2, 19.6, 19, 18.7, null, 22, 22.2],
  ["Year 6 children with obesity, including severe obesity (%)", "York", 14.8, 16.3, 16.2, 15.3, 15.1, 15.1, 16.1, 17.3, 15, 22.1, null, 18.9, 18.7]
];

/** Lines written under the tables: where the data come from and under what licence. */
export const SAMPLE_NOTES: readonly string[] = [
  "Source: DEFRA, ENV18 Local authority collected waste: annual results tables (recycling rate and tonnage), https://www.gov.uk/government/statistical-data-sets/env18-local-authority-collected-waste-annual-results-tables-202122",
  "Source: OHID Fingertips, indicator 90323 Year 6: Prevalence of obesity (including severe obesity), National Child Measurement Programme, https://fingertips.phe.org.uk/search/90323",
  "Licence: Open Government Licence v3.0, https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  "Peers: Trafford's CIPFA nearest neighbours (2021). Blank cells are periods with no published value.",
  "Targets, tolerances and commentary are illustrative, written for this sample; they are not the council's published targets or its officers' words.",
];

/** Names of the two sample sheets. */
export const SAMPLE_SHEETS = { kpis: "Sample KPIs", peers: "Sample peers" } as const;

/** The KPI sheet's cells: the table, a blank row, then the notes. */
export function sampleKpiSheet(): Cell[][] {
  return [[...SAMPLE_KPI_HEADER], ...SAMPLE_KPI_ROWS.map((row) => [...row]), [], ...SAMPLE_NOTES.map((note) => [note])];
}

/** The peer sheet's cells: the table, a blank row, then the notes. */
export function samplePeerSheet(): Cell[][] {
  return [[...SAMPLE_PEER_HEADER], ...SAMPLE_PEER_ROWS.map((row) => [...row]), [], ...SAMPLE_NOTES.map((note) => [note])];
}
