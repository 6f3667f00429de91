/**
 * Events on the chart: saved with the workbook (and read back with the schema), placed on each
 * KPI's periods, named in the report and described on the chart; a rebase recalculates the pane's
 * SPC limits exactly as KPI.SPC's `rebase` argument does on the same data.
 */
import { invokeFunction } from "../../core/functions";
import { readInputs } from "../../panel/shared/pane-inputs";
import { emptySettings, eventsFor, readSavedSettings, serialiseSettings, setEvents, setExcluded } from "../../panel/shared/settings";
import { chartSummary } from "../../panel/steps/analysis/cards/spc-chart";
import { kpiInput, viewOfKpi } from "../../panel/steps/analysis/view-of-kpi";
import { detectKpiTable, readKpis } from "../../panel/steps/find-data/kpi-table";
import { REPORT_COLUMNS } from "../../panel/steps/report/report-columns";
import { MONTHLY, MONTHS, QUARTERLY, QUARTERS, wideTable } from "./council-tables";

const quarterly = readKpis(wideTable(QUARTERLY, QUARTERS), detectKpiTable(wideTable(QUARTERLY, QUARTERS)));
const monthly = readKpis(wideTable(MONTHLY, MONTHS), detectKpiTable(wideTable(MONTHLY, MONTHS)));

/** KPI.SPC through the catalogue, as both hosts call it: value, mean, lower and upper limit per row. */
function spcFormula(values: readonly (number | null)[], polarity: string, rebase: number[], exclude?: boolean[]): unknown[][] {
  const outcome = invokeFunction(
    "SPC",
    [values.map((value) => [value]), polarity, "", "", false, "", "", rebase.map((position) => [position]), exclude?.map((mark) => [mark])],
    "KPI.SPC",
  );
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.cells;
}

describe("events saved with the workbook", () => {
  test("added for every KPI or one, saved as JSON and read back unchanged, beside the periods left out", () => {
    let settings = setExcluded(emptySettings(), "*", ["Q1 2021/22"]);
    settings = setEvents(settings, "*", [{ period: "Q1 2023/24", note: "New case management system", rebase: true }]);
    settings = setEvents(settings, "Households in temporary accommodation", [{ period: "Q4 2024/25", note: "Riverside fire <b>14 March</b>", rebase: false }]);
    const read = readSavedSettings(serialiseSettings(settings));
    expect(read.problem).toBeUndefined();
    expect(read.settings).toEqual(settings);
    expect(eventsFor(read.settings, "Households in temporary accommodation").map((event) => event.period)).toEqual(["Q1 2023/24", "Q4 2024/25"]);
    expect(eventsFor(read.settings, "Calls answered within 60 seconds (%)")).toHaveLength(1);
    // Changing the periods left out keeps the events, and clearing the events keeps the periods.
    expect(setExcluded(settings, "*", []).events).toEqual(settings.events);
    const cleared = setEvents(setEvents(settings, "*", []), "Households in temporary accommodation", []);
    expect(cleared).toEqual({ version: 1, excluded: { "*": ["Q1 2021/22"] } });
  });

  test("settings saved before events existed still read, and an event that does not fit is said and what can be kept is kept", () => {
    expect(readSavedSettings('{"version":1,"excluded":{"*":["2020/21"]}}').settings).toEqual({ version: 1, excluded: { "*": ["2020/21"] } });
    const odd = readSavedSettings('{"version":1,"excluded":{},"events":{"*":[{"period":"2020/21","note":"Lockdown","rebase":"yes"},{"note":"no period"}]}}');
    expect(odd.problem).toBe('The saved settings could not all be read: "events" › "*" › item 1 › "rebase" is not true or false (a new process starts here).');
    expect(odd.settings.events).toEqual({ "*": [{ period: "2020/21", note: "Lockdown", rebase: false }] });
  });

  test("each KPI gets the events at periods it has, in time order", () => {
    const settings = setEvents(setEvents(emptySettings(), "*", [{ period: "Q3 2023/24", note: "Restructure", rebase: false }, { period: "Mar-25", note: "Monthly only", rebase: false }]), quarterly[0].name, [
      { period: "Q1 2022/23", note: "Garden waste suspended", rebase: false },
    ]);
    expect(readInputs(quarterly[0], settings).events).toEqual([
      { period: "Q1 2022/23", position: 4, note: "Garden waste suspended", rebase: false },
      { period: "Q3 2023/24", position: 10, note: "Restructure", rebase: false },
    ]);
    expect(readInputs(monthly[0], settings).events.map((event) => event.period)).toEqual(["Mar-25"]);
  });
});

