/**
 * KPI.TARGETCHECK with periods, through the BUILT bundles of both hosts: a yearly target stepped up
 * each April and repeated across its quarters is one target a year, not a stale one; a target held
 * for four years of quarters is stale.
 */
import { grid, plain, tryExcel, trySheets } from "../helpers/bundles";

const hosts = [
  ["Excel", tryExcel],
  ["Sheets", trySheets],
] as const;

const QUARTERS = ["2021/22", "2022/23", "2023/24", "2024/25"].flatMap((year) => [1, 2, 3, 4].map((q) => `Q${q} ${year}`));
// Recycling rate by quarter, Q1 2022/23 to Q4 2024/25 (12 quarters), rising a little each year.
const VALUES = [50, 52, 51, 53, 52, 54, 53, 55, 54, 56, 55, 57];
// The yearly target, 50% in 2022/23, 52% in 2023/24, 54% in 2024/25, repeated across the quarters.
const STEPPED = [50, 50, 50, 50, 52, 52, 52, 52, 54, 54, 54, 54];

const findings = (result: unknown) => (plain(grid(result)) as string[][]).map((row) => row[0]);

describe.each(hosts)("%s: KPI.TARGETCHECK with periods", (_host, call) => {
  test("a yearly target stepped up each April is not stale; read as bare periods, its last four quarters would be", () => {
    const periods = [QUARTERS.slice(4)];
    expect(findings(call("TARGETCHECK", [VALUES], [STEPPED], "higher", "", periods)).join(" ")).not.toMatch(/Stale target/);
    // Without periods each quarter is a target-setting round, and four unchanged ones are stale.
    expect(findings(call("TARGETCHECK", [VALUES], [STEPPED]))).toContain("Stale target: the target has been 54 for the last 4 periods; review it against recent performance and peers.");
  });

  test("a target unchanged for 16 quarters (4 years) is stale", () => {
    const values = [48, ...VALUES, 56, 58, 57];
    const held = new Array(16).fill(50);
    expect(findings(call("TARGETCHECK", [values], [held], "higher", "", [QUARTERS]))).toContain(
      "Stale target: the target has been 50 for every one of the 16 periods given (4 years); review it against recent performance and peers.",
    );
  });

  test("periods that are not periods are refused, naming the argument", () => {
    expect(call("TARGETCHECK", [[1, 2]], [[3, 3]], "", "", [["Wave 1", "Wave 2"]])).toEqual(
      expect.objectContaining({ failed: true, message: expect.stringMatching(/^KPI[._]TARGETCHECK: periods period 1 \("Wave 1"\) is not a month, quarter or date with its year/) }),
    );
  });
});
