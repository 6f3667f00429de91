/**
 * The narrative and questions on real council series: seven LGBF (Scotland) indicators with their
 * published polarity (test/fixtures/narrative/README.md gives source and licence). The paragraphs
 * are printed so a reader can judge them; the test checks the rules every paragraph keeps.
 */
import fs from "fs";
import path from "path";
import { analyseKpi } from "../../core/analysis/analyse-kpi";

interface LgbfKpi {
  indicator: string;
  title: string;
  higherIsBetter: boolean;
  unit: string;
  council: string;
  periods: string[];
  values: number[];
  peerPeriod: string;
  peers: number[];
}

const kpis: LgbfKpi[] = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/narrative/lgbf-subset.json"), "utf8"));

describe("narratives on LGBF indicators", () => {
  const analyses = kpis.map((kpi) =>
    analyseKpi({
      name: kpi.title,
      periods: kpi.periods,
      values: kpi.values,
      polarity: kpi.higherIsBetter ? "higher" : "lower",
      unit: kpi.unit,
      peers: kpi.peers,
    }),
  );

  test("print them for a reader", () => {
    const report = analyses
      .map((analysis, i) => `${kpis[i].council}, ${kpis[i].indicator} (${kpis[i].higherIsBetter ? "higher" : "lower"} is better)\n${analysis.narrative}\n  ? ${analysis.questions.join("\n  ? ")}`)
      .join("\n\n");
    console.log(report);
    expect(analyses).toHaveLength(7);
  });

  test.each(kpis.map((kpi, i) => [`${kpi.council} ${kpi.indicator}`, i]))("%s keeps the rules", (_name, i) => {
    const analysis = analyses[i as number];
    const kpi = kpis[i as number];
    expect(analysis.narrative).toContain(`in ${kpi.periods[kpi.periods.length - 1]}`);
    expect(analysis.narrative).toContain(`of ${kpi.peers.length}`);
    const claimed = /improv|worsen/i.test(analysis.narrative);
    expect(claimed).toBe(analysis.direction.label === "Improving" || analysis.direction.label === "Worsening");
    expect(analysis.narrative).not.toMatch(/NaN|Infinity|undefined/);
    expect(analysis.questions.length).toBeGreaterThanOrEqual(1);
    expect(analysis.questions.length).toBeLessThanOrEqual(5);
  });
});