describe("a rebase recalculates the pane's SPC exactly as KPI.SPC's rebase", () => {
  test.each([
    ["quarterly, a new process from Q1 2023/24", quarterly[2], "Q1 2023/24"],
    ["quarterly, the latest quarter's jump", quarterly[4], "Q3 2024/25"],
    ["monthly, from April 2024", monthly[3], "Apr-24"],
  ])("%s", (_case, record, period) => {
    const settings = setEvents(emptySettings(), "*", [{ period, note: "New process", rebase: true }]);
    const inputs = readInputs(record, settings);
    const position = record.periods.indexOf(period);
    expect(kpiInput(inputs).rebase).toEqual([position]);
    const view = viewOfKpi(inputs, 0);
    const formula = spcFormula(inputs.values, record.polarity as string, [position + 1]);
    const chart = view.chart!;
    chart.periods.forEach((_, i) => {
      const [value, mean, lower, upper] = formula[i] as number[];
      expect(value).toBe(chart.values[i]);
      expect(chart.mean[i]).toBeCloseTo(mean, 12);
      expect(chart.lower[i]).toBeCloseTo(lower, 12);
      expect(chart.upper[i]).toBeCloseTo(upper, 12);
    });
    // The limits really moved: before and after the rebase they differ, and differ from one chart over all points.
    const whole = spcFormula(inputs.values, record.polarity as string, []);
    expect(chart.mean[position]).not.toBeCloseTo(chart.mean[position - 1] as number, 6);
    expect(chart.upper[chart.upper.length - 1]).not.toBeCloseTo((whole[whole.length - 1] as number[])[3], 6);
    expect(chart.note).toMatch(new RegExp(`Limits recalculated where a new process starts: ${period.replace("/", "\\/")}\\.`));
  });

  test("with periods left out too, still the formula's numbers", () => {
    const record = quarterly[2];
    let settings = setExcluded(emptySettings(), "*", ["Q2 2021/22", "Q3 2021/22"]);
    settings = setEvents(settings, "*", [{ period: "Q1 2023/24", note: "", rebase: true }]);
    const inputs = readInputs(record, settings);
    const formula = spcFormula(inputs.values, "lower", [record.periods.indexOf("Q1 2023/24") + 1], inputs.excluded);
    const chart = viewOfKpi(inputs, 0).chart!;
    chart.periods.forEach((_, i) => {
      if (chart.excluded[i]) return;
      expect(chart.mean[i]).toBeCloseTo((formula[i] as number[])[1], 12);
      expect(chart.upper[i]).toBeCloseTo((formula[i] as number[])[3], 12);
    });
  });

  test("a note alone changes no limit", () => {
    const record = quarterly[2];
    const plain = viewOfKpi(readInputs(record, emptySettings()), 0).chart!;
    const noted = viewOfKpi(readInputs(record, setEvents(emptySettings(), "*", [{ period: "Q1 2023/24", note: "Audit", rebase: false }])), 0).chart!;
    expect(noted.mean).toEqual(plain.mean);
    expect(noted.upper).toEqual(plain.upper);
    expect(noted.events).toHaveLength(1);
  });

  test("a rebase that leaves a single point is the KPI's problem, worded by core", () => {
    const record = quarterly[2];
    const settings = setEvents(emptySettings(), "*", [{ period: "Q4 2024/25", note: "New system", rebase: true }]);
    expect(() => viewOfKpi(readInputs(record, settings), 0)).toThrow(/rebase.*only 1 value.*move or remove a rebase position/);
  });
});

describe("events on the chart and in the report", () => {
  const settings = setEvents(emptySettings(), "*", [
    { period: "Q1 2022/23", note: "Lockdown <script>x</script>", rebase: false },
    { period: "Q1 2023/24", note: "New case management system", rebase: true },
  ]);
  const view = viewOfKpi(readInputs(quarterly[2], settings), 2);

  test("the chart's text summary names each event", () => {
    expect(chartSummary(view.name, view.chart!, view.figures)).toMatch(
      /; events: Q1 2022\/23: Lockdown <script>x<\/script>; Q1 2023\/24: New case management system \(a new process starts here: limits recalculated\)\.$/,
    );
  });

  test("the report names them in their own column", () => {
    const column = REPORT_COLUMNS.find((entry) => entry.header === "Events on the chart")!;
    expect(column.cell(view)).toBe("Q1 2022/23: Lockdown <script>x</script>\nQ1 2023/24: New case management system (a new process starts here: limits recalculated)");
  });
});
